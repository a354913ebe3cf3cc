/**
 * One linear pass splitting the text into words, numbers and single punctuation marks.
 * Letters and digits are split apart even when glued ("AFP12" → "AFP", "12"), and a capital after
 * a lower-case letter starts a new word ("NovemberFortepan"), so dates glued to scraped credits are seen.
 */

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
  /** Lower-case text (words), the digits (numbers) or the mark itself. */
  lower: string;
  /** Value of a number token. */
  num: number;
  /** True when white space separates this token from the previous one. */
  spaced: boolean;
  /** True when a line break separates this token from the previous one. */
  newline: boolean;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 12 || c === 11 || c === 0x2028 || c === 0x2029;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let spaced = true;
  let newline = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      spaced = true;
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) newline = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind | 'lower';
    if (isDigit(c)) {
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      kind = 'num';
    } else if (isLetter(c)) {
      let upper = false;
      let prevLower = false;
      for (let d = c; i < n && isLetter((d = text.charCodeAt(i))); i++) {
        const isUpper = d >= 65 && d <= 90;
        // a scraped credit glued to a word ("NovemberFortepan") starts a new token at its capital
        if (isUpper && prevLower) break;
        prevLower = d >= 97 && d <= 122;
        if (d < 97 || d > 122) upper = true;
      }
      kind = upper ? 'word' : 'lower';
    } else {
      i++;
      kind = 'punct';
    }
    const raw = text.slice(start, i);
    const lower = kind === 'word' ? raw.toLowerCase() : raw;
    const num = kind === 'num' ? (raw.length > 15 ? Number.NaN : Number(raw)) : Number.NaN;
    tokens.push({ start, end: i, kind: kind === 'lower' ? 'word' : kind, lower, num, spaced, newline });
    spaced = false;
    newline = false;
  }
  return tokens;
}
