/**
 * Phrases built on a calendar unit: "last week", "this year", "the following day", "two days later",
 * "a year ago", "the past two months", "13 days", "five-year", "recent years".
 */
import { MONTHS, SEASONS, UNITS, WEEKDAYS, WEEKS_INTO_MONTH, unitsIn, type Unit } from '../lexicon.js';
import { durationValue } from '../calendar.js';
import { candidate, countAt, DASHES, glued, hyphenAt, ofLongPeriod, isCapitalized, isNum, isWord, mark, numAt, reading, startsSentence, word, type Count, type Ctx, type Parser } from '../grammar.js';
import { withCandidate, withReading, type Candidate, type Reading } from '../types.js';
import { pastVerbAt } from '../tense.js';
import { yearAt } from './monthName.js';
import { PUNCT, WORD } from '../tokens.js';

/** Words after "<count> <unit>" that make it a move from the anchor, and which way. */
const AFTER_WORDS: ReadonlyMap<string, -1 | 1> = new Map([
  ['ago', -1], ['earlier', -1], ['before', -1], ['previously', -1], ['prior', -1],
  ['later', 1], ['after', 1], ['afterwards', 1], ['afterward', 1], ['hence', 1],
]);

/** Determiners before a bare unit ("last year") and the move they make. */
const DETERMINERS: ReadonlyMap<string, -1 | 0 | 1> = new Map([
  ['last', -1], ['previous', -1], ['preceding', -1], ['prior', -1], ['past', -1],
  ['next', 1], ['following', 1], ['coming', 1], ['subsequent', 1], ['upcoming', 1],
  ['this', 0], ['current', 0], ['same', 0], ['that', 0], ['present', 0], ['latest', 0],
]);

/** Determiners that point back into the story rather than from the time of writing. */
const ANAPHORIC = new Set(['following', 'subsequent', 'previous', 'preceding', 'prior', 'same', 'that']);
/** Words before a plural unit making it a stretch of unknown length: "the coming weeks", "the intervening years". */
const STRETCH_BEFORE_PLURAL = new Set(['coming', 'past', 'last', 'next', 'following', 'previous', 'preceding', 'ensuing', 'intervening']);
/** Words before a plural unit making it the last stretch of something named before: "in the final weeks" ("the final weeks of 1989" is that year's end, left to the modifiers). */
const CLOSING_BEFORE_PLURAL: ReadonlySet<string> = new Set(['final', 'closing']);
/** Words placing something within a period named after them: "early in the year", "later in the day". */
const PLACED_IN = new Set(['early', 'late', 'earlier', 'later']);
/** Words placing a time within "the week" the story stands in: "later in the week", "the end of the week". */
const PLACE_IN_WEEK: ReadonlySet<string> = new Set(['earlier', 'later', 'end', 'rest', 'middle', 'start', 'beginning', 'remainder']);

/** Determiners before "<count> <unit>" making it a stretch of time ("the past two months"). */
const SPAN_WORDS = new Set(['past', 'last', 'next', 'coming', 'first', 'final', 'recent', 'previous', 'following', 'preceding', 'initial', 'remaining', 'additional', 'further', 'another', 'more']);

/** Units whose "<count> <unit> later" news annotation tags as a stretch of time ("a year earlier" stays a date). */
const SHORT_UNITS: ReadonlySet<Unit> = new Set(['second', 'minute', 'hour', 'day', 'week', 'month']);

/** Words allowed between a count and its unit: "20 more years", "eight trading days", "a single week". */
const BETWEEN = new Set([
  // how the stretch felt: "four uneasy years", "three bloody days", "two long weeks"
  'bloody', 'brutal', 'hard', 'difficult', 'uneasy', 'turbulent', 'exhausting', 'grueling', 'gruelling', 'bitter', 'harsh', 'tense',
  'peaceful', 'quiet', 'fateful', 'critical', 'crucial', 'dark', 'happy', 'short', 'brief', 'eventful', 'fierce', 'desperate',
  'single', 'more', 'additional', 'trading', 'business', 'working', 'calendar', 'shopping', 'school', 'full', 'straight', 'consecutive', 'long', 'whole', 'extra', 'further']);

/** Most tokens a count before its unit spans: "two hundred and thirty - five". */
const COUNT_TOKENS = 6;

function countBefore(ctx: Ctx, i0: number): { first: number; count: Count } | null {
  const i = BETWEEN.has(word(ctx, i0 - 1)) ? i0 - 1 : i0;
  for (let j = i - 1; j >= Math.max(0, i - COUNT_TOKENS); j--) {
    const c = countAt(ctx, j);
    if (c && c.end === i) {
      // "a few" is read from "a"; prefer the longest count ending at i.
      let first = j;
      for (let k = j - 1; k >= Math.max(0, i - COUNT_TOKENS); k--) {
        const longer = countAt(ctx, k);
        if (longer && longer.end === i) first = k;
      }
      const best = countAt(ctx, first);
      return best ? { first, count: best } : null;
    }
  }
  return null;
}

/** Words before "a year" making it a frequency: "twice a year", "three times a week". */
const FREQUENCY_WORDS = new Set(['once', 'twice', 'times']);
/** Counted shorter units before "a week", "a day" that make a share of each ("seven days a week", "eight hours a day"). */
/** Words before a bare "seconds" that make it a length of time. */
const SECONDS_BEFORE: ReadonlySet<string> = new Set(['within', 'for', 'in', 'after', 'only', 'just', 'mere']);

const COUNTED_SHARES: ReadonlySet<string> = new Set(['days', 'hours', 'nights', 'minutes']);
/** Where "twice", "three times" or "seven days" starts, its last word at k. */
function frequencyStart(ctx: Ctx, k: number): number {
  if (word(ctx, k) !== 'times' && !COUNTED_SHARES.has(word(ctx, k))) return k;
  const count = countBefore(ctx, k);
  return count ? count.first : k;
}

/** Words before "a year" making it an amount per unit: "$5 million a year", "40 cents a share a year". */
const AMOUNT_WORDS = new Set(['million', 'billion', 'thousand', 'hundred', 'percent', 'cents', 'dollars']);

/**
 * "700 seats a week", "5 million barrels (of oil) a day", "9% a year": a counted noun before the unit makes it a rate (not
 * "in 2007 after a year", where a preposition stands between, nor "Nov. 13, a week after the vote").
 */
function amountOfThings(ctx: Ctx, noun: number): boolean {
  if (mark(ctx, noun) !== '%' && (!isWord(ctx, noun) || LENGTH_PREPOSITIONS.has(word(ctx, noun)))) return false;
  // "1.6 million barrels of oil a day": the thing counted is named before "of"
  const counted = word(ctx, noun - 1) === 'of' && isWord(ctx, noun - 2) ? noun - 2 : noun;
  return isNum(ctx, counted - 1) || AMOUNT_WORDS.has(word(ctx, counted - 1));
}

/** "Week" but not "WEEK": a title word, where a shouted headline is not. */
function titleCased(ctx: Ctx, i: number): boolean {
  const second = ctx.text.charCodeAt(ctx.tokens.start(i) + 1);
  return isCapitalized(ctx, i) && second >= 97 && second <= 122;
}

