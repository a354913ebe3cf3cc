/**
 * Word tokens with offsets, for the entity recognizer. Text scraped from galleries glues a
 * caption to its credit and the next caption ("BudapestFortepanStalin's"), so tokens are also
 * split where a lowercase letter runs into a capital, or a word into a number; such a split
 * starts a new unit, like a sentence start.
 */
import { TokenColumns } from '../text/token-columns.js';
import { nextWordHash, type WordFilter } from '../text/word-filter.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** `text` lowercased. */
  lower: string;
  /** Starts a sentence, a line, a glued caption or credit: capitals there prove little. */
  initial: boolean;
  /** Glue split before this token: a caption or credit boundary in scraped text. */
  glued: boolean;
  /** A line break lies between the previous token and this one. */
  newline: boolean;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/u;

/** Character classes of ASCII codes, so the scan needs no call or regex per character. */
const OTHER = 0;
const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;
const BLANK = 4;
const ASCII_CLASS = asciiClasses();

function asciiClasses(): Uint8Array {
  const classes = new Uint8Array(128);
  for (let code = 0; code < 128; code++) {
    if (code >= 97 && code <= 122) classes[code] = LOWER;
    else if (code >= 65 && code <= 90) classes[code] = UPPER;
    else if (code >= 48 && code <= 57) classes[code] = DIGIT;
    else if (code === 32 || (code >= 9 && code <= 13)) classes[code] = BLANK;
  }
  return classes;
}

/** Class of a non-ASCII code unit; a lone surrogate is neither a word character nor a space. */
function wideClass(text: string, i: number): number {
  const c = text[i] as string;
  if (WORD_CHAR.test(c)) return LOWER;
  return SPACE.test(c) ? BLANK : OTHER;
}

function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) {
    const charClass = ASCII_CLASS[code] as number;
    return charClass === LOWER || charClass === UPPER || charClass === DIGIT;
  }
  return !Number.isNaN(code) && WORD_CHAR.test(text[i] ?? '');
}

/** Apostrophes, dots, hyphens and ampersands join runs of word characters. */
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 46 || code === 45 || code === 38;
}

// Dashes count too: after a dateline ("BEIJING (Reuters) - Police ...") a capital proves little.
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '•', '|', '-', '–', '—']);
const SENTENCE_END_CODES = new Set([...SENTENCE_END].map((mark) => mark.charCodeAt(0)));
const CLOSER_CODES = new Set(['"', '”', '’', ')', ']'].map((mark) => mark.charCodeAt(0)));

const GLUE_PREFIX_EXCEPTIONS = new Set(['mac', 'mc', 'de', 'di', 'la', 'le', 'van', 'von', 'da', "o'"]);

/** Flags of a token, one byte each in `Tokens.flags`. */
export const INITIAL = 1;
export const GLUED = 2;
export const NEWLINE = 4;
/** Starts with a capital letter (see isCapitalized). */
export const CAPITAL = 8;
/** Starts with an ASCII digit. */
export const DIGIT_START = 16;
/** May be one of the words of the filter given to `tokenize`. */
export const MARKED = 32;

/**
 * Tokens as parallel arrays (start, end, flags): most words are never looked at by the
 * recognizer, so their strings and objects are only made when asked for (`token(i)`).
 */
export class Tokens extends TokenColumns {
  private cache: (Token | undefined)[] = [];

  constructor(readonly source: string) {
    super(source.length);
  }

  /** The token at `i` as an object with its strings, made once; undefined past either end. */
  token(i: number): Token | undefined {
    if (i < 0 || i >= this.length) return undefined;
    const cached = this.cache[i];
    if (cached) return cached;
    const start = this.starts[i] as number;
    const end = this.ends[i] as number;
    const flags = this.flags[i] as number;
    const text = this.source.slice(start, end);
    const token: Token = {
      start,
      end,
      text,
      lower: text.toLowerCase(),
      initial: (flags & INITIAL) !== 0,
      glued: (flags & GLUED) !== 0,
      newline: (flags & NEWLINE) !== 0,
    };
    this.cache[i] = token;
    return token;
  }

  /** Tokens first..last (inclusive) as objects. */
  range(first: number, last: number): Token[] {
    const range: Token[] = [];
    for (let i = first; i <= last; i++) range.push(this.token(i) as Token);
    return range;
  }

  /** All tokens as objects. */
  all(): Token[] {
    return this.range(0, this.length - 1);
  }

  /** The token is one character with char code `code`. */
  isChar(i: number, code: number): boolean {
    return i >= 0 && i < this.length && (this.ends[i] as number) - (this.starts[i] as number) === 1 && this.source.charCodeAt(this.starts[i] as number) === code;
  }

  /** Token `i` exists and has all of `flags`. */
  has(i: number, flags: number): boolean {
    return i >= 0 && i < this.length && ((this.flags[i] as number) & flags) === flags;
  }
}

