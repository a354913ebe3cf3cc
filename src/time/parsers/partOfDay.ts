/** "morning", "this evening", "tonight", "the night", "overnight": parts of a day. */
import { PARTS_OF_DAY, WEEKDAYS } from '../lexicon.js';
import { titleWithPart } from './weekday.js';
import { candidate, glued, hyphenAt, isCapitalized, isWord, mark, reading, word, type Ctx, type Parser } from '../grammar.js';

/** Nouns after "overnight" that make it a term of money market lending. */
const LOAN_WORDS = new Set(['rate', 'rates', 'lending', 'loan', 'loans', 'deposit', 'deposits', 'repo', 'repos', 'funds', 'borrowing', 'interbank', 'money', 'index', 'libor']);

/** Programmes named by a part of day: "the evening news", "the morning show". */
const PROGRAMMES = new Set(['news', 'newscast', 'newscasts', 'show', 'shows', 'edition', 'editions', 'programme', 'program', 'bulletin', 'paper', 'papers']);

/** Turns of work named by a part of day: "worked the night shift". */
const WORK_TURNS: ReadonlySet<string> = new Set(['shift', 'shifts']);

/** Nouns "overnight" qualifies as of no night in particular: "overnight lows", "an overnight success", "overnight stays". */
const OVERNIGHT_KINDS = new Set(['low', 'lows', 'high', 'highs', 'temperature', 'temperatures', 'success', 'sensation', 'star', 'stay', 'stays', 'trip', 'trips', 'flight', 'flights', 'train', 'trains', 'express', 'bus', 'buses', 'ferry', 'ferries', 'bag', 'guest', 'guests', 'shift', 'shifts', 'parking', 'delivery', 'shipping', 'camp', 'visit', 'visits']);

/** Nouns after "night's" that make it a length of rest, not a night of the story. */
const REST_WORDS: ReadonlySet<string> = new Set(['sleep', 'rest']);

/** "day and night", "night or day". */
const DAY_PAIRED: ReadonlySet<string> = new Set(['and', 'or']);

/** Words before "night" that count nights rather than name one: "a night", "per night", "a single night". */
const COUNTING: ReadonlySet<string> = new Set(['a', 'per', 'single']);

/** Parts of day that, with no determiner, may be meant of no day in particular. */
const GENERIC_PARTS = new Set(['morning', 'afternoon', 'evening', 'night', 'daytime', 'nighttime']);

/** Words after a part of day that show it is not a noun qualifier ("night he", "night of", "night fell"). */
const NOT_QUALIFIED = new Set([
  'of', 'and', 'or', 'but', 'nor', 'to', 'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her',
  'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'there', 'was', 'were', 'is', 'are', 'be',
  'been', 'had', 'has', 'have', 'would', 'will', 'could', 'should', 'might', 'may', 'can', 'did', 'do', 'does',
  'when', 'while', 'as', 'after', 'before', 'until', 'since', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into',
  'over', 'through', 'during', 'against', 'not', 'so', 'then', 'than', 'which', 'who', 'where', 'all', 'both',
  'fell', 'came', 'broke', 'approached', 'arrived', 'passed', 'wore', 'drew', 'descended', 'set', 'falls', 'comes',
  // quantifiers open the clause after it: "by mid-morning some men had fallen"
  'some', 'several', 'many', 'most', 'few', 'no', 'every', 'each', 'only', 'nearly', 'almost', 'about', 'around', 'roughly', 'more', 'another',
]);

/** Day words that may follow "dawn" as its day ("at dawn today"), not a noun it qualifies. */
const DAYS_AFTER_EDGE: ReadonlySet<string> = new Set(['today', 'tomorrow', 'yesterday', 'tonight', ...WEEKDAYS.keys()]);

/** Nouns after a part of day that make it a session of the report's day ("morning trading"). */
const SESSION_WORDS: ReadonlySet<string> = new Set(['trading', 'trade', 'session', 'dealings']);

