/**
 * Ranges: "from 1939 to 1945", "between May and July 1940", "23 October–4 November 1956",
 * "23–25 October". Both ends stay separate time expressions (as TimeML tags them); the first end
 * borrows the year (and month) it does not write from the second, and learns it opens a range.
 */
import { dayAt } from '../parsers/monthName.js';
import { mark, word, type Ctx } from '../grammar.js';
import type { Candidate, Fields } from '../types.js';

const DASHES = new Set(['-', '–', '—']);

function borrow(from: Fields, into: Fields): Fields {
  const out = { ...into };
  if (out.year === undefined && from.year !== undefined && (out.month !== undefined || out.season !== undefined)) {
    out.year = from.year;
    if (from.bc) out.bc = true;
  }
  if (out.month === undefined && out.day !== undefined && from.month !== undefined) out.month = from.month;
  return out;
}

function isDateRangeEnd(c: Candidate): boolean {
  return c.reading.type === 'DATE' && !c.reading.shift && !c.reading.literal && (c.reading.fields.year !== undefined || c.reading.fields.month !== undefined);
}

/** A bare day before a dash and a day-month hit: "23–25 October". */
function dayBeforeDash(ctx: Ctx, b: Candidate): Candidate | null {
  const dash = b.first - 1;
  if (!DASHES.has(mark(ctx, dash)) || b.parser !== 'dayMonth') return null;
  const day = dayAt(ctx, dash - 1);
  if (!day || day.end !== dash) return null;
  const fields = borrow(b.reading.fields, { day: day.day });
  return { first: dash - 1, last: dash, reading: { type: 'DATE', fields }, parser: 'range', rangeEnd: b };
}

export function linkRanges(ctx: Ctx, hits: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < hits.length; k++) {
    const b = hits[k];
    const a = out[out.length - 1];
    const lone = dayBeforeDash(ctx, b);
    if (lone && (!a || a.last <= lone.first)) {
      out.push(lone, b);
      continue;
    }
    if (a && isDateRangeEnd(a) && isDateRangeEnd(b)) {
      const between = b.first - a.last;
      const joiner = between === 1 ? (mark(ctx, a.last) || word(ctx, a.last)) : '';
      const opener = word(ctx, a.first - 1);
      const dashed = DASHES.has(joiner);
      const worded = (joiner === 'to' || joiner === 'until' || joiner === 'till' || joiner === 'through') && (opener === 'from' || opener === 'between') || (joiner === 'and' && opener === 'between');
      if (dashed || worded) {
        out[out.length - 1] = { ...a, reading: { ...a.reading, fields: borrow(b.reading.fields, a.reading.fields) }, rangeEnd: b };
      }
    }
    out.push(b);
  }
  return out;
}
