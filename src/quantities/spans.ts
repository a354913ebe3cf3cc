/**
 * The sentences the quantities and events stages read: the segment stage's sentences, or, when that
 * layer is empty (segment not run or found nothing), a plain fallback split so counts and events
 * are still found in clean text.
 */
import { spanOf, type AnnalistDocument, type Sentence } from '../model/document.js';

// A sentence ends at . ! ? (optionally followed by a closing quote or bracket) before whitespace,
// or at a line break. One character class per step keeps the scan linear.
const SENTENCE_END = /[.!?]["'”’)\]]?(?=\s)|\n/g;

/** The document's sentences, or a fallback split of its text into body sentences. */
export function sentencesOf(doc: Readonly<AnnalistDocument>): Sentence[] {
  if (doc.sentences.length > 0) return doc.sentences;
  return fallbackSentences(doc.text);
}

export function fallbackSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 1;
  let start = 0;
  const push = (end: number): void => {
    const trimmed = trim(text, start, end);
    if (trimmed) {
      sentences.push({ ...spanOf(text, trimmed[0], trimmed[1]), id: `s${sentences.length + 1}`, paragraph: `p${paragraph}`, kind: 'body' });
    }
  };
  for (const match of text.matchAll(SENTENCE_END)) {
    const index = match.index ?? 0;
    if (match[0] === '.' && isAbbreviation(text, index)) continue;
    const end = match[0] === '\n' ? index : index + match[0].length;
    push(end);
    // Each line is its own paragraph in plain text (news wires and scraped pages put one per line).
    if (match[0] === '\n') paragraph += 1;
    start = end;
  }
  push(text.length);
  return sentences;
}

const ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mr', 'mrs', 'ms', 'dr', 'gen',
  'col', 'lt', 'sgt', 'capt', 'maj', 'gov', 'sen', 'rep', 'st', 'no', 'vs', 'etc', 'prof', 'rev', 'adm', 'cmdr', 'ft', 'mt',
]);

/** "Aug. 7", "Gen. Powell", "U.S. forces": a full stop after an abbreviation or an initial. */
function isAbbreviation(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && start > dot - 12 && /[A-Za-z]/.test(text[start - 1])) start -= 1;
  const word = text.slice(start, dot);
  return word.length === 1 || ABBREVIATIONS.has(word.toLowerCase());
}

function trim(text: string, start: number, end: number): [number, number] | undefined {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s += 1;
  while (e > s && /\s/.test(text[e - 1])) e -= 1;
  return s < e ? [s, e] : undefined;
}
