/**
 * One linear pass splitting the text into words, numbers and single punctuation marks.
 * Letters and digits are split apart even when glued ("AFP12" → "AFP", "12"), and a capital after
 * a lower-case letter starts a new word ("NovemberFortepan"), so dates glued to scraped credits are seen.
 *
 * Tokens are kept as parallel typed arrays of small integers, not one object each: a document has thousands of
 * words and the tagger looks closely at only a few of them, so a word's lower-case string is made on
 * first request and most words never get one. Typed arrays filled in place cost a third less than
 * growing plain arrays token by token (the tokenizer reads every character of every document).
 */

import { TokenColumns } from '../text/token-columns.js';
import { nextWordHash, type WordFilter } from '../text/word-filter.js';

export const WORD = 1;
export const NUM = 2;
export const PUNCT = 3;

/** Flag bits per token, above the kind's two bits. */
const KIND_MASK = 3;
const SPACED = 4;
const NEWLINE = 8;
/** The word has a capital or a non-ASCII letter, so its lower-case form differs or needs Unicode rules. */
const MIXED = 16;

// Character classes, looked up once per UTF-16 code unit (a table is cheaper than chained comparisons).
const OTHER = 0;
const SPACE = 1;
const BREAK = 2;
const DIGIT = 3;
const LOWER = 4;
const UPPER = 5;
const LETTER = 6;

function classOf(c: number): number {
  if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return BREAK;
  if (c === 32 || c === 9 || c === 0xa0 || c === 12 || c === 11) return SPACE;
  if (c >= 48 && c <= 57) return DIGIT;
  if (c >= 97 && c <= 122) return LOWER;
  if (c >= 65 && c <= 90) return UPPER;
  if (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000) return LETTER;
  return OTHER;
}

const CLASSES: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = classOf(c);
  return table;
})();

/** Numbers longer than this are not read as values (they are beyond exact integers anyway). */
const MAX_NUMBER_DIGITS = 15;

/** Typographic quotes read as the plain ones the rules name: "Wednesday’s ruling" is "Wednesday's ruling". */
const PLAIN_MARKS: ReadonlyMap<string, string> = new Map([
  ['\u2019', "'"],
  ['\u2018', "'"],
  ['\u02bc', "'"],
  ['\u201c', '"'],
  ['\u201d', '"'],
]);

function plainMark(mark: string): string {
  return PLAIN_MARKS.get(mark) ?? mark;
}

/** The tokens of one text. Indices outside 0..length-1 read as no token (kind 0, empty text). */
export class Tokens {
  readonly text: string;
  readonly length: number;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** Kind in the low two bits, flags above them. */
  private readonly infos: Uint8Array;
  /** Lower-case strings made so far, by token index (few tokens ever need one). */
  private readonly lowers: (string | undefined)[];
  /** Indices of the numbers and of the words the filter given to `tokenize` may contain. */
  readonly marked: readonly number[];

  /** The first `length` entries of the arrays are the tokens (the rest is spare capacity). */
  constructor(text: string, length: number, starts: Int32Array, ends: Int32Array, infos: Uint8Array, marked: number[]) {
    this.text = text;
    this.length = length;
    this.starts = starts;
    this.ends = ends;
    this.infos = infos;
    this.marked = marked;
    this.lowers = new Array<string | undefined>(length);
  }

  /** WORD, NUM, PUNCT, or 0 when i is out of range. */
  kind(i: number): number {
    return i >= 0 && i < this.length ? this.infos[i] & KIND_MASK : 0;
  }

  start(i: number): number {
    return this.starts[i];
  }

  end(i: number): number {
    return this.ends[i];
  }

  /** Value of a number token (NaN for others and for numbers too long to be exact). */
  num(i: number): number {
    if (this.kind(i) !== NUM) return Number.NaN;
    const start = this.starts[i];
    const end = this.ends[i];
    if (end - start > MAX_NUMBER_DIGITS) return Number.NaN;
    let value = 0;
    for (let k = start; k < end; k++) value = value * 10 + (this.text.charCodeAt(k) - 48);
    return value;
  }

  /** White space separates token i from the one before it. */
  spaced(i: number): boolean {
    return (this.infos[i] & SPACED) !== 0;
  }

  /** A line break separates token i from the one before it. */
  newline(i: number): boolean {
    return (this.infos[i] & NEWLINE) !== 0;
  }

  /** Lower-case text of a word, the digits of a number, the mark itself (typographic quotes as plain ones); '' out of range. */
  lower(i: number): string {
    if (i < 0 || i >= this.length) return '';
    const cached = this.lowers[i];
    if (cached !== undefined) return cached;
    const raw = this.text.slice(this.starts[i], this.ends[i]);
    const lower = (this.infos[i] & MIXED) !== 0 ? raw.toLowerCase() : (this.infos[i] & KIND_MASK) === PUNCT ? plainMark(raw) : raw;
    this.lowers[i] = lower;
    return lower;
  }
}

function lowerAsciiAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 97 && c <= 122;
}

/**
 * The tokens of `text`. Every number, and every word `words` may contain, is listed in `marked` as
 * it is found, so a caller looking for a few hundred trigger words need not walk every token again.
 * A word with a non-ASCII letter is always marked: its lower-case form needs Unicode rules.
 */
export function tokenize(text: string, words?: WordFilter): Tokens {
  const n = text.length;
  const store = new TokenColumns(n);
  // the arrays are filled here directly, as the entity tokenizer does: a call per token costs
  let { starts, ends, flags } = store;
  let count = 0;
  const marked: number[] = [];
  let i = 0;
  let gap = SPACED | NEWLINE;
  while (i < n) {
    const cls = CLASSES[text.charCodeAt(i)];
    if (cls === SPACE || cls === BREAK) {
      gap |= cls === BREAK ? SPACED | NEWLINE : SPACED;
      i++;
      continue;
    }
    const start = i;
    let info: number;
    if (cls === DIGIT) {
      while (i < n && CLASSES[text.charCodeAt(i)] === DIGIT) i++;
      info = NUM;
      marked.push(count);
    } else if (cls >= LOWER) {
      let mixed = 0;
      let prevLower = false;
      let capitals = 0;
      let hash = 0;
      let ascii = true;
      while (i < n) {
        const c = text.charCodeAt(i);
        // lower-case ASCII, most of any text, skips the class table
        if (c >= 97 && c <= 122) {
          hash = nextWordHash(hash, c);
          prevLower = true;
          capitals = 0;
          i++;
          continue;
        }
        const k = CLASSES[c];
        // a scraped credit glued to a word ("NovemberFortepan") starts a new token at its capital;
        // after an agency's capitals, a capitalised word does too ("TASRThe next day", not "POWs")
        if (k < LOWER || (k === UPPER && (prevLower || (capitals >= 2 && lowerAsciiAt(text, i + 1) && lowerAsciiAt(text, i + 2))))) break;
        capitals = k === UPPER ? capitals + 1 : 0;
        prevLower = false;
        mixed = MIXED;
        if (k === LETTER) ascii = false;
        else hash = nextWordHash(hash, c | 32);
        i++;
      }
      info = WORD | mixed;
      if (words !== undefined && (!ascii || words.hasHash(hash))) marked.push(count);
    } else {
      i++;
      info = PUNCT;
    }
    if (count === starts.length) {
      store.grow();
      ({ starts, ends, flags } = store);
    }
    starts[count] = start;
    ends[count] = i;
    flags[count] = info | gap;
    count++;
    gap = 0;
  }
  return new Tokens(text, count, starts, ends, flags, marked);
}
