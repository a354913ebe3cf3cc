import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WordFilter, nextWordHash } from './word-filter.js';

const WORDS = ['killed', 'march', 'troops', 'yesterday', 'fiscal'];

test('word filter: never rules out one of its words, whatever the case or the place in the text', () => {
  const filter = new WordFilter(WORDS);
  for (const word of WORDS) {
    assert.ok(filter.mayContain(word, 0, word.length), word);
    const text = `(${word.toUpperCase()})`;
    assert.ok(filter.mayContain(text, 1, 1 + word.length), text);
  }
});

test('word filter: rules out most other words', () => {
  const filter = new WordFilter(WORDS);
  const others = ['the', 'of', 'and', 'people', 'was', 'government', 'committee', 'report'];
  assert.ok(others.filter((w) => filter.mayContain(w, 0, w.length)).length <= 1);
});

test('word filter: a word with a non-ASCII letter always may be one (lower-casing "WEE\\u212A" gives "week")', () => {
  const filter = new WordFilter(['week']);
  for (const word of ['WEE\u212A', 'café', 'Éclair']) assert.ok(filter.mayContain(word, 0, word.length), word);
});

test('word filter: the running hash a tokenizer computes agrees with the filter', () => {
  const filter = new WordFilter(WORDS);
  for (const word of WORDS) {
    let hash = 0;
    for (const c of word.toUpperCase()) hash = nextWordHash(hash, c.charCodeAt(0) | 32);
    assert.ok(filter.hasHash(hash), word);
  }
});
