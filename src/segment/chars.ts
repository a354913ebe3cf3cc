/**
 * Character classes and the junction test: where scraped text glued two pieces together
 * ("Budapest" + "Fortepan", "1953" + "Fortepan", "city." + "The").
 */
import { CAMEL_PREFIXES } from './lexicon.js';

const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;
const LETTER = /^\p{L}$/u;
const DIGIT = /^[0-9]$/;
const SPACE = /^\s$/u;

export const isUpper = (c: string | undefined): boolean => c !== undefined && c !== '' && UPPER.test(c);
export const isLower = (c: string | undefined): boolean => c !== undefined && c !== '' && LOWER.test(c);
export const isLetter = (c: string | undefined): boolean => c !== undefined && c !== '' && LETTER.test(c);
export const isDigit = (c: string | undefined): boolean => c !== undefined && DIGIT.test(c);
export const isSpace = (c: string | undefined): boolean => c !== undefined && c !== '' && SPACE.test(c);

/** Characters that end a piece of text and may be followed, without a space, by a glued piece. */
const GLUE_LEFT = new Set(['.', ')', ']', '"', '”', '’', "'", '!', '?', '%', '»']);

/** Characters that may open a glued piece besides capitals and digits. */
const OPENERS = new Set(['"', '“', '‘', '(', '«', '©']);

/** True when `c` can open a glued caption or credit; a quote or bracket only before a capital or digit. */
export function opensPiece(c: string | undefined, next?: string): boolean {
  if (isUpper(c) || isDigit(c) || c === '©') return true;
  return c !== undefined && OPENERS.has(c) && (next === undefined || isUpper(next) || isDigit(next));
}

const QUOTES = new Set(['"', '”', '’', "'", '»']);

/** How far back a word is read to decide whether its inner capital is a camel-case name. */
const MAX_WORD_LOOKBACK = 24;

/** The letters of the word ending just before `i` (at most MAX_WORD_LOOKBACK of them). */
export function wordBefore(text: string, i: number): string {
  let start = i;
  while (start > 0 && i - start < MAX_WORD_LOOKBACK && isLetter(text[start - 1])) start--;
  return text.slice(start, i);
}

/** A single capital letter before a full stop ("J." in "J.R.") is an initial, not a sentence end. */
function isInitialBefore(text: string, dot: number): boolean {
  return isUpper(text[dot - 1]) && !isLetter(text[dot - 2]);
}

/**
 * True when position `i` (a capital, digit or opener) starts a piece glued to the text before it:
 * the previous character is a lower-case letter, digit or closing mark with no space between, and
 * the capital is not the inner capital of a name or brand (McDonald, iPhone, YouTube, PlayStation).
 */
export function isGluedStart(text: string, i: number, lowerBound = 0): boolean {
  if (i <= lowerBound) return false;
  const here = text[i];
  const left = text[i - 1];
  if (!opensPiece(here, text[i + 1] ?? '')) return false;
  if (isLower(left)) {
    if (isDigit(here)) return false; // "T55", "Model3": letters then digits are one token.
    const word = wordBefore(text, i);
    if (word.length === 1) return false; // iPhone, eBay
    return !CAMEL_PREFIXES.has(word);
  }
  if (isDigit(left)) return !isDigit(here) && here !== '(';
  if (left === '.') return !isInitialBefore(text, i - 1) && !isDigit(here);
  // A quote glues only when it closes something: 'the "Vietnamization" policy' has no junction.
  if (QUOTES.has(left) && (i < 2 || isSpace(text[i - 2]) || OPENERS.has(text[i - 2]))) return false;
  return GLUE_LEFT.has(left ?? '');
}

/**
 * True when `i` starts a capitalised word glued after a run of capitals ("NATO" + "Reuters"):
 * only used with lexicon evidence, since an upper-case run alone says nothing.
 */
export function isCapitalRunSplit(text: string, i: number, lowerBound = 0): boolean {
  return i - 1 > lowerBound && isUpper(text[i - 1]) && isUpper(text[i - 2]) && isUpper(text[i]) && isLower(text[i + 1]);
}
