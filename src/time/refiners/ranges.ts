/**
 * Ranges: "from 1939 to 1945", "between May and July 1940", "23 October–4 November 1956",
 * "23–25 October". Both ends stay separate time expressions (as TimeML tags them); the first end
 * borrows the year (and month) it does not write from the second, and learns it opens a range.
 * Lists share a year the same way without being ranges: "in August and September 1914".
 */
import { dayAt, yearAt } from '../parsers/monthName.js';
import { partOfDayOf, withPartOfDay } from './merge.js';
import { DASHES, candidate, digitsAt, glued, isNum, mark, numAt, reading, word, type Ctx } from '../grammar.js';
import { MONTHS, ORDINAL_SUFFIXES } from '../lexicon.js';
import { timexValue } from '../calendar.js';
import { sentenceEndFrom } from '../story.js';
import { makeFields, makeReading, withCandidate, withFields, withReading, type Candidate, type Fields, type FieldsInit } from '../types.js';

function borrow(from: Fields, into: FieldsInit): Fields {
  const out = makeFields(into);
  if (out.month === undefined && out.day !== undefined && from.month !== undefined) out.month = from.month;
  // ("between Oct. 1 and the end of 1991": a year alone at the other end says nothing of this end's year)
  if (out.year === undefined && from.year !== undefined && (out.month !== undefined || out.season !== undefined) && (from.month !== undefined || from.season !== undefined || from.day !== undefined)) {
    out.year = from.year;
    if (from.bc) out.bc = true;
  }
  if (out.month === undefined && out.day !== undefined && from.month !== undefined) out.month = from.month;
  return out;
}

function isDateRangeEnd(c: Candidate): boolean {
  return c.reading.type === 'DATE' && !c.reading.shift && !c.reading.literal && (c.reading.fields.year !== undefined || c.reading.fields.month !== undefined || c.reading.fields.day !== undefined);
}

/** A bare day before a dash and a day-month hit: "23–25 October". */
function dayBeforeDash(ctx: Ctx, b: Candidate): Candidate | null {
  const dash = b.first - 1;
  const joiner = mark(ctx, dash) || word(ctx, dash);
  // "23–25 October", "the night of 4/5 June"
  if (!(DASHES.has(joiner) || joiner === '/' || joiner === 'and' || joiner === 'or' || joiner === 'to') || b.parser !== 'dayMonth' || b.reading.fields.month === undefined) return null;
  const at = isNum(ctx, dash - 1) ? dash - 1 : dash - 2;
  const day = dayAt(ctx, at);
  if (!day || day.end !== dash || day.day >= (b.reading.fields.day ?? 0)) return null;
  const fields = borrow(b.reading.fields, { day: day.day });
  const first = word(ctx, at - 1) === 'the' ? at - 1 : at;
  return { first, last: dash, reading: reading('DATE', { fields }), parser: 'range', rangeEnd: b };
}

/** Words after "to 5" that make it an amount or a clock: "to 5 percent", "to 5 million", "to 5 p.m.". */
const NOT_A_DAY_AFTER: ReadonlySet<string> = new Set(['percent', 'per', 'point', 'points', 'cents', 'degrees', 'million', 'billion', 'thousand', 'hundred', 'a', 'p', 'am', 'pm', 'o']);

/** The short second end of "1915-17" or "May 4 and 5": a bare number right after a date. */
function shortEnd(ctx: Ctx, a: Candidate, next: Candidate | undefined): Candidate | null {
  const joiner = mark(ctx, a.last) || word(ctx, a.last);
  const at = a.last + 1;
  if (!isNum(ctx, at) || (next && next.first <= at)) return null;
  const f = a.reading.fields;
  if (f.year !== undefined && f.month === undefined && f.decade === undefined && DASHES.has(joiner) && glued(ctx, at) && digitsAt(ctx, at) === 2 && !a.reading.shift) {
    const year = Math.floor(f.year / 100) * 100 + numAt(ctx, at);
    if (year <= f.year || isNum(ctx, at + 1)) return null;
    return candidate(at, at + 1, reading('DATE', { fields: { year } }), 'range');
  }
  // "from Jan. 10 to 18", "ran March 3 to 5", "Jan. 10 through 18"
  const spanned = joiner === 'to' || joiner === 'through';
  if (f.day !== undefined && f.month !== undefined && f.hour === undefined && (joiner === 'and' || joiner === 'or' || spanned || DASHES.has(joiner))) {
    const day = dayAt(ctx, at);
    if (!day || day.day <= f.day || MONTHS.has(word(ctx, day.end))) return null;
    const after = word(ctx, day.end);
    if (after.length > 3 && after.endsWith('s') && !ORDINAL_SUFFIXES.has(after)) return null;
    // "from May 4 to 5 percent", "on May 4 to 5 million", "to 5,000", "to 5 p.m.": an amount or a clock, not a day
    if (spanned && (NOT_A_DAY_AFTER.has(after) || (mark(ctx, day.end) === ',' && isNum(ctx, day.end + 1) && glued(ctx, day.end + 1)) || mark(ctx, day.end) === ':')) return null;
    const fields = withFields(f, { day: day.day });
    // "May 4 and 5, 1865": the year after the second day belongs to both
    const y = mark(ctx, day.end) === ',' ? day.end + 1 : day.end;
    const year = f.year === undefined ? yearAt(ctx, y) : undefined;
    if (year !== undefined) return candidate(at, y + 1, reading('DATE', { fields: withFields(fields, { year }) }), 'range');
    return candidate(at, day.end, reading('DATE', { fields }), 'range');
  }
  return null;
}

