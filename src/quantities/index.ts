/**
 * The quantities stage: counts with honest bounds, the noun they count and what happened to it.
 * See lexicon.ts for the bound conventions and numbers.ts for vague counts.
 */
import type { Stage } from '../pipeline/stage.js';
import type { Timex } from '../model/document.js';
import { findQuantities } from './extract.js';
import { sentencesOf } from './spans.js';

export const quantitiesStage: Stage = {
  name: 'quantities',
  // (the time layer marks dates and clock times, whose numbers count nothing: "by 9 p.m.", "In 865 the army landed")
  needs: ['segment', 'time'],
  run: (doc) => ({ quantities: findQuantities(doc.text, sentencesOf(doc), datedSpans(doc.timexes)) }),
};

/** The spans of dates and times (not durations or sets, whose numbers are counts of units), sorted and disjoint. */
function datedSpans(timexes: readonly Timex[]): Timex[] {
  return timexes.filter((t) => t.type === 'DATE' || t.type === 'TIME').sort((a, b) => a.start - b.start);
}
