/**
 * A cheap test that tells which sentences cannot hold a trigger, so only the few that can are
 * tokenized and parsed. A trigger form matches only where each of its words is a token of the
 * sentence, one of its `followedBy` (and one of its `precededBy`) words is a token too, and, for a
 * lowercase-only rule, its first word is written in lowercase somewhere. The test checks these
 * needs on the sentence's bag of words: order and distance are left to the exact matcher, so the
 * test lets through every sentence that can hold a trigger, and some that cannot.
 *
 * The scan finds the word tokens of the quantities tokenizer (letter runs joined by apostrophes;
 * its other tokens hold no letters, so they only separate words) but builds no strings: an ASCII
 * word is reduced to a hash of its lower-case letters and looked up in a table of the lexicon's
 * words. A hash collision only marks more words as present.
 */
import { TRIGGER_RULES, type TriggerRule } from './triggers.js';
import { nextWordHash } from '../text/word-filter.js';

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const PLAIN_WORD = /^[a-z]+$/;
const APOSTROPHE = 39;
const RIGHT_SINGLE_QUOTE = 0x2019;

/** What one trigger form needs from a sentence's words, as word ids. */
interface Need {
  words: readonly number[];
  /** One of these must be present; undefined when the rule asks nothing (or accepts punctuation, which is not tracked). */
  followedBy?: readonly number[];
  precededBy?: readonly number[];
  /** The id of the first word when it must be written in lowercase. */
  lowercaseFirst?: number;
}

interface Lexicon {
  /**
   * Open-addressing table from word hash to word id: slot hashes and ids (-1 when empty). Words
   * with equal hashes take successive slots, so a lookup marks them all. Typed arrays make the
   * lookup done for every word of the text a few array reads.
   */
  slotHashes: Int32Array;
  slotIds: Int32Array;
  /** Per word id: KEY when it is the key of some need, LOWERCASE_FIRST when a need asks for it in lowercase. */
  roles: Uint8Array;
  /** Needs by the id of their key word (one word of the form), so only needs whose key occurs are checked. */
  needsByKey: ReadonlyArray<readonly Need[] | undefined>;
  size: number;
  /** A form with no plain word to look for ("9 / 11") could match anywhere: then every sentence passes. */
  passesAll: boolean;
}

/** Hash of a lower-case string, the same one the scan computes for an ASCII word as it goes. */
function hashOf(word: string): number {
  let hash = 0;
  for (let k = 0; k < word.length; k += 1) hash = nextWordHash(hash, word.charCodeAt(k));
  return hash;
}

const KEY = 1;
const LOWERCASE_FIRST = 2;

function buildLexicon(rules: readonly TriggerRule[]): Lexicon {
  const ids = new Map<string, number>();
  const idOf = (word: string): number => {
    let id = ids.get(word);
    if (id === undefined) ids.set(word, (id = ids.size));
    return id;
  };
  // Words that are not plain letters (punctuation, "miners'") are never required: the test stays a superset.
  const anyOf = (words: readonly string[] | undefined): number[] | undefined =>
    words && words.every((w) => PLAIN_WORD.test(w)) ? words.map(idOf) : undefined;
  const needsByKey: Need[][] = [];
  let passesAll = false;
  // A blocking phrase reports no event of its own: it needs no key.
  for (const rule of rules.filter((r) => !r.blocks)) {
    for (const form of rule.forms) {
      const formWords = form.split(' ');
      const letterWords = formWords.filter((w) => PLAIN_WORD.test(w));
      if (letterWords.length === 0) {
        passesAll = true;
        continue;
      }
      const need: Need = { words: letterWords.map(idOf) };
      const followedBy = anyOf(rule.followedBy);
      const precededBy = anyOf(rule.precededBy);
      if (followedBy) need.followedBy = followedBy;
      if (precededBy) need.precededBy = precededBy;
      if (rule.lowercaseOnly && PLAIN_WORD.test(formWords[0])) need.lowercaseFirst = idOf(formWords[0]);
      const key = longestWord(letterWords);
      (needsByKey[idOf(key)] ??= []).push(need);
    }
  }
  let slots = 1;
  while (slots < ids.size * 4) slots *= 2;
  const slotHashes = new Int32Array(slots);
  const slotIds = new Int32Array(slots).fill(-1);
  for (const [word, id] of ids) {
    const hash = hashOf(word);
    let slot = slotOf(hash, slots - 1);
    while (slotIds[slot] !== -1) slot = (slot + 1) & (slots - 1);
    slotHashes[slot] = hash;
    slotIds[slot] = id;
  }
  const roles = new Uint8Array(ids.size);
  needsByKey.forEach((needs, id) => {
    roles[id] |= KEY;
    for (const need of needs) if (need.lowercaseFirst !== undefined) roles[need.lowercaseFirst] |= LOWERCASE_FIRST;
  });
  return { slotHashes, slotIds, roles, needsByKey, size: ids.size, passesAll };
}

/** The first slot to probe for a hash: its bits folded, so that words differing late spread out. */
function slotOf(hash: number, mask: number): number {
  return (hash ^ (hash >>> 15)) & mask;
}

/** Longer words are rarer, so keying a form on its longest word checks fewest needs. */
function longestWord(words: readonly string[]): string {
  return words.reduce((best, word) => (word.length > best.length ? word : best), '');
}

const LEXICON = buildLexicon(TRIGGER_RULES);
// The table as module constants: the per-word lookup then reads no object fields.
const SLOT_HASHES = LEXICON.slotHashes;
const SLOT_IDS = LEXICON.slotIds;
const SLOT_MASK = SLOT_IDS.length - 1;
const ROLES = LEXICON.roles;

