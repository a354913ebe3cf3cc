/**
 * Word lists the grammar reads: month and weekday names, numbers in words, seasons, parts of day,
 * units and holidays. Data only; parsers look words up here by their lower-case form.
 */
import { TENS_WORDS, UNIT_WORDS } from '../text/number-words.js';

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4], ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8], ['september', 9], ['sept', 9], ['sep', 9], ['october', 10],
  ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** Month words that are also common English words: only dates when a number or year is beside them. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'mar', 'jan', 'dec', 'sep', 'jun', 'jul']);

/** ISO weekday numbers, Monday = 1. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['mon', 1], ['tuesday', 2], ['tue', 2], ['tues', 2], ['wednesday', 3], ['wed', 3],
  ['thursday', 4], ['thu', 4], ['thur', 4], ['thurs', 4], ['friday', 5], ['fri', 5],
  ['saturday', 6], ['sat', 6], ['sunday', 7], ['sun', 7],
]);

/** The weekdays' full names ("monday" ... "sunday"), without the abbreviations. */
export const WEEKDAY_NAMES: ReadonlySet<string> = new Set([...WEEKDAYS.keys()].filter((w) => w.endsWith('day')));

/** Weekday abbreviations that are ordinary words, only read as weekdays when followed by a dot. */
export const AMBIGUOUS_WEEKDAYS: ReadonlySet<string> = new Set(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'tues', 'thur', 'thurs']);

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ...UNIT_WORDS, ...TENS_WORDS, ['hundred', 100], ['a', 1], ['an', 1], ['dozen', 12], ['half', 0.5],
]);

/** Words standing for an unknown count ("a few days" → PXD). */
export const VAGUE_COUNTS: ReadonlySet<string> = new Set(['few', 'several', 'some', 'many', 'couple', 'number']);

export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6],
  ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12],
  ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16],
  ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20],
  ['twenty-first', 21], ['thirtieth', 30], ['last', -1],
]);

/** Ordinals of a week counted into a month past the first: "the third week of October". */
export const WEEKS_INTO_MONTH: ReadonlySet<string> = new Set(['second', 'third', 'fourth']);

export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export const SEASONS: ReadonlyMap<string, Season> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['fall', 'FA'], ['autumn', 'FA'], ['winter', 'WI'],
]);

/** TIMEX3 part-of-day codes. */
export const PARTS_OF_DAY: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'], ['dawn', 'MO'],
  ['daybreak', 'MO'], ['dusk', 'EV'], ['nightfall', 'EV'], ['daytime', 'DT'], ['midday', 'MI'],
  ['overnight', 'NI'], ['nighttime', 'NI'], ['midmorning', 'MO'], ['midafternoon', 'AF'],
]);

/** Calendar units and their TIMEX3 duration letters. */
export type Unit = 'millennium' | 'century' | 'decade' | 'year' | 'half' | 'quarter' | 'season' | 'month' | 'week' | 'weekend' | 'day' | 'hour' | 'minute' | 'second';

/** Units written as a word counting several of a unit: a fortnight is two weeks (see unitsIn). */
const MULTIPLE_UNITS: ReadonlyMap<string, number> = new Map([['fortnight', 2], ['fortnights', 2]]);

/** How many of its unit (UNITS) a unit word counts: 2 for "fortnight", else 1. */
export function unitsIn(word: string): number {
  return MULTIPLE_UNITS.get(word) ?? 1;
}

export const UNITS: ReadonlyMap<string, Unit> = new Map([
  ['millennium', 'millennium'], ['millennia', 'millennium'], ['century', 'century'], ['centuries', 'century'],
  ['decade', 'decade'], ['decades', 'decade'], ['year', 'year'], ['years', 'year'], ['yr', 'year'], ['yrs', 'year'],
  ['quarter', 'quarter'], ['quarters', 'quarter'], ['season', 'season'], ['seasons', 'season'],
  ['month', 'month'], ['months', 'month'], ['week', 'week'], ['weeks', 'week'], ['fortnight', 'week'], ['fortnights', 'week'], ['weekend', 'weekend'],
  ['weekends', 'weekend'], ['day', 'day'], ['days', 'day'], ['nights', 'day'], ['hour', 'hour'], ['hours', 'hour'],
  ['minute', 'minute'], ['minutes', 'minute'], ['second', 'second'], ['seconds', 'second'],
]);

