/**
 * The built CLI (dist/cli/annalist.js) run as a user runs it: good inputs give JSON on stdout; bad
 * inputs give one line on stderr, a non-zero exit and no half-written output.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnnalistDocument } from '../model/document.js';
import { checkSpans } from '../model/spans.js';
import { sharedFile, SHARED_MISSING, SEED_PATH_PARTS } from '../testing/shared.js';

// Resolves to dist/cli/annalist.js both from dist/cli (npm test) and from src/cli (tsx).
const CLI = fileURLToPath(new URL('../../dist/cli/annalist.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'annalist-cli-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function annalist(args: string[], input?: string, nodeFlags: string[] = []): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [...nodeFlags, CLI, ...args], { input: input ?? '', encoding: 'utf8', maxBuffer: 1 << 28 });
}

/** A failure as the user sees it: exit code, and stderr as exactly one line with no stack trace. */
function assertOneLineError(result: SpawnSyncReturns<string>, code: number, pattern: RegExp): void {
  assert.equal(result.status, code, `exit code (stderr: ${result.stderr})`);
  assert.equal(result.stdout, '', 'nothing is written to stdout');
  const lines = result.stderr.split('\n').filter(Boolean);
  assert.equal(lines.length, 1, `one line on stderr, got: ${result.stderr}`);
  assert.match(lines[0], /^annalist: /);
  assert.match(lines[0], pattern);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
}

const STORY = 'Heavy rain flooded the lower town on 3 March 2014.\nBy evening about 200 people had left their homes, the mayor said.\n';

test('one text file gives one pretty JSON document with every stage run', () => {
  const result = annalist(['extract', file('story.txt', STORY), '--dct', '2014-03-04']);
  assert.equal(result.status, 0, result.stderr);
  const doc = JSON.parse(result.stdout) as AnnalistDocument;
  assert.equal(doc.text, STORY);
  assert.equal(doc.dct, '2014-03-04');
  assert.deepEqual(doc.stages, ['segment', 'time', 'entities', 'places', 'quantities', 'events']);
  assert.ok(result.stdout.startsWith('{\n  "source"'), 'pretty-printed');
  checkSpans(doc);
});

test('the reference article is extracted with spans that point at its words', { skip: sharedFile(...SEED_PATH_PARTS) ? false : SHARED_MISSING }, () => {
  const result = annalist(['extract', sharedFile(...SEED_PATH_PARTS)!, '--format', 'json']);
  assert.equal(result.status, 0, result.stderr);
  const doc = JSON.parse(result.stdout) as AnnalistDocument;
  assert.ok(doc.media.length > 10, 'the gallery captions are found');
  assert.ok(checkSpans(doc) > 50);
});

test('--only runs the named stages and what they need; an unknown stage is a usage error', () => {
  const path = file('only.txt', STORY);
  assert.deepEqual((JSON.parse(annalist(['extract', path, '--only', 'time']).stdout) as AnnalistDocument).stages, ['segment', 'time']);
  assertOneLineError(annalist(['extract', path, '--only', 'time,weather']), 2, /unknown stage "weather" in --only/);
  assertOneLineError(annalist(['extract', path, '--type', 'poem']), 2, /--type must be one of auto, news, narrative/);
  assertOneLineError(annalist(['extract', path, '--dct', '14/03/2014']), 2, /--dct: "14\/03\/2014" is not a date of the form YYYY-MM-DD/);
  assertOneLineError(annalist(['extract', path, '--colour']), 2, /Unknown option '--colour'/);
  assertOneLineError(annalist(['forecast']), 2, /unknown command "forecast"/);
});

test('--help prints the usage of extract and exits 0', () => {
  const result = annalist(['extract', '--help']);
  assert.equal(result.status, 0);
  assert.match(result.stdout, /^usage: annalist extract \[FILE \.\.\.\|-\]/);
  assert.match(result.stdout, /--only STAGE/);
});

