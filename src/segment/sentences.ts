/**
 * Sentence splitting inside one paragraph or caption. A sentence ends at . ! ? or … (with any
 * closing quotes or brackets after it) when the next word starts a sentence: after a space, or glued
 * with no space ("the city.The next"). Not after abbreviations (Mr., Gen., Jan.), initials
 * (J. R. R. Tolkien), decimals (3.5) or dotted acronyms (U.S.) unless a sentence clearly starts next.
 */
import { codeAt, digitAt, isDigitCode, isUpperCode, letterAt, lowerAt, spaceAt, upperAt } from './chars.js';
import { TITLE_ABBREVIATIONS } from '../text/abbreviations.js';

/** Abbreviations after which a full stop does not end a sentence. */
const TITLES = TITLE_ABBREVIATIONS;

/** Abbreviations that usually sit inside a sentence but may end one ("... and Co. The ..."). */
const INNER_ABBREVIATIONS = new Set([
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
  'No', 'Nos', 'Vol', 'vs', 'v', 'etc', 'Inc', 'Ltd', 'Co', 'Corp', 'Bros', 'approx', 'ca', 'c',
  'cf', 'al', 'fig', 'Fig', 'p', 'pp', 'ed', 'eds', 'est', 'dept', 'Dept', 'Univ', 'Ave', 'Blvd', 'Rd',
  'km', 'mi', 'ft', 'lb', 'oz', 'Jr', 'Esq', 'Ph', 'Gov', 'Ariz', 'Calif', 'Colo', 'Conn', 'Fla', 'Ga',
  'Ill', 'Ind', 'Kan', 'Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Neb', 'Nev', 'Okla',
  'Ore', 'Pa', 'Tenn', 'Tex', 'Va', 'Vt', 'Wash', 'Wis', 'Wyo',
]);

/** Words that, capitalised after an abbreviation, show a new sentence has begun. */
const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those',
  'There', 'But', 'And', 'In', 'On', 'At', 'After', 'Before', 'When', 'While', 'His', 'Her', 'Its',
  'Their', 'Our', 'However', 'Meanwhile', 'Some', 'Many', 'Most', 'Officials', 'Police', 'Yet', 'So',
]);

const ABBREVIATIONS = [...TITLES, ...INNER_ABBREVIATIONS];
const MAX_ABBREVIATION_LENGTH = Math.max(...ABBREVIATIONS.map((word) => word.length));

/** For each length and ASCII first letter, 1 when some abbreviation has that shape. */
const ABBREVIATION_SHAPES = ((): Uint8Array => {
  const shapes = new Uint8Array((MAX_ABBREVIATION_LENGTH + 1) * 128);
  for (const word of ABBREVIATIONS) if (word.charCodeAt(0) < 128) shapes[word.length * 128 + word.charCodeAt(0)] = 1;
  return shapes;
})();

/**
 * False when no title or abbreviation is `length` letters long and opens with `first`: then the word
 * is looked up nowhere, and most words before a full stop are sorted out without cutting them out.
 */
function mayBeAbbreviation(length: number, first: number): boolean {
  return length <= MAX_ABBREVIATION_LENGTH && (first >= 128 || ABBREVIATION_SHAPES[length * 128 + first] === 1);
}

/** Closing marks after a sentence end: " ” ’ ' ) ] » */
function isCloser(k: number): boolean {
  return k === 34 || k === 0x201d || k === 0x2019 || k === 39 || k === 41 || k === 93 || k === 0xbb;
}

/** Opening marks before a sentence: " “ ‘ ' ( [ « and `, how older newswire (TimeBank, AQUAINT) opens a quotation. */
function isOpener(k: number): boolean {
  return k === 34 || k === 0x201c || k === 0x2018 || k === 39 || k === 40 || k === 91 || k === 0xab || k === 96;
}

/** Sentence end marks: . ! ? … */
function isTerminal(k: number): boolean {
  return k === 46 || k === 33 || k === 63 || k === 0x2026;
}

const MAX_WORD_LOOKBACK = 24;