/** "a night-time retreat", "a night raid": the part of day qualifies the noun after it. */
function qualifiesNoun(ctx: Ctx, i: number): boolean {
  if (mark(ctx, i + 1) === '-' && glued(ctx, i + 1)) return true;
  const after = word(ctx, i + 1);
  return after !== '' && !isCapitalized(ctx, i + 1) && !NOT_QUALIFIED.has(after);
}

/**
 * "at night", "in daytime", "night attacks", "afternoon tea", "night-marched": a part of day with
 * no determiner and no day, told of no day in particular. "Friday night" still names Friday (the
 * merge takes the day's reading), and "night fell" or "the night of 22 June" a day of the story.
 */
function usedOfNoDay(ctx: Ctx, i: number): boolean {
  // "in afternoon trading": a market report's own day
  if (SESSION_WORDS.has(word(ctx, i + 1))) return false;
  // "By mid-morning crowds had gathered": the middle of the story's day
  if (hyphenAt(ctx, i - 1) && word(ctx, i - 2) === 'mid') return false;
  const before = word(ctx, i - 1);
  if (before === 'at' || before === 'in') return true;
  if (mark(ctx, i + 1) === '-' && glued(ctx, i + 1) && word(ctx, i + 2) !== '') return true;
  return qualifiesNoun(ctx, i);
}