test('standard input is read when the file is "-"', () => {
  const result = annalist(['extract', '-', '--only', 'segment'], 'Snow fell on the pass.\n');
  assert.equal(result.status, 0, result.stderr);
  const doc = JSON.parse(result.stdout) as AnnalistDocument;
  assert.equal(doc.source.name, '-');
  assert.equal(doc.text, 'Snow fell on the pass.\n');
});

test('bad inputs get one line on stderr, a non-zero exit and no output', () => {
  const subdir = join(dir, 'folder');
  mkdirSync(subdir, { recursive: true });
  assertOneLineError(annalist(['extract', join(dir, 'missing.txt')]), 1, /missing\.txt: no such file/);
  assertOneLineError(annalist(['extract', subdir]), 1, /folder is a directory, not a file/);
  assertOneLineError(annalist(['extract', file('photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]))]), 1, /looks like binary data/);
  assertOneLineError(annalist(['extract', file('empty.txt', '')]), 1, /empty\.txt is empty/);
  assertOneLineError(annalist(['extract', file('blank.txt', '  \n\n ')]), 1, /blank\.txt is empty/);
  assertOneLineError(annalist(['extract', file('big.txt', STORY), '--max-bytes', '20']), 1, /larger than the limit of 20 bytes/);
  assertOneLineError(annalist(['extract', '-'], ''), 1, /standard input is empty/);
  assertOneLineError(annalist(['extract', file('a.txt', STORY), file('b.txt', STORY), '--format', 'json']), 2, /--format json prints one document/);
});

test('invalid UTF-8 is replaced with U+FFFD and reported as a warning; the document is still analysed', () => {
  const path = file('latin1.txt', Buffer.concat([Buffer.from('The caf'), Buffer.from([0xe9]), Buffer.from(' reopened on Monday.\n')]));
  const result = annalist(['extract', path, '--only', 'segment']);
  assert.equal(result.status, 0);
  assert.match(result.stderr, /^annalist: warning: invalid UTF-8 in .*latin1\.txt: 1 byte sequence\(s\) replaced with U\+FFFD\n$/);
  const doc = JSON.parse(result.stdout) as AnnalistDocument;
  assert.equal(doc.text, 'The caf\uFFFD reopened on Monday.\n');
  assert.equal(doc.warnings.length, 1);
});

test('a malformed JSONL line is reported by number, the other lines are still analysed, and the exit code is 1', () => {
  const jsonl = [
    JSON.stringify({ id: 'first', text: 'Rain fell on Monday.' }),
    '{"id": "second", "text": ',
    JSON.stringify({ id: 'third', text: 'The river fell on Tuesday.', dct: '2014-03-05' }),
    JSON.stringify({ id: 'fourth' }),
  ].join('\n');
  const result = annalist(['extract', file('docs.jsonl', jsonl), '--only', 'segment']);
  assert.equal(result.status, 1);
  const docs = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as AnnalistDocument);
  assert.deepEqual(docs.map((d) => [d.source.name, d.dct]), [['first', undefined], ['third', '2014-03-05']]);
  const errors = result.stderr.trim().split('\n');
  assert.equal(errors.length, 2);
  assert.match(errors[0], /^annalist: .*docs\.jsonl:2: malformed JSON/);
  assert.match(errors[1], /^annalist: .*docs\.jsonl:4: "text" is missing/);
});

test('several files give one JSON line each; a missing one is reported and the rest still printed', () => {
  const result = annalist(['extract', file('one.txt', 'Fog closed the port.'), join(dir, 'nope.txt'), file('two.txt', 'The port reopened.'), '--only', 'segment']);
  assert.equal(result.status, 1);
  const names = result.stdout.trim().split('\n').map((line) => (JSON.parse(line) as AnnalistDocument).source.name);
  assert.deepEqual(names.map((n) => n.slice(-7)), ['one.txt', 'two.txt']);
  assert.match(result.stderr, /^annalist: .*nope\.txt: no such file\n$/);
});

test('a script in an HTML page is never run and its words never reach the text', () => {
  const marker = join(dir, 'script-ran');
  const html = [
    '<html><head><title>Quiet night</title>',
    `<script>require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x')</script>`,
    `</head><body onload="require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'y')"><article>`,
    '<p>The night passed quietly in the capital, and the curfew was lifted at six in the morning, officials said.</p>',
    `<img src="missing.png" onerror="require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'z')">`,
    '<figure><figcaption>Empty streets at dawn <span class="credit">Jane Roe/Example Agency</span></figcaption></figure>',
    '</article></body></html>',
  ].join('\n');
  const result = annalist(['extract', file('page.html', html), '--only', 'segment']);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(existsSync(marker), false, 'the script did not run');
  const doc = JSON.parse(result.stdout) as AnnalistDocument;
  assert.equal(doc.source.format, 'html');
  assert.equal(doc.source.title, 'Quiet night');
  assert.doesNotMatch(doc.text, /writeFileSync/);
  assert.match(doc.text, /curfew was lifted/);
  checkSpans(doc);
});

test('JSONL on standard input is streamed: the first result is written before the input ends', async () => {
  const child = spawn(process.execPath, [CLI, 'extract', '--from', 'jsonl', '--only', 'segment'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  const firstLine = new Promise<string>((resolve, reject) => {
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      if (output.includes('\n')) resolve(output.slice(0, output.indexOf('\n')));
    });
    child.on('exit', () => reject(new Error(`exited before writing a line: ${output}`)));
  });
  child.stdin.write(JSON.stringify({ id: 'early', text: 'The gates opened at nine.' }) + '\n');
  const first = JSON.parse(await firstLine) as AnnalistDocument;
  assert.equal(first.source.name, 'early');
  child.stdin.end(JSON.stringify({ id: 'late', text: 'They closed at five.' }) + '\n');
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0);
  assert.equal(output.trim().split('\n').length, 2);
});

test('10,000 JSONL documents stream through a heap smaller than their output', () => {
  const report = (i: number): string => `Report ${i}: the water rose by ${i % 97} centimetres overnight. Roads near the river stayed closed until noon. Ferries ran again in the afternoon. Shops on the quay opened late, and the market was moved uphill for the day.`;
  const input = file('many.jsonl', Array.from({ length: 10_000 }, (_, i) => JSON.stringify({ id: `doc-${i}`, text: `${report(i)}\n\n${report(i)}` })).join('\n'));
  const outputPath = join(dir, 'many.out.jsonl');
  const out = openSync(outputPath, 'w');
  // The loaded program alone takes most of 12 MB; 16 leaves it room (12 failed now and then), and the
  // output (about 23 MB) still exceeds the heap, so keeping the documents or the output would exhaust it.
  const heapMb = 16;
  const result = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, CLI, 'extract', input, '--only', 'segment'], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
  closeSync(out);
  assert.equal(result.status, 0, result.stderr);
  const output = readFileSync(outputPath, 'utf8');
  assert.ok(output.length > heapMb * 1024 * 1024, `output (${output.length} chars) should exceed the whole heap`);
  const lines = output.trimEnd().split('\n');
  assert.equal(lines.length, 10_000);
  assert.equal((JSON.parse(lines[9_999]) as AnnalistDocument).source.name, 'doc-9999');
});

test('media found in HTML figure markup survive the whole pipeline, once each', () => {
  const html = [
    '<html><head><title>Harbour at dawn</title></head><body><article>',
    '<p>Fishing boats returned to the harbour at dawn after the storm had passed, the port authority said on Sunday.</p>',
    '<figure><img src="a.jpg"><figcaption>Boats moored at the quay <span class="credit">Jane Roe/Example Agency</span></figcaption></figure>',
    '<figure><img src="b.jpg"><figcaption>Nets drying on the wall. Photograph: John Doe/Wire Service</figcaption></figure>',
    '</article></body></html>',
  ].join('\n');
  const result = annalist(['extract', file('harbour.html', html)]);
  assert.equal(result.status, 0, result.stderr);
  const doc = JSON.parse(result.stdout) as AnnalistDocument;
  assert.deepEqual(doc.media.map((m) => [m.origin, m.caption.text]), [
    ['html-figure', 'Boats moored at the quay'],
    ['html-figure', 'Nets drying on the wall.'],
  ]);
});