export function linkRanges(ctx: Ctx, hits: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < hits.length; k++) {
    const b = hits[k];
    // the rarer readings are only called when their first clue is there, so V8 compiles them apart
    const second = isNum(ctx, b.last + 1) ? shortEnd(ctx, b, hits[k + 1]) : null;
    if (second) {
      const year = b.reading.fields.year ?? second.reading.fields.year;
      const first = year === undefined ? b : withCandidate(b, { reading: withReading(b.reading, { fields: withFields(b.reading.fields, { year }) }) });
      out.push(withCandidate(first, { rangeEnd: second }), second);
      // "May 4 and 5, 1865": the year the second end took in is no hit of its own
      while (k + 1 < hits.length && hits[k + 1].first < second.last) k++;
      continue;
    }
    const a = out[out.length - 1];
    const lone = b.parser === 'dayMonth' ? dayBeforeDash(ctx, b) : null;
    if (lone && a && partOfDayOf(ctx, a, lone)) {
      const night = withPartOfDay(a, lone);
      // "the night of 14–15 September", "of 28/29 July 1588": one night, of its first day
      if (b.reading.fields.day === (lone.reading.fields.day ?? 0) + 1) {
        out[out.length - 1] = withCandidate(night, { last: b.last });
        continue;
      }
      // "the night of 1–5 May": the nights open on the first day
      out[out.length - 1] = withCandidate(night, { rangeEnd: b });
      out.push(b);
      continue;
    }
    if (lone && (!a || a.last <= lone.first)) {
      out.push(lone, b);
      continue;
    }
    // ("from Dec. 20, 2012, through Jan. 2": the comma closing the first date stands before the joiner)
    const gap = a ? b.first - a.last : 0;
    if (a && (gap === 1 || (gap === 2 && mark(ctx, a.last) === ','))) {
      const opened = openedRange(ctx, a, b, b.first - 1);
      if (opened) {
        // the closing end learns the opening end's year: "from Dec. 20, 2012, through Jan. 2" ends in 2013
        const closing = yearFromStart(opened.reading.fields, b);
        out[out.length - 1] = closing === b ? opened : withCandidate(opened, { rangeEnd: closing });
        out.push(closing);
        continue;
      }
    }
    // "began with the invasion on 10 July 1943 and continued until the surrender on 2 May 1945": a span told in one sentence
    if (a && !a.rangeEnd && toldAsSpan(ctx, a, b)) {
      out[out.length - 1] = withCandidate(a, { rangeEnd: b });
      out.push(b);
      continue;
    }
    out.push(b);
  }
  return out;
}

/** Tokens between the two dated ends of a span told in one sentence. */
const SPAN_GAP = 16;
/** Words before the closing end of a span: "continued until", "lasted till". */
const SPAN_CLOSERS: ReadonlySet<string> = new Set(['until', 'till']);

/** Two dates with their years, the later after "until" in the same sentence, a year or more apart. */
function toldAsSpan(ctx: Ctx, a: Candidate, b: Candidate): boolean {
  const from = a.reading.fields;
  const to = b.reading.fields;
  if (from.year === undefined || to.year === undefined || from.month === undefined || to.month === undefined || from.bc || to.bc || to.year <= from.year) return false;
  if (a.reading.shift || b.reading.shift || sentenceEndFrom(ctx, a.last) < b.first) return false;
  for (let k = a.last; k < b.first; k++) if (SPAN_CLOSERS.has(word(ctx, k))) return b.first - a.last <= SPAN_GAP;
  // ("The war began on 25 June 1950, when ..., and ended with the armistice on 27 July 1953": its opening and its close)
  for (let k = a.last; k < b.first; k++) if (SPAN_ENDINGS.has(word(ctx, k))) return b.first - a.last <= SPAN_GAP_OF_ENDING && openedJustBefore(ctx, a.first);
  return false;
}

