/**
 * TIMEX3 values as time intervals, so a month-precision date can span its month on the timeline
 * and exports can write the parts of a date the text actually gives. Pure and bounded: every
 * pattern is anchored and has fixed-width parts, so no input makes them backtrack.
 */

export type IntervalPrecision =
  | 'millennium'
  | 'century'
  | 'decade'
  | 'year'
  | 'half'
  | 'season'
  | 'quarter'
  | 'month'
  | 'week'
  | 'day'
  | 'part-of-day'
  | 'hour'
  | 'minute'
  | 'second';

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
}

export interface Interval {
  /** Milliseconds since the epoch (UTC) of the first instant. */
  start: number;
  /** Milliseconds since the epoch (UTC) just after the last instant. */
  end: number;
  precision: IntervalPrecision;
  /** The components the value gives (the start of the interval, at its precision). */
  parts: DateParts;
}

const HOUR = 3_600_000;

/**
 * Date.UTC maps years 0-99 to 1900-1999; this does not. Months are 1-based, and any part may run
 * over into the next: hour 24 is midnight at the end of the day, hour 30 six the next morning.
 */
export function utc(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0): number {
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second);
  return date.getTime();
}

const SEASON_MONTHS: Record<string, [number, number]> = {
  SP: [3, 6],
  SU: [6, 9],
  FA: [9, 12],
  AU: [9, 12],
  WI: [12, 15],
};
const PART_OF_DAY_HOURS: Record<string, [number, number]> = {
  MO: [6, 12],
  MI: [11, 13],
  AF: [12, 18],
  EV: [18, 22],
  NI: [20, 30],
  DT: [8, 18],
};

function yearSpan(year: number, years: number, precision: IntervalPrecision): Interval {
  return { start: utc(year), end: utc(year + years), precision, parts: { year } };
}

function monthSpan(year: number, from: number, to: number, precision: IntervalPrecision): Interval {
  const parts: DateParts = precision === 'month' ? { year, month: from } : { year };
  return { start: utc(year, from), end: utc(year, to), precision, parts };
}

function isoWeekStart(year: number, week: number): number {
  const jan4 = utc(year, 1, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - weekday * 24 * HOUR + (week - 1) * 7 * 24 * HOUR;
}

function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && new Date(utc(year, month, day)).getUTCMonth() === month - 1;
}

function dayOrTime(match: RegExpExecArray, year: number): Interval | undefined {
  const [month, day] = [Number(match[2]), Number(match[3])];
  if (!validDay(year, month, day)) return undefined;
  const rest = match[4];
  const parts: DateParts = { year, month, day };
  if (!rest) return { start: utc(year, month, day), end: utc(year, month, day + 1), precision: 'day', parts };
  const partOfDay = PART_OF_DAY_HOURS[rest];
  if (partOfDay) {
    return { start: utc(year, month, day, partOfDay[0]), end: utc(year, month, day, partOfDay[1]), precision: 'part-of-day', parts };
  }
  const time = /^(\d{2})(?::(\d{2}))?(?::(\d{2}))?/.exec(rest);
  if (!time) return undefined;
  const hour = Number(time[1]);
  if (hour > 24) return undefined;
  if (time[2] === undefined) return { start: utc(year, month, day, hour), end: utc(year, month, day, hour + 1), precision: 'hour', parts: { ...parts, hour } };
  const minute = Number(time[2]);
  if (time[3] === undefined) {
    return { start: utc(year, month, day, hour, minute), end: utc(year, month, day, hour, minute + 1), precision: 'minute', parts: { ...parts, hour, minute } };
  }
  const second = Number(time[3]);
  return { start: utc(year, month, day, hour, minute, second), end: utc(year, month, day, hour, minute, second + 1), precision: 'second', parts: { ...parts, hour, minute, second } };
}

/** Astronomical year of a year written before Christ: 1 BC is year 0, 218 BC is -217 (as EDTF writes it). */
const astronomical = (yearBC: number): number => 1 - yearBC;

/**
 * Years `first` .. `first + years - 1` before Christ (a decade, a century such as "BC02": the years
 * 2xx BC, a millennium): they run backwards, so the span starts at the last of them.
 */
function spanBC(first: number, years: number, precision: IntervalPrecision): Interval {
  const earliest = astronomical(first + years - 1);
  return { start: utc(earliest), end: utc(astronomical(Math.max(1, first)) + 1), precision, parts: { year: earliest } };
}

/**
 * The interval a TIMEX3 date/time value denotes, or undefined for durations, sets, PRESENT_REF, XXXX...
 * A value written before Christ ("BC0218", "BC0146-SP", "BC02") is placed in astronomical years.
 */
