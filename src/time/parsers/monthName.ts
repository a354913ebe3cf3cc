/** "November 9, 1989", "Nov. 9", "November 1989", "June" — a month name with what follows it. */
import { AMBIGUOUS_MONTHS, MONTHS, ORDINAL_NOUNS, UNITS, WEEKDAY_NAMES, WEEKDAYS } from '../lexicon.js';
import { DASHES, DATE_JOINERS, candidate, digitsAt, glued, hyphenAt, isCapitalized, isNum, isWord, mark, numAt, ordinalAt, ordinalSuffixAfter, reading, startsSentence, word, type Ctx, type Parser } from '../grammar.js';
import type { Candidate, FieldsInit } from '../types.js';
import { earlyYearAfterDate, eraAt } from './year.js';

/** Words before a bare month that make it a date ("in May", "early March"). */
const MONTH_CUES = new Set(['now', 'in', 'since', 'until', 'till', 'by', 'during', 'early', 'late', 'mid', 'last', 'next', 'this', 'of', 'from', 'to', 'through', 'before', 'after', 'and', 'or', 'between', 'that', 'following', 'each', 'every', 'throughout', 'on', 'into', 'past', 'previous', 'preceding']);

const STORY_LEANS: ReadonlyMap<string, -1 | 1> = new Map([['following', 1], ['next', 1], ['previous', -1], ['preceding', -1]]);

export function yearAt(ctx: Ctx, i: number): number | undefined {
  if (digitsAt(ctx, i) === 3) return earlyYearAfterDate(ctx, i);
  if (digitsAt(ctx, i) !== 4) return undefined;
  const y = numAt(ctx, i);
  if (y < 1000 || y > 2199) return undefined;
  // "1230:15" is a clock, "1956%" a share; "1956:" ending a caption's date is a year
  if ((mark(ctx, i + 1) === ':' && glued(ctx, i + 1) && isNum(ctx, i + 2) && glued(ctx, i + 2)) || mark(ctx, i + 1) === '%') return undefined;
  return y;
}

/** A day number 1..31 with an optional ordinal suffix; returns the index after it. */
export function dayAt(ctx: Ctx, i: number): { day: number; end: number } | null {
  if (isNum(ctx, i) && digitsAt(ctx, i) <= 2) {
    const d = numAt(ctx, i);
    if (d < 1 || d > 31) return null;
    // "10:30" is a clock; "26:" ending a dateline is a day
    if ((mark(ctx, i + 1) === ':' && glued(ctx, i + 1) && isNum(ctx, i + 2) && glued(ctx, i + 2)) || mark(ctx, i + 1) === '%') return null;
    return { day: d, end: ordinalSuffixAfter(ctx, i) ? i + 2 : i + 1 };
  }
  const ord = ordinalAt(ctx, i);
  if (ord && ord.value !== undefined && ord.value <= 31) return { day: ord.value, end: ord.end };
  return null;
}

/** Words that may follow "March the fifth" and leave it a day, not an ordinal of a noun ("May the third division"). */
const AFTER_SPOKEN_DAY: ReadonlySet<string> = new Set(['in', 'at', 'on', 'and', 'or', 'when', 'to', 'with', 'by', 'for', 'after', 'before', 'until', 'as', 'but', 'that', 'this', 'next', 'last', 'he', 'she', 'they', 'we', 'it', 'i', 'you']);

/** "the 3rd", "the third" after a month ("May the 3rd"): a day written as an ordinal, not a bare number. */
function ordinalDayAt(ctx: Ctx, k: number): { day: number; end: number } | null {
  const day = dayAt(ctx, k);
  if (!day) return null;
  // "3rd" is a day, but not in "In May the 3rd Division landed"; "third" only where no noun follows
  if (isNum(ctx, k)) return day.end > k + 1 && !ORDINAL_NOUNS.has(word(ctx, day.end)) ? day : null;
  // ("March the fifth in Geneva": a preposition or a joiner may go on from the day; "In October the
  // Second Army landed": a capitalised ordinal opens a name)
  if (isCapitalized(ctx, k)) return null;
  return isWord(ctx, day.end) && !isCapitalized(ctx, day.end) && !AFTER_SPOKEN_DAY.has(word(ctx, day.end)) ? null : day;
}

