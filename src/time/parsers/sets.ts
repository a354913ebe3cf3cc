/** "every Monday", "each day", "every winter", "daily", "annually", "twice a week": recurring times. */
import { CALENDAR_PATTERNS, MONTHS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS, unitsIn, type Unit } from '../lexicon.js';
import { candidate, countAt, isCapitalized, mark, reading, isWord, word, type Ctx, type Parser } from '../grammar.js';
import { dayAt } from './monthName.js';
import { timexValue } from '../calendar.js';
import { makeFields, type Candidate, type FieldsInit } from '../types.js';

const ADVERBS: ReadonlyMap<string, Unit> = new Map([
  ['daily', 'day'], ['weekly', 'week'], ['monthly', 'month'], ['annually', 'year'], ['yearly', 'year'],
  ['quarterly', 'quarter'], ['hourly', 'hour'], ['nightly', 'day'],
]);

/** Words after "weekly" that show it is an adverb ("gathered weekly after prayers"), not an adjective ("weekly meetings"). */
const ADVERB_FOLLOWERS = new Set(['after', 'before', 'in', 'on', 'at', 'for', 'to', 'and', 'or', 'but', 'since', 'until', 'during', 'by', 'with', 'from', 'as', 'through', 'throughout', 'when', 'while', 'if', 'because']);

/** "weekly" and "monthly" are written as calendar patterns in news too (as TimeBank writes them). */
const PATTERN_ADVERB_UNITS: ReadonlySet<Unit> = new Set(['week', 'month']);

export const setAdverbParser: Parser = {
  name: 'setAdverb',
  triggers: [...ADVERBS.keys()],
  parse: (ctx, i) => {
    const w = word(ctx, i);
    const unit = ADVERBS.get(w);
    if (!unit) return null;
    // "NBC Nightly News", "the Daily Telegraph": a title, no recurrence
    if (isCapitalized(ctx, i) && isCapitalized(ctx, i + 1) && isWord(ctx, i + 1) && !ctx.tokens.newline(i + 1) && (isCapitalized(ctx, i - 1) || word(ctx, i - 1) === 'the')) return null;
    // "quarterly dividend", "daily volume": adjectives of a noun are not times
    if (isWord(ctx, i + 1) && !ADVERB_FOLLOWERS.has(word(ctx, i + 1)) && (w === 'quarterly' || w === 'monthly' || w === 'weekly' || w === 'yearly' || w === 'hourly' || word(ctx, i - 1) === 'average')) return null;
    const pattern = PATTERN_ADVERB_UNITS.has(unit) ? CALENDAR_PATTERNS.get(unit) : undefined;
    if (pattern) return candidate(i, i + 1, reading('SET', { literal: pattern }), 'setAdverb');
    return candidate(i, i + 1, reading('SET', { set: true, duration: { unit, amount: 1 } }), 'setAdverb');
  },
};

/** A set of the written fields: its value is their pattern over any year ("every 13 March" XXXX-03-13). */
function setOf(first: number, last: number, fields: FieldsInit): Candidate {
  return candidate(first, last, reading('SET', { literal: timexValue(makeFields(fields)) }), 'every');
}

/** "13 March" or "March 13" at k, as a day of any year. */
function dayOfYearAt(ctx: Ctx, k: number): { month: number; day: number; end: number } | null {
  const day = dayAt(ctx, k);
  if (day && day.end > k) {
    const month = monthAt(ctx, day.end);
    return month !== undefined ? { month, day: day.day, end: day.end + 1 } : null;
  }
  // ("every Feb. 6", "every Sept. 16": an abbreviated month with its stop)
  const abbreviated = mark(ctx, k + 1) === '.' && isCapitalized(ctx, k) ? MONTHS.get(word(ctx, k)) : undefined;
  const month = abbreviated ?? monthAt(ctx, k);
  const after = month !== undefined ? dayAt(ctx, abbreviated !== undefined ? k + 2 : k + 1) : null;
  return month !== undefined && after ? { month, day: after.day, end: after.end } : null;
}

/** A month written in full ("March", not "Mar", which may be a word; "May" with its capital). */
/** Parts of a month before it: "late February", "mid-June". */
const PART_OF_MONTH: ReadonlyMap<string, string> = new Map([['early', 'START'], ['mid', 'MID'], ['late', 'END']]);

/** "late February", "June" at k, capitalised, and where it ends: a month a set recurs in. */
function monthOfEveryYear(ctx: Ctx, k: number): { month: number; mod: string | undefined; end: number } | null {
  const mod = PART_OF_MONTH.get(word(ctx, k));
  const at = mod === undefined ? k : mark(ctx, k + 1) === '-' ? k + 2 : k + 1;
  const month = isCapitalized(ctx, at) ? monthAt(ctx, at) : undefined;
  return month === undefined ? null : { month, mod, end: at + 1 };
}

