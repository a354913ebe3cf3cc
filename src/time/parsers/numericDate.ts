/**
 * "1998-01-08", "01/08/1998", "1/8/98", "26/12/2004", "22.8.1968": dates written in digits. ISO;
 * otherwise whichever of the first two numbers is over 12 is the day; a date that reads both ways
 * ("03/04/2022") follows the document's own dates (dateOrder.ts), or, where they do not tell, US
 * month/day after slashes and day first after dots (European writing).
 */
import { candidate, digitsAt, glued, mark, numAt, reading, type Ctx, type Parser } from '../grammar.js';

function validDate(y: number, m: number, d: number): boolean {
  return y >= 1000 && y <= 2199 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/** How a date that reads both ways is read: as the document writes its dates, else by its separator. */
function readsDayFirst(ctx: Ctx, dotted: boolean): boolean {
  const order = ctx.dateOrder.get();
  return order === undefined ? dotted : order === 'day-first';
}

export const numericDateParser: Parser = {
  name: 'numericDate',
  triggers: 'num',
  parse: (ctx, i) => {
    const sep = mark(ctx, i + 1);
    if ((sep !== '-' && sep !== '/' && sep !== '.') || !glued(ctx, i + 1) || !glued(ctx, i + 2) || mark(ctx, i + 3) !== sep || !glued(ctx, i + 3) || !glued(ctx, i + 4)) return null;
    const a = numAt(ctx, i);
    const b = numAt(ctx, i + 2);
    const c = numAt(ctx, i + 4);
    if (Number.isNaN(a) || Number.isNaN(b) || Number.isNaN(c)) return null;
    if (digitsAt(ctx, i) === 4 && sep === '-' && digitsAt(ctx, i + 2) === 2 && digitsAt(ctx, i + 4) === 2) {
      if (!validDate(a, b, c)) return null;
      return candidate(i, i + 5, reading('DATE', { fields: { year: a, month: b, day: c } }), 'numericDate');
    }
    const dotted = sep === '.' && digitsAt(ctx, i + 4) === 4;
    if ((sep === '/' || dotted) && digitsAt(ctx, i) <= 2 && digitsAt(ctx, i + 2) <= 2 && (digitsAt(ctx, i + 4) === 4 || digitsAt(ctx, i + 4) === 2)) {
      const year = digitsAt(ctx, i + 4) === 4 ? c : c < 30 ? 2000 + c : 1900 + c;
      const dayFirst = a > 12 || (b <= 12 && a !== b && readsDayFirst(ctx, dotted));
      const [month, day] = dayFirst ? [b, a] : [a, b];
      if (!validDate(year, month, day)) return null;
      return candidate(i, i + 5, reading('DATE', { fields: { year, month, day } }), 'numericDate');
    }
    return null;
  },
};