/** "November seventh", "May twenty-first", as broadcasts say them: an ordinal word right after the month (not "May second-quarter sales"). */
function spokenDayAt(ctx: Ctx, k: number): { day: number; end: number } | null {
  if (isNum(ctx, k) || !isWord(ctx, k) || isCapitalized(ctx, k) || word(ctx, k) === 'last') return null;
  // (a compound or a teen, "twenty-third", "thirteenth", is a day whatever follows: "signed on February twenty-third promised")
  const spoken = dayAt(ctx, k);
  if (spoken && (spoken.end > k + 1 || spoken.day > 12) && mark(ctx, spoken.end) !== '-') return spoken;
  const day = ordinalDayAt(ctx, k);
  return day && mark(ctx, day.end) !== '-' ? day : null;
}

/** Determiners before a month naming a thing of that month ("its March meeting", "the May elections"). */
const THING_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'our']);
/** Things named by their month: "the May elections" (not "the May government", Theresa May's). */
const MONTH_THINGS: ReadonlySet<string> = new Set(['meeting', 'meetings', 'election', 'elections', 'figures', 'report', 'auction', 'session', 'vote', 'deadline', 'issue', 'edition', 'data', 'sales', 'numbers', 'index', 'survey', 'summit', 'talks', 'visit', 'poll', 'referendum', 'offensive', 'uprising', 'ceasefire', 'contract', 'contracts', 'futures']);

/** "its March meeting", "the May elections": a month naming a thing of that month. */
function monthOfThing(ctx: Ctx, i: number): boolean {
  return THING_DETERMINERS.has(word(ctx, i - 1)) && !isCapitalized(ctx, i + 1) && MONTH_THINGS.has(word(ctx, i + 1));
}

/** Past verbs a month opening a sentence is the subject of: "May brought the heaviest fighting", "March saw riots". */
const MONTH_SUBJECT_VERBS: ReadonlySet<string> = new Set(['brought', 'saw', 'was', 'began', 'ended', 'opened', 'closed', 'marked', 'witnessed', 'proved', 'passed']);

/** A month opening its sentence before a past verb of which it is the subject (the modal "May" takes a bare verb or a subject). */
function monthAsSubject(ctx: Ctx, i: number): boolean {
  const opens = startsSentence(ctx, i) || mark(ctx, i - 1) === '"';
  return opens && MONTH_SUBJECT_VERBS.has(word(ctx, i + 1));
}

/** Verbs of saying before "that March ...": the "that" is a conjunction. */
const SAYING_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'say', 'reported', 'reports', 'announced', 'showed', 'shows', 'warned', 'noted', 'predicted', 'expected', 'estimated', 'argued', 'believe', 'believes', 'believed', 'thought', 'think', 'thinks']);

/** Titles held "of" a land, as the earls of March were. */
const TITLES: ReadonlySet<string> = new Set(['earl', 'earls', 'earldom', 'countess', 'duke', 'dukes', 'marquess', 'baron']);

/** "March and April": another month joined after this one makes it a month too ("for March" alone may be a march). */
function monthFollows(ctx: Ctx, i: number): boolean {
  const joiner = word(ctx, i + 1);
  const next = DATE_JOINERS.has(joiner) || DASHES.has(mark(ctx, i + 1)) ? word(ctx, i + 2) : '';
  return next.length > 3 && MONTHS.has(next) && isCapitalized(ctx, i + 2);
}

/** Capitalised words before a month that leave it a date: "Early September", "On Monday, September 5", "In March". */
const DATE_OPENERS: ReadonlySet<string> = new Set(['early', 'late', 'mid', 'last', 'next', 'this', 'that', 'in', 'on', 'by', 'since', 'until', 'till', 'during', 'from', 'through', 'before', 'after', 'of', 'and', 'or', 'but', 'every', 'each', 'dated', 'photograph', 'photo', 'ap', 'afp', 'reuters']);
/**
 * "the Black September group": a capitalised month with no day or year after it, after a capitalised
 * word that is no date opener, is inside a name ("Daniel P. Davison Feb. 1" and "EST Nov. 9" are dates;
 * WikiWars tags "the February Revolution", so a month before a name's noun stays a date).
 */
function monthInName(ctx: Ctx, i: number): boolean {
  const before = word(ctx, i - 1);
  // (a capital that opens its sentence says nothing: "The December contract", "Throughout July")
  if (!before || !isCapitalized(ctx, i) || !isCapitalized(ctx, i - 1) || !ctx.tokens.spaced(i) || startsSentence(ctx, i) || startsSentence(ctx, i - 1) || OPENING_MARKS.has(mark(ctx, i - 2))) return false;
  if (isNum(ctx, i + 1) || (mark(ctx, i + 1) === '.' && isNum(ctx, i + 2))) return false;
  return !DATE_OPENERS.has(before) && !MONTHS.has(before) && !WEEKDAY_NAMES.has(before);
}

