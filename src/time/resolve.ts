/**
 * Anchoring: turns a reading into a TIMEX3 value, filling what the text leaves out from the
 * reference time (the DCT for news, the last mentioned date for narrative), and says which
 * components were written (known) and which were inferred (implied).
 */
import type { TimexAnchor, TimexType } from '../model/document.js';
import { addDays, astroYear, daysBetween, easterSunday, historicalWeekdayOf, weekdayOfWeekAway, yearsBetween, isoWeek, durationValue, edtfValue, precisionOf, shiftFields, timexValue, weekdayFits, weekdayOf, withAstroYear } from './calendar.js';
import { makeFields, overlay, withFields, withReading, type Fields, type Reading, type Shift } from './types.js';
import { CALENDAR_PATTERNS, type HolidayRule, type Unit } from './lexicon.js';

export interface ReferencePoint {
  fields: Fields;
  value: string;
  kind: TimexAnchor['kind'];
  timex: string | undefined;
  /** Token index where the story told it. */
  at: number | undefined;
  /** One end of a written range ("from 1980 to 1982"), which sums up a stretch. */
  rangeEnd: boolean;
  /** Whether the text wrote its year ("15 April 1989"), not the reference ("15 April"). */
  yearWritten?: boolean;
  /** Told in the past perfect ("had armed themselves during 1917"): background the story may return from. */
  flashback?: boolean;
  /** A day in news told in a clause looking ahead ("was due to fly back to Moscow today"): not yet where clocks told in the past stand. */
  plan?: boolean;
}

export interface ResolveEnv {
  mode: 'news' | 'narrative';
  dct?: ReferencePoint | undefined;
  /** Dates told so far, latest last (narrative anchors). */
  story: readonly ReferencePoint[];
  /** Direction the governing verb points: -1 past, 1 future, 0 unknown. */
  readonly tense: -1 | 0 | 1;
  /** Token index of the expression being resolved. */
  at?: number;
  /** Written right after "since": the time lies before the reference, whatever the nearest occurrence. */
  since?: boolean;
  /** The next year the text writes out after this expression, if any (where a narrative goes next). */
  nextYear?: number | undefined;
  /** Whether the token at `at` stands in the expression's own sentence. */
  inSentence?(at: number): boolean;
  /** Whether the day at token `at` is told in passing, in a comparison or a relative clause ("up from 1.4485 late Friday"). */
  toldInPassing?(at: number): boolean;
  /** A date after "in", "by" or "until" in a clause told with "will": never before the report. */
  readonly plainFuture?: boolean;
  /** Whether the hit starting at `at` writes a month's name, not a move ("last month"). */
  namesMonth?(at: number): boolean;
  /** Whether the year at `at` opens the expression's sentence as its frame ("In 1987, ..."). */
  framesSentence?(at: number): boolean;
  /** Whether the token at `at` stands in the expression's own clause (no stop, comma or colon between, a few words back). */
  inClause?(at: number): boolean;
  /** Whether the token at `at` stands in the expression's own paragraph (no line break between). */
  inParagraph?(at: number): boolean;
  /** Whether an article or possessive stands before the date at `at` ("the Dec. 21, 1988, bombing", "the Thursday"). */
  namesEvent?(at: number): boolean;
  /** Whether the year at `at` opens its sentence after "In" ("In 1956 the uprising began"). */
  opensSentence?(at: number): boolean;
  /** The word right before the expression ("in", "by", ...). */
  readonly wordBefore?: string;
  /** The hit's own first word ("that" in "that summer"). */
  readonly firstWord?: string;
  /** The dates a move counts from: the story with the background flashbacks it has left ("had beaten Austria in 1866. Two years later"). */
  movesFrom?: readonly ReferencePoint[];
  /** Whether the expression is told in the past perfect ("had locked the door at 11 p.m."). */
  readonly pastPerfect?: boolean;
  /** Days an anniversary report named as so many years ago ("Twenty-five years ago tonight"), captions included. */
  anniversaries?: readonly ReferencePoint[];
  /** Every whole day the body has told so far, the story's or not, latest last. */
  daysTold?: readonly ReferencePoint[];
  /** A report whose written years lie mostly far before it: it retells a past (see storyRetold). */
  readonly retelling?: boolean;
  /** The document holds photo captions: a gallery, whose body retells the past its pictures show. */
  readonly gallery?: boolean;
  /** The sentence opens with "Meanwhile": a thread told beside the story's, so a month may lie before its point. */
  readonly meanwhile?: boolean;
  /** Where the sentence before the expression counts a stretch of months other than a quarter ("For the first nine months"): the token of "months". */
  readonly monthsCounted?: number | undefined;
}

/** One shape for every result, as for readings (see types.ts): absent parts are undefined. */
export interface Resolved {
  type: TimexType;
  value: string;
  mod: string | undefined;
  edtf: string | undefined;
  precision: ReturnType<typeof precisionOf>;
  known: string[];
  implied: string[];
  anchor: TimexAnchor | undefined;
  /** The absolute fields, when the value is a calendar point that may anchor later expressions. */
  point: Fields | undefined;
}

const FIELD_ORDER: readonly (keyof Fields)[] = ['century', 'decade', 'year', 'half', 'quarter', 'season', 'month', 'week', 'day', 'weekday', 'partOfDay', 'hour', 'minute'];

function namesOf(f: Fields): string[] {
  const names: string[] = [];
  for (const k of FIELD_ORDER) if (f[k] !== undefined) names.push(k);
  return names;
}

/** Finest component a fields set needs from an anchor. */
function needsDay(f: Fields): boolean {
  return f.day === undefined && f.month === undefined && f.weekday === undefined && (f.partOfDay !== undefined || f.hour !== undefined);
}

/** Told dates back within which the story is still in the same days or year (a day, a year to anchor on). */
const NEAR_LOOKBACK = 20;

/** The latest story date with at least the given fields, staying within the latest date's year. */
function storyAnchor(env: ResolveEnv, wantDay: boolean, dayOnly = false): ReferencePoint | undefined {
  const latest = wantDay ? latestWithYear(env.story) : env.story[env.story.length - 1];
  if (!latest || !wantDay || latest.fields.day !== undefined) return latest;
  if (latest.rangeEnd) return dayWithinRange(env.story) ?? latest;
  for (let k = env.story.length - 2; k >= 0 && k >= env.story.length - NEAR_LOOKBACK; k--) {
    const p = env.story[k];
    // in news the day a report tells stays its day past a year mentioned in passing ("Freud died in 2011. The same evening")
    const otherYear = astroYear(p.fields) !== astroYear(latest.fields);
    if (otherYear && (env.mode !== 'news' || !dayOnly || latest.fields.month !== undefined)) break;
    if (p.fields.day !== undefined && (latest.fields.month === undefined || p.fields.month === latest.fields.month) && (!otherYear || nearNow(p, env))) return p;
  }
  return latest;
}

/** The latest point, past a century told after it ("the largest charge of the century. That evening"; a decade is where the story went). */
function latestWithYear(story: readonly ReferencePoint[]): ReferencePoint | undefined {
  const latest = story[story.length - 1];
  if (!latest || latest.fields.year !== undefined || latest.fields.century === undefined) return latest;
  for (let k = story.length - 2; k >= 0 && k >= story.length - 4; k--) if (story[k].fields.year !== undefined) return story[k];
  return latest;
}

/**
 * "on 17 September 1980 ... The war lasted from 1980 to 1982. Five days later": a range sums up a
 * stretch, so a move of days counts from the day told before it, when that day lies within it.
 */
function dayWithinRange(story: readonly ReferencePoint[]): ReferencePoint | undefined {
  let low = Infinity;
  let high = -Infinity;
  let k = story.length - 1;
  for (; k >= 0 && story[k].rangeEnd && story[k].fields.day === undefined; k--) {
    const year = astroYear(story[k].fields);
    if (year === undefined) return undefined;
    low = Math.min(low, year);
    high = Math.max(high, year);
  }
  const day = story[k];
  const year = day ? astroYear(day.fields) : undefined;
  return day && day.fields.day !== undefined && year !== undefined && year >= low && year <= high ? day : undefined;
}

/**
 * "The campaign lasted from 17 February 1915 to 9 January 1916. The bombardment began on 19 February":
 * a bare date that the range's last year would put after its end, and its first year within it, lies in the first.
 */
function beforeRangeEnd(env: ResolveEnv, ref: ReferencePoint, f: Fields): ReferencePoint {
  const story = env.story;
  const start = story[story.length - 2];
  if (ref !== story[story.length - 1] || !ref.rangeEnd || !start?.rangeEnd || ref.fields.month === undefined) return ref;
  const startYear = astroYear(start.fields);
  const endYear = astroYear(ref.fields);
  if (startYear === undefined || endYear === undefined || startYear >= endYear) return ref;
  // "from November 21, 1948 to January 31, 1949. On April 21": after the range in either year, the story goes on
  // ("to October 1920 ... on 12 October" is within that October)
  const after = ref.fields.day === undefined ? (f.month ?? 0) > ref.fields.month : compareWithin(f, ref.fields) > 0;
  // ("The war began on 25 June 1950 ... and ended on 27 July 1953. Seoul fell on 28 June": a span of whole days summed up
  // first, the story told from its opening)
  const opening = ref.fields.day !== undefined && start.fields.day !== undefined;
  // ("The siege began on 8 September 1941 and ended on 27 January 1944. German forces had crossed the border on 22 June":
  // told in the past perfect, a date before the opening day is a flashback from it, in its year)
  return (after || opening) && (compareWithin(f, start.fields) >= 0 || (opening && env.pastPerfect === true)) ? start : ref;
}

/**
 * For a move of hours or minutes: the clock time told with the story's latest day, when it came just
 * before it ("at 10 a.m. on 27 July 1953 ... twelve hours later" counts from 10 a.m.).
 */
function clockAnchor(env: ResolveEnv): ReferencePoint | undefined {
  const latest = env.story[env.story.length - 1];
  const before = env.story[env.story.length - 2];
  if (!latest || latest.fields.hour !== undefined || !before || before.fields.hour === undefined) return undefined;
  const a = latest.fields;
  const b = before.fields;
  return a.day !== undefined && a.day === b.day && a.month === b.month && astroYear(a) === astroYear(b) ? before : undefined;
}

/** Tokens between the two years of a written range ("1961 to 1991", "1939–1945"). */
const RANGE_TOKENS = 3;

/** A passing mention lies at least this many years from the story told around it. */
const PASSING_MENTION_YEARS = 5;

/**
 * The latest story date that has a year (skipping decades and centuries), for dates without one.
 * A year far from the dates before it ("the Estates-General had last met in 1614", "documents
 * released in 2005 revealed") is passed over when the next year the text writes returns to them.
 */
function yearAnchor(env: ResolveEnv, move = false): ReferencePoint | undefined {
  let latest: ReferencePoint | undefined;
  for (let k = env.story.length - 1; k >= 0 && k >= env.story.length - NEAR_LOOKBACK; k--) {
    const point = env.story[k];
    const year = astroYear(point.fields);
    if (point.fields.year === undefined || year === undefined) continue;
    if (!latest) {
      // "Heavy fighting, 1920–1922. Kolchak was handed over in January and shot on 7 February 1920": the range's start
      const start = env.story[k - 1];
      if (point.rangeEnd && start?.rangeEnd && env.nextYear !== undefined && env.nextYear === astroYear(start.fields)) return start;
      latest = point;
      // "independent in 1960 and a republic three years later": the year a move counts from in its own sentence is no aside
      if (env.nextYear === undefined || (move && point.at !== undefined && env.inSentence?.(point.at))) return latest;
      continue;
    }
    const latestYear = astroYear(latest.fields) as number;
    if (year === latestYear) continue;
    // "from 1961 to 1991": the two ends of one range, neither an aside
    if (latest.at !== undefined && point.at !== undefined && latest.at - point.at <= RANGE_TOKENS) return latest;
    // the first earlier year: keep the latest unless it is an aside the text comes back from
    // ("broke out in 1918. Both sides had armed themselves during 1917. The fighting began on 27 January": a year of background, however near)
    const jump = Math.abs(latestYear - year) >= PASSING_MENTION_YEARS || (latest.flashback === true && latest.fields.month === undefined && latest.fields.season === undefined);
    const returns = Math.abs(env.nextYear! - year) < Math.abs(env.nextYear! - latestYear);
    return jump && returns ? point : latest;
  }
  return latest ?? env.story[env.story.length - 1];
}

