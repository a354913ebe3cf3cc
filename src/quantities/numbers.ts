/**
 * Reads one number starting at a token: digits ("2,500", "4.5 million"), number words
 * ("two hundred and fifty", "twenty-five", "a dozen") and vague counts ("dozens", "hundreds of
 * thousands", "several"). Vague counts carry a lower bound only (see VAGUE_COUNTS).
 */
import { TENS_WORDS, UNIT_WORDS } from '../text/number-words.js';
import { MONTHS, tokenAt, touchesNext, touchesPrevious, type Token } from './tokens.js';
import { ERA_MARKERS } from '../text/eras.js';
import { ONE_PERSON_NOUNS } from './lexicon.js';

export interface NumberReading {
  /** Index of the first and one past the last token read. */
  first: number;
  end: number;
  value: number;
  /** True for vague counts: `value` is then a conservative lower bound. */
  vague: boolean;
}

// Maps, not object literals: a token such as "constructor" must not find Object.prototype members.
const UNITS = UNIT_WORDS;
const TENS = TENS_WORDS;
const SCALES = new Map<string, number>([['thousand', 1e3], ['million', 1e6], ['billion', 1e9]]);

/**
 * Vague counts as conservative lower bounds, following ACLED's conventions for "dozens" (12),
 * "hundreds" (100) and "thousands" (1000). "several" is read as at least 3 and "a few" as at least
 * 2: ACLED codes "several" as 10 for fatalities, but 10 is not a bound the text supports.
 */
const VAGUE_COUNTS = new Map<string, number>([
  ['dozens', 12], ['scores', 20], ['hundreds', 100], ['thousands', 1000], ['millions', 1e6], ['several', 3], ['tens', 10],
]);

/** Every word a number expression can start with: most words are rejected by one lookup. */
const NUMBER_STARTS = new Set<string>([
  'a', 'an', 'hundred', 'dozen', 'half', 'quarter', ...UNITS.keys(), ...TENS.keys(), ...SCALES.keys(), ...VAGUE_COUNTS.keys(),
]);

/**
 * Words of which every reading without digits holds at least one: "a" and "an" start a reading
 * only before dozen, hundred or a scale, and "a few" needs "few". cues.ts skips text without them.
 */
export const NUMBER_CUE_WORDS: readonly string[] = [
  ...UNITS.keys(), ...TENS.keys(), ...SCALES.keys(), ...VAGUE_COUNTS.keys(), 'hundred', 'dozen', 'few',
];

const MAX_DIGITS = 15;
const TIME_ZONES = new Set(['GMT', 'UTC', 'EST', 'EDT', 'CST', 'CDT', 'PST', 'PDT', 'BST', 'CET', 'CEST', 'MSK', 'hrs', 'hours', 'GMT.']);
/** Capitalized words that may come before a count: sentence openers and bound words. */
const NUMBER_LEADERS = new Set([
  'the', 'in', 'on', 'at', 'by', 'of', 'and', 'but', 'some', 'about', 'nearly', 'almost', 'around', 'over', 'under',
  'more', 'fewer', 'less', 'up', 'as', 'only', 'just', 'another', 'all', 'those', 'these', 'roughly', 'approximately',
  'between', 'from', 'with', 'after', 'before', 'during', 'since', 'least', 'than', 'estimated', 'an', 'a', 'to', 'for',
  'while', 'when', 'although', 'though', 'yet', 'so', 'still', 'then', 'perhaps', 'exactly', 'officially', 'at',
]);
const YEAR_PREPOSITIONS = new Set(['in', 'of', 'since', 'until', 'till', 'by', 'from', 'to', 'during', 'early', 'late', 'mid', 'year', 'summer', 'winter', 'spring', 'autumn', 'fall']);
/** A lowercase plural noun right after a four-digit number makes it a count ("1500 soldiers"). */
const COUNTED_AFTER_YEAR_LIKE = /^(?:[a-z]{2,30}[^s\W]s|people|men|women|children|police)$/;
const GROUPED_DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PLAIN_DIGITS = /^\d+(?:\.\d+)?$/;

/** Whether a number can start at this token: digits or a word that begins number expressions. */
export function mayStartNumber(token: Token): boolean {
  return token.kind === 'number' || (token.kind === 'word' && NUMBER_STARTS.has(token.lower));
}

/** Whether a number may end at this token: digits, a unit or tens word ("twenty-three"), a scale or a vague count. */
export function mayEndNumber(token: Token): boolean {
  if (token.kind !== 'word') return token.kind === 'number';
  const word = token.lower;
  return UNITS.has(word) || TENS.has(word) || SCALES.has(word) || VAGUE_COUNTS.has(word) || word === 'hundred' || word === 'dozen';
}