/** Marks that open a quotation or an aside, after which a capital may open a sentence: '"The September figure'. */
const OPENING_MARKS: ReadonlySet<string> = new Set(['"', "'", '(', '[', ':']);


/** Words after a month that make it a futures month: "March delivery", "the December contract". */
const FUTURES_WORDS: ReadonlySet<string> = new Set(['delivery', 'contract', 'contracts', 'futures']);

/** "as early as March", "as soon as May", "as late as May": the month a thing may come by. */
function asEarlyAs(ctx: Ctx, i: number): boolean {
  const edge = word(ctx, i - 2);
  return word(ctx, i - 1) === 'as' && word(ctx, i - 3) === 'as' && (edge === 'early' || edge === 'soon' || edge === 'late');
}

function parseMonth(ctx: Ctx, i: number) {
  const w = word(ctx, i);
  const month = MONTHS.get(w);
  if (month === undefined) return null;
  // "a Long March 3B rocket": a rocket's name
  if (w === 'march' && word(ctx, i - 1) === 'long' && isCapitalized(ctx, i - 1) && isCapitalized(ctx, i)) return null;
  if (monthInName(ctx, i)) return null;
  const abbreviated = w.length <= 4 && w !== 'june' && w !== 'july' && w !== 'may';
  let k = i + 1;
  if (abbreviated) {
    if (mark(ctx, k) === '.' && glued(ctx, k)) k++;
    else if (!isCapitalized(ctx, i) || (AMBIGUOUS_MONTHS.has(w) && !isNum(ctx, k))) return null;
  }
  const fields: FieldsInit = { month };
  const known = ['month'];
  let end = k;
  // "May the 3rd", but not "18 March the first British units", whose day is written before the month
  const dayBefore = isNum(ctx, i - 1) && dayAt(ctx, i - 1) !== null;
  const day = isNum(ctx, k) ? dayAt(ctx, k) : word(ctx, k) === 'the' && !dayBefore ? ordinalDayAt(ctx, k + 1) : !dayBefore ? spokenDayAt(ctx, k) : null;
  // "January 27 BC" is a month of the year 27 BC, not its 27th day
  const era = isNum(ctx, k) && digitsAt(ctx, k) <= 4 ? eraAt(ctx, k + 1) : null;
  if (era && numAt(ctx, k) > 0) {
    fields.year = numAt(ctx, k);
    fields.bc = era[0];
    // "16 January 27 BC" is the day-first parser's (which the year after it joins)
    if (dayBefore) return null;
    known.push('year');
    end = era[1];
  } else if (day && !(digitsAt(ctx, k) === 2 && yearAt(ctx, k) !== undefined)) {
    fields.day = day.day;
    known.push('day');
    end = day.end;
    let y = end;
    if (mark(ctx, y) === ',') y++;
    const year = yearAt(ctx, y);
    if (year !== undefined) {
      fields.year = year;
      known.push('year');
      end = y + 1;
    }
  } else {
    let y = k;
    if (mark(ctx, y) === ',' || word(ctx, y) === 'of') y++;
    const year = yearAt(ctx, y);
    if (year !== undefined) {
      fields.year = year;
      known.push('year');
      end = y + 1;
    } else if (mark(ctx, k) === "'" && digitsAt(ctx, k + 1) === 2 && glued(ctx, k + 1)) {
      fields.year = 1900 + numAt(ctx, k + 1);
      known.push('year');
      end = k + 2;
    }
  }
  // "crude for March delivery", "the December contract rose": a futures month, always the next one to come
  if (known.length === 1 && FUTURES_WORDS.has(word(ctx, end)) && isCapitalized(ctx, i)) return candidate(i, end, reading('DATE', { fields, lean: 1 }), 'monthName');
  // "the December quarter", "the June quarter": the quarter that month closes, as companies name them
  if (known.length === 1 && word(ctx, end) === 'quarter' && word(ctx, i - 1) === 'the' && isCapitalized(ctx, i) && month % 3 === 0) {
    return candidate(i - 1, end + 1, reading('DATE', { fields: { quarter: month / 3 }, lean: -1 }), 'monthName');
  }
  const span = known.length === 1 && word(ctx, i - 1) === 'the' ? monthSpanPeriod(ctx, i, end, month) : null;
  if (span) return span;
  if (known.length === 1) {
    // A bare month: lower-case "may"/"march" are a verb or modal; capitalized ones need a cue.
    if (!isCapitalized(ctx, i)) return null;
    // "Prices rose, and May Chen declined": a first name, when a capitalised word follows it after "and" or "or"
    if (w === 'may' && (word(ctx, i - 1) === 'and' || word(ctx, i - 1) === 'or') && isWord(ctx, i + 1) && isCapitalized(ctx, i + 1) && !MONTHS.has(word(ctx, i + 1))) return null;
    // "Edward, Earl of March": a title named after a march (a borderland), not the month
    if (word(ctx, i - 1) === 'of' && TITLES.has(word(ctx, i - 2))) return null;
    // ("The jobless figures for May are due": "for" before a month, not before a name, "for May Chen")
    const forMonth = word(ctx, i - 1) === 'for' && !(isWord(ctx, i + 1) && isCapitalized(ctx, i + 1));
    if (AMBIGUOUS_MONTHS.has(w) && !forMonth && !MONTH_CUES.has(word(ctx, i - 1)) && !(hyphenAt(ctx, i - 1) && MONTH_CUES.has(word(ctx, i - 2))) && !asEarlyAs(ctx, i) && !monthFollows(ctx, i) && !monthOfThing(ctx, i) && !monthAsSubject(ctx, i)) return null;
  }
  const before = word(ctx, i - 1);
  // "the following April", "the previous March": the next or last such month from the story's date, in news too
  const storyLean = STORY_LEANS.get(before);
  if (storyLean !== undefined && word(ctx, i - 2) === 'the' && fields.year === undefined) {
    return candidate(i - 2, end, reading('DATE', { fields, lean: storyLean, fromStory: true }), 'monthName');
  }
  // "that June": the story's June ("said that March sales rose": "that" opens what was said)
  if (before === 'that' && fields.year === undefined && !SAYING_VERBS.has(word(ctx, i - 2))) return candidate(i - 1, end, reading('DATE', { fields, fromStory: true }), 'monthName');
  // "in April next", "suspended in March last": the older order of "next April", "last March"
  const after = fields.year === undefined && end === i + 1 ? word(ctx, end) : '';
  // ("sales in December next Thursday": "next" is the weekday's)
  if ((after === 'next' || after === 'last') && !isCapitalized(ctx, end) && !UNITS.has(word(ctx, end + 1)) && !WEEKDAYS.has(word(ctx, end + 1))) {
    return candidate(i, end + 1, reading('DATE', { fields, lean: after === 'next' ? 1 : -1 }), 'monthName');
  }
  const lean = before === 'last' || before === 'past' ? -1 : before === 'next' || before === 'coming' ? 1 : before === 'this' ? 0 : undefined;
  if (lean !== undefined && fields.year === undefined) return candidate(i - 1, end, reading('DATE', { fields, lean, ...(before === 'this' ? { thisYear: true } : {}) }), 'monthName');
  return candidate(i, end, reading('DATE', { fields, listed: before === 'and' || before === 'or' || undefined }), 'monthName');
}

/** Nouns after "the January-March" that make the two months one period of a year. */
const PERIOD_NOUNS: ReadonlySet<string> = new Set(['period', 'quarter', 'half']);

/** "the January-March period", "the October-December quarter", "the July-December half": the quarter or half those months make. */
function monthSpanPeriod(ctx: Ctx, i: number, end: number, month: number): Candidate | null {
  if (!DASHES.has(mark(ctx, end)) || !glued(ctx, end) || !glued(ctx, end + 1) || !PERIOD_NOUNS.has(word(ctx, end + 2))) return null;
  const last = MONTHS.get(word(ctx, end + 1));
  if (last === undefined || !isCapitalized(ctx, end + 1)) return null;
  const fields = last - month === 2 && month % 3 === 1 ? { quarter: (month + 2) / 3 } : last - month === 5 && month % 6 === 1 ? { half: (month + 5) / 6 } : undefined;
  return fields ? candidate(i - 1, end + 3, reading('DATE', { fields }), 'monthName') : null;
}

export const monthNameParser: Parser = {
  name: 'monthName',
  triggers: [...MONTHS.keys()],
  parse: parseMonth,
};