function durationReading(unit: Unit, amount: number | undefined): Reading {
  return reading('DURATION', { duration: amount === undefined ? { unit } : { unit, amount } });
}

function moveAfter(ctx: Ctx, k: number, unit?: Unit): [-1 | 1, number] | null {
  const w = word(ctx, k);
  // "18 days from now": counted from the time of writing, like "hence"
  // ("twice a day from now on": the idiom "from now on", no move)
  if (w === 'from' && (word(ctx, k + 1) === 'now' || word(ctx, k + 1) === 'today') && word(ctx, k + 2) !== 'on') return [1, k + 2];
  // "a few years back", "two decades back": as "ago" when the phrase ends there ("set two weeks back the plan" is no time)
  if (w === 'back' && !isWord(ctx, k + 1)) return [-1, k + 1];
  const direction = AFTER_WORDS.get(w);
  if (direction === undefined) return null;
  if (w === 'before' || w === 'after' || w === 'prior') {
    // "a decade before that", "five days after that": counted from the date just told (news tags a short
    // unit's stretch, as it does "five days later": see SHORT_UNITS)
    if (w !== 'prior' && unit !== undefined && (word(ctx, k + 1) === 'that' || word(ctx, k + 1) === 'then') && clauseAfterThat(ctx, k + 2)) return [direction, k + 2];
    // only when the phrase ends there: "two days before," not "two days before the vote"
    const next = ctx.tokens.kind(k + 1);
    if (next !== 0 && next !== PUNCT) return null;
  }
  return [direction, k + 1];
}

/** Words that show "that" before them is the pronoun, not a determiner: "after that the army", "after that Bayeux fell" (not "after that attack"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'there']);

function clauseAfterThat(ctx: Ctx, k: number): boolean {
  return ctx.tokens.kind(k) !== WORD || isCapitalized(ctx, k) || CLAUSE_OPENERS.has(word(ctx, k));
}

const ARTICLES = new Set(['a', 'an']);

/** Words opening the event a count is told from: "two years after the battle", "three days before his death". */
const EVENT_OPENERS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'their', 'its']);

/** Fractions a quarter may be listed with: "a quarter and a third", "a quarter or a half". */
const FRACTIONS: ReadonlySet<string> = new Set(['third', 'half', 'fifth', 'tenth', 'quarter', 'thirds', 'fifths']);

/** Last words of a move counted from the time of writing, not from the story: "ago", "hence", "from now". */
const FROM_NOW_WORDS = new Set(['ago', 'back', 'hence', 'now', 'today']);

/** Distances before "per hour": a speed, not a length of time ("140 miles per hour"). */
const SPEED_WORDS = new Set(['miles', 'mile', 'kilometers', 'kilometres', 'km', 'meters', 'metres', 'feet', 'knots', 'words', 'beats', 'revolutions']);

/** Words after which "last" is the verb: "meant to last fifty years", "it will last a week", "didn't last". */
const BEFORE_VERB = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall', 'did', 'does', 'do', 'not', 'll', 't']);

function lastAsVerb(ctx: Ctx, k: number): boolean {
  return word(ctx, k) === 'last' && BEFORE_VERB.has(word(ctx, k - 1));
}

/** Nouns that make a unit before them and a hyphen part of a compound: "quarter-finals", "day-care". */
const COMPOUND_TAILS: ReadonlySet<string> = new Set(['finals', 'final', 'finalist', 'finalists', 'care', 'trip', 'trips', 'pass', 'passes', 'ticket', 'tickets', 'trader', 'traders', 'labourer', 'laborer', 'laborers', 'labourers']);

/**
 * Words before a bare plural unit followed by "of", "after" or "before" that open a stretch of unknown
 * length: "after weeks of heavy rain", "despite decades of hostility", "Hours after the seizure" (not "a
 * matter of days before", nor the second of "weeks or months").
 */
const BARE_PLURAL_OPENERS: ReadonlySet<string> = new Set(['', 'after', 'despite', 'follows', 'followed', 'following', 'ended', 'ends', 'end', 'ending', 'with', 'amid', 'by', 'from', 'through', 'than']);
/** Words limiting a stretch: "lasted only weeks", "just weeks before". */
const LIMITING: ReadonlySet<string> = new Set(['only', 'just', 'mere', 'merely', 'barely']);
/** Words before a bare plural unit told before or after something: "just weeks before", "came hours after", "could be days before". */
const SHORTLY_BEFORE_PLURAL: ReadonlySet<string> = new Set([...LIMITING, 'came', 'come', 'comes', 'be', 'was', 'were', 'is', 'are', 'been']);

/** Words before "the next decade" that make it a stretch: "fought on for the next decade", "over the next year", "spent the next decade rebuilding". */
const STRETCH_VERBS_BEFORE_NEXT: ReadonlySet<string> = new Set(['for', 'over', 'throughout', 'spent', 'spend', 'spends', 'spending']);

/** A date known only to fall some units from an event, by unit. */
const UNKNOWN_IN_UNIT: ReadonlyMap<Unit, string> = new Map([['year', 'XXXX'], ['month', 'XXXX-XX'], ['week', 'XXXX-WXX'], ['day', 'XXXX-XX-XX']]);

/** Verbs a bare plural unit after which is a stretch: "took decades", "lasted months". */
const TAKING = new Set(['took', 'take', 'takes', 'taking', 'lasted', 'last', 'lasts', 'spent', 'spend', 'spends']);

/** Words after "the day before" that go on with the clause, not name what it is before. */
const CLAUSE_GOES_ON: ReadonlySet<string> = new Set(['for', 'in', 'at', 'with', 'when', 'because', 'and', 'but', 'by', 'to']);

/** Units "the <unit> before" counts back one of. */
const BEFORE_AFTER_UNITS: ReadonlySet<Unit> = new Set(['day', 'week', 'month', 'quarter', 'year']);

/** Units "another" makes a stretch of: "for another decade" (not "another second", "another quarter" of a game). */
const ANOTHER_UNITS: ReadonlySet<Unit> = new Set(['hour', 'day', 'week', 'month', 'year', 'decade', 'century']);

/**
 * Where "month-long" or "3 year long" ends, when the unit at i is followed by it: a length
 * qualifying a noun ("a month-long siege" is tagged from "month", without the article). Without the
 * hyphen only after a number, so "a year long" in "all year long" is left alone.
 */
function lengthAdjectiveEnd(ctx: Ctx, i: number, counted: { first: number; count: Count } | null): number {
  if (mark(ctx, i + 1) === '-' && glued(ctx, i + 1) && glued(ctx, i + 2) && word(ctx, i + 2) === 'long') return i + 3;
  return counted && !ARTICLES.has(word(ctx, counted.first)) && word(ctx, i + 1) === 'long' ? i + 2 : 0;
}

/** Units a half or a quarter of is told as one word before them, and the smaller unit the part is counted in. */
const PART_UNITS: ReadonlyMap<Unit, [Unit, number]> = new Map([['century', ['year', 100]], ['hour', ['minute', 60]]]);

