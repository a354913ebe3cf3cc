/**
 * Character classes and the junction test: where scraped text glued two pieces together
 * ("Budapest" + "Fortepan", "1953" + "Fortepan", "city." + "The").
 *
 * Characters are read as UTF-16 code units by offset (`upperAt(text, i)`), never as one-character
 * strings: a code is always a small integer (-1 outside the text), so optimised code sees one type
 * and is not thrown away when a read falls past either end of the text.
 */
import { CAMEL_PREFIXES } from './lexicon.js';

const UPPER = 1;
const LOWER = 2;
const LETTER = 4;
const SPACE = 8;

/** The classes of a code unit by the Unicode regular expressions, for code units with no table entry. */
function classByRegExp(k: number): number {
  const c = String.fromCharCode(k);
  return (/^\p{Lu}$/u.test(c) ? UPPER : 0) | (/^\p{Ll}$/u.test(c) ? LOWER : 0) | (/^\p{L}$/u.test(c) ? LETTER : 0) | (/^\s$/u.test(c) ? SPACE : 0);
}

/**
 * Code units below this have their classes in a table: ASCII, the Latin, Greek, Cyrillic and other
 * alphabets, and General Punctuation (dashes, curly quotes, the ellipsis, spaces), so the commonest
 * characters of any text take one path and optimised code never meets a branch it has not seen.
 */
const TABLE_SIZE = 0x2070;

/**
 * The table, filled from runs of each class found by the same Unicode regular expressions (~3 ms).
 * Entry k + 1 holds code unit k; entry 0 is -1, outside the text, of no class.
 */
function classTable(): Uint8Array {
  const table = new Uint8Array(TABLE_SIZE + 1);
  const codes: number[] = [];
  for (let k = 0; k < TABLE_SIZE; k++) codes.push(k);
  const units = String.fromCharCode(...codes);
  const runs: Array<[RegExp, number]> = [[/\p{Lu}+/gu, UPPER], [/\p{Ll}+/gu, LOWER], [/\p{L}+/gu, LETTER], [/\s+/gu, SPACE]];
  for (const [pattern, flag] of runs) {
    for (let match = pattern.exec(units); match !== null; match = pattern.exec(units)) {
      for (let k = match.index; k < match.index + match[0].length; k++) table[k + 1] |= flag;
    }
  }
  return table;
}

const CLASSES = classTable();

/** The class flags of code unit `k`; none for -1 (outside the text), which the table holds too. */
function classOf(k: number): number {
  return k < TABLE_SIZE ? CLASSES[k + 1] : classByRegExp(k);
}

/** The code unit at `i`, or -1 outside the text. */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

export const isUpperCode = (k: number): boolean => (classOf(k) & UPPER) !== 0;
export const isLowerCode = (k: number): boolean => (classOf(k) & LOWER) !== 0;
export const isLetterCode = (k: number): boolean => (classOf(k) & LETTER) !== 0;
export const isSpaceCode = (k: number): boolean => (classOf(k) & SPACE) !== 0;

export function isDigitCode(k: number): boolean {
  return k >= 48 && k <= 57;
}

export const upperAt = (text: string, i: number): boolean => isUpperCode(codeAt(text, i));
export const lowerAt = (text: string, i: number): boolean => isLowerCode(codeAt(text, i));
export const letterAt = (text: string, i: number): boolean => isLetterCode(codeAt(text, i));
export const digitAt = (text: string, i: number): boolean => isDigitCode(codeAt(text, i));
export const spaceAt = (text: string, i: number): boolean => isSpaceCode(codeAt(text, i));

const QUOTE = 34; // "
const APOSTROPHE = 39; // '
const RIGHT_SINGLE_QUOTE = 0x2019; // ’
const LEFT_PAREN = 40;
const LEFT_BRACKET = 91;
const FULL_STOP = 46;
const COPYRIGHT = 0xa9; // ©

/** Characters that end a piece of text and may be followed, without a space, by a glued piece: . ) ] " ” ’ ' ! ? % » */
function isGlueLeft(k: number): boolean {
  return k === FULL_STOP || k === 41 || k === 93 || k === 33 || k === 63 || k === 37 || isQuote(k);
}

/** Characters that may open a glued piece besides capitals and digits: " “ ‘ ( [ « © */
function isPieceOpener(k: number): boolean {
  return k === QUOTE || k === 0x201c || k === 0x2018 || k === LEFT_PAREN || k === LEFT_BRACKET || k === 0xab || k === COPYRIGHT;
}

/** Closing quotes: " ” ’ ' » */
function isQuote(k: number): boolean {
  return k === QUOTE || k === 0x201d || k === RIGHT_SINGLE_QUOTE || k === APOSTROPHE || k === 0xbb;
}

