import { test } from 'node:test';
import assert from 'node:assert/strict';
import { creditStarts } from './captions.js';
import { isSpace, mayOpenPiece } from './chars.js';
import { CREDIT_LABELS } from './lexicon.js';

test('every credit label starts with a character the credit scan stops at', () => {
  for (const label of CREDIT_LABELS) {
    assert.ok(mayOpenPiece(label, 0), label);
    assert.deepEqual(creditStarts(` ${label} `, 0, label.length + 2).slice(0, 1), [1], label);
  }
});

test('the credit scan finds glued openings and label starts, as the per-character tests do', () => {
  const text = 'a BudapestFortepan1956 "Tanks" (AP) © «Été» “Ödön” ‘X’ 𝐀stral É\u00e9 Photo: x.The PICS Arms';
  const firsts = new Set(CREDIT_LABELS.map((label) => label[0]));
  const start = 2;
  const expected: number[] = [];
  for (let i = start; i < text.length - 2; i++) {
    const glued = i > start && !isSpace(text[i - 1]);
    if (mayOpenPiece(text, i) && (glued || firsts.has(text[i]))) expected.push(i);
  }
  assert.deepEqual(creditStarts(text, start, text.length - 2), expected);
  assert.ok(expected.length > 15);
});
