/** "the third quarter", "third-quarter", "the fourth quarter of 1990", "first half", "Q3", "fiscal 1998". */
import { candidate, glued, hyphenAt, ofLongPeriod, isNum, mark, numAt, ordinalAt, reading, isWord, word, type Ctx, type Parser } from '../grammar.js';
import { yearAt } from './monthName.js';
import type { Candidate, FieldsInit } from '../types.js';

const RELATIVE_YEARS: ReadonlyMap<string, -1 | 0 | 1> = new Map([['last', -1], ['next', 1], ['this', 0]]);

/** Owner words before "quarter": "this year's third quarter", "next year's first quarter". */
function ownerBefore(ctx: Ctx, j: number): { first: number; shift?: -1 | 0 | 1; year?: number } {
  if (word(ctx, j - 1) === 's' && mark(ctx, j - 2) === "'" && word(ctx, j - 3) === 'year') {
    const det = word(ctx, j - 4);
    const dir = det === 'last' ? -1 : det === 'next' ? 1 : det === 'this' ? 0 : undefined;
    if (dir !== undefined) return { first: j - 4, shift: dir };
  }
  if (word(ctx, j - 1) === 'fiscal') return ownerBefore(ctx, j - 1);
  // "the year-ago third quarter", "the year-earlier second quarter"
  if ((word(ctx, j - 1) === 'ago' || word(ctx, j - 1) === 'earlier') && hyphenAt(ctx, j - 2) && word(ctx, j - 3) === 'year') {
    return { first: word(ctx, j - 4) === 'the' ? j - 4 : j - 3, shift: -1 };
  }
  // "the 1988 second quarter"
  if (yearAt(ctx, j - 1) !== undefined && word(ctx, j - 2) === 'the') return { first: j - 2, year: yearAt(ctx, j - 1) };
  if (word(ctx, j - 1) === 'the') return { first: j - 1 };
  return { first: j };
}

/** "the present fiscal year", "the current year": a year named within a few words at k. */
function yearNounWithin(ctx: Ctx, k: number): boolean {
  for (let j = k; j < k + 4; j++) if (word(ctx, j) === 'year') return true;
  return false;
}

/** Units "half" may be joined to by a hyphen: "the first half-hour", "a quarter-century" name no part of a year. */
const HYPHENED_UNITS: ReadonlySet<string> = new Set(['hour', 'day', 'year', 'century', 'mile', 'inch', 'point', 'time', 'hours', 'days']);

