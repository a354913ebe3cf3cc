/** "1956", "the 1980s", "'60s", "480 BC", "AD 9": years and decades written in digits. */
import { DASHES, candidate, digitsAt, glued, hyphenAt, isCapitalized, isNum, mark, numAt, reading, word, type Ctx, type Parser } from '../grammar.js';
import type { Candidate } from '../types.js';
import { zoneAt } from './timeOfDay.js';
import { WORD } from '../tokens.js';
import { pastVerbAt } from '../tense.js';

/** Nouns after a number that make it a count, not a year ("1500 troops"). */
const COUNT_NOUNS = new Set([
  'people', 'troops', 'soldiers', 'men', 'women', 'children', 'dollars', 'tons', 'tonnes', 'miles', 'km', 'kilometers',
  'kilometres', 'meters', 'metres', 'feet', 'yards', 'cars', 'tanks', 'aircraft', 'planes', 'ships', 'guns', 'prisoners',
  'refugees', 'casualties', 'dead', 'killed', 'wounded', 'points', 'shares', 'acres', 'pounds', 'votes', 'residents',
  'workers', 'employees', 'students', 'members', 'hours', 'minutes', 'days', 'years', 'percent', 'barrels', 'units',
]);

/** Reads the era marker after position k: BC, B.C., BCE, AD, A.D., CE. Returns [bc?, end]. */
export function eraAt(ctx: Ctx, k: number): [boolean, number] | null {
  const w = word(ctx, k);
  if (w === 'bc' || w === 'bce') return [true, k + 1];
  if (w === 'ad' || w === 'ce') return ctx.text.charCodeAt(ctx.tokens.start(k)) <= 90 ? [false, k + 1] : null;
  if ((w === 'b' || w === 'a') && mark(ctx, k + 1) === '.' && word(ctx, k + 2) === (w === 'b' ? 'c' : 'd') && glued(ctx, k + 2)) {
    const end = k + 3 + (mark(ctx, k + 3) === '.' && glued(ctx, k + 3) ? 1 : 0);
    return [w === 'b', end];
  }
  return null;
}

/** True when the number at i is part of a bigger number ("1,956", "12.1956", "183-1989-1104") or money. */
function partOfNumber(ctx: Ctx, i: number): boolean {
  const before = mark(ctx, i - 1);
  if ((before === ',' || before === '.') && glued(ctx, i) && isNum(ctx, i - 2) && glued(ctx, i - 1)) return true;
  if (before === '$' || before === '#' || before === '£' || before === '€') return true;
  const after = mark(ctx, i + 1);
  if ((after === ',' || after === '.') && glued(ctx, i + 1) && isNum(ctx, i + 2) && glued(ctx, i + 2)) return true;
  // ("Bild 183-1989-1104-437": a group inside an archive's signature, numbers hyphened on both sides)
  if (before === '-' && after === '-' && glued(ctx, i) && glued(ctx, i - 1) && isNum(ctx, i - 2) && glued(ctx, i + 1) && isNum(ctx, i + 2) && glued(ctx, i + 2)) return true;
  return after === '%' || (after === ':' && glued(ctx, i + 1) && isNum(ctx, i + 2) && glued(ctx, i + 2));
}

/**
 * The era written once for two years: "499-493 BC", "264 to 241 BC", "between 30 and 45 AD".
 * BC years run down and AD years up, which tells a range from a count ("3-5 BC" aside).
 */
function eraOfRangeStart(ctx: Ctx, i: number, value: number): boolean | null {
  const joiner = mark(ctx, i + 1) || word(ctx, i + 1);
  if (!(DASHES.has(joiner) || joiner === 'to' || joiner === 'and') || !isNum(ctx, i + 2) || digitsAt(ctx, i + 2) > 4) return null;
  const era = eraAt(ctx, i + 3);
  if (!era) return null;
  const end = numAt(ctx, i + 2);
  return (era[0] ? value > end : value < end) ? era[0] : null;
}