/** The number starting at token i, or undefined. */
export function readNumber(tokens: readonly Token[], i: number): NumberReading | undefined {
  const token = tokenAt(tokens, i);
  if (!token) return undefined;
  if (token.kind === 'number') return readDigits(tokens, i);
  if (token.kind === 'word') return NUMBER_STARTS.has(token.lower) ? (readFraction(tokens, i) ?? readVague(tokens, i) ?? readWords(tokens, i)) : undefined;
  return undefined;
}

/** What a scale word after a fraction multiplies: "half a million", "a quarter of a million", "half a dozen". */
function scaleAt(tokens: readonly Token[], i: number): number | undefined {
  const word = tokenAt(tokens, i)?.lower ?? '';
  return word === 'dozen' ? 12 : word === 'hundred' ? 100 : SCALES.get(word);
}

/**
 * A fraction of a scale: "half a million" (500,000), "one and a half million", "a quarter of a
 * million", "three quarters of a million", "three-quarters of a million".
 */
function readFraction(tokens: readonly Token[], i: number): NumberReading | undefined {
  const word = tokens[i].lower;
  const at = (k: number): string => tokenAt(tokens, k)?.lower ?? '';
  // "half a million"
  if (word === 'half' && at(i + 1) === 'a') return scaled(i, i + 2, 0.5, tokens);
  // "one and a half million"
  const whole = UNITS.get(word);
  if (whole !== undefined && at(i + 1) === 'and' && at(i + 2) === 'a' && at(i + 3) === 'half') return scaled(i, i + 4, whole + 0.5, tokens);
  // "a quarter of a million", "three quarters of a million", "three-quarters of a million"
  let k = i;
  let share = 0.25;
  if (word === 'a' || word === 'one') k += 1;
  else if (word === 'three') {
    k += at(i + 1) === '-' && touchesNext(tokens, i) ? 2 : 1;
    share = 0.75;
  }
  const quarter = at(k);
  if ((quarter === 'quarter' && share === 0.25) || (quarter === 'quarters' && share === 0.75)) {
    if (at(k + 1) === 'of' && (at(k + 2) === 'a' || at(k + 2) === 'one')) return scaled(i, k + 3, share, tokens);
  }
  return undefined;
}

/** The reading of `share` times the scale word at `scaleIndex`, or undefined when none is there. */
function scaled(first: number, scaleIndex: number, share: number, tokens: readonly Token[]): NumberReading | undefined {
  const scale = scaleAt(tokens, scaleIndex);
  return scale === undefined ? undefined : { first, end: scaleIndex + 1, value: share * scale, vague: false };
}

function readDigits(tokens: readonly Token[], i: number): NumberReading | undefined {
  const token = tokens[i];
  if (token.text.replace(/[.,]/g, '').length > MAX_DIGITS) return undefined;
  if (!GROUPED_DIGITS.test(token.text) && !PLAIN_DIGITS.test(token.text)) return undefined;
  let value = Number(token.text.replace(/,/g, ''));
  let end = i + 1;
  const next = tokenAt(tokens, end);
  const scale = next && SCALES.get(next.lower);
  if (scale) {
    value *= scale;
    end += 1;
  } else if (tokenAt(tokens, end)?.lower === 'hundred') {
    value *= 100;
    end += 1;
  }
  return Number.isFinite(value) ? { first: i, end, value, vague: false } : undefined;
}

/** "dozens", "hundreds of thousands", "several hundred", "a few". */
function readVague(tokens: readonly Token[], i: number): NumberReading | undefined {
  const word = tokens[i].lower;
  if (word === 'a' && tokenAt(tokens, i + 1)?.lower === 'few') return scaleAfter(tokens, i, i + 2, 2);
  const base = VAGUE_COUNTS.get(word);
  if (base === undefined) return undefined;
  if (word === 'several') return scaleAfter(tokens, i, i + 1, base);
  const next = tokenAt(tokens, i + 1)?.lower;
  const after = tokenAt(tokens, i + 2)?.lower;
  if (next === 'of' && (after === 'thousands' || after === 'millions')) {
    return { first: i, end: i + 3, value: base * (VAGUE_COUNTS.get(after) ?? 1), vague: true };
  }
  if (word === 'tens') return undefined;
  return { first: i, end: i + 1, value: base, vague: true };
}

