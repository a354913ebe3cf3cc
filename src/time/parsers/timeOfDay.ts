/** "3 p.m.", "10:35 a.m.", "19:00", "05:30hrs", "0800 GMT", "noon", "midnight": clock times. */
import { candidate, countAt, digitsAt, glued, hyphenAt, isCapitalized, isNum, isWord, mark, numAt, reading, word, type Ctx, type Parser } from '../grammar.js';
import { MONTHS, NUMBER_WORDS } from '../lexicon.js';
import type { Candidate, FieldsInit } from '../types.js';

/** "4 in the morning", "8 in the evening" (and "11:45 at night"). */
const DAY_HALVES = new Set(['morning', 'afternoon', 'evening']);

/** Zones written after a clock ("9 a.m. ET", "0800 GMT"). */
const ZONES: ReadonlySet<string> = new Set([
  'et', 'ct', 'mt', 'pt', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'akst', 'akdt', 'hst',
  'gmt', 'utc', 'bst', 'cet', 'cest', 'eet', 'eest', 'msk', 'ist', 'pkt', 'jst', 'kst', 'hkt', 'sgt', 'aest', 'aedt',
]);

/** Zones named in words, capitalised: "6 p.m. Eastern". */
const ZONE_WORDS: ReadonlySet<string> = new Set(['eastern', 'central', 'mountain', 'pacific']);

/** The zone written at token k, in capitals ("ET" but not the "Mt" of "Mt. Everest"; "Eastern"), or undefined. */
export function zoneAt(ctx: Ctx, k: number): string | undefined {
  const w = word(ctx, k);
  if (ZONE_WORDS.has(w)) return isCapitalized(ctx, k) && word(ctx, k + 1) !== 'time' ? w.charAt(0).toUpperCase() + w.slice(1) : undefined;
  if (!ZONES.has(w)) return undefined;
  const zone = w.toUpperCase();
  return w.length > 2 || ctx.text.slice(ctx.tokens.start(k), ctx.tokens.end(k)) === zone ? zone : undefined;
}

/** "a.m.", "am", "p.m", "PM": returns [isPm, end] or null. */
function meridiemAt(ctx: Ctx, k: number): [boolean, number] | null {
  const w = word(ctx, k);
  // "1:00AM." ends a sentence: written without dots, the meridiem takes no stop after it
  if (w === 'am' || w === 'pm') return [w === 'pm', k + 1];
  if ((w === 'a' || w === 'p') && mark(ctx, k + 1) === '.' && glued(ctx, k + 1) && word(ctx, k + 2) === 'm' && glued(ctx, k + 2)) {
    return [w === 'p', k + 3 + (mark(ctx, k + 3) === '.' && glued(ctx, k + 3) ? 1 : 0)];
  }
  return null;
}

/** Words before "0430 hours" that make it a time of day, not a count of hours. */
const CLOCK_CUES = new Set(['at', 'by', 'until', 'till', 'from', 'before', 'after', 'since', 'to']);

/** "0800 GMT", "1400 hours", "2041EDT": four digits of a 24-hour clock, told by the zone or "hours" after them. */
function militaryClock(ctx: Ctx, i: number): Candidate | null {
  // "10:35 a.m. (0735 GMT)": the same time in another zone, an aside news annotation leaves untagged
  if (mark(ctx, i - 1) === '(') return null;
  const value = numAt(ctx, i);
  const hour = Math.floor(value / 100);
  const minute = value % 100;
  if (hour > 23 || minute > 59) return null;
  const w = word(ctx, i + 1);
  const fields: FieldsInit = { hour, minute };
  // "at 2100 Universal Time"
  if (w === 'universal' && word(ctx, i + 2) === 'time' && isCapitalized(ctx, i + 1)) return candidate(i, i + 3, reading('TIME', { fields: { hour, minute, zone: 'UTC' } }), 'timeOfDay');
  const zone = zoneAt(ctx, i + 1);
  if (zone) fields.zone = zone;
  // "at 0430 hours"; "1200 hours of work" is a length
  else if ((w !== 'hours' && w !== 'hrs') || !CLOCK_CUES.has(word(ctx, i - 1))) return null;
  return candidate(i, i + 2, reading('TIME', { fields }), 'timeOfDay');
}

