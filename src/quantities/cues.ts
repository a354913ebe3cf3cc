/**
 * A cheap test of whether a sentence can hold a number expression at all, so that only such
 * sentences are tokenized (about a quarter of running prose). A number reading (numbers.ts) always
 * holds an ASCII digit or one of NUMBER_CUE_WORDS as a whole token, so a sentence with neither
 * yields nothing. One regular expression does the test: it runs as native code from the first
 * documents on, where a hand-written character loop would still be interpreted.
 */
import { NUMBER_CUE_WORDS } from './numbers.js';
import { ONE_PERSON_NOUNS } from './lexicon.js';

/**
 * A digit or an underscore, or a cue word in any case between word boundaries. A cue word that
 * stands between non-letters but touches a digit or an underscore (where \b does not hold) is
 * still caught by the first alternative. That over-approximates the tokenizer's words (a run of
 * ASCII letters inside a longer token also counts), which only costs a needless tokenization,
 * never a missed count. \b is cheaper for the engine than lookarounds; literal alternatives keep
 * it linear.
 */
const NUMBER_CUE = new RegExp(`[0-9_]|\\b(?:${NUMBER_CUE_WORDS.join('|')})\\b`, 'i');

/** True when `text` (a sentence) holds an ASCII digit or a number cue word. */
export function mayHoldNumber(text: string): boolean {
  return NUMBER_CUE.test(text);
}

/** A noun for one person, which an article before it may count ("a man died"): such a sentence is read too. */
const ONE_PERSON = new RegExp(`\\b(?:${[...ONE_PERSON_NOUNS].join('|')})\\b`, 'i');

/** True when `text` (a sentence) names one person whom an article may count. */
export function mayCountOnePerson(text: string): boolean {
  return ONE_PERSON.test(text);
}