/** "several hundred" → 300, "a few thousand" → 2000, "several dozen" → 36, "several hundred thousand" → 300,000; otherwise the bare vague value. */
function scaleAfter(tokens: readonly Token[], first: number, end: number, base: number): NumberReading {
  const scale = scaleAt(tokens, end);
  // ("several hundred thousand")
  const larger = scale === 100 ? SCALES.get(tokenAt(tokens, end + 1)?.lower ?? '') : undefined;
  if (scale && larger) return { first, end: end + 2, value: base * scale * larger, vague: true };
  if (scale) return { first, end: end + 1, value: base * scale, vague: true };
  return { first, end, value: base, vague: true };
}

/** Number words: "two hundred and fifty", "twenty-five", "a dozen", "one thousand". */
function readWords(tokens: readonly Token[], i: number): NumberReading | undefined {
  let j = i;
  let leadingA = false;
  if (tokens[j].lower === 'a' || tokens[j].lower === 'an') {
    const next = tokenAt(tokens, j + 1)?.lower ?? '';
    if (next !== 'dozen' && next !== 'hundred' && !SCALES.has(next)) return undefined;
    leadingA = true;
    j += 1;
  }
  let total = 0;
  let current = leadingA ? 1 : 0;
  let read = 0;
  let last = j;
  while (j < tokens.length) {
    const word = tokens[j].lower;
    if (word === '-' && read > 0 && touchesPrevious(tokens, j) && touchesNext(tokens, j) && UNITS.get(tokens[j + 1].lower)) {
      j += 1;
      continue;
    }
    if (word === 'and' && read > 0 && (UNITS.has(tokenAt(tokens, j + 1)?.lower ?? '') || TENS.has(tokenAt(tokens, j + 1)?.lower ?? ''))) {
      j += 1;
      continue;
    }
    const unit = UNITS.get(word) ?? TENS.get(word);
    const scale = SCALES.get(word);
    if (unit !== undefined) current += unit;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (word === 'dozen') current = (current || 1) * 12;
    else if (scale) {
      total += (current || 1) * scale;
      current = 0;
    } else break;
    read += 1;
    j += 1;
    last = j;
  }
  if (read === 0) return undefined;
  return { first: i, end: last, value: total + current, vague: false };
}

/** True when the digits at token i are part of a date, time, ordinal, model name, age or percentage. */
export function isNotACount(tokens: readonly Token[], reading: NumberReading): boolean {
  const i = reading.first;
  const token = tokens[i];
  const before = tokenAt(tokens, i - 1);
  const after = tokenAt(tokens, reading.end);
  if (token.kind === 'number') {
    // Model names and codes: T-54, T55, MiG-15, A4.
    if (before && touchesPrevious(tokens, i) && (before.kind === 'word' || isAfterGluedHyphen(tokens, i))) return true;
    // Ordinals and units glued on: 15th, 3pm, 54mm.
    if (reading.end === i + 1 && touchesNext(tokens, i) && after?.kind === 'word') return true;
    // Times and scores: 10:30, 3-1 handled as ranges elsewhere.
    if (touchesNext(tokens, i) && after?.text === ':') return true;
    if (before && touchesPrevious(tokens, i) && before.text === ':') return true;
    if (isDayOfMonth(tokens, reading) || isYear(tokens, reading)) return true;
    // Clock times written without a colon: 0735 GMT.
    if (/^0\d{3}$/.test(token.text) || TIME_ZONES.has(after?.text ?? '')) return true;
    // Names with a number: Boeing 747, Flight 103, Resolution 425.
    if (before && before.kind === 'word' && /^\p{Lu}/u.test(before.text) && !NUMBER_LEADERS.has(before.lower) && !MONTHS.has(before.lower)) return true;
  }
  if (token.kind === 'number' && (isAge(tokens, reading) || isMoney(before))) return true;
  // "the Four Courts", "the Big Three": a capitalised number word inside a name, past the sentence's first word
  if (token.kind === 'word' && i > 0 && /^\p{Lu}/u.test(token.text) && after?.kind === 'word' && /^\p{Lu}/u.test(after.text) && before?.kind === 'word') return true;
  if (!after) return false;
  // Measures glued to a noun: 15-year-old, 22-story, two-day (but "a 300-strong force" is a count).
  const glued = tokenAt(tokens, reading.end + 1);
  if (after.text === '-' && touchesNext(tokens, reading.end - 1) && glued?.kind === 'word' && touchesNext(tokens, reading.end) && glued.lower !== 'strong') return true;
  // Percentages are left out: they are shares, not counts of people or things.
  if (after.text === '%' || after.lower === 'percent' || (after.lower === 'per' && tokenAt(tokens, reading.end + 1)?.lower === 'cent')) return true;
  return false;
}