function referenceFor(env: ResolveEnv, anaphoric: boolean, wantDay: boolean, dayOnly = false): ReferencePoint | undefined {
  if (env.mode === 'news' && !anaphoric) return env.dct ?? storyAnchor(env, wantDay, dayOnly);
  return storyAnchor(env, wantDay, dayOnly) ?? env.dct;
}

/** A result with its anchor set (the result is new: literal() makes one each call). */
function withAnchor(r: Resolved, anchor: TimexAnchor): Resolved {
  r.anchor = anchor;
  return r;
}

function anchorOf(ref: ReferencePoint): TimexAnchor {
  const a: TimexAnchor = { kind: ref.kind, value: ref.value };
  if (ref.timex) a.timex = ref.timex;
  return a;
}

function finish(type: TimexType, point: Fields, known: string[], reading: Reading, ref?: ReferencePoint): Resolved {
  const implied = namesOf(point).filter((k) => !known.includes(k));
  const edtf = edtfValue(point);
  return {
    type,
    value: timexValue(point),
    mod: reading.mod || undefined,
    edtf: edtf && reading.mod === 'APPROX' ? `${edtf}~` : edtf || undefined,
    precision: precisionOf(point) || undefined,
    known,
    implied,
    anchor: ref && implied.length > 0 ? anchorOf(ref) : undefined,
    point,
  };
}

function literal(reading: Reading, value: string): Resolved {
  return { type: reading.type, value, mod: reading.mod || undefined, edtf: undefined, precision: undefined, known: namesOf(reading.fields), implied: [], anchor: undefined, point: undefined };
}

/**
 * The month a partial date stands at within its year, for ordering. A winter the story has told,
 * named by the year it ends in, opens that year; a winter still to come is counted by its December.
 */
function monthInYear(f: Fields, toldWinter: boolean): number {
  if (f.month !== undefined) return f.month;
  if (f.quarter) return f.quarter * 3 - 2;
  if (f.season) return toldWinter && f.season === 'WI' ? 1 : seasonMonth(f.season);
  return 1;
}

/** Orders two partial dates sharing a year: negative when a is before b (b the story's, "the summer of 1920" after its spring). */
function compareWithin(a: Fields, b: Fields): number {
  const ma = monthInYear(a, false);
  const mb = monthInYear(b, true);
  if (ma !== mb) return ma - mb;
  return (a.day ?? 1) - (b.day ?? 1);
}

/** Months from b to a within one year (positive when a is later). */
function monthsBetween(a: Fields, b: Fields): number {
  const ma = a.month ?? (a.season ? seasonMonth(a.season) : 1);
  return ma - (b.month ?? 1);
}

/** The last month a month or season without a year covers (a winter counted by its December). */
function lastMonthOf(f: Fields): number {
  if (f.month !== undefined) return f.month;
  return f.season ? Math.min(seasonMonth(f.season) + 2, 12) : 1;
}

export function seasonMonth(s: string): number {
  return s === 'SP' ? 3 : s === 'SU' ? 6 : s === 'FA' ? 9 : 12;
}

/** Gives a month/day/season/quarter without a year the reference's year, nudged by lean or tense. */
function fillYear(reading: Reading, ref: ReferencePoint, env: ResolveEnv): Fields {
  const year = astroYear(ref.fields);
  if (year === undefined) return withFields(reading.fields, {});
  let out = withAstroYear(reading.fields, year);
  // ("This November the country marks the centenary", closing a history read in 2010: "this" speaks from the time of
  // writing, unless told in the past)
  if (reading.thisYear && ref.kind !== 'dct' && env.mode === 'narrative' && env.dct && env.tense >= 0) return fillYear(reading, env.dct, env);
  if (reading.thisYear) return out;
  // ("By mid-December the ground lost since February was retaken": a month after "since" lies before the story's point)
  if (ref.kind !== 'dct' && env.since && !reading.lean && reading.fields.day === undefined && ref.fields.month !== undefined) return withAstroYear(reading.fields, compareWithin(reading.fields, ref.fields) > 0 ? year - 1 : year);
  // ("The cities had met in the autumn of 481 BC ... In August Leonidas held the pass": after a flashback the story
  // goes on forward, so a month before the flashback's in its year is of the year after)
  // (not for a month told in the past perfect itself: "by 2 December they had fallen back ... rationing had been introduced in mid-October")
  if (ref.kind !== 'dct' && ref.flashback && env.pastPerfect !== true && !reading.lean && reading.fields.month !== undefined && reading.fields.year === undefined && (ref.fields.month !== undefined || ref.fields.season !== undefined) && monthInYear(reading.fields, false) < monthInYear(ref.fields, true)) return withAstroYear(reading.fields, year + 1);
  // ("Talks went on into January" after August: a story carried into a month goes forward to it)
  if (ref.kind !== 'dct' && env.wordBefore === 'into' && !reading.lean && reading.fields.month !== undefined && ref.fields.month !== undefined && reading.fields.month < ref.fields.month) return withAstroYear(reading.fields, year + 1);
  // ("The campaign ended on 10 January 1949. Meanwhile, in a campaign which began late in November": a thread told beside the story, the nearest November)
  // (the sentence's opening is read last: it is a walk back over the tokens)
  if (ref.kind !== 'dct' && !reading.lean && reading.fields.month !== undefined && reading.fields.year === undefined && ref.fields.month !== undefined && reading.fields.month - ref.fields.month > 6 && env.meanwhile) return withAstroYear(reading.fields, year - 1);
  // ("Through December and January": listed right after the story's December, January is the next one)
  if (ref.kind !== 'dct') return inStoryYear(reading, ref.fields, year, env.nextYear, ref.at !== undefined && env.at !== undefined && ref.at === env.at - 2);
  // Same year unless the text leans ("last April") or the tense points well away from the DCT.
  const cmp = compareWithin(reading.fields, ref.fields);
  const months = monthsBetween(reading.fields, ref.fields);
  const part = reading.fields.quarter ?? reading.fields.half;
  if (part !== undefined) {
    // a quarter or half still to come this year, told in the past, is last year's
    const partMonths = reading.fields.quarter !== undefined ? 3 : 6;
    const current = Math.ceil((ref.fields.month ?? 12) / partMonths);
    const later = part > current && (reading.lean ?? 0) <= 0;
    if (later && (env.tense <= 0 || justEndedFourthQuarter(reading.fields, ref.fields))) out = withAstroYear(reading.fields, year - 1);
    // one already over this year, told ahead ("a pickup by the third quarter" in December), is next year's;
    // the one just ended is still reported on ("will report third-quarter results" in October)
    const justEnded = part === current - 1 && ((ref.fields.month ?? 12) - 1) % partMonths < REPORTING_MONTHS;
    if (part < current && !justEnded && env.tense > 0) out = withAstroYear(reading.fields, year + 1);
  } else if (reading.lean) {
    // "last summer" told in June or August is the summer before: this year's has not ended yet
    if (reading.lean < 0 && lastMonthOf(reading.fields) >= (ref.fields.month ?? 1)) out = withAstroYear(reading.fields, year - 1);
    if (reading.lean > 0 && cmp <= 0) out = withAstroYear(reading.fields, year + 1);
  } else {
    // the nearest occurrence, the DCT's own year favoured by two months and the tense pulling five months its way
    // ("will meet in May" told in October: the DCT's own year is no favour against the tense)
    const against = (m: number) => (env.tense < 0 && m > 0) || (env.tense > 0 && m < 0);
    const bias = (m: number) => Math.abs(m) - (m === months && !against(m) ? 2 : 0) + (against(m) ? TENSE_PULL : 0);
    // (told ahead, a season still running is not over: "could revive the bills in the spring" told in April)
    const span = lastMonthOf(reading.fields) - (reading.fields.month ?? seasonMonth(reading.fields.season ?? 'SP'));
    // (told in the past after a word placing it, not a month of the year after the report: "Output peaked in January" told in December)
    const pastPlaced = env.tense < 0 && !reading.holiday && PAST_PLACING_WORDS.has(env.wordBefore ?? '');
    const options = [months - 12, months, months + 12].filter((m) => (!env.since || m <= 0) && (!env.plainFuture || m + span >= 0) && !(pastPlaced && m > 0 && m === months + 12));
    const best = options.reduce((a, b) => (bias(b) < bias(a) ? b : a));
    if (best !== months) out = withAstroYear(reading.fields, best < months ? year - 1 : year + 1);
  }
  return out;
}

/**
 * Words placing a month told in the past in the past: "peaked in January", "was high during February", "as recently as
 * March", "as of June" ("by Jan. 15", "until January" are deadlines; "crude for January" a contract month).
 */
const PAST_PLACING_WORDS: ReadonlySet<string> = new Set(['in', 'on', 'during', 'as', 'of', 'since', 'after', 'from', 'throughout']);

/** Months the tense pulls a month or season without a year its way from the nearest occurrence. */
const TENSE_PULL = 5;

/** Months into a year in which "the fourth quarter" is still the one just ended, whatever the tense ("will report fourth-quarter results"). */
const REPORTING_MONTHS = 2;

function justEndedFourthQuarter(f: Fields, dct: Fields): boolean {
  return f.quarter === 4 && dct.month !== undefined && dct.month <= REPORTING_MONTHS;
}

/**
 * A month, day or season without a year, told in a story whose last date is `ref` (of year `year`).
 * A month listed after another ("the carnage of November and January") does not step across the new
 * year from the story, only from a December listed just before it (`listedAfterRef`): "December and
 * January" run on, where "November and January" may look back.
 */
function inStoryYear(reading: Reading, ref: Fields, year: number, nextYear?: number, listedAfterRef = false): Fields {
  let target = year;
  if (reading.lean && reading.fields.season === 'WI') {
    // winters are named by the year they end in: the one after June or October 1854 is 1855's; the
    // one before October 1854 is 1854's, before January 1855 the winter then ending is 1855's
    const early = ref.month !== undefined ? ref.month <= 2 : ref.season === 'WI';
    return withAstroYear(reading.fields, reading.lean > 0 ? year + 1 : early ? year - 1 : year);
  }
  // a quarter or half leans back only from a report's date: in a story "the third quarter" after 1998 is 1998's
  const part = reading.fields.quarter !== undefined || reading.fields.half !== undefined;
  if (reading.lean && !part) {
    // "the following spring" after a bare year is in the next year
    const cmp = ref.month === undefined && ref.season === undefined ? 0 : compareWithin(reading.fields, ref);
    if (reading.lean > 0 && cmp <= 0) target = year + 1;
    // ("the previous summer" told on 10 July is last year's: this year's has not ended yet)
    const seasonRunning = reading.fields.season !== undefined && ref.month !== undefined && lastMonthOf(reading.fields) >= ref.month;
    // ("accepted on 18 July 1988 a resolution passed the previous July": the month the story is in is no previous one)
    const sameMonth = reading.fields.month !== undefined && reading.fields.day === undefined && reading.fields.month === ref.month;
    if (reading.lean < 0 && (cmp >= 0 || seasonRunning || sameMonth)) target = year - 1;
  } else if ((!reading.listed || (listedAfterRef && ref.month === 12)) && crossesNewYear(reading.fields, ref)) {
    // a story told forward: "January" just after a day in December is the next January
    target = year + 1;
  } else if (ref.season === 'WI' && ref.month === undefined && (reading.fields.month ?? 0) >= WINTER_OPENS) {
    // "The winter of 1941-42 was harsh. In December ...": the December it opened with, the year before its name
    target = year - 1;
  }
  // a winter is named by the year it ends in: the one after the autumn of 481 BC is 480 BC's
  if (reading.fields.season === 'WI' && target === year && inSecondHalf(ref)) target = year + 1;
  // "arrived in 1805. The city held out through the winter and surrendered in April 1806": after a bare
  // year, the winter the story goes on into when the next year it writes is the following one
  if (reading.fields.season === 'WI' && !reading.lean && target === year && ref.month === undefined && ref.season === undefined && ref.day === undefined && nextYear === year + 1) target = year + 1;
  return withAstroYear(reading.fields, target);
}

