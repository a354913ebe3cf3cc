import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mayOpenPiece, openingsIn } from './chars.js';
import { CREDIT_LABELS } from './lexicon.js';

test('every credit label starts with a character the opening scan stops at', () => {
  for (const label of CREDIT_LABELS) assert.ok(mayOpenPiece(label, 0), label);
});

test('the opening scan finds exactly the positions the per-character test accepts', () => {
  const text = 'a Budapest1956 "Tanks" (AP) © «Été» “Ödön” ‘X’ 𝐀stral É\u00e9 x';
  const expected: number[] = [];
  for (let i = 3; i < text.length - 2; i++) if (mayOpenPiece(text, i)) expected.push(i);
  assert.deepEqual(openingsIn(text, 3, text.length - 2), expected);
  assert.ok(expected.length > 10);
});
