/**
 * Sentence splitting inside one paragraph or caption. A sentence ends at . ! ? or … (with any
 * closing quotes or brackets after it) when the next word starts a sentence: after a space, or glued
 * with no space ("the city.The next"). Not after abbreviations (Mr., Gen., Jan.), initials
 * (J. R. R. Tolkien), decimals (3.5) or dotted acronyms (U.S.) unless a sentence clearly starts next.
 */
import { isDigit, isLetter, isLower, isSpace, isUpper } from './chars.js';

/** Abbreviations after which a full stop does not end a sentence. */
const TITLES = new Set([
  'Mr', 'Mrs', 'Ms', 'Mme', 'Mlle', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Cpt', 'Sgt', 'Cpl',
  'Pvt', 'Adm', 'Cmdr', 'Brig', 'Gov', 'Sen', 'Rep', 'Rev', 'Fr', 'Sr', 'Jr', 'St', 'Ste', 'Hon', 'Pres',
  'Supt', 'Insp', 'Det', 'Messrs', 'Mt', 'Ft', 'Gens', 'Sens', 'Reps',
]);

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

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
// `` is how older newswire (TimeBank, AQUAINT) opens a quotation.
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '`']);
const TERMINALS = new Set(['.', '!', '?', '…']);
const MAX_WORD_LOOKBACK = 24;

/** The token (non-space run) ending at `end`, bounded. */
function tokenBefore(text: string, end: number, start: number): string {
  let i = end;
  while (i > start && end - i < MAX_WORD_LOOKBACK && !isSpace(text[i - 1])) i--;
  return text.slice(i, end);
}

/** True when [start, end) is empty or whitespace (read at most a few characters). */
function onlySpaceBetween(text: string, start: number, end: number): boolean {
  if (end - start > 8) return false;
  for (let i = start; i < end; i++) if (!isSpace(text[i])) return false;
  return true;
}

function stripOpeners(token: string): string {
  let i = 0;
  while (i < token.length && OPENERS.has(token[i])) i++;
  return token.slice(i);
}

/** The word (letters) ending at `end`: the part of the token after any opening quote. */
function wordBefore(text: string, end: number, start: number): string {
  let i = end;
  while (i > start && end - i < MAX_WORD_LOOKBACK && isLetter(text[i - 1])) i--;
  return text.slice(i, end);
}

function wordAfter(text: string, start: number, limit: number): string {
  let i = start;
  while (i < limit && i - start < MAX_WORD_LOOKBACK && isLetter(text[i])) i++;
  return text.slice(start, i);
}

/** True when the full stop at `dot` belongs to an abbreviation, initial or dotted acronym. */
function abbreviationKind(text: string, dot: number, start: number): 'title' | 'inner' | 'none' {
  const word = wordBefore(text, dot, start);
  // Most full stops end a word of two or more letters: no list number, initial or dotted acronym.
  if (word.length >= 2 && !TITLES.has(word)) return INNER_ABBREVIATIONS.has(word) ? 'inner' : 'none';
  const token = stripOpeners(tokenBefore(text, dot, start));
  // A list number opening the span ("2. Annexation of ...") belongs to the sentence it numbers.
  if (/^\d{1,2}$/.test(token) && onlySpaceBetween(text, start, dot - token.length)) return 'title';
  if (/^(?:[A-Za-z]\.){1,4}[A-Za-z]$/.test(token)) return 'inner'; // U.S, e.g, a.m
  if (word.length === 1 && isUpper(word)) return 'title'; // an initial: J. R. R. Tolkien
  if (TITLES.has(word) && token.length === word.length) return 'title';
  if (INNER_ABBREVIATIONS.has(word)) return 'inner';
  return 'none';
}

/** Whether a sentence starts at `i` (after the end mark and any spaces). */
function startsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (OPENERS.has(c)) return isUpper(text[i + 1]) || isDigit(text[i + 1]) || OPENERS.has(text[i + 1]);
  return isUpper(c) || isDigit(c);
}

/**
 * Offset just after the sentence end mark at `mark` (closers included), or -1 when `mark` does not
 * end a sentence.
 */
function sentenceEndAt(text: string, mark: number, start: number, limit: number): number {
  let end = mark + 1;
  while (end < limit && TERMINALS.has(text[end])) end++;
  while (end < limit && CLOSERS.has(text[end])) end++;
  if (end >= limit) return limit;
  const spaced = isSpace(text[end]);
  let next = end;
  while (next < limit && isSpace(text[next])) next++;
  if (next >= limit) return end;
  if (!startsSentence(text, next)) return -1;
  if (text[mark] !== '.') return end;
  if (!spaced) return gluedStopEnds(text, mark, next, start) ? end : -1;
  const kind = abbreviationKind(text, mark, start);
  if (kind === 'none') return end;
  if (kind === 'title') return -1;
  return SENTENCE_STARTERS.has(wordAfter(text, next, limit)) ? end : -1;
}

/** "city.The": a full stop glued to a capitalised word ends a sentence, unless it is in a name or URL. */
function gluedStopEnds(text: string, dot: number, next: number, start: number): boolean {
  if (isDigit(text[next])) return false; // 3.5
  if (!(isLower(text[next + 1]) || isSpace(text[next + 1]) || OPENERS.has(text[next]))) return false;
  const word = wordBefore(text, dot, start);
  if (word.length < 2 && !isDigit(text[dot - 1])) return false;
  return abbreviationKind(text, dot, start) === 'none';
}

/** Sentence spans [start, end) inside [start, limit), trimmed of surrounding whitespace. */
export function splitSentences(text: string, start: number, limit: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let sentenceStart = start;
  // The end marks of TERMINALS, found by a regular expression that skips the words between them.
  const slice = text.slice(start, limit);
  const marks = /[.!?\u2026]/g;
  for (let match = marks.exec(slice); match !== null; match = marks.exec(slice)) {
    const end = sentenceEndAt(text, start + match.index, sentenceStart, limit);
    if (end < 0) continue;
    pushTrimmed(text, sentenceStart, end, spans);
    sentenceStart = end;
    marks.lastIndex = end - start;
  }
  pushTrimmed(text, sentenceStart, limit, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, spans: Array<[number, number]>): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  if (e > s) spans.push([s, e]);
}
