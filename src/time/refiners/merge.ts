/**
 * Joins neighbouring hits that name one time: "Tuesday morning", "yesterday afternoon",
 * "the afternoon of 23 October 1956", "Tuesday, Oct. 3", "May 8 1:00AM".
 */
import { isCapitalized, mark, word, type Ctx } from '../grammar.js';
import { makeFields, makeReading, overlay, withCandidate, withFields, withReading, type Candidate, type Fields, type Reading } from '../types.js';
import { WEEKS_INTO_MONTH, type Unit } from '../lexicon.js';
import { durationValue, timexValue } from '../calendar.js';
import { NUM } from '../tokens.js';
import { sentenceEndFrom } from '../story.js';
import { hourOpeningRange } from '../parsers/timeOfDay.js';

/** Parts of day named by their edge, joined to the day told after "on": "at dawn on 21 July". */
const EDGES_OF_DAY: ReadonlySet<string> = new Set(['dawn', 'daybreak', 'dusk', 'nightfall', 'sunrise', 'sunset']);

function isPartOfDay(c: Candidate): boolean {
  return c.parser === 'partOfDay' && c.reading.fields.partOfDay !== undefined && !c.reading.shift;
}

function isDay(c: Candidate): boolean {
  const f = c.reading.fields;
  return (f.day !== undefined || f.weekday !== undefined || (c.reading.shift?.unit === 'day' && c.reading.type === 'DATE')) && f.hour === undefined && f.partOfDay === undefined && c.reading.type === 'DATE';
}

function isBareMonth(c: Candidate): boolean {
  const f = c.reading.fields;
  return c.parser === 'monthName' && f.month !== undefined && f.day === undefined && f.year === undefined && c.reading.lean === undefined;
}

function isLoneDay(c: Candidate): boolean {
  const f = c.reading.fields;
  return f.day !== undefined && f.month === undefined && f.year === undefined && c.reading.type === 'DATE' && !c.reading.shift;
}

function isMonthDay(c: Candidate): boolean {
  const f = c.reading.fields;
  return f.month !== undefined && f.day !== undefined && f.year === undefined && c.reading.type === 'DATE' && !c.reading.shift;
}

/** "the morning of 21 June": a part of a day of a month, no year. */
function isPartOfMonthDay(c: Candidate): boolean {
  const f = c.reading.fields;
  return f.month !== undefined && f.day !== undefined && f.partOfDay !== undefined && f.year === undefined && f.hour === undefined && !c.reading.shift;
}

/** "the first half", "the third quarter" with no year. */
function isBarePart(c: Candidate): boolean {
  const f = c.reading.fields;
  return c.parser === 'quarter' && (f.half !== undefined || f.quarter !== undefined) && f.year === undefined && !c.reading.shift;
}

function isBareSeason(c: Candidate): boolean {
  return c.parser === 'season' && c.reading.fields.year === undefined && !c.reading.shift && c.reading.lean === undefined;
}

function isYearOnly(c: Candidate): boolean {
  const f = c.reading.fields;
  return c.reading.type === 'DATE' && f.year !== undefined && f.month === undefined && f.quarter === undefined && f.season === undefined && f.half === undefined && !c.reading.shift && !c.reading.mod;
}

/** The two words "fiscal year" alone. */
function fiscalYearWords(ctx: Ctx, c: Candidate): boolean {
  return c.last - c.first === 2 && word(ctx, c.first) === 'fiscal' && word(ctx, c.first + 1) === 'year';
}

/** "Tuesday", no day, month or move. */
function isBareWeekday(c: Candidate): boolean {
  const f = c.reading.fields;
  return f.weekday !== undefined && f.day === undefined && f.month === undefined && f.hour === undefined && f.partOfDay === undefined && !c.reading.shift && !c.reading.set;
}

/** "last week", "next week", "this week": one week counted from now. */
function isWeekMove(c: Candidate): boolean {
  const shift = c.reading.shift;
  return shift?.unit === 'week' && !shift.anaphoric && shift.amount !== undefined && shift.amount <= 1 && c.reading.type === 'DATE' && !c.reading.mod;
}

/** "this year", "last year": a year counted from now. */
function isYearShift(c: Candidate): boolean {
  return c.reading.shift?.unit === 'year' && c.reading.type === 'DATE' && c.reading.shift.amount !== undefined && c.reading.shift.amount <= 1;
}

