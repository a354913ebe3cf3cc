import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alignTimexes, metricsOf, scoreFile, TextMismatchError, type ScoredTimex } from './timex-score.js';
import { runTimexCli } from './timex-cli.js';

const TEXT = 'Talks began on Monday and ended last week; in 1990 they met for two days.';

function timex(words: string, type: string, value: string): ScoredTimex {
  const start = TEXT.indexOf(words);
  assert.ok(start >= 0, words);
  return { start, end: start + words.length, text: words, type, value };
}

const GOLD = [
  timex('Monday', 'DATE', '2024-01-01'),
  timex('last week', 'DATE', '2023-W52'),
  timex('1990', 'DATE', '1990'),
  timex('two days', 'DURATION', 'P2D'),
];

// Hand-checked: "on Monday" is a relaxed (not strict) match with the right value and type;
// "last week" strict, wrong value; "1990" strict, wrong type; "Talks" and "they" are false
// positives; "two days" is missed. So gold 4, system 5, strict 2, relaxed 3, value 2, type 2.
const SYSTEM = [
  timex('Talks', 'DATE', 'PRESENT_REF'),
  timex('on Monday', 'DATE', '2024-01-01'),
  timex('last week', 'DATE', '2023-W51'),
  timex('1990', 'DURATION', '1990'),
  timex('they', 'DATE', 'X'),
];

test('scorer counts strict, relaxed, value and type matches of a hand-checked example', () => {
  const score = scoreFile('example', { text: TEXT, timexes: GOLD }, { text: TEXT, timexes: SYSTEM });
  assert.deepEqual(score.counts, { gold: 4, system: 5, strict: 2, relaxed: 3, value: 2, type: 2 });
  const m = metricsOf(score.counts);
  assert.equal(m.strict.precision, 0.4);
  assert.equal(m.strict.recall, 0.5);
  assert.ok(Math.abs(m.strict.f1 - 4 / 9) < 1e-12);
  assert.equal(m.relaxed.precision, 0.6);
  assert.equal(m.relaxed.recall, 0.75);
  assert.ok(Math.abs(m.relaxed.f1 - 2 / 3) < 1e-12);
  assert.ok(Math.abs(m.value.f1 - 4 / 9) < 1e-12);
  assert.deepEqual(score.errors.falsePositives.map((t) => t.text), ['Talks', 'they']);
  assert.deepEqual(score.errors.falseNegatives.map((t) => t.text), ['two days']);
  assert.deepEqual(score.errors.wrongValue.map((p) => p.gold.text), ['last week']);
  assert.deepEqual(score.errors.wrongType.map((p) => p.gold.text), ['1990']);
  assert.deepEqual(score.errors.wrongExtent.map((p) => p.system.text), ['on Monday']);
});

test('alignment is one to one: a second overlapping system timex is a false positive', () => {
  const gold = [timex('ended last week', 'DATE', 'X')];
  const system = [timex('ended', 'DATE', 'X'), timex('last week', 'DATE', 'X')];
  const pairs = alignTimexes(gold, system);
  assert.equal(pairs.length, 1);
  assert.equal(pairs[0].system.text, 'last week', 'the larger overlap wins');
});

test('alignment prefers an identical extent over a larger overlapping one', () => {
  const gold = [timex('last week', 'DATE', 'X'), timex('ended last week', 'DATE', 'Y')];
  const system = [timex('last week', 'DATE', 'X')];
  const pairs = alignTimexes(gold, system);
  assert.equal(pairs.length, 1);
  assert.equal(pairs[0].gold.value, 'X');
});

test('scorer refuses a system text that differs from the gold text, naming the file', () => {
  assert.throws(
    () => scoreFile('doc7.tml', { text: TEXT, timexes: [] }, { text: TEXT.replace('1990', '1991'), timexes: [] }),
    (error: unknown) => error instanceof TextMismatchError && /^doc7\.tml: .* at character 49$/.test(error.message),
  );
});

test('no system output gives zero precision and recall instead of NaN', () => {
  const m = metricsOf(scoreFile('x', { text: TEXT, timexes: GOLD }, { text: TEXT, timexes: [] }).counts);
  assert.deepEqual(m.relaxed, { precision: 0, recall: 0, f1: 0 });
});