/** "in the morning", "in the afternoon", "in the evening" or "at night" right after a clock time. */
function dayHalfAfter(ctx: Ctx, k: number): boolean {
  if (word(ctx, k) === 'at') return word(ctx, k + 1) === 'night';
  return word(ctx, k) === 'in' && word(ctx, k + 1) === 'the' && DAY_HALVES.has(word(ctx, k + 2));
}

/** Hours "at night" that are the small hours after midnight, not the evening. */
const SMALL_HOURS_AT_NIGHT = 4;

/** The hour of a clock followed by "in the afternoon" or "at night" (if it is), and where the phrase ends. */
function withDayHalf(ctx: Ctx, hour: number, end: number): [number, number] {
  if (hour < 1 || hour > 12 || !dayHalfAfter(ctx, end)) return [hour, end];
  const half = word(ctx, end) === 'at' ? word(ctx, end + 1) : word(ctx, end + 2);
  // "twelve at night" is midnight, "two at night" the small hours; "eleven at night" 23:00
  if (half === 'night') return [hour === 12 ? 0 : hour <= SMALL_HOURS_AT_NIGHT ? hour : hour + 12, end + 2];
  const afternoon = half !== 'morning' && hour < 12;
  return [afternoon ? hour + 12 : half === 'morning' && hour === 12 ? 0 : hour, end + 3];
}

/** Words before a bare hour that make it a time ("at 5 this morning"; "beat Seattle 7 to 4 last night" is a score). */
const BARE_HOUR_CUES: ReadonlySet<string> = new Set(['at', 'by', 'until', 'till', 'around', 'about', 'before', 'after', 'since']);

/** "this morning", "tonight", "yesterday evening", "last night", "that night" at k. */
function dayFromNowAfter(ctx: Ctx, k: number): boolean {
  const w = word(ctx, k);
  if (w === 'tonight') return true;
  return (w === 'this' || w === 'that' || w === 'last' || w === 'yesterday' || w === 'tomorrow') && DAY_PARTS.has(word(ctx, k + 1));
}

const DAY_PARTS: ReadonlySet<string> = new Set([...DAY_HALVES, 'night']);

/**
 * "from 4 to 8 p.m.", "between 9 and 11 a.m.": the bare hour at i opening a range, in the half of the
 * day the closing clock writes ("from 11 to 2 p.m." opens before noon); undefined when no such range.
 */
export function hourOpeningRange(ctx: Ctx, i: number, hour: number): number | undefined {
  const opener = word(ctx, i - 1);
  const joiner = word(ctx, i + 1);
  if (!((opener === 'from' && (joiner === 'to' || joiner === 'until')) || (opener === 'between' && joiner === 'and'))) return undefined;
  const k = i + 2;
  if (!isNum(ctx, k) || digitsAt(ctx, k) > 2) return undefined;
  const closing = numAt(ctx, k);
  const after = mark(ctx, k + 1) === ':' && digitsAt(ctx, k + 2) === 2 ? k + 3 : k + 1;
  const meridiem = meridiemAt(ctx, after);
  if (!meridiem || closing < 1 || closing > 12) return undefined;
  const pm = meridiem[0] && (hour < closing || closing === 12);
  return pm && hour < 12 ? hour + 12 : !pm && hour === 12 ? 0 : hour;
}

function oClockAt(ctx: Ctx, k: number): boolean {
  return word(ctx, k) === 'o' && mark(ctx, k + 1) === "'" && word(ctx, k + 2) === 'clock';
}

