/**
 * Word tokens with offsets, for the entity recognizer. Text scraped from galleries glues a
 * caption to its credit and the next caption ("BudapestFortepanStalin's"), so tokens are also
 * split where a lowercase letter runs into a capital, or a word into a number; such a split
 * starts a new unit, like a sentence start.
 */

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
const JOINERS = new Set(["'", '’', '.', '-', '&']);

function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return !Number.isNaN(code) && WORD_CHAR.test(text[i] ?? '');
}

function isSpace(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text[i] ?? '');
}

/** Apostrophes, dots, hyphens and ampersands join runs of word characters. */
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 46 || code === 45 || code === 38;
}

/**
 * End of the raw word or punctuation mark starting at a non-space `start`. A word is a run of
 * letters and digits, with single inner apostrophes, dots, hyphens or ampersands joining runs
 * (Stalin's, U.S, T-54, anti-Communist); a hand-written scan, linear and allocation-free.
 */
function rawWordEnd(text: string, start: number): number {
  const length = text.length;
  let i = start;
  if (!isWordChar(text, i)) {
    // One punctuation mark; a surrogate pair stays whole.
    const code = text.charCodeAt(i);
    return i + (code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1);
  }
  while (i < length && isWordChar(text, i)) i++;
  while (i + 1 < length && isJoiner(text.charCodeAt(i)) && isWordChar(text, i + 1)) {
    i++;
    while (i < length && isWordChar(text, i)) i++;
  }
  return i;
}

// Dashes count too: after a dateline ("BEIJING (Reuters) - Police ...") a capital proves little.
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '•', '|', '-', '–', '—']);
const SENTENCE_END_CODES = new Set([...SENTENCE_END].map((mark) => mark.charCodeAt(0)));
const CLOSER_CODES = new Set(['"', '”', '’', ')', ']'].map((mark) => mark.charCodeAt(0)));

/** One-character marks tested by code, without making the token's string. */
const isSentenceEndAt = (tokens: Tokens, i: number): boolean =>
  (tokens.ends[i] as number) - (tokens.starts[i] as number) === 1 && SENTENCE_END_CODES.has(tokens.source.charCodeAt(tokens.starts[i] as number));
const isCloserAt = (tokens: Tokens, i: number): boolean =>
  (tokens.ends[i] as number) - (tokens.starts[i] as number) === 1 && CLOSER_CODES.has(tokens.source.charCodeAt(tokens.starts[i] as number));
const GLUE_PREFIX_EXCEPTIONS = new Set(['mac', 'mc', 'de', 'di', 'la', 'le', 'van', 'von', 'da', "o'"]);

/** Flags of a token, one byte each in `Tokens.flags`. */
export const INITIAL = 1;
export const GLUED = 2;
export const NEWLINE = 4;

/**
 * Tokens as parallel arrays (start, end, flags): most words are never looked at by the
 * recognizer, so their strings and objects are only made when asked for (`token(i)`).
 */
export class Tokens {
  length = 0;
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;
  private cache: (Token | undefined)[] = [];

  constructor(readonly source: string) {
    const capacity = (source.length >> 3) + 16;
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
  }

  push(start: number, end: number, flags: number): void {
    if (this.length === this.starts.length) this.grow();
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.flags[this.length] = flags;
    this.length++;
  }

  private grow(): void {
    const capacity = this.starts.length * 2;
    const starts = new Int32Array(capacity);
    const ends = new Int32Array(capacity);
    const flags = new Uint8Array(capacity);
    starts.set(this.starts);
    ends.set(this.ends);
    flags.set(this.flags);
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
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

  /** Starts with a capital letter (see isCapitalized). */
  isCapitalizedAt(i: number): boolean {
    if (i < 0 || i >= this.length) return false;
    const code = this.source.charCodeAt(this.starts[i] as number);
    if (code < 128) return code >= 65 && code <= 90;
    return isUpper(this.source[this.starts[i] as number] as string);
  }

  /** Starts with an ASCII digit. */
  startsWithDigitAt(i: number): boolean {
    if (i < 0 || i >= this.length) return false;
    const code = this.source.charCodeAt(this.starts[i] as number);
    return code >= 48 && code <= 57;
  }
}

/** Tokens of `text` in order; `sentenceStarts` (offsets) mark starts known from the segment layer. */
export function tokenize(text: string, sentenceStarts: Iterable<number> = []): Tokens {
  const tokens = new Tokens(text);
  const known = Int32Array.from(sentenceStarts).sort();
  let nextKnown = 0;
  let previousEnd = 0;
  let start = 0;
  while (start < text.length) {
    if (isSpace(text, start)) {
      start++;
      continue;
    }
    const wordEnd = rawWordEnd(text, start);
    const newline = hasNewline(text, previousEnd, start);
    const afterStop =
      tokens.length === 0 ||
      (isSentenceEndAt(tokens, tokens.length - 1) && !followsAbbreviation(tokens)) ||
      isClosingAfterStop(tokens);
    while (nextKnown < known.length && (known[nextKnown] as number) < start) nextKnown++;
    const initial = newline || afterStop || known[nextKnown] === start;
    const flags = (initial ? INITIAL : 0) | (newline ? NEWLINE : 0);
    if (!mayBeGlued(text, start, wordEnd)) {
      tokens.push(start, wordEnd, flags);
    } else {
      let first = true;
      for (const [partStart, partEnd] of glueParts(text.slice(start, wordEnd))) {
        tokens.push(start + partStart, start + partEnd, first ? flags : INITIAL | GLUED);
        first = false;
      }
    }
    previousEnd = wordEnd;
    start = wordEnd;
  }
  return tokens;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) return true;
  return false;
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

/** A quote or bracket closing right after a full stop still ends the sentence. */
function isClosingAfterStop(tokens: Tokens): boolean {
  const last = tokens.length - 1;
  return last >= 1 && isCloserAt(tokens, last) && isSentenceEndAt(tokens, last - 1);
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

/** Cheap test: only words with a capital or digit after their first character can split. */
function mayBeGlued(text: string, start: number, end: number): boolean {
  if (end - start < 4) return false;
  for (let i = start + 1; i < end; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code > 127) return true;
  }
  return false;
}

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

function isStopGlue(word: string, partStart: number, i: number): boolean {
  return word[i] === '.' && i - partStart >= 3 && isLower(word[i - 1] ?? '') && isUpper(word[i + 1] ?? '') && isLower(word[i + 2] ?? '');
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
