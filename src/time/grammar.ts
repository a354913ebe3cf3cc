/**
 * Small token-matching helpers the parsers share. Every helper looks at a bounded number of
 * tokens, so parsing is linear in the text.
 */
import type { LazyDateOrder } from './dateOrder.js';
import { NUM, PUNCT, WORD, type Tokens } from './tokens.js';
import { TITLE_ABBREVIATIONS } from '../text/abbreviations.js';
import { NUMBER_WORDS, ORDINALS, ORDINAL_SUFFIXES, VAGUE_COUNTS } from './lexicon.js';
import type { Candidate, Reading } from './types.js';

export interface Ctx {
  text: string;
  tokens: Tokens;
  /** Tokens that open a caption (one glued to a credit before it opens a sentence all the same). */
  pieceStarts: ReadonlySet<number>;
  /** Which way the document writes dates in digits, asked only when one could be read both ways. */
  dateOrder: LazyDateOrder;
}

export type ParseFn = (ctx: Ctx, i: number) => Candidate | null;

/** A parser: the words (lower case) or the token kind that wake it, and its extract step. */
export interface Parser {
  name: string;
  /** Lower-case words that trigger it; 'num' for any number token. */
  triggers: readonly string[] | 'num';
  parse: ParseFn;
}

export function word(ctx: Ctx, i: number): string {
  return ctx.tokens.kind(i) === WORD ? ctx.tokens.lower(i) : '';
}

export function mark(ctx: Ctx, i: number): string {
  return ctx.tokens.kind(i) === PUNCT ? ctx.tokens.lower(i) : '';
}

/** True when token i opens its sentence as far as tokens tell: the text's first, first on its line, or after a full stop. */
export function startsSentence(ctx: Ctx, i: number): boolean {
  return i === 0 || ctx.tokens.newline(i) || mark(ctx, i - 1) === '.' || (ctx.pieceStarts.size > 0 && ctx.pieceStarts.has(i));
}

export function isNum(ctx: Ctx, i: number): boolean {
  return ctx.tokens.kind(i) === NUM;
}

/** True when token i is a word (false out of range). */
export function isWord(ctx: Ctx, i: number): boolean {
  return ctx.tokens.kind(i) === WORD;
}

export function numAt(ctx: Ctx, i: number): number {
  return ctx.tokens.num(i);
}

export function digitsAt(ctx: Ctx, i: number): number {
  return isNum(ctx, i) ? ctx.tokens.end(i) - ctx.tokens.start(i) : 0;
}

/** True when token i touches the one before it (no space). */
export function glued(ctx: Ctx, i: number): boolean {
  return ctx.tokens.kind(i) !== 0 && !ctx.tokens.spaced(i);
}

/** Skips an abbreviation's dot glued to token i-1. */
export function skipDot(ctx: Ctx, i: number): number {
  return mark(ctx, i) === '.' && glued(ctx, i) ? i + 1 : i;
}

/** Words joining two dates of a list or range: "March and April", "the 13th to the 15th", "May till July". */
export const DATE_JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'to', 'through', 'until', 'till']);

/** Hyphen, en dash or em dash: what joins the ends of a written range ("1939–45"). */
export const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);

/** "of the 19th century", "of the third millennium": the part before it is a part of that period (a modifier). */
export function ofLongPeriod(ctx: Ctx, k: number): boolean {
  if (word(ctx, k) !== 'of' || word(ctx, k + 1) !== 'the') return false;
  for (let j = k + 2; j <= k + 5; j++) {
    const w = word(ctx, j);
    if (w === 'century' || w === 'millennium') return true;
  }
  return false;
}

/** Skips a hyphen glued on both sides ("third-quarter", "mid-1990s"), or a space. */
export function hyphenAt(ctx: Ctx, i: number): boolean {
  return mark(ctx, i) === '-' && glued(ctx, i) && glued(ctx, i + 1);
}

export function isCapitalized(ctx: Ctx, i: number): boolean {
  if (!isWord(ctx, i)) return false;
  const c = ctx.text.charCodeAt(ctx.tokens.start(i));
  return c >= 65 && c <= 90;
}

export interface Count {
  /** Undefined for vague counts ("several", "a few"). */
  value: number | undefined;
  end: number;
}