/**
 * Tokens of `text` in order; `sentenceStarts` (offsets) mark starts known from the segment layer;
 * tokens that may be one of `marked`'s words get the MARKED flag. One hand-written scan, linear
 * and without a string per word: a word is a run of letters and digits, with single inner
 * apostrophes, dots, hyphens or ampersands joining runs (Stalin's, U.S, T-54, anti-Communist).
 */
export function tokenize(text: string, sentenceStarts: Iterable<number> = [], marked?: WordFilter): Tokens {
  const tokens = new Tokens(text);
  const known = Int32Array.from(sentenceStarts).sort();
  const length = text.length;
  // The arrays are filled here directly: a call per token costs in the cold first documents.
  let { starts, ends, flags: flagsOf } = tokens;
  let count = 0;
  // The previous two tokens' char codes when they are one character long, else -1.
  let previousMark = -1;
  let markBefore = -1;
  let nextKnown = 0;
  let newline = false;
  let i = 0;
  while (i < length) {
    const first = text.charCodeAt(i);
    const firstClass = first < 128 ? (ASCII_CLASS[first] as number) : wideClass(text, i);
    if (firstClass === BLANK) {
      if (first === 10 || first === 13) newline = true;
      i++;
      continue;
    }
    const start = i;
    // Hash of the lowercased word for `marked`; a capital, digit or non-ASCII character after
    // the first (`gluable`) is what a glued caption or credit boundary needs (see glueParts).
    let hash = 0;
    let ascii = true;
    let gluable = false;
    let laterDigit = false;
    if (firstClass === OTHER) {
      // One punctuation mark; a surrogate pair stays whole.
      i += first >= 0xd800 && first <= 0xdbff && i + 1 < length ? 2 : 1;
      ascii = first < 128;
      hash = first;
    } else {
      for (;;) {
        while (i < length) {
          let code = text.charCodeAt(i);
          // Lowercase ASCII letters, most of any text, take the shortest path.
          if (code >= 97 && code <= 122) {
            hash = nextWordHash(hash, code);
            i++;
            continue;
          }
          if (code < 128) {
            const charClass = ASCII_CLASS[code] as number;
            if (charClass === OTHER || charClass === BLANK) break;
            if (charClass === UPPER) {
              code += 32;
              if (i > start) gluable = true;
            } else if (charClass === DIGIT && i > start) laterDigit = true;
            hash = nextWordHash(hash, code);
          } else {
            if (wideClass(text, i) !== LOWER) break;
            ascii = false;
            if (i > start) gluable = true;
          }
          i++;
        }
        if (i + 1 >= length) break;
        const joiner = text.charCodeAt(i);
        if (!isJoiner(joiner) || !isWordChar(text, i + 1)) break;
        if (joiner > 127) {
          ascii = false;
          gluable = true;
        }
        hash = nextWordHash(hash, joiner);
        i++;
      }
    }
    const end = i;
    // A digit splits a word only after a letter (Fortepan23): numbers like 1956 never split.
    if (laterDigit && !gluable) gluable = hasLetter(text, start, end);
    // Only one-character tokens can end a sentence or close a quote after its end.
    const afterStop =
      count === 0 ||
      (previousMark >= 0 &&
        ((SENTENCE_END_CODES.has(previousMark) && !followsAbbreviation(tokens)) ||
          (CLOSER_CODES.has(previousMark) && markBefore >= 0 && SENTENCE_END_CODES.has(markBefore))));
    while (nextKnown < known.length && (known[nextKnown] as number) < start) nextKnown++;
    const initial = newline || afterStop || (nextKnown < known.length && known[nextKnown] === start);
    let flags = (initial ? INITIAL : 0) | (newline ? NEWLINE : 0);
    if (!gluable || end - start < 4) {
      if (firstClass === UPPER || (first >= 128 && isUpper(text[start] as string))) flags |= CAPITAL;
      else if (firstClass === DIGIT) flags |= DIGIT_START;
      if (marked !== undefined && (!ascii || marked.hasHash(hash))) flags |= MARKED;
      if (count === starts.length) {
        tokens.grow();
        ({ starts, ends, flags: flagsOf } = tokens);
      }
      starts[count] = start;
      ends[count] = end;
      flagsOf[count] = flags;
      tokens.length = ++count;
      markBefore = previousMark;
      previousMark = end - start === 1 ? first : -1;
    } else {
      pushGlued(tokens, start, end, flags, marked);
      ({ starts, ends, flags: flagsOf, length: count } = tokens);
      markBefore = singleCharAt(tokens, count - 2);
      previousMark = singleCharAt(tokens, count - 1);
    }
    newline = false;
  }
  return tokens;
}

/** The parts of a glued word ("BudapestFortepan") as tokens; all but the first start a unit. */
function pushGlued(tokens: Tokens, start: number, end: number, flags: number, marked: WordFilter | undefined): void {
  const text = tokens.source;
  let firstPart = true;
  for (const [partStart, partEnd] of glueParts(text.slice(start, end))) {
    const from = start + partStart;
    const to = start + partEnd;
    const mark = marked?.mayContain(text, from, to) ? MARKED : 0;
    tokens.push(from, to, (firstPart ? flags : INITIAL | GLUED) | startFlags(text, from) | mark);
    firstPart = false;
  }
}

