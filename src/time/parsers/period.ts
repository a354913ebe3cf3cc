/**
 * Reporting periods of financial news: "the year-ago quarter", "year-earlier results",
 * "the latest period", "the 1989 period", "year-end".
 */
import { candidate, hyphenAt, mark, reading, word, type Ctx, type Parser } from '../grammar.js';
import { yearAt } from './monthName.js';
import type { Candidate } from '../types.js';

const PERIOD_NOUNS = new Set(['quarter', 'period', 'quarters', 'periods']);
const PERIOD_DETERMINERS = new Set(['comparable', 'same', 'corresponding', 'latest', 'recent', 'year-ago']);

/** "the comparable", "the": widens the start over determiners before position j. */
function openingAt(ctx: Ctx, j: number): number {
  let first = j;
  if (PERIOD_DETERMINERS.has(word(ctx, first - 1))) first--;
  if (word(ctx, first - 1) === 'the') first--;
  return first;
}

function yearCompound(ctx: Ctx, i: number): Candidate | null {
  // year-ago, year-earlier, year-end, year end, year's end
  const hyphen = hyphenAt(ctx, i + 1);
  const next = hyphen ? word(ctx, i + 2) : '';
  const unit = word(ctx, i) === 'month' ? 'month' : 'year';
  if (unit === 'year' && (next === 'ago' || next === 'earlier')) {
    let end = i + 3;
    if (PERIOD_NOUNS.has(word(ctx, end))) end++;
    // "the year-ago quarter" keeps its article; "the year-ago results" tags the adjective alone
    const first = end > i + 3 ? openingAt(ctx, i) : i;
    return candidate(first, end, reading('DATE', { shift: { unit: 'year', amount: 1, direction: -1, anaphoric: true }, periodic: 'report' }), 'period');
  }
  const endWord = hyphen ? next : word(ctx, i + 1) === 'end' ? 'end' : mark(ctx, i + 1) === "'" && word(ctx, i + 2) === 's' && word(ctx, i + 3) === 'end' ? "'s end" : '';
  // "by year-end": the last day of the year
  if (unit === 'year' && hyphen && endWord === 'end') return candidate(i, i + 3, reading('DATE', { fields: { month: 12, day: 31 } }), 'period');
  if (endWord === 'end' || endWord === "'s end") {
    const end = endWord === "'s end" ? i + 4 : hyphen ? i + 3 : i + 2;
    return candidate(i, end, reading('DATE', { shift: { unit, amount: 0, direction: 0, anaphoric: unit === 'month' }, mod: 'END' }), 'period');
  }
  return null;
}

/** "last year", "a year ago", "a year earlier" right after token k: its end, or -1. */
function yearAgoAfter(ctx: Ctx, k: number): number {
  if (word(ctx, k) === 'last' && word(ctx, k + 1) === 'year') return k + 2;
  if ((word(ctx, k) === 'a' || word(ctx, k) === 'one') && word(ctx, k + 1) === 'year' && (word(ctx, k + 2) === 'ago' || word(ctx, k + 2) === 'earlier')) return k + 3;
  return -1;
}

const YEAR_AGO_PERIOD = reading('DATE', { shift: { unit: 'year', amount: 1, direction: -1, anaphoric: true }, periodic: 'report' });

function periodNoun(ctx: Ctx, i: number): Candidate | null {
  const before = word(ctx, i - 1);
  // "the quarter a year ago", "the corresponding period last year": the year-ago period
  const yearAgoEnd = before === 'the' || PERIOD_DETERMINERS.has(before) ? yearAgoAfter(ctx, i + 1) : -1;
  if (yearAgoEnd > 0) return candidate(openingAt(ctx, i), yearAgoEnd, YEAR_AGO_PERIOD, 'period');
  const year = yearAt(ctx, i - 1);
  if (year !== undefined && word(ctx, i - 2) === 'the') {
    return candidate(i - 2, i + 1, reading('DATE', { current: 'quarter', fields: { year } }), 'period');
  }
  if ((before === 'latest' || before === 'current') && word(ctx, i - 2) === 'the' && word(ctx, i) === 'period') {
    return candidate(i - 2, i + 1, reading('DATE', { current: 'quarter' }), 'period');
  }
  return null;
}

export const periodParser: Parser = {
  name: 'period',
  triggers: ['year', 'period', 'month', 'quarter'],
  parse: (ctx, i) => (word(ctx, i) === 'year' || word(ctx, i) === 'month' ? yearCompound(ctx, i) : periodNoun(ctx, i)),
};