/** A decade is named with its article: "the 1870s" (as history annotation tags it). */
function withArticle(ctx: Ctx, first: number): number {
  return word(ctx, first - 1) === 'the' ? first - 1 : first;
}

/** Words before a three-digit number that make it a year in a history: "in 476", "since 800", "by 651". */
const EARLY_YEAR_CUES = new Set(['in', 'since', 'until', 'till', 'around', 'circa', 'by']);
/** Words a three-digit year may be followed by ("in 476 the last emperor", "in 455 and"); other words make it a count ("in 300 cases"). */
const AFTER_EARLY_YEAR = new Set(['and', 'or', 'to', 'when', 'as', 'after', 'before', 'until', 'the', 'a', 'an', 'he', 'she', 'it', 'they', 'his', 'her', 'its', 'their', 'at', 'on', 'with', 'by', 'for']);

/** What may follow a three-digit year at k: a stop, a comma, a bracket, the end, or one of AFTER_EARLY_YEAR. */
function endsLikeYear(ctx: Ctx, k: number): boolean {
  const after = word(ctx, k);
  if (after) return AFTER_EARLY_YEAR.has(after);
  const stop = mark(ctx, k);
  return ctx.tokens.kind(k) === 0 || stop === ',' || stop === '.' || stop === ';' || stop === ')';
}

/**
 * A three-digit year after a month, a day or a season ("November 602", "25 February 628", "the
 * summer of 626"), where a count would be followed by what it counts ("In May 300 soldiers died").
 */
export function earlyYearAfterDate(ctx: Ctx, i: number): number | undefined {
  const value = numAt(ctx, i);
  // "April 480 BC" is read with its era by the year parser; "a low in January of 114 to over 250" is a count
  if (digitsAt(ctx, i) !== 3 || value < 100 || partOfNumber(ctx, i) || eraAt(ctx, i + 1) || word(ctx, i + 1) === 'to') return undefined;
  // a name may follow the year ("In November 602 Maurice", "In the spring of 622 Heraclius")
  return endsLikeYear(ctx, i + 1) || isCapitalized(ctx, i + 1) ? value : undefined;
}

/**
 * "in 476", "from 476 to 493", "between 235 and 284": a three-digit year without its era, read
 * only in histories (news has no such years), after a word that introduces a year.
 */
function earlyYear(ctx: Ctx, i: number, value: number): Candidate | null {
  const before = word(ctx, i - 1);
  // "the 630s": a decade of the first millennium
  if (value % 10 === 0 && word(ctx, i + 1) === 's' && glued(ctx, i + 1) && before === 'the') {
    return candidate(i - 1, i + 2, reading('DATE', { fields: { decade: value / 10 }, narrativeOnly: true }), 'year');
  }
  // "602–628", "(603–622)": a dash between two three-digit years running forward
  if (dashedPair(ctx, i, value)) return candidate(i, i + 1, reading('DATE', { fields: { year: value }, narrativeOnly: true }), 'year');
  // "the battle of 234", "the Yellow Turban Rebellion of 184": an event named with its year
  if (before === 'of' && EVENT_NOUNS.has(word(ctx, i - 2))) return candidate(i, i + 1, reading('DATE', { fields: { year: value }, narrativeOnly: true }), 'year');
  // "In 610 Heraclius sailed", "and in 263 Shu surrendered": a name and its past verb may follow the year after "in"
  // (not "in 300 Greek cities")
  const named = before === 'in' && isCapitalized(ctx, i + 1) && (isCapitalized(ctx, i - 1) || pastVerbAt(ctx, i + 2));
  if (!endsLikeYear(ctx, i + 1) && !named) return null;
  // ("came in 300 or 400 ships": a count listed with another before its noun)
  if ((word(ctx, i + 1) === 'or' || word(ctx, i + 1) === 'and') && digitsAt(ctx, i + 2) === 3 && !endsLikeYear(ctx, i + 3)) return null;
  // both ends of the pair must read as years: "between 200 and 300 per week" is a count
  const partner = digitsAt(ctx, i + 2) === 3 && numAt(ctx, i + 2) > value && endsLikeYear(ctx, i + 3);
  const pairStart = partner && ((before === 'from' && word(ctx, i + 1) === 'to') || (before === 'between' && word(ctx, i + 1) === 'and'));
  const pairEnd = ((before === 'to' && word(ctx, i - 3) === 'from') || (before === 'and' && word(ctx, i - 3) === 'between')) && digitsAt(ctx, i - 2) === 3 && numAt(ctx, i - 2) < value;
  // ("At the end of 870 the Danes occupied Reading": the edge of a year)
  const edgeOf = before === 'of' && YEAR_EDGES.has(word(ctx, i - 2)) && word(ctx, i - 3) === 'the';
  // ("built in 641 or 642", "in 641 and 642": the next of two near years a cue opened)
  const listEnd = (before === 'or' || before === 'and') && digitsAt(ctx, i - 2) === 3 && numAt(ctx, i - 2) < value && value - numAt(ctx, i - 2) <= LISTED_YEARS_APART && EARLY_YEAR_CUES.has(word(ctx, i - 3));
  if (!EARLY_YEAR_CUES.has(before) && !pairStart && !pairEnd && !edgeOf && !listEnd) return null;
  return candidate(i, i + 1, reading('DATE', { fields: { year: value }, narrativeOnly: true }), 'year');
}