/** Holidays on a fixed month and day. */
export const FIXED_HOLIDAYS: ReadonlyMap<string, [number, number]> = new Map([
  ['christmas', [12, 25]], ['christmas eve', [12, 24]], ['christmas day', [12, 25]],
  ["new year's day", [1, 1]], ["new year's eve", [12, 31]], ['new year', [1, 1]],
  ['independence day', [7, 4]], ['bastille day', [7, 14]], ['halloween', [10, 31]],
  ["valentine's day", [2, 14]], ['armistice day', [11, 11]], ['veterans day', [11, 11]], ['remembrance day', [11, 11]],
  ['boxing day', [12, 26]], ['may day', [5, 1]], ['epiphany', [1, 6]], ['all saints day', [11, 1]], ['all souls day', [11, 2]],
  // the English quarter days, by which histories date rents, wages and terms
  ['lady day', [3, 25]], ['midsummer day', [6, 24]], ['michaelmas', [9, 29]], ['candlemas', [2, 2]],
  // the Roman calendar's middle of March, the day Caesar was killed
  ['ides of march', [3, 15]], ['fourth of july', [7, 4]],
]);

/**
 * A holiday placed by weekday: [month, weekday, n, days after] for the nth weekday of the month (n = -1
 * the last), moved on by the days after; month 0 counts the weekday slot in days from Easter Sunday.
 */
export type HolidayRule = readonly [number, number, number, number?];

/** Holidays on the nth weekday of a month (US Election Day: the Tuesday after the first Monday of November). */
export const WEEKDAY_HOLIDAYS: ReadonlyMap<string, HolidayRule> = new Map<string, HolidayRule>([
  ['thanksgiving', [11, 4, 4]], ['thanksgiving day', [11, 4, 4]], ['labor day', [9, 1, 1]],
  ['memorial day', [5, 1, -1]], ['martin luther king day', [1, 1, 3]], ['columbus day', [10, 1, 2]],
  ['presidents day', [2, 1, 3]], ["mother's day", [5, 7, 2]], ["father's day", [6, 7, 3]], ['election day', [11, 1, 1, 1]], ['thanksgiving eve', [11, 4, 4, -1]], ['election night', [11, 1, 1, 1]],
]);

/** Days of history known by a name alone: [year, month, day]. */
export const HISTORIC_DAYS: ReadonlyMap<string, [number, number, number]> = new Map([
  ['d day', [1944, 6, 6]], ['v e day', [1945, 5, 8]], ['ve day', [1945, 5, 8]], ['v j day', [1945, 8, 15]], ['vj day', [1945, 8, 15]],
]);

/** Holidays some days from Western Easter Sunday, whose date moves with the year. */
export const EASTER_HOLIDAYS: ReadonlyMap<string, number> = new Map([
  ['easter', 0], ['easter sunday', 0], ['easter day', 0], ['easter monday', 1], ['easter saturday', -1], ['holy saturday', -1], ['maundy thursday', -3], ['good friday', -2],
  ['palm sunday', -7], ['ash wednesday', -46], ['pentecost', 49], ['whit sunday', 49],
]);

/**
 * A recurring unit as a calendar pattern with the unit left open ("daily" XXXX-XX-XX, "weekly"
 * XXXX-WXX), the way history annotation and TimeBank's "weekly" write sets; news annotation mostly
 * writes the period instead (P1D).
 */
export const CALENDAR_PATTERNS: ReadonlyMap<Unit, string> = new Map([
  ['day', 'XXXX-XX-XX'],
  ['week', 'XXXX-WXX'],
  ['month', 'XXXX-XX'],
  ['year', 'XXXX'],
]);

/** Lower-case nouns an ordinal may count that make it no day: "the 20th century". */
export const ORDINAL_NOUNS: ReadonlySet<string> = new Set(['century', 'centuries', 'anniversary', 'birthday', 'time', 'times', 'day', 'year', 'place', 'round', 'floor', 'division', 'army', 'corps', 'regiment', 'battalion', 'brigade', 'fleet', 'amendment', 'congress', 'parallel', 'minute', 'hour', 'week', 'month', 'session', 'largest', 'most', 'straight', 'consecutive', 'of', 'hole', 'holes', 'green', 'tee', 'lap', 'laps', 'inning', 'innings', 'stage', 'game', 'race', 'seed', 'pick', 'street', 'avenue', 'district', 'precinct', 'ward']);