/** Oldest age read as one: a number above it after a name is a count ("Smith, 300, ..." does not occur). */
const MAX_AGE = 120;
const AGE_VERBS = new Set(['is', 'was', 'turned', 'turns', 'aged']);
const PRONOUNS = new Set(['he', 'she']);

/**
 * A person's age: after a name and a comma, closed by a comma ("Raymond Tillis, 41, poured"), or
 * after a name or "he"/"she" and "is", "was", "turned", closing the clause ("He was 86.").
 */
function isAge(tokens: readonly Token[], reading: NumberReading): boolean {
  const i = reading.first;
  if (reading.end !== i + 1 || !(reading.value <= MAX_AGE)) return false;
  // "aged 23", "ages 22 and 30", "aged 18 to 79"
  const joiner = tokenAt(tokens, i - 1)?.lower ?? '';
  const said = (joiner === 'and' || joiner === 'to' || joiner === '-') && tokenAt(tokens, i - 2)?.kind === 'number' ? i - 3 : i - 1;
  // ("raise the pension age from 62 to 64")
  const from = tokenAt(tokens, said)?.lower === 'from' ? said - 1 : said;
  if (AGE_WORDS.has(tokenAt(tokens, from)?.lower ?? '')) return true;
  const closes = tokenAt(tokens, i + 1);
  if (closes && closes.text !== ',' && closes.text !== '.' && closes.text !== ';') return false;
  const before = tokenAt(tokens, i - 1);
  const subject = tokenAt(tokens, i - 2);
  if (!before || !subject || subject.kind !== 'word') return false;
  // ("Raymond Tillis, 41,", "woman, 19, arrested")
  const named = (/^\p{Lu}/u.test(subject.text) && subject.text !== subject.text.toUpperCase()) || ONE_PERSON_NOUNS.has(subject.lower);
  if (before.text === ',') return named && closes !== undefined && closes.text !== ';';
  return AGE_VERBS.has(before.lower) && (named || PRONOUNS.has(subject.lower));
}

/** Words that say the number after them is an age. */
const AGE_WORDS = new Set(['aged', 'ages', 'age']);
const CURRENCY_SIGNS = new Set(['$', '£', '€', '¥', '₹']);

/** "$300", "£1.2 million": money, not a count. */
function isMoney(before: Token | undefined): boolean {
  return before !== undefined && CURRENCY_SIGNS.has(before.text);
}

/** "T-54" or the tail of "1956-57": digits glued to a hyphen glued to a word or number. */
function isAfterGluedHyphen(tokens: readonly Token[], i: number): boolean {
  return (tokens[i - 1].text === '-' || tokens[i - 1].text === '–') && touchesPrevious(tokens, i - 1);
}

function isDayOfMonth(tokens: readonly Token[], reading: NumberReading): boolean {
  const value = reading.value;
  if (reading.end !== reading.first + 1 || value < 1 || value > 31 || !Number.isInteger(value)) return false;
  // "Aug. 7": skip the abbreviation's full stop.
  const previous = tokenAt(tokens, reading.first - 1)?.text === '.' ? reading.first - 2 : reading.first - 1;
  const before = tokenAt(tokens, previous)?.lower ?? '';
  const after = tokenAt(tokens, reading.end)?.lower ?? '';
  return MONTHS.has(before) || MONTHS.has(after) || (after === 'of' && MONTHS.has(tokenAt(tokens, reading.end + 1)?.lower ?? ''));
}

/** A bare four-digit number from 1000 to 2099 is a year unless a counted noun follows directly. */
function isYear(tokens: readonly Token[], reading: NumberReading): boolean {
  const text = tokens[reading.first].text;
  if (/^\d{1,4}$/.test(text) && reading.end === reading.first + 1) {
    if (ERA_MARKERS.has(tokenAt(tokens, reading.end)?.lower ?? '') || tokenAt(tokens, reading.first - 1)?.text === 'AD') return true;
  }
  if (!/^\d{4}$/.test(text) || reading.end !== reading.first + 1) return false;
  const value = Number(text);
  if (value < 1000 || value > 2099) return false;
  const before = tokenAt(tokens, reading.first - 1)?.lower ?? '';
  if (YEAR_PREPOSITIONS.has(before) || MONTHS.has(before)) return true;
  const next = tokenAt(tokens, reading.end);
  return !(next && next.kind === 'word' && COUNTED_AFTER_YEAR_LIKE.test(next.text));
}