export function intervalOf(value: string | undefined): Interval | undefined {
  if (!value || value.length > 40) return undefined;
  const bc = value.startsWith('BC');
  const body = bc ? value.slice(2) : value;
  // the year a four-digit year field names
  const yearOf = (digits: string): number => (bc ? astronomical(Number(digits)) : Number(digits));
  let m: RegExpExecArray | null;
  if (bc && /^0000/.test(body)) return undefined;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T(.{2,12}))?$/.exec(body))) return dayOrTime(m, yearOf(m[1]));
  if ((m = /^(\d{4})-(\d{2})$/.exec(body))) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? monthSpan(yearOf(m[1]), month, month + 1, 'month') : undefined;
  }
  if ((m = /^(\d{4})$/.exec(body))) return yearSpan(yearOf(m[1]), 1, 'year');
  // (a decade is "198" in TIMEX3 and "198X" in EDTF; a century "19" and "19XX")
  if ((m = /^(\d{3})X?$/.exec(body))) return bc ? spanBC(Number(m[1]) * 10, 10, 'decade') : yearSpan(Number(m[1]) * 10, 10, 'decade');
  if ((m = /^(\d{2})(?:XX)?$/.exec(body))) return bc ? spanBC(Number(m[1]) * 100, 100, 'century') : yearSpan(Number(m[1]) * 100, 100, 'century');
  if ((m = /^(\d)XXX$/.exec(body))) return bc ? spanBC(Number(m[1]) * 1000, 1000, 'millennium') : yearSpan(Number(m[1]) * 1000, 1000, 'millennium');
  if ((m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(body))) {
    const [from, to] = SEASON_MONTHS[m[2]]!;
    return monthSpan(yearOf(m[1]), from, to, 'season');
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(body))) {
    const quarter = Number(m[2]);
    return monthSpan(yearOf(m[1]), quarter * 3 - 2, quarter * 3 + 1, 'quarter');
  }
  if ((m = /^(\d{4})-H([12])$/.exec(body))) {
    const half = Number(m[2]);
    return monthSpan(yearOf(m[1]), half * 6 - 5, half * 6 + 1, 'half');
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(body))) {
    const week = Number(m[2]);
    if (week < 1 || week > 53) return undefined;
    const start = isoWeekStart(yearOf(m[1]), week);
    return { start, end: start + 7 * 24 * HOUR, precision: 'week', parts: { year: yearOf(m[1]) } };
  }
  return undefined;
}

/** The interval from the start of `begin` to the end of `end`, when both parse and are in order. */
export function rangeOf(begin: string | undefined, end: string | undefined): Interval | undefined {
  const first = intervalOf(begin);
  const last = intervalOf(end);
  if (!first || !last || last.end < first.start) return undefined;
  return { start: first.start, end: last.end, precision: first.precision, parts: first.parts };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** An astronomical year as a reader writes it: 1956, 218 BC (year -217). */
export function yearLabel(year: number): string {
  return year > 0 ? String(year) : `${1 - year} BC`;
}

/**
 * "midnight" the text tells of 9 November (1989-11-09T24) is the instant that closes that day: labelled
 * as the day written, not as 00:00 of a 10 November the text never names.
 */
function closingMidnight({ parts }: Interval): string | undefined {
  if (parts.hour !== 24 || parts.month === undefined || parts.day === undefined || (parts.minute ?? 0) !== 0) return undefined;
  return `${parts.day} ${MONTHS[parts.month - 1]} ${yearLabel(parts.year)}, midnight`;
}

/** A short human label for an interval at its precision: "4 Nov 1956", "Nov 1956", "1950s". */
export function describeInterval(interval: Interval): string {
  const date = new Date(interval.start);
  const year = yearLabel(date.getUTCFullYear());
  const month = MONTHS[date.getUTCMonth()];
  const day = date.getUTCDate();
  const first = date.getUTCFullYear();
  if (first <= 0 && (interval.precision === 'millennium' || interval.precision === 'century' || interval.precision === 'decade')) {
    // spans before Christ run backwards: "199–100 BC" for the years 1xx BC
    return `${1 - first}–${1 - (new Date(interval.end).getUTCFullYear() - 1)} BC`;
  }
  switch (interval.precision) {
    case 'millennium':
      return `${year}s (millennium)`;
    case 'century':
      return `${year}s (century)`;
    case 'decade':
      return `${year}s`;
    case 'year':
      return String(year);
    case 'half':
    case 'season':
    case 'quarter':
      return `${month}–${MONTHS[new Date(interval.end - 1).getUTCMonth()]} ${year}`;
    case 'month':
      return `${month} ${year}`;
    case 'week':
      return `week of ${day} ${month} ${year}`;
    case 'day':
      return `${day} ${month} ${year}`;
    case 'part-of-day':
      return `${day} ${month} ${year}, ${pad(date.getUTCHours())}:00–${pad(new Date(interval.end).getUTCHours())}:00`;
    default:
      return closingMidnight(interval) ?? `${day} ${month} ${year} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
  }
}