/** "a half-century", "the next half century": fifty years; "a half hour", "the last half-hour": thirty minutes. */
function halfOfUnit(ctx: Ctx, i: number, unit: Unit): Candidate | null {
  const smaller = PART_UNITS.get(unit);
  // ("two and a half hours" is a count, left to countedUnit)
  if (!smaller || word(ctx, i).endsWith('s')) return null;
  const halfAt = hyphenAt(ctx, i - 1) ? i - 2 : i - 1;
  // "a half-century", "a quarter-century": fifty or twenty-five years
  const share = word(ctx, halfAt) === 'half' ? 0.5 : word(ctx, halfAt) === 'quarter' ? 0.25 : 0;
  // ("its quarter-century low" is an adjective, as news annotation leaves it)
  if (share === 0 || (share === 0.25 && !ARTICLES.has(word(ctx, halfAt - 1)) && !SPAN_WORDS.has(word(ctx, halfAt - 1)))) return null;
  let first = halfAt;
  if (ARTICLES.has(word(ctx, first - 1))) first--;
  else if (SPAN_WORDS.has(word(ctx, first - 1))) first -= word(ctx, first - 2) === 'the' ? 2 : 1;
  // "a half-century later": fifty years on
  const move = moveAfter(ctx, i + 1);
  if (move) {
    const anaphoric = word(ctx, move[1] - 1) !== 'ago';
    // ("a half hour later": news annotation tags the stretch, as it does "two hours later")
    const lengthInNews = anaphoric && SHORT_UNITS.has(smaller[0]) ? { lengthInNews: true } : {};
    return candidate(first, move[1], reading('DATE', { shift: { unit: smaller[0], amount: smaller[1] * share, direction: move[0], anaphoric }, ...lengthInNews }), 'unitPhrase');
  }
  return candidate(first, i + 1, durationReading(unit, share), 'unitPhrase');
}

/** Words that may stand between "by" and "a quarter" told as a share: "cut by nearly a quarter". */
const SHARE_QUALIFIERS: ReadonlySet<string> = new Set(['nearly', 'almost', 'about', 'roughly', 'around', 'some', 'over', 'just', 'more', 'less', 'than', 'fully']);

/** "prices fell by nearly a quarter": "a quarter" after "by" is a share of an amount, not three months. */
function shareAfterBy(ctx: Ctx, i: number): boolean {
  if (word(ctx, i - 1) !== 'a') return false;
  let k = i - 2;
  while (k >= 0 && k > i - 5 && SHARE_QUALIFIERS.has(word(ctx, k))) k--;
  return word(ctx, k) === 'by';
}

/** A year and a dash glued before the count at k ("2012-13"). */
function yearBefore(ctx: Ctx, k: number): boolean {
  return isNum(ctx, k) && glued(ctx, k) && DASHES.has(mark(ctx, k - 1)) && glued(ctx, k - 1) && numAt(ctx, k - 2) >= 1000;
}

/** "a fortnight later", "for two fortnights": the phrase read with weeks, its counts doubled. */
function parseUnit(ctx: Ctx, i: number): Candidate | null {
  const hit = parseUnitWord(ctx, i);
  const times = unitsIn(word(ctx, i));
  return hit && times !== 1 ? timesOver(hit, times) : hit;
}

function timesOver(c: Candidate, times: number): Candidate | null {
  const { shift, duration } = c.reading;
  // a value already written out ("the last fortnight of" as P1W) cannot be scaled: better untagged
  if (c.reading.literal || (!shift && !duration)) return null;
  const scale = <T extends { amount: number | undefined }>(x: T | undefined): T | undefined => (x && x.amount !== undefined ? { ...x, amount: x.amount * times } : x);
  return withCandidate(c, { reading: withReading(c.reading, { shift: scale(shift), duration: scale(duration) }) });
}

function parseUnitWord(ctx: Ctx, i: number): Candidate | null {
  const w = word(ctx, i);
  const unit = UNITS.get(w);
  if (!unit) return null;
  // "the quarter-finals", "a day-care center": the first half of a compound noun
  if (hyphenAt(ctx, i + 1) && glued(ctx, i + 2) && COMPOUND_TAILS.has(word(ctx, i + 2))) return null;
  const part = halfOfUnit(ctx, i, unit);
  if (part) return part;
  const counted = countBefore(ctx, i);
  const hyphened = !counted && hyphenAt(ctx, i - 1) ? countBefore(ctx, i - 1) : null;
  // ("second" is an ordinal; "within seconds", "for seconds" a length)
  const bareSeconds = w === 'seconds' && !counted && SECONDS_BEFORE.has(word(ctx, i - 1));
  if (unit === 'second' && (!counted || word(ctx, counted.first) === 'a') && !hyphened && !bareSeconds) return null;
  // "52 years old" is an age; "three-quarters of" a fraction; "worked nights" no count of them
  if (counted && word(ctx, i + 1) === 'old') return null;
  if (w === 'nights' && !counted) return null;
  // "the 2012-13 season": the end of a span of years, no count
  if (counted && yearBefore(ctx, counted.first)) return null;
  // "three quarters of the army", "a quarter of its sales": fractions; "a quarter point" a size
  if (counted && counted.count.value !== undefined && unit === 'quarter' && word(ctx, i + 1) === 'of' && !isNum(ctx, i + 2)) return null;
  // "between a quarter and a third of their men": a fraction listed with another
  if (unit === 'quarter' && (word(ctx, i + 1) === 'and' || word(ctx, i + 1) === 'or') && FRACTIONS.has(word(ctx, i + 3))) return null;
  if (unit === 'quarter' && (word(ctx, i + 1) === 'point' || word(ctx, i + 1) === 'points' || word(ctx, i + 1) === 'percentage')) return null;
  if (unit === 'quarter' && w === 'quarter' && shareAfterBy(ctx, i)) return null;
  if (hyphened && (word(ctx, i + 1) === 'old' || (mark(ctx, i + 1) === '-' && word(ctx, i + 2) === 'old') || (unit === 'quarter' && word(ctx, i + 1) === 'of'))) return null;
  // "a $12-an-hour job", "a $40-a-day room": a price's rate inside one hyphened word
  if (hyphened && ARTICLES.has(word(ctx, hyphened.first)) && hyphenAt(ctx, hyphened.first - 1)) return null;
  // "by mid-month", "a mid-year review": the middle of the story's month or year
  if (!counted && hyphenAt(ctx, i - 1) && word(ctx, i - 2) === 'mid' && (unit === 'month' || unit === 'year' || unit === 'week') && !w.endsWith('s')) {
    return candidate(i - 2, i + 1, reading('DATE', { shift: { unit, amount: 0, direction: 0, anaphoric: true, byArticle: true }, mod: 'MID' }), 'unitPhrase');
  }
  // "five-year", "13-day": an adjective of length
  if (hyphened) return candidate(hyphened.first, i + 1, durationReading(unit, hyphened.count.value), 'unitPhrase');
  const long = lengthAdjectiveEnd(ctx, i, counted);
  if (long) {
    // the article is the noun's ("a month-long siege"); "decades-long" is a length of unknown size
    const byNumber = counted && !ARTICLES.has(word(ctx, counted.first)) ? counted : null;
    return candidate(byNumber ? byNumber.first : i, long, durationReading(unit, byNumber ? byNumber.count.value : w.endsWith('s') ? undefined : 1), 'unitPhrase');
  }
  // "for 87 seasons", "after 17 seasons": seasons counted by the dozen are years of play or campaigning, not quarters of a year
  if (counted && unit === 'season' && w === 'seasons' && (counted.count.value ?? 0) > 4) return countedUnit(ctx, i, 'year', counted);
  if (counted) return countedUnit(ctx, i, unit, counted);
  if (w.endsWith('s')) return pluralUnit(ctx, i, unit);
  return determinedUnit(ctx, i, unit);
}