function clock(ctx: Ctx, i: number): Candidate | null {
  // "a mark of 2:07:15": the minutes and seconds of a race time, no clock
  if (mark(ctx, i - 1) === ':' && glued(ctx, i) && isNum(ctx, i - 2) && glued(ctx, i - 1)) return null;
  if (digitsAt(ctx, i) === 4) return militaryClock(ctx, i);
  if (digitsAt(ctx, i) > 2) return null;
  let hour = numAt(ctx, i);
  let minute: number | undefined;
  let end = i + 1;
  // "10:30", and the British "10.30am" (a dot only with the meridiem or zone after it: "4.30" alone is a number)
  const separator = mark(ctx, end);
  // ("07.45 GMT", "at 19.30 BST": a dot with a zone after it, or two-digit hours after "at")
  // ("at 9.15 this morning": a dot, and the day counted from now after it)
  const dottedClock = separator === '.' && (meridiemAt(ctx, end + 2) || zoneAt(ctx, end + 2) !== undefined || (word(ctx, i - 1) === 'at' && (digitsAt(ctx, i) === 2 || dayFromNowAfter(ctx, end + 2)) && !isNum(ctx, end + 2)));
  if ((separator === ':' || dottedClock) && glued(ctx, end) && digitsAt(ctx, end + 1) === 2 && glued(ctx, end + 1)) {
    minute = numAt(ctx, end + 1);
    end += 2;
    // "a lap in 1:21.342": minutes, seconds and their fraction, no clock
    if (minute > 59 || (mark(ctx, end) === '.' && glued(ctx, end) && isNum(ctx, end + 1) && glued(ctx, end + 1))) return null;
  }
  if (hour > 24) return null;
  const meridiem = meridiemAt(ctx, end);
  if (meridiem) {
    if (hour > 12 || hour === 0) return null;
    if (meridiem[0] && hour < 12) hour += 12;
    if (!meridiem[0] && hour === 12) hour = 0;
    end = meridiem[1];
  } else if (hour >= 1 && hour <= 12 && dayHalfAfter(ctx, end)) {
    // "4 in the morning", "3:02 in the morning", "11:45 at night" ("on Feb. 7 in the morning" is a day's morning)
    if (minute === undefined && dayOfMonthAt(ctx, i)) return null;
    [hour, end] = withDayHalf(ctx, hour, end);
  } else if (minute === undefined) {
    // "from 4 to 8 p.m.": a bare hour opening a range takes the half of the day its other end writes
    const rangeHour = hour >= 1 && hour <= 12 ? hourOpeningRange(ctx, i, hour) : undefined;
    if (rangeHour !== undefined) return candidate(i, end, reading('TIME', { fields: { hour: rangeHour } }), 'timeOfDay');
    // "at 5 this morning", "by 7 tonight": a bare hour told with its day
    if (!oClockAt(ctx, end)) return BARE_HOUR_CUES.has(word(ctx, i - 1)) && hour >= 1 && hour <= 12 && dayFromNowAfter(ctx, end) ? candidate(i, end, reading('TIME', { fields: { hour } }), 'timeOfDay') : null;
    [hour, end] = withDayHalf(ctx, hour, end + 3);
  } else {
    const w = word(ctx, end);
    if ((w === 'hrs' || w === 'hours' || w === 'h') && digitsAt(ctx, i) === 2) end++;
    else if (isNum(ctx, end) || mark(ctx, end) === ':' || mark(ctx, end) === '-') return null;
  }
  const fields: FieldsInit = { hour };
  if (minute !== undefined) fields.minute = minute;
  const zone = zoneAt(ctx, end);
  if (zone) {
    fields.zone = zone;
    end++;
  }
  return candidate(i, end, reading('TIME', { fields }), 'timeOfDay');
}

/** Whether the number at i follows its month ("Feb. 7", "March 12"), a day rather than an hour. */
function dayOfMonthAt(ctx: Ctx, i: number): boolean {
  const before = word(ctx, i - 1) || (mark(ctx, i - 1) === '.' ? word(ctx, i - 2) : '');
  return MONTHS.has(before) && isCapitalized(ctx, word(ctx, i - 1) ? i - 1 : i - 2);
}

export const clockParser: Parser = { name: 'clock', triggers: 'num', parse: clock };

