/** "the spring of 1794", "summer 2007", "last fall", "this winter", "Spring": seasons. */
import { SEASONS } from '../lexicon.js';
import { DASHES, candidate, digitsAt, glued, isCapitalized, isNum, isWord, mark, numAt, reading, word, type Ctx, type Parser } from '../grammar.js';
import { yearAt } from './monthName.js';
import { eraAt } from './year.js';
import type { FieldsInit } from '../types.js';

const LEANS: ReadonlyMap<string, -1 | 0 | 1> = new Map([['last', -1], ['past', -1], ['previous', -1], ['next', 1], ['coming', 1], ['this', 0], ['that', 0], ['following', 1]]);

/** Years named from now after "of": "the spring of last year". */
const NOW_YEARS: ReadonlyMap<string, -1 | 0 | 1> = new Map([['last', -1], ['this', 0], ['next', 1]]);

const YEAR_MOVES: ReadonlyMap<string, -1 | 1> = new Map([['following', 1], ['next', 1], ['previous', -1], ['preceding', -1]]);

/** Nouns a season word qualifies: "spring offensive", "winter quarters". */
const SEASON_NOUNS = new Set(['offensive', 'offensives', 'campaign', 'campaigns', 'quarters', 'season', 'months', 'term', 'session', 'break', 'recess', 'operations']);

/**
 * "the spring of the following year" (the year after the story's), "the spring of that year" (the
 * story's own): where the phrase after season word i ends, and the move in years.
 */
function ofToldYear(ctx: Ctx, i: number): { end: number; amount: number; direction: -1 | 0 | 1; fromNow?: boolean } | undefined {
  if (word(ctx, i + 1) !== 'of') return undefined;
  if (word(ctx, i + 2) === 'that' && word(ctx, i + 3) === 'year') return { end: i + 4, amount: 0, direction: 0 };
  // "the spring of last year", "the summer of next year": counted from now
  const fromNow = word(ctx, i + 3) === 'year' ? NOW_YEARS.get(word(ctx, i + 2)) : undefined;
  if (fromNow !== undefined) return { end: i + 4, amount: Math.abs(fromNow), direction: fromNow, fromNow: true };
  const direction = word(ctx, i + 2) === 'the' && word(ctx, i + 4) === 'year' ? YEAR_MOVES.get(word(ctx, i + 3)) : undefined;
  return direction === undefined ? undefined : { end: i + 5, amount: 1, direction };
}

/** Nouns after a season that make the pair a name or a kind of thing: "the Winter Palace", "the summer residence". */
const NAME_HEADS: ReadonlySet<string> = new Set([
  'palace', 'king', 'queen', 'olympics', 'olympic', 'games', 'garden', 'gardens', 'street', 'school', 'house', 'hill', 'island', 'lake',
  'residence', 'home', 'homes', 'camp', 'camps', 'capital', 'clothes', 'clothing', 'coat', 'coats', 'tires', 'tyres', 'wheat', 'storm', 'storms', 'resort', 'resorts',
  'war',
]);

/** Nouns after a season that name a kind of thing even after "the": "the summer league", "the winter solstice". */
const KIND_HEADS: ReadonlySet<string> = new Set(['league', 'leagues', 'solstice', 'equinox', 'olympics', 'paralympics', 'internship', 'internships', 'intern', 'interns', 'blockbuster', 'blockbusters', 'festival', 'festivals', 'palace', 'wheat', 'barley', 'rye', 'oats', 'squash', 'crop', 'crops']);

/** Words before "fall" that make it the season: "in the fall", "early fall", "until fall". */
const FALL_CUES: ReadonlySet<string> = new Set(['the', 'in', 'early', 'late', 'mid', 'until', 'till', 'by', 'through']);

/** Words after "spring" that make it the verb ("spring from", "spring up", "spring into action"). */
const SPRING_VERB_PARTICLES = new Set(['from', 'up', 'into', 'forth']);

/** Words that may open the clause after "that fall" the season ("That fall the army ..."); other words make "fall" a verb. */
const AFTER_THAT_SEASON: ReadonlySet<string> = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'there', 'when', 'as', 'after', 'before', 'and', 'in', 'on', 'at']);

/** The mark between the two years of a winter: "1941–42", "1941/42", "424/423 BC". */
function winterJoiner(ctx: Ctx, k: number): boolean {
  return DASHES.has(mark(ctx, k)) || mark(ctx, k) === '/';
}

/** "54–53 BC" at k, two BC years a winter spans: the year it ends in, and where the era ends. */
function bcWinterAt(ctx: Ctx, k: number): { year: number; end: number } | undefined {
  if (!isNum(ctx, k) || digitsAt(ctx, k) > 4 || !winterJoiner(ctx, k + 1) || !glued(ctx, k + 1) || !glued(ctx, k + 2) || !isNum(ctx, k + 2)) return undefined;
  const start = numAt(ctx, k);
  const ending = numAt(ctx, k + 2);
  const era = eraAt(ctx, k + 3);
  return era && era[0] && ending === start - 1 ? { year: ending, end: era[1] } : undefined;
}