/** The first month of a winter's first year (a winter named by the year it ends in holds the December before). */
const WINTER_OPENS = 12;

function inSecondHalf(f: Fields): boolean {
  return f.month !== undefined ? f.month >= 7 : f.season === 'SU' || f.season === 'FA';
}

/** Months of a new year a story may step into from the end of the last without naming the year. */
const NEW_YEAR_STEP = 3;

/** A month early in the year told after a day or a month late in one, close ahead across the new year. */
function crossesNewYear(f: Fields, ref: Fields): boolean {
  // a month-long anchor from October on ("In December 1878 ... on 11 January")
  if (f.month === undefined || ref.month === undefined || f.month >= ref.month || (ref.day === undefined && ref.month < 10)) return false;
  return f.month + 12 - ref.month <= NEW_YEAR_STEP;
}

/**
 * A weekday near the reference day: before it in the past tense, after it in the future when `byTense`
 * (the report's day, or a day an anniversary remembers); after a story's day otherwise.
 */
function placeWeekday(reading: Reading, ref: ReferencePoint, env: ResolveEnv, byTense = ref.kind === 'dct'): Fields | null {
  const f = ref.fields;
  const year = astroYear(f);
  if (year === undefined || f.month === undefined || f.day === undefined) return null;
  const target = reading.fields.weekday ?? 1;
  const current = historicalWeekdayOf(year, f.month, f.day);
  // "this Sunday" is the coming one, unless told in the past ("this Monday he resigned")
  const lean = reading.lean || (byTense ? (reading.thisYear && env.tense === 0 ? 1 : env.tense) : 1);
  let delta = target - current;
  if (lean < 0 && delta > 0) delta -= 7;
  if (lean > 0 && delta < 0) delta += 7;
  if (lean === 0 && delta > 1) delta -= 7;
  if (reading.lean && delta === 0) delta = 7 * reading.lean;
  const [y, m, d] = addDays(year, f.month, f.day, delta);
  return withAstroYear({ month: m, day: d, weekday: target }, y);
}

/** Told dates a weekday naming one of them again ("that Wednesday") is looked for among. */
const NAMED_AGAIN_LOOKBACK = 8;

/** The latest whole day told (a bound or an aside included) that fell on `weekday`, among the last few days told. */
function dayToldOnWeekday(env: ResolveEnv, weekday: number): ReferencePoint | undefined {
  const told = env.daysTold ?? [];
  for (let k = told.length - 1; k >= Math.max(0, told.length - NAMED_AGAIN_LOOKBACK); k--) {
    const f = told[k].fields;
    const year = astroYear(f);
    if (year !== undefined && f.month !== undefined && f.day !== undefined && historicalWeekdayOf(year, f.month, f.day) === weekday) return told[k];
  }
  return undefined;
}

/** Holidays like Thanksgiving: the nth weekday of the month (and Election Day the day after one). */
function placeHoliday(rule: HolidayRule, year: number): Fields {
  const [month, weekday, n, after] = rule;
  const day = placeNthWeekday(month, weekday, n, year);
  if (!after) return day;
  const [y, m, d] = addDays(year, day.month!, day.day!, after);
  return withAstroYear({ month: m, day: d }, y);
}

function placeNthWeekday(month: number, weekday: number, n: number, year: number): Fields {
  if (month === 0) {
    const [easterMonth, easterDay] = easterSunday(year);
    const [y, m, d] = addDays(year, easterMonth, easterDay, weekday);
    return withAstroYear({ month: m, day: d }, y);
  }
  if (n > 0) {
    const first = weekdayOf(year, month, 1);
    return withAstroYear({ month, day: 1 + ((weekday - first + 7) % 7) + 7 * (n - 1) }, year);
  }
  const lastDay = addDays(year, month + 1 > 12 ? 1 : month + 1, 1, -1);
  const wd = weekdayOf(lastDay[0], lastDay[1], lastDay[2]);
  return withAstroYear({ month, day: lastDay[2] - ((wd - weekday + 7) % 7) }, year);
}

/** The same environment over other told dates (its lazy tense and the rest read through to it). */
function withStory(env: ResolveEnv, story: readonly ReferencePoint[]): ResolveEnv {
  return Object.create(env, { story: { value: story } }) as ResolveEnv;
}

function resolveShift(reading: Reading, storyEnv: ResolveEnv): Resolved {
  const shift = reading.shift!;
  const env = storyEnv.movesFrom && storyEnv.movesFrom.length !== storyEnv.story.length ? withStory(storyEnv, storyEnv.movesFrom) : storyEnv;
  if (env.mode === 'narrative' && shift.unit === 'day' && shift.amount === 0 && !shift.anaphoric && reading.fields.partOfDay === undefined && reading.fields.hour === undefined) {
    return literal(reading, 'PRESENT_REF');
  }
  // "the following year" in a history counts from the year the story is in, past a passing mention
  // ("that autumn" too: a part of a year needs a year, not the decade a sentence mentions in passing)
  const f = reading.fields;
  const partOfYear = f.season !== undefined || f.month !== undefined || f.quarter !== undefined || f.half !== undefined;
  const yearly = env.mode === 'narrative' && (shift.anaphoric || partOfYear) && (shift.unit === 'year' || shift.unit === 'decade' || shift.unit === 'century');
  const hourly = shift.anaphoric && (shift.unit === 'hour' || shift.unit === 'minute');
  const dayish = shift.unit === 'day' || shift.unit === 'week' || shift.unit === 'weekend';
  let told = (yearly ? yearAnchor(env, true) : undefined) ?? (hourly ? clockAnchor(env) : undefined) ?? referenceFor(env, !!shift.anaphoric, dayish, shift.unit === 'day');
  // ("since 1990 ... The day before last Tuesday's hearing ... in court the next morning": in news a move of days counts from
  // the latest whole day told, the report's own days included, not from a year or decade the story told before it)
  if (told && env.mode === 'news' && shift.unit === 'day' && shift.anaphoric && told.fields.day === undefined) told = dayToldSince(env, told) ?? told;
  if (told && env.dct && env.mode === 'news' && countsFromReport(env, shift, told, dayish)) told = env.dct;
  // ("poured gasoline on Feb. 18, 1996 ... She said he had threatened his supervisor during the previous month": in the past perfect, from the day retold)
  if (env.mode === 'news' && shift.anaphoric && env.pastPerfect === true) told = lastRetoldDate(env) ?? told;
  // ("The flood came in June 1993. The mayor spoke on Thursday. He was 19 that summer": "that" points back past the report's own days to the past it retells)
  if (told && env.mode === 'news' && shift.unit === 'year' && shift.amount === 0 && env.firstWord === 'that' && told.fields.day !== undefined && nearNow(told, env)) told = retoldBehind(env) ?? told;
  // ("a new memorial is planned for next year", closing a history read in 2009: told ahead, from the time of writing)
  if (env.mode === 'narrative' && env.dct && !shift.anaphoric && shift.direction > 0 && env.tense > 0) told = env.dct;
  // "reported a loss Tuesday. It will report again next month. On the same day ...": the same day as the last day told
  if (told && shift.unit === 'day' && shift.amount === 0 && shift.anaphoric && told.fields.day === undefined) told = dayOfYearTold(env, told) ?? told;
  // "rose in November, as a slump that began in the summer spread. It was 5.7 percent the previous month": a month counts from a month
  if (told && shift.unit === 'month' && shift.anaphoric && told.fields.month === undefined && told.fields.season !== undefined) told = monthToldBefore(env, told) ?? told;
  // ("A visitor at the memorial earlier this week", "last year's vigil": in a history told in pictures, a time counted
  // from now is the report's, not a day some caption before retold)
  const ref = toldAhead(env, shift, told) ? env.dct : env.mode === 'narrative' && !shift.anaphoric && told?.kind === 'caption' ? undefined : told;
  if (shift.amount === undefined) {
    const vague = shift.anaphoric && ref && env.mode === 'narrative' ? vagueAround(ref.fields, shift.unit) : undefined;
    if (vague && ref) return withAnchor(literal(withReading(reading, { type: 'DATE' }), vague), anchorOf(ref));
    return literal(withReading(reading, { type: 'DATE' }), shift.direction < 0 ? 'PAST_REF' : 'FUTURE_REF');
  }
  // a clock told with "this morning" and nothing to count from keeps its hour ("3 o'clock this morning")
  if (!ref && reading.fields.hour !== undefined) return finish(reading.type, reading.fields, namesOf(reading.fields), reading);
  if (!ref) return literal(reading, shift.direction < 0 ? 'PAST_REF' : shift.direction > 0 ? 'FUTURE_REF' : 'PRESENT_REF');
  const yearOnPeriod = shift.unit === 'year' && shift.amount === 1 && reading.periodic && env.mode === 'news';
  // "5.9 percent in November, up from 5.3 percent a year earlier": the same month a year away
  const month = yearOnPeriod ? monthInSentence(env) : undefined;
  const monthYear = month ? astroYear(month.fields) : undefined;
  if (month && monthYear !== undefined) return finish(reading.type, withAstroYear({ month: month.fields.month }, monthYear + shift.direction), namesOf(reading.fields), reading, month);
  // ("For the nine months, net was $61 million, down from $94 million a year earlier": the year before, not a quarter)
  const refYear = astroYear(ref.fields);
  const counted = yearOnPeriod ? env.monthsCounted : undefined;
  if (counted !== undefined) {
    // ("had sales of $1.4 billion last year, earned $61 million in the first nine months, down from $74 million a year earlier":
    // months counted with no year after them are the report's year's, not those of a year told before them)
    const monthsRef = env.dct && ref.kind !== 'dct' && ref.at !== undefined && ref.at < counted && (refYear ?? 0) < (astroYear(env.dct.fields) ?? 0) ? env.dct : ref;
    const monthsYear = astroYear(monthsRef.fields);
    if (monthsYear !== undefined) return finish(reading.type, withAstroYear({}, monthsYear + shift.direction), namesOf(reading.fields), reading, monthsRef);
  }
  const quarter = yearOnPeriod ? quarterInStory(env, reading) : undefined;
  if (quarter) {
    const q = samePartAYearAway(quarter.fields, shift.direction);
    if (q) return finish(reading.type, q, namesOf(reading.fields), reading, quarter);
  }
  // ("the heaviest selling of the new year", told in January: the year just begun)
  let n = shift.newYear && ref.fields.month === 1 ? 0 : shift.amount * shift.direction;
  // ("Let us see what happens by the weekend": a deadline, the coming one when no verb says otherwise)
  if (shift.unit === 'weekend' && n === 0 && ref.kind === 'dct' && (env.tense < 0 || (env.tense === 0 && env.wordBefore !== 'by'))) n = weekendBack(ref.fields, reading.thisYear === true);
  // "Tuesday of last week": that weekday of the week the move lands in
  if (shift.unit === 'week' && reading.fields.weekday !== undefined) {
    const day = weekdayOfWeekAway(ref.fields, n, reading.fields.weekday);
    if (day) return finish('DATE', day, namesOf(reading.fields), reading, ref);
  }
  const moved = shiftFields(ref.fields, shift.unit, n);
  if (!moved) {
    // the anchor is coarser than the move ("a week later" after "1913"): keep what is known, mark the rest unknown
    const vague = reading.fields.partOfDay === undefined ? vagueAround(ref.fields, shift.unit) : undefined;
    if (vague) return withAnchor(literal(reading, vague), anchorOf(ref));
    // ("at about 2:30 in the afternoon. That night": the part of day, not the clock told before it)
    const base = reading.fields.partOfDay !== undefined ? withFields(ref.fields, { hour: undefined, minute: undefined }) : ref.fields;
    return finish(reading.type, overlay(base, reading.fields), namesOf(reading.fields), reading, ref);
  }
  const point = overlay(moved, reading.fields);
  // a move of hours or minutes from a clock time lands on a clock time
  return finish(point.hour !== undefined && reading.type === 'DATE' ? 'TIME' : reading.type, point, namesOf(reading.fields), reading, ref);
}

