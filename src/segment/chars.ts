/**
 * Character classes and the junction test: where scraped text glued two pieces together
 * ("Budapest" + "Fortepan", "1953" + "Fortepan", "city." + "The").
 */
import { CAMEL_PREFIXES } from './lexicon.js';

const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;
const LETTER = /^\p{L}$/u;
const SPACE = /^\s$/u;

// ASCII is answered by code ranges; only other characters reach the Unicode regular expressions.
const code = (c: string | undefined): number => (c === undefined || c === '' ? -1 : c.charCodeAt(0));

export function isUpper(c: string | undefined): boolean {
  const k = code(c);
  if (k < 128) return k >= 65 && k <= 90;
  return UPPER.test(c!);
}

export function isLower(c: string | undefined): boolean {
  const k = code(c);
  if (k < 128) return k >= 97 && k <= 122;
  return LOWER.test(c!);
}

export function isLetter(c: string | undefined): boolean {
  const k = code(c);
  if (k < 128) return (k >= 65 && k <= 90) || (k >= 97 && k <= 122);
  return LETTER.test(c!);
}

export function isDigit(c: string | undefined): boolean {
  const k = code(c);
  return k >= 48 && k <= 57;
}

export function isSpace(c: string | undefined): boolean {
  const k = code(c);
  if (k < 128) return k === 32 || (k >= 9 && k <= 13);
  return SPACE.test(c!);
}

/** Characters that end a piece of text and may be followed, without a space, by a glued piece. */
const GLUE_LEFT = new Set(['.', ')', ']', '"', '”', '’', "'", '!', '?', '%', '»']);

/** Characters that may open a glued piece besides capitals and digits. */
const OPENERS = new Set(['"', '“', '‘', '(', '«', '©']);

/** True when `c` can open a glued caption or credit; a quote or bracket only before a capital or digit. */
export function opensPiece(c: string | undefined, next?: string): boolean {
  if (isUpper(c) || isDigit(c) || c === '©') return true;
  return c !== undefined && OPENERS.has(c) && (next === undefined || isUpper(next) || isDigit(next));
}

/**
 * Fast first test for hot loops: false when the character at `i` cannot open a glued piece or a
 * credit (it is not a capital, digit, '©' or opening mark), read from its code unit without making
 * a string. Every credit label also starts with such a character.
 */
export function mayOpenPiece(text: string, i: number): boolean {
  const k = text.charCodeAt(i);
  if (k < 128) return (k >= 65 && k <= 90) || (k >= 48 && k <= 57) || k === 34 || k === 40;
  return k === 0xa9 || k === 0xab || k === 0x201c || k === 0x2018 || UPPER.test(text[i]);
}

const QUOTES = new Set(['"', '”', '’', "'", '»']);

/** Longest camel-case prefix worth looking up ("Hewlett"); longer lower-case runs are plain words. */
const MAX_CAMEL_PREFIX = 8;

/**
 * True when the capital at `i` is the inner capital of a name or brand: McDonald, MacArthur,
 * iPhone, YouTube, PlayStation. Reads at most MAX_CAMEL_PREFIX characters back.
 */
function isCamelInner(text: string, i: number, lowerBound: number): boolean {
  let j = i - 1;
  while (j >= lowerBound && i - j <= MAX_CAMEL_PREFIX && isLower(text[j])) j--;
  if (i - j > MAX_CAMEL_PREFIX) return false;
  const capital = j >= lowerBound && isUpper(text[j]);
  const wordStart = capital ? j : j + 1;
  if (wordStart > lowerBound && isLetter(text[wordStart - 1])) return false;
  if (!capital && i - wordStart === 1) {
    // iPhone, eBay; but "a" + "Photo: ..." and a possessive "Stalin's" + "Reuters" are glued.
    const before = text[wordStart - 1];
    return text[wordStart] !== 'a' && before !== "'" && before !== '’';
  }
  return CAMEL_PREFIXES.has(text.slice(wordStart, i));
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
  // A straight quote glued to the text before it closes a quotation ('the "Freedom"' + credit).
  if (here === '"' || here === "'") return false;
  if (isLower(left)) {
    if (isDigit(here)) return false; // "T55", "Model3": letters then digits are one token.
    return !isCamelInner(text, i, lowerBound);
  }
  if (isDigit(left)) return !isDigit(here) && here !== '(';
  // "J.R.R. Tolkien" is a chain of initials; "U.S." + "Reuters" is glued.
  if (left === '.') return !isDigit(here) && !(isInitialBefore(text, i - 1) && text[i + 1] === '.');
  // O'Neill, D'Arcy: an apostrophe after a lone capital is inside a name.
  if ((left === "'" || left === '’') && isUpper(text[i - 2]) && !isLetter(text[i - 3])) return false;
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