/** Verbs closing a span whose opening the same sentence told ("began on ... and ended on ..."). */
const SPAN_ENDINGS: ReadonlySet<string> = new Set(['ended', 'concluded', 'closed']);
/** Tokens between the two ends of a span told with its opening verb and its closing one. */
const SPAN_GAP_OF_ENDING = 45;
/** Verbs opening a span. */
const SPAN_OPENINGS: ReadonlySet<string> = new Set(['began', 'started', 'opened', 'erupted']);
/** Words back from a date within which its span's opening verb stands ("began with the invasion on"). */
const OPENING_REACH = 6;

function openedJustBefore(ctx: Ctx, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - OPENING_REACH; j--) if (SPAN_OPENINGS.has(word(ctx, j))) return true;
  return false;
}

/** Month of a date's fields, for ordering the ends of a range within a year (a season by its first month). */
function monthOf(f: Fields): number | undefined {
  return f.month ?? (f.season === 'SP' ? 3 : f.season === 'SU' ? 6 : f.season === 'FA' ? 9 : undefined);
}

/** The year before (or, BC, after) the one in `f`: a range's start that falls later in its year than its end. */
function yearBefore(f: Fields): Fields {
  return withFields(f, { year: f.bc ? (f.year ?? 0) + 1 : (f.year ?? 0) - 1 });
}

/** A closing end without a year takes the opening end's, or the next when it falls earlier in the year ("Dec. 20, 2012, through Jan. 2"). */
function yearFromStart(start: Fields, b: Candidate): Candidate {
  const f = b.reading.fields;
  const from = monthOf(start);
  const to = monthOf(f);
  if (f.year !== undefined || start.year === undefined || from === undefined || to === undefined) return b;
  const next = to < from || (to === from && (f.day ?? 0) < (start.day ?? 0));
  const year = next ? (start.bc ? start.year - 1 : start.year + 1) : start.year;
  if (year < 1) return b;
  return withCandidate(b, { reading: withReading(b.reading, { fields: withFields(f, { year, bc: start.bc }) }) });
}

/** `a` opening a range that `b`, after the joiner at `at`, closes ("1939 to 1945", "May–July 1940"), or null. */
function openedRange(ctx: Ctx, a: Candidate, b: Candidate, at: number): Candidate | null {
  if (!isDateRangeEnd(a) || !isDateRangeEnd(b)) return null;
  const joiner = mark(ctx, at) || word(ctx, at);
  const opener = word(ctx, a.first - 1);
  const dashed = DASHES.has(joiner);
  const worded = (joiner === 'to' || joiner === 'until' || joiner === 'till' || joiner === 'through') && (opener === 'from' || opener === 'between') || (joiner === 'and' && opener === 'between');
  if (!dashed && !worded) return null;
  // "from 22 December to 7 January 1949": a start later in the year than the end lies in the year before
  const borrowed = borrow(b.reading.fields, a.reading.fields);
  const from = monthOf(borrowed);
  const to = monthOf(b.reading.fields);
  const crosses = a.reading.fields.year === undefined && borrowed.year !== undefined && from !== undefined && to !== undefined && from > to;
  return withCandidate(a, { reading: withReading(a.reading, { fields: crosses ? yearBefore(borrowed) : borrowed }), rangeEnd: b });
}

/** A month or season, without a day or a move: what a list shares a year among. */
/** A month or season, with its day or not: what a list may tell before the item that writes the year. */
function isMonthOrSeason(c: Candidate): boolean {
  const f = c.reading.fields;
  return c.reading.type === 'DATE' && !c.reading.shift && !c.reading.literal && (f.month !== undefined || f.season !== undefined);
}

/** Words joining the dates of a list: "August and September 1914", "June, July and August". */
const LIST_JOINERS = new Set(['and', 'or', ',', '&']);

/** True when only list joiners stand between hits a and b ("and", ",", ", and"). */
function listed(ctx: Ctx, a: Candidate, b: Candidate): boolean {
  const gap = b.first - a.last;
  if (gap < 1 || gap > 2) return false;
  for (let k = a.last; k < b.first; k++) if (!LIST_JOINERS.has(mark(ctx, k) || word(ctx, k))) return false;
  return true;
}