/** Words after "the decades since" that leave "since" an adverb ("historians in the decades since have argued"), not "since the war". */
const AFTER_ADVERB_SINCE: ReadonlySet<string> = new Set(['have', 'has', 'had', 'is', 'are', 'was', 'were', 'it', 'they', 'he', 'she', 'we', 'there', 'many', 'most']);

/** Prepositions before "a year" that make it a length, whatever number stands before them. */
const LENGTH_PREPOSITIONS: ReadonlySet<string> = new Set(['after', 'for', 'in', 'within', 'over', 'than', 'about', 'nearly', 'almost', 'under', 'during', 'before']);

/** Words between "for" and a count that keep it a stretch: "for nearly a decade afterwards" (not "sailed for France a week later"). */
const STRETCH_QUALIFIERS: ReadonlySet<string> = new Set(['nearly', 'almost', 'about', 'some', 'over', 'roughly', 'around', 'another', 'only', 'just', 'at']);

/** "for a decade", "for nearly a decade", "for more than a century" before the count at `first`. */
function stretchAfterFor(ctx: Ctx, first: number): boolean {
  if (word(ctx, first - 1) === 'for') return true;
  if (word(ctx, first - 2) === 'for' && STRETCH_QUALIFIERS.has(word(ctx, first - 1))) return true;
  return word(ctx, first - 3) === 'for' && word(ctx, first - 1) === 'than' && (word(ctx, first - 2) === 'more' || word(ctx, first - 2) === 'less');
}

/** A fraction of a long unit in a smaller one it divides: a quarter century is 25 years, half a year 6 months. */
function inWholeUnits(unit: Unit, amount: number): { unit: Unit; amount: number } | undefined {
  const smaller: [Unit, number] | undefined = unit === 'century' ? ['year', 100] : unit === 'decade' ? ['year', 10] : unit === 'year' ? ['month', 12] : undefined;
  if (!smaller) return undefined;
  const n = amount * smaller[1];
  return Number.isInteger(n) ? { unit: smaller[0], amount: n } : undefined;
}

/** "and a half" right after the unit at i: "a year and a half", "the next century and a half". */
function andAHalfAfter(ctx: Ctx, i: number): boolean {
  return word(ctx, i + 1) === 'and' && word(ctx, i + 2) === 'a' && word(ctx, i + 3) === 'half';
}

/** Words before "one day" that make it "some day": "would one day join the union". */
const SOMEDAY_BEFORE: ReadonlySet<string> = new Set(['will', 'would', 'may', 'might', 'could', 'can', 'shall', 'll', 'must', 'should']);

/** "three days", "two years later", "twice a week", "the last 24 hours". */
function countedUnit(ctx: Ctx, i: number, unit: Unit, counted: { first: number; count: Count }): Candidate | null {
  // "the country would one day join the union": some day ahead, no length
  if (unit === 'day' && word(ctx, counted.first) === 'one' && i === counted.first + 1 && SOMEDAY_BEFORE.has(word(ctx, counted.first - 1))) {
    return candidate(counted.first, i + 1, reading('DATE', { literal: 'FUTURE_REF' }), 'unitPhrase');
  }
  // "a year and a half", "two hours and a half"
  const andHalf = counted.count.value !== undefined && andAHalfAfter(ctx, i);
  // "a week or so ago": the move is roughly counted
  const roughly = word(ctx, andHalf ? i + 4 : i + 1) === 'or' && word(ctx, andHalf ? i + 5 : i + 2) === 'so' && moveAfter(ctx, andHalf ? i + 6 : i + 3, unit) !== null;
  const tail = (andHalf ? i + 4 : i + 1) + (roughly ? 2 : 0);
  // ("every six months after that" is a set told from then on, the set parser's; "three times a year
  // afterward" a frequency from then on)
  const frequency = FREQUENCY_WORDS.has(word(ctx, counted.first - 1)) && word(ctx, counted.first) === 'a';
  const move = word(ctx, counted.first - 1) === 'every' || frequency ? null : moveAfter(ctx, tail, unit);
  const amount = andHalf && counted.count.value !== undefined ? counted.count.value + 0.5 : counted.count.value;
  // "for nearly a decade afterwards": a stretch after the story's date, the move word left out
  if (move && move[0] > 0 && stretchAfterFor(ctx, counted.first)) {
    return candidate(counted.first, tail, durationReading(unit, amount), 'unitPhrase');
  }
  if (move) {
    const anaphoric = !FROM_NOW_WORDS.has(word(ctx, move[1] - 1));
    // "a quarter of a century later" moves 25 years, "half a year later" six months
    const whole = amount === undefined || Number.isInteger(amount) ? undefined : inWholeUnits(unit, amount);
    if (whole) return candidate(counted.first, move[1], reading('DATE', { shift: { unit: whole.unit, amount: whole.amount, direction: move[0], anaphoric } }), 'unitPhrase');
    // "a week from today": the day seven days on, not the week it falls in
    if (unit === 'week' && amount !== undefined && word(ctx, move[1] - 1) === 'today') return candidate(counted.first, move[1], reading('DATE', { shift: { unit: 'day', amount: amount * 7, direction: move[0], anaphoric } }), 'unitPhrase');
    const shift = amount === undefined ? { unit, direction: move[0], anaphoric } : { unit, amount, direction: move[0], anaphoric };
    const lengthInNews = anaphoric && SHORT_UNITS.has(unit);
    // "two nights later": the night of the day reached
    if (word(ctx, i) === 'nights') return candidate(counted.first, move[1], reading('TIME', { shift, fields: { partOfDay: 'NI' } }), 'unitPhrase');
    // "from $1.2 million a year ago" compares with the quarter the report is about; "was created a year ago" counts from the report's date
    // ("A year ago, the plant closed in March" opens its sentence as a frame, no comparison)
    const frame = startsSentence(ctx, counted.first) && mark(ctx, move[1]) === ',';
    const periodic = unit === 'year' && amount === 1 && !pastVerbAt(ctx, counted.first - 1) && !frame;
    return candidate(counted.first, move[1], reading('DATE', { shift, ...(periodic ? { periodic: 'story' as const } : {}), ...(lengthInNews ? { lengthInNews } : {}), ...(roughly ? { mod: 'APPROX' } : {}) }), 'unitPhrase');
  }
  // "Twenty-four years after the battle": in a history a date counted from the event the story just
  // told (news annotation tags the stretch, as it does "two days later")
  // (only opening a sentence: "on 18 January, exactly 170 years after the first king was crowned" describes the date just told)
  const eventMove = startsSentence(ctx, counted.first) && tail === i + 1 && (word(ctx, tail) === 'after' || word(ctx, tail) === 'before') && EVENT_OPENERS.has(word(ctx, tail + 1)) && amount !== undefined ? word(ctx, tail) : '';
  if (eventMove && !stretchAfterFor(ctx, counted.first)) {
    const newsReading = durationReading(unit, amount);
    return candidate(counted.first, i + 1, reading('DATE', { shift: { unit, amount, direction: eventMove === 'after' ? 1 : -1, anaphoric: true }, newsReading }), 'unitPhrase');
  }
  // "six to eight weeks", "the next 12 to 18 months": a range of counts is one stretch, of its lower count at least
  const lower = amount === undefined ? null : lowerCountOfRange(ctx, counted.first, amount);
  let first = lower?.first ?? counted.first;
  const det = word(ctx, first - 1);
  // "twice a week": a frequency, so a set; "$1.76 a year", "700 seats a week": an amount per unit
  if (amount === 1 && (word(ctx, first) === 'a' || word(ctx, first) === 'an' || word(ctx, first) === 'per')) {
    // "60 miles an hour", "315 km (195 miles) an hour": a speed, no time
    if (SPEED_WORDS.has(det) || (mark(ctx, first - 1) === ')' && SPEED_WORDS.has(word(ctx, first - 2)))) return null;
    // the frequency is part of the set, as TimeML tags it: "twice a week", "three times a year"
    if (FREQUENCY_WORDS.has(det)) return candidate(frequencyStart(ctx, first - 1), i + 1, reading('SET', { set: true, duration: { unit, amount: 1 } }), 'unitPhrase');
    // "seven days a week", "eight hours a day": so much of every week or day, a set as well
    const shareStart = COUNTED_SHARES.has(det) ? frequencyStart(ctx, first - 1) : first;
    if (shareStart < first - 1) return candidate(shareStart, i + 1, reading('SET', { set: true, duration: { unit, amount: 1 } }), 'unitPhrase');
    // an amount per unit: news annotation leaves it untagged, history annotation tags the unit's length
    // ("in 2007 after a year in office" is a length: a preposition stands between the number and it)
    if (isNum(ctx, first - 1) || AMOUNT_WORDS.has(det) || amountOfThings(ctx, first - 1)) return candidate(first, i + 1, withReading(durationReading(unit, 1), { narrativeOnly: true }), 'unitPhrase');
  }
  // ("resigned following 32 years in power": without its article "following" is the preposition;
  // "Coming one day after the victory": opening the sentence, "coming" is the verb)
  if (SPAN_WORDS.has(det) && !lastAsVerb(ctx, first - 1) && !(det === 'following' && word(ctx, first - 2) !== 'the') && !(det === 'coming' && isCapitalized(ctx, first - 1))) {
    first--;
    if (word(ctx, first - 1) === 'the') first--;
    // "the last 24 hours" is annotated as the last day
    if (unit === 'hour' && amount === 24 && (det === 'last' || det === 'past')) return candidate(first, tail, durationReading('day', 1), 'unitPhrase');
  } else if (det === 'the' && !isCapitalized(ctx, i)) first--; // "the Seven Years War": the article is the name's
  // "1998 days" is likelier a year beside a noun; "1,425 days", written with a thousands comma, is a count
  if (amount !== undefined && amount >= 1000 && isNum(ctx, counted.first) && mark(ctx, counted.first + 1) !== ',') return null;
  if (lower) return candidate(first, tail, withReading(durationReading(unit, lower.value), { mod: 'EQUAL_OR_MORE' }), 'unitPhrase');
  return candidate(first, tail, durationReading(unit, amount), 'unitPhrase');
}

