/**
 * A cheap test of whether a stretch of text can hold a number expression at all, so that only
 * such sentences are tokenized (about a quarter of running prose). A number reading (numbers.ts)
 * always holds an ASCII digit or one of NUMBER_CUE_WORDS as a whole token, so a span with neither
 * yields nothing. The test runs over char codes through a small trie: no strings, no regex.
 */
import { NUMBER_CUE_WORDS } from './numbers.js';

const LETTERS = 26;

interface CueTrie {
  /** next[state * 26 + letter] is the following state, 0 when none (state 0 is the root). */
  next: Int32Array;
  terminal: Uint8Array;
}

function buildTrie(words: readonly string[]): CueTrie {
  const size = words.reduce((total, word) => total + word.length, 1);
  const next = new Int32Array(size * LETTERS);
  const terminal = new Uint8Array(size);
  let states = 1;
  for (const word of words) {
    let state = 0;
    for (let i = 0; i < word.length; i++) {
      const letter = word.charCodeAt(i) - 97;
      if (letter < 0 || letter >= LETTERS) throw new Error(`number cue word must be lowercase ASCII: ${word}`);
      const slot = state * LETTERS + letter;
      if (next[slot] === 0) next[slot] = states++;
      state = next[slot] as number;
    }
    terminal[state] = 1;
  }
  return { next, terminal };
}

const TRIE = buildTrie(NUMBER_CUE_WORDS);

/**
 * True when text[from, to) holds an ASCII digit or a cue word, in any case, between non-ASCII-letter
 * boundaries. That over-approximates the tokenizer's words (a run of ASCII letters inside a longer
 * token also counts), which only costs a needless tokenization, never a missed count.
 */
export function mayHoldNumber(text: string, from: number, to: number): boolean {
  const { next, terminal } = TRIE;
  // -1: inside a run of letters that left the trie; 0: at a run's start (the root).
  let state = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
    const lower = code | 32;
    if (lower >= 97 && lower <= 122) {
      if (state >= 0) state = next[state * LETTERS + lower - 97] || -1;
    } else {
      if (state > 0 && terminal[state] === 1) return true;
      state = 0;
    }
  }
  return state > 0 && terminal[state] === 1;
}
