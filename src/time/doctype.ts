/**
 * Decides how a document tells its story when the user left it to us: news (anchored on the DCT)
 * or narrative (anchored on the last date told). Without a DCT only narrative anchoring is possible;
 * with one, a story whose written years lie far from it is history told later (WikiWars-like).
 */
import type { DocumentTypeDecision } from '../model/document.js';
import type { Candidate } from './types.js';
import { word, type Ctx } from './grammar.js';

/** Years from the DCT beyond which a written year belongs to a retold past. */
const FAR_YEARS = 8;

/** A text writing this many years for every word speaking from the time of writing tells a history. */
const DEICTIC_SHARE = 6;

/**
 * How strongly a hit speaks from the time of writing: "last week", "Tuesday" fully; "yesterday" and
 * "tomorrow" twice (a report's own frame: "died yesterday" opens an obituary, never a history);
 * "today" half, since histories close on it too ("Today the border is still disputed").
 */
function deixis(h: Candidate): number {
  const r = h.reading;
  // "Fifty years ago today": an anniversary told from the day of writing, as "fifty years ago" and "today" are
  if (r.yearStep) return 1.5;
  // a clock lent its weekday ("10 a.m. on Wednesday") speaks no more than the weekday does
  if (r.fields.hour !== undefined && r.fields.weekday !== undefined) return 0;
  // ("until the last minute", "in the last hour": a stretch of minutes or hours says little of when the text was written)
  if (r.shift && !r.shift.anaphoric && SHORT_SHIFTS.has(r.shift.unit)) return 0.5;
  if (r.shift && !r.shift.anaphoric) return r.shift.unit !== 'day' ? 1 : r.shift.amount === 0 ? 0.5 : r.shift.amount === 1 ? 2 : 1;
  // "next October", "the 1st of December last": a month counted from the time of writing ("the following April" counts from the story)
  if (r.lean && !r.fromStory && r.fields.month !== undefined && r.fields.year === undefined) return 1;
  // "Monday 29 October" is a written date, its weekday no word from the time of writing
  if (r.fields.weekday !== undefined && r.fields.year === undefined && r.fields.day === undefined && !r.set && !r.fromStory) return 1;
  return 0;
}

/** Tokens after a full date long before the report within which a bare weekday is a day of that date's week ("began on 14 July 1969 ... By Wednesday"; a dateline's "died on Monday" still speaks from the report). */
const STORY_WEEKDAY_TOKENS = 60;

/** The last hit before hits[k] that names a day of a month (clock times and moves told since skipped). */
function lastDayBefore(hits: readonly Candidate[], k: number): Candidate | undefined {
  for (let j = k - 1; j >= 0 && j >= k - DAY_LOOKBACK; j--) {
    const f = hits[j].reading.fields;
    if (f.day !== undefined && f.month !== undefined && !hits[j].reading.shift) return hits[j];
  }
  return undefined;
}

/** Hits back within which a bare weekday looks for the written date it follows. */
const DAY_LOOKBACK = 6;

/** A weekday with no day, month or move ("on Thursday", "Friday evening"). */
function bareWeekday(h: Candidate): boolean {
  const f = h.reading.fields;
  return f.weekday !== undefined && f.day === undefined && f.month === undefined && !h.reading.shift && !h.reading.set;
}

/** Whether hits[k] is a bare weekday of the week of a written date just before it, not a word from the time of writing. */
function weekdayOfStory(hits: readonly Candidate[], k: number, dctYear: number): boolean {
  const h = hits[k];
  const f = h.reading.fields;
  if (f.weekday === undefined || f.day !== undefined || h.reading.shift) return false;
  const before = lastDayBefore(hits, k);
  if (!before) return false;
  const b = before.reading.fields;
  // ("21 April 1916 ... On Easter Monday, 24 April ... on Tuesday": a day without its year takes the year written last)
  const year = b.year ?? lastYearBefore(hits, k);
  // ("Early on the evening of Monday, 14 July ... By Wednesday": a date written with its weekday is a story's too)
  const storyDate = (year !== undefined && dctYear - year > FAR_YEARS) || b.weekday !== undefined;
  // (a day long before the report frames the weekdays of the paragraphs after it: "began on 24 April 1916 ... On Wednesday")
  const reach = year !== undefined ? FAR_STORY_WEEKDAY_TOKENS : STORY_WEEKDAY_TOKENS;
  return storyDate && b.month !== undefined && b.day !== undefined && h.first - before.last <= reach;
}

/** The year the last hit before hits[k] that writes one writes, among the few before it (bounded: linear time). */
function lastYearBefore(hits: readonly Candidate[], k: number): number | undefined {
  for (let j = k - 1; j >= 0 && j >= k - YEAR_LOOKBACK_HITS; j--) {
    const f = hits[j].reading.fields;
    if (f.year !== undefined && !hits[j].reading.set) return f.bc ? -f.year : f.year;
  }
  return undefined;
}