/** The latest whole day the body told after the point `told` (none when it was told before it). */
function dayToldSince(env: ResolveEnv, told: ReferencePoint): ReferencePoint | undefined {
  const last = env.daysTold?.[env.daysTold.length - 1];
  return last && last.at !== undefined && told.at !== undefined && last.at > told.at ? last : undefined;
}

/** The latest day the story told in the year of `told`, within the near look-back. */
function dayOfYearTold(env: ResolveEnv, told: ReferencePoint): ReferencePoint | undefined {
  const year = astroYear(told.fields);
  for (let k = env.story.length - 1; k >= 0 && k >= env.story.length - NEAR_LOOKBACK; k--) {
    const p = env.story[k];
    if (p.fields.day !== undefined && p.fields.month !== undefined && astroYear(p.fields) === year) return p;
  }
  return undefined;
}

/** Story points back within which a month passed over by a season still anchors a move of months. */
const MONTH_LOOKBACK = 3;

function monthToldBefore(env: ResolveEnv, season: ReferencePoint): ReferencePoint | undefined {
  for (let k = env.story.length - 2; k >= 0 && k >= env.story.length - 1 - MONTH_LOOKBACK; k--) {
    const p = env.story[k];
    if (p.fields.month !== undefined && astroYear(p.fields) === astroYear(season.fields)) return p;
  }
  return undefined;
}

/** Units a year told alone cannot count a move of. */
const SHORT_MOVES: ReadonlySet<Unit> = new Set(['week', 'weekend', 'month', 'quarter']);

/** In news, moves the report's own time anchors whatever the story told last. */
function countsFromReport(env: ResolveEnv, shift: Shift, told: ReferencePoint, dayish: boolean): boolean {
  if (told === env.dct) return false;
  // "grew fast in the 1980s and must meet new standards by the end of the year": a decade names no year to be in
  if (shift.unit === 'year' && told.fields.year === undefined && (told.fields.decade !== undefined || told.fields.century !== undefined)) return true;
  // "It will be fixed in 2005. They will be back by the end of the century", "in the next century": a year ahead of a report names no century of its own
  const toldYear = astroYear(told.fields);
  const nowYear = env.dct ? astroYear(env.dct.fields) : undefined;
  if (shift.unit === 'century' && toldYear !== undefined && nowYear !== undefined && toldYear > nowYear) return true;
  // ("will triple over the next decade ... spend $2 billion over the next decade": a decade ahead of the report moves no decade on)
  if (shift.unit === 'decade' && told.fields.year === undefined && told.fields.decade !== undefined && nowYear !== undefined && told.fields.decade * 10 > nowYear) return true;
  // "The plant opened in 1975. Output will double in the next decade": told ahead, from the report's decade
  // ("narrow the 1973 decision ... expected the court to take it up within the next year or two": the same with a year)
  if ((shift.unit === 'decade' || shift.unit === 'century' || shift.unit === 'year') && shift.amount !== 0 && env.tense > 0 && toldYear !== undefined && nowYear !== undefined && toldYear < nowYear) return true;
  // "most of the day" after "next year" is the report's day ("that same day" keeps to the story)
  // ("plan to begin a count on Saturday. ... stayed out of sight for most of the day": nor is a day still ahead the day told in the past)
  if (shift.byArticle && dayish && (told.fields.day === undefined || aheadOfPastClock(env, told))) return true;
  // "rose over the summer and should recover by the end of the month": a season names no month to be in
  if (shift.byArticle && shift.unit === 'month' && told.fields.month === undefined) return true;
  // "The fund pledged aid in October. Banks have until the end of the month": the report's month, a
  // month told in another sentence being the story's past ("two more followed by the end of the month"
  // told in the past stays in the story's month; "has doubled since the start of the year" is the report's year)
  if (shift.byArticle && (shift.unit === 'month' || shift.unit === 'year') && told.at !== undefined && !env.inSentence?.(told.at) && (env.tense >= 0 || env.since)) return true;
  // ("named president in March 1987, will leave at the end of the month": told ahead, a month retold from years back is no month to be in)
  if (shift.byArticle && (shift.unit === 'month' || shift.unit === 'year') && env.tense > 0 && yearsBeforeReport(env, told) >= RETOLD_YEARS) return true;
  // ("bonds maturing in 2019. Investors who bought at the start of the year": a year ahead of the report, told in another sentence, is no year the report is in)
  if (shift.byArticle && shift.unit === 'year' && toldYear !== undefined && nowYear !== undefined && toldYear > nowYear && told.at !== undefined && !env.inSentence?.(told.at)) return true;
  // "The baht collapsed in 1997. Leaders will endorse a plan by the end of the week": told ahead of a story told to no day, the report's week
  if (shift.unit === 'week' && shift.amount === 0 && env.tense >= 0 && told.fields.day === undefined && told.fields.week === undefined) return true;
  // ("seized on April 23 ... said Monday he hoped to free the rest by the end of the week", in August): nor after a day months before the report
  if (shift.unit === 'week' && shift.amount === 0 && env.tense >= 0 && !nearNow(told, env)) return true;
  // "the following week", "the next quarter" told ahead after a bare year ("rose to 28% in 1987")
  return SHORT_MOVES.has(shift.unit) && !!shift.anaphoric && shift.amount !== 0 && env.tense >= 0 && told.fields.month === undefined && told.fields.week === undefined && told.fields.quarter === undefined;
}

/**
 * "Apple expects to ship it by the end of the year", after a mention of 1997 in a 1999 report: told
 * in the future, "the year" is not one the story has left behind but the report's own; nor is it a
 * date still ahead of the report that the story mentioned.
 */
function toldAhead(env: ResolveEnv, shift: Shift, told: ReferencePoint | undefined): boolean {
  if (env.mode !== 'news' || !shift.byArticle || !told || !env.dct || told.kind === 'dct') return false;
  const toldYear = astroYear(told.fields);
  const dctYear = astroYear(env.dct.fields);
  if (toldYear === undefined || dctYear === undefined) return false;
  // a deadline the story told ("an extension that ends May 1") is not where "the end of the month" is
  if (shift.unit === 'month') {
    const deadlineAhead = toldYear === dctYear && compareWithin(told.fields, env.dct.fields) > 0;
    // ("announced in August, is expected to close by the end of the month", told in December: a month gone by is no month ahead)
    const goneBy = toldYear < dctYear || (toldYear === dctYear && (told.fields.month ?? 13) < (env.dct.fields.month ?? 0));
    return deadlineAhead || (env.tense > 0 && goneBy);
  }
  // "will not recover until the middle of the decade", after a year gone by: the report's decade
  return (shift.unit === 'year' || shift.unit === 'decade') && env.tense > 0 && toldYear < dctYear;
}

/** "Hours later", "a few weeks later": the anchor with the moved unit unknown (1950-06-25TXX, 1792-WXX). */
function vagueAround(f: Fields, unit: Unit): string | undefined {
  const year = f.year === undefined ? undefined : (f.bc ? 'BC' : '') + String(f.year).padStart(4, '0');
  if (!year) return undefined;
  const month = f.month === undefined ? 'XX' : String(f.month).padStart(2, '0');
  const day = f.day === undefined ? 'XX' : String(f.day).padStart(2, '0');
  switch (unit) {
    case 'hour':
    case 'minute':
      return `${year}-${month}-${day}TXX`;
    case 'day':
      return `${year}-${month}-XX`;
    case 'week':
      return `${year}-WXX`;
    case 'month':
      return `${year}-XX`;
    default:
      return undefined;
  }
}

/** How many told dates a look-back may scan (keeps resolution linear in the text). */
export const STORY_LOOKBACK = 200;

/** The hour from which a clock told last is the night before the small hours told next. */
const NIGHT_HOURS = 18;
/** Hours of the small hours: "12:20 a.m." after "11:45 p.m." is past midnight. */
const SMALL_HOURS = 6;

/**
 * "The fight began at 11:45 p.m. Saturday. At 12:20 a.m., a caller reported shots": a clock of the
 * small hours told right after a night-time clock of the same day is on the day after, and so is a
 * bare morning told after an evening or a night.
 */
function pastMidnight(env: ResolveEnv, day: Fields, f: Fields): Fields {
  // ("at 10:30 p.m. on Thursday. Shortly after midnight": the clock may stand just before its day)
  const latest = env.story[env.story.length - 1];
  const before = env.story[env.story.length - 2];
  const last = latest && latest.fields.hour === undefined && latest.fields.partOfDay === undefined && before?.fields.hour !== undefined && before.fields.day === latest.fields.day ? before : latest;
  const year = astroYear(day);
  // ("the evening of 3 December 1971 ... shortly after midnight": an evening or a night told last counts as a night-time clock)
  // ("the afternoon of 15 October 1987 ... Shortly after midnight, gusts began": an afternoon told last too)
  const eveningTold = last !== undefined && (last.fields.hour !== undefined ? last.fields.hour >= NIGHT_HOURS : last.fields.partOfDay === 'EV' || last.fields.partOfDay === 'NI');
  const nightTold = eveningTold || last?.fields.partOfDay === 'AF';
  // ("had slept six hours last night. Controllers spent much of the morning ...": the morning after the night told)
  // (not a night looked back on from that day's morning: "at about 6:30 a.m., after a long night of wind. By late morning")
  const prior = env.story[env.story.length - (last === latest ? 2 : 3)];
  const morningAfter = f.partOfDay === 'MO' && f.hour === undefined && eveningTold && !(prior && last && sameDay(prior.fields, last.fields) && morningOf(prior.fields));
  if (!(morningAfter || (f.hour !== undefined && f.hour < SMALL_HOURS && nightTold)) || !last || year === undefined || day.month === undefined || day.day === undefined) return day;
  if (!sameDay(last.fields, day)) return day;
  const [y, m, d] = addDays(year, day.month, day.day, 1);
  return withAstroYear({ month: m, day: d }, y);
}

function sameDay(a: Fields, b: Fields): boolean {
  return a.day !== undefined && a.day === b.day && a.month === b.month && astroYear(a) === astroYear(b);
}

function morningOf(f: Fields): boolean {
  return f.hour !== undefined ? f.hour < 12 : f.partOfDay === 'MO';
}

/** The day before a day, or the day itself when it is not a whole date. */
function dayBefore(day: Fields): Fields {
  const year = astroYear(day);
  if (year === undefined || day.month === undefined || day.day === undefined) return day;
  const [y, m, d] = addDays(year, day.month, day.day, -1);
  return withAstroYear({ month: m, day: d }, y);
}

/**
 * "The war began on 12 July 2006 and ended on 14 August", in a report of 2009: a month or day without
 * its year, told in the sentence of a day dated a year or more before the report, shares that day's year.
 */
function yearInSentence(env: ResolveEnv, f: Fields): ReferencePoint | undefined {
  const last = env.story[env.story.length - 1];
  if (!env.dct || !last || last.at === undefined || last.fields.year === undefined || !env.inSentence?.(last.at)) return undefined;
  // (a bare year frames the sentence only when it opens it: "In 1987, it lost 23% on Oct. 19"; a month
  // and year frame the days of that month: "in April 1987, once on April 2")
  const sameMonth = last.fields.month !== undefined && last.fields.month === f.month && f.day !== undefined;
  if (last.fields.day === undefined && !sameMonth && (last.fields.month !== undefined || !env.framesSentence?.(last.at))) return undefined;
  const year = astroYear(last.fields);
  const now = astroYear(env.dct.fields);
  return year !== undefined && now !== undefined && now - year >= 1 ? last : undefined;
}

/** Story points back within which a retold year must have been written. */
const RETOLD_LOOKBACK = 8;

/**
 * "Crowds filled the square on May 1, 1968. Over the spring and summer, censorship was relaxed", told
 * fifty years on: a full date of a year long past, told just before in the past, frames a season told
 * in the past, and a season listed after it ("He resigned in April 1996 ... had argued throughout the
 * spring", told in 1998, does not).
 */