/** The token (non-space run) ending at `end`, bounded. */
function tokenBefore(text: string, end: number, start: number): string {
  let i = end;
  while (i > start && end - i < MAX_WORD_LOOKBACK && !spaceAt(text, i - 1)) i--;
  return text.slice(i, end);
}

/** True when [start, end) is empty or whitespace (read at most a few characters). */
function onlySpaceBetween(text: string, start: number, end: number): boolean {
  if (end - start > 8) return false;
  for (let i = start; i < end; i++) if (!spaceAt(text, i)) return false;
  return true;
}

function stripOpeners(token: string): string {
  let i = 0;
  while (i < token.length && isOpener(token.charCodeAt(i))) i++;
  return token.slice(i);
}

/** Where the word (letters) ending at `end` starts: the part of the token after any opening quote. */
function wordStartBefore(text: string, end: number, start: number): number {
  let i = end;
  while (i > start && end - i < MAX_WORD_LOOKBACK && letterAt(text, i - 1)) i--;
  return i;
}

function wordAfter(text: string, start: number, limit: number): string {
  let i = start;
  while (i < limit && i - start < MAX_WORD_LOOKBACK && letterAt(text, i)) i++;
  return text.slice(start, i);
}

/** True when the full stop at `dot` belongs to an abbreviation, initial or dotted acronym. */
function abbreviationKind(text: string, dot: number, start: number): 'title' | 'inner' | 'none' {
  const wordStart = wordStartBefore(text, dot, start);
  if (dot - wordStart >= 2 && !mayBeAbbreviation(dot - wordStart, text.charCodeAt(wordStart))) return 'none';
  const word = text.slice(wordStart, dot);
  // Most full stops end a word of two or more letters: no list number, initial or dotted acronym.
  if (word.length >= 2 && !TITLES.has(word)) return INNER_ABBREVIATIONS.has(word) ? 'inner' : 'none';
  const token = stripOpeners(tokenBefore(text, dot, start));
  // A list number opening the span ("2. Annexation of ...") belongs to the sentence it numbers.
  if (/^\d{1,2}$/.test(token) && onlySpaceBetween(text, start, dot - token.length)) return 'title';
  if (/^(?:[A-Za-z]\.){1,4}[A-Za-z]$/.test(token)) return 'inner'; // U.S, e.g, a.m
  if (word.length === 1 && upperAt(word, 0)) return 'title'; // an initial: J. R. R. Tolkien
  if (TITLES.has(word) && token.length === word.length) return 'title';
  if (INNER_ABBREVIATIONS.has(word)) return 'inner';
  return 'none';
}

/** Whether a sentence starts at `i` (after the end mark and any spaces). */
function startsSentence(text: string, i: number): boolean {
  // Everything is read on every call rather than in rarer branches, which optimised code may not
  // have seen: after an opening mark, the character after it decides.
  const k = codeAt(text, i);
  const opener = isOpener(k);
  const after = codeAt(text, i + 1);
  const first = opener ? after : k;
  const upper = isUpperCode(first);
  const digit = isDigitCode(first);
  const quoted = isOpener(after); // "'Tis": a quote inside a quote
  return upper || digit || (opener && quoted);
}

/**
 * The offset after any further end marks ("?!", "...") from `from` and then any closing quotes or
 * brackets (below `limit`). One loop for both runs, so its step is one the optimised code has seen
 * (quotes closing a sentence are common; a second end mark is rare).
 */
function afterClosingMarks(text: string, from: number, limit: number): number {
  let end = from;
  let closing = false;
  for (; end < limit; end++) {
    const k = text.charCodeAt(end);
    if (isCloser(k)) closing = true;
    else if (closing || !isTerminal(k)) break;
  }
  return end;
}

/**
 * Offset just after the sentence end mark at `mark` (closers included), or -1 when `mark` does not
 * end a sentence.
 */
