import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateTimexFolder, evaluateTimexSet, type TimexTagger } from './timex-eval.js';
import { errorRows, inContext, writeTimexErrors } from './timex-errors.js';
import { runEvaluations } from './run-all.js';
import { writeFloors } from './gates.js';

const FILE = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2005-09-30">x</TIMEX3></DCT>
<TEXT>The dam <EVENT eid="e1">opened</EVENT> in <TIMEX3 tid="t1" type="DATE" value="1936">1936</TIMEX3>, <TIMEX3 tid="t2" type="DURATION" value="P5Y">five years</TIMEX3> after work began.</TEXT>
</TimeML>
`;

function inFolder(body: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'annalist-eval-'));
  try {
    writeFileSync(join(dir, 'dam.tml'), FILE);
    body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a tagger that returns the gold timexes scores 100 on every figure', () => {
  inFolder((dir) => {
    const perfect: TimexTagger = (document) => document.timexes;
    const result = evaluateTimexFolder(dir, 'auto', false, perfect);
    for (const which of ['strict', 'relaxed', 'value', 'type'] as const) assert.equal(result.metrics[which].f1, 1);
  });
});

test('error lists show each mistake with its kind and context', () => {
  inFolder((dir) => {
    // Finds "1936" with a wrong value and a spurious "dam", misses "five years".
    const tagger: TimexTagger = (document) => {
      const year = document.text.indexOf('1936');
      const dam = document.text.indexOf('dam');
      return [
        { start: dam, end: dam + 3, type: 'DATE', value: 'XXXX' },
        { start: year, end: year + 4, type: 'DATE', value: '1937' },
      ];
    };
    const result = evaluateTimexFolder(dir, 'auto', true, tagger);
    assert.deepEqual(result.total, { gold: 2, system: 2, strict: 1, relaxed: 1, value: 0, type: 1 });
    const rows = errorRows({ ...result, name: 'Tiny', targets: {} });
    assert.deepEqual(rows.map((row) => [row[0], row[3] || row[6]]), [
      ['missed', 'five years'],
      ['spurious', 'dam'],
      ['value', '1936'],
    ]);
    const out = join(dir, 'errors');
    const [path, summaryPath] = writeTimexErrors(out, [{ ...result, name: 'Tiny', targets: {} }]);
    const summary = readFileSync(summaryPath, 'utf8');
    assert.match(summary, /^Tiny: 3 errors$/m);
    assert.match(summary, /^value \(gold -> system, digits as 9\): 1\n\s+1  9999 -> 9999$/m);
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    assert.equal(lines.length, 4);
    assert.match(lines[3], /^value\tdam\.tml\t\d+\t1936\tDATE\t1936\t1936\tDATE\t1937\t.*in \[1936\], five/);
  });
});

test('context is cut to fifty characters each side and kept on one line', () => {
  const text = `${'a'.repeat(80)}\nX\n${'b'.repeat(80)}`;
  assert.equal(inContext(text, 81, 82), `${'a'.repeat(49)} [X] ${'b'.repeat(49)}`);
});

test('npm run eval refuses an unknown section', async () => {
  await assert.rejects(runEvaluations(['--only', 'poetry']), /unknown section poetry/);
});

test('writing floors replaces only the named section of gates.json', () => {
  inFolder((dir) => {
    const path = join(dir, 'gates.json');
    writeFileSync(path, JSON.stringify({ about: 'x', entities: { a: { f1: 50 } }, timex: { old: { strict: 1 } } }));
    writeFloors('timex', { TimeBank: { strict: 86.5 } }, path);
    assert.deepEqual(JSON.parse(readFileSync(path, 'utf8')), { about: 'x', entities: { a: { f1: 50 } }, timex: { TimeBank: { strict: 86.5 } } });
  });
});

test('a development set whose folder is absent is skipped with a clear reason', () => {
  const result = evaluateTimexSet({ name: 'Nowhere', parts: ['data', 'no-such-set-here'], documentType: 'auto', targets: { relaxed: 90 } });
  assert.equal(result.skipped, '../shared/data/no-such-set-here is absent');
  assert.equal(result.files.length, 0);
});
