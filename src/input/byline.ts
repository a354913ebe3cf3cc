/**
 * The date a scraped page's byline gives ("Published 9 November 2016", "Updated: Nov. 9, 2016
 * 10:03 AM ET") or a wire story's dateline ("BERLIN, Nov 9, 2019 (AP) -"), read as the document's
 * creation time when none was given. Only the first lines are
 * looked at, and only a line that starts with such a word: a date elsewhere tells the story, not when
 * it was written.
 */

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
 * comes before the dash (the agency in brackets left out) is the date. Read on the line's head only.
 */
const DATELINE_HEAD = /^\s*[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3},([^\n]{6,60}?)(?:\([^()\n]{1,30}\)\s*)?(?:--|[-–—])\s/;
const DATELINE_REACH = 100;

export async function bylineDate(text: string): Promise<Byline | undefined> {
  const lines = text.slice(0, BYLINE_LINES * MAX_BYLINE * 2).split(/\r?\n/).filter((line) => line.trim() !== '').slice(0, BYLINE_LINES);
  for (const line of lines) {
    const match = line.length <= MAX_BYLINE ? BYLINE.exec(line) : null;
    const dateline = match ? null : DATELINE_HEAD.exec(line.slice(0, DATELINE_REACH));
    const written = match?.[1] ?? dateline?.[1];
    if (written === undefined) continue;
    const date = await fullDate(written);
    if (date) return { date, line: (dateline ? dateline[0] : line).trim() };
  }
  return undefined;
}

/** YYYY-MM-DD of a written date that gives its year, month and day; chrono-node reads the many ways one is written (loaded only when a line may hold one). */
async function fullDate(written: string): Promise<string | undefined> {
  const chrono = await import('chrono-node');
  const start = chrono.strict.parse(written)[0]?.start;
  if (!start || !start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return undefined;
  const pad = (n: number | null, width: number) => String(n ?? 0).padStart(width, '0');
  return `${pad(start.get('year'), 4)}-${pad(start.get('month'), 2)}-${pad(start.get('day'), 2)}`;
}
