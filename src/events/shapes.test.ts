import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ShapeGate } from './shapes.js';

test('a shape gate passes every lexicon word and words it cannot judge, and stops other shapes', () => {
  const words = ['killed', 'march', 'a', 'éclat', 'counterinsurgencies'];
  const gate = new ShapeGate(words);
  for (const word of words) assert.ok(gate.mayHold(word), word);
  // Same first letters and length as a lexicon word: the map must decide.
  assert.ok(gate.mayHold('kilner'));
  // Too short, or not two a-z letters first: not tracked, so passed on.
  for (const word of ['b', '', 'Éclair', '9th', "o'", 'k\u212A']) assert.ok(gate.mayHold(word), word);
  // Another length or other first letters: stopped.
  for (const word of ['kill', 'marches', 'the', 'counterinsurgencyx'.slice(0, 14)]) assert.equal(gate.mayHold(word), false, word);
  // Lengths of 15 and more share one shape.
  assert.ok(gate.mayHold('counterproductive'));
});
