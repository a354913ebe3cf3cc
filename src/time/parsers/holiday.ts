/** "Christmas", "New Year's Day", "Thanksgiving": holidays on known calendar days; "D-Day", "V-E Day": days of history. */
import { EASTER_HOLIDAYS, FIXED_HOLIDAYS, HISTORIC_DAYS, MONTHS, WEEKDAY_HOLIDAYS, type HolidayRule } from '../lexicon.js';
import { candidate, hyphenAt, isCapitalized, isNum, mark, reading, word, type Parser } from '../grammar.js';
import { yearAt } from './monthName.js';
import type { FieldsInit } from '../types.js';

/** The holiday's words at i, longest first (at most four tokens), normalised as in the lexicon. */
function holidayAt(ctx: Parameters<Parser['parse']>[0], i: number): { name: string; end: number } | null {
  const parts: string[] = [];
  let best: { name: string; end: number } | null = null;
  for (let k = i; k < i + 5; k++) {
    const w = word(ctx, k);
    // "New Year's", "D-Day", "V-E Day"
    if (mark(ctx, k) === "'" || hyphenAt(ctx, k)) continue;
    if (!w) break;
    parts.push(w === 's' ? "'s" : w);
    const name = parts.join(' ').replace(" 's", "'s");
    if (FIXED_HOLIDAYS.has(name) || WEEKDAY_HOLIDAYS.has(name) || EASTER_HOLIDAYS.has(name) || HISTORIC_DAYS.has(name)) best = { name, end: k + 1 };
  }
  return best;
}

const EASTER_MONTH = 4;

/** Nouns after a holiday's name that make it a kind of thing: "a Christmas tree", "Easter eggs", "Halloween costumes". */
const HOLIDAY_THINGS: ReadonlySet<string> = new Set(['tree', 'trees', 'card', 'cards', 'carol', 'carols', 'lights', 'decorations', 'ornaments', 'egg', 'eggs', 'costume', 'costumes', 'cake', 'pudding', 'stocking', 'stockings', 'song', 'songs', 'movie', 'film', 'special', 'album', 'market', 'markets', 'bonus', 'bonuses']);

/** Peoples and calendars whose new year falls on a day of its own: "Lunar New Year", "Jewish New Year". */
const OTHER_CALENDARS: ReadonlySet<string> = new Set(['lunar', 'chinese', 'vietnamese', 'korean', 'tibetan', 'mongolian', 'jewish', 'persian', 'iranian', 'islamic', 'hindu', 'tamil', 'sinhala', 'sinhalese', 'thai', 'khmer', 'ethiopian', 'orthodox', 'bengali', 'nepali']);

/** Another calendar's new year, with the year written after it or else the year it is told in ("during the Lunar New Year of 1968"). */
function otherNewYear(ctx: Parameters<Parser['parse']>[0], first: number, end: number): ReturnType<Parser['parse']> {
  const year = yearAt(ctx, end);
  const fields: FieldsInit = year === undefined ? {} : { year };
  return candidate(first, year === undefined ? end : end + 1, reading('DATE', { fields }), 'holiday');
}

export const holidayParser: Parser = {
  name: 'holiday',
  triggers: [
    'christmas', 'new', 'independence', 'bastille', 'halloween', 'thanksgiving', 'labor', 'memorial', 'armistice', 'veterans', 'martin',
    'valentine', 'remembrance', 'boxing', 'columbus', 'presidents', 'mother', 'father', 'easter', 'good', 'palm', 'ash', 'pentecost', 'whit',
    'd', 'v', 've', 'vj', 'may', 'epiphany', 'holy', 'maundy', 'election', 'fourth', 'all', 'lady', 'midsummer', 'michaelmas', 'candlemas', 'ides',
  ],
  parse: (ctx, i) => {
    // ("since election night", "on election day": news writes these in lower case too)
    if (!isCapitalized(ctx, i) && word(ctx, i) !== 'election') return null;
    const hit = holidayAt(ctx, i);
    if (!hit) return null;
    // "celebrate Independence Day on 25 March", "Remembrance Day on 15 January": the date written is the country's own
    const datedAfter = word(ctx, hit.end) === 'on' && (isNum(ctx, hit.end + 1) || MONTHS.has(word(ctx, hit.end + 1)));
    if (datedAfter && FIXED_HOLIDAYS.has(hit.name)) return null;
    // "Greek Independence Day", "Mexico's Independence Day": another country's day, not the Fourth of July
    if (hit.name === 'independence day' && (isCapitalized(ctx, i - 1) || (mark(ctx, i - 2) === "'" && isCapitalized(ctx, i - 3)))) return null;
    // "a Christmas tree", "Easter eggs": things named after the holiday, of no year in particular
    if (HOLIDAY_THINGS.has(word(ctx, hit.end)) && !isCapitalized(ctx, hit.end)) return null;
    // "the Lunar New Year", "Persian New Year": another calendar's, on no fixed day of ours
    if (hit.name.startsWith('new year') && OTHER_CALENDARS.has(word(ctx, i - 1)) && isCapitalized(ctx, i - 1)) return otherNewYear(ctx, i - 1, hit.end);
    const historic = HISTORIC_DAYS.get(hit.name);
    if (historic) return candidate(i, hit.end, reading('DATE', { fields: { year: historic[0], month: historic[1], day: historic[2] } }), 'holiday');
    const fixed = FIXED_HOLIDAYS.get(hit.name);
    const fields: FieldsInit = fixed ? { month: fixed[0], day: fixed[1] } : {};
    const fromEaster = EASTER_HOLIDAYS.get(hit.name);
    const rule: HolidayRule | undefined = fromEaster !== undefined ? [0, fromEaster, 0] : WEEKDAY_HOLIDAYS.get(hit.name);
    let end = hit.end;
    const year = yearAt(ctx, end) ?? (mark(ctx, end) === ',' ? yearAt(ctx, end + 1) : undefined);
    if (year !== undefined) {
      fields.year = year;
      end = yearAt(ctx, end) !== undefined ? end + 1 : end + 2;
    }
    // Easter falls in March or April: April stands in until the year is known and the day is placed
    if (rule) fields.month = rule[0] || EASTER_MONTH;
    // "Easter week", "Christmas week": the ISO week holding the holiday; "the Labor Day weekend" the weekend it closes or opens
    const week = word(ctx, end) === 'week';
    const weekend = word(ctx, end) === 'weekend';
    // "election night": the night of Election Day
    const night = hit.name.endsWith(' night');
    if (night) fields.partOfDay = 'NI';
    const r = reading(night ? 'TIME' : 'DATE', { fields, weekOf: week ? 'week' : weekend ? 'weekend' : undefined });
    if (rule) r.holiday = rule;
    const first = weekend && word(ctx, i - 1) === 'the' ? i - 1 : i;
    return candidate(first, week || weekend ? end + 1 : end, r, 'holiday');
  },
};
