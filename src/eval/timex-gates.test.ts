import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SHARED_MISSING, sharedFile } from '../testing/shared.js';
import { TIMEX_DEV_SETS, TIMEX_FIGURES, evaluateTimexSet, figure, type TimexFigure } from './timex-eval.js';

type Floors = Record<string, Partial<Record<TimexFigure, number>>>;

const gates = JSON.parse(readFileSync(new URL('./gates.json', import.meta.url), 'utf8')) as { timex: Floors };

for (const set of TIMEX_DEV_SETS) {
  const present = sharedFile(...set.parts) !== undefined;
  test(`time expressions on ${set.name} score at or above the floors in gates.json`, { skip: present ? false : SHARED_MISSING }, () => {
    const floors = gates.timex[set.name];
    assert.ok(floors, `gates.json has no floors for ${set.name}`);
    const result = evaluateTimexSet(set);
    assert.equal(result.skipped, undefined);
    const below = TIMEX_FIGURES.filter((which) => floors[which] !== undefined && figure(result, which) < (floors[which] as number)).map(
      (which) => `${which} F1 ${figure(result, which).toFixed(1)} < floor ${floors[which]}`,
    );
    assert.deepEqual(below, [], `${set.name}: ${below.join('; ')}`);
  });
}
