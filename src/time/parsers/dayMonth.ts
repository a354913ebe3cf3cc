/** "23 October 1956", "the 4th of November", "12 November" — a day before its month. */
import { MONTHS, UNITS } from '../lexicon.js';
import { DATE_JOINERS, candidate, glued, hyphenAt, isCapitalized, isNum, mark, numAt, ordinalSuffixAfter, reading, word, type Ctx, type Parser } from '../grammar.js';
import { NUMBER_WORDS, ORDINAL_NOUNS, ORDINALS, PARTS_OF_DAY } from '../lexicon.js';
import { dayAt, yearAt } from './monthName.js';
import type { FieldsInit } from '../types.js';


/** "13th centuries" at k: an ordinal and the plural (or singular) century. */
function centuryAfter(ctx: Ctx, k: number): boolean {
  const after = ordinalSuffixAfter(ctx, k) ? k + 2 : k + 1;
  return word(ctx, after) === 'centuries' || word(ctx, after) === 'century';
}

/** Words that may follow a day told as "the 25th": the next clause or phrase, not a noun it counts. */
const AFTER_LONE_DAY: ReadonlySet<string> = new Set([
  ...DATE_JOINERS, 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'there',
  'this', 'that', 'these', 'those', 'at', 'in', 'on', 'by', 'when', 'as', 'while', 'after', 'before', 'for', 'with', 'from', 'into',
  'was', 'were', 'is', 'will', 'would', 'saw', 'brought', 'had', 'has', 'but', 'then', 'so', 'if', 'because', 'all', 'both', 'some',
]);

/** Words before "the 25th" that make it a day whatever follows. */
const DAY_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'by', 'until', 'till', 'since', 'from']);

/** "on the 20th", "from the 13th to": a day of the month being told, when nothing follows it. */
function loneOrdinalDay(ctx: Ctx, i: number, day: { day: number; end: number }) {
  // ("on the 13th and 14th": the second of two days of the month)
  if (secondOfTwoDays(ctx, i, day)) return candidate(i, day.end, reading('DATE', { fields: { day: day.day } }), 'dayMonth');
  if (word(ctx, i - 1) !== 'the' || day.end === i + 1 && !ordinalSuffixAfter(ctx, i)) return null;
  if (!isNum(ctx, i)) return null;
  const next = word(ctx, day.end);
  const suffixed = day.end === i + 2;
  // "the 12th and 13th centuries", "from the 5th to the 3rd century BC": the first of two centuries
  const partner = word(ctx, day.end + 1) === 'the' ? day.end + 2 : day.end + 1;
  if ((next === 'and' || next === 'or' || next === 'to') && centuryAfter(ctx, partner)) return candidate(i - 1, day.end, reading('DATE', { fields: { century: day.day - 1 } }), 'dayMonth');
  // ("the 5th and 6th Armies", "the 6th and 7th articles": two ordinals of the thing named after them)
  const partnerEnd = ordinalSuffixAfter(ctx, partner) ? partner + 2 : partner + 1;
  const afterPartner = word(ctx, partnerEnd);
  if ((next === 'and' || next === 'or') && isNum(ctx, partner) && afterPartner !== '' && (isCapitalized(ctx, partnerEnd) || !(AFTER_LONE_DAY.has(afterPartner) || MONTHS.has(afterPartner)))) return null;
  if (next) {
    // "the 20th Army", "the 20th century": an ordinal of something else
    if (isCapitalized(ctx, day.end) || ORDINAL_NOUNS.has(next)) return null;
    if (!suffixed && !DATE_JOINERS.has(next)) return null;
    // "the 25th was quiet", "on the 25th schools close"; "the 25th storm", "the 10th person" count things
    // ("the afternoon of the 27th most had gone over")
    const partOf = word(ctx, i - 2) === 'of' && PARTS_OF_DAY.has(word(ctx, i - 3));
    if (!AFTER_LONE_DAY.has(next) && !DAY_PREPOSITIONS.has(word(ctx, i - 2)) && !partOf) return null;
  }
  return candidate(i - 1, day.end, reading('DATE', { fields: { day: day.day } }), 'dayMonth');
}

/** "the 13th and 14th", "the 5th or 6th": an ordinal day after "and"/"or" and an ordinal day after "the". */
function secondOfTwoDays(ctx: Ctx, i: number, day: { day: number; end: number }): boolean {
  if (!ordinalSuffixAfter(ctx, i) || (word(ctx, i - 1) !== 'and' && word(ctx, i - 1) !== 'or')) return false;
  const first = i - 3;
  if (!isNum(ctx, first) || !ordinalSuffixAfter(ctx, first) || word(ctx, first - 1) !== 'the' || numAt(ctx, first) >= day.day) return false;
  // ("the 12th and 13th centuries", "the 5th and 6th Armies", "the 6th and 7th articles": ordinals of something else)
  const next = word(ctx, day.end);
  return (next === '' || AFTER_LONE_DAY.has(next)) && !isCapitalized(ctx, day.end);
}

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
    if (month === undefined || !isCapitalized(ctx, k)) return loneOrdinalDay(ctx, i, day);
    k++;
    if (w.length <= 4 && w !== 'june' && w !== 'july' && w !== 'may' && mark(ctx, k) === '.' && glued(ctx, k)) k++;
    const fields: FieldsInit = { day: day.day, month };
    let y = k;
    if (mark(ctx, y) === ',') y++;
    const year = yearAt(ctx, y);
    if (year !== undefined) {
      fields.year = year;
      k = y + 1;
    }
    const first = word(ctx, i - 1) === 'the' ? i - 1 : i;
    // "on the 1st of June last", "the 4th of March next": the older order of "last June 1st"
    const after = year === undefined ? word(ctx, k) : '';
    if ((after === 'last' || after === 'next') && !isCapitalized(ctx, k) && !UNITS.has(word(ctx, k + 1))) {
      return candidate(first, k + 1, reading('DATE', { fields, lean: after === 'next' ? 1 : -1 }), 'dayMonth');
    }
    return candidate(first, k, reading('DATE', { fields }), 'dayMonth');
  },
};

/** Where "twenty-second" starts, its ordinal word at i. */
function tensBefore(ctx: Ctx, i: number): number {
  const tens = NUMBER_WORDS.get(word(ctx, i - 2));
  return hyphenAt(ctx, i - 1) && tens !== undefined && tens >= 20 && tens < 40 ? i - 2 : i;
}

/** "the fourth of July 1776", "the first of May": a day in words before "of" and its month. */
export const ordinalDayMonthParser: Parser = {
  name: 'ordinalDayMonth',
  triggers: [...ORDINALS.keys()].filter((w) => w !== 'last' && !w.includes('-')),
  // ("the twenty-second of May" is read from "twenty")
  parse: (ctx, i) => (word(ctx, i + 1) === 'of' && MONTHS.has(word(ctx, i + 2)) && isCapitalized(ctx, i + 2) ? dayMonthParser.parse(ctx, tensBefore(ctx, i)) : null),
};
