import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { afterSentence, creditStarts, creditStartsOfLines } from './captions.js';
import { lineSpans } from './index.js';
import { codeAt, isCapitalRunSplit, isGluedStart, isLetterCode, isLowerCode, isSpaceCode, isUpperCode, mayOpenPiece, spaceAt, upperAt } from './chars.js';
import { labelAt, longestLexiconForm } from './credit.js';
import { CREDIT_LABELS } from './lexicon.js';

test('character classes agree with the Unicode regular expressions for every code unit, and are empty outside the text', () => {
  for (let k = 0; k < 0x10000; k++) {
    const c = String.fromCharCode(k);
    assert.equal(isUpperCode(k), /^\p{Lu}$/u.test(c), `upper ${k}`);
    assert.equal(isLowerCode(k), /^\p{Ll}$/u.test(c), `lower ${k}`);
    assert.equal(isLetterCode(k), /^\p{L}$/u.test(c), `letter ${k}`);
    assert.equal(isSpaceCode(k), /^\s$/u.test(c), `space ${k}`);
  }
  assert.equal(codeAt('ab', 2), -1);
  assert.equal(codeAt('ab', -1), -1);
  assert.ok(!isUpperCode(-1) && !isLowerCode(-1) && !isLetterCode(-1) && !isSpaceCode(-1));
});

test('every credit label starts with a character the credit scan stops at', () => {
  for (const label of CREDIT_LABELS) {
    assert.ok(mayOpenPiece(label, 0), label);
    assert.deepEqual(creditStarts(` ${label} `, 0, label.length + 2).slice(0, 1), [1], label);
  }
});

/** Positions where the caption reader may start a credit, by the per-character tests it uses: the scan must find all. */
function creditOpenings(text: string, start: number, limit: number): number[] {
  const openings: number[] = [];
  for (let i = start; i < limit; i++) {
    const spaced = i === start || spaceAt(text, i - 1);
    const capitalTriple = i - 2 >= start && upperAt(text, i - 2) && upperAt(text, i - 1) && upperAt(text, i);
    const capsSuffix = capitalTriple && longestLexiconForm(text, i, limit) !== undefined;
    const afterSentenceCredit = afterSentence(text, i, start) && longestLexiconForm(text, i, limit) !== undefined;
    const marked = text[i] === '(' || text[i] === '[' || text[i] === '©' || (spaced && labelAt(text, i, limit) !== undefined) || afterSentenceCredit;
    if (isGluedStart(text, i, start) || isCapitalRunSplit(text, i, start) || capsSuffix || marked) openings.push(i);
  }
  return openings;
}

/** Positions the credit scan may report at most: openings glued to the text before them, or marked. */
function broadOpenings(text: string, start: number, limit: number): number[] {
  const openings: number[] = [];
  for (let i = start; i < limit; i++) {
    const glued = i > start && !spaceAt(text, i - 1);
    const opens = text[i] === '(' || text[i] === '[' || text[i] === '©' || labelAt(text, i, limit) !== undefined || (afterSentence(text, i, start) && longestLexiconForm(text, i, limit) !== undefined);
    if (mayOpenPiece(text, i) && (glued || opens)) openings.push(i);
  }
  return openings;
}

function assertScanBetween(text: string, start: number, limit: number): void {
  const found = creditStarts(text, start, limit);
  const foundSet = new Set(found);
  for (const i of creditOpenings(text, start, limit)) assert.ok(foundSet.has(i), `missed ${i} in ${JSON.stringify(text)}`);
  const broad = new Set(broadOpenings(text, start, limit));
  for (const i of found) assert.ok(broad.has(i), `not an opening: ${i} in ${JSON.stringify(text)}`);
  assert.deepEqual(found, [...found].sort((a, b) => a - b));
}

test('the credit scan finds every glued opening, parenthesis and label, and skips numbers, capitals after spaces and inside capital runs', () => {
  const text = 'a BudapestFortepan1956 "Tanks" (AP) © «Été» “Ödön” ‘X’ 𝐀stral É\u00e9 Photo: x.The PICS Arms 1,200 $5 3.5 U.S.Army USSRAFP TASS';
  const start = 2;
  const limit = text.length - 2;
  assertScanBetween(text, start, limit);
  const found = creditStarts(text, start, limit).map((i) => text.slice(i, i + 3));
  assert.deepEqual(found, ['For', '(AP', '© «', 'Pho', 'The', 'Arm', 'AFP']);
});

test('the credit scan finds every opening the caption reader may use, on random text', () => {
  const piece = fc.constantFrom(
    'a', 'z', 'A', 'Z', 'P', 'I', 'C', 'S', '1', '9', ' ', ' ', '.', ',', '-', '$', '%', '/', '"', "'", '’', '”', '“', '‘',
    '(', ')', '[', ']', '«', '»', '©', '!', '?', '–', 'É', 'é', '𝐀', '\u00a0', 'Photo:', 'Credit', 'Image source,', 'Mc', 'NATO', 'Reuters', 'Public domain',
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(3), (pieces, cut) => {
      const text = pieces.join('');
      assertScanBetween(text, Math.min(cut, text.length), text.length);
    }),
    { numRuns: 2000, seed: 1989 },
  );
});

test('one scan of the whole text finds the credit starts of each line, as a scan per line does', () => {
  const piece = fc.constantFrom(
    'a', 'Z', 'P', '1', ' ', '.', ',', '"', '’', '(', ')', '©', 'É', '\u00a0', '\n', '\r\n', '\u0085', '\u2028', ' \n ',
    'Photo:', 'Credit', 'Mc', 'NATO', 'Reuters', 'AFP',
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
      const text = pieces.join('');
      const lines = lineSpans(text);
      assert.deepEqual(creditStartsOfLines(text, lines), lines.map(([start, end]) => creditStarts(text, start, end)));
    }),
    { numRuns: 2000, seed: 1848 },
  );
});
