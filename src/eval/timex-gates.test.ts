import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SHARED_MISSING, sharedFile } from '../testing/shared.js';
import { TIMEX_DEV_SETS, TIMEX_FIGURES, evaluateTimexSet, figure } from './timex-eval.js';
import { readFloors } from './gates.js';

const floorsBySet = readFloors('timex') ?? {};

for (const set of TIMEX_DEV_SETS) {
  const present = sharedFile(...set.parts) !== undefined;
  test(`time expressions on ${set.name} score at or above the floors in gates.json`, { skip: present ? false : SHARED_MISSING }, () => {
    const floors = floorsBySet[set.name];
    assert.ok(floors, `gates.json has no floors for ${set.name}`);
    const result = evaluateTimexSet(set);
    assert.equal(result.skipped, undefined);
    const below = TIMEX_FIGURES.filter((which) => floors[which] !== undefined && figure(result, which) < floors[which]).map(
      (which) => `${which} F1 ${figure(result, which).toFixed(1)} < floor ${floors[which]}`,
    );
    assert.deepEqual(below, [], `${set.name}: ${below.join('; ')}`);
  });
}