export const noonParser: Parser = {
  name: 'noon',
  triggers: ['noon', 'midnight', 'midday'],
  parse: (ctx, i) => {
    const w = word(ctx, i);
    // "high noon" is the decisive moment (and a film), not a clock time
    if (w === 'noon' && word(ctx, i - 1) === 'high') return null;
    // midnight is the end of the day named (T24, as TimeBank writes it), not its first minute;
    // "shortly after midnight on 23 December" is that day's first hour
    const fields: FieldsInit = w === 'midnight' ? { hour: word(ctx, i - 1) === 'after' ? 0 : 24 } : { hour: 12, minute: 0 };
    // "midnight EST Friday": the zone belongs to the clock, and the day then follows it as after "5 p.m. EST"
    const zone = zoneAt(ctx, i + 1);
    if (zone) fields.zone = zone;
    return candidate(i, zone ? i + 2 : i + 1, reading('TIME', { fields }), 'noon');
  },
};

const HOUR_WORDS: ReadonlyMap<string, number> = new Map(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map((w, k) => [w, k + 1]),
);

/** Words before "three in the afternoon" that make it a time, not three people or things (a range's ends too: the words rule out scores). */
const HOUR_CUES: ReadonlySet<string> = new Set([...BARE_HOUR_CUES, 'from', 'to', 'past']);

/** Minutes "half past", "a quarter past" and "a quarter to" an hour add. */
const PAST_FRACTIONS: ReadonlyMap<string, number> = new Map([['half', 30], ['quarter', 15]]);

/** Words that may follow a spoken clock: "at ten past eight this morning", "twenty to nine in the evening". */
const AFTER_SPOKEN_CLOCK: ReadonlySet<string> = new Set(['in', 'at', 'on', 'this', 'that', 'tonight', 'tomorrow', 'yesterday', 'today', 'and', 'when', 'o', 'a', 'p', 'am', 'pm', 'we', 'he', 'she', 'they', 'i', 'you', 'the', 'local', 'sharp']);

/** Whether a spoken clock may end before token k ("from five to five years" is a count). */
function clockEndsAt(ctx: Ctx, k: number): boolean {
  return !isWord(ctx, k) || AFTER_SPOKEN_CLOCK.has(word(ctx, k));
}

/** Minutes spoken before "past" or "to": "ten past eight", "twenty to nine", "twenty-five past six". */
const MINUTE_WORDS: ReadonlyMap<string, number> = new Map([['five', 5], ['ten', 10], ['twenty', 20]]);

/**
 * "half past two" (2:30), "a quarter to five" (4:45), "ten past eight", "twenty to nine": the clock the
 * words before hour word i tell, and where they start (minutes in words only after "at", "by"..., since
 * "five to one" is mostly a score or a ratio).
 */
function fractionBefore(ctx: Ctx, i: number, hour: number): { first: number; hour: number; minute: number } | undefined {
  const relation = word(ctx, i - 1);
  if (relation !== 'past' && relation !== 'to') return undefined;
  const fraction = PAST_FRACTIONS.get(word(ctx, i - 2));
  if (fraction !== undefined) {
    if (relation === 'to' && fraction !== 15) return undefined;
    const first = word(ctx, i - 3) === 'a' ? i - 3 : i - 2;
    return relation === 'past' ? { first, hour, minute: fraction } : { first, hour: hour - 1, minute: 45 };
  }
  // "twenty-five": the tens word, a hyphen and the units word
  const compound = MINUTE_WORDS.get(word(ctx, i - 2)) === 5 && hyphenAt(ctx, i - 3) && word(ctx, i - 4) === 'twenty';
  const minutes = compound ? 25 : MINUTE_WORDS.get(word(ctx, i - 2));
  const first = compound ? i - 4 : i - 2;
  if (minutes === undefined || !HOUR_CUES.has(word(ctx, first - 1)) || !clockEndsAt(ctx, i + 1)) return undefined;
  return relation === 'past' ? { first, hour, minute: minutes } : { first, hour: hour === 1 ? 12 : hour - 1, minute: 60 - minutes };
}

