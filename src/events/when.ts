/**
 * When an event happened: the date its own sentence gives; else, when the sentence opens with a
 * same-day or next-day phrase ("By the evening", "That night", "The next day"), the date of the
 * latest dated sentence before it in the same paragraph; else nothing (`basis: 'none'`). An event
 * never borrows a date from another paragraph.
 */
import type { EventWhen, Sentence, Timex } from '../model/document.js';
import { shiftFields, timexValue } from '../time/calendar.js';
import { makeFields } from '../time/types.js';

type Bounded = { start: number; end: number };

const CALENDAR_PARTS = new Set(['year', 'month', 'day', 'weekday']);
const YEAR_OR_FINER = /^(?:BC)?\d{4}/;

/** A timex whose value names a calendar date or time, a decade ("198") or a century ("19") too (not a duration, set or unresolved value), before Christ too. */
export function isDated(timex: Timex): boolean {
  return (timex.type === 'DATE' || timex.type === 'TIME') && /^(?:BC)?\d{2}/.test(timex.value);
}

function precisionOf(timex: Timex): string | undefined {
  if (timex.precision) return timex.precision;
  const value = timex.value.startsWith('BC') ? timex.value.slice(2) : timex.value;
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return 'part-of-day';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}$/.test(value)) return 'year';
  return undefined;
}

export function whenFromTimex(timex: Timex, basis: EventWhen['basis']): EventWhen {
  const when: EventWhen = { timex: timex.id, value: timex.value, basis };
  const precision = precisionOf(timex);
  if (precision) when.precision = precision;
  return when;
}

/**
 * The date of the trigger's clause: a dated timex in the same clause, or in the adverbial that
 * opens the sentence ("On 4 November, ..."); failing both, any dated timex of the sentence. A
 * written calendar date wins over a nearer part of day ("On 27 May, ... in a dawn assault"); then
 * the nearest wins. `timexes` are the sentence's own.
 */
export function statedWhen(text: string, sentence: Bounded, timexes: readonly Timex[], trigger: Bounded): EventWhen | undefined {
  const dated = timexes.filter((t) => isDated(t) && !inGerundAfter(text, trigger, t) && !inRelativeAfter(text, trigger, t) && !movesOnAfterNextVerb(text, trigger, t));
  if (dated.length === 0) return undefined;
  const clause = clauseAround(text, sentence, trigger);
  const opener = openingAdverbialEnd(text, sentence);
  // (a decade or century is the event's time only told before it in its clause: "In the 1970s, he negotiated";
  // elsewhere it is background, "dating to the late 1960s")
  const local = dated.filter((t) => ((t.start >= clause.start && t.end <= clause.end) || t.end <= opener) && (YEAR_OR_FINER.test(t.value) || t.end <= trigger.start));
  // (a date told in a clause after the trigger's is that clause's: "About 4,500 soldiers arrived by sea, and on
  // June 17 British forces seized the peninsula" gives the arrival no date)
  const pool = local.length > 0 ? local : dated.filter((t) => YEAR_OR_FINER.test(t.value) && t.start < clause.end);
  if (pool.length === 0) return undefined;
  if (storyMovedOn(text, sentence, clause, opener, timexes, dated, trigger)) return undefined;
  const written = pool.filter((t) => t.known.some((part) => CALENDAR_PARTS.has(part)));
  const candidates = written.length > 0 ? written : pool;
  const distance = (t: Timex): number => (t.end <= trigger.start ? trigger.start - t.end : Math.max(0, t.start - trigger.end));
  const byDistance = (list: readonly Timex[]): Timex => [...list].sort((a, b) => distance(a) - distance(b) || a.start - b.start)[0];
  // ("landed on Luzon in January 1945 and seized Manila in March": a date before "and" is the first verb's
  // when the trigger's own phrase gives one after it)
  const after = candidates.filter((t) => t.start >= trigger.end && t.end <= clause.end);
  const ownPhrase = after.length > 0 ? candidates.filter((t) => t.start >= trigger.end || !COORDINATED.test(text.slice(t.end, trigger.start))) : candidates;
  const nearestWritten = byDistance(ownPhrase);
  // ("On the morning of 13 September his troops stormed Chapultepec, and Mexico City fell the next day": a
  // date in the trigger's own clause that names another day wins over the written one before it; one that
  // only refines it, "in a dawn assault" after "On 27 May", does not)
  const ownClause = pool.filter((t) => t.start >= clause.start && t.end <= clause.end && !sameTime(t.value, nearestWritten.value));
  // ("arrived on 22 January and five days later ordered a general assault": a relative date that moves on from
  // the written one, told between it and the trigger, is the trigger's; not a season in a name, "their second
  // winter counter-offensive", nor "just after midnight"; a caption's or dateline's own date, "13 December 1981:
  // Sixteen months later, ... declares martial law", stands)
  const datesLine = text.charCodeAt(nearestWritten.end) === 58; // :
  const later = datesLine ? [] : ownClause.filter((t) => t.start >= nearestWritten.end && t.end <= trigger.start && MOVING_ON.test(t.text));
  // ("A jury on Tuesday found him guilty ..., closing a case that was delayed last month by the arrest of two men":
  // a date right by the trigger, with no comma between, wins over a written one a comma away)
  const byTrigger = ownClause.filter((t) => distance(t) <= BY_TRIGGER_CHARS && DEICTIC.test(t.text) && !commaBetween(text, t, trigger));
  const nearest = later.length > 0 ? byDistance(later) : byTrigger.length > 0 && commaBetween(text, nearestWritten, trigger) ? byDistance(byTrigger) : ownClause.length > 0 && !(nearestWritten.start >= clause.start && nearestWritten.end <= clause.end) ? byDistance(ownClause) : nearestWritten;
  // "the evening" resolved against the story's last date: the day itself came from the narrative.
  const dayFromStory = nearest.anchor?.kind === 'narrative' && nearest.implied.includes('day');
  return whenFromTimex(nearest, dayFromStory ? 'narrative' : 'stated');
}

