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

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let spaced = true;
  let newline = true;
  while (i < n) {
    const cls = CLASSES[text.charCodeAt(i)];
    if (cls === SPACE || cls === BREAK) {
      spaced = true;
      if (cls === BREAK) newline = true;
      i++;
      continue;
    }
    const start = i;
    if (cls === DIGIT) {
      let value = 0;
      for (let d: number; i < n && (d = text.charCodeAt(i)) >= 48 && d <= 57; i++) value = value * 10 + (d - 48);
      const num = i - start > MAX_NUMBER_DIGITS ? Number.NaN : value;
      tokens.push({ start, end: i, kind: 'num', lower: text.slice(start, i), num, spaced, newline });
    } else if (cls >= LOWER) {
      let upper = false;
      let prevLower = false;
      for (let k: number; i < n && (k = CLASSES[text.charCodeAt(i)]) >= LOWER; i++) {
        // a scraped credit glued to a word ("NovemberFortepan") starts a new token at its capital
        if (k === UPPER && prevLower) break;
        prevLower = k === LOWER;
        if (k !== LOWER) upper = true;
      }
      const raw = text.slice(start, i);
      tokens.push({ start, end: i, kind: 'word', lower: upper ? raw.toLowerCase() : raw, num: Number.NaN, spaced, newline });
    } else {
      i++;
      tokens.push({ start, end: i, kind: 'punct', lower: text.slice(start, i), num: Number.NaN, spaced, newline });
    }
    spaced = false;
    newline = false;
  }
  return tokens;
}