/** The minutes said after an hour and its hyphen, from k: "thirty", "forty-five", "oh-five". */
function spokenMinutesAt(ctx: Ctx, k: number): { minute: number; end: number } | undefined {
  if (word(ctx, k) === 'oh' && hyphenAt(ctx, k + 1)) {
    const unit = NUMBER_WORDS.get(word(ctx, k + 2));
    return unit !== undefined && unit >= 1 && unit <= 9 ? { minute: unit, end: k + 3 } : undefined;
  }
  const count = isWord(ctx, k) ? countAt(ctx, k) : null;
  const minute = count?.value;
  return count && minute !== undefined && Number.isInteger(minute) && minute >= 10 && minute <= 59 ? { minute, end: count.end } : undefined;
}

/** "two o'clock", "at three in the afternoon", "by eleven at night": an hour written in words. */
export const clockWordParser: Parser = {
  name: 'clockWord',
  triggers: [...HOUR_WORDS.keys()],
  parse: (ctx, i) => {
    const hour = HOUR_WORDS.get(word(ctx, i))!;
    // "released one by one this evening", "two by two": a manner, no hour
    if (word(ctx, i - 1) === 'by' && word(ctx, i - 2) === word(ctx, i)) return null;
    const fraction = fractionBefore(ctx, i, hour);
    if (fraction) {
      const [h, end] = withDayHalf(ctx, fraction.hour, i + 1);
      return candidate(fraction.first, end, reading('TIME', { fields: { hour: h, minute: fraction.minute } }), 'clockWord');
    }
    // "at eleven-thirty this morning", "by two-nineteen", "at seven-oh-five p.m.": hour and minutes in words
    const minutes = hyphenAt(ctx, i + 1) && BARE_HOUR_CUES.has(word(ctx, i - 1)) ? spokenMinutesAt(ctx, i + 2) : undefined;
    // ("at eleven-thirty Eastern tonight": the zone named in words goes with the clock)
    const zone = minutes ? zoneAt(ctx, minutes.end) : undefined;
    if (minutes && (zone !== undefined || clockEndsAt(ctx, minutes.end))) {
      const spokenMeridiem = meridiemAt(ctx, minutes.end);
      const [h, end] = spokenMeridiem ? [hour === 12 ? (spokenMeridiem[0] ? 12 : 0) : spokenMeridiem[0] ? hour + 12 : hour, spokenMeridiem[1]] : withDayHalf(ctx, hour, minutes.end);
      const fields = zone !== undefined && end === minutes.end ? { hour: h, minute: minutes.minute, zone } : { hour: h, minute: minutes.minute };
      return candidate(i, zone !== undefined && end === minutes.end ? end + 1 : end, reading('TIME', { fields }), 'clockWord');
    }
    // "at nine a.m.", "two p.m.": an hour in words with its meridiem
    const meridiem = meridiemAt(ctx, i + 1);
    if (meridiem) return candidate(i, meridiem[1], reading('TIME', { fields: { hour: hour === 12 ? (meridiem[0] ? 12 : 0) : meridiem[0] ? hour + 12 : hour } }), 'clockWord');
    const oClock = oClockAt(ctx, i + 1);
    // "at nine tomorrow morning", "at six this morning": a bare hour in words before its day, as "at 5 this morning"
    if (!oClock && BARE_HOUR_CUES.has(word(ctx, i - 1)) && dayFromNowAfter(ctx, i + 1)) return candidate(i, i + 1, reading('TIME', { fields: { hour } }), 'clockWord');
    if (!oClock && (!HOUR_CUES.has(word(ctx, i - 1)) || !dayHalfAfter(ctx, i + 1))) return null;
    // ("five o'clock Eastern this afternoon": the zone named in words goes with the clock, so the day after it still joins)
    const oClockZone = oClock ? zoneAt(ctx, i + 4) : undefined;
    if (oClockZone !== undefined) return candidate(i, i + 5, reading('TIME', { fields: { hour, zone: oClockZone } }), 'clockWord');
    const [h, end] = withDayHalf(ctx, hour, oClock ? i + 4 : i + 1);
    return candidate(i, end, reading('TIME', { fields: { hour: h } }), 'clockWord');
  },
};