/** A date told from the time of writing ("last month", "two years ago"), not a season in a name ("the Chinese Spring Offensive"). */
const DEICTIC = /\b(?:ago|last|this|next|yesterday|today|tonight)\b/i;
/** Characters between a date and its trigger within which the date stands by it. */
const BY_TRIGGER_CHARS = 30;

function commaBetween(text: string, a: Bounded, b: Bounded): boolean {
  return text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)).includes(',');
}

/**
 * "On 4 September mines brought down the bastion, and in the days that followed the Turks launched
 * assaults": a time that moves the story on at the head of a later clause, before the trigger, leaves
 * the earlier date behind; not "resigned on Friday after 18 days of protests" nor "On 26 August,
 * after four days of talks, they signed", dated in their own clause or opener.
 */
function storyMovedOn(text: string, sentence: Bounded, clause: Bounded, opener: number, timexes: readonly Timex[], dated: readonly Timex[], trigger: Bounded): boolean {
  if (clause.start <= sentence.start || dated.some((t) => (t.start >= clause.start && t.end <= clause.end) || t.end <= opener)) return false;
  return timexes.some((t) => !isDated(t) && t.start >= clause.start && t.end <= trigger.start && movesOn(text, t) && newClauseAfterDate(text, dated, t));
}

/** Words that make a time one the story moves on by: "within a week", "in the days that followed", "a month later", "the next day". */
const MOVING_ON = /\b(?:later|next|followed|following|afterwards?)\b/i;

/** A time that moves the story on from the date before it rather than naming the event's own span ("for two hours"). */
function movesOn(text: string, timex: Timex): boolean {
  if (MOVING_ON.test(timex.text)) return true;
  const before = text.slice(Math.max(0, timex.start - 8), timex.start);
  return /\b(?:within|after)\s+$/i.test(before);
}

/**
 * Whether a clause of its own ("..., and within three days", "; in the days that followed") opens between
 * the last date before `moving` and it; not "on 3 July, after a day of fighting, Washington surrendered".
 */
function newClauseAfterDate(text: string, dated: readonly Timex[], moving: Timex): boolean {
  let last: Timex | undefined;
  for (const t of dated) if (t.end <= moving.start && (!last || t.end > last.end)) last = t;
  return last !== undefined && NEW_CLAUSE.test(text.slice(last.end, moving.start));
}

const NEW_CLAUSE = /, (?:and|but) |; /;

/** A coordinating "and" between a date and the trigger: the date may be the first verb's. */
const COORDINATED = /\band\b/;