function retoldDateJustBefore(env: ResolveEnv): ReferencePoint | undefined {
  if (env.tense >= 0) return undefined;
  // (past a season it framed just before: "the spring and summer")
  for (let k = env.story.length - 1; k >= 0 && k >= env.story.length - 2; k--) {
    const told = env.story[k];
    if (!toldJustBefore(env, told, true)) return undefined;
    if (told.yearWritten === true && told.fields.day !== undefined) return yearsBeforeReport(env, told) >= RETOLD_YEARS ? told : undefined;
    if (told.fields.season === undefined) return undefined;
  }
  return undefined;
}

/**
 * "The demonstrations began in mid-April 1989, after a death on 15 April. By May, the crowds had
 * swelled": a report retelling a year two or more before its own goes on in that year until it says
 * otherwise, so a month or day without a year told next is of the year last written, when every date
 * told since that one lies in it.
 */
function retoldYear(env: ResolveEnv): ReferencePoint | undefined {
  const last = lastPastPassingEra(env);
  const yearsBack = last ? yearsBeforeReport(env, last) : -Infinity;
  // (told in the past, after two dates of that year at least: "will join NATO on March 12" after "invited in July 1997" is the report's)
  if (!last || yearsBack < RETOLD_YEARS || env.tense >= 0) return undefined;
  const year = astroYear(last.fields);
  // ("In 1956 the uprising began. On 4 November tanks returned": a year long past opening the sentence before)
  // ("That summer the police questioned him twice in June": a season of a year long past told just before, however told)
  if (last.fields.month === undefined) return !env.since && yearsBack >= RETOLD_BARE_YEARS && last.at !== undefined && (last.fields.season !== undefined || env.opensSentence?.(last.at) === true) && toldJustBefore(env, last, true) ? last : undefined;
  let written = false;
  let k = env.story.length - 1;
  // (the year written with a month or a day: "the 1938 hurricane, which struck on September 21 of that year" names a year in passing)
  // (two dates of that year, not one day told twice: "at 7:03 p.m. on Dec. 21, 1988")
  const days = new Set<string>();
  for (; k >= 0 && k >= env.story.length - RETOLD_LOOKBACK && astroYear(env.story[k].fields) === year; k--) {
    written ||= env.story[k].yearWritten === true && env.story[k].fields.month !== undefined;
    days.add(`${env.story[k].fields.month}-${env.story[k].fields.day}`);
  }
  if (written && days.size >= 2) return last;
  // ("The bomb exploded on April 19, 1995. The last bodies were recovered on May 4": one full date told just before is enough)
  return last.yearWritten === true && last.fields.day !== undefined && toldJustBefore(env, last) ? last : undefined;
}

/**
 * The story's last point, past a century or decade named in passing just after it ("on June 5, 1989 ...
 * one of the defining images of the 20th century. By the end of June": no year to be in).
 */
function lastPastPassingEra(env: ResolveEnv): ReferencePoint | undefined {
  const named = env.story[env.story.length - 1];
  const passing = named !== undefined && named.fields.year === undefined && (named.fields.century !== undefined || named.fields.decade !== undefined);
  return passing ? env.story[env.story.length - 2] : named;
}

/**
 * "Crowds gather on 23 October 1956.AFP / Nagy speaks on 28 October.AP": in a news gallery a caption's
 * date without a year is of the year its caption, or the caption before, wrote, when that lies years
 * before the report (a caption of the report's own days gives none).
 */
function captionYear(env: ResolveEnv): ReferencePoint | undefined {
  const last = lastPastPassingEra(env);
  return last && last.kind === 'caption' && yearsBeforeReport(env, last) >= RETOLD_YEARS ? last : undefined;
}

/** The day a gallery's captions before this one retold, years before the report. */
function retoldCaptionDay(env: ResolveEnv): ReferencePoint | undefined {
  const day = captionYear(env);
  return day?.fields.day !== undefined ? day : undefined;
}

/** Whole years from the point's year to the report's; -Infinity when either year is unknown, so no gap test passes. */
function yearsBeforeReport(env: ResolveEnv, told: ReferencePoint): number {
  return yearsBetween(told.fields, env.dct?.fields);
}

/** Days from the report within which a day told is the anniversary's week, not a day of the report's year told apart. */
const REPORTS_WEEK_DAYS = 7;

/** Days before and after an anniversary's day within which a day of its month, not told ahead, is of its year. */
const ANNIVERSARY_DAYS_BEFORE = 3;
const ANNIVERSARY_DAYS_AFTER = 10;

/**
 * "Twenty-five years ago tonight, the checkpoints opened ... / Crowds gather on the evening of 9 November.AFP":
 * in an anniversary report a day of the anniversary's month, close to its day, is of the year remembered,
 * whatever caption came before.
 */
function anniversaryOf(env: ResolveEnv, f: Fields): ReferencePoint | undefined {
  if (!env.anniversaries || env.anniversaries.length === 0 || f.year !== undefined || env.tense > 0) return undefined;
  // (not once the story has gone on to a year written since: "turned away from the camp as late as 1993. He died in April")
  // (nor after "this year", the report's own, or a day of it weeks before the report: "another kidnapping this year. On
  // 7 March, gunmen seized ... They were released on 24 March"; "On Sunday, parents gathered" is the anniversary's week)
  const last = env.story[env.story.length - 1];
  const reportsYear = last !== undefined && env.dct !== undefined && astroYear(last.fields) === astroYear(env.dct.fields) && (last.fields.month === undefined || Math.abs(daysBetween(last.fields, env.dct.fields) ?? 0) > REPORTS_WEEK_DAYS);
  const lastYear = last?.yearWritten === true || reportsYear ? astroYear(last.fields) : undefined;
  for (const a of env.anniversaries) {
    const day = a.fields.day;
    const month = a.fields.month;
    if (f.day !== undefined && month === f.month && day !== undefined && f.day >= day - ANNIVERSARY_DAYS_BEFORE && f.day <= day + ANNIVERSARY_DAYS_AFTER) return a;
    if (lastYear !== undefined && lastYear !== astroYear(a.fields)) continue;
    // ("Sixty years ago today ... The trouble had begun in May": a month told in the past leading up to the day remembered)
    // (not "killed since April", a stretch up to now)
    // ("Forty years ago today ... After the final at Wembley on 18 March": a day of an earlier month too)
    if (f.month !== undefined && month !== undefined && !env.since && (f.day === undefined ? env.tense < 0 && f.month <= month : env.tense <= 0 && f.month < month)) return a;
  }
  return undefined;
}

/**
 * "The strike began on 5 March 1984 ... The summer brought the worst of the violence. In June ...", told
 * in 2004: in a report retelling a far past, a date told in the past with no word from the time of
 * writing ("last", "next") goes on in the story while the story stands far back.
 */
function storyRetold(env: ResolveEnv, reading: Reading): boolean {
  if (env.retelling !== true || env.mode !== 'news' || reading.lean || env.since || env.tense > 0) return false;
  // (nor a date told in passing itself: "The trial, which opened on May 3, has heard 60 witnesses")
  if (env.at === undefined || env.toldInPassing?.(env.at) === true) return false;
  const last = env.story[env.story.length - 1];
  if (!last || last.at === undefined || last.fields.year === undefined) return false;
  // (a bare weekday is the report's week, "said Friday"; "the Thursday" is one of the story's, when it has a day to find its week in)
  const weekday = reading.fields.weekday !== undefined && reading.fields.day === undefined;
  if (weekday && (!afterArticle(env) || last.fields.day === undefined)) return false;
  // (a tense not written, "In December the chairman visited", only in a report remembering the story's year)
  const remembering = rememberedYear(env, last);
  if (env.tense === 0 && !remembering) return false;
  return framesRetelling(env, last, reading, remembering);
}

/**
 * The story's last point frames the hit: far back, told as the scene (not an event's name nor in
 * passing), in the hit's paragraph or, in a report remembering its year, a little past it; a bare
 * year only in its own clause or as the sentence's opening, and never for a clock or part of day.
 */
function framesRetelling(env: ResolveEnv, last: ReferencePoint, reading: Reading, remembering: boolean): boolean {
  const at = last.at;
  if (at === undefined || env.at === undefined || !farScene(env, last)) return false;
  // ("joined in 1952 and arrived in September", "In 1952 ..."; not "Carlisle, founded in 1915, had sales ... in its year ended Aug. 31")
  const bareYear = last.fields.month === undefined && last.fields.season === undefined;
  if (bareYear && ((env.inClause?.(at) !== true && env.opensSentence?.(at) !== true) || needsDay(reading.fields))) return false;
  // ("declaring victory on Jan. 1, 1959 ... ¶ ... perished ... in late November" is the report's November;
  // "Twenty-five years ago tonight ... ¶ The weather on the Wednesday was miserable" is the story's Wednesday)
  return env.at - at <= RETELLING_TOKENS && (env.inParagraph?.(at) === true || remembering);
}

/** "the Monday", "on the Thursday": a weekday with an article, one of the story's days rather than the report's. */
function afterArticle(env: ResolveEnv): boolean {
  return env.firstWord === 'the' || env.wordBefore === 'the';
}

/** The point lies in a year an anniversary report remembers ("Twenty years ago this month"), or the year after it. */
function rememberedYear(env: ResolveEnv, point: ReferencePoint): boolean {
  const year = astroYear(point.fields);
  return year !== undefined && (env.anniversaries ?? []).some((a) => {
    const remembered = astroYear(a.fields);
    return remembered !== undefined && year >= remembered && year <= remembered + 1;
  });
}

/**
 * The day an anniversary report remembers, for "the Monday" told in the past while the story stands in
 * that year: its week is where the story's weekdays fall.
 */
function weekRemembered(env: ResolveEnv): ReferencePoint | undefined {
  if (env.tense >= 0 || !afterArticle(env)) return undefined;
  const last = env.story[env.story.length - 1];
  if (!last || !rememberedYear(env, last)) return undefined;
  return env.anniversaries?.find((a) => a.fields.day !== undefined && astroYear(a.fields) === astroYear(last.fields));
}

/** A date written with its year after an article names an event ("the Dec. 21, 1988, bombing"); "the Thursday" does not. */
function namesEvent(env: ResolveEnv, told: ReferencePoint): boolean {
  return told.yearWritten === true && told.at !== undefined && env.namesEvent?.(told.at) === true;
}

/** Tokens back within which a retelling's story point still frames what its paragraph tells. */
const RETELLING_TOKENS = 300;

/** Story points looked back through for a retold date when a day told in the past would follow the report's. */
const RETOLD_DATE_LOOKBACK = 3;
/** Tokens back within which that retold date must have been told. */
const RETOLD_DATE_TOKENS = 150;

/**
 * The latest date told with its year written two or more years before the report, among the last few the
 * story told close before (with `bareYear`, a bare year told last too).
 */
function lastRetoldDate(env: ResolveEnv, bareYear = false): ReferencePoint | undefined {
  // (the report's own days told since, "later today", "by the end of this year", are passed over)
  // (the dates a retold year's own story went on in count once: "April 5, 1948 ... by mid-May ... that spring ... on June 2")
  let older = 0;
  let olderYear: number | undefined;
  for (let k = env.story.length - 1; k >= 0 && older < RETOLD_DATE_LOOKBACK; k--) {
    const told = env.story[k];
    if (told.at === undefined || env.at === undefined || env.at - told.at > RETOLD_DATE_TOKENS) return undefined;
    if (yearsBeforeReport(env, told) < RETOLD_YEARS) continue;
    // ("in 1977 he was named the league's best player. On Nov. 20, ...": a bare year told last frames a day told next)
    if (told.yearWritten === true && (told.fields.month !== undefined || (bareYear && k === env.story.length - 1))) return told;
    const year = astroYear(told.fields);
    if (older === 0 || year !== olderYear) older++;
    olderYear = year;
  }
  return undefined;
}

/**
 * "Thirty years ago, on 17 January 1991, the bombing began. ... [captions] ... struck Tel Aviv on 18
 * January", in a gallery told on 17 January 2021: a day told in the past that the report's year would
 * put after the report is of the latest date with its year written that the story retold, however far
 * back the captions pushed it.
 */
