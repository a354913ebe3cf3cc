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

// Each alternative starts with a different character class and every repetition needs a separator,
// so matching is linear on any input (1 MB of digits or letters is one token).
// The group that matched tells the kind: 1 number, 2 word, neither punctuation.
const TOKEN_PATTERN = /(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)|[^\s\p{L}\p{M}\d]/gu;

/** Tokens of `text.slice(from, to)`, with offsets in `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  const pattern = new RegExp(TOKEN_PATTERN);
  for (let match = pattern.exec(slice); match !== null; match = pattern.exec(slice)) {
    const start = from + match.index;
    const value = match[0];
    const kind: TokenKind = match[1] !== undefined ? 'number' : match[2] !== undefined ? 'word' : 'punct';
    tokens.push({ text: value, lower: kind === 'number' ? value : value.toLowerCase(), start, end: start + value.length, kind });
  }
  return tokens;
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