/** An ASCII letter, or any non-ASCII character (it may be a letter), in text[start..end). */
function hasLetter(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    if (code >= 128) return true;
    const charClass = ASCII_CLASS[code] as number;
    if (charClass === LOWER || charClass === UPPER) return true;
  }
  return false;
}

/** The char code of token `i` when it is one character long, else -1. */
function singleCharAt(tokens: Tokens, i: number): number {
  if (i < 0 || (tokens.ends[i] as number) - (tokens.starts[i] as number) !== 1) return -1;
  return tokens.source.charCodeAt(tokens.starts[i] as number);
}

/** CAPITAL and DIGIT_START of the token starting at `start`. */
function startFlags(text: string, start: number): number {
  const code = text.charCodeAt(start);
  if (code < 128) {
    const charClass = ASCII_CLASS[code] as number;
    return charClass === UPPER ? CAPITAL : charClass === DIGIT ? DIGIT_START : 0;
  }
  return isUpper(text[start] as string) ? CAPITAL : 0;
}

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'gen', 'col', 'lt', 'capt', 'sgt', 'maj', 'adm', 'sen', 'rep', 'gov', 'prof', 'st', 'jr', 'sr', 'rev', 'hon', 'no', 'vs', 'u.s', 'u.k', 'u.n']);

/** The last token is a full stop closing an abbreviation (Gen., J.), not a sentence. */
function followsAbbreviation(tokens: Tokens): boolean {
  const stop = tokens.length - 1;
  const word = stop - 1;
  if (word < 0 || !tokens.isChar(stop, 46) || tokens.ends[word] !== tokens.starts[stop]) return false;
  // Abbreviations have at most four characters, a capital letter at most two (a surrogate pair).
  if ((tokens.ends[word] as number) - (tokens.starts[word] as number) > 4) return false;
  const text = tokens.source.slice(tokens.starts[word], tokens.ends[word]);
  return ABBREVIATIONS.has(text.toLowerCase()) || /^\p{Lu}$/u.test(text);
}

function isLower(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

function isUpper(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isLetter = (c: string): boolean => isLower(c) || isUpper(c);

/** [start, end) parts of one word, split at glue points. */
export function glueParts(word: string): [number, number][] {
  if (word.length < 4) return [[0, word.length]];
  const parts: [number, number][] = [];
  let partStart = 0;
  for (let i = 1; i < word.length; i++) {
    if (isStopGlue(word, partStart, i)) {
      // "Budapest.Jan": a full stop with no space after it; it becomes a token of its own.
      parts.push([partStart, i], [i, i + 1]);
      partStart = i + 1;
    } else if (isGluePoint(word, partStart, i)) {
      parts.push([partStart, i]);
      partStart = i;
    }
  }
  parts.push([partStart, word.length]);
  return parts;
}

/** A full stop glued to the next unit: "Street.Photo", "Petionville.AFP" (a credit's agency). */
function isStopGlue(word: string, partStart: number, i: number): boolean {
  return word[i] === '.' && i - partStart >= 3 && isLower(word[i - 1] ?? '') && isUpper(word[i + 1] ?? '') && (isLower(word[i + 2] ?? '') || isUpper(word[i + 2] ?? ''));
}

function isGluePoint(word: string, partStart: number, i: number): boolean {
  const before = word[i - 1] ?? '';
  const here = word[i] ?? '';
  if (isLower(before) && isUpper(here)) {
    const left = word.slice(partStart, i);
    return left.length >= 3 && !GLUE_PREFIX_EXCEPTIONS.has(left.toLowerCase()) && !left.includes('-');
  }
  // 1953Fortepan, AFP12: a number glued to a word of three or more letters.
  if (isDigit(before) && isUpper(here)) return lettersAhead(word, i) >= 3 && !word.slice(partStart, i).includes('-');
  // Fortepan23, AP25: a word of three or more letters (or an acronym) glued to a number.
  if (isLetter(before) && isDigit(here)) return /^(?:\p{L}{3,}|\p{Lu}{2})$/u.test(word.slice(partStart, i)) && !word.slice(i).includes('-');
  return false;
}

function lettersAhead(word: string, from: number): number {
  let n = 0;
  while (from + n < word.length && isLetter(word[from + n] ?? '')) n++;
  return n;
}

/** Starts with a capital letter (after any leading apostrophe). */
export function isCapitalized(text: string): boolean {
  const first = text[0] ?? '';
  return isUpper(first);
}

/** Two or more capitals and no lowercase: NATO, AFP, U.S. */
export function isAcronym(text: string): boolean {
  let capitals = 0;
  for (const c of text) {
    if (isLower(c)) return false;
    if (isUpper(c)) capitals++;
  }
  return capitals >= 2;
}

/** Contains a digit (T-54, 1956): never part of a name chunk. */
export function hasDigit(text: string): boolean {
  return /\d/.test(text);
}
