import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { timemlCommand } from './timeml.js';
import { UsageError } from './command.js';
import { readTimeML } from '../timeml/index.js';

const NEWS = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2011-03-15" functionInDocument="CREATION_TIME">20110315</TIMEX3></DCT>
<TEXT>
The council <EVENT eid="e1" class="OCCURRENCE">voted</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2011-03-14">Monday</TIMEX3> to close the bridge for <TIMEX3 tid="t2" type="DURATION" value="P6W">six weeks</TIMEX3> from <TIMEX3 tid="t3" type="DATE" value="2011-04-01">April 1</TIMEX3>.
</TEXT>
</TimeML>
`;

function io(): { stdin: PassThrough; stdout: PassThrough; stderr: PassThrough; err: () => string } {
  const stderr = new PassThrough();
  const chunks: Buffer[] = [];
  stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { stdin: new PassThrough(), stdout: new PassThrough(), stderr, err: () => Buffer.concat(chunks).toString('utf8') };
}

function withTempDir(body: (dir: string) => Promise<void>): () => Promise<void> {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'annalist-timeml-'));
    try {
      await body(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

test(
  'annalist timeml writes a same-named file whose text and non-timex markup equal the input',
  withTempDir(async (dir) => {
    const input = join(dir, 'council.tml');
    writeFileSync(input, NEWS);
    const streams = io();
    assert.equal(await timemlCommand.run([input, '--out', join(dir, 'out')], streams), 0);
    assert.deepEqual(readdirSync(join(dir, 'out')), ['council.tml'], 'no temporary file is left');
    const written = readFileSync(join(dir, 'out', 'council.tml'), 'utf8');
    const strip = (xml: string): string => xml.slice(xml.indexOf('<TEXT>')).replace(/<\/?TIMEX3[^>]*>/g, '');
    assert.equal(strip(written), strip(NEWS));
    assert.ok(written.startsWith(NEWS.slice(0, NEWS.indexOf('<TEXT>'))), 'everything before TEXT, the DCT included, is kept');
    assert.equal(readTimeML(written).text, readTimeML(NEWS).text);
    assert.match(streams.err(), /^wrote 1 file\(s\)/);
  }),
);

test(
  'annalist timeml fails with one line and writes nothing when an input is bad',
  withTempDir(async (dir) => {
    const good = join(dir, 'good.tml');
    writeFileSync(good, NEWS);
    writeFileSync(join(dir, 'broken.tml'), '<TimeML><TEXT>a <EVENT>b</TEXT></TimeML>');
    writeFileSync(join(dir, 'notext.tml'), '<TimeML><DCT>x</DCT></TimeML>');
    const out = join(dir, 'out');
    const cases: [string, RegExp][] = [
      [join(dir, 'missing.tml'), /missing\.tml: no such file$/],
      [join(dir, 'broken.tml'), /broken\.tml: malformed XML at line 1: <\/TEXT> does not close <EVENT>$/],
      [join(dir, 'notext.tml'), /notext\.tml: no <TEXT> element$/],
    ];
    for (const [bad, message] of cases) {
      await assert.rejects(timemlCommand.run([good, bad, '--out', out], io()), (error: unknown) => {
        assert.ok(error instanceof UsageError);
        assert.match(error.message, message);
        assert.ok(!error.message.includes('\n'));
        return true;
      });
    }
    assert.ok(!existsSync(out), 'nothing was written');
  }),
);

test(
  'annalist timeml refuses bad options and overwriting its input',
  withTempDir(async (dir) => {
    const input = join(dir, 'a.tml');
    writeFileSync(input, NEWS);
    await assert.rejects(timemlCommand.run([input], io()), /--out DIR is required/);
    await assert.rejects(timemlCommand.run([input, '--out', dir, '--type', 'poem'], io()), /--type must be one of/);
    await assert.rejects(timemlCommand.run([input, '--out', dir], io()), /would overwrite the input/);
    assert.equal(readFileSync(input, 'utf8'), NEWS);
  }),
);