/** Two values name the same time when one lies inside the other ("1980-05-27" and "1980-05-27TMO"). */
export function sameTime(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

// "accused the government of ignoring warnings issued two weeks ago", "charged with killing a guard on 3 May":
// a date after a gerund the trigger governs is the gerund's, not the event's. A lower-case -ing word, no backtracking.
const GERUND_COMPLEMENT = /\b(?:of|with) ([a-z]+ing)\b/g;
const NOT_GERUNDS = new Set(['thing', 'nothing', 'something', 'anything', 'everything', 'king', 'ring', 'spring', 'evening', 'morning', 'during', 'string', 'wing']);

/** The timex comes after the trigger, past a gerund introduced by "of" or "with" ("for looting last night" is often the same night). */
function inGerundAfter(text: string, trigger: Bounded, timex: Timex): boolean {
  if (timex.start < trigger.end) return false;
  for (const match of text.slice(trigger.end, timex.start).matchAll(GERUND_COMPLEMENT)) if (!NOT_GERUNDS.has(match[1])) return true;
  return false;
}

// "protests against Bashir, who has ruled since 1989", "accused the government of Áñez, a former senator who declared
// herself president on Tuesday": a date in a relative clause on a person after the trigger is that person's ("The
// strike, which began Oct. 17" may be the event's own, so "which" is left alone; so is "killed 168 people, many of
// whom had been dropped off that morning", the victims' own day).
const RELATIVE_OPENER = /(?:,|\b(?!of )[a-z]+) (?:who|whom|whose) /;

/** The timex comes after the trigger, inside a relative clause opened after it (up to the clause's closing comma). */
function inRelativeAfter(text: string, trigger: Bounded, timex: Timex): boolean {
  if (timex.start < trigger.end) return false;
  const between = text.slice(trigger.end, timex.start);
  const opener = RELATIVE_OPENER.exec(between);
  return opener !== null && !between.includes(',', opener.index + opener[0].length);
}

// "was mortally wounded and died four days later": a time that moves on, told after a verb joined to the trigger
// by "and", is that verb's. Plain alternatives after one optional adverb, no nesting.
const NEXT_VERB = /\band (?:then |later |soon )?(?:[a-z]+ed|fell|took|went|won|lost|fled|made|gave|began|came|left|rose|held|struck|broke|sent|led|ran|drove|was|were)\b/;

function movesOnAfterNextVerb(text: string, trigger: Bounded, timex: Timex): boolean {
  return timex.start >= trigger.end && MOVING_ON.test(timex.text) && NEXT_VERB.test(text.slice(trigger.end, timex.start));
}

// Coordinated clauses: ", and", ", but", ... or a semicolon. Fixed alternatives, no nesting.
// ("imposed a curfew on Friday night but withdrew it yesterday morning": a "but" before a verb opens a clause of its own,
// comma or not; not "a brief but devastating campaign")
const CLAUSE_BOUNDARY = /, (?:and|but|while|whereas|although|though|before|after|where) | but (?=was |were |had |has |did |then |later |[a-z]+ed )|; /g;
const OPENER_LIMIT = 80;
const OPENER_WORDS = 8;
const ADVERBIAL_STARTS = new Set([
  'on', 'by', 'in', 'at', 'during', 'early', 'late', 'later', 'that', 'before', 'after', 'within', 'shortly', 'around',
  'from', 'until', 'since', 'throughout', 'the', 'last', 'this', 'next', 'yesterday', 'today', 'tonight', 'overnight',
  'earlier', 'hours', 'days', 'weeks', 'months', 'years', 'when', 'towards', 'toward',
]);

function clauseAround(text: string, sentence: Bounded, trigger: Bounded): Bounded {
  const body = text.slice(sentence.start, sentence.end);
  let start = sentence.start;
  let end = sentence.end;
  for (const match of body.matchAll(CLAUSE_BOUNDARY)) {
    const at = sentence.start + (match.index ?? 0);
    if (at + match[0].length <= trigger.start) start = at + match[0].length;
    else if (at >= trigger.end) {
      end = at;
      break;
    }
  }
  return withoutReporting(text, { start, end }, trigger);
}

// Who said it, and when they said it, is not when it happened: "Police detained 20 people
// overnight, the ministry said on Wednesday"; "Officials said on Monday that troops had fired".
const REPORTING_TAIL = /, (?:[\w'-]+ ){0,6}(?:said|says|told|reported|announced|added|stated|claimed|confirmed)\b/g;
const REPORTING_HEAD = /\b(?:said|says|told reporters|reported|announced|stated|claimed|confirmed)\b[^,;]{0,40}? that /g;

/** The clause without a reporting clause after it or before it. */
function withoutReporting(text: string, clause: Bounded, trigger: Bounded): Bounded {
  const body = text.slice(clause.start, clause.end);
  let { start, end } = clause;
  for (const match of body.matchAll(REPORTING_TAIL)) {
    const at = clause.start + (match.index ?? 0);
    if (at >= trigger.end) {
      end = at;
      break;
    }
  }
  for (const match of body.matchAll(REPORTING_HEAD)) {
    const after = clause.start + (match.index ?? 0) + match[0].length;
    if (after <= trigger.start) start = after;
  }
  return { start, end };
}

/** End offset of a short time adverbial before the sentence's first comma ("On 30 October,"), or -1. */
function openingAdverbialEnd(text: string, sentence: Bounded): number {
  const comma = text.indexOf(',', sentence.start);
  if (comma < 0 || comma >= sentence.end || comma - sentence.start > OPENER_LIMIT) return -1;
  const words = text.slice(sentence.start, comma).trim().split(/\s+/);
  return words.length <= OPENER_WORDS && ADVERBIAL_STARTS.has(words[0].toLowerCase()) ? comma : -1;
}

// Sentence openers that keep the story on the day just told, or move it one day on.
// Alternatives are plain words separated by single spaces: no nested quantifiers.
const SAME_DAY_OPENER = /^(?:by|later|that|in|during|on|at|toward|towards) (?:that |the )?(?:same )?(?:evening|night|nightfall|morning|afternoon|day|midnight|noon|dusk|dawn)\b|^(?:that|the same) (?:day|evening|night|morning|afternoon)\b|^(?:hours|minutes|moments) later\b|^within (?:hours|minutes|the hour|an hour)\b|^later that (?:day|evening|night|morning|afternoon)\b|^(?:by|before) (?:nightfall|midnight|noon|dusk|dawn)\b/i;
const NEXT_DAY_OPENER = /^(?:the|on the) (?:next|following) (?:day|morning|evening|night)\b|^(?:the )?next day\b/i;

/** Whether the sentence opens with a same-day (0) or next-day (1) phrase, or neither. */
export function openerShift(text: string, sentence: Sentence): number | undefined {
  const opening = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 40));
  return SAME_DAY_OPENER.test(opening) ? 0 : NEXT_DAY_OPENER.test(opening) ? 1 : undefined;
}

/**
 * The date carried into a sentence from `anchor`, the last dated timex of an earlier sentence of its paragraph:
 * after a same-day or next-day opener, or, when the sentence right before told it, when this one goes on with
 * the same actors ("On 13 June the rebels streamed in. They set fire to the Savoy": 13 June).
 */
export function narrativeWhen(text: string, sentence: Sentence, anchor: Timex | undefined, followsDated: boolean): EventWhen | undefined {
  if (!anchor) return undefined;
  const shift = openerShift(text, sentence);
  // (not the end of a span told before: "The Second Punic War (218 BC - 201 BC) ... He invaded Italy")
  if (shift === undefined) return followsDated && !anchor.range && goesOn(text, sentence) ? whenFromTimex(anchor, 'narrative') : undefined;
  const day = anchor.value.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  return { timex: anchor.id, value: shift === 0 ? day : addDays(day, shift), precision: 'day', basis: 'narrative' };
}

/**
 * "Late in 376 the patience of the Goths ran out. At a banquet in Marcianople, Lupicinus had Fritigern's escort
 * massacred": a history goes on in the time its paragraph told last, unless the sentence tells what may, will
 * or has come of it.
 */
export function goesOnInHistory(text: string, sentence: Sentence, anchor: Timex | undefined): EventWhen | undefined {
  // (a decade or century told last is background, "No army suffered worse that century", not the scene's time)
  if (!anchor || anchor.range || !YEAR_OR_FINER.test(anchor.value) || NOT_TOLD_AS_DONE.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + TOLD_AS_DONE_REACH)))) return undefined;
  return whenFromTimex(anchor, 'narrative');
}