/** The lower count of "six to eight" before the count at k, smaller than its `amount` ("from six to eight" may be a change, left alone). */
function lowerCountOfRange(ctx: Ctx, k: number, amount: number): { first: number; value: number } | null {
  if (word(ctx, k - 1) !== 'to') return null;
  const lower = countBefore(ctx, k - 1);
  const value = lower?.count.value;
  if (!lower || value === undefined || value < 1 || value >= amount || word(ctx, lower.first - 1) === 'from') return null;
  return { first: lower.first, value };
}

/** "years later", "the years ahead", "recent weeks", "for months". */
function pluralUnit(ctx: Ctx, i: number, unit: Unit): Candidate | null {
  const det = word(ctx, i - 1);
  // "crowded on weekends": every weekend, as "on Saturdays" is every Saturday
  if (unit === 'weekend' && (det === 'on' || det === 'at')) return candidate(i, i + 1, reading('SET', { literal: 'XXXX-WXX-WE' }), 'unitPhrase');
  const move = moveAfter(ctx, i + 1);
  // "for decades afterwards": a stretch after the story's date, the move word left out ("for decades later" is a move)
  if (move && move[0] > 0 && det === 'for' && word(ctx, i + 1) !== 'later') return candidate(i, i + 1, durationReading(unit, undefined), 'unitPhrase');
  // ("hours later", "days earlier": news annotation tags the stretch, as it does "two days later")
  const stretchInNews = word(ctx, i + 1) === 'later' || word(ctx, i + 1) === 'earlier';
  if (move) return candidate(i, move[1], reading('DATE', { shift: { unit, direction: move[0], anaphoric: word(ctx, i + 1) !== 'ago' }, ...(stretchInNews ? { lengthInNews: true } : {}) }), 'unitPhrase');
  if (det === 'the' && word(ctx, i + 1) === 'ahead') return candidate(i - 1, i + 2, durationReading(unit, undefined), 'unitPhrase');
  // "the years that followed", like "the following years": a stretch of unknown length; "the decades since," too
  if (det === 'the' && word(ctx, i + 1) === 'that' && word(ctx, i + 2) === 'followed') return candidate(i - 1, i + 3, durationReading(unit, undefined), 'unitPhrase');
  if (det === 'the' && word(ctx, i + 1) === 'since' && (ctx.tokens.kind(i + 2) === PUNCT || AFTER_ADVERB_SINCE.has(word(ctx, i + 2)))) return candidate(i - 1, i + 2, durationReading(unit, undefined), 'unitPhrase');
  if (det === 'recent') {
    const first = word(ctx, i - 2) === 'the' ? i - 2 : i - 1;
    // "recent years" is the past; "recent weeks" a stretch of unknown length
    if (unit !== 'year' && unit !== 'decade' && unit !== 'century') return candidate(first, i + 1, durationReading(unit, undefined), 'unitPhrase');
    return candidate(first, i + 1, reading('DATE', { literal: 'PAST_REF' }), 'unitPhrase');
  }
  if ((STRETCH_BEFORE_PLURAL.has(det) && !lastAsVerb(ctx, i - 1)) || (CLOSING_BEFORE_PLURAL.has(det) && word(ctx, i + 1) !== 'of')) {
    const first = word(ctx, i - 2) === 'the' ? i - 2 : i - 1;
    return candidate(first, i + 1, durationReading(unit, undefined), 'unitPhrase');
  }
  if ((det === 'for' || det === 'over' || det === 'within') && unit !== 'quarter' && unit !== 'season') return candidate(i, i + 1, durationReading(unit, undefined), 'unitPhrase');
  // "it took decades", "may last weeks": stretches of unknown length; "after weeks of fighting" too
  // in histories (news annotation leaves it untagged)
  if (unit !== 'quarter' && unit !== 'season') {
    // ("lasted only weeks", "took just days": a limiting word may stand between)
    const verbAt = LIMITING.has(det) ? i - 2 : i - 1;
    const verb = word(ctx, verbAt);
    if (TAKING.has(verb) && (verb !== 'last' || lastAsVerb(ctx, verbAt))) return candidate(i, i + 1, durationReading(unit, undefined), 'unitPhrase');
    if (det === 'after' && word(ctx, i + 1) === 'of') return candidate(i, i + 1, withReading(durationReading(unit, undefined), { narrativeOnly: true }), 'unitPhrase');
  }
  // "just weeks before the deadline", "came hours after the attack", "it could be days before": a stretch of unknown length
  // (history annotation dates it, unknown within its unit: "Just months after his death" XXXX-XX)
  if (SHORTLY_BEFORE_PLURAL.has(det) && (word(ctx, i + 1) === 'before' || word(ctx, i + 1) === 'after') && unit !== 'quarter' && unit !== 'season') {
    const stretch = durationReading(unit, undefined);
    const unknownDate = UNKNOWN_IN_UNIT.get(unit);
    return candidate(i, i + 1, unknownDate ? reading('DATE', { literal: unknownDate, newsReading: stretch }) : stretch, 'unitPhrase');
  }
  // "after weeks of heavy rain", "Hours after the seizure" (see BARE_PLURAL_OPENERS)
  if (unit !== 'quarter' && unit !== 'season' && BARE_PLURAL_OPENERS.has(det) && (word(ctx, i + 1) === 'of' || word(ctx, i + 1) === 'after' || word(ctx, i + 1) === 'before')) return candidate(i, i + 1, durationReading(unit, undefined), 'unitPhrase');
  // "the first free vote in decades": ending the phrase, "in" counts a stretch too ("in years to come" does not)
  if (det === 'in' && ctx.tokens.kind(i + 1) !== WORD && (unit === 'year' || unit === 'decade' || unit === 'month' || unit === 'week' || unit === 'century')) return candidate(i, i + 1, durationReading(unit, undefined), 'unitPhrase');
  return null;
}

