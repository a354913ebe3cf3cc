/**
 * Which way a document writes dates in digits: "03/04/2022" is 3 April in a British paper and
 * March 4 in an American one. A reader settles it from the document itself, and so does this:
 * first from dates in digits that can be read only one way ("14/02/2022", "02/14/2022"), then from
 * the order of spelled dates ("14 February" against "February 14"). Undecided, each parser keeps
 * its default (slashes month first, dots day first).
 */

export type DateOrder = 'day-first' | 'month-first';

/** d/m/yyyy, d/m/yy or d.m.yyyy, not inside a longer run of numbers. */
const DIGITS = /(?<![\d/]|\d\.)(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|\.\d)/g;
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
/** "14 February", "14th of February" (months capitalised: "5 may" is no date). */
const DAY_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH}\\b`, 'g');
/** "February 14", "Feb. 14th", not "May 2022" or "May 10,000". */
const MONTH_DAY = new RegExp(`\\b${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?\\b(?![.,]?\\d)`, 'g');

function count(pattern: RegExp, text: string): number {
  let n = 0;
  for (const _ of text.matchAll(pattern)) n++;
  return n;
}

/** The order the document's own dates show, or undefined when they do not tell. */
export function dateOrderOf(text: string): DateOrder | undefined {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const match of text.matchAll(DIGITS)) {
    // (dots with a two-digit year are more often versions or scores than dates)
    if (match[2] === '.' && match[4].length === 2) continue;
    const first = Number(match[1]);
    const second = Number(match[3]);
    if (first > 12 && second >= 1 && second <= 12) dayFirst++;
    else if (second > 12 && first >= 1 && first <= 12) monthFirst++;
  }
  if (dayFirst !== monthFirst) return dayFirst > monthFirst ? 'day-first' : 'month-first';
  const spelledDayFirst = count(DAY_MONTH, text);
  const spelledMonthFirst = count(MONTH_DAY, text);
  if (spelledDayFirst === spelledMonthFirst) return undefined;
  return spelledDayFirst > spelledMonthFirst ? 'day-first' : 'month-first';
}

/**
 * The document's order, worked out the first time a date in digits needs it: most documents have
 * none, and they pay nothing.
 */
export class LazyDateOrder {
  private decided = false;
  private order: DateOrder | undefined;

  constructor(private readonly text: string) {}

  get(): DateOrder | undefined {
    if (!this.decided) {
      this.order = dateOrderOf(this.text);
      this.decided = true;
    }
    return this.order;
  }
}