/**
 * "in August and September 1914", "the spring and summer of 1944", "on 24 October and 10 November 1956":
 * a month, season or day listed before one that writes its year has that year too. Read right to left,
 * so a longer list passes it on.
 */
export function shareListedYears(ctx: Ctx, hits: readonly Candidate[]): Candidate[] {
  let out: Candidate[] | undefined;
  for (let k = hits.length - 2; k >= 0; k--) {
    const a = (out ?? hits)[k];
    const b = (out ?? hits)[k + 1];
    if (sharesEra(ctx, a, b)) {
      out ??= [...hits];
      out[k] = withCandidate(a, { reading: withReading(a.reading, { fields: withFields(a.reading.fields, { bc: b.reading.fields.bc }) }) });
      continue;
    }
    // ("came in April, and the summer of 1814 was hot": a second noun phrase with its own article is no list)
    if (a.rangeEnd || a.reading.fields.year !== undefined || !isMonthOrSeason(a) || !isMonthOrSeason(b) || b.reading.fields.year === undefined || !listed(ctx, a, b)) continue;
    if (word(ctx, b.first) === 'the' && word(ctx, a.first) !== 'the' && mark(ctx, a.last) === ',') continue;
    const fields = borrow(b.reading.fields, a.reading.fields);
    if (fields.year === undefined) continue;
    out ??= [...hits];
    out[k] = withCandidate(a, { reading: withReading(a.reading, { fields }) });
  }
  return out ?? (hits as Candidate[]);
}

/**
 * "by next June or July", "last March and April": a month or season listed after one counted from now
 * is counted the same way. Read left to right, so a longer list passes it on.
 */
export function shareListedLeans(ctx: Ctx, hits: readonly Candidate[]): Candidate[] {
  let out: Candidate[] | undefined;
  for (let k = 1; k < hits.length; k++) {
    const a = (out ?? hits)[k - 1];
    const b = hits[k];
    const lean = a.reading.lean;
    if (!lean || a.reading.fromStory || b.reading.lean !== undefined || b.reading.fields.year !== undefined || b.reading.shift || !isMonthOrSeason(a) || !isMonthOrSeason(b) || !listed(ctx, a, b)) continue;
    out ??= [...hits];
    out[k] = withCandidate(b, { reading: withReading(b.reading, { lean }) });
  }
  return out ?? (hits as Candidate[]);
}

/** "the 8th and 7th centuries BC", "the 750s to 720s BC": a century or decade listed before one that writes its era is of that era. */
function sharesEra(ctx: Ctx, a: Candidate, b: Candidate): boolean {
  const fa = a.reading.fields;
  const fb = b.reading.fields;
  if (fa.bc !== undefined || fb.bc === undefined || fa.year !== undefined || fb.year !== undefined) return false;
  const sameKind = (fa.century !== undefined && fb.century !== undefined) || (fa.decade !== undefined && fb.decade !== undefined);
  const joined = listed(ctx, a, b) || (b.first - a.last === 1 && (word(ctx, a.last) === 'to' || DASHES.has(mark(ctx, a.last))));
  return sameKind && joined;
}

/** A day, weekday, month or season told without a year or a move: what a set may list ("every Tuesday and Thursday"). */
function isRecurrable(c: Candidate): boolean {
  const f = c.reading.fields;
  return c.reading.type === 'DATE' && !c.reading.shift && !c.reading.literal && f.year === undefined && (f.weekday !== undefined || f.month !== undefined || f.season !== undefined);
}

/**
 * "every Tuesday and Thursday", "every spring and summer", "each 13 March and 2 April": the items
 * listed after a set recur too. Read left to right, so a longer list passes it on.
 */
export function shareListedSets(ctx: Ctx, hits: readonly Candidate[]): Candidate[] {
  let out: Candidate[] | undefined;
  for (let k = 1; k < hits.length; k++) {
    const a = (out ?? hits)[k - 1];
    const b = hits[k];
    if (a.reading.type !== 'SET' || (a.parser !== 'every' && a.parser !== 'listedSet') || !isRecurrable(b) || !listed(ctx, a, b)) continue;
    const f = b.reading.fields;
    const reading = f.weekday !== undefined && f.day === undefined ? makeReading('SET', { set: true, fields: { weekday: f.weekday } }) : makeReading('SET', { literal: timexValue(f) });
    out ??= [...hits];
    out[k] = { first: b.first, last: b.last, reading, parser: 'listedSet', rangeEnd: undefined };
  }
  return out ?? (hits as Candidate[]);
}