/**
 * The lexicon words seen in the current sentence, as short lists of ids (a sentence holds a few
 * dozen lexicon words at most, common ones repeated): a filter allocates almost nothing, which
 * matters because it serves every document, and resetting is setting three lengths to zero.
 */
class WordMarks {
  readonly seen: number[] = [];
  /** Words seen written in lowercase (only those a need asks for in lowercase). */
  readonly lowercase: number[] = [];
  /** Key words seen, each once. */
  readonly keys: number[] = [];

  next(): void {
    this.seen.length = 0;
    this.lowercase.length = 0;
    this.keys.length = 0;
  }

  add(id: number, lowercase: boolean): void {
    this.seen.push(id);
    const roles = ROLES[id];
    if (roles === 0) return;
    if (lowercase && (roles & LOWERCASE_FIRST) !== 0) this.lowercase.push(id);
    if ((roles & KEY) !== 0 && !this.keys.includes(id)) this.keys.push(id);
  }

  has(id: number): boolean {
    return this.seen.includes(id);
  }

  hasAny(ids: readonly number[]): boolean {
    for (const id of ids) if (this.seen.includes(id)) return true;
    return false;
  }
}

/** Marks every lexicon word with this hash (one, unless two words collide). */
function markHash(hash: number, lowercase: boolean, marks: WordMarks): void {
  for (let slot = slotOf(hash, SLOT_MASK); SLOT_IDS[slot] !== -1; slot = (slot + 1) & SLOT_MASK) {
    if (SLOT_HASHES[slot] !== hash) continue;
    marks.add(SLOT_IDS[slot], lowercase);
  }
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/**
 * The common case, kept small so it is optimised early: marks the words of ASCII letters from i,
 * hashing each lower-case as it is read. Digits and punctuation hold no letters, so they only
 * separate words. Returns `to`, or the index of a word or character the general path must read
 * (a non-ASCII character, or a word joined on by an apostrophe).
 */
function markAsciiWords(text: string, i: number, to: number, marks: WordMarks): number {
  while (i < to) {
    let code = text.charCodeAt(i);
    // Skip to the next ASCII letter: (code | 32) folds capitals onto small letters.
    while (((code | 32) - 97) >>> 0 > 25) {
      if (code >= 128) return i;
      i += 1;
      if (i >= to) return i;
      code = text.charCodeAt(i);
    }
    const start = i;
    let hash = 0;
    let capitals = 0;
    for (;;) {
      capitals |= ~code & 32;
      hash = nextWordHash(hash, code | 32);
      i += 1;
      // Never read past `to`: charCodeAt beyond the string is NaN, a double that would deoptimise the loop.
      if (i >= to) break;
      code = text.charCodeAt(i);
      if (((code | 32) - 97) >>> 0 > 25) break;
    }
    if (i < to && (code === APOSTROPHE || code >= 128)) return start;
    markHash(hash, capitals === 0, marks);
  }
  return i;
}

/** Code units of the code point at i (1 or 2), as the tokenizer counts them. */
function widthAt(text: string, i: number, to: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= to) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

function isLetterAt(text: string, i: number, to: number): boolean {
  if (i >= to) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return isAsciiLetter(code);
  return LETTER_OR_MARK.test(text.slice(i, i + widthAt(text, i, to)));
}

/** End of the word starting at i (letters, then apostrophe + letters as long as they go). */
function wordEnd(text: string, i: number, to: number): number {
  while (isLetterAt(text, i, to)) i += widthAt(text, i, to);
  for (;;) {
    if (i + 1 >= to) return i;
    const code = text.charCodeAt(i);
    if (!(code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE) || !isLetterAt(text, i + 1, to)) return i;
    i += 1;
    while (isLetterAt(text, i, to)) i += widthAt(text, i, to);
  }
}

/**
 * The general path, for one token at i: a word in any script (marked after lower-casing it as the
 * tokenizer does, so "K", the Kelvin sign, becomes "k"), or a character that is not a letter.
 */
function markOtherToken(text: string, i: number, to: number, marks: WordMarks): number {
  if (!isLetterAt(text, i, to)) return i + widthAt(text, i, to);
  const end = wordEnd(text, i, to);
  const word = text.slice(i, end);
  const lower = word.toLowerCase();
  markHash(hashOf(lower), word === lower, marks);
  return end;
}

function isMet(need: Need, marks: WordMarks): boolean {
  for (const id of need.words) if (!marks.has(id)) return false;
  if (need.followedBy && !marks.hasAny(need.followedBy)) return false;
  if (need.precededBy && !marks.hasAny(need.precededBy)) return false;
  return need.lowercaseFirst === undefined || marks.lowercase.includes(need.lowercaseFirst);
}

function anyNeedMet(marks: WordMarks): boolean {
  for (const key of marks.keys) for (const need of LEXICON.needsByKey[key] ?? []) if (isMet(need, marks)) return true;
  return false;
}

/** Sentence by sentence, whether a trigger may match. One filter serves one document. */
export class TriggerFilter {
  private readonly marks = new WordMarks();

  /** False when no trigger can match among the tokens of text[from, to). */
  mayHoldTrigger(text: string, from: number, to: number): boolean {
    if (LEXICON.passesAll) return true;
    const marks = this.marks;
    marks.next();
    let i = from;
    while (i < to) {
      i = markAsciiWords(text, i, to, marks);
      if (i < to) i = markOtherToken(text, i, to, marks);
    }
    return marks.keys.length > 0 && anyNeedMet(marks);
  }
}
