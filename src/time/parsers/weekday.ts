/** "Tuesday", "Tues.", "last Friday", "next Monday": weekdays, anchored later by tense. */
import { AMBIGUOUS_WEEKDAYS, MONTHS, ORDINALS, WEEKDAYS } from '../lexicon.js';
import { yearAt } from './monthName.js';
import { candidate, glued, isCapitalized, isNum, isWord, mark, reading, word, type Ctx, type Parser } from '../grammar.js';
import { timexValue } from '../calendar.js';
import { makeFields, type FieldsInit } from '../types.js';

/** Words naming an event with a weekday: "Bloody Sunday", "Black Monday", "Super Tuesday" (the event, not a day to place). */
const EVENT_NAMES = new Set(['bloody', 'black', 'super', 'cyber']);

/** Parts of day in the plural, which make a weekday recur. */
const PLURAL_PARTS: ReadonlyMap<string, string> = new Map([['mornings', 'MO'], ['afternoons', 'AF'], ['evenings', 'EV'], ['nights', 'NI']]);

const PLURAL_WEEKDAYS: ReadonlyMap<string, number> = new Map(['mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays'].map((w, k) => [w, k + 1]));

/** "on Saturdays", "closed Mondays": every such weekday (XXXX-WXX-6). */
export const pluralWeekdayParser: Parser = {
  name: 'pluralWeekday',
  triggers: [...PLURAL_WEEKDAYS.keys()],
  parse: (ctx, i) => {
    const weekday = PLURAL_WEEKDAYS.get(word(ctx, i));
    if (weekday === undefined || !isCapitalized(ctx, i)) return null;
    const parts = PLURAL_PARTS.get(word(ctx, i + 1));
    return candidate(i, parts !== undefined ? i + 2 : i + 1, reading('SET', { literal: timexValue(makeFields({ weekday, partOfDay: parts })) }), 'pluralWeekday');
  },
};

/**
 * "the first Monday in October", "the last Friday of March 1990": that weekday of the month, placed
 * like the holidays so defined once the year is known.
 */
function nthWeekdayOfMonth(ctx: Parameters<Parser['parse']>[0], i: number, end: number, weekday: number) {
  const n = ORDINALS.get(word(ctx, i - 1));
  const joiner = word(ctx, end);
  const month = MONTHS.get(word(ctx, end + 1));
  if (n === undefined || (n > 5 && n !== -1) || word(ctx, i - 2) !== 'the' || (joiner !== 'in' && joiner !== 'of') || month === undefined || !isCapitalized(ctx, end + 1)) return null;
  let last = end + 2;
  const fields: FieldsInit = { month };
  // "October 1990", "August of 1820", "August of the year 1820"
  const y = word(ctx, last) !== 'of' ? last : word(ctx, last + 1) === 'the' && word(ctx, last + 2) === 'year' ? last + 3 : last + 1;
  const year = yearAt(ctx, y);
  if (year !== undefined) {
    fields.year = year;
    last = y + 1;
  }
  const r = reading('DATE', { fields });
  r.holiday = [month, weekday, n];
  return candidate(i - 2, last, r, 'weekday');
}

/** Prepositions before "that Monday" that make "that" its determiner ("on that Monday", "by that Friday"). */
const STORY_DAY_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'by', 'until', 'till', 'since', 'from', 'before', 'after', 'during', 'of', 'for', 'through']);

/** Parts of day a programme's title puts after a weekday ("Saturday Night Live", "Sunday Morning Shootout"). */
const TITLE_PARTS: ReadonlySet<string> = new Set(['night', 'morning', 'afternoon', 'evening']);

/** A capitalized part of day and another capitalized word after the weekday: a title ("Monday Night Football"). */
export function titleWithPart(ctx: Parameters<Parser['parse']>[0], k: number): boolean {
  return TITLE_PARTS.has(word(ctx, k)) && isCapitalized(ctx, k) && isCapitalized(ctx, k + 1) && !mark(ctx, k + 1);
}

