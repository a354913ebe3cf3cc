import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SHARED_MISSING, SEED_PATH_PARTS, sharedFile } from '../testing/shared.js';
import { analyse } from '../pipeline/run.js';
import type { AnnalistDocument, Timex } from '../model/document.js';

const path = sharedFile(...SEED_PATH_PARTS);

function seed(): AnnalistDocument {
  return analyse({ name: 'seed', text: readFileSync(path!, 'utf8') }, { documentType: 'auto' }, ['time']);
}

/** The first expression after `after` (a phrase of the seed, located at run time) with text `words`. */
function at(doc: AnnalistDocument, words: string, after = ''): Timex {
  const from = after ? doc.text.indexOf(after) : 0;
  const hit = doc.timexes.find((t) => t.text === words && t.start >= from);
  assert.ok(hit, `no "${words}" after "${after}"`);
  return hit;
}

test('seed: auto picks narrative for a gallery without a creation date', { skip: path ? false : SHARED_MISSING }, () => {
  assert.equal(seed().documentType?.type, 'narrative');
});

test('seed: body dates are anchored on the story', { skip: path ? false : SHARED_MISSING }, () => {
  const doc = seed();
  assert.equal(at(doc, 'the afternoon of 23 October 1956').value, '1956-10-23TAF');
  assert.equal(at(doc, 'the evening').value, '1956-10-23TEV');
  assert.equal(at(doc, '30 October').value, '1956-10-30');
  assert.equal(at(doc, 'the very next day').value, '1956-10-31');
  assert.equal(at(doc, '4 November').value, '1956-11-04');
  const later = at(doc, 'three decades later');
  assert.equal(later.value, '198');
  assert.equal(later.edtf, '198X');
});

test('seed: each caption keeps its own date, even right after a glued credit', { skip: path ? false : SHARED_MISSING }, () => {
  const doc = seed();
  const captions = doc.timexes.filter((t) => t.text === '12 November 1956');
  assert.equal(captions.length, 2);
  for (const c of captions) {
    assert.equal(c.value, '1956-11-12');
    if (doc.media.length > 0) assert.ok(c.media, 'a caption date names its media item');
  }
});