/** Nouns of events whose first or last day, week or year a history tells ("the first day of the war"). */
const EVENT_NOUNS = new Set(['war', 'battle', 'siege', 'attack', 'offensive', 'campaign', 'invasion', 'occupation', 'reign', 'revolution', 'uprising', 'conflict', 'fighting', 'rebellion', 'crisis', 'strike', 'blockade', 'operation', 'assault', 'retreat', 'insurgency']);
/** Words an event's name may hold: "the Battle of the Somme", "World War II". */
const NAME_JOINERS = new Set(['of', 'the']);
/** Longest event phrase taken into "the first day of ...". */
const EVENT_PHRASE_TOKENS = 6;

/**
 * Where "of the war", "of the American invasion", "of the Battle of the Somme" ends, from the word
 * after "of" at k: history annotation tags the event with the day ("the first day of the war").
 * Without an event noun or a name, just before "of" (the phrase is the day alone).
 */
function eventPhraseEnd(ctx: Ctx, k: number): number {
  const possessive = word(ctx, k) === 'the' || word(ctx, k) === 'his' || word(ctx, k) === 'her' || word(ctx, k) === 'its' || word(ctx, k) === 'their';
  let end = -1;
  for (let j = possessive ? k + 1 : k; j < k + EVENT_PHRASE_TOKENS; j++) {
    const w = word(ctx, j);
    if (EVENT_NOUNS.has(w) || (isCapitalized(ctx, j) && !MONTHS.has(w))) end = j + 1;
    else if (!(NAME_JOINERS.has(w) && isCapitalized(ctx, j + 1 + (word(ctx, j + 1) === 'the' ? 1 : 0)))) break;
  }
  return end > 0 ? end : k - 1;
}

/** Words back from "for" within which a perfect's auxiliary makes it a stretch lasting up to now. */
const PERFECT_REACH = 4;

/**
 * "has insisted for the past year", "had led comfortably for", "has for the past year been": a
 * stretch lasting until then, not "the statistics for the past year" (the year they cover).
 */
function perfectFor(ctx: Ctx, first: number): boolean {
  if (word(ctx, first - 1) !== 'for') return false;
  for (let k = first - 2, n = 0; n < PERFECT_REACH && isWord(ctx, k); k--, n++) {
    const w = word(ctx, k);
    if (w === 'has' || w === 'have' || w === 'had') return true;
  }
  return false;
}

/** A calendar date at k ("August", "1945", "the year"): "the last week of August" is a stretch of that month. */
function datedAt(ctx: Ctx, k: number): boolean {
  const w = word(ctx, k);
  if (MONTHS.has(w) || SEASONS.has(w) || isNum(ctx, k)) return true;
  return w === 'the' && (UNITS.has(word(ctx, k + 1)) || isNum(ctx, k + 1));
}

/** 1 for "after next" ("after tomorrow" for a day), -1 for "before last" ("before yesterday"), at k; else 0. */
function twoFromNow(ctx: Ctx, k: number, unit: Unit): -1 | 0 | 1 {
  const w = word(ctx, k);
  const then = word(ctx, k + 1);
  // "the day before last Tuesday" counts from Tuesday
  const named = word(ctx, k + 2);
  if ((then === 'next' || then === 'last') && (WEEKDAYS.has(named) || MONTHS.has(named) || UNITS.has(named))) return 0;
  if (w === 'after' && (then === 'next' || (unit === 'day' && then === 'tomorrow'))) return 1;
  if (w === 'before' && (then === 'last' || (unit === 'day' && then === 'yesterday'))) return -1;
  return 0;
}

/**
 * "Pompeii's last day", "the last day for students is June 1", "acts at the last minute": "last"
 * (at d, the unit at i) naming the last of some days or an idiom, not the one before now.
 */
function lastOfSomething(ctx: Ctx, d: number, i: number, unit: Unit): boolean {
  if (mark(ctx, d - 2) === "'" && word(ctx, d - 1) === 's') return true;
  if (word(ctx, d - 1) !== 'the') return false;
  if (unit === 'day') return isWord(ctx, i + 1) && word(ctx, i + 1) !== 'of';
  return unit === 'minute' && word(ctx, d - 2) === 'at';
}