/** "the week" or "the weekend" with no move, which "of <day>" may narrow: which of the two, or undefined. */
function theWeek(ctx: Ctx, c: Candidate): 'week' | 'weekend' | undefined {
  if (c.last - c.first !== 2 || word(ctx, c.first) !== 'the') return undefined;
  const unit = word(ctx, c.first + 1);
  if (unit === 'week' && c.reading.vague === 'week') return 'week';
  return unit === 'weekend' && c.reading.shift?.unit === 'weekend' ? 'weekend' : undefined;
}

function isClock(c: Candidate): boolean {
  return c.reading.type === 'TIME' && c.reading.fields.hour !== undefined && c.reading.fields.day === undefined;
}

function combine(a: Candidate, b: Candidate, day: Candidate, extra: Candidate, type: Reading['type']): Candidate {
  const fields = overlay(day.reading.fields, extra.reading.fields);
  // "the morning of Sunday" joined to ", 7 December 1941" is still a time of day
  const timeOfDay = fields.partOfDay !== undefined || fields.hour !== undefined;
  // (a clock joined to "ten days before the shooting" is a time in news too: the day's news stretch is dropped)
  const reading: Reading = withReading(day.reading, { type: timeOfDay ? 'TIME' : type, fields, ...(timeOfDay ? { newsReading: undefined } : {}) });
  if (extra.reading.mod && !reading.mod) reading.mod = extra.reading.mod;
  return { first: a.first, last: b.last, reading, parser: day.parser, rangeEnd: undefined };
}

/** "the night of" right before the day b: "the night of 22 June", "the night of 1–2 May" (see ranges). */
export function partOfDayOf(ctx: Ctx, a: Candidate, b: Candidate): boolean {
  return b.first === a.last + 1 && isPartOfDay(a) && word(ctx, a.last) === 'of' && isDay(b);
}

/** The part of day `part` of the day `day`; news annotation tags only the day of "the night of Oct. 23". */
export function withPartOfDay(part: Candidate, day: Candidate): Candidate {
  const merged = combine(part, day, day, part, 'TIME');
  return withCandidate(merged, { reading: withReading(merged.reading, { newsReading: day.reading, newsFirst: day.first }) });
}

/** Units a written length may be made of, largest first ("two years and eight months", "3 hours, 20 minutes"). */
const LENGTH_PARTS: readonly Unit[] = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];

/** The smallest unit of a length written in parts so far, or -1 when it is no such length. */
function partRank(c: Candidate): number {
  const d = c.reading.duration;
  if (c.reading.type !== 'DURATION' || !d || d.amount === undefined || c.reading.set || (c.reading.literal && !c.reading.literal.startsWith('P'))) return -1;
  return LENGTH_PARTS.indexOf(d.unit);
}

/** ISO 8601 durations added: P2Y + P8M = P2Y8M, P1D + PT3H = P1DT3H. */
function addDurations(a: string, b: string): string {
  const [, dateA = '', timeA = ''] = /^P([^T]*)(?:T(.*))?$/.exec(a) ?? [];
  const [, dateB = '', timeB = ''] = /^P([^T]*)(?:T(.*))?$/.exec(b) ?? [];
  const time = timeA + timeB;
  return `P${dateA}${dateB}${time ? `T${time}` : ''}`;
}

/** "two years and eight months", "three years, two months and six days": one length (P2Y8M). */
function lengthInParts(ctx: Ctx, a: Candidate, b: Candidate): Candidate | null {
  // "two hours and five minutes", "3 years, 2 months", or with nothing between: "4 minutes 14 seconds"
  const gap = b.first - a.last;
  const joiner = word(ctx, a.last) || mark(ctx, a.last);
  if (gap > 1 || (gap === 1 && joiner !== 'and' && joiner !== ',') || b.reading.mod || b.reading.type !== 'DURATION') return null;
  const rankA = partRank(a);
  const rankB = partRank(b);
  if (rankA < 0 || rankB <= rankA) return null;
  const value = addDurations(a.reading.literal ?? durationValue(a.reading.duration!.unit, a.reading.duration!.amount), durationValue(b.reading.duration!.unit, b.reading.duration!.amount));
  return { first: a.first, last: b.last, reading: withReading(a.reading, { literal: value, duration: b.reading.duration }), parser: a.parser, rangeEnd: undefined };
}

/** "surrendered at 9 p.m. The next day ...": the stop of "p.m." ended the sentence, so b is no part of a's phrase. */
function clockEndsSentence(ctx: Ctx, a: Candidate, b: Candidate): boolean {
  // ("10 p.m. Wednesday" is one phrase: a weekday or date after the stop goes on with it; "after 9 p.m. Thursday's
  // sighting came ..." opens a sentence with the day's noun)
  if (a.reading.fields.hour === undefined || mark(ctx, a.last - 1) !== '.' || !isCapitalized(ctx, b.first)) return false;
  return b.reading.shift !== undefined || (mark(ctx, b.last) === "'" && word(ctx, b.last + 1) === 's');
}