/** Hits back within which a day without its year looks for the year written last. */
const YEAR_LOOKBACK_HITS = 40;

/** Tokens after a full date long before the report within which a bare weekday is of the story. */
const FAR_STORY_WEEKDAY_TOKENS = 300;

/** Units of a move too short to tell much of when the text was written. */
const SHORT_SHIFTS: ReadonlySet<string> = new Set(['hour', 'minute', 'second']);

/** Past verbs of a report's own news before a bare weekday: "died Sunday", "died on Sunday" (an obituary's lead). */
const NEWS_OF_THE_DAY: ReadonlySet<string> = new Set(['died']);
/** What "died on Sunday" weighs among the words speaking from the time of writing: an obituary's news of the day outweighs the long life it retells. */
const NEWS_OF_THE_DAY_WEIGHT = 3;

/** "He died on Sunday": a weekday an obituary or report opens on speaks from its time twice over. */
function newsOfTheDay(ctx: Ctx, h: Candidate): boolean {
  const f = h.reading.fields;
  if (f.weekday === undefined || f.day !== undefined || h.reading.shift) return false;
  const before = word(ctx, h.first - 1) === 'on' ? h.first - 2 : h.first - 1;
  return NEWS_OF_THE_DAY.has(word(ctx, before));
}

/**
 * A history of recent years ("began on 7 October 2001 ... on 23 October 2002", read in 2009) dates its
 * events with month and year, over several years, and hardly speaks from the time of writing; a report
 * writes few such dates and tells its news by "Tuesday", "yesterday", "last week".
 */
const RECENT_HISTORY_DATES = 3;
const RECENT_HISTORY_WEIGHT = 0.5;

/** A wire story's dateline opening the text: "THE HAGUE (AP) --", "GENEVA, March 3 (Reuters) -", "MILAN —". */
const DATELINE = /^\s*[A-Z][A-Z.' ]{1,40}(?:, [A-Za-z.]{2,12}(?: \d{1,2})?)?\s*(?:\([A-Za-z-]{2,12}\)\s*)?(?:--|—|–|-)\s/;
/** Characters the dateline is looked for in (the pattern is bounded there). */
const DATELINE_REACH = 120;

/** Days a text dates by month alone ("on June 3") that tell, with old years only and no word from now, a history. */
const UNDATED_DAYS = 2;

/** Days dated by month alone that tell a history without any month dated with its year. */
const MANY_UNDATED_DAYS = 4;

/** How many hits name a day of a month and no year. */
function undatedDays(hits: readonly Candidate[]): number {
  let days = 0;
  for (const h of hits) {
    const f = h.reading.fields;
    if (f.day !== undefined && f.month !== undefined && f.year === undefined && !h.reading.set && !h.reading.shift) days++;
  }
  return days;
}

/** How many hits name a month with its year, and over how many years. */
function datedYears(hits: readonly Candidate[]): { months: number; years: number } {
  const years = new Set<number>();
  let months = 0;
  for (const h of hits) {
    const f = h.reading.fields;
    if (f.year === undefined || f.month === undefined || h.reading.set) continue;
    months++;
    years.add(f.year);
  }
  return { months, years: years.size };
}

/** Where a text's last paragraph starts, when it has one after its first half; past the end otherwise. */
function closingParagraphStart(text: string): number {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) <= 32) end--;
  const blank = text.lastIndexOf('\n\n', end);
  const start = blank >= 0 ? blank : text.lastIndexOf('\n', end);
  return start > text.length / 2 ? start : text.length;
}

/** The years the hits write (a decade as its first year), before Christ as negative. */
function writtenYears(hits: readonly Candidate[]): number[] {
  return hits.map((h) => (h.reading.fields.bc ? -(h.reading.fields.year ?? 0) : h.reading.fields.year ?? (h.reading.fields.decade ?? Number.NaN) * 10)).filter((y) => !Number.isNaN(y));
}

/**
 * Most years a report writes lie more than FAR_YEARS before it: it retells a past (an anniversary, a
 * retrospective, an obituary), even when it speaks from its own day too much to be read as a history.
 */
export function retellsFarPast(dctYear: number | undefined, hits: readonly Candidate[]): boolean {
  if (dctYear === undefined) return false;
  const years = writtenYears(hits);
  return farYears(dctYear, years) * 2 > years.length;
}

/** How many of the years lie more than FAR_YEARS before the report's. */
function farYears(dctYear: number, years: readonly number[]): number {
  return years.filter((y) => dctYear - y > FAR_YEARS).length;
}

