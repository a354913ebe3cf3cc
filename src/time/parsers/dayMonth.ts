/** "23 October 1956", "the 4th of November", "12 November" — a day before its month. */
import { MONTHS } from '../lexicon.js';
import { candidate, glued, isCapitalized, mark, reading, word, type Parser } from '../grammar.js';
import { dayAt, yearAt } from './monthName.js';
import type { Fields } from '../types.js';

export const dayMonthParser: Parser = {
  name: 'dayMonth',
  triggers: 'num',
  parse: (ctx, i) => {
    const day = dayAt(ctx, i);
    if (!day) return null;
    let k = day.end;
    if (word(ctx, k) === 'of') k++;
    const w = word(ctx, k);
    const month = MONTHS.get(w);
    if (month === undefined || !isCapitalized(ctx, k)) return null;
    k++;
    if (w.length <= 4 && w !== 'june' && w !== 'july' && w !== 'may' && mark(ctx, k) === '.' && glued(ctx, k)) k++;
    const fields: Fields = { day: day.day, month };
    let y = k;
    if (mark(ctx, y) === ',') y++;
    const year = yearAt(ctx, y);
    if (year !== undefined) {
      fields.year = year;
      k = y + 1;
    }
    const first = word(ctx, i - 1) === 'the' ? i - 1 : i;
    return candidate(first, k, reading('DATE', { fields }), 'dayMonth');
  },
};