/**
 * A sentence opening with a pronoun for the actors just told goes on with their story, unless it tells
 * what may, will or has come of it ("He has promised to call a referendum", "They face life if convicted").
 */
function goesOn(text: string, sentence: Sentence): boolean {
  // (the opening words only: read once per event, the test must not grow with a long sentence)
  return GOES_ON.test(text.slice(sentence.start, sentence.start + GOES_ON_REACH)) && !NOT_TOLD_AS_DONE.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + TOLD_AS_DONE_REACH)));
}

const GOES_ON = /^(?:They|He|She)\s/;
const GOES_ON_REACH = 5;
/** Characters from a sentence's start within which a modal or a perfect is looked for. */
const TOLD_AS_DONE_REACH = 160;
const NOT_TOLD_AS_DONE = /\b(?:will|would|could|might|may|can|if|has|have|expected|expects|hopes?)\b/;

/**
 * "8 February: A crowd fills the square, a day after Ghonim was freed": an event told in a clause opened by a
 * count of days "after" or "before" the date it took lies that many days before or after it (the count is a
 * DURATION, as TimeML tags "a day after"); undefined when no such clause stands between date and trigger.
 */
export function countedFrom(text: string, timexes: readonly Timex[], when: EventWhen, trigger: Bounded): EventWhen | undefined {
  const dated = timexes.find((t) => t.id === when.timex);
  if (!dated || !when.value || !/^\d{4}-\d{2}-\d{2}$/.test(when.value)) return undefined;
  for (const t of timexes) {
    // (a count told exactly, whose clause holds the trigger: not "nearly three weeks after", nor "Five days before
    // the border opened, a million people rallied", where the clause dates the main one)
    if (t.type !== 'DURATION' || t.mod || t.start < dated.end || t.end > trigger.start || trigger.start - t.end > COUNTED_CLAUSE_REACH || /[,;:]/.test(text.slice(t.end, trigger.start))) continue;
    const days = /^P(\d+)([DW])$/.exec(t.value);
    const side = COUNTED_SIDE.exec(text.slice(t.end, t.end + COUNTED_SIDE_REACH));
    if (!days || !side) continue;
    const count = Number(days[1]) * (days[2] === 'W' ? 7 : 1);
    return { timex: dated.id, value: addDays(when.value, side[1] === 'after' ? -count : count), precision: 'day', basis: 'narrative' };
  }
  return undefined;
}

