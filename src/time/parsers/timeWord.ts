/**
 * History's way of pointing at the time already being told: "at that time", "the same time",
 * and "former" (PAST_REF). Marked narrative-only: news corpora leave these untagged.
 */
import { candidate, reading, isWord, word, type Parser } from '../grammar.js';

export const timeWordParser: Parser = {
  name: 'timeWord',
  triggers: ['time', 'former'],
  parse: (ctx, i) => {
    const w = word(ctx, i);
    if (w === 'former') return candidate(i, i + 1, reading('DATE', { literal: 'PAST_REF', narrativeOnly: true }), 'timeWord');
    const before = word(ctx, i - 1);
    if (before === 'this' && word(ctx, i - 2) !== 'at' && !isWord(ctx, i + 1)) return candidate(i - 1, i + 1, reading('TIME', { literal: 'PRESENT_REF', narrativeOnly: true }), 'timeWord');
    if (before === 'this' && word(ctx, i - 2) === 'at') return candidate(i - 2, i + 1, reading('TIME', { literal: 'PRESENT_REF', narrativeOnly: true }), 'timeWord');
    if (before === 'that') return candidate(i - 1, i + 1, reading('TIME', { literal: 'ANCHOR', narrativeOnly: true }), 'timeWord');
    if (before === 'same' && word(ctx, i - 2) === 'the') return candidate(i - 2, i + 1, reading('TIME', { literal: 'ANCHOR', narrativeOnly: true }), 'timeWord');
    return null;
  },
};
