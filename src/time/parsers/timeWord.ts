/**
 * History's way of pointing at the time already being told: "at that time", "the same time",
 * and "former" (PAST_REF), marked narrative-only: news corpora leave these untagged; and "a short
 * time ago" (PAST_REF) in any text.
 */
import { candidate, reading, isWord, word, type Ctx, type Parser } from '../grammar.js';

/** Words after "the former" that show it stands for a thing named before, not a time. */
const AFTER_PRONOUN = new Set(['a', 'an', 'the', 'was', 'were', 'is', 'are', 'had', 'has', 'would', 'could', 'and', 'but', 'as', 'to', 'of', 'in', 'on', 'by', 'with']);

/** "the former an option", "the former, a general": the first of two things told, as against "the latter". */
function formerAsPronoun(ctx: Ctx, i: number): boolean {
  return word(ctx, i - 1) === 'the' && (!isWord(ctx, i + 1) || AFTER_PRONOUN.has(word(ctx, i + 1)));
}

export const timeWordParser: Parser = {
  name: 'timeWord',
  triggers: ['time', 'former'],
  parse: (ctx, i) => {
    const w = word(ctx, i);
    if (w === 'former') return formerAsPronoun(ctx, i) ? null : candidate(i, i + 1, reading('DATE', { literal: 'PAST_REF', narrativeOnly: true }), 'timeWord');
    const before = word(ctx, i - 1);
    // "a short time ago", "a long time ago": some time before now, in news and histories alike
    if ((before === 'short' || before === 'long') && word(ctx, i - 2) === 'a' && word(ctx, i + 1) === 'ago') return candidate(i - 2, i + 2, reading('DATE', { literal: 'PAST_REF' }), 'timeWord');
    if (before === 'this' && word(ctx, i - 2) !== 'at' && !isWord(ctx, i + 1)) return candidate(i - 1, i + 1, reading('TIME', { literal: 'PRESENT_REF', narrativeOnly: true }), 'timeWord');
    if (before === 'this' && word(ctx, i - 2) === 'at') return candidate(i - 2, i + 1, reading('TIME', { literal: 'PRESENT_REF', narrativeOnly: true }), 'timeWord');
    if (before === 'that') return candidate(i - 1, i + 1, reading('TIME', { literal: 'ANCHOR', narrativeOnly: true }), 'timeWord');
    if (before === 'same' && word(ctx, i - 2) === 'the') return candidate(i - 2, i + 1, reading('TIME', { literal: 'ANCHOR', narrativeOnly: true }), 'timeWord');
    return null;
  },
};