export const partOfDayParser: Parser = {
  name: 'partOfDay',
  triggers: [...PARTS_OF_DAY.keys(), 'tonight'],
  parse: (ctx, i) => {
    const w = word(ctx, i);
    // "ABC World News Tonight": a programme's title
    if (w === 'tonight' && isCapitalized(ctx, i) && isCapitalized(ctx, i - 1) && isWord(ctx, i - 1) && ctx.tokens.spaced(i) && !ctx.tokens.newline(i) && word(ctx, i - 1) === 'news') return null;
    if (w === 'tonight') return candidate(i, i + 1, reading('TIME', { fields: { partOfDay: 'NI' }, shift: { unit: 'day', amount: 0, direction: 0 } }), 'partOfDay');
    const partOfDay = PARTS_OF_DAY.get(w);
    if (partOfDay === undefined) return null;
    // "Saturday Night Live", "Monday Night Football": inside a programme's title
    if (WEEKDAYS.has(word(ctx, i - 1)) && isCapitalized(ctx, i - 1) && titleWithPart(ctx, i)) return null;
    // "overnight rates", "overnight lending": the term of a loan, not a night
    // ("the overnight federal funds rate": a word may stand between)
    if (w === 'overnight' && (LOAN_WORDS.has(word(ctx, i + 1)) || OVERNIGHT_KINDS.has(word(ctx, i + 1)) || (word(ctx, i - 1) === 'the' && LOAN_WORDS.has(word(ctx, i + 2))))) return null;
    // "an all-night vigil": all of some night, no night of the story
    // ("late-night noise", "Late-Night Sound": an adjective of a kind of thing)
    if (hyphenAt(ctx, i - 1) && (word(ctx, i - 2) === 'all' || (word(ctx, i - 2) === 'late' && isWord(ctx, i + 1)))) return null;
    // "the dawn service", "a dusk patrol": a kind of thing named after the hour
    if ((w === 'dawn' || w === 'dusk' || w === 'daybreak' || w === 'nightfall') && qualifiesNoun(ctx, i) && !DAYS_AFTER_EDGE.has(word(ctx, i + 1))) return null;
    // "the evening news", "the morning show": a programme of every such part of day; "the night shift" a turn of work
    if (word(ctx, i - 1) === 'the' && (PROGRAMMES.has(word(ctx, i + 1)) || WORK_TURNS.has(word(ctx, i + 1)))) return null;
    // "Good night.", "Good afternoon, everyone": greetings; "a full night's sleep": a length of rest
    if (word(ctx, i - 1) === 'good' || (mark(ctx, i + 1) === "'" && word(ctx, i + 2) === 's' && REST_WORDS.has(word(ctx, i + 3)))) return null;
    // "day and night": all the time; "20 sorties a night", "in a single night": a rate or a length, no night of the story
    if (w === 'night' && (DAY_PAIRED.has(word(ctx, i - 1)) ? word(ctx, i - 2) === 'day' : DAY_PAIRED.has(word(ctx, i + 1)) && word(ctx, i + 2) === 'day')) return null;
    if (w === 'night' && COUNTING.has(word(ctx, i - 1)) && !qualifiesNoun(ctx, i)) return null;
    // "night-time" is split at its hyphen by the tokenizer
    const end = w === 'night' && hyphenAt(ctx, i + 1) && word(ctx, i + 2) === 'time' ? i + 3 : i + 1;
    let first = i;
    const before = word(ctx, i - 1);
    if (before === 'this' || before === 'that' || before === 'the' || before === 'same') first--;
    if (before === 'early' || before === 'late') {
      first--;
      if (word(ctx, i - 2) === 'the' || word(ctx, i - 2) === 'this' || word(ctx, i - 2) === 'that') first--;
    }
    if (word(ctx, first - 1) === 'that' || word(ctx, first - 1) === 'this' || word(ctx, first - 1) === 'the') {
      if (word(ctx, first) === 'same') first--;
    }
    // "the next morning", "the following night", "the previous evening": a day from the story
    if (before === 'next' || before === 'following' || before === 'previous' || before === 'preceding') {
      const start = word(ctx, i - 2) === 'the' ? i - 2 : i - 1;
      const direction = before === 'next' || before === 'following' ? 1 : -1;
      return candidate(start, end, reading('TIME', { fields: { partOfDay }, shift: { unit: 'day', amount: 1, direction, anaphoric: true } }), 'partOfDay');
    }
    // "the night before.", "the morning after,": the part of the day before or after the story's
    // (only where the phrase ends: "the night before the battle" counts from the battle)
    const move = word(ctx, end);
    if (before === 'the' && (move === 'before' || move === 'after') && !isWord(ctx, end + 1)) {
      return candidate(i - 1, end + 1, reading('TIME', { fields: { partOfDay }, shift: { unit: 'day', amount: 1, direction: move === 'before' ? -1 : 1, anaphoric: true } }), 'partOfDay');
    }
    if (before === 'last' && (partOfDay === 'NI' || partOfDay === 'EV')) {
      return candidate(i - 1, end, reading('TIME', { fields: { partOfDay }, shift: { unit: 'day', amount: 1, direction: -1 } }), 'partOfDay');
    }
    if (first === i && GENERIC_PARTS.has(w) && usedOfNoDay(ctx, i)) return candidate(i, end, reading('TIME', { fields: { partOfDay }, generic: true }), 'partOfDay');
    // "this morning" is today's; "that night", "the same evening" the day the story tells
    // ("the same evening" is the day the story tells, as "that same evening" is)
    const det = word(ctx, first) === 'the' && word(ctx, first + 1) === 'same' ? 'same' : word(ctx, first);
    const shift = det === 'this' || det === 'that' || det === 'same' ? { unit: 'day' as const, amount: 0, direction: 0 as const, anaphoric: det !== 'this' } : undefined;
    // a bare "overnight" is the night into the report's day when told in the past (the tense decides)
    const lean = w === 'overnight' && first === i ? { lean: 0 as const } : {};
    // "the early afternoon", "the late evening": the modifier sits inside the phrase
    const inner = before === 'early' ? { mod: 'START' } : before === 'late' ? { mod: 'END' } : {};
    return candidate(first, end, reading('TIME', { fields: { partOfDay }, ...(shift ? { shift } : {}), ...lean, ...inner }), 'partOfDay');
  },
};