function monthAt(ctx: Ctx, k: number): number | undefined {
  const w = word(ctx, k);
  return w.length > 3 || (w === 'may' && isCapitalized(ctx, k)) ? MONTHS.get(w) : undefined;
}

/** Half of a unit, as a duration: "every half hour" PT30M. */
const HALF_UNITS: ReadonlyMap<string, string> = new Map([['hour', 'PT30M'], ['minute', 'PT30S'], ['day', 'PT12H'], ['year', 'P6M']]);

export const everyParser: Parser = {
  name: 'every',
  triggers: ['every', 'each'],
  parse: (ctx, i) => {
    const next = word(ctx, i + 1);
    const weekday = WEEKDAYS.get(next);
    // "every other Thursday": the weekday's pattern all the same
    if (next === 'other' && WEEKDAYS.has(word(ctx, i + 2)) && word(ctx, i + 2).length > 3) return candidate(i, i + 3, reading('SET', { set: true, fields: { weekday: WEEKDAYS.get(word(ctx, i + 2)) } }), 'every');
    if (weekday !== undefined && next.length > 3) {
      // "every Thursday evening": that part of the weekday
      const partOfDay = PARTS_OF_DAY.get(word(ctx, i + 2));
      if (partOfDay !== undefined) return setOf(i, i + 3, { weekday, partOfDay });
      return candidate(i, i + 2, reading('SET', { set: true, fields: { weekday } }), 'every');
    }
    // "every morning", "each night": that part of any day
    const partOfDay = PARTS_OF_DAY.get(next);
    if (partOfDay !== undefined && next !== 'overnight') return setOf(i, i + 2, { partOfDay });
    // "every winter", "each January": the season or month of any year; "every 13 March" that day
    const season = SEASONS.get(next);
    if (season !== undefined) return setOf(i, i + 2, { season });
    const dayOfYear = dayOfYearAt(ctx, i + 1);
    if (dayOfYear) return setOf(i, dayOfYear.end, { month: dayOfYear.month, day: dayOfYear.day });
    const month = monthAt(ctx, i + 1);
    if (month !== undefined) return setOf(i, i + 2, { month });
    // "every half hour": half the unit, written in the next smaller one
    const half = next === 'half' ? HALF_UNITS.get(word(ctx, i + 2)) : undefined;
    if (half) return candidate(i, i + 3, reading('SET', { literal: half }), 'every');
    // "every single day": the same set as "every day"
    let k = next === 'single' ? i + 2 : i + 1;
    let amount = 1;
    if (next === 'other') {
      amount = 2;
      k++;
    }
    // "every four years", "every 18 months": a counted unit is plural, a single one is not
    const count = next === 'other' ? null : countAt(ctx, k);
    // "every few weeks": a count left vague
    const vague = count !== null && count.value === undefined && count.end > k;
    const counted = vague || (count !== null && count.value !== undefined && count.value > 1);
    if (counted) {
      amount = count.value ?? amount;
      k = count.end;
    }
    const unit = UNITS.get(word(ctx, k));
    if (!unit || word(ctx, k).endsWith('s') !== counted) return null;
    // "every weekend": the weekend of any week
    if (unit === 'weekend' && !counted) return candidate(i, k + 1, reading('SET', { literal: 'XXXX-WXX-WE' }), 'every');
    // "every year on 27 May": that day of every year
    // ("Every year, on 7 April, the country mourns": the comma sets the day off, it is still the set's)
    const on = word(ctx, k + 1) === 'on' ? k + 2 : mark(ctx, k + 1) === ',' && word(ctx, k + 2) === 'on' ? k + 3 : -1;
    const onDay = unit === 'year' && amount === 1 && on > 0 ? dayOfYearAt(ctx, on) : null;
    if (onDay) return setOf(i, onDay.end, { month: onDay.month, day: onDay.day });
    // "every year in late February", "each year in June": that month of every year
    const inMonth = unit === 'year' && amount === 1 && word(ctx, k + 1) === 'in' ? monthOfEveryYear(ctx, k + 2) : null;
    if (inMonth) return candidate(i, inMonth.end, reading('SET', { literal: timexValue(makeFields({ month: inMonth.month })), ...(inMonth.mod ? { mod: inMonth.mod } : {}) }), 'every');
    return candidate(i, k + 1, reading('SET', { set: true, duration: vague ? { unit } : { unit, amount: amount * unitsIn(word(ctx, k)) } }), 'every');
  },
};
