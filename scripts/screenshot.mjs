// Makes the README screenshot (docs/report.png) of the bundled gallery example's report:
// builds the report with the CLI, opens it in headless Debian chromium, chooses the first dated
// event so the linked views show, and saves a PNG. Run: npm run build && npm run screenshot
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hasChromium, launchChromium, CHROMIUM_MISSING } from '../dist/render/browser.js';

const EXAMPLE = 'examples/berlin-wall-1989-gallery.txt';
const OUTPUT = 'docs/report.png';

if (!hasChromium()) {
  console.error(`screenshot: ${CHROMIUM_MISSING}`);
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'annalist-shot-'));
const report = join(dir, 'report.html');
const built = spawnSync(process.execPath, ['dist/cli/annalist.js', 'report', EXAMPLE, '-o', report], { stdio: ['ignore', 'ignore', 'inherit'] });
if (built.status !== 0) process.exit(built.status ?? 1);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1300 }, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(report).href);
  await page.waitForSelector('html[data-ready="true"]');
  // An event with a place shows the linking best: its words, its map mark and its timeline bar light up.
  const placed = page.locator('[data-view="timeline"] .chronology button[data-key*=":event:"]', { hasText: '·' });
  const first = (await placed.count()) > 0 ? placed.first() : page.locator('[data-view="timeline"] .chronology button').first();
  if ((await first.count()) > 0) await first.click();
  await page.evaluate(() => window.scrollTo(0, 0));
  mkdirSync('docs', { recursive: true });
  await page.screenshot({ path: OUTPUT, fullPage: false });
  console.log(`screenshot: wrote ${OUTPUT}`);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