/** The years of "fifty years ago", counted back from now; undefined for other hits. */
function yearsBack(c: Candidate): number | undefined {
  const shift = c.reading.shift;
  return shift && shift.unit === 'year' && shift.direction < 0 && !shift.anaphoric && shift.amount !== undefined && c.reading.type === 'DATE' ? shift.amount : undefined;
}

/** "today", "tonight", "this week", "this month", or one on from or back from it ("tomorrow", "next month"): a period counted from the report's. */
function isNowPeriod(c: Candidate): boolean {
  const shift = c.reading.shift;
  return shift !== undefined && (shift.amount === 0 || shift.amount === 1) && !shift.anaphoric && (shift.unit === 'day' || shift.unit === 'week' || shift.unit === 'weekend' || shift.unit === 'month');
}

/** Tries to merge a and b (a before b); returns the merged hit or null. */
function mergePair(ctx: Ctx, a: Candidate, b: Candidate): Candidate | null {
  const gap = b.first - a.last;
  if (gap === 0 && clockEndsSentence(ctx, a, b)) return null;
  const parts = gap <= 1 && a.reading.type === 'DURATION' ? lengthInParts(ctx, a, b) : null;
  if (parts) return parts;
  // ("on Feb. 7 in the morning", "on 12 March in the afternoon": the part of that day)
  if ((gap === 0 || (gap === 1 && word(ctx, a.last) === 'in' && word(ctx, b.first) === 'the')) && isDay(a) && isPartOfDay(b)) return combine(a, b, a, b, 'TIME');
  if (gap === 0 && isPartOfDay(a) && isDay(b) && b.reading.fields.month === undefined) return combine(a, b, b, a, 'TIME');
  // "at dawn on 21 July", "by dusk on Sunday": the edge of that day (history annotation tags it with
  // the day, "Sunday dawn of 25 June 1950"; news annotation the day alone, as "the night of Oct. 23")
  if (gap === 1 && word(ctx, a.last) === 'on' && EDGES_OF_DAY.has(word(ctx, a.last - 1)) && isPartOfDay(a) && isDay(b)) return withPartOfDay(a, b);
  if (gap === 0 && isClock(a) && isDay(b) && b.reading.fields.month === undefined) return combine(a, b, b, a, 'TIME');
  // ("took off at 8:18 Wednesday evening", "at 5:30 yesterday morning": the part of day after the clock's day sets its half of the day)
  const clockOnItsDay = a.reading.fields.weekday !== undefined || (a.reading.shift?.unit === 'day' && !a.reading.shift.anaphoric);
  if (gap === 0 && a.reading.type === 'TIME' && a.reading.fields.hour !== undefined && clockOnItsDay && a.reading.fields.partOfDay === undefined && isPartOfDay(b) && !b.reading.shift) {
    return { first: a.first, last: b.last, reading: withReading(a.reading, { fields: inPartOfDay(a.reading.fields, b.reading.fields.partOfDay) }), parser: a.parser, rangeEnd: undefined };
  }
  // "every Sunday at 10 a.m.": the clock of each time the set recurs
  if (gap === 1 && word(ctx, a.last) === 'at' && a.reading.type === 'SET' && a.reading.set && !a.reading.literal && a.reading.fields.hour === undefined && isClock(b) && b.reading.fields.weekday === undefined) {
    const clock = b.reading.fields;
    return { first: a.first, last: b.last, reading: withReading(a.reading, { fields: withFields(a.reading.fields, { hour: clock.hour, minute: clock.minute }) }), parser: a.parser, rangeEnd: undefined };
  }
  // "Fifty years ago today", "Forty years ago this week", "Twenty-five years ago tomorrow": that day or week, so many years back
  const yearsAgo = gap === 0 ? yearsBack(a) : undefined;
  if (yearsAgo !== undefined && isNowPeriod(b)) return { first: a.first, last: b.last, reading: withReading(b.reading, { yearStep: -yearsAgo }), parser: b.parser, rangeEnd: undefined };
  // ("the seventh of August, nineteen ninety-eight": a spoken year after the comma, as a written one is read by the parsers)
  // ("June 21, 217 BC", "the morning of 21 June 217 BC": a year with its era, which the day's parser leaves to the year's)
  const yearAfterComma = gap === 1 && mark(ctx, a.last) === ',' && (b.parser === 'spelledYear' || b.reading.fields.bc === true) && isMonthDay(a);
  if ((gap === 0 || (gap === 1 && word(ctx, a.last) === 'of') || yearAfterComma) && (isBareMonth(a) || isBareSeason(a) || isMonthDay(a) || (gap === 0 && isPartOfMonthDay(a))) && isYearOnly(b)) {
    return { first: a.first, last: b.last, reading: withReading(a.reading, { fields: withFields(a.reading.fields, { year: b.reading.fields.year, bc: b.reading.fields.bc ? true : a.reading.fields.bc }) }), parser: a.parser, rangeEnd: undefined };
  }
  // ("the first half of the following year", "the second half of that year" too)
  if ((gap === 0 || (gap === 1 && word(ctx, a.last) === 'of')) && (isBareMonth(a) || isMonthDay(a) || (gap === 1 && isBarePart(a))) && isYearShift(b)) {
    // ("late June of that year" keeps the "late" read before the join)
    return { first: a.first, last: b.last, reading: withReading(b.reading, { fields: overlay(b.reading.fields, a.reading.fields), mod: a.reading.mod ?? b.reading.mod }), parser: a.parser, rangeEnd: undefined };
  }
  if (partOfDayOf(ctx, a, b)) return withPartOfDay(a, b);
  // "the 1998 fiscal year", "fiscal year 1998": one fiscal year, not a year and a length
  const fiscalYear = gap === 0 && isYearOnly(a) && fiscalYearWords(ctx, b) ? a : gap === 0 && isYearOnly(b) && fiscalYearWords(ctx, a) ? b : undefined;
  if (fiscalYear) {
    const first = a === fiscalYear && word(ctx, a.first - 1) === 'the' ? a.first - 1 : a.first;
    return { first, last: b.last, reading: withReading(fiscalYear.reading, { fields: withFields(fiscalYear.reading.fields, { fiscal: true }) }), parser: fiscalYear.parser, rangeEnd: undefined };
  }
  // "Tuesday of last week", "Friday next week": that weekday of the week counted from now
  if ((gap === 0 || (gap === 1 && word(ctx, a.last) === 'of')) && isBareWeekday(a) && isWeekMove(b)) {
    return { first: a.first, last: b.last, reading: withReading(b.reading, { type: 'DATE', fields: withFields(b.reading.fields, { weekday: a.reading.fields.weekday }) }), parser: a.parser, rangeEnd: undefined };
  }
  // "the week of March 6", "the weekend of 17 August": the week (or weekend) holding that day
  const weekOf = gap === 1 && word(ctx, a.last) === 'of' ? theWeek(ctx, a) : undefined;
  if (weekOf && b.reading.fields.day !== undefined && b.reading.fields.month !== undefined && !b.reading.shift) {
    return { first: a.first, last: b.last, reading: withReading(b.reading, { weekOf }), parser: b.parser, rangeEnd: undefined };
  }
  if (gap <= 1 && a.reading.fields.weekday !== undefined && a.reading.fields.day === undefined && b.reading.fields.day !== undefined && b.reading.fields.month !== undefined && (gap === 0 || mark(ctx, a.last) === ',')) {
    const merged = combine(a, b, b, a, 'DATE');
    // "the night of Friday, Oct. 23": news annotation still tags only the day ("Friday, Oct. 23")
    const newsFirst = a.reading.newsFirst;
    return newsFirst === undefined ? merged : withCandidate(merged, { reading: withReading(merged.reading, { newsReading: b.reading, newsFirst }) });
  }
  // "Friday the 13th", "on Monday the 2nd": the day of the month that weekday falls on
  if (gap === 0 && a.reading.fields.weekday !== undefined && a.reading.fields.day === undefined && !a.reading.shift && a.reading.type === 'DATE' && isLoneDay(b) && word(ctx, b.first) === 'the') {
    return combine(a, b, b, a, 'DATE');
  }
  // "1 March every year", "4 July each year": that day of every year, one set
  if (gap === 0 && isMonthDay(a) && b.reading.type === 'SET' && b.reading.duration?.unit === 'year' && (b.reading.duration.amount ?? 1) === 1) {
    const day = makeFields({ month: a.reading.fields.month, day: a.reading.fields.day });
    return { first: a.first, last: b.last, reading: withReading(b.reading, { literal: timexValue(day), set: undefined }), parser: b.parser, rangeEnd: undefined };
  }
  // "Palm Sunday, 29 March 1461": the date written after the holiday names its day
  if (a.parser === 'holiday' && gap === 1 && mark(ctx, a.last) === ',' && isDay(b) && b.reading.fields.month !== undefined && b.reading.fields.year !== undefined) {
    return { first: a.first, last: b.last, reading: b.reading, parser: b.parser, rangeEnd: undefined };
  }
  if (gap === 0 && isDay(a) && a.reading.fields.month !== undefined && isClock(b)) return combine(a, b, a, b, 'TIME');
  if (gap <= 1 && isClock(a) && isDay(b) && b.reading.fields.month !== undefined && (gap === 0 || mark(ctx, a.last) === ',')) return combine(a, b, b, a, 'TIME');
  return null;
}