function writtenRetoldDate(env: ResolveEnv): ReferencePoint | undefined {
  for (let k = env.story.length - 1; k >= 0 && k >= env.story.length - RETOLD_LOOKBACK; k--) {
    const told = env.story[k];
    if (told.yearWritten === true && told.fields.month !== undefined && yearsBeforeReport(env, told) >= RETOLD_YEARS) return told;
  }
  return undefined;
}

/** The latest story point retold from two or more years before the report, past the report's own days told since. */
function retoldBehind(env: ResolveEnv): ReferencePoint | undefined {
  return latestRetold(env.story, env.dct?.fields, RETOLD_LOOKBACK);
}

/** Among the last `lookback` points of a story, the latest told from two or more years before the report. */
export function latestRetold(story: readonly ReferencePoint[], dct: Fields | undefined, lookback: number): ReferencePoint | undefined {
  for (let k = story.length - 1; k >= 0 && k >= story.length - lookback; k--) {
    if (yearsBetween(story[k].fields, dct) >= RETOLD_YEARS) return story[k];
  }
  return undefined;
}

/**
 * The day told last, when it was written with its weekday ("Thursday, October 13, 1966"), lies two or
 * more years before the report and stands close before the hit: a retold week the next bare weekdays
 * go on in (not one told ahead).
 */
function retoldWeekBefore(env: ResolveEnv): ReferencePoint | undefined {
  const last = env.story[env.story.length - 1];
  if (!last || env.tense > 0 || last.fields.day === undefined || last.fields.weekday === undefined || last.at === undefined || env.at === undefined) return undefined;
  if (yearsBeforeReport(env, last) < RETOLD_YEARS || env.at - last.at > RETOLD_WEEK_TOKENS) return undefined;
  return last;
}

/** Tokens after a retold day within which a bare weekday goes on in its week. */
const RETOLD_WEEK_TOKENS = 80;

/** The last point told, when it writes a year two or more before the report and stands just before the hit. */
function yearRetoldJustBefore(env: ResolveEnv): ReferencePoint | undefined {
  const last = env.story[env.story.length - 1];
  return last && last.yearWritten === true && yearsBeforeReport(env, last) >= RETOLD_YEARS && toldJustBefore(env, last, true) ? last : undefined;
}

/** Order of two dates by year, month and day (each date's missing parts as their first). */
function compareDays(a: Fields, b: Fields): number {
  const ya = astroYear(a);
  const yb = astroYear(b);
  if (ya === undefined || yb === undefined) return 0;
  return ya !== yb ? ya - yb : (a.month ?? 1) !== (b.month ?? 1) ? (a.month ?? 1) - (b.month ?? 1) : (a.day ?? 1) - (b.day ?? 1);
}

/** Years before the report from which a date told is one retold, not of the report's own days. */
export const RETOLD_YEARS = 2;

/** Years back from the report beyond which a year opening its sentence sets the year of the months told just after it. */
const RETOLD_BARE_YEARS = 5;

/**
 * The point was told within RETOLD_NEAR_TOKENS before the hit; with `reachesFar`, within FAR_RETOLD_TOKENS
 * when it lies far back and frames what follows (see framesFromFarBack). A single full date does not
 * reach far ("The jet exploded at 7:03 p.m. on Dec. 21, 1988 ... The trial, which opened on May 3").
 */
function toldJustBefore(env: ResolveEnv, told: ReferencePoint, reachesFar = false): boolean {
  if (told.at === undefined || env.at === undefined) return false;
  const distance = env.at - told.at;
  return distance <= RETOLD_NEAR_TOKENS || (reachesFar && distance <= FAR_RETOLD_TOKENS && framesFromFarBack(env, told));
}

/**
 * Years back from the report past which a retold date frames a longer stretch of text: "They scraped
 * promotion in the summer of 1977, finishing third ... Instead they won their opening game at Everton in
 * August", told forty years on, is that August; a report does not leap from 1977 to its own last August
 * unheralded.
 */
const FAR_RETOLD_YEARS = 8;
const FAR_RETOLD_TOKENS = 80;

/**
 * A date FAR_RETOLD_YEARS or more before the report, in the hit's paragraph, told as the scene: not an
 * event's name ("charged in the Dec. 21, 1988, bombing ... agreed in April"), nor a comparison ("far
 * smaller than the one on October 19, 1987 ... as recently as August"), nor across a paragraph's end
 * ("In 1986, Republicans lost eight seats. ¶ Clinton has stayed off the trail since the scandal broke in January").
 */
function framesFromFarBack(env: ResolveEnv, told: ReferencePoint): boolean {
  return told.at !== undefined && farScene(env, told) && env.inParagraph?.(told.at) === true;
}

/** A date FAR_RETOLD_YEARS or more before the report told as a scene: not an event's name, nor told in passing. */
function farScene(env: ResolveEnv, told: ReferencePoint): boolean {
  return told.at !== undefined && yearsBeforeReport(env, told) >= FAR_RETOLD_YEARS && !namesEvent(env, told) && env.toldInPassing?.(told.at) !== true;
}

/** Tokens after a full past date within which a month or day told in the past is of its year. */
const RETOLD_NEAR_TOKENS = 30;

/** "Next month the team plays on the 11th": in news a day of no month takes the month told close before it. */
function monthToldClose(env: ResolveEnv): ReferencePoint | undefined {
  const last = env.story[env.story.length - 1];
  return last && last.at !== undefined && env.at !== undefined && env.at - last.at <= NEARBY_TOKENS && last.fields.month !== undefined && last.fields.year !== undefined ? last : undefined;
}

/** Tokens within which a told day still frames a bare clock time. */
const NEARBY_TOKENS = 60;
/** Tokens within which "yesterday", the report's day before, frames a clock told in the past. */
const YESTERDAY_FRAME_TOKENS = 1000;

/**
 * "The court ruled yesterday ... [four sentences] ... The verdict was read shortly after 2 p.m.": in a
 * report of the day before, a clock told in the past with no day close by is that day's, when it is
 * the last day of the report's own weeks told (a day retold from years back, an earlier day, or a month
 * or year told in passing, stands aside).
 */
function yesterdayFrame(env: ResolveEnv): ReferencePoint | undefined {
  if (env.tense >= 0 || !env.dct || env.at === undefined) return undefined;
  const yesterday = dayBeforeValue(env.dct);
  const today = env.dct.value.slice(0, yesterday.length);
  const inStory = reportDayIn(env.story, env, yesterday, today);
  // (with no day of the report's own told as the story's, the one its lead told in passing: "The firm said yesterday that ... The
  // results came after the 4 p.m. close"; not "the department said today ... A governor said yesterday ... rallied by late afternoon")
  const found = inStory === undefined && env.daysTold ? leadDay(env.daysTold, env, yesterday, today) : inStory;
  return found ?? undefined;
}

/** Days told first in a report among which its lead's day is looked for. */
const LEAD_DAYS = 3;

/** The first day of the report's own (yesterday or today) its opening days tell, if it is yesterday and close enough. */
function leadDay(days: readonly ReferencePoint[], env: ResolveEnv, yesterday: string, today: string): ReferencePoint | undefined {
  const at = env.at ?? 0;
  for (let k = 0; k < days.length && k < LEAD_DAYS; k++) {
    const told = days[k];
    const day = told.value.slice(0, yesterday.length);
    if (told.at === undefined || at < told.at || (day !== yesterday && day !== today)) continue;
    return day === yesterday && at - told.at <= YESTERDAY_FRAME_TOKENS ? told : undefined;
  }
  return undefined;
}

/** The last day of the report's own weeks among `days` if it is yesterday, null if it is another, undefined if none is told close by. */
function reportDayIn(days: readonly ReferencePoint[], env: ResolveEnv, yesterday: string, today: string): ReferencePoint | null | undefined {
  const at = env.at ?? 0;
  for (let k = days.length - 1; k >= 0; k--) {
    const told = days[k];
    if (told.at === undefined || at - told.at > YESTERDAY_FRAME_TOKENS) return undefined;
    if (told.fields.day === undefined || told.fields.hour !== undefined || aheadOfPastClock(env, told) || yearsBeforeReport(env, told) >= RETOLD_YEARS) continue;
    // (days before it told in passing stand aside too: "Since troops rolled in last Thursday, ...")
    const day = told.value.slice(0, yesterday.length);
    // (and a day ahead of the report told as a plan in a sentence before: "The trial is to begin June 4. ... handed up at 2:15 p.m.")
    if (day > today && !env.inSentence?.(told.at)) continue;
    if (day < yesterday) continue;
    return day === yesterday ? told : null;
  }
  return undefined;
}

/** The day a value names, cut to the report's precision ("1991-02-28T08:00" against a DCT of "1991-02-28"), to compare with it. */
export function dayOfValue(value: string, dct: ReferencePoint): string {
  return value.slice(0, dct.value.length);
}

/** The value of the day before the report's. */
function dayBeforeValue(dct: ReferencePoint): string {
  return dct.fields.day === undefined ? '' : timexValue(dayBefore(dct.fields));
}

/**
 * "was due to fly back to Moscow today. Yeltsin climbed onto a tank shortly after noon": a day told as
 * still ahead is not where a clock told in the past stands, unless told in the clock's own sentence
 * ("would run a reduced timetable next Tuesday, with the last trains leaving at about 20:00").
 */
function aheadOfPastClock(env: ResolveEnv, told: ReferencePoint): boolean {
  return told.plan === true && env.tense < 0 && told.at !== undefined && env.inSentence?.(told.at) !== true;
}

/** Hours of the day each part of it holds, as [from, to) (the night runs past midnight). */
const PART_HOURS: Readonly<Record<string, readonly [number, number]>> = { MO: [5, 12], AF: [12, 18], EV: [17, 22], NI: [20, 28] };

/**
 * "on the night of Nov. 6, 2021. ... walked into the store shortly after 11 p.m.": a clock told in the past
 * that falls in the part of the day told last goes on in that scene, however long ago it was.
 */
function inPartToldLast(env: ResolveEnv, told: ReferencePoint, clock: Fields): boolean {
  const part = told.fields.partOfDay === undefined ? undefined : PART_HOURS[told.fields.partOfDay];
  if (part === undefined || clock.hour === undefined || env.tense >= 0 || told !== env.story[env.story.length - 1]) return false;
  const hour = clock.hour < part[0] && clock.hour + 24 < part[1] ? clock.hour + 24 : clock.hour;
  return hour >= part[0] && hour < part[1];
}

function nearbyDay(env: ResolveEnv, clock: Fields): ReferencePoint | undefined {
  if (env.at === undefined) return undefined;
  // the latest day told close by, past a year or month told in between ("Tuesday ... since the 2008 election, and by midnight")
  for (let k = env.story.length - 1; k >= 0; k--) {
    const told = env.story[k];
    if (told.at === undefined || env.at - told.at > NEARBY_TOKENS) return undefined;
    // ("was due to fly back today. Yeltsin climbed onto a tank shortly after noon": a plan's day is not yet the scene of a past clock)
    if (told.fields.day === undefined || told.fields.year === undefined || aheadOfPastClock(env, told)) continue;
    // ("ended at 1.4620 marks, up from 1.4485 late Friday ... The Fed entered the market shortly before 10 a.m.": a day told in passing is no scene)
    if (env.toldInPassing?.(told.at) === true && env.inSentence?.(told.at) !== true) continue;
    // a day far from the report frames only clock times in its own sentence ("on April 1, 1960, she watched ... at 2 a.m.")
    // ("The coup began on September 11, 1973. By 8:30 a.m. troops had the palace": told in the past just after it too)
    // (in a report remembering a day, a day of the year remembered frames the clocks after it: "On the morning of 16 June, ... By the evening")
    return sideOfNow(told, env) && (framesFromAfar(told, env) || env.inSentence?.(told.at) === true || retoldDayJustBefore(env, told) || captionYear(env) === told || ofYearRemembered(env, told) || inPartToldLast(env, told, clock)) ? told : undefined;
  }
  return undefined;
}