/** Years apart within which a three-digit number after "or" or "and" is the next year of a list ("in 641 or 642"). */
const LISTED_YEARS_APART = 10;

/** Nouns naming an edge of a year before "of": "the end of 870", "the spring of 622" is read by the season parser. */
const YEAR_EDGES: ReadonlySet<string> = new Set(['end', 'beginning', 'start', 'middle', 'close', 'turn']);

/** Events a history names by their year: "the battle of 234", "the census of 280". */
const EVENT_NOUNS: ReadonlySet<string> = new Set(['battle', 'siege', 'revolt', 'rebellion', 'rising', 'uprising', 'campaign', 'census', 'war', 'treaty', 'peace', 'council', 'edict', 'invasion', 'sack', 'fall', 'crisis', 'synod', 'schism', 'conquest', 'expedition', 'raid', 'raids', 'plague', 'flood', 'floods', 'famine', 'epidemic', 'earthquake', 'storm', 'bombing', 'bombings', 'attack', 'attacks', 'riots', 'massacre', 'fire', 'offensive']);

/** Verbs a year may stand before as a subject's time: "602–628 was", "(622–627) ended". */
const AFTER_YEAR_VERBS: ReadonlySet<string> = new Set(['was', 'were', 'is', 'saw', 'ended', 'began', 'marked']);

/** A lower-case word at k that is no joiner: what a count before it counts ("300–400 men"). */
function countAfter(ctx: Ctx, k: number): boolean {
  const w = word(ctx, k);
  return w !== '' && !isCapitalized(ctx, k) && !AFTER_EARLY_YEAR.has(w) && !AFTER_YEAR_VERBS.has(w);
}

/** Whether the three-digit number at i and the one across a dash from it read as a range of years ("602–628"). */
function dashedPair(ctx: Ctx, i: number, value: number): boolean {
  if (DASHES.has(mark(ctx, i + 1)) && glued(ctx, i + 1) && glued(ctx, i + 2) && digitsAt(ctx, i + 2) === 3) {
    const end = numAt(ctx, i + 2);
    return end > value && end - value < 100 && !eraAt(ctx, i + 3) && !countAfter(ctx, i + 3);
  }
  if (DASHES.has(mark(ctx, i - 1)) && glued(ctx, i - 1) && glued(ctx, i) && digitsAt(ctx, i - 2) === 3) {
    const start = numAt(ctx, i - 2);
    return start < value && value - start < 100 && !eraAt(ctx, i + 1) && !countAfter(ctx, i + 1);
  }
  return false;
}