/** True when the character at `i` can open a glued caption or credit; a quote or bracket only before a capital or digit. */
export function opensPieceAt(text: string, i: number): boolean {
  const k = codeAt(text, i);
  if (isUpperCode(k) || isDigitCode(k) || k === COPYRIGHT) return true;
  return isPieceOpener(k) && (upperAt(text, i + 1) || digitAt(text, i + 1));
}

/**
 * Fast first test for hot loops: false when the character at `i` cannot open a glued piece or a
 * credit (it is not a capital, digit, '©' or opening mark). Every credit label also starts with
 * such a character.
 */
export function mayOpenPiece(text: string, i: number): boolean {
  const k = codeAt(text, i);
  if (k < 128) return (k >= 65 && k <= 90) || (k >= 48 && k <= 57) || k === QUOTE || k === LEFT_PAREN || k === LEFT_BRACKET;
  return k === COPYRIGHT || k === 0xab || k === 0x201c || k === 0x2018 || isUpperCode(k);
}

/** Longest camel-case prefix worth looking up ("Hewlett"); longer lower-case runs are plain words. */
const MAX_CAMEL_PREFIX = 8;

/**
 * True when the capital at `i` is the inner capital of a name or brand: McDonald, MacArthur,
 * iPhone, YouTube, PlayStation. Reads at most MAX_CAMEL_PREFIX characters back.
 */
function isCamelInner(text: string, i: number, lowerBound: number): boolean {
  let j = i - 1;
  while (j >= lowerBound && i - j <= MAX_CAMEL_PREFIX && lowerAt(text, j)) j--;
  if (i - j > MAX_CAMEL_PREFIX) return false;
  const capital = j >= lowerBound && upperAt(text, j);
  const wordStart = capital ? j : j + 1;
  if (wordStart > lowerBound && letterAt(text, wordStart - 1)) return false;
  if (!capital && i - wordStart === 1) {
    // iPhone, eBay; but "a" + "Photo: ..." and a possessive "Stalin's" + "Reuters" are glued.
    const before = codeAt(text, wordStart - 1);
    return codeAt(text, wordStart) !== 97 && before !== APOSTROPHE && before !== RIGHT_SINGLE_QUOTE;
  }
  return CAMEL_PREFIXES.has(text.slice(wordStart, i));
}

/** A single capital letter before a full stop ("J." in "J.R.") is an initial, not a sentence end. */
function isInitialBefore(text: string, dot: number): boolean {
  return upperAt(text, dot - 1) && !letterAt(text, dot - 2);
}

/**
 * True when position `i` (a capital, digit or opener) starts a piece glued to the text before it:
 * the previous character is a lower-case letter, digit or closing mark with no space between, and
 * the capital is not the inner capital of a name or brand (McDonald, iPhone, YouTube, PlayStation).
 */
export function isGluedStart(text: string, i: number, lowerBound = 0): boolean {
  if (i <= lowerBound) return false;
  if (!opensPieceAt(text, i)) return false;
  const here = codeAt(text, i);
  const left = codeAt(text, i - 1);
  // A straight quote glued to the text before it closes a quotation ('the "Freedom"' + credit).
  if (here === QUOTE || here === APOSTROPHE) return false;
  // Read here rather than in the rarer branches below, which optimised code may not have seen.
  const digit = isDigitCode(here);
  const paren = here === LEFT_PAREN;
  const twoBack = codeAt(text, i - 2);
  const loneCapitalTwoBack = isUpperCode(twoBack) && !isLetterCode(codeAt(text, i - 3));
  // "T55", "Model3": letters then digits are one token.
  if (isLowerCode(left)) return !digit && !isCamelInner(text, i, lowerBound);
  if (isDigitCode(left)) return !digit && !paren;
  // "J.R.R. Tolkien" is a chain of initials; "U.S." + "Reuters" is glued.
  if (left === FULL_STOP) return !digit && !(isInitialBefore(text, i - 1) && codeAt(text, i + 1) === FULL_STOP);
  // O'Neill, D'Arcy: an apostrophe after a lone capital is inside a name.
  if ((left === APOSTROPHE || left === RIGHT_SINGLE_QUOTE) && loneCapitalTwoBack) return false;
  // A quote glues only when it closes something: 'the "Vietnamization" policy' has no junction.
  if (isQuote(left) && (i < 2 || isSpaceCode(twoBack) || isPieceOpener(twoBack))) return false;
  return isGlueLeft(left);
}

/**
 * True when `i` starts a capitalised word glued after a run of capitals ("NATO" + "Reuters"):
 * only used with lexicon evidence, since an upper-case run alone says nothing.
 */
export function isCapitalRunSplit(text: string, i: number, lowerBound = 0): boolean {
  return i - 1 > lowerBound && upperAt(text, i - 1) && upperAt(text, i - 2) && upperAt(text, i) && lowerAt(text, i + 1);
}
