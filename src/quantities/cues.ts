/**
 * A cheap test of whether a sentence can hold a number expression at all, so that only such
 * sentences are tokenized (about a quarter of running prose). A number reading (numbers.ts) always
 * holds an ASCII digit or one of NUMBER_CUE_WORDS as a whole token, so a sentence with neither
 * yields nothing. One regular expression does the test: it runs as native code from the first
 * documents on, where a hand-written character loop would still be interpreted.
 */
import { NUMBER_CUE_WORDS } from './numbers.js';

/**
 * A digit, or a cue word in any case between non-ASCII-letter boundaries. That over-approximates
 * the tokenizer's words (a run of ASCII letters inside a longer token also counts), which only
 * costs a needless tokenization, never a missed count. Literal alternatives: linear time.
 */
const NUMBER_CUE = new RegExp(`[0-9]|(?<![A-Za-z])(?:${NUMBER_CUE_WORDS.join('|')})(?![A-Za-z])`, 'i');

/** True when `text` (a sentence) holds an ASCII digit or a number cue word. */
export function mayHoldNumber(text: string): boolean {
  return NUMBER_CUE.test(text);
}