function parsePart(ctx: Ctx, i: number): Candidate | null {
  const w = word(ctx, i);
  if (hyphenAt(ctx, i + 1) && HYPHENED_UNITS.has(word(ctx, i + 2))) return null;
  // ("in the first half hour of trading": a part of the unit after it, left to the unit)
  if (w === 'half' && (word(ctx, i + 1) === 'hour' || word(ctx, i + 1) === 'century')) return null;
  // ("the first fiscal quarter": the ordinal before "fiscal")
  const at = word(ctx, i - 1) === 'fiscal' ? i - 1 : i;
  const ordStart = hyphenAt(ctx, at - 1) ? at - 2 : at - 1;
  // "the last half of 1989" is the second half, "the final quarter of 1988" the fourth
  const closing = word(ctx, at - 1) === 'last' || word(ctx, at - 1) === 'final';
  // ("the last quarter of this year", "the final quarter of the year" too)
  const yearNamed = yearAt(ctx, i + 2) !== undefined || ((RELATIVE_YEARS.has(word(ctx, i + 2)) || word(ctx, i + 2) === 'the') && word(ctx, i + 3) === 'year');
  const lastOfYear = closing && word(ctx, i + 1) === 'of' && yearNamed;
  const ordEnd = hyphenAt(ctx, at - 1) ? at - 1 : at;
  let ord = lastOfYear ? { value: w === 'half' ? 2 : 4, end: at } : ordinalAt(ctx, ordStart);
  let j = ordStart;
  // "4th" spans two tokens, "twenty-first" three
  for (let back = 1; back <= 2 && (!ord || ord.end !== ordEnd); back++) {
    j = ordStart - back;
    ord = ordinalAt(ctx, j);
  }
  if (!ord || ord.end !== ordEnd) return null;
  const n = ord.value ?? 0;
  if (w === 'quarter' && (n < 1 || n > 4)) return null;
  if (w === 'half' && (n < 1 || n > 2)) return null;
  const fields: FieldsInit = w === 'quarter' ? { quarter: n } : { half: n };
  let end = i + 1;
  // "the first half of the 19th century": the century's start, which the modifiers read
  if (ofLongPeriod(ctx, end)) return null;
  const k = word(ctx, end) === 'of' ? end + 1 : end;
  // "of fiscal 2014", "of calendar 2014"
  const yearWord = word(ctx, k) === 'fiscal' || word(ctx, k) === 'calendar';
  const year = yearAt(ctx, k) ?? (yearWord ? yearAt(ctx, k + 1) : undefined);
  if (year !== undefined) {
    fields.year = year;
    end = yearWord ? k + 2 : k + 1;
  }
  // "the second half of the year": the year the story (or the report) is in
  if (year === undefined && k > end && word(ctx, k) === 'the' && word(ctx, k + 1) === 'year') {
    return candidate(ownerBefore(ctx, j).first, k + 2, reading('DATE', { fields, shift: { unit: 'year', amount: 0, direction: 0, anaphoric: true, byArticle: true } }), 'quarter');
  }
  // "the first quarter of next year": the year is named by where it stands from now
  const yearAfter = year === undefined && k > end ? RELATIVE_YEARS.get(word(ctx, k)) : undefined;
  if (yearAfter !== undefined && word(ctx, k + 1) === 'year') end = k + 2;
  // "the second half of the war", "the first half of the match": a part of something else, not of a year
  else if (year === undefined && k > end && isWord(ctx, k) && !yearNounWithin(ctx, k)) return null;
  // "the third-quarter results": the article belongs to the noun, not to the adjective
  const adjective = hyphenAt(ctx, i - 1) && isWord(ctx, i + 1) && word(ctx, i + 1) !== 'of';
  const owner = end === k + 2 && yearAfter !== undefined ? { first: ownerBefore(ctx, j).first, shift: yearAfter } : adjective && word(ctx, j - 1) === 'the' ? { first: j } : ownerBefore(ctx, j);
  if (owner.year !== undefined && fields.year === undefined) fields.year = owner.year;
  const extra = owner.shift !== undefined ? { shift: { unit: 'year' as const, amount: Math.abs(owner.shift), direction: owner.shift } } : {};
  return candidate(owner.first, end, reading('DATE', { fields, lean: -1, ...extra }), 'quarter');
}

export const quarterParser: Parser = { name: 'quarter', triggers: ['quarter', 'half'], parse: parsePart };

export const quarterCodeParser: Parser = {
  name: 'quarterCode',
  triggers: ['q', 'fiscal', 'fy'],
  parse: (ctx, i) => {
    const w = word(ctx, i);
    if (w === 'q' && isNum(ctx, i + 1) && glued(ctx, i + 1) && numAt(ctx, i + 1) >= 1 && numAt(ctx, i + 1) <= 4) {
      const year = yearAt(ctx, i + 2);
      const fields: FieldsInit = year === undefined ? { quarter: numAt(ctx, i + 1) } : { quarter: numAt(ctx, i + 1), year };
      return candidate(i, year === undefined ? i + 2 : i + 3, reading('DATE', { fields, lean: -1 }), 'quarterCode');
    }
    if (w === 'fiscal' || w === 'fy') {
      const year = yearAt(ctx, i + 1);
      // "the fiscal year" alone is the unit phrase's: a length before "ended", else the current year
      if (year !== undefined) return candidate(i, i + 2, reading('DATE', { fields: { year, fiscal: true } }), 'quarterCode');
    }
    return null;
  },
};