export function mergeNeighbours(ctx: Ctx, hits: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < hits.length; k++) {
    const c = hits[k];
    const prev = out[out.length - 1];
    // "5 o'clock yesterday afternoon": the day joins its part first, and lends both to the clock later
    // (only a day counted from now before a later part, whose clock moves past noon: "7:30 tomorrow morning" stays as it was)
    const next = hits[k + 1];
    const partNext = next !== undefined && next.first === c.last && isPartOfDay(next) && next.reading.fields.partOfDay !== 'MO' && isDay(c) && c.reading.shift?.unit === 'day';
    const merged = prev && !(partNext && isClock(prev)) ? mergePair(ctx, prev, c) : null;
    if (merged) out[out.length - 1] = merged;
    else out.push(c);
  }
  return out;
}

/** Tokens a bracketed aside may span between a clock time and its day: "10:35 a.m. (0735 GMT) Friday". */
const ASIDE_TOKENS = 6;

/** Where "local time", "Eastern time", "Kabul time" after clock a ends, or -1. */
function afterZoneNamed(ctx: Ctx, a: Candidate): number {
  const zoneNamed = word(ctx, a.last) === 'local' || isCapitalized(ctx, a.last);
  return zoneNamed && word(ctx, a.last + 1) === 'time' ? a.last + 2 : -1;
}