/** "per day", "last week", "the following year", "the past year", "the quarter", "the day before". */
function determinedUnit(ctx: Ctx, i: number, unit: Unit): Candidate | null {
  // "last fiscal year", "the current fiscal year": the determiner stands before "fiscal"
  const d = unit === 'year' && word(ctx, i - 1) === 'fiscal' && DETERMINERS.has(word(ctx, i - 2)) ? i - 2 : i - 1;
  const veryAt = word(ctx, d - 1) === 'very' ? 1 : 0;
  const det = word(ctx, d);
  // "In the century since, historians have ...": one of the unit from the story's date to now, a stretch (as "the decades since,")
  if (det === 'the' && word(ctx, i + 1) === 'since' && (ctx.tokens.kind(i + 2) === PUNCT || AFTER_ADVERB_SINCE.has(word(ctx, i + 2)))) return candidate(i - 1, i + 2, durationReading(unit, 1), 'unitPhrase');
  // "the decade that followed": one of the unit after the story's date, a stretch
  if (det === 'the' && word(ctx, i + 1) === 'that' && word(ctx, i + 2) === 'followed') return candidate(i - 1, i + 3, durationReading(unit, 1), 'unitPhrase');
  // "the week after next", "the day after tomorrow", "the year before last": two of the unit from now
  const twoAway = det === 'the' ? twoFromNow(ctx, i + 1, unit) : 0;
  if (twoAway !== 0) return candidate(i - 1, i + 3, reading('DATE', { shift: { unit, amount: 2, direction: twoAway } }), 'unitPhrase');
  // "per day" is the length a rate is counted over ("200 shells per day"): history annotation writes P1D
  // (news annotation leaves a rate of things untagged: "200,000 barrels per day")
  if (det === 'per') return SPEED_WORDS.has(word(ctx, i - 2)) ? null : candidate(i - 1, i + 1, amountOfThings(ctx, i - 2) ? withReading(durationReading(unit, 1), { narrativeOnly: true }) : durationReading(unit, 1), 'unitPhrase');
  // "for another decade": one more of the unit, a stretch like "another seven months"
  if (det === 'another' && ANOTHER_UNITS.has(unit) && d === i - 1) return candidate(i - 1, i + 1, durationReading(unit, 1), 'unitPhrase');
  // "the first week of January" (a stretch the refiners join to its month), "the first day of the war"
  // (not "the first month of the session": no event the story dates)
  if (det === 'first' && word(ctx, d - 1) === 'the' && word(ctx, i + 1) === 'of' && unit !== 'quarter' && unit !== 'half' && isWord(ctx, i + 2) && !ofLongPeriod(ctx, i + 1)) {
    // ("the first day of October" is October's first day: left to the month)
    if (datedAt(ctx, i + 2)) return unit === 'day' ? null : candidate(d - 1, i + 1, durationReading(unit, 1), 'unitPhrase');
    const end = eventPhraseEnd(ctx, i + 2);
    if (end > i + 1) return candidate(d - 1, end, reading('DATE', { literal: durationValue(unit, 1) }), 'unitPhrase');
    // ("the first hour of trading" is a stretch of one hour, below)
    if (unit !== 'hour' && unit !== 'minute') return null;
  }
  // "the second week of September": a week counted into a month, joined to it as the first is
  if (WEEKS_INTO_MONTH.has(det) && unit === 'week' && word(ctx, d - 1) === 'the' && word(ctx, i + 1) === 'of' && MONTHS.has(word(ctx, i + 2))) return candidate(d - 1, i + 1, durationReading(unit, 1), 'unitPhrase');
  // "in the first hour of trading", "during the final hour": a stretch of one hour (news annotation tags "the first hours" PTXH)
  if ((det === 'first' || det === 'final') && word(ctx, d - 1) === 'the' && (unit === 'hour' || unit === 'minute') && d === i - 1) return candidate(d - 1, i + 1, durationReading(unit, 1), 'unitPhrase');
  // "the final day of the battle", in histories (news leaves "the final week of talks" alone): a day
  // of the story's time, as far as it is told ("In August 480 BC ... the final day of the battle" BC0480-08-XX)
  if (det === 'final' && word(ctx, d - 1) === 'the' && word(ctx, i + 1) === 'of' && unit !== 'quarter' && unit !== 'half' && isWord(ctx, i + 2) && !datedAt(ctx, i + 2) && !ofLongPeriod(ctx, i + 1)) {
    const part = unit === 'day' ? { shift: { unit, amount: 0, direction: 0 as const, anaphoric: true } } : { literal: durationValue(unit, 1) };
    return candidate(d - 1, eventPhraseEnd(ctx, i + 2), reading('DATE', { ...part, narrativeOnly: true }), 'unitPhrase');
  }
  // "the last day of the season", "the last week of August": the end of what follows, never the day
  // or week before now (a month's last week is a stretch the refiners join to the month, as the first's)
  if (det === 'last' && word(ctx, d - 1) === 'the' && word(ctx, i + 1) === 'of' && datedAt(ctx, i + 2) && !ofLongPeriod(ctx, i + 1) && !MONTHS.has(word(ctx, i + 2)) && !isNum(ctx, i + 2)) {
    return unit === 'day' ? null : candidate(d - 1, i + 1, durationReading(unit, 1), 'unitPhrase');
  }
  if (det === 'last' && lastOfSomething(ctx, d, i, unit)) return null;
  // "in the new year": the year after the story's in a history, after the report's in news (told in January, the year begun)
  if (det === 'new' && unit === 'year' && word(ctx, d - 1) === 'the' && !isCapitalized(ctx, i)) {
    const newsReading = reading('DATE', { shift: { unit, amount: 1, direction: 1, newYear: true } });
    return candidate(d - 1, i + 1, reading('DATE', { shift: { unit, amount: 1, direction: 1, anaphoric: true, newYear: true }, newsReading }), 'unitPhrase');
  }
  const move0 = DETERMINERS.get(det);
  // "the last quarter of the 18th century": the century's end, which the modifiers read
  if (move0 !== undefined && ofLongPeriod(ctx, i + 1)) return null;
  // "This Week" with a capital W names a programme, not a week
  if (move0 !== undefined && (unit === 'week' || unit === 'month') && titleCased(ctx, i)) return null;
  if (move0 !== undefined) {
    let first = d - veryAt;
    const article = word(ctx, d - 1 - veryAt) === 'the';
    if (article) first--;
    // "this past weekend": the last one before now, a date
    if (det === 'past' && word(ctx, d - 1) === 'this') return candidate(d - 1, i + 1, reading('DATE', { shift: { unit, amount: 1, direction: -1 } }), 'unitPhrase');
    // "the past year" is a stretch of time; "the last decade" a date
    if (det === 'past') {
      // news annotation reads "the past year" as last year ("has insisted for the past year" keeps the stretch, as "for the past two years" does)
      const newsReading = reading('DATE', { shift: { unit, amount: 1, direction: -1 } });
      return candidate(first, i + 1, unit === 'year' && article && !perfectFor(ctx, first) ? withReading(durationReading(unit, 1), { newsReading }) : durationReading(unit, 1), 'unitPhrase');
    }
    // "in the last hour", "over the next fortnight": a stretch from now, not the hour or day it falls in
    if (article && (det === 'last' || det === 'next' || det === 'coming') && (unit === 'hour' || word(ctx, i) === 'fortnight')) {
      return candidate(first, i + 1, durationReading(unit, 1), 'unitPhrase');
    }
    if ((det === 'same' || det === 'current' || det === 'latest') && !article && word(ctx, d - 1) !== 'that') return null;
    if (det === 'same' && word(ctx, d - 1) === 'that') first = d - 1;
    if (unit === 'season') return null;
    if (det === 'latest' && unit === 'quarter') return candidate(first, i + 1, reading('DATE', { current: 'quarter', lean: -1 }), 'unitPhrase');
    // "the last day of the war", "the final month of his reign": the end of what the text names, not
    // the day before; history annotation writes its length as the value (a date of the story stays unmoved)
    if (det === 'last' && article && unit !== 'quarter' && unit !== 'half' && word(ctx, i + 1) === 'of' && isWord(ctx, i + 2) && !datedAt(ctx, i + 2)) {
      return candidate(first, eventPhraseEnd(ctx, i + 2), reading('DATE', { literal: durationValue(unit, 1) }), 'unitPhrase');
    }
    const anaphoric = ANAPHORIC.has(det) || (article && det === 'next');
    // ("this weekend" is the coming one unless told in the past early in the week: see weekendBack)
    const moved = reading('DATE', { shift: { unit, amount: Math.abs(move0), direction: move0, anaphoric }, ...(det === 'this' && unit === 'weekend' ? { thisYear: true } : {}) });
    // "fought on for the next decade": in a history a stretch of one unit, as WikiWars gives it (P10Y);
    // news annotation dates it, and "over the next day" is the day after in histories too
    if (det === 'next' && article && unit !== 'day' && STRETCH_VERBS_BEFORE_NEXT.has(word(ctx, first - 1))) {
      // ("for the next century and a half": one and a half of the unit, no date news could give it)
      if (andAHalfAfter(ctx, i)) return candidate(first, i + 4, durationReading(unit, 1.5), 'unitPhrase');
      return candidate(first, i + 1, withReading(durationReading(unit, 1), { newsReading: moved }), 'unitPhrase');
    }
    return candidate(first, i + 1, moved, 'unitPhrase');
  }
  // "later in the week", "the end of the week": the week the story stands in
  if (det === 'the' && unit === 'week' && PLACE_IN_WEEK.has(word(ctx, i - 3)) && (word(ctx, i - 2) === 'in' || word(ctx, i - 2) === 'of')) {
    return candidate(i - 1, i + 1, reading('DATE', { shift: { unit, amount: 0, direction: 0, anaphoric: true } }), 'unitPhrase');
  }
  if (det === 'the' && word(ctx, i - 2) === 'of' && unit === 'week') return candidate(i - 1, i + 1, reading('DATE', { vague: unit }), 'unitPhrase');
  // "the end of the year", "late in the year": the story's own year ("later in the day" is left
  // untagged, as the news annotation mostly leaves it)
  if (det === 'the' && (word(ctx, i - 2) === 'of' || (word(ctx, i - 2) === 'in' && PLACED_IN.has(word(ctx, i - 3)) && unit !== 'day' && word(ctx, i + 1) !== 'of')) && (unit === 'year' || unit === 'month' || unit === 'day' || unit === 'decade' || unit === 'century')) {
    return candidate(i - 1, i + 1, reading('DATE', { shift: { unit, amount: 0, direction: 0, anaphoric: true, byArticle: true } }), 'unitPhrase');
  }
  if ((det === 'the' || det === 'full' || det === 'fiscal') && unit === 'year') {
    const after = word(ctx, i + 1);
    let first = i - 1;
    if (det !== 'the' && word(ctx, i - 2) === 'the') first = i - 2;
    if (after === 'ended' || after === 'ending' || after === 'through' || after === 'to') return candidate(first, i + 1, durationReading(unit, 1), 'unitPhrase');
    if (det !== 'the' || word(ctx, i - 2) === 'for') return candidate(first, i + 1, reading('DATE', { shift: { unit, amount: 0, direction: 0 } }), 'unitPhrase');
  }
  if (det === 'the') {
    const after = word(ctx, i + 1);
    // "the day before.", "the year before,": one unit from the story's date (not "the day before the vote")
    // ("suspended the day before for fighting": a word that cannot open what "before" would count from)
    if (BEFORE_AFTER_UNITS.has(unit) && (after === 'before' || after === 'after' || after === 'earlier') && (mark(ctx, i + 2) || CLAUSE_GOES_ON.has(word(ctx, i + 2))) && (unit === 'day' || after !== 'after')) {
      return candidate(i - 1, i + 2, reading('DATE', { shift: { unit, amount: 1, direction: after === 'after' ? 1 : -1, anaphoric: true } }), 'unitPhrase');
    }
    // ("held the quarter until August" in a history is a district of a city)
    if (unit === 'quarter') return candidate(i - 1, i + 1, quarterEndedIn(ctx, i) ?? reading('DATE', { current: 'quarter', lean: -1, newsOnly: true }), 'unitPhrase');
    // "for the week": news annotation leaves the week unnamed
    if (unit === 'week') return candidate(i - 1, i + 1, reading('DATE', { vague: unit }), 'unitPhrase');
    if (unit === 'weekend') return candidate(i - 1, i + 1, reading('DATE', { shift: { unit, amount: 0, direction: 0 } }), 'unitPhrase');
  }
  return null;
}

