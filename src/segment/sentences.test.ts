import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './sentences.js';

const sentences = (text: string): string[] => splitSentences(text, 0, text.length).map(([s, e]) => text.slice(s, e));

test('titles and initials do not end a sentence', () => {
  assert.deepEqual(sentences('Mr. Smith met Dr. Jones and Gen. Patton. They talked for an hour.'), [
    'Mr. Smith met Dr. Jones and Gen. Patton.',
    'They talked for an hour.',
  ]);
  assert.deepEqual(sentences('The book by J. R. R. Tolkien sold well. Its sequel did too.'), [
    'The book by J. R. R. Tolkien sold well.',
    'Its sequel did too.',
  ]);
});

test('month abbreviations and dotted acronyms stay inside the sentence', () => {
  assert.deepEqual(sentences('On Jan. 5 the U.S. Army landed. Resistance was light.'), [
    'On Jan. 5 the U.S. Army landed.',
    'Resistance was light.',
  ]);
});

test('a dotted acronym ends the sentence when a new one clearly starts', () => {
  assert.deepEqual(sentences('The troops went home to the U.S. The war was over.'), ['The troops went home to the U.S.', 'The war was over.']);
});

test('decimals and times keep their full stops', () => {
  assert.deepEqual(sentences('Prices rose 3.5 percent at 9.15 a.m. on Monday. Then they fell.'), [
    'Prices rose 3.5 percent at 9.15 a.m. on Monday.',
    'Then they fell.',
  ]);
});

test('a full stop inside a closing quote ends the sentence after the quote', () => {
  assert.deepEqual(sentences('He said, "We will not leave." The crowd cheered.'), ['He said, "We will not leave."', 'The crowd cheered.']);
  assert.deepEqual(sentences('"Go home!" she shouted. Nobody moved.'), ['"Go home!" she shouted.', 'Nobody moved.']);
  assert.deepEqual(sentences('“Stop,” he said. They stopped.'), ['“Stop,” he said.', 'They stopped.']);
});

test('a question or exclamation mark followed by a lower-case word does not split', () => {
  assert.deepEqual(sentences('"Who fired?" asked the officer. No one answered.'), ['"Who fired?" asked the officer.', 'No one answered.']);
});

test('glued sentences with no space after the full stop are split', () => {
  assert.deepEqual(sentences('The tanks left the city.The next morning was quiet.A crowd gathered.'), [
    'The tanks left the city.',
    'The next morning was quiet.',
    'A crowd gathered.',
  ]);
});

test('names, camel-case words and web addresses are not split', () => {
  assert.deepEqual(sentences('Mr. McDonald posted it on YouTube from his iPhone via example.com today.'), [
    'Mr. McDonald posted it on YouTube from his iPhone via example.com today.',
  ]);
});

test('a sentence may end without punctuation at the end of the span', () => {
  assert.deepEqual(sentences('Refugees cross the border. Soldiers watch from a tower'), ['Refugees cross the border.', 'Soldiers watch from a tower']);
});

test('a sentence may start with a digit or a quote', () => {
  assert.deepEqual(sentences('The siege ended. 1956 was a hard year. "Never again," they said.'), [
    'The siege ended.',
    '1956 was a hard year.',
    '"Never again," they said.',
  ]);
});

test('splitting honours the bounds it is given', () => {
  const text = 'xx One. Two. yy';
  assert.deepEqual(splitSentences(text, 3, 12).map(([s, e]) => text.slice(s, e)), ['One.', 'Two.']);
});

test('a list number and a quoted title stay with their sentence', () => {
  assert.deepEqual(sentences('2. Annexation of the province followed. It was quick.'), ['2. Annexation of the province followed.', 'It was quick.']);
  assert.deepEqual(sentences('He left. "Mr. Nagy will speak," they said.'), ['He left.', '"Mr. Nagy will speak," they said.']);
});

test('newswire quotes opened with two backticks start a sentence', () => {
  assert.deepEqual(sentences("He waited. ``Nobody came,'' he said."), ['He waited.', "``Nobody came,'' he said."]);
});