/** Whether the day b is the day of the clock time a told just before it: "10:35 a.m. (0735 GMT) Friday", "16:00 GMT on Sunday". */
function dayOfClock(ctx: Ctx, a: Candidate, b: Candidate): boolean {
  // the day may come with its part ("at 11:00 on the morning of 25 October 1854")
  const f = b.reading.fields;
  if (!isClock(a) || !(isDay(b) || (f.day !== undefined && f.month !== undefined && f.hour === undefined))) return false;
  // "at 07:58 local time on 26 December 2004", "23:59 Kabul time on 30 August", "6 p.m. Eastern time"
  const zoneEnd = afterZoneNamed(ctx, a);
  const on = zoneEnd > 0 ? zoneEnd : a.last;
  if (b.first === on + 1 && word(ctx, on) === 'on') return true;
  // "4:35 p.m. local time Saturday"
  if (on > a.last && b.first === on) return true;
  // "10 a.m. (0900 GMT) on Tuesday", "3:02 a.m. local time (0002 GMT) on August 17"
  const close = word(ctx, b.first - 1) === 'on' ? b.first - 2 : b.first - 1;
  return b.first - on <= ASIDE_TOKENS && mark(ctx, on) === '(' && mark(ctx, close) === ')';
}

/** "yesterday", "last night", "this morning", "tonight", "the next morning": a day counted from now or from the story's day. */
function isDayPhrase(c: Candidate): boolean {
  const shift = c.reading.shift;
  return shift !== undefined && shift.unit === 'day' && shift.amount !== undefined && shift.amount <= 1 && c.reading.fields.hour === undefined;
}

/** "6:30 this evening", "10:15 tonight": a clock hour written without a.m. or p.m. is in the part of day told after it. */
function inPartOfDay(clock: Fields, partOfDay: string | undefined): Fields {
  const hour = clock.hour;
  if (hour === undefined || hour >= 12 || partOfDay === undefined || partOfDay === 'MO') return clock;
  const later = partOfDay === 'AF' || partOfDay === 'EV' || (partOfDay === 'NI' && hour >= 6);
  return later ? withFields(clock, { hour: hour + 12 }) : clock;
}

const LIST_OR_SET_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'every', 'each']);

/** Whether the clock b is told at the day a just before it: "on Thursday at 7:05 a.m.", "Saturday, Sept. 6, at 11 a.m.". */
function clockOfDay(ctx: Ctx, a: Candidate | undefined, b: Candidate): boolean {
  if (!a || !isClock(b) || !isDay(a) || a.reading.shift) return false;
  // "every Tuesday and Thursday at 3 p.m." is a set (see shareListedSets), not one Thursday
  if (LIST_OR_SET_WORDS.has(word(ctx, a.first - 1))) return false;
  const at = mark(ctx, a.last) === ',' ? a.last + 1 : a.last;
  return word(ctx, at) === 'at' && b.first === at + 1;
}

