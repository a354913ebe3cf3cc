import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateEntities, evaluatePlaces, loadEntityCorpus } from './entities.js';

test('entity corpus gold spans all lie in their texts', () => {
  const corpus = loadEntityCorpus();
  assert.ok(corpus.length >= 10);
  for (const doc of corpus) for (const g of doc.gold) assert.ok(g.end > g.start && g.end <= doc.text.length);
});

test('entity recognition stays above its floor and ahead of compromise', () => {
  const evaluation = evaluateEntities();
  // Floors sit below the measured figures (exact F1 0.94, span F1 0.96 on this corpus).
  assert.ok(evaluation.annalist.exact.f1 >= 0.88, `exact F1 ${evaluation.annalist.exact.f1.toFixed(3)}`);
  assert.ok(evaluation.annalist.spanOnly.f1 >= 0.9, `span F1 ${evaluation.annalist.spanOnly.f1.toFixed(3)}`);
  assert.ok(evaluation.annalist.byLabel.GROUP && evaluation.annalist.byLabel.GROUP.f1 >= 0.8);
  if (evaluation.compromise) assert.ok(evaluation.annalist.exactNoGroup.f1 > evaluation.compromise.exactNoGroup.f1);
});

test('place resolution with document context beats taking the largest namesake', () => {
  const { annalist, largestNamesake } = evaluatePlaces();
  assert.ok(annalist.gold >= 40);
  // Measured: 48/49 within tolerance against 45/49 for the largest namesake.
  assert.ok(annalist.accuracy >= 0.9, `accuracy ${annalist.accuracy.toFixed(3)}`);
  assert.ok(annalist.correct > largestNamesake.correct);
});
