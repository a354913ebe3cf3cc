/**
 * The date a scraped page's byline gives ("Published 9 November 2016", "Updated: Nov. 9, 2016
 * 10:03 AM ET"), a wire story's dateline ("BERLIN, Nov 9, 2019 (AP) -") or a timestamp on a line of
 * its own ("Sunday 10 July 2022 07.40 BST"), read as the document's creation time when none was given.
 * Only the first lines are looked at, and only a line that opens so: a date elsewhere tells the story,
 * not when it was written.
 */
import { LazyDateOrder } from '../time/dateOrder.js';

/** Lines from the top where a byline may stand (title, standfirst, author, date). */
const BYLINE_LINES = 8;
/** A byline is short; a longer line is body text that happens to start with "Published". */
const MAX_BYLINE = 120;
const BYLINE = /^\s*(?:first\s+|last\s+)?(?:published|updated|posted)\b(?:\s+on)?\s*[:\-–—]?\s*(\S.*)$/i;

export interface Byline {
  /** YYYY-MM-DD, as written (no time-zone conversion). */
  date: string;
  line: string;
}

/**
 * A wire story's dateline that gives the year, opening a line of body text: "ANTAKYA, Turkey, Feb 12,
 * 2023 (Reuters) - Rescuers ...", "WASHINGTON, Jan. 5, 1998 — ...". The place is in capitals; what
 * comes before the dash (the agency in brackets left out) is the date; two places may share it
 * ("KHARTOUM/GENEVA, 24 May 2023 —"). Read on the line's head only.
 */
const DATELINE_HEAD = /^\s*[A-Z][A-Z'’.\-]+(?:[ /][A-Z][A-Z'’.\-]+){0,3},([^\n]{6,60}?)(?:\([^()\n]{1,30}\)\s*)?(?:--|[-–—])\s/;
const DATELINE_REACH = 100;

/**
 * A page's timestamp on a line of its own: "Sunday 10 July 2022 07.40 BST", "Mon 3 Jun 2019 14:05 EDT". The
 * clock time, or the author's line beside it, is what makes it a timestamp: a date alone on a line may be a
 * history's heading.
 */
const TIMESTAMP_MAX = 60;
const CLOCK = /\b\d{1,2}[.:]\d{2}\b/;

export async function bylineDate(text: string): Promise<Byline | undefined> {
  const order = new LazyDateOrder(text);
  const lines = text.slice(0, BYLINE_LINES * MAX_BYLINE * 2).split(/\r?\n/).filter((line) => line.trim() !== '').slice(0, BYLINE_LINES);
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    const match = line.length <= MAX_BYLINE ? BYLINE.exec(line) : null;
    const dateline = match ? null : DATELINE_HEAD.exec(line.slice(0, DATELINE_REACH));
    const stamp = match || dateline ? undefined : timestampOf(line, nextToAuthor(lines, k));
    const written = match?.[1] ?? dateline?.[1] ?? stamp;
    if (written === undefined) continue;
    const date = await fullDate(written, stamp !== undefined, order);
    if (date) return { date, line: (dateline ? dateline[0] : line).trim() };
  }
  return undefined;
}

/** The line itself when it may be a timestamp: short, with a clock time or next to the author's line. */
function timestampOf(line: string, besideAuthor: boolean): string | undefined {
  const trimmed = line.trim();
  return trimmed.length <= TIMESTAMP_MAX && (besideAuthor || CLOCK.test(trimmed)) ? trimmed : undefined;
}

/** An author's line: "By The Associated Press", "By Jane Doe and John Roe". */
const AUTHOR = /^\s*by\s+\S.{0,80}$/i;

/** The line before or after line k names the author: a date alone there is the story's ("By The Associated Press" / "October 18, 2023"). */
function nextToAuthor(lines: readonly string[], k: number): boolean {
  return (k > 0 && AUTHOR.test(lines[k - 1])) || (k + 1 < lines.length && AUTHOR.test(lines[k + 1]));
}

/** A date in digits that reads both ways until the document says which: "03/04/2022". */
const EITHER_WAY = /\b(?:0?[1-9]|1[0-2])[/.](?:0?[1-9]|1[0-2])[/.]\d/;

/**
 * YYYY-MM-DD of a written date that gives its year, month and day (`whole`: and is all that is written);
 * chrono-node reads the many ways one is written (loaded only when a line may hold one), day first
 * ("03/04/2022" is 3 April) where the document's own dates are written so.
 */
async function fullDate(written: string, whole: boolean, order: LazyDateOrder): Promise<string | undefined> {
  const chrono = await import('chrono-node');
  const dayFirst = EITHER_WAY.test(written) && order.get() === 'day-first';
  const parser = dayFirst ? new chrono.Chrono(chrono.en.configuration.createConfiguration(true, true)) : chrono.strict;
  const result = parser.parse(written)[0];
  // (a timestamp is the date and nothing else: "10 July 2022 07.40 BST", not a sentence that holds one)
  if (whole && (result?.index !== 0 || result.text.length < written.length)) return undefined;
  const start = result?.start;
  if (!start || !start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return undefined;
  const pad = (n: number | null, width: number) => String(n ?? 0).padStart(width, '0');
  return `${pad(start.get('year'), 4)}-${pad(start.get('month'), 2)}-${pad(start.get('day'), 2)}`;
}
