import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize } from '../quantities/tokens.js';
import { findTriggers } from './detect.js';
import { TriggerFilter } from './prefilter.js';
import { TRIGGER_RULES } from './triggers.js';

function mayHold(text: string): boolean {
  return new TriggerFilter().mayHoldTrigger(text, 0, text.length);
}

function hasTrigger(text: string): boolean {
  return findTriggers(tokenize(text)).length > 0;
}

test('the filter passes every lexicon form written with the words its rule asks for', () => {
  let matched = 0;
  for (const rule of TRIGGER_RULES.filter((r) => !r.blocks)) {
    for (const form of rule.forms) {
      const before = rule.precededBy?.[0] ?? 'then';
      const after = rule.followedBy?.[0] ?? 'today';
      for (const text of [`${before} ${form} ${after}.`, `${before.toUpperCase()} ${form.toUpperCase()} ${after}.`]) {
        if (!hasTrigger(text)) continue;
        matched += 1;
        assert.ok(mayHold(text), `filtered out: ${text}`);
      }
    }
  }
  // Nearly every form matches in its own test sentence, so the check above covers the lexicon.
  assert.ok(matched > 300, `only ${matched} forms matched`);
});

test('sentences with no trigger word are filtered out, those with one are not', () => {
  assert.equal(mayHold('The committee will publish its annual report on the budget next spring.'), false);
  assert.equal(mayHold('Police arrested forty people near the station.'), true);
  // "march" must be written in lowercase; the month is no protest.
  assert.equal(mayHold('In March the committee published its report.'), false);
  assert.equal(mayHold('Students march to the square.'), true);
  // A rule's required neighbour word must be in the sentence: "fired" alone is a dismissal.
  assert.equal(mayHold('The manager was fired.'), false);
  assert.equal(mayHold('Troops fired on the crowd.'), true);
});

const WORDS = [
  'killed', 'Killed', 'KILLED', 'march', 'March', 'fired', 'on', 'at', 'into', 'crowd', 'troops', 'sent', 'agreed', 'to',
  'met', 'with', 'tear', 'gas', 'state', 'of', 'emergency', 'took', 'power', 'the', 'a', 'were', 'police', 'beat',
  'strike', 'general', 'air', 'riot', 'machine', 'gunned', 'sit', 'in', 'warned', 'attack', 'refused', 'comment',
  // Tokenizer edge cases: the Kelvin sign lower-cases to "k", apostrophes join words, other scripts and marks.
  '\u212Aill', 'K\u212Aed', 'nation’s', "o'clock", 'Kövér', 'ünd', 'Ş', '—', '-', ',', '.', '3.5', '1,000', '😀', '\u0301',
];

test('the filter never drops a sentence in which a trigger matches (random sentences)', () => {
  const sentence = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', '', '  ', '\n', '\u00a0')), { maxLength: 14 }).map((parts) => parts.map(([w, gap]) => w + gap).join(''));
  fc.assert(
    fc.property(sentence, (text) => !hasTrigger(text) || mayHold(text)),
    { numRuns: 3000, seed: 1956 },
  );
});

test('the filter works sentence by sentence within one document', () => {
  const text = 'Troops fired on the crowd. The manager was fired. Rebels killed two guards.';
  const filter = new TriggerFilter();
  const first = text.indexOf('The manager');
  const second = text.indexOf('Rebels');
  assert.deepEqual(
    [filter.mayHoldTrigger(text, 0, first - 1), filter.mayHoldTrigger(text, first, second - 1), filter.mayHoldTrigger(text, second, text.length)],
    [true, false, true],
  );
});

test('the filter stays linear on adversarial input', () => {
  const inputs = ['9'.repeat(1_000_000), "a'".repeat(500_000), 'killed '.repeat(150_000), '1.'.repeat(500_000), 'убит '.repeat(200_000), 'é'.repeat(1_000_000)];
  for (const text of inputs) {
    const started = process.hrtime.bigint();
    mayHold(text);
    assert.ok(Number(process.hrtime.bigint() - started) / 1e9 < 2, `slow on ${text.slice(0, 10)}...`);
  }
});