export const seasonParser: Parser = {
  name: 'season',
  triggers: [...SEASONS.keys()],
  parse: (ctx, i) => {
    const w = word(ctx, i);
    const season = SEASONS.get(w);
    if (!season) return null;
    // "the benefits that spring from", "new firms spring up": the verb
    if ((w === 'spring' || w === 'springs') && word(ctx, i - 1) !== 'the' && SPRING_VERB_PARTICLES.has(word(ctx, i + 1))) return null;
    // "the Winter Palace", "the Summer Olympics": a place or a thing named, no season ("the Spring Offensive" is one);
    // "the papal summer residence", "a winter storm": a kind of thing, of no season in particular
    // ("despite the winter storms" of the story's winter is one)
    if (NAME_HEADS.has(word(ctx, i + 1)) && isCapitalized(ctx, i) === isCapitalized(ctx, i + 1) && (isCapitalized(ctx, i) || word(ctx, i - 1) !== 'the')) return null;
    // "the summer league", "the winter solstice": a kind of thing, whatever comes before
    if (KIND_HEADS.has(word(ctx, i + 1))) return null;
    // "the Prague Spring", "the Arab Spring": a movement named after a place, no season of a year ("the Iraq Spring Fighting of 2004" is one)
    if (w === 'spring' && isCapitalized(ctx, i) && isCapitalized(ctx, i - 1) && word(ctx, i - 2) === 'the' && !SEASONS.has(word(ctx, i - 1)) && !isCapitalized(ctx, i + 1) && yearAt(ctx, i + 1) === undefined) return null;
    const fields: FieldsInit = { season };
    const told = ofToldYear(ctx, i);
    if (told) {
      const first = word(ctx, i - 1) === 'the' ? i - 1 : i;
      return candidate(first, told.end, reading('DATE', { fields, shift: { unit: 'year', amount: told.amount, direction: told.direction, anaphoric: !told.fromNow } }), 'season');
    }
    let end = i + 1;
    let y = word(ctx, end) === 'of' ? end + 1 : mark(ctx, end) === ',' ? end + 1 : end;
    // "the winter of 54–53 BC": one winter, named by the year it ends in (BC years run down)
    const bcWinter = season === 'WI' ? bcWinterAt(ctx, y) : undefined;
    if (bcWinter) return candidate(word(ctx, i - 1) === 'the' ? i - 1 : i, bcWinter.end, reading('DATE', { fields: { season, year: bcWinter.year, bc: true } }), 'season');
    const year = yearAt(ctx, y);
    if (year !== undefined) {
      fields.year = year;
      end = y + 1;
      // "the winter of 1846–47", "the winter of 1777-1778", "of 1941/42": one winter, named by the year it ends in
      const second = winterJoiner(ctx, end) && glued(ctx, end + 1) ? numAt(ctx, end + 1) : Number.NaN;
      const digits = digitsAt(ctx, end + 1);
      if (season === 'WI' && ((digits === 2 && second === (year + 1) % 100) || (digits === 4 && second === year + 1))) {
        fields.year = year + 1;
        end += 2;
      }
      const era = eraAt(ctx, end);
      if (era) {
        fields.bc = era[0];
        end = era[1];
      }
    }
    let first = i;
    const before = word(ctx, i - 1);
    const lean = LEANS.get(before);
    if (lean !== undefined) first -= word(ctx, i - 2) === 'the' && before !== 'this' && before !== 'that' ? 2 : 1;
    else if (before === 'the') first--;
    else if (year === undefined && !['in', 'during', 'by', 'until', 'since', 'through', 'early', 'late', 'mid', 'and', 'or', 'of'].includes(before) && !isCapitalized(ctx, i) && !(w !== 'fall' && w !== 'spring') && !SEASON_NOUNS.has(word(ctx, i + 1))) return null;
    if (w === 'fall' && word(ctx, i + 1) === 'of' && year === undefined) return null;
    // "institutions that fall short", "prices that fall sharply": the verb after a relative "that"
    if (w === 'fall' && before === 'that' && isWord(ctx, i + 1) && !isCapitalized(ctx, i + 1) && !AFTER_THAT_SEASON.has(word(ctx, i + 1))) return null;
    // "this summer or fall": a fall listed after another season is the season too
    const listedSeason = (before === 'or' || before === 'and') && SEASONS.has(word(ctx, i - 2));
    // ("early fall", "by late fall", "until fall": the season after a word that introduces a time)
    if (w === 'fall' && year === undefined && lean === undefined && !FALL_CUES.has(before) && !listedSeason) return null;
    // "that summer" is the story's, in news too ("He joined in 1974. That summer he married"); "this summer" the report's
    const shift = lean === undefined || year !== undefined ? undefined : { unit: 'year' as const, amount: Math.abs(lean), direction: lean, anaphoric: before === 'that' };
    // "ended the following summer" counts from the story, in news too; "next summer" from the report there
    if (before === 'following' || before === 'next') {
      return candidate(first, end, reading('DATE', before === 'following' ? { fields, lean: 1, fromStory: true } : { fields, lean: 1 }), 'season');
    }
    if (before === 'last' || before === 'past' || before === 'previous') return candidate(first, end, reading('DATE', { fields, lean: -1 }), 'season');
    // "that winter": the story's winter, named like "the winter" by the year it ends in
    if (before === 'that' && fields.season === 'WI' && year === undefined) return candidate(first, end, reading('DATE', { fields, fromStory: true }), 'season');
    return candidate(first, end, reading('DATE', { fields, ...(shift && lean === 0 ? { shift } : {}) }), 'season');
  },
};
