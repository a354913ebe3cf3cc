/** The report and export commands, run as a user would. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureDocument } from '../render/fixture.js';

const CLI = fileURLToPath(new URL('../cli/annalist.js', import.meta.url));

function run(args: string[], cwd: string) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'annalist-export-'));
  writeFileSync(join(dir, 'doc.json'), JSON.stringify(fixtureDocument()));
  writeFileSync(join(dir, 'story.txt'), 'On 9 November 1989 crowds crossed the border in Berlin.\n');
  return dir;
}

test('annalist report writes one HTML file from extracted JSON and plain text, and says where', () => {
  const dir = workspace();
  try {
    const result = run(['report', 'doc.json', 'story.txt', '-o', 'out.html'], dir);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /report of 2 document\(s\) written to .*out\.html/);
    const html = readFileSync(join(dir, 'out.html'), 'utf8');
    assert.match(html, /data-doc-tab="d1"/);
    assert.deepEqual(readdirSync(dir).filter((n) => n.includes('.partial')), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('annalist export writes each format, and timeml per document into a folder', () => {
  const dir = workspace();
  try {
    const csv = run(['export', 'doc.json', '--to', 'csv'], dir);
    assert.equal(csv.status, 0, csv.stderr);
    assert.match(csv.stdout, /^event_id,event_date,/);
    const geo = run(['export', 'doc.json', '--to', 'geojson', '-o', 'out.geojson'], dir);
    assert.equal(geo.status, 0, geo.stderr);
    assert.equal(JSON.parse(readFileSync(join(dir, 'out.geojson'), 'utf8')).type, 'FeatureCollection');
    const refused = run(['export', 'doc.json', 'story.txt', '--to', 'timeml'], dir);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /^annalist: .*-o DIR/);
    const tml = run(['export', 'doc.json', 'story.txt', '--to', 'timeml', '-o', 'tml'], dir);
    assert.equal(tml.status, 0, tml.stderr);
    assert.equal(readdirSync(join(dir, 'tml')).length, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bad arguments and unreadable inputs get one-line errors', () => {
  const dir = workspace();
  try {
    const noFormat = run(['export', 'doc.json'], dir);
    assert.equal(noFormat.status, 2);
    assert.match(noFormat.stderr, /^annalist: export: --to is required[^\n]*\n$/);
    const badFormat = run(['export', 'doc.json', '--to', 'kml'], dir);
    assert.equal(badFormat.status, 2);
    writeFileSync(join(dir, 'bad.json'), '{"nope": 1}');
    const bad = run(['report', 'bad.json', '-o', 'x.html'], dir);
    assert.notEqual(bad.status, 0);
    assert.match(bad.stderr, /not an Annalist document/);
    assert.equal(existsSync(join(dir, 'x.html')), false, 'no report when nothing could be read');
    const missing = run(['report', 'missing.txt', 'doc.json', '-o', 'y.html'], dir);
    assert.equal(missing.status, 1, 'the readable inputs are reported, the exit code says one failed');
    assert.ok(existsSync(join(dir, 'y.html')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