/**
 * "the quarter ended Sept. 30": the quarter holding the month it ended in, not the report's own quarter
 * (told in December, that one is the fourth; the results are the third's). A year written after the day names it.
 * Only months that close a calendar quarter: others close a fiscal one, which the story names.
 */
function quarterEndedIn(ctx: Ctx, i: number): Reading | null {
  const verb = word(ctx, i + 1);
  if (verb !== 'ended' && verb !== 'ending') return null;
  const month = MONTHS.get(word(ctx, i + 2));
  // a quarter ending in July or October is a fiscal one ("the quarter ended July 31" is a retailer's second)
  if (month === undefined || month % 3 !== 0 || !isCapitalized(ctx, i + 2)) return null;
  let k = mark(ctx, i + 3) === '.' ? i + 4 : i + 3;
  if (isNum(ctx, k) && numAt(ctx, k) <= 31) k++;
  if (mark(ctx, k) === ',') k++;
  const year = yearAt(ctx, k);
  return reading('DATE', { fields: { quarter: Math.ceil(month / 3), year }, lean: -1, newsOnly: true });
}

export const unitPhraseParser: Parser = { name: 'unitPhrase', triggers: [...UNITS.keys()], parse: parseUnit };

/** The middle of a period written as one word: "by midyear", "midweek", "by midsummer". */
const MID_WORDS: ReadonlyMap<string, Unit | 'SU' | 'WI'> = new Map([['midyear', 'year'], ['midmonth', 'month'], ['midweek', 'week'], ['midsummer', 'SU'], ['midwinter', 'WI']]);

export const midWordParser: Parser = {
  name: 'midWord',
  triggers: [...MID_WORDS.keys()],
  parse: (ctx, i) => {
    const part = MID_WORDS.get(word(ctx, i));
    // ("A Midsummer Night's Dream", "Midsummer Day": a title or a feast)
    if (part === undefined || (isCapitalized(ctx, i) && isCapitalized(ctx, i + 1))) return null;
    const first = word(ctx, i - 1) === 'the' ? i - 1 : i;
    if (part === 'SU' || part === 'WI') return candidate(first, i + 1, reading('DATE', { fields: { season: part }, mod: 'MID' }), 'midWord');
    return candidate(first, i + 1, reading('DATE', { shift: { unit: part, amount: 0, direction: 0, anaphoric: true, byArticle: true }, mod: 'MID' }), 'midWord');
  },
};

/** Lengths written as one word: "a weeklong trip", "the monthlong strike", "a yearlong inquiry". */
const LONG_WORDS: ReadonlyMap<string, Unit> = new Map([['daylong', 'day'], ['weeklong', 'week'], ['monthlong', 'month'], ['yearlong', 'year']]);

export const longWordParser: Parser = {
  name: 'longWord',
  triggers: [...LONG_WORDS.keys()],
  parse: (ctx, i) => {
    const unit = LONG_WORDS.get(word(ctx, i));
    return unit ? candidate(i, i + 1, durationReading(unit, 1), 'longWord') : null;
  },
};