/** A count written in digits or words: "13", "twenty four", "twenty-four", "a few", "several". */
export function countAt(ctx: Ctx, i: number): Count | null {
  if (isNum(ctx, i)) {
    let end = i + 1;
    let value = numAt(ctx, i);
    // 2,500 and 5.5
    if ((mark(ctx, end) === ',' || mark(ctx, end) === '.') && glued(ctx, end) && glued(ctx, end + 1) && digitsAt(ctx, end + 1) === 3 && mark(ctx, end) === ',') {
      value = value * 1000 + numAt(ctx, end + 1);
      end += 2;
    } else if (mark(ctx, end) === '.' && glued(ctx, end) && glued(ctx, end + 1) && isNum(ctx, end + 1)) {
      value = Number(`${value}.${ctx.tokens.lower(end + 1)}`);
      end += 2;
    }
    if (isNum(ctx, end) && mark(ctx, end + 1) === '/' && glued(ctx, end + 1) && glued(ctx, end + 2) && numAt(ctx, end + 2) > 0 && numAt(ctx, end) < numAt(ctx, end + 2)) {
      value += numAt(ctx, end) / numAt(ctx, end + 2);
      end += 3;
    }
    return withHalf(ctx, value, end);
  }
  const w = word(ctx, i);
  if (w === 'a' || w === 'an') {
    const next = word(ctx, i + 1);
    if (next === 'couple') return { value: 2, end: i + 2 + (word(ctx, i + 2) === 'of' ? 1 : 0) };
    if (next === 'few') return { value: undefined, end: i + 2 + (word(ctx, i + 2) === 'of' ? 1 : 0) };
    if (next === 'dozen') return { value: 12, end: i + 2 };
    if (next === 'hundred') return hundredAnd(ctx, 100, i + 2);
    // "nearly a thousand years"
    if (next === 'thousand') return { value: 1000, end: i + 2 };
    // "a quarter of an hour", "a quarter of a century"
    if (next === 'quarter' && word(ctx, i + 2) === 'of' && (word(ctx, i + 3) === 'a' || word(ctx, i + 3) === 'an')) return { value: 0.25, end: i + 4 };
    return { value: 1, end: i + 1 };
  }
  // "half an hour", "half a day"
  if (w === 'half' && (word(ctx, i + 1) === 'a' || word(ctx, i + 1) === 'an')) return { value: 0.5, end: i + 2 };
  // "the last couple of days": two, as "a couple of days"
  if (w === 'couple' && word(ctx, i + 1) === 'of') return { value: 2, end: i + 2 };
  if (VAGUE_COUNTS.has(w) && w !== 'number' && w !== 'couple') return { value: undefined, end: i + 1 };
  const base = NUMBER_WORDS.get(w);
  if (base === undefined || w === 'half') return null;
  let value = base;
  let end = i + 1;
  if (base >= 20 && base < 100) {
    const k = hyphenAt(ctx, end) ? end + 1 : end;
    const unit = NUMBER_WORDS.get(word(ctx, k));
    if (unit !== undefined && unit < 10 && unit >= 1 && word(ctx, k) !== 'a' && word(ctx, k) !== 'an') {
      value += unit;
      end = k + 1;
    }
  }
  if (word(ctx, end) === 'hundred') return withHalf(ctx, ...hundredAndPair(ctx, value * 100, end + 1));
  if (word(ctx, end) === 'thousand') return { value: value * 1000, end: end + 1 };
  return withHalf(ctx, value, end);
}

/** "a hundred and thirty": the count with the tens and units said after "hundred and". */
function hundredAnd(ctx: Ctx, value: number, end: number): Count {
  const [total, last] = hundredAndPair(ctx, value, end);
  return { value: total, end: last };
}

function hundredAndPair(ctx: Ctx, value: number, end: number): [number, number] {
  const w = word(ctx, end + 1);
  if (word(ctx, end) !== 'and' || w === 'a' || w === 'an' || !NUMBER_WORDS.has(w)) return [value, end];
  const rest = countAt(ctx, end + 1);
  return rest && rest.value !== undefined && rest.value >= 1 && rest.value < 100 ? [value + rest.value, rest.end] : [value, end];
}

/** "two and a half": the count with half a unit more. */
function withHalf(ctx: Ctx, value: number, end: number): Count {
  return word(ctx, end) === 'and' && word(ctx, end + 1) === 'a' && word(ctx, end + 2) === 'half' ? { value: value + 0.5, end: end + 3 } : { value, end };
}

