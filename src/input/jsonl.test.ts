import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { leadingDate, parseDct } from './dct.js';
import { parseJsonlLine, readJsonl } from './jsonl.js';

test('a JSONL line gives id, text and a validated dct', () => {
  assert.deepEqual(parseJsonlLine('{"id":"a1","text":"Ice broke.","dct":"2004-02-29"}', 1), {
    ok: true,
    line: 1,
    record: { id: 'a1', text: 'Ice broke.', dct: '2004-02-29' },
  });
  const numbered = parseJsonlLine('{"id":7,"text":"x"}', 3);
  assert.ok(numbered.ok && numbered.record.id === '7');
  const unnamed = parseJsonlLine('{"text":"x"}', 9);
  assert.ok(unnamed.ok && unnamed.record.id === 'line-9');
});

test('a bad JSONL line says what is wrong with it', () => {
  const message = (line: string) => {
    const result = parseJsonlLine(line, 1, 100);
    return result.ok ? 'ok' : result.message;
  };
  assert.match(message('{"id":"a","text":'), /^malformed JSON/);
  assert.match(message('["a","b"]'), /expected a JSON object/);
  assert.match(message('{"id":"a"}'), /"text" is missing/);
  assert.match(message('{"id":"a","text":"  "}'), /"text" is empty/);
  assert.match(message('{"id":"a","text":"x","dct":"2003-02-29"}'), /not a date of the form YYYY-MM-DD/);
  assert.match(message(`{"id":"a","text":"${'x'.repeat(101)}"}`), /larger than the limit of 100 bytes/);
  assert.match(message('{"id":{},"text":"x"}'), /"id" must be a string or a number/);
});

test('reading a JSONL stream numbers lines as the file does, skipping blank ones', async () => {
  const stream = Readable.from(['\uFEFF{"id":"a","text":"One."}\n\n', 'oops\r\n{"id":"c","text":"Three."}\n']);
  const lines = [];
  for await (const line of readJsonl(stream)) lines.push(line.ok ? `${line.line}:${line.record.id}` : `${line.line}:error`);
  assert.deepEqual(lines, ['1:a', '3:error', '4:c']);
});

test('a timestamp gives the calendar date it was written in, not the UTC one', () => {
  assert.equal(leadingDate('2016-10-23T01:00:00+02:00'), '2016-10-23');
  assert.equal(leadingDate('1956-13-01'), undefined);
  assert.equal(leadingDate('Tuesday'), undefined);
  assert.equal(parseDct(' 1956-10-23 ', '--dct'), '1956-10-23');
  assert.throws(() => parseDct('1956-10-23T10:00', '--dct'), /--dct: "1956-10-23T10:00" is not a date/);
});

test('invalid UTF-8 in a JSONL stream is replaced and the line holding it gets a warning', async () => {
  const bytes = Buffer.concat([Buffer.from('{"id":"a","text":"Good."}\n{"id":"b","text":"Caf'), Buffer.from([0xe9]), Buffer.from('."}\n')]);
  // Split inside the line so the decoder sees the bad byte in the middle of a stream.
  const stream = Readable.from([bytes.subarray(0, 30), bytes.subarray(30)]);
  const records = [];
  for await (const line of readJsonl(stream)) if (line.ok) records.push(line.record);
  assert.deepEqual(records.map((r) => [r.id, r.text, r.warnings]), [
    ['a', 'Good.', undefined],
    ['b', 'Caf\uFFFD.', ['invalid UTF-8 on line 2: replaced with U+FFFD']],
  ]);
});