/** " after " or " before " right after the count of days. */
const COUNTED_SIDE = /^ (after|before) /;
const COUNTED_SIDE_REACH = 8;
/** Characters from the count to the trigger within which the trigger stands in the count's clause (and the test stays short). */
const COUNTED_CLAUSE_REACH = 120;

/** A day written YYYY-MM-DD moved by `days`. */
function addDays(day: string, days: number): string {
  return movedBy(day, days, 'D') ?? day;
}

/**
 * "Police arrested two men on Sept. 12. The men were charged two days later": news tags "two days" as a
 * DURATION with "later" after it (TimeML's way); the event lies that long after the date told last before
 * it, in its sentence or an earlier one of its paragraph (`anchor`), or before it with "earlier". Exact
 * counts of days, weeks, months or years only, in the trigger's clause.
 */
export function countedFromLast(text: string, timexes: readonly Timex[], anchor: Timex | undefined, trigger: Bounded): EventWhen | undefined {
  for (const t of timexes) {
    if (t.type !== 'DURATION' || t.mod || Math.abs(t.start - trigger.start) > COUNTED_CLAUSE_REACH) continue;
    const count = /^P(\d+)([DWMY])$/.exec(t.value) as [string, string, MoveUnit] | null;
    const side = COUNTED_LATER.exec(text.slice(t.end, t.end + COUNTED_SIDE_REACH));
    if (!count || !side) continue;
    // (in the trigger's clause: "were charged two days later", "Three weeks earlier, police had raided")
    const between = t.end <= trigger.start ? text.slice(t.end + side[0].length, trigger.start).replace(/^,/, '') : text.slice(trigger.end, t.start);
    if (/[,;:]/.test(between)) continue;
    const from = [...timexes].reverse().find((d) => isDated(d) && d.end <= t.start) ?? anchor;
    const value = from ? movedBy(from.value, Number(count[1]) * (side[1] === 'later' ? 1 : -1), count[2]) : undefined;
    if (from && value) return { timex: from.id, value, precision: value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year', basis: 'narrative' };
  }
  return undefined;
}

/** " later" or " earlier" right after the count. */
const COUNTED_LATER = /^ (later|earlier)\b/;

/** The calendar's unit for each duration letter; weeks move by seven days, to stay days. */
const MOVE_UNITS = { D: 'day', W: 'day', M: 'month', Y: 'year' } as const;
type MoveUnit = keyof typeof MOVE_UNITS;

/** A date moved by `amount` units, at the precision the unit and the date allow (the calendar's own shift). */
function movedBy(value: string, amount: number, unit: MoveUnit): string | undefined {
  const date = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!date) return undefined;
  const fields = makeFields({ year: Number(date[1]), month: date[2] === undefined ? undefined : Number(date[2]), day: date[3] === undefined ? undefined : Number(date[3]) });
  const moved = shiftFields(fields, MOVE_UNITS[unit], unit === 'W' ? amount * 7 : amount);
  return moved ? timexValue(moved) : undefined;
}
