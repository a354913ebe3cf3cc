/**
 * Finds counts in sentences: a number (digits, words or a vague count), its bound words, a range,
 * the head noun it counts and a category from that noun or the verb that tells what happened.
 */
import { spanOf, type Quantity, type QuantityCategory, type Span } from '../model/document.js';
import { isNotACount, readNumber, type NumberReading } from './numbers.js';
import { tokenize, touchesNext, touchesPrevious, type Token } from './tokens.js';
import {
  ADJECTIVES_LIKE_VERBS,
  AUXILIARIES,
  BOUND_PHRASES,
  HEAD_CATEGORIES,
  HEAD_STOP_WORDS,
  TIME_UNITS,
  VERB_CATEGORIES,
  type BoundKind,
} from './lexicon.js';

/** A quantity before ids are given. */
export type QuantityDraft = Omit<Quantity, 'id'>;

const HEAD_WINDOW = 4;
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'personnel', 'civilians', 'persons']);
/** Nouns that make a lone "one" a count ("one soldier was killed"). */
const SINGLE_PERSON_NOUNS = new Set(['person', 'man', 'woman', 'child', 'civilian', 'soldier', 'policeman', 'officer', 'student', 'protester', 'demonstrator', 'journalist', 'boy', 'girl']);
const VERB_WINDOW = 12;
const PASSIVE_MARKERS = new Set(['were', 'was', 'been', 'be', 'are', 'is', 'being', 'reportedly', 'all']);
const INTRANSITIVE = new Set(['died', 'perished', 'dead', 'fled', 'fleeing', 'slain']);
const CLAUSE_ENDS = new Set(['.', ';', ':', '!', '?', '(', ')', 'but', 'while', 'after', 'before', 'when', 'although', 'though']);

/** All quantities in the given spans (sentences), in text order. */
export function findQuantities(text: string, spans: readonly Span[]): QuantityDraft[] {
  const found: QuantityDraft[] = [];
  for (const span of spans) found.push(...quantitiesIn(text, tokenize(text, span.start, span.end)));
  return found;
}

function quantitiesIn(text: string, tokens: readonly Token[]): QuantityDraft[] {
  const found: QuantityDraft[] = [];
  let i = 0;
  while (i < tokens.length) {
    const reading = readNumber(tokens, i);
    if (!reading) {
      i += 1;
      continue;
    }
    if (isNotACount(tokens, reading)) {
      i = reading.end;
      continue;
    }
    const quantity = buildQuantity(text, tokens, reading);
    if (quantity) found.push(quantity.draft);
    i = quantity ? quantity.end : reading.end;
  }
  return found;
}

interface Built {
  draft: QuantityDraft;
  /** Token index after the number expression. */
  end: number;
}

function buildQuantity(text: string, tokens: readonly Token[], reading: NumberReading): Built | undefined {
  const range = readRange(tokens, reading);
  const numberEnd = range ? range.end : reading.end;
  const bound = range?.between ? undefined : findBound(tokens, reading.first);
  const headIndex = findHead(tokens, numberEnd, reading.vague);
  const head = headIndex === undefined ? undefined : tokens[headIndex];
  if (head && TIME_UNITS.has(head.lower)) return undefined;
  const verbCategory = categoryFromVerbAfter(tokens, headIndex ?? numberEnd - 1) ?? categoryFromVerbBefore(tokens, bound?.first ?? reading.first);
  const isWordNumber = tokens[reading.first].kind === 'word';
  if (!head && !verbCategory && isWordNumber) return undefined;
  if (isLoneOne(tokens, reading) && !(head && (SINGLE_PERSON_NOUNS.has(head.lower) || HEAD_CATEGORIES[head.lower]))) return undefined;
  const category: QuantityCategory = verbCategory ?? (head ? HEAD_CATEGORIES[head.lower] : undefined) ?? 'other';
  const firstToken = range?.between ? range.first : bound ? bound.first : reading.first;
  const span = spanOf(text, tokens[firstToken].start, tokens[numberEnd - 1].end);
  const draft: QuantityDraft = { ...span, approximate: false, category };
  Object.assign(draft, range ? rangeBounds(reading.value, range.value) : boundsFor(reading, bound?.kind));
  if (bound) draft.bound = text.slice(tokens[bound.first].start, tokens[reading.first - 1].end);
  else if (range?.between) draft.bound = 'between';
  if (head) draft.head = spanOf(text, head.start, head.end);
  return { draft, end: numberEnd };
}

/** "one" alone is mostly a pronoun ("one of the leaders"), so it counts only before a person noun. */
function isLoneOne(tokens: readonly Token[], reading: NumberReading): boolean {
  return reading.end === reading.first + 1 && tokens[reading.first].lower === 'one';
}

function boundsFor(reading: NumberReading, kind: BoundKind | undefined): Pick<Quantity, 'min' | 'max' | 'approximate'> {
  const value = reading.value;
  if (reading.vague) return { min: value, approximate: true };
  switch (kind) {
    case 'min':
      return { min: value, approximate: false };
    case 'max':
      return { max: value, approximate: false };
    case 'approx':
      return { min: value, max: value, approximate: true };
    case 'approx-max':
      return { max: value, approximate: true };
    default:
      return { min: value, max: value, approximate: false };
  }
}

