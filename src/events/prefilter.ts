/**
 * A cheap test that tells which sentences cannot hold a trigger, so only the few that can are
 * tokenized and parsed. A trigger form matches only where each of its words is a token of the
 * sentence, one of its `followedBy` (and one of its `precededBy`) words is a token too, and, for a
 * lowercase-only rule, its first word is written in lowercase somewhere. The test checks these
 * needs on the sentence's bag of words: order and distance are left to the exact matcher, so the
 * test lets through every sentence that can hold a trigger, and some that cannot.
 *
 * The scan walks the text with the token boundaries of the quantities tokenizer (letter runs joined
 * by apostrophes, digit runs joined by dots or commas, any other non-space code point alone) but
 * builds no strings: an ASCII word is reduced to a hash of its lower-case letters and looked up in
 * a map of the lexicon's words. A hash collision only marks more words as present.
 */
import { TRIGGER_RULES, type TriggerRule } from './triggers.js';

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const SPACE = /^\s$/u;
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
  /** Whether a word id is the key of some need. */
  isKey: Uint8Array;
  /** Needs by the id of their key word (one word of the form), so only needs whose key occurs are checked. */
  needsByKey: ReadonlyArray<readonly Need[] | undefined>;
  size: number;
}

/** Hash of a lower-case string, the same one the scan computes for an ASCII word as it goes. */
function hashOf(word: string): number {
  let hash = 0;
  for (let k = 0; k < word.length; k += 1) hash = (Math.imul(hash, 31) + word.charCodeAt(k)) | 0;
  return hash;
}

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
  // A blocking phrase reports no event of its own: it needs no key.
  for (const rule of rules.filter((r) => !r.blocks)) {
    for (const form of rule.forms) {
      const letterWords = form.split(' ').filter((w) => PLAIN_WORD.test(w));
      const need: Need = { words: letterWords.map(idOf) };
      const followedBy = anyOf(rule.followedBy);
      const precededBy = anyOf(rule.precededBy);
      if (followedBy) need.followedBy = followedBy;
      if (precededBy) need.precededBy = precededBy;
      if (rule.lowercaseOnly) need.lowercaseFirst = need.words[0];
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
  const isKey = new Uint8Array(ids.size);
  needsByKey.forEach((needs, id) => (isKey[id] = needs ? 1 : 0));
  return { slotHashes, slotIds, isKey, needsByKey, size: ids.size };
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

/** Code units of the code point at i (1 or 2), as the tokenizer counts them. */
function widthAt(text: string, i: number, to: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= to) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function isLetterAt(text: string, i: number, to: number): boolean {
  if (i >= to) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return isAsciiLetter(code);
  return LETTER_OR_MARK.test(text.slice(i, i + widthAt(text, i, to)));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function numberEnd(text: string, i: number, to: number): number {
  while (i < to && isDigit(text.charCodeAt(i))) i += 1;
  for (;;) {
    if (i + 1 >= to) return i;
    const code = text.charCodeAt(i);
    if (!(code === 46 || code === 44) || !isDigit(text.charCodeAt(i + 1))) return i;
    i += 1;
    while (i < to && isDigit(text.charCodeAt(i))) i += 1;
  }
}

/** End of the word starting at i (letters, then apostrophe + letters as long as they go). */
function wordEnd(text: string, i: number, to: number): number {
  while (isLetterAt(text, i, to)) i += widthAt(text, i, to);
  for (;;) {
    const code = text.charCodeAt(i);
    if (!(code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE) || i + 1 >= to || !isLetterAt(text, i + 1, to)) return i;
    i += 1;
    while (isLetterAt(text, i, to)) i += widthAt(text, i, to);
  }
}

/**
 * Sentence by sentence, whether a trigger may match. One filter serves one document: it keeps, per
 * lexicon word, the number of the last sentence that held it, so nothing is cleared between sentences.
 */
export class TriggerFilter {
  // Plain arrays: a small typed array costs more to allocate than one document's use of it saves.
  private readonly seenIn: number[] = new Array<number>(LEXICON.size).fill(0);
  private readonly lowercaseIn: number[] = new Array<number>(LEXICON.size).fill(0);
  private readonly keys: number[] = [];
  private sentence = 0;

  /** False when no trigger can match among the tokens of text[from, to). */
  mayHoldTrigger(text: string, from: number, to: number): boolean {
    this.sentence += 1;
    this.keys.length = 0;
    let i = from;
    while (i < to) {
      let code = text.charCodeAt(i);
      if (isAsciiLetter(code)) {
        // The common case, inline: a word of ASCII letters, hashed lower-case as it is read.
        const start = i;
        let hash = 0;
        let lowercase = true;
        do {
          if (code <= 90) {
            lowercase = false;
            code += 32;
          }
          hash = (Math.imul(hash, 31) + code) | 0;
          i += 1;
          // Never read past `to`: charCodeAt beyond the string is NaN, a double that would deoptimise the loop.
          if (i >= to) break;
          code = text.charCodeAt(i);
        } while (isAsciiLetter(code));
        if (i < to && (code === APOSTROPHE || code >= 128)) i = this.readWord(text, start, to);
        else this.mark(hash, lowercase);
      } else if (code < 128) i = isDigit(code) ? numberEnd(text, i, to) : i + 1;
      else if (SPACE.test(text[i] as string)) i += 1;
      else if (isLetterAt(text, i, to)) i = this.readWord(text, i, to);
      else i += widthAt(text, i, to);
    }
    return this.keys.length > 0 && this.anyNeedMet();
  }

  private anyNeedMet(): boolean {
    for (const key of this.keys) for (const need of LEXICON.needsByKey[key] ?? []) if (this.isMet(need)) return true;
    return false;
  }

  /** Marks the lexicon words the word token at i may be, and returns its end: the general case, which builds a string. */
  private readWord(text: string, i: number, to: number): number {
    const end = wordEnd(text, i, to);
    const word = text.slice(i, end);
    // Lower-cased as the tokenizer does: "K" (the Kelvin sign) becomes "k".
    const lower = word.toLowerCase();
    this.mark(hashOf(lower), word === lower);
    return end;
  }

  private mark(hash: number, lowercase: boolean): void {
    const { slotHashes, slotIds, isKey } = LEXICON;
    const mask = slotIds.length - 1;
    for (let slot = slotOf(hash, mask); slotIds[slot] !== -1; slot = (slot + 1) & mask) {
      if (slotHashes[slot] !== hash) continue;
      const id = slotIds[slot];
      this.seenIn[id] = this.sentence;
      if (lowercase) this.lowercaseIn[id] = this.sentence;
      if (isKey[id] === 1) this.keys.push(id);
    }
  }

  private isMet(need: Need): boolean {
    if (!need.words.every((id) => this.seenIn[id] === this.sentence)) return false;
    if (need.followedBy && !this.anyPresent(need.followedBy)) return false;
    if (need.precededBy && !this.anyPresent(need.precededBy)) return false;
    return need.lowercaseFirst === undefined || this.lowercaseIn[need.lowercaseFirst] === this.sentence;
  }

  private anyPresent(ids: readonly number[]): boolean {
    for (const id of ids) if (this.seenIn[id] === this.sentence) return true;
    return false;
  }
}