/** The clock a, on the day told by `day` (in its part: "Tuesday afternoon at 2:19" is 14:19). */
function onDayOf(a: Candidate, day: Candidate): Candidate {
  const fields = withFields(day.reading.fields, { partOfDay: undefined });
  const clock = inPartOfDay(a.reading.fields, day.reading.fields.partOfDay);
  // ("at 9:02 a.m. on that Wednesday": the clock is on the day the weekday names again)
  return withCandidate(a, { reading: withReading(a.reading, { fields: overlay(fields, clock), lean: day.reading.lean || a.reading.lean, fromStory: day.reading.fromStory || a.reading.fromStory }) });
}

/** "yesterday afternoon at 2:19", "this evening at 8": a clock without a.m. or p.m. after a part of day is in it. */
function afterPartOfDay(ctx: Ctx, part: Candidate | undefined, clock: Candidate): Candidate | undefined {
  // (a clock that says its half of the day keeps it: "a wrap-up of the night at 7 a.m. tomorrow")
  if (!part || !isClock(clock) || part.reading.fields.partOfDay === undefined || word(ctx, clock.first - 1) !== 'at' || part.last !== clock.first - 1 || meridiemWritten(ctx, clock)) return undefined;
  const fields = inPartOfDay(clock.reading.fields, part.reading.fields.partOfDay);
  return fields === clock.reading.fields ? undefined : withCandidate(clock, { reading: withReading(clock.reading, { fields }) });
}

/**
 * A clock time told with its day, before it (across a bracketed aside or "on") or after it ("Thursday
 * at 7:05 a.m."), takes that day; both stay separate expressions.
 */
export function lendDaysToClocks(ctx: Ctx, hits: readonly Candidate[]): Candidate[] {
  return hits.map((a, k) => {
    if (clockOfDay(ctx, hits[k - 1], a)) return onDayOf(a, hits[k - 1]);
    const inPart = afterPartOfDay(ctx, hits[k - 1], a);
    if (inPart) return inPart;
    const b = hits[k + 1];
    // "9 p.m. last night", "6 a.m. this morning", "at 9:20 the next morning": the clock counts like its day
    // ("8:30 a.m. Eastern time tomorrow": across the zone named in words)
    if (b && (b.first === a.last || b.first === afterZoneNamed(ctx, a)) && isClock(a) && isDayPhrase(b) && !clockEndsSentence(ctx, a, b)) return withCandidate(a, { reading: withReading(a.reading, { shift: b.reading.shift, fields: inPartOfDay(a.reading.fields, b.reading.fields.partOfDay), dayLent: true }) });
    return b && dayOfClock(ctx, a, b) ? onDayOf(a, b) : a;
  });
}

/** Whether token `at` stands in the sentence holding token `from`, or in the one after it. */
function withinSentenceAfter(ctx: Ctx, from: number, at: number): boolean {
  const end = sentenceEndFrom(ctx, from, false);
  return end >= at || sentenceEndFrom(ctx, end + 1, false) >= at;
}

/** Tokens after an afternoon or evening clock within which a clock written without a.m. or p.m. follows it. */
const MERIDIEM_REACH = 25;

/**
 * "The flight left at 8:18 p.m. and radar contact was lost at 9:31": a clock written without a.m. or
 * p.m. soon after an afternoon or evening one, in its sentence or the next, is of the afternoon or evening too.
 */
