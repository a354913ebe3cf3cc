/**
 * How long a big report takes to open: builds a report with 2,000 dated, located events and
 * measures, in headless chromium, the time from navigation to the first full render (views drawn,
 * timeline laid out). Run: `node dist/bench/report-open.js [events]`. Prints figures; not a test.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { renderReport } from '../render/html.js';
import { largeDocument } from '../render/fixture.js';
import { CHROMIUM_MISSING, hasChromium, launchChromium } from '../render/browser.js';

const RUNS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  const events = Number(process.argv[2] ?? 2000);
  if (!Number.isInteger(events) || events <= 0) throw new Error('usage: node dist/bench/report-open.js [events]');
  if (!hasChromium()) {
    console.log(`report-open: skipped: ${CHROMIUM_MISSING}`);
    return;
  }
  const doc = largeDocument(events);
  const builtAt = performance.now();
  const html = renderReport([doc]);
  const buildMs = performance.now() - builtAt;
  const dir = mkdtempSync(join(tmpdir(), 'annalist-bench-'));
  const path = join(dir, 'report.html');
  writeFileSync(path, html);
  const browser = await launchChromium();
  try {
    const openMs: number[] = [];
    const inPageMs: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.addInitScript(() => {
        // Notes, by the page's own clock, the frame that follows the client's first render.
        const marks = window as unknown as { firstFrameMs?: number };
        new MutationObserver((_, observer) => {
          if (document.documentElement.dataset.ready !== 'true') return;
          observer.disconnect();
          // A task queued from the frame callback runs once that frame's style, layout and paint are done.
          requestAnimationFrame(() => setTimeout(() => (marks.firstFrameMs = performance.now()), 0));
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
      });
      const started = performance.now();
      await page.goto(pathToFileURL(path).href);
      await page.waitForSelector('html[data-ready="true"]');
      // One more frame so the layout of the first render is included.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
      openMs.push(performance.now() - started);
      // The page's clock counts from its navigation start, free of the driver's round trips (which
      // dominate on a loaded machine).
      inPageMs.push(await page.evaluate(() => (window as unknown as { firstFrameMs?: number }).firstFrameMs ?? Number.NaN));
      await page.close();
    }
    console.log(`report-open: ${events} events, ${(html.length / 1024 / 1024).toFixed(2)} MB HTML, built in ${buildMs.toFixed(0)} ms`);
    console.log(`report-open: opened in chromium (load + first render), median of ${RUNS}: ${median(openMs).toFixed(0)} ms (runs: ${openMs.map((ms) => ms.toFixed(0)).join(', ')})`);
    console.log(`report-open: in the page (navigation start to the frame after the first render), median: ${median(inPageMs).toFixed(0)} ms (runs: ${inPageMs.map((ms) => ms.toFixed(0)).join(', ')})`);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`report-open: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
