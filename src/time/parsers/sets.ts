/** "every Monday", "each day", "every winter", "daily", "annually", "twice a week": recurring times. */
import { CALENDAR_PATTERNS, MONTHS, SEASONS, UNITS, WEEKDAYS, type Unit } from '../lexicon.js';
import { candidate, countAt, reading, isWord, word, type Parser } from '../grammar.js';
import { timexValue } from '../calendar.js';
import { makeFields } from '../types.js';

const ADVERBS: ReadonlyMap<string, Unit> = new Map([
  ['daily', 'day'], ['weekly', 'week'], ['monthly', 'month'], ['annually', 'year'], ['yearly', 'year'],
  ['quarterly', 'quarter'], ['hourly', 'hour'], ['nightly', 'day'],
]);

/** Words after "weekly" that show it is an adverb ("gathered weekly after prayers"), not an adjective ("weekly meetings"). */
const ADVERB_FOLLOWERS = new Set(['after', 'before', 'in', 'on', 'at', 'for', 'to', 'and', 'or', 'but', 'since', 'until', 'during', 'by', 'with', 'from', 'as', 'through', 'throughout']);

/** "weekly" and "monthly" are written as calendar patterns in news too (as TimeBank writes them). */
const PATTERN_ADVERB_UNITS: ReadonlySet<Unit> = new Set(['week', 'month']);

export const setAdverbParser: Parser = {
  name: 'setAdverb',
  triggers: [...ADVERBS.keys()],
  parse: (ctx, i) => {
    const w = word(ctx, i);
    const unit = ADVERBS.get(w);
    if (!unit) return null;
    // "quarterly dividend", "daily volume": adjectives of a noun are not times
    if (isWord(ctx, i + 1) && !ADVERB_FOLLOWERS.has(word(ctx, i + 1)) && (w === 'quarterly' || w === 'monthly' || w === 'weekly' || w === 'yearly' || w === 'hourly' || word(ctx, i - 1) === 'average')) return null;
    const pattern = PATTERN_ADVERB_UNITS.has(unit) ? CALENDAR_PATTERNS.get(unit) : undefined;
    if (pattern) return candidate(i, i + 1, reading('SET', { literal: pattern }), 'setAdverb');
    return candidate(i, i + 1, reading('SET', { set: true, duration: { unit, amount: 1 } }), 'setAdverb');
  },
};

export const everyParser: Parser = {
  name: 'every',
  triggers: ['every', 'each'],
  parse: (ctx, i) => {
    const next = word(ctx, i + 1);
    const weekday = WEEKDAYS.get(next);
    if (weekday !== undefined && next.length > 3) return candidate(i, i + 2, reading('SET', { set: true, fields: { weekday } }), 'every');
    // "every winter", "each January": the season or month of any year
    const season = SEASONS.get(next);
    if (season !== undefined) return candidate(i, i + 2, reading('SET', { literal: timexValue(makeFields({ season })) }), 'every');
    const month = next.length > 3 ? MONTHS.get(next) : undefined;
    if (month !== undefined) return candidate(i, i + 2, reading('SET', { literal: timexValue(makeFields({ month })) }), 'every');
    let k = i + 1;
    let amount = 1;
    if (next === 'other') {
      amount = 2;
      k++;
    }
    // "every four years", "every 18 months": a counted unit is plural, a single one is not
    const count = next === 'other' ? null : countAt(ctx, k);
    const counted = count !== null && count.value !== undefined && count.value > 1;
    if (counted) {
      amount = count.value!;
      k = count.end;
    }
    const unit = UNITS.get(word(ctx, k));
    if (!unit || word(ctx, k).endsWith('s') !== counted) return null;
    return candidate(i, k + 1, reading('SET', { set: true, duration: { unit, amount } }), 'every');
  },
};