function rangeBounds(low: number, high: number): Pick<Quantity, 'min' | 'max' | 'approximate'> {
  return { min: Math.min(low, high), max: Math.max(low, high), approximate: false };
}

interface RangeReading {
  first: number;
  end: number;
  value: number;
  between: boolean;
}

/** "200-300", "200 to 300", "between 200 and 300". */
function readRange(tokens: readonly Token[], reading: NumberReading): RangeReading | undefined {
  if (reading.vague) return undefined;
  const joiner = tokens[reading.end];
  if (!joiner) return undefined;
  const between = tokens[reading.first - 1]?.lower === 'between';
  const dash = (joiner.text === '-' || joiner.text === '–') && touchesPrevious(tokens, reading.end) && touchesNext(tokens, reading.end);
  const to = joiner.lower === 'to' && !between;
  const and = joiner.lower === 'and' && between;
  if (!dash && !to && !and) return undefined;
  const second = readNumber(tokens, reading.end + 1);
  if (!second || second.vague) return undefined;
  if (tokens[second.first].kind === 'number' && touchesNext(tokens, second.end - 1) && tokens[second.end]?.kind === 'word') return undefined;
  if (dash && second.value <= reading.value) return undefined;
  return { first: between ? reading.first - 1 : reading.first, end: second.end, value: second.value, between };
}

/** The bound phrase ending just before token `first`, if any. */
function findBound(tokens: readonly Token[], first: number): { first: number; kind: BoundKind } | undefined {
  for (const phrase of BOUND_PHRASES) {
    const start = first - phrase.words.length;
    if (start < 0) continue;
    if (phrase.words.every((word, k) => tokens[start + k].lower === word)) return { first: start, kind: phrase.kind };
  }
  return undefined;
}

/** Index of the head noun: the last word of the run of content words after the number. */
function findHead(tokens: readonly Token[], after: number, vague: boolean): number | undefined {
  let i = after;
  if (tokens[i]?.lower === 'of' && (vague || tokens[i + 1]?.lower === 'the')) {
    i += 1;
    if (tokens[i]?.lower === 'the') i += 1;
  }
  let head: number | undefined;
  for (let k = 0; k < HEAD_WINDOW && i < tokens.length; k += 1, i += 1) {
    const token = tokens[i];
    if (token.text === '-' && touchesPrevious(tokens, i) && touchesNext(tokens, i)) continue;
    if (token.kind !== 'word' || HEAD_STOP_WORDS.has(token.lower)) break;
    if (/(?:ed|ing)$/.test(token.lower) && !ADJECTIVES_LIKE_VERBS.has(token.lower)) break;
    head = i;
    if (TIME_UNITS.has(token.lower)) break;
    if (isNounEnd(token) && !isCompoundModifier(tokens, i)) break;
  }
  return head;
}

/** A word that usually ends a counted noun phrase: a lowercase plural or a known counted noun. */
function isNounEnd(token: Token): boolean {
  if (HEAD_CATEGORIES[token.lower] || IRREGULAR_PLURALS.has(token.lower)) return true;
  return token.lower === token.text && token.lower.endsWith('s') && !token.lower.endsWith('ss');
}

/** "tank crews", "police officers": a category noun used as a modifier of the next noun. */
function isCompoundModifier(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !!next && next.kind === 'word' && !HEAD_STOP_WORDS.has(next.lower) && !VERB_CATEGORIES[next.lower] && next.lower.endsWith('s') && next.lower === next.text;
}

/** "700 troops were killed", "200,000 refugees fled", including coordinated counts before it. */
function categoryFromVerbAfter(tokens: readonly Token[], from: number): QuantityCategory | undefined {
  for (let i = from + 1, k = 0; i < tokens.length && k < VERB_WINDOW; i += 1, k += 1) {
    const token = tokens[i];
    if (CLAUSE_ENDS.has(token.lower)) return undefined;
    if (token.kind !== 'word') continue;
    const category = VERB_CATEGORIES[token.lower];
    if (category) {
      const passive = PASSIVE_MARKERS.has(tokens[i - 1]?.lower ?? '');
      return passive || INTRANSITIVE.has(token.lower) ? category : undefined;
    }
    if (AUXILIARIES.has(token.lower) || ADJECTIVES_LIKE_VERBS.has(token.lower)) continue;
    if (/ed$/.test(token.lower)) return undefined;
  }
  return undefined;
}

/** "killing at least 12 people", "arrested 300", "a death toll of 300". */
function categoryFromVerbBefore(tokens: readonly Token[], first: number): QuantityCategory | undefined {
  // Tables of figures: "Dead: 192", "Injured: 74".
  if (tokens[first - 1]?.text === ':') {
    const label = tokens[first - 2]?.lower ?? '';
    return VERB_CATEGORIES[label] ?? HEAD_CATEGORIES[label];
  }
  for (let i = first - 1; i >= 0 && i >= first - 3; i -= 1) {
    const word = tokens[i].lower;
    if (word === 'toll') return 'killed';
    const category = VERB_CATEGORIES[word];
    if (category) return category;
    if (CLAUSE_ENDS.has(word) || word === ',') return undefined;
  }
  return undefined;
}
