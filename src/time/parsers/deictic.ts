/** "today", "yesterday", "tomorrow", "now", "recently", "the future": words pointing from now. */
import { candidate, isCapitalized, mark, reading, isWord, startsSentence, word, type Parser } from '../grammar.js';
import type { Candidate } from '../types.js';

const DAYS: ReadonlyMap<string, number> = new Map([['today', 0], ['yesterday', -1], ['tomorrow', 1]]);

/** One-word references to the present, past or future. */
const REFS: ReadonlyMap<string, string> = new Map([
  ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['current', 'PRESENT_REF'], ['nowadays', 'PRESENT_REF'],
  ['recently', 'PAST_REF'], ['recent', 'PAST_REF'], ['lately', 'PAST_REF'], ['formerly', 'PAST_REF'], ['former', 'PAST_REF'],
  ['soon', 'FUTURE_REF'], ['future', 'FUTURE_REF'], ['past', 'PAST_REF'], ['present', 'PRESENT_REF'],
  ['once', 'PAST_REF'], ['previously', 'PAST_REF'], ['earlier', 'PAST_REF'], ['later', 'FUTURE_REF'],
]);

/** Words after "the past" that keep it a noun phrase. */
const FOLLOWERS = new Set(['and', 'or', 'of', 'is', 'was', 'will', 'but', 'as', 'that', 'when', 'to', 'with', 'for', 'in', 'on', 'at', 'has', 'had', 'have', 'are', 'were', 'would', 'could', 'they', 'we', 'he', 'she', 'it', 'i', 'you']);

/** Words that follow "current"/"recent"/"former" when they are time expressions by themselves. */
function parseRef(ctx: Parameters<Parser['parse']>[0], i: number): Candidate | null {
  const w = word(ctx, i);
  const literal = REFS.get(w);
  if (literal === undefined) return null;
  const before = word(ctx, i - 1);
  const after = word(ctx, i + 1);
  switch (w) {
    case 'future':
      if (before === 'the') return candidate(i - 1, i + 1, reading('DATE', after === 'of' ? { literal, narrativeOnly: true } : { literal }), 'ref');
      // "future plans": history annotation tags the adjective, news annotation does not
      return candidate(i, i + 1, reading('DATE', { literal, narrativeOnly: true }), 'ref');
    case 'recent':
      if (before === 'the' || before === 'a' || before === 'most') return null;
      return candidate(i, i + 1, reading('DATE', { literal }), 'ref');
    case 'soon':
      // ("too soon to know", "how soon": a judgement of timing, no time ahead)
      if (before === 'as' || before === 'too' || before === 'how' || after === 'after' || after === 'as' || after === 'thereafter') return null;
      return candidate(i, i + 1, reading('DATE', { literal, newsOnly: true }), 'ref');
    case 'past':
    case 'present':
      // "the past", "the present": the noun, not "past two years" or "the present system".
      if (before !== 'the') return null;
      if (after && !FOLLOWERS.has(after)) return null;
      return candidate(i - 1, i + 1, reading('DATE', { literal }), 'ref');
    case 'previously':
    case 'once':
    case 'earlier':
    case 'later':
    case 'former':
    case 'formerly':
      return null;
    case 'recently':
      // "as recently as October": the date is the time expression, the words around it a bound
      if (before === 'as' && after === 'as') return null;
      return candidate(i, i + 1, reading('DATE', { literal }), 'ref');
    case 'current':
      // "the current account" (a balance of payments), "current-carrying", "gold for current delivery" (spot): no reference to now
      if (after === 'account' || after === 'accounts' || after === 'delivery' || mark(ctx, i + 1) === '-') return null;
      return candidate(i, i + 1, reading('DATE', { literal }), 'ref');
    case 'now':
      // "This is VOA News Now": a programme's name
      if (isCapitalized(ctx, i) && before === 'news' && isCapitalized(ctx, i - 1)) return null;
      // "still sat in now and then": now and again, an idiom of "at times"
      if (after === 'and' && (word(ctx, i + 2) === 'then' || word(ctx, i + 2) === 'again')) return null;
      if (after === 'that' || before === 'until' || before === 'from' || before === 'by' || before === 'till' || before === 'right') return candidate(before === 'right' ? i - 1 : i, i + 1, reading('DATE', { literal }), 'ref');
      return candidate(i, i + 1, reading('DATE', { literal }), 'ref');
    default:
      return candidate(i, i + 1, reading('DATE', { literal }), 'ref');
  }
}

/** "these days", "the near term": set phrases pointing at now or later ("in the long run" is an idiom for "eventually", left untagged). */
const PHRASES: readonly [readonly string[], string][] = [
  [['these', 'days'], 'PRESENT_REF'], [['the', 'near', 'term'], 'FUTURE_REF'], [['the', 'short', 'term'], 'FUTURE_REF'],
  [['the', 'long', 'term'], 'FUTURE_REF'], [['the', 'near', 'future'], 'FUTURE_REF'],
  [['at', 'present'], 'PRESENT_REF'], [['present', '-', 'day'], 'PRESENT_REF'], [['modern', '-', 'day'], 'PRESENT_REF'], [['modern', 'day'], 'PRESENT_REF'], [['to', 'date'], 'PRESENT_REF'], [['the', 'present', 'time'], 'PRESENT_REF'],
  // "from 1990 to the present", "2015 to present" (not "to present the award")
  [['to', 'the', 'present'], 'PRESENT_REF'], [['to', 'present'], 'PRESENT_REF'],
];

