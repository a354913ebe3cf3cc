/** "the 19th century", "the nineteenth century", "eighteenth-century", "the 5th century BC". */
import { candidate, hyphenAt, ordinalAt, reading, word, type Parser } from '../grammar.js';
import { eraAt } from './year.js';

export const centuryParser: Parser = {
  name: 'century',
  triggers: ['century', 'centuries', 'millennium'],
  parse: (ctx, i) => {
    const adjective = hyphenAt(ctx, i - 1);
    const end0 = adjective ? i - 1 : i;
    let ord = null;
    let j = end0 - 1;
    for (; j >= Math.max(0, end0 - 3); j--) {
      const o = ordinalAt(ctx, j);
      if (o && o.end === end0) {
        ord = o;
        break;
      }
    }
    if (!ord || ord.value === undefined || ord.value < 1 || ord.value > 30) return null;
    let first = j;
    const before = word(ctx, j - 1);
    if (before === 'the') first--;
    let end = i + 1;
    const era = eraAt(ctx, end);
    if (era) end = era[1];
    if (word(ctx, i) === 'millennium') return null;
    return candidate(first, end, reading('DATE', { fields: { century: ord.value - 1, ...(era ? { bc: era[0] } : {}) } }), 'century');
  },
};