/**
 * "would reopen Saturday and depositors would have full access by 9 a.m.": a clock told ahead is of
 * the day still to come its sentence names (a plan, which the story does not move to).
 */
function planDayInSentence(env: ResolveEnv): ReferencePoint | undefined {
  if (env.tense <= 0 || !env.daysTold) return undefined;
  const last = env.daysTold[env.daysTold.length - 1];
  return last?.plan === true && last.at !== undefined && env.inSentence?.(last.at) === true ? last : undefined;
}

/** A day of the year an anniversary report remembers ("Sixty years ago today"), told in the past. */
function ofYearRemembered(env: ResolveEnv, told: ReferencePoint): boolean {
  return env.tense < 0 && env.anniversaries !== undefined && env.anniversaries.some((a) => a.fields.year === told.fields.year);
}

/** A day of a year two or more before the report, told just before a clock told in the past (a report retelling it). */
function retoldDayJustBefore(env: ResolveEnv, told: ReferencePoint): boolean {
  return env.tense < 0 && toldJustBefore(env, told, true) && yearsBeforeReport(env, told) >= RETOLD_YEARS;
}

/**
 * Days from the report within which a day told in a sentence before frames the clock times after
 * it: "The Dow set a record on July 16. ... London shares recovered in the afternoon", told on 7
 * August, is the afternoon of the report's yesterday; "The bombs went off on Aug. 7 ... shortly
 * after 10:30 a.m.", told two weeks on, is still that day.
 */
const FRAMING_DAYS = 21;

function framesFromAfar(told: ReferencePoint, env: ResolveEnv): boolean {
  const days = env.dct ? daysBetween(told.fields, env.dct.fields) : undefined;
  return days === undefined ? nearNow(told, env) : Math.abs(days) <= FRAMING_DAYS;
}

/** Months from the report within which a day told close by frames the clock times after it. */
const FRAMING_MONTHS = 2;

function nearNow(told: ReferencePoint, env: ResolveEnv): boolean {
  const now = env.dct?.fields;
  const year = astroYear(told.fields);
  const nowYear = now ? astroYear(now) : undefined;
  if (!now || year === undefined || nowYear === undefined) return true;
  return Math.abs(year * 12 + (told.fields.month ?? 1) - (nowYear * 12 + (now.month ?? 1))) <= FRAMING_MONTHS;
}

/** A day told close by frames a clock time only on the side of the DCT the tense points to ("told reporters at 3:15 p.m." after "next Monday" is today). */
function sideOfNow(told: ReferencePoint, env: ResolveEnv): boolean {
  if (!env.dct || env.tense === 0) return true;
  // (a clock of the report's day is on its day: "took effect at 8 a.m. today ... had fallen silent by midmorning")
  const day = dayOfValue(told.value, env.dct);
  const cmp = day < env.dct.value ? -1 : day > env.dct.value ? 1 : 0;
  return cmp === 0 || cmp === env.tense;
}

/** The same quarter or half a year before (-1) or after (1). */
function samePartAYearAway(f: Fields, direction: -1 | 0 | 1): Fields | null {
  const year = astroYear(f);
  if (f.half === undefined || year === undefined) return shiftFields(f, 'quarter', 4 * direction);
  return withAstroYear({ half: f.half }, year + direction);
}

/** Whether a quarter or half begins after the month of `now`. */
function startsAfter(part: Fields, now: Fields): boolean {
  const year = astroYear(part);
  const nowYear = astroYear(now);
  if (year === undefined || nowYear === undefined || now.month === undefined) return false;
  const firstMonth = part.quarter !== undefined ? (part.quarter - 1) * 3 + 1 : ((part.half ?? 1) - 1) * 6 + 1;
  return year > nowYear || (year === nowYear && firstMonth > now.month);
}

/** A month (of no day) told earlier in the sentence: the period "a year earlier" compares with. */
function monthInSentence(env: ResolveEnv): ReferencePoint | undefined {
  const last = env.story[env.story.length - 1];
  if (!last || last.at === undefined || last.fields.month === undefined || last.fields.day !== undefined || !env.inSentence?.(last.at) || !env.namesMonth?.(last.at)) return undefined;
  return env.dct && startsAfter({ ...last.fields, quarter: Math.ceil(last.fields.month / 3) }, env.dct.fields) ? undefined : last;
}

/** The quarter a financial story is about, for "a year ago" and "the year-ago period". */
function quarterInStory(env: ResolveEnv, reading: Reading): ReferencePoint | undefined {
  // the last quarter (or half: "the first half ... the same period last year") the report mentioned, however far back
  for (let k = env.story.length - 1; k >= 0 && k >= env.story.length - STORY_LOOKBACK; k--) {
    const f = env.story[k].fields;
    // a quarter still ahead of the report ("to close the merger in the third quarter of next year") has no results to compare
    if ((f.quarter !== undefined || f.half !== undefined) && !(env.dct && startsAfter(f, env.dct.fields))) return env.story[k];
    // ("160 million shares this year, compared with 161 million a year earlier": a year told since compares years)
    if (k === env.story.length - 1 && f.year !== undefined && f.month === undefined && f.season === undefined && f.week === undefined && env.story[k].at !== undefined && env.inSentence?.(env.story[k].at!)) return undefined;
  }
  if (reading.periodic === 'report' && env.dct) {
    const q = currentQuarter(env.dct);
    if (q) return { fields: q, value: timexValue(q), kind: 'dct', timex: undefined, at: undefined, rangeEnd: false };
  }
  return undefined;
}

/** "The weekend" told in the past from a weekday is the one before. */
function weekendBack(f: Fields, toldAsThis: boolean): number {
  const year = astroYear(f);
  if (year === undefined || f.month === undefined || f.day === undefined) return 0;
  // ("warned of blackouts if usage climbed again this weekend", told on a Thursday: the coming one;
  // "gathered over the weekend" told on a Thursday is the one gone)
  const weekday = weekdayOf(year, f.month, f.day);
  return weekday >= 6 || (toldAsThis && weekday > LAST_DAY_AFTER_A_WEEKEND) ? 0 : -1;
}

/** The last weekday on which "this weekend" told in the past is the one just gone (Wednesday). */
const LAST_DAY_AFTER_A_WEEKEND = 3;

/** The quarter a report calls "the quarter": the last finished one early in a quarter. */
function currentQuarter(ref: ReferencePoint): Fields | null {
  const year = astroYear(ref.fields);
  if (year === undefined || ref.fields.month === undefined) return null;
  const q = Math.ceil(ref.fields.month / 3);
  const early = ref.fields.month - (q - 1) * 3 <= 2 && ref.kind === 'dct';
  return early ? (shiftFields(withAstroYear({ quarter: q }, year), 'quarter', -1) ?? null) : withAstroYear({ quarter: q }, year);
}

/** The day before or after a resolved day ("the day after Christmas"); a day left unknown stays so. */
function dayStepped(r: Resolved, reading: Reading): Resolved {
  const moved = r.point && r.point.day !== undefined ? shiftFields(r.point, 'day', reading.dayStep ?? 0) : null;
  if (!moved) return r;
  const out = finish(reading.type, moved, r.known, reading);
  if (r.anchor) out.anchor = r.anchor;
  return out;
}

/** The same day, week or month some years away ("Fifty years ago today"). */
function yearStepped(r: Resolved, reading: Reading): Resolved {
  const year = r.point ? astroYear(r.point) : undefined;
  if (!r.point || year === undefined) return r;
  const out = finish(reading.type, yearsAway(r.point, year, reading.yearStep ?? 0), r.known, reading);
  if (r.anchor) out.anchor = r.anchor;
  return out;
}

/**
 * The point `step` years from its own (astronomical) `year`; a 29 February lands on the 28th of a year
 * without one ("Fifty years ago today", told on 29 February 2016, is 28 February 1966). A week keeps
 * its number: "Thirty years ago this week" spans days of two weeks as often as not, and readers differ.
 */
function yearsAway(point: Fields, year: number, step: number): Fields {
  const target = year + step;
  const leapDayLost = point.month === 2 && point.day === 29 && addDays(target, 2, 29, 0)[1] !== 2;
  return withAstroYear(leapDayLost ? withFields(point, { day: 28 }) : point, target);
}

/** The ISO week holding a resolved day ("the week of March 6"). */
function weekHolding(r: Resolved, reading: Reading): Resolved {
  const p = r.point;
  const year = p ? astroYear(p) : undefined;
  if (!p || year === undefined || p.month === undefined || p.day === undefined) return r;
  // ("the Memorial Day weekend": a Monday holiday closes the weekend before it)
  const [y, m, d] = reading.weekOf === 'weekend' && reading.holiday && weekdayOf(year, p.month, p.day) === 1 ? addDays(year, p.month, p.day, -2) : [year, p.month, p.day];
  const [wy, week] = isoWeek(y, m, d);
  const out = finish(reading.type, withAstroYear(reading.weekOf === 'weekend' ? { week, weekend: true } : { week }, wy), r.known, reading);
  if (r.anchor) out.anchor = r.anchor;
  return out;
}

export function resolveReading(reading: Reading, env: ResolveEnv): Resolved {
  const r = resolveAny(reading, env);
  return env.mode === 'news' && reading.fields.season === 'WI' ? winterByItsEnd(r, reading, env) : r;
}

/**
 * A winter the report places is named, like a history's, by the year it ends in: the reasoning above
 * finds its December (a winter "told" in March 1989 opened in December 1988, so 1989-WI). In January
 * and February "last winter" and "this winter" were already found by the year they end in.
 */
function winterByItsEnd(r: Resolved, reading: Reading, env: ResolveEnv): Resolved {
  const p = r.point;
  if (!p || p.year === undefined || p.month !== undefined || r.known.includes('year') || r.anchor?.kind !== 'dct') return r;
  const month = env.dct?.fields.month ?? 12;
  // "last winter" in February is the one before; "this winter" until spring the one ending this year
  if (((reading.lean ?? 0) < 0 && month <= 2) || (reading.shift?.direction === 0 && month <= 4)) return r;
  const ended = finish(r.type, withFields(p, { year: p.year + 1 }), r.known, reading);
  ended.anchor = r.anchor;
  return ended;
}

