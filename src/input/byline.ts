/**
 * The date a scraped page's byline gives ("Published 9 November 2016", "Updated: Nov. 9, 2016
 * 10:03 AM ET"), read as the document's creation time when none was given. Only the first lines are
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

export async function bylineDate(text: string): Promise<Byline | undefined> {
  const lines = text.slice(0, BYLINE_LINES * MAX_BYLINE * 2).split(/\r?\n/).filter((line) => line.trim() !== '').slice(0, BYLINE_LINES);
  for (const line of lines) {
    const match = line.length <= MAX_BYLINE ? BYLINE.exec(line) : null;
    if (!match) continue;
    // chrono-node reads the many ways a date is written; loaded only when a byline is there
    const chrono = await import('chrono-node');
    const start = chrono.strict.parse(match[1])[0]?.start;
    if (!start || !start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    const pad = (n: number | null, width: number) => String(n ?? 0).padStart(width, '0');
    return { date: `${pad(start.get('year'), 4)}-${pad(start.get('month'), 2)}-${pad(start.get('day'), 2)}`, line: line.trim() };
  }
  return undefined;
}
