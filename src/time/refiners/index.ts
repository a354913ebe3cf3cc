/**
 * The refiners, in the order they run over a document's hits. Each takes the hits in text order and
 * returns the hits it keeps, changes or joins; declared here as data, like the parsers.
 *
 * Called through one list, V8 compiles each on its own instead of inlining them all into the tagger
 * (see --trace-turbo-inlining), so a late deoptimisation in one refiner recompiles only that one.
 */
import type { Ctx } from '../grammar.js';
import type { Candidate } from '../types.js';
import { dropFalseHits, dropLoneParts } from './falseHits.js';
import { joinStretchesOfPeriods, lendDaysToClocks, lendDaysToSpanOpeners, lendMeridiems, mergeNeighbours } from './merge.js';
import { applyModifiers } from './modifiers.js';
import { linkRanges, shareListedLeans, shareListedSets, shareListedYears } from './ranges.js';
import { dayHistoryHeadings, habitualClocks, keptDaysOfYear } from './anniversaries.js';

export type Refiner = (ctx: Ctx, hits: readonly Candidate[]) => Candidate[];

export const REFINERS: readonly Refiner[] = [dropFalseHits, applyModifiers, mergeNeighbours, dropLoneParts, lendDaysToClocks, lendMeridiems, lendDaysToSpanOpeners, linkRanges, shareListedYears, shareListedLeans, shareListedSets, keptDaysOfYear, dayHistoryHeadings, habitualClocks, joinStretchesOfPeriods];