function resolveAny(reading: Reading, env: ResolveEnv): Resolved {
  if (reading.weekOf) return weekHolding(resolveReading(withReading(reading, { weekOf: undefined }), env), reading);
  if (reading.dayStep) return dayStepped(resolveReading(withReading(reading, { dayStep: undefined }), env), reading);
  if (reading.yearStep) return yearStepped(resolveReading(withReading(reading, { yearStep: undefined }), env), reading);

  if (reading.literal === 'ANCHOR') {
    const ref = storyAnchor(env, false);
    return ref ? finish(reading.type, ref.fields, [], reading, ref) : literal(reading, 'PRESENT_REF');
  }
  if (reading.literal) return literal(reading, reading.literal);
  // ("usually opens at 9 a.m.": a clock of no day in particular keeps its hour)
  if (reading.generic) return reading.fields.hour !== undefined ? finish(reading.type, reading.fields, namesOf(reading.fields), reading) : literal(reading, `XXXX-XX-XXT${reading.fields.partOfDay ?? ''}`);
  if (reading.vague) {
    const ref = referenceFor(env, env.mode === 'narrative', false);
    const vague = ref ? vagueAround(ref.fields, reading.vague) : undefined;
    return vague && ref ? withAnchor(literal(reading, vague), anchorOf(ref)) : literal(reading, 'XXXX-WXX');
  }
  if (reading.set) {
    // "every Sunday at 10 a.m.": the clock of each time (XXXX-WXX-7T10:00, daily XXXX-XX-XXT12:00)
    const f = reading.fields;
    // (the minute written out even at midnight: a set's clock is T24:00, not the T24 ending one day)
    const clock = f.hour !== undefined ? { hour: f.hour, minute: f.minute ?? 0 } : undefined;
    if (f.weekday !== undefined) return literal(reading, timexValue(makeFields({ weekday: f.weekday, ...clock })));
    if (clock && reading.duration?.unit === 'day' && (reading.duration.amount ?? 1) === 1) return literal(reading, timexValue(makeFields(clock)));
    const every = reading.duration!;
    // history annotation writes "daily" as the open calendar unit (XXXX-XX-XX), news as the period (P1D)
    const calendar = env.mode === 'narrative' && (every.amount ?? 1) === 1 ? CALENDAR_PATTERNS.get(every.unit) : undefined;
    return literal(reading, calendar ?? durationValue(every.unit, every.amount));
  }
  if (reading.type === 'DURATION' && reading.duration) {
    const r = literal(reading, durationValue(reading.duration.unit, reading.duration.amount));
    return r;
  }
  if (reading.shift) return resolveShift(reading, env);
  const f = reading.fields;
  const known = namesOf(f);
  if (reading.current) {
    const ref = referenceFor(env, false, false);
    let q = ref ? currentQuarter(ref) : null;
    if (q && f.year !== undefined) q = withFields(q, { year: f.year });
    return q && ref ? finish(reading.type, q, known, reading, ref) : literal(reading, 'XXXX-QX');
  }
  if (f.year !== undefined || f.decade !== undefined || f.century !== undefined) {
    const dated = inStoryEra(f, env);
    const point = reading.holiday && dated.year !== undefined ? overlay(dated, placeHoliday(reading.holiday, dated.year)) : dated;
    return finish(reading.type, point, known, reading);
  }
  const wantDay = needsDay(f) || f.weekday !== undefined;
  // (a season without a month follows a year framing its sentence or a gallery's caption, not a year retold earlier:
  // "Two years ago, prices topped $10 in the early summer"; "lawyers had argued throughout the spring" after 1996 is this spring)
  const sameSentence = env.mode !== 'news' || reading.lean ? undefined : f.month !== undefined ? anniversaryOf(env, f) ?? yearInSentence(env, f) ?? retoldYear(env) ?? captionYear(env) : f.season !== undefined ? yearInSentence(env, f) ?? retoldDateJustBefore(env) ?? captionYear(env) : undefined;
  const told = sameSentence ?? (env.mode === 'news' && f.day !== undefined && f.month === undefined ? monthToldClose(env) : undefined) ?? (env.mode === 'narrative' && !wantDay ? yearAnchor(env) ?? env.dct : referenceFor(env, env.mode === 'narrative' || reading.fromStory === true || storyRetold(env, reading), wantDay));
  const ref = told && env.mode === 'narrative' && f.month !== undefined ? beforeRangeEnd(env, told, f) : told;
  if (!ref) return finish(reading.type, f, known, reading);
  if (f.weekday !== undefined && f.day === undefined) {
    // ("leaves on one of the last helicopters on 30 April.AP / A tank crashes through the gate on Wednesday.AFP":
    // a gallery's weekday is of the week of the day the caption before retold)
    // (in an anniversary gallery, only of the year remembered: "Mourners light candles on Monday night" after a caption of 2000 is the report's week)
    const captionDay = env.mode === 'news' && !reading.lean ? captionYear(env) : undefined;
    const remembered = !env.anniversaries?.length || env.anniversaries.some((a) => a.fields.year === captionDay?.fields.year);
    // (news retelling a day from years back, written with its weekday, goes on in its week: "On Saturday, June 10, 1944, ... Early on Monday")
    const retoldDay = env.mode === 'news' && !reading.lean && ref.kind === 'dct' ? retoldWeekBefore(env) : undefined;
    // ("since April 19, 1995 ... went off at 9:02 a.m. on that Wednesday": the day told before on that weekday)
    const namedAgain = reading.fromStory && !reading.lean ? dayToldOnWeekday(env, f.weekday) : undefined;
    if (namedAgain) return finish(reading.type, overlay(namedAgain.fields, stripWeekday(f)), known, reading, namedAgain);
    // ("Twenty-five years ago tonight ... sailed on the Monday ... The weather on the Wednesday": the week of the day remembered)
    const rememberedWeek = env.mode === 'news' && !reading.lean && ref.kind === 'dct' && !retoldDay ? weekRemembered(env) : undefined;
    const weekRef = captionDay?.fields.day !== undefined && remembered ? captionDay : retoldDay ?? rememberedWeek ?? ref;
    const placed = placeWeekday(reading, weekRef, env, weekRef.kind === 'dct' || weekRef === rememberedWeek);
    return placed ? finish(reading.type, overlay(placed, stripWeekday(f)), known, reading, weekRef) : finish(reading.type, f, known, reading);
  }
  if (needsDay(f)) {
    // a clock time or part of day in news belongs to the day just told, if one was told close by
    // ("on the night of Aug. 17, 1979 ... arraigned on Monday. She had locked the door at 11 p.m.": told in the past perfect, the day retold)
    // (a gallery's caption goes on in the day the captions before it retold: "The Queen presented the trophy at about 5.15pm")
    const near = env.mode === 'news' ? (env.pastPerfect === true ? lastRetoldDate(env) : undefined) ?? nearbyDay(env, f) ?? planDayInSentence(env) ?? yesterdayFrame(env) ?? retoldCaptionDay(env) : undefined;
    const base = near ?? ref;
    const year = astroYear(base.fields);
    const day = year === undefined ? makeFields({}) : withAstroYear({}, year);
    day.month = base.fields.month;
    day.day = base.fields.day;
    // "two levees gave way overnight", told of the report's day: the night that ended this morning
    // (a dateline naming the report's day, "TOKYO, March 14 (Reuters)", is the report's day too)
    // ("the talks ran past midnight": the midnight that ended the night before the report's day, 24:00 of the day before)
    if ((reading.lean === 0 || f.hour === 24) && f.month === undefined && f.day === undefined && (base.kind === 'dct' || (env.dct !== undefined && dayOfValue(base.value, env.dct) === env.dct.value)) && env.tense < 0) return finish(reading.type, overlay(dayBefore(day), f), known, reading, base);
    return finish(reading.type, overlay(pastMidnight(env, day, f), f), known, reading, base);
  }
  // "the 20th": the month comes from the reference too
  const withMonth = f.day !== undefined && f.month === undefined && ref.fields.month !== undefined ? withReading(reading, { fields: monthOfDay(f, ref.fields, env.tense) }) : reading;
  let point = agreeWithWeekday(fillYear(withMonth, ref, env), env);
  // ("was not evacuated until April 27", reported on 26 April 2011 after "April 26, 1986": a day told in the past cannot follow the report's)
  // ("The river rose in 1993. It did not drop below flood stage until early October": nor can a month, after a year retold just before)
  const after = env.mode === 'news' && env.tense < 0 && ref.kind === 'dct' && compareDays(point, ref.fields) > 0;
  const retold = after && (f.day !== undefined || reading.holiday !== undefined) ? lastRetoldDate(env, !reading.lean) ?? (env.gallery ? writtenRetoldDate(env) : undefined) : after && f.month !== undefined && !reading.lean ? yearRetoldJustBefore(env) : undefined;
  if (retold) point = agreeWithWeekday(fillYear(withMonth, retold, env), env);
  if (reading.holiday && point.year !== undefined) point = overlay(point, placeHoliday(reading.holiday, astroYear(point) ?? point.year));
  return finish(reading.type, point, known, reading, ref);
}

/**
 * "In 413 BC the fleet was lost. In 411 the oligarchs seized power": a history told in years before
 * Christ drops the era once it is clear, so a year written without one is BC when that puts it
 * nearer the story's year (a year written "AD" or with a month of its own era stays as written).
 */
function inStoryEra(f: Fields, env: ResolveEnv): Fields {
  const year = middleYear(f);
  if (year === undefined || f.bc !== undefined || env.mode !== 'narrative') return f;
  const latest = env.story[env.story.length - 1];
  const now = latest ? astroYear(latest.fields) : undefined;
  if (now === undefined || now > 0) return f;
  const apart = Math.abs(1 - year - now);
  // ("In 701 BC ... In the 8th century the kingdom had been strong": a century or decade is read the
  // same way when clearly nearer, not "the 2nd century" after 10 BC)
  const period = f.year === undefined;
  const within = period ? PERIOD_ERA_DROPPED_WITHIN : ERA_DROPPED_WITHIN;
  const nearer = period ? PERIOD_CLEARLY_NEARER : 1;
  if (!(apart <= within && apart * nearer < Math.abs(year - now))) return f;
  // ("In 378 the emperor fell ... the worst disaster since Cannae in 216 BC. On 19 January 379 ...": the story
  // told in our era before the aside is nearer still)
  const before = latestYearOfOurEra(env);
  return before !== undefined && Math.abs(year - before) < apart ? f : withFields(f, { bc: true });
}

/** The year of the latest story date in our era, among the last few. */
function latestYearOfOurEra(env: ResolveEnv): number | undefined {
  for (let k = env.story.length - 2; k >= 0 && k >= env.story.length - NEAR_LOOKBACK; k--) {
    const year = astroYear(env.story[k].fields);
    if (year !== undefined && year > 0) return year;
  }
  return undefined;
}

/** The year in the middle of what a year, decade or century names (either era counts the same way from year 1). */
function middleYear(f: Fields): number | undefined {
  if (f.year !== undefined) return f.year;
  if (f.decade !== undefined) return f.decade * 10 + 5;
  return f.century === undefined ? undefined : f.century * 100 + 50;
}

/** Years from the story's BC year within which a year without an era is read in the same era ("c. 1450" after 466 BC is AD). */
const ERA_DROPPED_WITHIN = 200;
/** The same for a century or decade, measured from its middle year. */
const PERIOD_ERA_DROPPED_WITHIN = 300;
/** How many times nearer a century or decade must lie in the story's era to be read in it. */
const PERIOD_CLEARLY_NEARER = 3;

/**
 * "the 20th" takes the reference's month; "Friday the 13th" the month, of the reference's and the
 * ones beside it, whose 13th is a Friday (the one before first in the past, after first ahead).
 */
function monthOfDay(f: Fields, ref: Fields, tense: -1 | 0 | 1): Fields {
  const year = astroYear(ref);
  const month = ref.month!;
  const same = withFields(f, { month });
  if (f.weekday === undefined || f.day === undefined || year === undefined || weekdayFits(year, month, f.day, f.weekday)) return same;
  const order = tense > 0 ? [1, -1] : [-1, 1];
  for (const step of order) {
    const m = month + step;
    const [y, mm] = m < 1 ? [year - 1, 12] : m > 12 ? [year + 1, 1] : [year, m];
    if (weekdayFits(y, mm, f.day, f.weekday)) return withAstroYear(withFields(f, { month: mm }), y);
  }
  return same;
}

/** "Thursday, 30 November" told without a year: of the year found and the ones beside it, the one where the 30th is a Thursday. */
function agreeWithWeekday(f: Fields, env: ResolveEnv): Fields {
  const year = astroYear(f);
  if (f.weekday === undefined || f.day === undefined || f.month === undefined || year === undefined || weekdayFits(year, f.month, f.day, f.weekday)) return f;
  // (told in the past, not the year after the report: "came ashore on Monday, 29 August" told on 29 August 2015)
  const now = env.dct ? astroYear(env.dct.fields) : undefined;
  for (const other of [year - 1, year + 1]) if (weekdayFits(other, f.month, f.day, f.weekday) && !(env.tense < 0 && now !== undefined && other > now)) return withAstroYear(f, other);
  // "left Kathmandu in 1953. They reached the top on Friday, May 29" told in 2000: a year the story told that the weekday fits
  // (the background a flashback told counts: "had invaded on 22 June 1941. On Monday, 8 September")
  const story = env.movesFrom ?? env.story;
  for (let k = story.length - 1; k >= 0 && k >= story.length - WEEKDAY_YEAR_LOOKBACK; k--) {
    const told = astroYear(story[k].fields);
    if (told !== undefined && told !== year && weekdayFits(told, f.month, f.day, f.weekday)) return withAstroYear(f, told);
  }
  return f;
}

/** Story points back a written weekday looks for a year it fits. */
const WEEKDAY_YEAR_LOOKBACK = 8;

function stripWeekday(f: Fields): Fields {
  return withFields(f, { weekday: undefined });
}
