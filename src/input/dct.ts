/** Document creation times given by the user, a JSONL record or HTML metadata. */
import { InputError } from './errors.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/**
 * The calendar date (YYYY-MM-DD) a timestamp starts with, or undefined.
 * The date is taken as written, not converted to UTC: a story published at 01:00+02:00 on the 23rd
 * tells its readers "today" meaning the 23rd.
 */
export function leadingDate(value: string): string | undefined {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day] = match;
  return isRealDate(Number(year), Number(month), Number(day)) ? `${year}-${month}-${day}` : undefined;
}

/** Validates a --dct or record "dct" value: exactly a real YYYY-MM-DD date. */
export function parseDct(value: string, where: string): string {
  const trimmed = value.trim();
  const date = leadingDate(trimmed);
  if (!date || date.length !== trimmed.length) {
    throw new InputError(`${where}: "${value.slice(0, 40)}" is not a date of the form YYYY-MM-DD`);
  }
  return date;
}
