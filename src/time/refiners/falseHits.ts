/**
 * Drops hits that look like dates but are not: scores and ranges of small numbers ("3-2"),
 * "second" as an ordinal (parsers already skip it), bare years inside larger numbers or
 * model names ("T-54", "Boeing 747"), and numbers directly followed by a unit of measure.
 */
import { digitsAt, hyphenAt, isCapitalized, mark, ordinalAt, isWord, word, type Ctx } from '../grammar.js';
import type { Candidate } from '../types.js';

/** Words joined to a year by a hyphen that keep it a year: "mid-2007", "pre-1914". */
const PREFIXES = new Set(['mid', 'pre', 'post', 'early', 'late', 'circa', 'c', 'ca']);

const MEASURES = new Set(['mm', 'cm', 'km', 'kg', 'mph', 'kmh', 'ft', 'lb', 'lbs', 'mw', 'kw', 'hp']);

/** Words of a match report: its halves and quarters are periods of play, not of the year. */
const MATCH_WORDS = new Set([
  'goal', 'goals', 'keeper', 'goalkeeper', 'match', 'score', 'scored', 'scoring', 'striker', 'penalty', 'touchdown', 'touchdowns',
  'quarterback', 'basket', 'baskets', 'referee', 'kickoff', 'innings', 'halftime', 'interval', 'equaliser', 'equalizer',
]);
/** How far from a half or quarter a match word is looked for, never past a full stop. */
const MATCH_WINDOW = 15;

/** Words before "match" that make it the verb: "earnings will match estimates", "failed to match". */
const BEFORE_VERB_MATCH: ReadonlySet<string> = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'not', 'does', 'do']);

function isMatchWord(ctx: Ctx, k: number): boolean {
  const w = word(ctx, k);
  return MATCH_WORDS.has(w) && !(w === 'match' && BEFORE_VERB_MATCH.has(word(ctx, k - 1)));
}

function inMatchReport(ctx: Ctx, c: Candidate): boolean {
  for (let k = c.first - 1; k >= c.first - MATCH_WINDOW && mark(ctx, k) !== '.' && ctx.tokens.kind(k) !== 0; k--) if (isMatchWord(ctx, k)) return true;
  for (let k = c.last; k < c.last + MATCH_WINDOW && mark(ctx, k) !== '.' && ctx.tokens.kind(k) !== 0; k++) if (isMatchWord(ctx, k)) return true;
  return false;
}

function isFalseHit(ctx: Ctx, c: Candidate): boolean {
  // "two goals in the second half": a half of the match, unless a year says otherwise
  if (c.parser === 'quarter' && c.reading.fields.year === undefined && inMatchReport(ctx, c)) return true;
  // "led 19-10 after three quarters": quarters of play
  const unit = c.reading.duration?.unit;
  if (c.parser === 'unitPhrase' && (unit === 'quarter' || unit === 'half') && inMatchReport(ctx, c)) return true;
  // "Fewer than a quarter returned", "nearly a quarter were wounded": a share of people, the subject of its verb
  if (c.parser === 'unitPhrase' && unit === 'quarter' && word(ctx, c.last - 2) === 'a' && verbAfterShare(ctx, c.last)) return true;
  // "a quarter-point cut", "a half-percentage-point rise", "the quarter-point reduction" (read as the current quarter):
  // a share of a measure joined by a hyphen
  const measured = unit ?? c.reading.current;
  if (c.parser === 'unitPhrase' && (measured === 'quarter' || measured === 'half') && hyphenedMeasure(ctx, c.last)) return true;
  if (c.parser === 'year') {
    const before = mark(ctx, c.first - 1);
    const prevWord = word(ctx, c.first - 1);
    // "T-1956" models and "No. 1956" numbers
    if (before === '-' && prevWord === '' && isWord(ctx, c.first - 2) && !PREFIXES.has(word(ctx, c.first - 2)) && !ctx.tokens.spaced(c.first - 1) && !ctx.tokens.spaced(c.first)) return true;
    if (NUMBERED_THINGS.has(prevWord)) return true;
    // "UAW Local 1123", "American Legion Post 1941": a named branch's number (not "local 1990 elections")
    if (NUMBERED_BRANCHES.has(prevWord) && isCapitalized(ctx, c.first - 1)) return true;
    // "1-888-872-2000": the last group of a telephone number, a chain of dashed numbers ("499-493 BC" is a range)
    if (before === '-' && digitsAt(ctx, c.first - 2) > 0 && mark(ctx, c.first - 3) === '-' && !ctx.tokens.spaced(c.first - 1) && !ctx.tokens.spaced(c.first)) return true;
    if (MEASURES.has(word(ctx, c.last))) return true;
  }
  return false;
}

const SHARE_VERBS: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'had', 'have', 'has', 'died', 'survived', 'returned', 'remain', 'remained', 'voted', 'say', 'said', 'fled', 'lived', 'live']);

/** A verb right after "a quarter" that it is the subject of ("a quarter were killed"; not "a quarter earlier"). */
function verbAfterShare(ctx: Ctx, k: number): boolean {
  return SHARE_VERBS.has(word(ctx, k));
}

/** Measures a fraction is joined to by a hyphen: "quarter-point", "half-percentage-point", "quarter-mile". */
const HYPHENED_MEASURES: ReadonlySet<string> = new Set(['point', 'points', 'percentage', 'percent', 'mile', 'inch', 'pound', 'ton', 'share', 'cent']);

function hyphenedMeasure(ctx: Ctx, k: number): boolean {
  return hyphenAt(ctx, k) && HYPHENED_MEASURES.has(word(ctx, k + 1));
}

/** Words before a number that make it the number of a thing: "Resolution 1441", "Flight 655", "Article 1500". */
const NUMBERED_THINGS: ReadonlySet<string> = new Set([
  'no', 'number', 'route', 'flight', 'room', 'resolution', 'resolutions', 'article', 'articles', 'section', 'chapter', 'page', 'pages',
  'paragraph', 'highway', 'interstate', 'hill', 'decree', 'directive', 'bill', 'platform', 'gate', 'pier', 'bus', 'channel',
]);

/** Capitalised words before a number that make it a branch's number: "Local 1123", "Post 1941", "Lodge 1776". */
const NUMBERED_BRANCHES: ReadonlySet<string> = new Set(['local', 'lodge', 'post', 'precinct', 'squadron']);

export function dropFalseHits(ctx: Ctx, hits: readonly Candidate[]): Candidate[] {
  return hits.filter((c) => !isFalseHit(ctx, c));
}

/** Parts of day the news and history annotations never tag alone ("at dawn", "the morning show"). */
const UNTAGGED_ALONE = new Set(['dawn', 'daybreak', 'dusk', 'nightfall', 'morning', 'evening']);

/** After merging: drops a lone part-of-day word that joined no day ("Tuesday morning" stays). */
export function dropLoneParts(ctx: Ctx, hits: readonly Candidate[]): Candidate[] {
  // "the third evening" counts days of a story: kept
  const counted = (c: Candidate) => ordinalAt(ctx, c.first - 1)?.end === c.first;
  // ("By evening the army was encircled", "by nightfall": the part of the day the story has reached)
  const reached = (c: Candidate) => word(ctx, c.first - 1) === 'by' && !isCapitalized(ctx, c.first);
  return hits.filter((c) => !(c.parser === 'partOfDay' && c.last - c.first === 1 && !c.reading.shift && UNTAGGED_ALONE.has(word(ctx, c.first)) && !counted(c) && !reached(c)));
}