/**
 * Whether number token i carries an ordinal suffix glued to it: "3rd", "21st", and the older "2d",
 * "23d" of 19th-century print ("the act of March 2d, 1827").
 */
export function ordinalSuffixAfter(ctx: Ctx, i: number): boolean {
  if (!isNum(ctx, i) || !glued(ctx, i + 1)) return false;
  const suffix = word(ctx, i + 1);
  if (ORDINAL_SUFFIXES.has(suffix)) return true;
  const last = numAt(ctx, i) % 10;
  return suffix === 'd' && (last === 2 || last === 3);
}

/** An ordinal: "3rd", "third", "twenty-first". */
export function ordinalAt(ctx: Ctx, i: number): Count | null {
  if (ordinalSuffixAfter(ctx, i)) return { value: numAt(ctx, i), end: i + 2 };
  const w = word(ctx, i);
  if (ORDINALS.has(w) && w !== 'last') return { value: ORDINALS.get(w), end: i + 1 };
  const tens = NUMBER_WORDS.get(w);
  if (tens !== undefined && tens >= 20 && tens < 100 && hyphenAt(ctx, i + 1)) {
    const unit = ORDINALS.get(word(ctx, i + 2));
    if (unit !== undefined && unit > 0 && unit < 10) return { value: tens + unit, end: i + 3 };
  }
  return null;
}

export function candidate(first: number, last: number, reading: Reading, parser: string): Candidate {
  return { first, last, reading, parser, rangeEnd: undefined };
}

/** A parser's reading: the constructor of types.ts, under the name the parsers use. */
export { makeReading as reading } from './types.js';

/** "4.1 percent": a full stop between digits is no sentence end. */
export function decimalPoint(ctx: Ctx, k: number): boolean {
  return mark(ctx, k) === '.' && isNum(ctx, k - 1) && isNum(ctx, k + 1) && glued(ctx, k) && glued(ctx, k + 1);
}

/** "2 p.m. on Wednesday": the dots of "a.m." and "p.m." are no sentence end. */
export function meridiemDot(ctx: Ctx, k: number): boolean {
  if (mark(ctx, k) !== '.' || !glued(ctx, k)) return false;
  const before = word(ctx, k - 1);
  if (before === 'a' || before === 'p') return word(ctx, k + 1) === 'm';
  return before === 'm' && mark(ctx, k - 2) === '.' && (word(ctx, k - 3) === 'a' || word(ctx, k - 3) === 'p');
}

/** "in the U.S. on Friday", "Acme Inc. will", "Mr. Gephardt": a dot inside or after an abbreviation, the sentence going on. */
export function abbreviationDot(ctx: Ctx, k: number): boolean {
  if (mark(ctx, k) !== '.' || !glued(ctx, k)) return false;
  // "will speak with Mr. Gephardt on Thursday", "Gov. Carlson": a title's stop
  if (afterTitle(ctx, k)) return true;
  // the inner dot of "U.S.", and its last one: "the U.N. Security Council on Friday" goes on
  if (word(ctx, k - 1).length === 1 && glued(ctx, k + 1) && word(ctx, k + 1).length === 1) return true;
  if (word(ctx, k - 1).length === 1 && mark(ctx, k - 2) === '.' && glued(ctx, k - 1) && word(ctx, k - 3).length === 1) return true;
  return isWord(ctx, k + 1) && !isCapitalized(ctx, k + 1);
}

/**
 * Whether the full stop at k goes on inside its sentence: "7.3 percent", "Mr. Gephardt", "the p.m. of",
 * "the U.S. and"; the last dot of "p.m." or "U.S." before a capital ends it ("at 5 p.m. The talks").
 */
export function innerStop(ctx: Ctx, k: number): boolean {
  if (decimalPoint(ctx, k)) return true;
  if (!meridiemDot(ctx, k) && !abbreviationDot(ctx, k)) return false;
  return !isCapitalized(ctx, k + 1) || afterTitle(ctx, k);
}

/** The stop at k closes a title's abbreviation ("Mr.", "Gov."). */
function afterTitle(ctx: Ctx, k: number): boolean {
  return TITLE_ABBREVIATIONS.has(ctx.text.slice(ctx.tokens.start(k - 1), ctx.tokens.end(k - 1)));
}