/** "the 470s BC", "the 90s AD": a decade with its era (BC047). */
function decadeWithEra(ctx: Ctx, i: number, value: number): Candidate | null {
  if (word(ctx, i + 1) !== 's' || !glued(ctx, i + 1)) return null;
  const era = eraAt(ctx, i + 2);
  if (!era) return null;
  return candidate(withArticle(ctx, i), era[1], reading('DATE', { fields: { decade: value / 10, bc: era[0] } }), 'year');
}

function decade(ctx: Ctx, i: number, year: number, first: number): Candidate | null {
  // 1990s or 1990's
  const k = mark(ctx, i + 1) === "'" && glued(ctx, i + 1) ? i + 2 : i + 1;
  if (word(ctx, k) !== 's' || !glued(ctx, k) || year % 10 !== 0) return null;
  // "1990's budget": a year's, when no article or part of a decade comes before it
  if (k === i + 2 && !DECADE_OPENERS.has(word(ctx, first - 1)) && !hyphenAt(ctx, first - 1) && ctx.tokens.kind(k + 1) === WORD && !isCapitalized(ctx, k + 1)) return null;
  // "the 1800s" is the century (the 19th); "the 2000s" mostly its first decade
  const fields = year % 100 === 0 && year !== 2000 ? { century: year / 100 } : { decade: Math.floor(year / 10) };
  return candidate(withArticle(ctx, first), k + 1, reading('DATE', { fields }), 'year');
}

/** Words before "1990's" that make it the decade: "the 1990's", "early 1990's", "in 1990's America" is the year's. */
const DECADE_OPENERS: ReadonlySet<string> = new Set(['the', 'early', 'late', 'mid', 'these', 'those', 'of', 'and', 'or', 'to', 'through']);

/** "S. 1630", "H.R. 1990": a bill's number after the chamber's initials, no year. */
function billNumber(ctx: Ctx, i: number): boolean {
  if (mark(ctx, i - 1) !== '.' || !isCapitalized(ctx, i - 2)) return false;
  const letter = word(ctx, i - 2);
  return letter === 's' || (letter === 'r' && mark(ctx, i - 3) === '.' && word(ctx, i - 4) === 'h');
}

/** Words ending a street's name: "1830 Elm Street", "1600 Pennsylvania Avenue". */
const STREET_WORDS: ReadonlySet<string> = new Set(['street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'drive', 'way', 'place', 'court', 'terrace', 'highway', 'parkway', 'pike']);

/** Participles that follow a count ("1500 killed") but also a year's event ("the raids of 1942 killed hundreds"). */
const COUNT_VERBS: ReadonlySet<string> = new Set(['killed', 'wounded', 'dead']);

/** Prepositions a year follows that a house number does not: "in 1987 Wall Street fell" is a year. */
const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'by', 'since', 'until', 'till', 'from', 'before', 'after', 'during', 'of', 'through', 'to', 'and', 'or', 'early', 'late', 'mid']);

/** Directions a street's name may open with: "1950 W. Main St.", "200 North Elm Street". */
const STREET_DIRECTIONS: ReadonlySet<string> = new Set(['n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw', 'north', 'south', 'east', 'west']);

/** The number at i opens a street address: a direction perhaps, one or two capitalized names and a street word follow. */
function houseNumber(ctx: Ctx, i: number): boolean {
  if (YEAR_PREPOSITIONS.has(word(ctx, i - 1)) || !isCapitalized(ctx, i + 1)) return false;
  let k = i + 1;
  if (STREET_DIRECTIONS.has(word(ctx, k)) && isCapitalized(ctx, k + (mark(ctx, k + 1) === '.' ? 2 : 1))) k += mark(ctx, k + 1) === '.' ? 2 : 1;
  if (STREET_WORDS.has(word(ctx, k + 1))) return true;
  return isCapitalized(ctx, k + 1) && STREET_WORDS.has(word(ctx, k + 2));
}

/** Words before "'92" that make it a year: "in '92", "since '89", "the class of '68". */
const SHORT_YEAR_CUES: ReadonlySet<string> = new Set(['in', 'since', 'of', 'by', 'until', 'from', 'to', 'and', 'through', 'during']);
/** Two-digit years below this are read in the 2000s ("in '05"), the rest in the 1900s. */
const SHORT_YEAR_PIVOT = 30;