function tml(body: string): string {
  return `<?xml version="1.0" ?>\n<TimeML>\n<DCT><TIMEX3 tid="t0" type="DATE" value="2001-05-02">x</TIMEX3></DCT>\n<TEXT>${body}</TEXT>\n</TimeML>\n`;
}

test('eval:timex scores folders matched by file name and prints a table', () => {
  const root = mkdtempSync(join(tmpdir(), 'annalist-score-'));
  try {
    mkdirSync(join(root, 'gold'));
    mkdirSync(join(root, 'system'));
    const gold = 'We met <TIMEX3 tid="t1" type="DATE" value="2001-05-01">yesterday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="PT2H">two hours</TIMEX3>.';
    const system = 'We met <TIMEX3 tid="t1" type="DATE" value="2001-05-01">yesterday</TIMEX3> for two <TIMEX3 tid="t2" type="DURATION" value="PT2H">hours</TIMEX3>.';
    writeFileSync(join(root, 'gold', 'a.tml'), tml(gold));
    writeFileSync(join(root, 'system', 'a.tml'), tml(system));
    writeFileSync(join(root, 'gold', 'b.tml'), tml('Nothing <EVENT eid="e1">happened</EVENT>.'));
    writeFileSync(join(root, 'system', 'b.tml'), tml('Nothing <EVENT eid="e1">happened</EVENT>.'));
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) } };
    assert.equal(runTimexCli([join(root, 'gold'), join(root, 'system'), '--json'], io), 0);
    const report = JSON.parse(out.join(''));
    assert.deepEqual(report.total, { gold: 2, system: 2, strict: 1, relaxed: 2, value: 2, type: 2 });
    out.length = 0;
    assert.equal(runTimexCli([join(root, 'gold'), join(root, 'system')], io), 0);
    assert.match(out.join(''), /^all\s+2\s+2\s+2\s+50\.0\s+50\.0\s+50\.0\s+100\.0\s+100\.0\s+100\.0\s+100\.0\s+100\.0$/m);
    writeFileSync(join(root, 'system', 'stray.tml'), tml('Unscored.'));
    assert.equal(runTimexCli([join(root, 'gold'), join(root, 'system')], io), 0);
    assert.match(err.join(''), /warning: stray\.tml has no gold file/);
    writeFileSync(join(root, 'system', 'b.tml'), tml('Nothing happened!'));
    assert.equal(runTimexCli([join(root, 'gold'), join(root, 'system')], io), 1);
    assert.match(err.join(''), /b\.tml: the system's text differs/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('alignment matches a brute-force all-pairs alignment on random overlapping timexes', async () => {
  const fc = await import('fast-check');
  const spans = fc.array(
    fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 12 })).map(([start, length]) => ({ start, end: start + length, text: '', type: 'DATE', value: String(start % 3) })),
    { maxLength: 12 },
  );
  const bruteForce = (gold: ScoredTimex[], system: ScoredTimex[]): string[] => {
    const used = { g: new Set<number>(), s: new Set<number>() };
    const result: string[] = [];
    gold.forEach((g, gi) => system.forEach((s, si) => {
      if (!used.g.has(gi) && !used.s.has(si) && g.start === s.start && g.end === s.end) {
        used.g.add(gi);
        used.s.add(si);
        result.push(`${gi}:${si}`);
      }
    }));
    const candidates: [number, number, number][] = [];
    gold.forEach((g, gi) => system.forEach((s, si) => {
      const size = Math.min(g.end, s.end) - Math.max(g.start, s.start);
      if (size > 0 && !used.g.has(gi) && !used.s.has(si)) candidates.push([size, gi, si]);
    }));
    candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
    for (const [, gi, si] of candidates) {
      if (used.g.has(gi) || used.s.has(si)) continue;
      used.g.add(gi);
      used.s.add(si);
      result.push(`${gi}:${si}`);
    }
    return result.sort();
  };
  fc.assert(
    fc.property(spans, spans, (gold, system) => {
      const pairs = alignTimexes(gold, system).map((p) => `${gold.indexOf(p.gold)}:${system.indexOf(p.system)}`);
      assert.deepEqual(pairs.sort(), bruteForce(gold, system));
    }),
    { numRuns: 300, seed: 7 },
  );
});
