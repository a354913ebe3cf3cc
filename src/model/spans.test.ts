import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSpans, countSpans, findSpanProblems } from './spans.js';

const text = 'Snow closed the pass on 4 January.';

test('checkSpans accepts spans at any depth that point at their own words', () => {
  const doc = {
    text,
    sentences: [{ id: 's1', start: 0, end: text.length, text }],
    events: [{ trigger: { start: 5, end: 11, text: 'closed' }, sentence: { start: 0, end: 4, text: 'Snow' } }],
  };
  assert.equal(checkSpans(doc), 3);
  assert.deepEqual(findSpanProblems(doc), []);
});

test('checkSpans names the path of a span whose text differs from the document', () => {
  const doc = { text, timexes: [{ id: 't1', start: 24, end: 33, text: '5 January' }] };
  const problems = findSpanProblems(doc);
  assert.equal(problems.length, 1);
  assert.match(problems[0], /^timexes\[0\]: text "5 January" differs/);
  assert.throws(() => checkSpans(doc), /1 span\(s\) do not match/);
});

test('checkSpans rejects reversed, fractional and out-of-range offsets', () => {
  const bad = [
    { start: 10, end: 5, text: '' },
    { start: 1.5, end: 3, text: 'no' },
    { start: 30, end: 99, text: 'January.' },
  ];
  assert.equal(findSpanProblems({ text, spans: bad }).length, 3);
});

test('the document text itself is not taken for a span', () => {
  assert.equal(countSpans({ text }), 0);
});