export const weekdayParser: Parser = {
  name: 'weekday',
  triggers: [...WEEKDAYS.keys()],
  parse: (ctx, i) => {
    const w = word(ctx, i);
    const weekday = WEEKDAYS.get(w);
    if (weekday === undefined || !isCapitalized(ctx, i)) return null;
    let end = i + 1;
    if (AMBIGUOUS_WEEKDAYS.has(w)) {
      // "Duel in the Sun.": a noun with its article, not "Sun." for Sunday
      if (mark(ctx, end) !== '.' || !glued(ctx, end) || word(ctx, i - 1) === 'the') return null;
      end++;
    } else if (word(ctx, end) === 's' && mark(ctx, end - 1) === "'") return null;
    if (EVENT_NAMES.has(word(ctx, i - 1)) && isCapitalized(ctx, i - 1)) return null;
    // "Saturday Night Live", "Monday Night Football": a programme's title, no day
    if (titleWithPart(ctx, end)) return null;
    // "Tuesday nights", "Saturday mornings": that part of every such weekday
    const parts = PLURAL_PARTS.get(word(ctx, end));
    if (parts !== undefined) return candidate(i, end + 1, reading('SET', { literal: timexValue(makeFields({ weekday, partOfDay: parts })) }), 'weekday');
    const nth = nthWeekdayOfMonth(ctx, i, end, weekday);
    if (nth) return nth;
    let first = i;
    let lean: -1 | 0 | 1 = 0;
    // "bargain hunters moved in following Friday's plunge": "following" is "after", the day the noun's
    const possessive = mark(ctx, end) === "'" && word(ctx, end + 1) === 's';
    const before = possessive && word(ctx, i - 1) === 'following' ? '' : word(ctx, i - 1);
    // "the previous Friday", "the following Monday": counted from the day the story tells, not from now
    const fromStory = before === 'previous' || before === 'preceding' || before === 'following';
    if (before === 'last' || before === 'past' || before === 'previous' || before === 'preceding') {
      first--;
      lean = -1;
    } else if (before === 'next' || before === 'coming' || before === 'following') {
      first--;
      lean = 1;
    } else if (before === 'this') first--;
    // "the previous Friday", "this coming Sunday"
    const article = word(ctx, first - 1);
    if (first < i && (article === 'the' || (article === 'this' && before === 'coming'))) first--;
    if (before === 'this') return candidate(first, end, reading('DATE', { fields: { weekday }, lean, thisYear: true }), 'weekday');
    // "on 10 May 1857, a Sunday", "that Monday": the day the story tells, named again by its weekday
    // ("that" a determiner after a preposition or opening the sentence, not "warned that Friday could bring")
    const thatDay = before === 'that' && (STORY_DAY_PREPOSITIONS.has(word(ctx, i - 2)) || isCapitalized(ctx, i - 1));
    if (describedAfterComma(ctx, i)) return candidate(i, end, reading('DATE', { fields: { weekday }, lean: 0, fromStory: true }), 'weekday');
    if ((before === 'a' && mark(ctx, i - 2) === ',') || thatDay) return candidate(i - 1, end, reading('DATE', { fields: { weekday }, lean: 0, fromStory: true }), 'weekday');
    return candidate(first, end, reading('DATE', fromStory ? { fields: { weekday }, lean, fromStory } : { fields: { weekday }, lean }), 'weekday');
  },
};

/** Words between "a" and the weekday of an appositive: "on 15 April 1989, a warm, bright Saturday". */
const APPOSITIVE_REACH = 4;

/** The weekday closes an appositive "a ..." describing the date told before the comma ("a warm, bright Saturday"). */
function describedAfterComma(ctx: Ctx, i: number): boolean {
  for (let k = i - 2; k >= i - 1 - APPOSITIVE_REACH && k > 0; k--) {
    if (word(ctx, k) === 'a') return mark(ctx, k - 1) === ',' && (isNum(ctx, k - 2) || MONTHS.has(word(ctx, k - 2)));
    if (!(isWord(ctx, k) && !isCapitalized(ctx, k)) && mark(ctx, k) !== ',') return false;
  }
  return false;
}
