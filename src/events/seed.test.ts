/**
 * Acceptance test on the reference article, through the whole pipeline. It reads the article from
 * ../shared and skips when it is absent; no sentence of it is copied here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyse } from '../pipeline/run.js';
import { sharedFile, SHARED_MISSING, SEED_PATH_PARTS } from '../testing/shared.js';
import type { AnnalistDocument, Event } from '../model/document.js';

const seedPath = sharedFile(...SEED_PATH_PARTS);
const skip = seedPath ? false : SHARED_MISSING;

function seed(): AnnalistDocument {
  return analyse({ name: 'seed', text: readFileSync(seedPath!, 'utf8') });
}

function names(doc: AnnalistDocument, ids: readonly string[]): string {
  return ids.map((id) => doc.entities.find((e) => e.id === id)?.name ?? '').join('|');
}

function find(doc: AnnalistDocument, type: string, trigger: RegExp, extra: (e: Event) => boolean = () => true): Event {
  const event = doc.events.find((e) => e.type === type && trigger.test(e.trigger.text) && !e.media && extra(e));
  assert.ok(event, `no ${type} event with trigger ${trigger}; events: ${doc.events.map((e) => `${e.type}:${e.trigger.text}`).join(', ')}`);
  return event;
}

test('seed: the student march of 23 October in Budapest is a protest', { skip }, () => {
  const doc = seed();
  const march = find(doc, 'PROTEST', /^march$/);
  assert.equal(march.mode, 'demo');
  assert.match(march.when.value ?? '', /^1956-10-23/);
  assert.equal(march.where.name, 'Budapest');
});

test('seed: the secret police killing demonstrators that evening is an assault dated by the paragraph', { skip }, () => {
  const doc = seed();
  const killing = find(doc, 'ASSAULT', /^killed$/, (e) => e.actors.length > 0);
  assert.match(names(doc, killing.actors), /secret police/i);
  assert.match(names(doc, killing.recipients), /demonstrators/i);
  assert.match(killing.when.value ?? '', /^1956-10-23/);
  assert.equal(killing.when.basis, 'narrative');
});

test('seed: the Politburo announcement of 30 October is a reported, future concession', { skip }, () => {
  const doc = seed();
  const concession = find(doc, 'CONCEDE', /^withdraw$/);
  assert.ok(concession.reported && concession.future && !concession.negated);
  assert.match(names(doc, concession.actors), /Politburo/);
  assert.equal(concession.when.value, '1956-10-30');
});

test('seed: the reversal the next day is a rejection dated 31 October', { skip }, () => {
  const reversal = find(seed(), 'REJECT', /changed their mind/);
  assert.equal(reversal.when.value, '1956-10-31');
});

test('seed: the invasion of 4 November counts its troops and tanks', { skip }, () => {
  const invasion = find(seed(), 'ASSAULT', /^invaded$/);
  assert.equal(invasion.when.value, '1956-11-04');
  assert.equal(invasion.where.name, 'Budapest');
  assert.ok((invasion.counts.troops?.min ?? 0) >= 100_000);
  assert.equal(invasion.counts.troops?.max, undefined, 'more than 100,000 is open above');
  assert.equal(invasion.counts.vehicles?.max, 4500);
});

test('seed: the dead, the refugees and the executions carry their counts and no borrowed date', { skip }, () => {
  const doc = seed();
  const dead = find(doc, 'ASSAULT', /^killed$/, (e) => e.counts.killed !== undefined);
  assert.equal(dead.counts.killed?.min, 3200);
  assert.equal(dead.when.basis, 'none');
  const flight = find(doc, 'DISPLACE', /^fled$/);
  assert.deepEqual(flight.counts.displaced, { min: 200_000, max: 200_000 });
  const executions = find(doc, 'ASSAULT', /^executed$/);
  assert.equal(executions.mode, 'execute');
  assert.match(names(doc, executions.recipients), /Imre Nagy/);
  assert.equal(executions.when.basis, 'none');
});

test('seed: whole episodes are not coded as events', { skip }, () => {
  const doc = seed();
  assert.ok(!doc.events.some((e) => /uprising|revolution|revolt/i.test(e.trigger.text)));
});

test('seed: captions date and place their photographs and show caption events', { skip }, () => {
  const doc = seed();
  const lynching = doc.events.find((e) => e.trigger.text === 'lynched');
  assert.ok(lynching?.media, 'the lynching is told in a caption');
  const photo = doc.media.find((m) => m.id === lynching.media)!;
  assert.deepEqual([photo.date?.value, photo.date?.from, photo.place?.name], ['1956-11-01', 'caption', 'Budapest']);
  assert.ok(photo.events?.includes(lynching.id));
  assert.equal(lynching.when.value, '1956-11-01');
  const dated = doc.media.filter((m) => m.date);
  assert.ok(dated.length >= 12, `expected most photographs to be dated, got ${dated.length}`);
});