function sentenceEndAt(text: string, mark: number, start: number, limit: number): number {
  const end = afterClosingMarks(text, mark + 1, limit);
  if (end >= limit) return limit;
  const spaced = spaceAt(text, end);
  let next = end;
  while (next < limit && spaceAt(text, next)) next++;
  if (next >= limit) return end;
  if (!startsSentence(text, next)) return -1;
  if (text.charCodeAt(mark) !== 46) return end;
  if (!spaced) return gluedStopEnds(text, mark, next, start) ? end : -1;
  const kind = abbreviationKind(text, mark, start);
  if (kind === 'none') return end;
  return endsAfterAbbreviation(kind, text, next, limit) ? end : -1;
}

/**
 * After a title (Mr., Gen.) no sentence ends; after an inner abbreviation (Jan., Co.) one does
 * only before a word that starts sentences. Apart from the commoner titles, so the rarer lookup is
 * in this function's code and not in its hot caller's.
 */
function endsAfterAbbreviation(kind: 'title' | 'inner', text: string, next: number, limit: number): boolean {
  return kind === 'inner' && SENTENCE_STARTERS.has(wordAfter(text, next, limit));
}

/** "city.The": a full stop glued to a capitalised word ends a sentence, unless it is in a name or URL. */
function gluedStopEnds(text: string, dot: number, next: number, start: number): boolean {
  if (digitAt(text, next)) return false; // 3.5
  if (!(lowerAt(text, next + 1) || spaceAt(text, next + 1) || isOpener(codeAt(text, next)))) return false;
  if (dot - wordStartBefore(text, dot, start) < 2 && !digitAt(text, dot - 1)) return false;
  return abbreviationKind(text, dot, start) === 'none';
}

/**
 * The next offset of `mark` in `slice` at or after `from`, given `known`, the one found last time
 * (-1: there is none left). indexOf finds a character many times faster than a regular expression
 * scan, and each mark's scan only moves forward, so every character is read once per mark.
 */
function nextMark(slice: string, mark: string, known: number, from: number): number {
  return known < 0 || known >= from ? known : slice.indexOf(mark, from);
}

/** The smallest of four offsets, ignoring -1 (none); -1 when all are. */
function earliest(a: number, b: number, c: number, d: number): number {
  let best = a;
  if (b >= 0 && (best < 0 || b < best)) best = b;
  if (c >= 0 && (best < 0 || c < best)) best = c;
  if (d >= 0 && (best < 0 || d < best)) best = d;
  return best;
}

/**
 * Sentence bounds inside [start, limit), trimmed of surrounding whitespace, as a flat list:
 * start, end, start, end ...
 */
export function sentenceBounds(text: string, start: number, limit: number): number[] {
  const bounds: number[] = [];
  let sentenceStart = start;
  // The end marks . ! ? …, in order, in the slice of the span (so no scan runs past it).
  const slice = text.slice(start, limit);
  let dot = slice.indexOf('.');
  let bang = slice.indexOf('!');
  let query = slice.indexOf('?');
  let ellipsis = slice.indexOf('\u2026');
  for (let from = 0; ; ) {
    dot = nextMark(slice, '.', dot, from);
    bang = nextMark(slice, '!', bang, from);
    query = nextMark(slice, '?', query, from);
    ellipsis = nextMark(slice, '\u2026', ellipsis, from);
    const mark = earliest(dot, bang, query, ellipsis);
    if (mark < 0) break;
    const end = sentenceEndAt(text, start + mark, sentenceStart, limit);
    if (end < 0) {
      from = mark + 1;
      continue;
    }
    pushTrimmed(text, sentenceStart, end, bounds);
    sentenceStart = end;
    from = end - start;
  }
  pushTrimmed(text, sentenceStart, limit, bounds);
  return bounds;
}

/** Sentence spans [start, end) inside [start, limit), trimmed of surrounding whitespace. */
export function splitSentences(text: string, start: number, limit: number): Array<[number, number]> {
  const bounds = sentenceBounds(text, start, limit);
  const spans: Array<[number, number]> = [];
  for (let k = 0; k < bounds.length; k += 2) spans.push([bounds[k], bounds[k + 1]]);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, bounds: number[]): void {
  let s = start;
  let e = end;
  while (s < e && spaceAt(text, s)) s++;
  while (e > s && spaceAt(text, e - 1)) e--;
  if (e > s) bounds.push(s, e);
}
