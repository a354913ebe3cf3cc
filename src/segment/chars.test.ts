import { test } from 'node:test';
import assert from 'node:assert/strict';
import { creditStarts } from './captions.js';
import { isSpace, mayOpenPiece } from './chars.js';
import { labelAt } from './credit.js';
import { CREDIT_LABELS } from './lexicon.js';

test('every credit label starts with a character the credit scan stops at', () => {
  for (const label of CREDIT_LABELS) {
    assert.ok(mayOpenPiece(label, 0), label);
    assert.deepEqual(creditStarts(` ${label} `, 0, label.length + 2).slice(0, 1), [1], label);
  }
});

test('the credit scan finds glued openings, parentheses and labels, as the per-character tests do', () => {
  const text = 'a BudapestFortepan1956 "Tanks" (AP) © «Été» “Ödön” ‘X’ 𝐀stral É\u00e9 Photo: x.The PICS Arms';
  const start = 2;
  const limit = text.length - 2;
  const expected: number[] = [];
  for (let i = start; i < limit; i++) {
    const glued = i > start && !isSpace(text[i - 1]);
    const opens = text[i] === '(' || text[i] === '©' || labelAt(text, i, limit) !== undefined;
    if (mayOpenPiece(text, i) && (glued || opens)) expected.push(i);
  }
  assert.deepEqual(creditStarts(text, start, limit), expected);
  assert.ok(expected.length > 15);
});
