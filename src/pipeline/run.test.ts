import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planStages, analyse } from './run.js';

test('--only adds the stages a chosen stage needs, in declared order', () => {
  const names = planStages(['events']).map((s) => s.name);
  assert.deepEqual(names, ['segment', 'time', 'entities', 'places', 'quantities', 'events']);
  assert.deepEqual(planStages(['time']).map((s) => s.name), ['segment', 'time']);
});

test('the pipeline keeps the original text and records the stages it ran', () => {
  const text = 'A short line.\nAnother one.';
  const doc = analyse({ name: 'x', text }, undefined, ['segment']);
  assert.equal(doc.text, text);
  assert.deepEqual(doc.stages, ['segment']);
  assert.equal(doc.source.length, text.length);
});
