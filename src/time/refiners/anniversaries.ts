/**
 * Days of the year kept or remembered, and times kept every day. "In Bolivia, 23 March is the Day of the Sea", "15 August is
 * celebrated as ...": a day of the year told in the present as a day a people keeps is that day of any
 * year (XXXX-03-23), not a day of the story's year. "Ten years ago: Americans sat down to ...": in a
 * day's-history column an item headed so many years ago is this day of that year.
 */
import { isCapitalized, mark, word, type Ctx } from '../grammar.js';
import { sentenceEndFrom } from '../story.js';
import { timexValue } from '../calendar.js';
import { makeReading, withCandidate, withReading, type Candidate } from '../types.js';

/** Words that tell a day as one that is kept every year. */
const KEPT_WORDS = new Set(['celebrated', 'commemorated', 'observed', 'marked', 'remembered', 'honoured', 'honored', 'holiday', 'anniversary']);
/** Present-tense verbs that tell a kept day themselves ("Poles mark 11 November"). */
const KEEPING_VERBS = new Set(['celebrate', 'celebrates', 'commemorate', 'commemorates', 'mark', 'marks', 'observe', 'observes']);
/** Present-tense verbs that keep the telling in the present. */
const PRESENT = new Set(['is', 'are']);
/** How many tokens on each side of the day are read, never past a sentence end. */
const WINDOW = 8;

function isDayOfYear(c: Candidate): boolean {
  const f = c.reading.fields;
  return c.reading.type === 'DATE' && !c.reading.shift && !c.reading.literal && f.year === undefined && f.month !== undefined && f.day !== undefined && f.weekday === undefined;
}

/** Whether the sentence around the hit tells a kept day in the present, or as kept every year ("was celebrated every year"). */
function toldAsKept(ctx: Ctx, c: Candidate): boolean {
  let kept = false;
  let present = false;
  for (let k = c.first - 1; k >= c.first - WINDOW && ctx.tokens.kind(k) !== 0 && mark(ctx, k) !== '.'; k--) {
    if (KEEPING_VERBS.has(word(ctx, k))) return true;
    kept ||= KEPT_WORDS.has(word(ctx, k));
    present ||= PRESENT.has(word(ctx, k)) || yearly(ctx, k);
  }
  for (let k = c.last; k < c.last + WINDOW && ctx.tokens.kind(k) !== 0 && mark(ctx, k) !== '.'; k++) {
    // ("23 March is the Day of the Sea"; not "on 26 June, the first full day of the airlift")
    kept ||= KEPT_WORDS.has(word(ctx, k)) || (word(ctx, k) === 'day' && isCapitalized(ctx, k));
    present ||= PRESENT.has(word(ctx, k)) || yearly(ctx, k);
  }
  return kept && present;
}

/** "every year", "each year", "annually" at k: a day kept year after year, whatever the tense. */
function yearly(ctx: Ctx, k: number): boolean {
  const w = word(ctx, k);
  return w === 'annually' || ((w === 'every' || w === 'each') && word(ctx, k + 1) === 'year');
}

export function keptDaysOfYear(ctx: Ctx, hits: readonly Candidate[]): Candidate[] {
  let out: Candidate[] | undefined;
  for (let k = 0; k < hits.length; k++) {
    const c = hits[k];
    if (!isDayOfYear(c) || !toldAsKept(ctx, c)) continue;
    out ??= [...hits];
    // histories only: a news report's "Nov. 11 is a holiday" is most often this year's
    out[k] = withCandidate(c, { reading: makeReading('DATE', { literal: timexValue(c.reading.fields), newsReading: c.reading }) });
  }
  return out ?? (hits as Candidate[]);
}

/** Tokens of an item heading up to its colon ("Twenty-five years ago:"). */
const HEADING_TOKENS = 5;

/** "Ten years ago:" opening its line: so many years back from now, heading an item of the day's history. */
function itemHeading(ctx: Ctx, c: Candidate): number | undefined {
  const shift = c.reading.shift;
  if (!shift || shift.unit !== 'year' || shift.direction >= 0 || shift.anaphoric || shift.amount === undefined || c.reading.type !== 'DATE') return undefined;
  if (!(c.first === 0 || ctx.tokens.newline(c.first)) || c.last - c.first > HEADING_TOKENS || word(ctx, c.last - 1) !== 'ago' || mark(ctx, c.last) !== ':') return undefined;
  return shift.amount;
}

/** Item headings of a day's-history column read as that day so many years back, like "Ten years ago today". */
export function dayHistoryHeadings(ctx: Ctx, hits: readonly Candidate[]): Candidate[] {
  let out: Candidate[] | undefined;
  for (let k = 0; k < hits.length; k++) {
    const years = itemHeading(ctx, hits[k]);
    if (years === undefined) continue;
    out ??= [...hits];
    out[k] = withCandidate(hits[k], { reading: makeReading('DATE', { shift: { unit: 'day', amount: 0, direction: 0 }, yearStep: -years }) });
  }
  return out ?? (hits as Candidate[]);
}

/** Adverbs that tell a clock time as a habit: "usually opens at 9 a.m.". */
const HABITUAL: ReadonlySet<string> = new Set(['usually', 'normally', 'typically', 'generally', 'often', 'always', 'regularly', 'routinely']);
/** Tokens around a clock within which a set or a habitual adverb makes it a time of no day in particular. */
const HABIT_REACH = 12;

function isBareClock(c: Candidate): boolean {
  const f = c.reading.fields;
  return c.reading.type === 'TIME' && f.hour !== undefined && f.day === undefined && f.weekday === undefined && f.month === undefined && !c.reading.shift && !c.reading.set;
}

/** A set told close to the clock in its sentence: "Every morning at 6 a.m.", "6 a.m. workouts twice a week". */
function setBeside(ctx: Ctx, clock: Candidate, s: Candidate | undefined): boolean {
  if (s === undefined || s.reading.type !== 'SET' || Math.max(clock.first - s.last, s.first - clock.last) > HABIT_REACH) return false;
  return sentenceEndFrom(ctx, Math.min(s.last, clock.last)) >= Math.max(s.first, clock.first);
}

/** A habitual adverb a few words before the clock in its sentence: "usually opens at 9 a.m.". */
function habitBefore(ctx: Ctx, first: number): boolean {
  for (let j = first - 1; j >= 0 && j >= first - HABIT_REACH; j--) if (HABITUAL.has(word(ctx, j))) return sentenceEndFrom(ctx, j) >= first;
  return false;
}

/**
 * "Every morning at 6 a.m. he raises the flag", "6 a.m. workouts twice a week", "the store usually opens at
 * 9 a.m.": a clock told with a set or a habit beside it is a time of no day in particular (XXXX-XX-XXT06:00).
 */
export function habitualClocks(ctx: Ctx, hits: readonly Candidate[]): Candidate[] {
  let out: Candidate[] | undefined;
  for (let k = 0; k < hits.length; k++) {
    const c = hits[k];
    if (!isBareClock(c)) continue;
    if (!setBeside(ctx, c, hits[k - 1]) && !setBeside(ctx, c, hits[k + 1]) && !habitBefore(ctx, c.first)) continue;
    out ??= [...hits];
    out[k] = withCandidate(c, { reading: withReading(c.reading, { generic: true }) });
  }
  return out ?? (hits as Candidate[]);
}
