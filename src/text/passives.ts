/**
 * Adverbs that may stand inside a passive, between "was" and its participle or before "been": "was also
 * arrested", "has since been released", "were slightly injured". Shared by the stages that read who
 * something was done to (quantities, events).
 */
const PASSIVE_ADVERBS: ReadonlySet<string> = new Set(['also', 'later', 'then', 'again', 'soon', 'since', 'eventually', 'finally', 'subsequently', 'reportedly']);

/** Whether `word` (lower case) is such an adverb: one of those, or any in -ly ("slightly", "quickly"). */
export function isPassiveAdverb(word: string): boolean {
  return PASSIVE_ADVERBS.has(word) || (word.length > 3 && word.endsWith('ly'));
}