export function lendMeridiems(ctx: Ctx, hits: readonly Candidate[]): Candidate[] {
  let out: Candidate[] | undefined;
  let evening: Candidate | undefined;
  let tonight: Candidate | undefined;
  // the last morning or night told: a spoken hour near it keeps to the small hours
  let small: Candidate | undefined;
  for (let k = 0; k < hits.length; k++) {
    const c = hits[k];
    const hour = c.reading.fields.hour;
    // "Tonight the President speaks at eight o'clock": an evening named before a clock of no a.m. or p.m.
    // ("a session on Sunday afternoon, which stretched past 5 o'clock": an afternoon before a clock of one to six)
    const part = c.reading.fields.partOfDay;
    if (part === 'EV' || part === 'NI' || part === 'AF') tonight = c.reading.generic || c.reading.fields.hour !== undefined ? undefined : c;
    if (part === 'MO' || part === 'NI') small = c;
    if (!isClock(c) || hour === undefined) continue;
    const afternoon = tonight?.reading.fields.partOfDay === 'AF';
    const fromHour = afternoon ? 1 : EVENING_HOURS_FROM;
    const toHour = afternoon ? AFTERNOON_HOURS_UNTIL : 12;
    // ("lifted off this afternoon. The launch came at 2:19": the sentence after may go on in it)
    if (tonight && !c.reading.shift && hour >= fromHour && hour < toHour && !meridiemWritten(ctx, c) && withinSentenceAfter(ctx, tonight.last, c.first) && c.first - tonight.last <= MERIDIEM_REACH) {
      out ??= [...hits];
      out[k] = pastNoon(c);
      continue;
    }
    // ("came back at 3:40 p.m. and stayed until 8 o'clock": a spoken hour may follow further on)
    const spoken = word(ctx, c.last - 1) === 'clock' && !meridiemWritten(ctx, c);
    // (a bare hour opening a range has its half of the day from the range's other end: "from 11 to 2 p.m.")
    const bare = (ctx.tokens.kind(c.last - 1) === NUM || spoken) && hour >= 1 && hour < 12 && hourOpeningRange(ctx, c.first, hour) === undefined;
    const lent = bare && evening && c.first - evening.last <= MERIDIEM_REACH && withinSentenceAfter(ctx, evening.last, c.first) && followsWithin(evening.reading.fields.hour ?? 24, hour + 12, spoken ? SPOKEN_SEQUEL_HOURS : SEQUEL_HOURS);
    // "read the verdict shortly before 2 o'clock": a spoken hour of one to five with no morning or night told near it is of the afternoon
    const afternoonSpoken = spoken && hour >= 1 && hour <= AFTERNOON_HOURS_SPOKEN && part === undefined && !c.reading.shift && !(small && c.first - small.last <= MERIDIEM_REACH && withinSentenceAfter(ctx, small.last, c.first));
    // ("8 p.m. local time, which was about 8 o'clock this morning Eastern": a morning told right after keeps the clock in it)
    const next = hits[k + 1];
    const morningAfter = next !== undefined && next.first - c.last <= 1 && next.reading.fields.partOfDay === 'MO';
    if ((lent || afternoonSpoken) && !morningAfter) {
      out ??= [...hits];
      out[k] = pastNoon(c);
      // ("kicked in at 2:36 p.m. ... resumed at 3:06, and at 3:30 the exchange closed": the afternoon runs on)
      evening = out[k];
      continue;
    }
    evening = hour >= 12 && hour < 24 && !bare ? c : undefined;
  }
  return out ?? (hits as Candidate[]);
}

/** The clock twelve hours on: of the afternoon or evening. */
function pastNoon(c: Candidate): Candidate {
  return withCandidate(c, { reading: withReading(c.reading, { fields: withFields(c.reading.fields, { hour: (c.reading.fields.hour ?? 0) + 12 }) }) });
}

/** The last spoken hour read as of the afternoon when nothing tells its half of the day ("at 5 o'clock"). */
const AFTERNOON_HOURS_SPOKEN = 5;

/** Words that close a span of clock times opened by "from": "from 4 to 8 p.m. Friday". */
const CLOCK_SPAN_JOINERS: ReadonlySet<string> = new Set(['to', 'until', 'till', 'through', '-', '\u2013']);

/** "from 4 to", "between 10pm and": the clock opens a span closed by the next. */
function opensClockSpan(ctx: Ctx, a: Candidate): boolean {
  const opener = word(ctx, a.first - 1);
  const joiner = word(ctx, a.last) || mark(ctx, a.last);
  return (opener === 'from' && CLOCK_SPAN_JOINERS.has(joiner)) || (opener === 'between' && joiner === 'and');
}

/**
 * "Visitation will be from 4 to 8 p.m. Friday", "open from 9 a.m. to 5 p.m. Saturday", "between 10pm
 * and 11pm on Sunday": the clock opening a span is on the day its closing clock is told with.
 */
export function lendDaysToSpanOpeners(ctx: Ctx, hits: readonly Candidate[]): Candidate[] {
  let out: Candidate[] | undefined;
  for (let k = 0; k + 1 < hits.length; k++) {
    const a = hits[k];
    const b = hits[k + 1];
    if (b.first !== a.last + 1 || !opensClockSpan(ctx, a)) continue;
    const day = b.reading.fields;
    if (!isClock(a) || !isClock(b) || a.reading.shift || a.reading.fields.weekday !== undefined || (day.weekday === undefined && day.day === undefined)) continue;
    const dayOnly = withFields(day, { hour: undefined, minute: undefined, second: undefined });
    out ??= [...hits];
    out[k] = onDayOf(a, withCandidate(b, { reading: withReading(b.reading, { fields: dayOnly }) }));
  }
  return out ?? (hits as Candidate[]);
}

/** The first hour of a clock told after "tonight" or "this evening" that is read past noon (two o'clock tonight is after midnight). */
const EVENING_HOURS_FROM = 5;