function parseYear(ctx: Ctx, i: number): Candidate | null {
  const digits = digitsAt(ctx, i);
  const value = numAt(ctx, i);
  if (partOfNumber(ctx, i)) return null;
  const eraDecade = value % 10 === 0 && digits <= 4 ? decadeWithEra(ctx, i, value) : null;
  if (eraDecade) return eraDecade;
  const era = eraAt(ctx, i + 1);
  if (era && digits <= 4 && value > 0) {
    return candidate(i, era[1], reading('DATE', { fields: { year: value, bc: era[0] } }), 'year');
  }
  const rangeEra = digits <= 4 && value > 0 ? eraOfRangeStart(ctx, i, value) : null;
  if (rangeEra !== null) return candidate(i, i + 1, reading('DATE', { fields: { year: value, bc: rangeEra } }), 'year');
  const before = word(ctx, i - 1);
  // "A.D. 250"
  if (mark(ctx, i - 1) === '.' && word(ctx, i - 2) === 'd' && mark(ctx, i - 3) === '.' && word(ctx, i - 4) === 'a' && glued(ctx, i - 2) && digits <= 4 && value > 0 && ctx.text.charCodeAt(ctx.tokens.start(i - 4)) === 65) {
    return candidate(i - 4, i + 1, reading('DATE', { fields: { year: value, bc: false } }), 'year');
  }
  if ((before === 'ad' || before === 'bc') && digits <= 4 && value > 0) {
    const bc = before === 'bc';
    if (!bc && ctx.text.charCodeAt(ctx.tokens.start(i - 1)) > 90) return null;
    return candidate(i - 1, i + 1, reading('DATE', { fields: { year: value, bc } }), 'year');
  }
  // '60s and '99
  if (digits === 2 && mark(ctx, i - 1) === "'" && glued(ctx, i) && !glued(ctx, i - 1)) {
    if (word(ctx, i + 1) === 's' && glued(ctx, i + 1) && value % 10 === 0) {
      return candidate(withArticle(ctx, i - 1), i + 2, reading('DATE', { fields: { decade: 190 + value / 10 } }), 'year');
    }
    // "rose in '92 and fell in '93", "the class of '68": a year cut short, after a word that takes one
    // (in news only: a history's "Club of '89" is a name, and its '89 may be 1789)
    const cue = word(ctx, i - 2);
    if (SHORT_YEAR_CUES.has(cue) && !(cue === 'of' && isCapitalized(ctx, i - 3))) return candidate(i - 1, i + 1, reading('DATE', { fields: { year: (value < SHORT_YEAR_PIVOT ? 2000 : 1900) + value }, newsOnly: true }), 'year');
    return null;
  }
  if (digits === 3 && value >= 100) return earlyYear(ctx, i, value);
  if (digits !== 4 || value < 1000 || value > 2199) return null;
  if (billNumber(ctx, i)) return null;
  const dec = decade(ctx, i, value, i);
  if (dec) return dec;
  // "1500 GMT" is a clock time ("(1500 GMT)" a conversion, left alone by the clock parser)
  // ("The flood of 1953 killed many", "The fire in 1993 killed 188": a year after its event, the verb the event's)
  const eventYear = (word(ctx, i - 1) === 'of' || word(ctx, i - 1) === 'in') && COUNT_VERBS.has(word(ctx, i + 1)) && EVENT_NOUNS.has(word(ctx, i - 2));
  if ((COUNT_NOUNS.has(word(ctx, i + 1)) && !eventYear) || zoneAt(ctx, i + 1) || houseNumber(ctx, i)) return null;
  // "the year 1950" names the year with its unit
  const first = word(ctx, i - 1) === 'year' && word(ctx, i - 2) === 'the' ? i - 2 : i;
  return candidate(first, i + 1, reading('DATE', { fields: { year: value } }), 'year');
}

export const yearParser: Parser = { name: 'year', triggers: 'num', parse: parseYear };
