/**
 * A quick "could this token be one of these words?" test read straight from the text, so a stage
 * can pass over most words without making a string for them (the time tagger's triggers, the entity
 * recognizer's group words, the event coder's lexicon). A false answer is certain; a true one is
 * checked against the word set itself.
 */

const BITS = 1 << 15;
const MASK = BITS - 1;

/**
 * Hash of the lowercased ASCII characters text[start..end); -1 when a character is not ASCII.
 * Tokenizers compute the same running hash with `nextWordHash` as they scan a word.
 */
function lowerHash(text: string, start: number, end: number): number {
  let hash = 0;
  for (let k = start; k < end; k++) {
    let code = text.charCodeAt(k);
    if (code >= 128) return -1;
    if (code >= 65 && code <= 90) code += 32;
    hash = nextWordHash(hash, code);
  }
  return slot(hash);
}

/**
 * One step of the running hash of a lowercased ASCII word, (hash * 31 + code) | 0, for a tokenizer
 * to compute as it scans and pass to `hasHash`: a shift and a subtraction, exact in int32.
 */
export function nextWordHash(hash: number, code: number): number {
  return ((hash << 5) - hash + code) | 0;
}

const slot = (hash: number): number => (hash ^ (hash >>> 15)) & MASK;

export class WordFilter {
  private readonly bits = new Uint8Array(BITS);

  /** `words` are lowercase; those with non-ASCII characters need no entry (see mayContain). */
  constructor(words: Iterable<string>) {
    for (const word of words) {
      const hash = lowerHash(word, 0, word.length);
      if (hash >= 0) this.bits[hash] = 1;
    }
  }

  /**
   * False only when text[start..end), lowercased, is surely none of the words. A token with a
   * non-ASCII character always may be one: lowercasing it can even give ASCII (the Kelvin sign).
   */
  mayContain(text: string, start: number, end: number): boolean {
    const hash = lowerHash(text, start, end);
    return hash < 0 || this.bits[hash] === 1;
  }

  /** mayContain for an all-ASCII word whose running hash is `hash`. */
  hasHash(hash: number): boolean {
    return this.bits[slot(hash)] === 1;
  }
}
