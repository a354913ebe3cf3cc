/**
 * A small word tokenizer with offsets into the original text, shared by the quantities and events
 * stages. Hyphens and other punctuation are tokens of their own, so "T-54", "15-year-old" and
 * "twenty-five" can be recognised from adjacency (`gapBefore`).
 */

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
}

/**
 * The tokens are those of /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|[^\s\p{L}\p{M}\d]/gu:
 * digit runs joined by single dots or commas, letter runs joined by single apostrophes, and any
 * other non-space code point alone. A hand-written scan finds them several times faster than
 * the regular expression (no match objects, ASCII classified by code), and is linear on any input.
 */
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const SPACE = /^\s$/u;

/** Code units of the code point at i (1 or 2), with a lone surrogate or a pair cut at `to` as one unit. */
function widthAt(text: string, i: number, to: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= to) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

function isLetterAt(text: string, i: number, to: number): boolean {
  if (i >= to) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return LETTER_OR_MARK.test(text.slice(i, i + widthAt(text, i, to)));
}

function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text[i] as string);
}

/** End of the number starting at i: digits, then [.,]digits as long as they go. */
function numberEnd(text: string, i: number, to: number): number {
  while (i < to && isDigitCode(text.charCodeAt(i))) i++;
  for (;;) {
    // Checked before reading: a read past the text's end would deoptimize the compiled loop.
    if (i + 1 >= to) return i;
    const code = text.charCodeAt(i);
    if (!(code === 46 || code === 44) || !isDigitCode(text.charCodeAt(i + 1))) return i;
    i++;
    while (i < to && isDigitCode(text.charCodeAt(i))) i++;
  }
}

/** End of the word starting at i: letters, then an apostrophe and letters as long as they go. */
function wordEnd(text: string, i: number, to: number): number {
  while (isLetterAt(text, i, to)) i += widthAt(text, i, to);
  for (;;) {
    if (i + 1 >= to) return i;
    const code = text.charCodeAt(i);
    if (!(code === 39 || code === 0x2019) || !isLetterAt(text, i + 1, to)) return i;
    i++;
    while (isLetterAt(text, i, to)) i += widthAt(text, i, to);
  }
}

const OTHER = 0;
const SPACE_CLASS = 1;
const DIGIT = 2;
const LETTER = 3;
/** Classes of the ASCII characters: most text is read through this table, one lookup a character. */
const ASCII_CLASS = (() => {
  const classes = new Uint8Array(128);
  for (let code = 0; code < 128; code++) {
    if (code === 32 || (code >= 9 && code <= 13)) classes[code] = SPACE_CLASS;
    else if (isDigitCode(code)) classes[code] = DIGIT;
    else if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) classes[code] = LETTER;
    else classes[code] = OTHER;
  }
  return classes;
})();

/** End of the word starting with the ASCII letter at i: ASCII letters, then wordEnd for the rest. */
function asciiWordEnd(text: string, i: number, to: number): number {
  let j = i + 1;
  while (j < to) {
    const code = text.charCodeAt(j);
    if (code < 128 && ASCII_CLASS[code] === LETTER) j++;
    // A non-ASCII letter or mark, or an apostrophe, may continue the word.
    else return code >= 128 || code === 39 ? wordEnd(text, j, to) : j;
  }
  return j;
}

/** Tokens of `text.slice(from, to)`, with offsets in `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    const asciiClass = code < 128 ? (ASCII_CLASS[code] as number) : -1;
    if (asciiClass === SPACE_CLASS || (asciiClass < 0 && isSpaceAt(text, i))) {
      i++;
      continue;
    }
    let end: number;
    let kind: TokenKind;
    if (asciiClass === DIGIT) {
      end = numberEnd(text, i, to);
      kind = 'number';
    } else if (asciiClass === LETTER) {
      end = asciiWordEnd(text, i, to);
      kind = 'word';
    } else if (asciiClass < 0 && isLetterAt(text, i, to)) {
      end = wordEnd(text, i, to);
      kind = 'word';
    } else {
      end = asciiClass === OTHER ? i + 1 : i + widthAt(text, i, to);
      kind = 'punct';
    }
    const value = text.slice(i, end);
    tokens.push({ text: value, lower: kind === 'number' ? value : value.toLowerCase(), start: i, end, kind });
    i = end;
  }
  return tokens;
}

/**
 * Token i, or undefined outside the array. Reading an array out of bounds (tokens[-1], or past
 * the end) deoptimizes the compiled caller, so windows around a number use this instead.
 */
export function tokenAt(tokens: readonly Token[], i: number): Token | undefined {
  return i >= 0 && i < tokens.length ? tokens[i] : undefined;
}

/** Whether a token read from `from` towards `to` (excluded, backwards) is one of `words`. */
export function anyWordBetween(tokens: readonly Token[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let i = Math.min(from, tokens.length - 1); i > to && i >= 0; i--) if (words.has(tokens[i].lower)) return true;
  return false;
}

/** The lowercase `words` stand at `start` one after another. */
export function wordsAt(tokens: readonly Token[], start: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokenAt(tokens, start + k)?.lower !== words[k]) return false;
  return true;
}

/** True when nothing (not even a space) separates token i-1 from token i. */
export function touchesPrevious(tokens: readonly Token[], i: number): boolean {
  return i > 0 && tokens[i - 1].end === tokens[i].start;
}

/** True when nothing separates token i from token i+1. */
export function touchesNext(tokens: readonly Token[], i: number): boolean {
  return i + 1 < tokens.length && tokens[i].end === tokens[i + 1].start;
}

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
