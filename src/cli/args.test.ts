import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  INPUT_OPTIONS,
  analysisSettings,
  formatForPath,
  inputSettings,
  parseByteSize,
  parseCommandLine,
  parseStageList,
  readInputs,
  type InputItem,
} from './args.js';
import { UsageError } from './command.js';

const noStdin = Readable.from([]);

test('stage lists are split on commas and checked against the declared stages', () => {
  assert.deepEqual(parseStageList('time, events'), ['time', 'events']);
  assert.equal(parseStageList(undefined), undefined);
  assert.throws(() => parseStageList('time,mood'), (error: unknown) => error instanceof UsageError && /unknown stage "mood"/.test(error.message));
  assert.throws(() => parseStageList(' , '), /--only needs stage names/);
});

test('byte sizes accept K, M and G suffixes and refuse anything else, fast even on a megabyte of digits', () => {
  assert.equal(parseByteSize('1000'), 1000);
  assert.equal(parseByteSize('64K'), 65536);
  assert.equal(parseByteSize('50MB'), 50 * 1024 * 1024);
  assert.equal(parseByteSize('2g'), 2 * 1024 ** 3);
  for (const bad of ['0', '-5', '1.5M', 'lots', '12T']) assert.throws(() => parseByteSize(bad), /--max-bytes must be a positive number/);
  const started = performance.now();
  assert.throws(() => parseByteSize('9'.repeat(1 << 20) + 'x'), UsageError);
  assert.ok(performance.now() - started < 1000);
});

test('the input format follows the file extension unless --from says otherwise', () => {
  assert.equal(formatForPath('page.HTM'), 'html');
  assert.equal(formatForPath('docs.jsonl'), 'jsonl');
  assert.equal(formatForPath('notes.md'), 'text');
});

test('option values are validated into settings other commands can share', () => {
  const { values } = parseCommandLine(['--from', 'html', '--dct', '1956-10-23', '--type', 'narrative', '--only', 'time', 'a.html'], INPUT_OPTIONS, 'report');
  const settings = inputSettings(values, noStdin);
  assert.equal(settings.from, 'html');
  assert.equal(settings.dct, '1956-10-23');
  assert.deepEqual(analysisSettings(values), { options: { documentType: 'narrative' }, only: ['time'] });
  assert.throws(() => parseCommandLine(['--frm', 'x'], INPUT_OPTIONS, 'report'), /^UsageError: report: Unknown option '--frm'.*see: annalist report --help/);
  assert.throws(() => inputSettings({ from: 'pdf' }, noStdin), /--from must be one of text, html, jsonl/);
});

test('readInputs yields every readable input in order and a message for each unreadable one', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'annalist-args-'));
  try {
    const text = join(dir, 'a.txt');
    const page = join(dir, 'b.html');
    const lines = join(dir, 'c.jsonl');
    writeFileSync(text, 'The harbour froze.');
    writeFileSync(join(dir, 'd.txt'), 'Ice report\nPublished 21 January 1963\nThe harbour froze yesterday.');
    writeFileSync(page, '<html><head><meta name="date" content="1963-01-20"></head><body><p>Ice closed the harbour.</p></body></html>');
    writeFileSync(lines, '{"id":"x","text":"Ships waited."}\n{bad}\n');
    const items: InputItem[] = [];
    const settings = { maxBytes: 1000, stdin: Readable.from(['From a pipe.']) };
    for await (const item of readInputs([text, join(dir, 'gone.txt'), page, lines, join(dir, 'd.txt'), '-'], settings)) items.push(item);
    const summary = items.map((item) => (item.ok ? `${item.input.format}:${item.input.text}:${item.input.dct ?? ''}` : `error:${item.message.replace(dir, '').split(' (')[0]}`));
    assert.deepEqual(summary, [
      'text:The harbour froze.:',
      'error:/gone.txt: no such file',
      'html:Ice closed the harbour.:1963-01-20',
      'jsonl:Ships waited.:',
      'error:/c.jsonl:2: malformed JSON',
      'text:Ice report\nPublished 21 January 1963\nThe harbour froze yesterday.:1963-01-21',
      'text:From a pipe.:',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
