/** "morning", "this evening", "tonight", "the night", "overnight": parts of a day. */
import { PARTS_OF_DAY } from '../lexicon.js';
import { candidate, reading, word, type Parser } from '../grammar.js';

export const partOfDayParser: Parser = {
  name: 'partOfDay',
  triggers: [...PARTS_OF_DAY.keys(), 'tonight'],
  parse: (ctx, i) => {
    const w = word(ctx, i);
    if (w === 'tonight') return candidate(i, i + 1, reading('TIME', { fields: { partOfDay: 'NI' }, shift: { unit: 'day', amount: 0, direction: 0 } }), 'partOfDay');
    const partOfDay = PARTS_OF_DAY.get(w);
    if (partOfDay === undefined) return null;
    let first = i;
    const before = word(ctx, i - 1);
    if (before === 'this' || before === 'that' || before === 'the' || before === 'same') first--;
    if (before === 'early' || before === 'late') {
      first--;
      if (word(ctx, i - 2) === 'the' || word(ctx, i - 2) === 'this' || word(ctx, i - 2) === 'that') first--;
    }
    if (word(ctx, first - 1) === 'that' || word(ctx, first - 1) === 'this' || word(ctx, first - 1) === 'the') {
      if (word(ctx, first) === 'same') first--;
    }
    // "the next morning", "the following night", "the previous evening": a day from the story
    if (before === 'next' || before === 'following' || before === 'previous' || before === 'preceding') {
      const start = word(ctx, i - 2) === 'the' ? i - 2 : i - 1;
      const direction = before === 'next' || before === 'following' ? 1 : -1;
      return candidate(start, i + 1, reading('TIME', { fields: { partOfDay }, shift: { unit: 'day', amount: 1, direction, anaphoric: true } }), 'partOfDay');
    }
    if (before === 'last' && (partOfDay === 'NI' || partOfDay === 'EV')) {
      return candidate(i - 1, i + 1, reading('TIME', { fields: { partOfDay }, shift: { unit: 'day', amount: 1, direction: -1 } }), 'partOfDay');
    }
    const shift = word(ctx, first) === 'this' || word(ctx, first) === 'that' || word(ctx, first) === 'same' ? { unit: 'day' as const, amount: 0, direction: 0 as const } : undefined;
    return candidate(first, i + 1, reading('TIME', { fields: { partOfDay }, ...(shift ? { shift } : {}) }), 'partOfDay');
  },
};