/** The clock says its half of the day: "8 p.m.", "8pm", "20:00", "08:00". */
function meridiemWritten(ctx: Ctx, c: Candidate): boolean {
  for (let k = c.first; k < c.last; k++) {
    const w = word(ctx, k);
    if (w === 'a' || w === 'p' || w === 'am' || w === 'pm' || w === 'noon' || w === 'midnight' || w === 'morning' || w === 'afternoon' || w === 'evening' || w === 'night') return true;
    if (ctx.tokens.kind(k) === NUM && ctx.text.charCodeAt(ctx.tokens.start(k)) === 48) return true;
  }
  return false;
}

/** Hours after an evening clock within which a bare clock is read as its sequel ("closed at 4 p.m. ... resumed at 9:30" is the next morning). */
const SEQUEL_HOURS = 3;

function followsWithin(first: number, then: number, hours: number): boolean {
  return then >= first && then - first <= hours;
}

/** Hours after an afternoon or evening clock within which an "o'clock" is read as its sequel ("at 3:40 p.m. ... until 8 o'clock"). */
const SPOKEN_SEQUEL_HOURS = 6;

/** The hour before which a clock told after "afternoon" is read past noon ("past 5 o'clock"; "at 9 o'clock" is no afternoon's). */
const AFTERNOON_HOURS_UNTIL = 7;

/** Words opening a stretch at one end of a period, or counted into it: "the first ten months of 1915", "the third week of October". */
const PERIOD_ENDS = new Set(['first', 'last', 'final', 'opening', 'closing', ...WEEKS_INTO_MONTH]);
/** The ends of PERIOD_ENDS that open a period. */
const OPENING_ENDS: ReadonlySet<string> = new Set(['first', 'opening']);

/** "the last two weeks", "the first ten months", "the last week": a stretch at one end of something. */
function stretchAtEnd(ctx: Ctx, c: Candidate): { unit: Unit; amount: number | undefined } | undefined {
  if (word(ctx, c.first) !== 'the' || !PERIOD_ENDS.has(word(ctx, c.first + 1))) return undefined;
  const length = c.reading.duration ?? c.reading.shift;
  return length && c.reading.type !== 'SET' ? { unit: length.unit, amount: length.amount } : undefined;
}

function isCalendarDate(c: Candidate): boolean {
  const f = c.reading.fields;
  return c.reading.type === 'DATE' && !c.reading.shift && (f.year !== undefined || f.month !== undefined || f.season !== undefined);
}

/**
 * "the last two weeks of February 1951", "the first ten months of 1915": one stretch of time as
 * history annotation tags it (P2W, P10M); news annotation tags the stretch and the date apart
 * ("the first nine months" of "1997"). So the joined hit is for narratives only and the two parts
 * for news only. The last refiner, so the others never see the overlapping readings.
 */
export function joinStretchesOfPeriods(ctx: Ctx, hits: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < hits.length; k++) {
    const a = hits[k];
    const b = hits[k + 1];
    const stretch = b && b.first === a.last + 1 && word(ctx, a.last) === 'of' && isCalendarDate(b) ? stretchAtEnd(ctx, a) : undefined;
    if (!stretch) {
      out.push(a);
      continue;
    }
    // "the last days of December", with no count, is the end of that December, as "the first days of May" is its start
    if (stretch.amount === undefined) {
      const mod = OPENING_ENDS.has(word(ctx, a.first + 1)) ? 'START' : 'END';
      out.push({ first: a.first, last: b.last, reading: withReading(b.reading, { mod }), parser: b.parser, rangeEnd: undefined });
      k++;
      continue;
    }
    // "the last two weeks of February 1951" is a stretch; "the last week of August" a date (WikiWars: DATE P1W)
    const joined = stretch.amount === 1 ? makeReading('DATE', { literal: durationValue(stretch.unit, 1), narrativeOnly: true }) : makeReading('DURATION', { duration: stretch, narrativeOnly: true });
    out.push({ first: a.first, last: b.last, reading: joined, parser: a.parser, rangeEnd: undefined });
    // in news the stretch is a length too: "the last week" of March is no week before the report
    // ("the second week" of January is no length: news keeps the month alone)
    const length = a.reading.shift ? withCandidate(a, { reading: makeReading('DURATION', { duration: stretch }) }) : a;
    if (!WEEKS_INTO_MONTH.has(word(ctx, a.first + 1))) out.push(asNewsOnly(length));
    out.push(asNewsOnly(b));
    k++;
  }
  return out;
}

function asNewsOnly(c: Candidate): Candidate {
  return withCandidate(c, { reading: withReading(c.reading, { newsOnly: true }) });
}