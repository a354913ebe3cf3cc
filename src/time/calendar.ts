/**
 * Calendar arithmetic on plain numbers (astronomical years: 1 BC = 0), ISO weeks, and the TIMEX3 /
 * EDTF spellings of a set of date fields.
 */
import type { Unit } from './lexicon.js';
import { makeFields, type Fields, type FieldsInit } from './types.js';

export function pad(n: number, width: number): string {
  const s = String(Math.abs(Math.trunc(n)));
  return s.length >= width ? s : '0'.repeat(width - s.length) + s;
}

/** Astronomical year of written fields (480 BC → -479). */
export function astroYear(f: Fields): number | undefined {
  if (f.year === undefined) return undefined;
  return f.bc ? 1 - f.year : f.year;
}

/** Sets the written year and era from an astronomical year. */
export function withAstroYear(f: FieldsInit, astro: number): Fields {
  const out = makeFields(f);
  out.year = astro <= 0 ? 1 - astro : astro;
  out.bc = astro <= 0 ? true : undefined;
  return out;
}

function utc(year: number, month: number, day: number): Date {
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year, month - 1, day);
  return d;
}

/** Western Easter Sunday as [month, day]: the anonymous Gregorian computus from 1583, the Julian one before. */
export function easterSunday(year: number): [number, number] {
  if (year < GREGORIAN_EASTER_FROM) return julianEasterSunday(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return [Math.floor(n / 31), (n % 31) + 1];
}

/** The first Easter reckoned by the Gregorian calendar (it was reformed in October 1582). */
const GREGORIAN_EASTER_FROM = 1583;

/**
 * Easter by the Julian computus, as a Julian calendar date: the calendar the sources of those
 * centuries write their dates in ("Palm Sunday, 29 March 1461").
 */
function julianEasterSunday(year: number): [number, number] {
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const n = d + e + 114;
  return [Math.floor(n / 31), (n % 31) + 1];
}

export function addDays(year: number, month: number, day: number, days: number): [number, number, number] {
  const d = utc(year, month, day);
  d.setUTCDate(d.getUTCDate() + days);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** Days from `a` to `b` (negative when `b` comes first); undefined unless both name a day. */
export function daysBetween(a: Fields, b: Fields): number | undefined {
  const ya = astroYear(a);
  const yb = astroYear(b);
  if (ya === undefined || yb === undefined || a.month === undefined || b.month === undefined || a.day === undefined || b.day === undefined) return undefined;
  return Math.round((utc(yb, b.month, b.day).getTime() - utc(ya, a.month, a.day).getTime()) / 86400000);
}

/** Whole years from `point`'s year to `now`'s (BC counted astronomically); -Infinity when either is unknown, so no gap test passes. */
export function yearsBetween(point: Fields | undefined, now: Fields | undefined): number {
  const year = point ? astroYear(point) : undefined;
  const nowYear = now ? astroYear(now) : undefined;
  return year === undefined || nowYear === undefined ? -Infinity : nowYear - year;
}

/** ISO weekday, Monday = 1. */
export function weekdayOf(year: number, month: number, day: number): number {
  const w = utc(year, month, day).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO weekday (Monday = 1) of a date in the Julian calendar, by its Julian day number. */
export function julianWeekdayOf(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  const julianDay = day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32083;
  return (julianDay % 7) + 1;
}

/** The last year some of Europe still dated by the Julian calendar (Britain changed in 1752). */
const LAST_JULIAN_YEAR = 1752;

/**
 * Whether a written weekday fits a date as its sources would have dated it: before the reform of
 * 1582 by the Julian calendar, until 1752 by either, then by the Gregorian.
 */
export function weekdayFits(year: number, month: number, day: number, weekday: number): boolean {
  if (gregorianDate(year, month, day) && weekdayOf(year, month, day) === weekday) return true;
  return year <= LAST_JULIAN_YEAR && julianWeekdayOf(year, month, day) === weekday;
}

/** Whether a date falls on or after the Gregorian reform (15 October 1582). */
function gregorianDate(year: number, month: number, day: number): boolean {
  return year > 1582 || (year === 1582 && (month > 10 || (month === 10 && day >= 15)));
}

/**
 * ISO weekday of a date as its sources dated it: by the Julian calendar before the reform, so "On
 * Saturday" after 6 May 1429 (a Friday then) is the 7th.
 */
export function historicalWeekdayOf(year: number, month: number, day: number): number {
  return gregorianDate(year, month, day) ? weekdayOf(year, month, day) : julianWeekdayOf(year, month, day);
}

/** The given ISO weekday of the week `weeks` weeks from a day ("Tuesday of last week"); null without a day. */
export function weekdayOfWeekAway(f: Fields, weeks: number, weekday: number): Fields | null {
  const year = astroYear(f);
  if (year === undefined || f.month === undefined || f.day === undefined) return null;
  const [y, m, d] = addDays(year, f.month, f.day, 7 * weeks);
  const [ty, tm, td] = addDays(y, m, d, weekday - weekdayOf(y, m, d));
  return withAstroYear({ month: tm, day: td, weekday }, ty);
}

/** ISO week-numbering year and week. */
export function isoWeek(year: number, month: number, day: number): [number, number] {
  const wd = weekdayOf(year, month, day);
  const [ty, tm, td] = addDays(year, month, day, 4 - wd);
  const jan1 = utc(ty, 1, 1).getTime();
  const week = Math.floor((utc(ty, tm, td).getTime() - jan1) / 86400000 / 7) + 1;
  return [ty, week];
}

/** Days in the half of a month that "three and a half months" adds to its whole months. */
const DAYS_PER_MONTH = 30;

/**
 * The month `n` months from a day, for a count with a fraction ("three and a half months later"
 * from 30 November is mid-March, not February): whole months, then the fraction as days. A month
 * without its day counts from the middle of the month; a day past the 28th from the 28th, so the
 * whole months do not spill into the next (30 November + 3 months is not 2 March).
 */
function monthsAndDaysAway(year: number, month: number, day: number | undefined, n: number): Fields {
  const whole = Math.trunc(n);
  const total = year * 12 + (month - 1) + whole;
  const [y, m] = [Math.floor(total / 12), (((total % 12) + 12) % 12) + 1];
  const [ty, tm] = addDays(y, m, Math.min(day ?? 15, 28), Math.round((n - whole) * DAYS_PER_MONTH));
  return withAstroYear({ month: tm }, ty);
}

/** Moves fields holding at least a year by n units, at that unit's granularity. */
export function shiftFields(f: Fields, unit: Unit, n: number): Fields | null {
  const year = astroYear(f);
  // BC decades have no TIMEX3 spelling: move BC years by ten or a hundred instead
  if ((unit === 'decade' || unit === 'century') && year !== undefined && year <= 0 && f.decade === undefined && f.century === undefined) {
    return withAstroYear({}, year + n * (unit === 'decade' ? 10 : 100));
  }
  if (unit === 'century') {
    // ("The 1990s were good. The end of the century ...": a decade tells its century)
    const c = f.century ?? (year !== undefined ? Math.floor(year / 100) : f.decade !== undefined && !f.bc ? Math.floor(f.decade / 10) : undefined);
    return c === undefined ? null : makeFields({ century: c + n });
  }
  // BC decades count down: a decade after the 470s BC is the 460s BC
  if (unit === 'decade' && f.decade !== undefined && f.bc) return f.decade - n > 0 ? makeFields({ decade: f.decade - n, bc: true }) : null;
  if (unit === 'decade' || unit === 'millennium') {
    const d = f.decade ?? (year !== undefined ? Math.floor(year / 10) : undefined);
    return d === undefined ? null : makeFields({ decade: d + n * (unit === 'millennium' ? 100 : 1) });
  }
  if (year === undefined) return null;
  switch (unit) {
    case 'year':
      return withAstroYear({}, year + n);
    case 'half':
    case 'quarter': {
      const q = f.quarter ?? (f.month !== undefined ? Math.ceil(f.month / 3) : undefined);
      if (q === undefined) return null;
      const total = year * 4 + (q - 1) + n * (unit === 'half' ? 2 : 1);
      return withAstroYear({ quarter: (((total % 4) + 4) % 4) + 1 }, Math.floor(total / 4));
    }
    case 'season':
      return withAstroYear({}, year + n);
    case 'month': {
      if (f.month === undefined) return null;
      if (!Number.isInteger(n)) return monthsAndDaysAway(year, f.month, f.day, n);
      const total = year * 12 + (f.month - 1) + n;
      return withAstroYear({ month: (((total % 12) + 12) % 12) + 1 }, Math.floor(total / 12));
    }
    case 'week':
    case 'weekend': {
      if (f.month === undefined || f.day === undefined) return null;
      // the weekend after a weekday is that week's own ("Thursday 9 November ... the following weekend")
      const weeks = unit === 'weekend' && n > 0 && weekdayOf(year, f.month, f.day) <= 5 ? n - 1 : n;
      const [y, m, d] = addDays(year, f.month, f.day, 7 * weeks);
      const [wy, w] = isoWeek(y, m, d);
      return withAstroYear(unit === 'weekend' ? { week: w, weekend: true } : { week: w }, wy);
    }
    case 'day': {
      if (f.month === undefined || f.day === undefined) return null;
      const [y, m, d] = addDays(year, f.month, f.day, n);
      return withAstroYear({ month: m, day: d }, y);
    }
    default: {
      if (f.month === undefined || f.day === undefined) return null;
      // hours and minutes from a clock time: "10:56 p.m. ... about 20 minutes later" is 23:16
      if (f.hour !== undefined && (unit === 'hour' || unit === 'minute')) {
        const d = utc(year, f.month, f.day);
        d.setUTCHours(f.hour, (f.minute ?? 0) + n * (unit === 'hour' ? 60 : 1));
        const moved = withAstroYear({ month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours() }, d.getUTCFullYear());
        // ("9 a.m. ... two and a half hours later" is 11:30)
        if (f.minute !== undefined || unit === 'minute' || !Number.isInteger(n)) moved.minute = d.getUTCMinutes();
        return moved;
      }
      // otherwise the day itself, or the day whole days of hours away ("48 hours later")
      const days = unit === 'hour' && n % 24 === 0 ? n / 24 : 0;
      const [y, m, d] = addDays(year, f.month, f.day, days);
      return withAstroYear({ month: m, day: d }, y);
    }
  }
}

/** TIMEX3 value of absolute fields; 'XXXX' stands for an unknown year. */
export function timexValue(f: Fields): string {
  let base: string;
  if (f.century !== undefined) return (f.bc ? 'BC' : '') + pad(f.century, 2);
  if (f.decade !== undefined) return (f.bc ? 'BC' : f.decade < 0 ? '-' : '') + pad(f.decade, 3);
  if (f.year !== undefined) base = (f.bc ? 'BC' : '') + pad(f.year, 4);
  else base = 'XXXX';
  if (f.half !== undefined) base += `-H${f.half}`;
  else if (f.quarter !== undefined) base += `-Q${f.quarter}`;
  else if (f.season !== undefined && f.month === undefined) base += `-${f.season}`;
  else if (f.week !== undefined) base += `-W${pad(f.week, 2)}${f.weekend ? '-WE' : ''}`;
  else if (f.month !== undefined) {
    base += `-${pad(f.month, 2)}`;
    if (f.day !== undefined) base += `-${pad(f.day, 2)}`;
    else if (f.partOfDay !== undefined || f.hour !== undefined) base += '-XX';
  } else if (f.weekday !== undefined) base += `-WXX-${f.weekday}`;
  else if (f.partOfDay !== undefined || f.hour !== undefined) base += '-XX-XX';
  if (f.hour !== undefined) base += f.hour === 24 && f.minute === undefined ? 'T24' : `T${pad(f.hour, 2)}:${pad(f.minute ?? 0, 2)}`;
  else if (f.partOfDay !== undefined) base += `T${f.partOfDay}`;
  return base;
}

const EDTF_SEASONS: Record<string, number> = { SP: 21, SU: 22, FA: 23, WI: 24 };

/** EDTF of absolute fields: 1956-10-23, 1956-11, 198X, 18XX, 1998-22 (summer), -0479 (480 BC). */
export function edtfValue(f: Fields): string | undefined {
  const astro = astroYear(f);
  const sign = (n: number) => (n < 0 ? '-' : '');
  if (f.century !== undefined) return f.bc ? `-${pad(f.century, 2)}XX` : `${pad(f.century, 2)}XX`;
  // a BC decade as its years written out (the 470s BC are 479-470 BC): the nearest EDTF spelling
  if (f.decade !== undefined) return f.bc ? `-${pad(f.decade, 3)}X` : `${sign(f.decade)}${pad(f.decade, 3)}X`;
  if (astro === undefined) return undefined;
  let out = `${sign(astro)}${pad(astro, 4)}`;
  if (f.half !== undefined) return `${out}-${40 + f.half}`;
  if (f.quarter !== undefined) return `${out}-${32 + f.quarter}`;
  if (f.season !== undefined && f.month === undefined) return `${out}-${EDTF_SEASONS[f.season]}`;
  if (f.week !== undefined) return out;
  if (f.month === undefined) return out;
  if (f.day === undefined) return `${out}-${pad(f.month, 2)}` + (f.hour !== undefined || f.partOfDay !== undefined ? '-XX' : '');
  // hour 24 (midnight ending a day) is 00:00 of the next day in EDTF, which has no hour 24
  const [y, m, d] = f.hour === 24 ? addDays(astro, f.month, f.day, 1) : [astro, f.month, f.day];
  out = `${sign(y)}${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
  if (f.hour !== undefined) out += `T${pad(f.hour === 24 ? 0 : f.hour, 2)}:${pad(f.minute ?? 0, 2)}:00`;
  return out;
}

type Precision = NonNullable<import('../model/document.js').Timex['precision']>;

export function precisionOf(f: Fields): Precision | undefined {
  if (f.minute !== undefined) return 'minute';
  if (f.hour !== undefined) return 'hour';
  if (f.partOfDay !== undefined) return 'part-of-day';
  if (f.day !== undefined) return 'day';
  if (f.week !== undefined || (f.weekday !== undefined && f.year === undefined)) return 'week';
  if (f.month !== undefined) return 'month';
  if (f.season !== undefined) return 'season';
  if (f.quarter !== undefined || f.half !== undefined) return 'quarter';
  if (f.year !== undefined) return 'year';
  if (f.decade !== undefined) return 'decade';
  if (f.century !== undefined) return 'century';
  return undefined;
}

/** Duration letters: P13D, P20Y, PT3H, PXY. */
/** Smaller unit a fractional amount spills into: "2 1/2 years" = P2Y6M, "5 1/2 hours" = PT5H30M. */
const SPILL: Partial<Record<Unit, [string, number, string]>> = {
  year: ['Y', 12, 'M'],
  day: ['D', 24, 'H'],
  hour: ['H', 60, 'M'],
  minute: ['M', 60, 'S'],
};

function spilled(unit: Unit, amount: number): string | undefined {
  const spill = SPILL[unit];
  const whole = Math.floor(amount);
  const rest = Number(((amount - whole) * (spill?.[1] ?? 0)).toFixed(3));
  if (!spill || whole === amount || !Number.isInteger(rest)) return undefined;
  const [big, , small] = spill;
  const time = unit === 'hour' || unit === 'minute';
  const head = whole > 0 ? `${whole}${big}` : '';
  if (unit === 'day') return `P${head}T${rest}${small}`;
  return `P${time ? 'T' : ''}${head}${rest}${small}`;
}

export function durationValue(unit: Unit, amount: number | undefined): string {
  const fraction = amount === undefined ? undefined : spilled(unit, amount);
  if (fraction) return fraction;
  const n = (k: number) => (amount === undefined ? 'X' : String(Number((amount * k).toFixed(3))));
  switch (unit) {
    case 'millennium': return `P${n(1000)}Y`;
    case 'century': return `P${n(100)}Y`;
    case 'decade': return amount === undefined ? 'PXDE' : `P${n(10)}Y`;
    case 'year': return `P${n(1)}Y`;
    case 'half': return `P${n(6)}M`;
    case 'quarter': return `P${n(1)}Q`;
    case 'season': return amount === undefined ? 'PXM' : `P${n(3)}M`;
    case 'month': return `P${n(1)}M`;
    case 'week': return `P${n(1)}W`;
    case 'weekend': return `P${n(2)}D`;
    case 'day': return `P${n(1)}D`;
    case 'hour': return `PT${n(1)}H`;
    case 'minute': return `PT${n(1)}M`;
    case 'second': return `PT${n(1)}S`;
  }
}