/**
 * The phrases by their last word, which wakes the parser: "the" and "to" are everywhere, "term" and
 * "date" are not. The phrase is then matched backwards from there.
 */
const PHRASES_BY_LAST: ReadonlyMap<string, readonly (readonly [readonly string[], string])[]> = (() => {
  const byLast = new Map<string, [readonly string[], string][]>();
  for (const phrase of PHRASES) {
    const last = phrase[0][phrase[0].length - 1];
    byLast.set(last, [...(byLast.get(last) ?? []), phrase]);
  }
  return byLast;
})();

/** Words before "to date" that make it no reference to now ("up to date", "year-to-date"). */
const NOT_TO_DATE = new Set(['up', 'year', 'month', 'quarter', 'week']);

export const phraseParser: Parser = {
  name: 'phrase',
  triggers: [...PHRASES_BY_LAST.keys()],
  parse: (ctx, i) => {
    for (const [words, literal] of PHRASES_BY_LAST.get(word(ctx, i)) ?? []) {
      const start = i - words.length + 1;
      let k = 0;
      while (k < words.length && (word(ctx, start + k) || mark(ctx, start + k)) === words[k]) k++;
      if (k < words.length) continue;
      // "to date" is no time in "to date her", nor "to present" in "to present the award"
      if (words[0] === 'to' && isWord(ctx, i + 1) && !['and', 'or', 'but'].includes(word(ctx, i + 1))) continue;
      // "up to date" is current, not a time; "year to date" a stretch counted from the year's start
      const before = word(ctx, start - 1) || (mark(ctx, start - 1) === '-' ? word(ctx, start - 2) : '');
      if (words[0] === 'to' && NOT_TO_DATE.has(before)) continue;
      return candidate(words[0] === 'at' || words[0] === 'to' ? start + 1 : start, i + 1, reading('DATE', { literal }), 'phrase');
    }
    return null;
  },
};

export const refParser: Parser = { name: 'ref', triggers: [...REFS.keys()], parse: parseRef };

/** Nouns after "today's" that make it the present age, not the day: "today's world", "today's youth". */
const GENERIC_NOUNS = new Set(['world', 'youth', 'society', 'generation', 'children', 'young', 'kids', 'students', 'standards', 'personal', 'modern', 'global', 'economy', 'culture']);

/** Capitalised words before "Today" that leave it the day: "Until Today", "And Today". */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'until', 'since', 'from', 'by', 'as', 'of', 'for', 'so', 'even', 'only', 'still', 'yet']);

/** Nouns after a capitalised "the Today" that make it a programme's name. */
const PROGRAMME_NOUNS: ReadonlySet<string> = new Set(['program', 'programme', 'show', 'broadcast', 'newspaper', 'paper']);

export const dayWordParser: Parser = {
  name: 'dayWord',
  triggers: [...DAYS.keys()],
  parse: (ctx, i) => {
    if (mark(ctx, i + 1) === "'" && word(ctx, i + 2) === 's' && GENERIC_NOUNS.has(word(ctx, i + 3))) return null;
    // "USA Today", "Psychology Today": a title, when a capitalised word stands right before it
    // (not opening a caption after its credit: "Getty Images Today, many lots are empty")
    if (isCapitalized(ctx, i) && isCapitalized(ctx, i - 1) && isWord(ctx, i - 1) && ctx.tokens.spaced(i) && !startsSentence(ctx, i) && !SENTENCE_OPENERS.has(word(ctx, i - 1))) return null;
    // "the Today program", "the Today show": a programme's name
    // ("NBC's Today show": after a possessive too)
    if (isCapitalized(ctx, i) && (word(ctx, i - 1) === 'the' || (word(ctx, i - 1) === 's' && mark(ctx, i - 2) === "'")) && PROGRAMME_NOUNS.has(word(ctx, i + 1))) return null;
    // ("it will feel like yesterday", "seems like only yesterday": an idiom of nearness in memory)
    if (word(ctx, i) === 'yesterday' && likeYesterday(ctx, i)) return null;
    const amount = DAYS.get(word(ctx, i)) ?? 0;
    return candidate(i, i + 1, reading('DATE', { shift: { unit: 'day', amount: Math.abs(amount), direction: Math.sign(amount) as -1 | 0 | 1 } }), 'dayWord');
  },
};

/** Verbs of seeming before "like yesterday": "feels like yesterday", "seemed like only yesterday". */
const SEEMING: ReadonlySet<string> = new Set(['feel', 'feels', 'felt', 'seem', 'seems', 'seemed', 'look', 'looks', 'looked', 'was', 'is']);

function likeYesterday(ctx: Parameters<Parser['parse']>[0], i: number): boolean {
  const like = word(ctx, i - 1) === 'only' || word(ctx, i - 1) === 'just' ? i - 2 : i - 1;
  return word(ctx, like) === 'like' && SEEMING.has(word(ctx, like - 1));
}
