import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { decodeText, readTextFile, readTextStream } from './text.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

test('a UTF-8 byte-order mark is removed, so offset 0 is the first real character', () => {
  const { text, warnings } = decodeText(bytes([0xef, 0xbb, 0xbf], 'Troops left.'), 'x.txt');
  assert.equal(text, 'Troops left.');
  assert.deepEqual(warnings, []);
});

test('UTF-16 text with a byte-order mark is decoded', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Rain in Győr', 'utf16le')]);
  assert.equal(decodeText(le, 'x.txt').text, 'Rain in Győr');
});

test('invalid UTF-8 is replaced with U+FFFD and reported as a warning, not an error', () => {
  const { text, warnings } = decodeText(bytes('caf', [0xe9], ' open'), 'menu.txt');
  assert.equal(text, 'caf\uFFFD open');
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /invalid UTF-8 in menu\.txt: 1 byte sequence\(s\) replaced with U\+FFFD/);
});

test('binary data is refused: a NUL byte, or many control characters', () => {
  assert.throws(() => decodeText(bytes('PK', [0x03, 0x04, 0x00, 0x00], 'rest'), 'a.zip'), /a\.zip looks like binary data/);
  const controls = new Uint8Array(400).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
  assert.throws(() => decodeText(controls, 'b.bin'), /binary/);
});

test('empty and whitespace-only inputs are refused', () => {
  assert.throws(() => decodeText(new Uint8Array(0), 'e.txt'), /^InputError: e\.txt is empty$/);
  assert.throws(() => decodeText(bytes(' \n\t\r\n '), 'w.txt'), /w\.txt is empty \(only whitespace\)/);
  assert.throws(() => decodeText(bytes([0xef, 0xbb, 0xbf]), 'bom.txt'), /empty/);
});

test('missing files, directories and files over the size limit get one-line errors', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'annalist-text-'));
  try {
    const file = join(dir, 'story.txt');
    writeFileSync(file, 'The bridge reopened on Friday.');
    assert.equal((await readTextFile(file)).text, 'The bridge reopened on Friday.');
    await assert.rejects(readTextFile(join(dir, 'none.txt')), /none\.txt: no such file/);
    await assert.rejects(readTextFile(dir), /is a directory, not a file/);
    await assert.rejects(readTextFile(file, { maxBytes: 10 }), /larger than the limit of 10 bytes \(raise it with --max-bytes\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a stream stops being read as soon as it passes the size limit', async () => {
  let chunksRead = 0;
  async function* endless() {
    for (;;) {
      chunksRead++;
      yield Buffer.alloc(1024, 0x61);
    }
  }
  await assert.rejects(readTextStream(endless(), 'standard input', { maxBytes: 4096 }), /standard input is larger than the limit/);
  assert.ok(chunksRead <= 5);
  assert.equal((await readTextStream(Readable.from([Buffer.from('Calm '), Buffer.from('day.')]))).text, 'Calm day.');
});

test('a megabyte of digits decodes quickly', () => {
  const started = performance.now();
  assert.equal(decodeText(Buffer.alloc(1 << 20, 0x37), 'digits.txt').text.length, 1 << 20);
  assert.ok(performance.now() - started < 2000);
});