export function decideDocumentType(given: 'news' | 'narrative' | 'auto', dctYear: number | undefined, hits: readonly Candidate[], ctx: Ctx): DocumentTypeDecision {
  if (given !== 'auto') return { type: given, decidedBy: 'given', reason: `The user chose ${given} anchoring.` };
  if (dctYear === undefined) {
    return { type: 'narrative', decidedBy: 'auto', reason: 'The document has no creation date, so relative dates are anchored on the last date the text mentions.' };
  }
  const years = writtenYears(hits);
  if (years.length === 0) return { type: 'news', decidedBy: 'auto', reason: `The text writes no years, so relative dates are anchored on its creation date (${dctYear}).` };
  // only years long before the report retell a past: "by 2050", "in 2100" are a report's projections
  const far = farYears(dctYear, years);
  // the words speaking from now, and their weight ("today" counts half)
  let deictic = 0;
  let weight = 0;
  let bodyWeight = 0;
  const closing = closingParagraphStart(ctx.text);
  // ("Monday, 22 October ... on Wednesday ... On Thursday ... Friday evening": a day-by-day account goes on in the story's week)
  let lastStoryWeekday = -Infinity;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    // ("who waded ashore on D-Day ... died on Sunday": a death told with its weekday is the report's news, however old the date before it)
    const news = newsOfTheDay(ctx, h);
    const ofStory = !news && (weekdayOfStory(hits, k, dctYear) || (bareWeekday(h) && k - lastStoryWeekday <= DAY_LOOKBACK));
    if (ofStory) lastStoryWeekday = k;
    const d = news ? NEWS_OF_THE_DAY_WEIGHT : ofStory ? 0 : deixis(h);
    weight += d;
    // ("this month", "later this year", "next month", "today" in the closing paragraph speak of the present the history ends on)
    if (ctx.tokens.start(h.first) < closing || h.reading.shift === undefined) bodyWeight += d;
    if (d > 0) deictic++;
  }
  // a history closing on the present ("... Today the border is still disputed; talks resume later this year"):
  // the present named in its last paragraph alone does not make it news
  const storyWeight = bodyWeight === 0 ? 0 : weight;
  if (far * 2 > years.length && far >= 3 && far > 4 * storyWeight) {
    return { type: 'narrative', decidedBy: 'auto', reason: `${far} of the ${years.length} years the text writes lie more than ${FAR_YEARS} years before its creation date (${dctYear}) and few words (${deictic}) speak from the time of writing, so it retells the past.` };
  }
  // ("After Chancellorsville in early May 1863 ... on June 3 ... On the morning of July 1": old years only, then days, and not a word from now)
  // ("fought in August 2008 ... On 7 August ... on 11 August", read in 2010: a recent war told as history, the present named only at its close)
  const undated = undatedDays(hits);
  const dated = datedYears(hits);
  const allPast = years.every((y) => y < dctYear);
  // (or, with no month dated with its year, a run of days dated by month alone: "early 1968 ... 30 January ... 24 February ... 31 March")
  const toldPast = (far === years.length && weight === 0) || (allPast && storyWeight === 0 && (dated.months >= 1 || undated >= MANY_UNDATED_DAYS));
  // ("In the spring of 218 BC Hannibal left New Carthage ... the following year": an era before ours, and nothing from now)
  const beforeOurEra = hits.some((h) => h.reading.fields.bc === true);
  if (toldPast && (undated >= UNDATED_DAYS || (beforeOurEra && weight === 0)) && !DATELINE.test(ctx.text.slice(0, DATELINE_REACH))) {
    return { type: 'narrative', decidedBy: 'auto', reason: `Every year the text writes lies before its creation date (${dctYear}), it dates ${undated} days by month alone and no word in its body speaks from the time of writing, so it retells the past.` };
  }
  if (years.length >= 12 && weight * DEICTIC_SHARE < years.length && years.filter((y) => y > dctYear).length * 4 < years.length) {
    return { type: 'narrative', decidedBy: 'auto', reason: `The text writes ${years.length} years but only ${deictic} words speaking from the time of writing, so it tells a history.` };
  }
  if (storyWeight <= RECENT_HISTORY_WEIGHT && dated.months >= RECENT_HISTORY_DATES && dated.years >= 2 && years.length > 4 * storyWeight) {
    return { type: 'narrative', decidedBy: 'auto', reason: `The text dates ${dated.months} events by month and year, over ${dated.years} years, and ${deictic === 1 ? 'only 1 word speaks' : `${deictic} words speak`} from the time of writing, so it tells a history.` };
  }
  if (far * 2 > years.length) {
    return { type: 'news', decidedBy: 'auto', reason: `${far} of the ${years.length} years the text writes lie more than ${FAR_YEARS} years before its creation date (${dctYear}), but ${deictic === 1 ? '1 word speaks' : `${deictic} words speak`} from the time of writing, so it reports news that retells a past: dates told in the past with no year of their own follow the story it retells (choose --type narrative to anchor every date on the story).` };
  }
  return { type: 'news', decidedBy: 'auto', reason: `Most years the text writes lie near its creation date (${dctYear}), so it reports news.` };
}
