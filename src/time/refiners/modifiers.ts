/**
 * Widens a hit over the modifier words before it and records the TIMEX3 mod: "early 1956" (START),
 * "the end of 1990" (END), "mid-1990s" (MID), "more than 20 years" (MORE_THAN).
 */
import { countAt, glued, mark, word, type Ctx } from '../grammar.js';
import { withCandidate, withReading, type Candidate } from '../types.js';
import { NUM } from '../tokens.js';

interface Modifier {
  words: readonly string[];
  mod: string;
  /** Which readings it may widen. */
  on: 'point' | 'length' | 'any';
  /** False when TimeBank keeps the word outside the tag ("about five hours"). */
  inside: boolean;
}

/** "the <adjective> <part> of": START after the opening adjectives, END after the closing ones. */
function partsOf(opening: readonly string[], closing: readonly string[], parts: readonly string[]): Modifier[] {
  const adjectives = [...opening.map((adjective) => ({ adjective, mod: 'START' })), ...closing.map((adjective) => ({ adjective, mod: 'END' }))];
  return adjectives.flatMap(({ adjective, mod }) => parts.map((part): Modifier => ({ words: ['the', adjective, part, 'of'], mod, on: 'point', inside: true })));
}

/**
 * "the closing months of 1989", "the first weeks of 1945" (not "the early hours of": news annotation
 * tags only the day after it); "the first half of the 19th century", "the last quarter of".
 */
const PART_PHRASES: readonly Modifier[] = [
  ...partsOf(['first', 'early', 'opening'], ['closing', 'final', 'last', 'late', 'dying'], ['days', 'weeks', 'months', 'years']),
  ...partsOf(['first', 'early'], ['second', 'last', 'final', 'latter'], ['half', 'quarter', 'decade', 'decades']),
];

/** Longer phrases first so "the end of" wins over "end of". */
const MODIFIERS: readonly Modifier[] = [
  ...PART_PHRASES,
  { words: ['the', 'end', 'of'], mod: 'END', on: 'point', inside: true },
  { words: ['the', 'close', 'of'], mod: 'END', on: 'point', inside: true },
  { words: ['the', 'beginning', 'of'], mod: 'START', on: 'point', inside: true },
  { words: ['the', 'start', 'of'], mod: 'START', on: 'point', inside: true },
  { words: ['the', 'middle', 'of'], mod: 'MID', on: 'point', inside: true },
  { words: ['the', 'turn', 'of'], mod: 'START', on: 'point', inside: true },
  { words: ['the', 'latter', 'part', 'of'], mod: 'END', on: 'point', inside: true },
  { words: ['the', 'later', 'part', 'of'], mod: 'END', on: 'point', inside: true },
  { words: ['the', 'early', 'part', 'of'], mod: 'START', on: 'point', inside: true },
  { words: ['end', 'of'], mod: 'END', on: 'point', inside: true },
  { words: ['beginning', 'of'], mod: 'START', on: 'point', inside: true },
  { words: ['early', 'on'], mod: 'START', on: 'point', inside: false },
  { words: ['late', 'on'], mod: 'END', on: 'point', inside: false },
  { words: ['early', 'in'], mod: 'START', on: 'point', inside: true },
  { words: ['late', 'in'], mod: 'END', on: 'point', inside: true },
  { words: ['earlier', 'in'], mod: 'START', on: 'point', inside: true },
  { words: ['later', 'in'], mod: 'END', on: 'point', inside: true },
  { words: ['the', 'early'], mod: 'START', on: 'point', inside: true },
  { words: ['the', 'late'], mod: 'END', on: 'point', inside: true },
  { words: ['the', 'mid'], mod: 'MID', on: 'point', inside: true },
  { words: ['early'], mod: 'START', on: 'point', inside: true },
  { words: ['late'], mod: 'END', on: 'point', inside: true },
  { words: ['mid'], mod: 'MID', on: 'point', inside: true },
  { words: ['earlier'], mod: 'START', on: 'point', inside: true },
  { words: ['later'], mod: 'END', on: 'point', inside: true },
  // "no more than five years" bounds it from above: the negation is read first
  { words: ['no', 'more', 'than'], mod: 'EQUAL_OR_LESS', on: 'length', inside: true },
  { words: ['not', 'more', 'than'], mod: 'EQUAL_OR_LESS', on: 'length', inside: true },
  { words: ['no', 'longer', 'than'], mod: 'EQUAL_OR_LESS', on: 'length', inside: true },
  { words: ['no', 'less', 'than'], mod: 'EQUAL_OR_MORE', on: 'length', inside: true },
  { words: ['not', 'less', 'than'], mod: 'EQUAL_OR_MORE', on: 'length', inside: true },
  { words: ['no', 'fewer', 'than'], mod: 'EQUAL_OR_MORE', on: 'length', inside: true },
  { words: ['more', 'than'], mod: 'MORE_THAN', on: 'length', inside: true },
  { words: ['less', 'than'], mod: 'LESS_THAN', on: 'length', inside: true },
  { words: ['fewer', 'than'], mod: 'LESS_THAN', on: 'length', inside: true },
  { words: ['at', 'least'], mod: 'EQUAL_OR_MORE', on: 'length', inside: true },
  { words: ['at', 'most'], mod: 'EQUAL_OR_LESS', on: 'length', inside: true },
  { words: ['up', 'to'], mod: 'EQUAL_OR_LESS', on: 'length', inside: false },
  { words: ['nearly'], mod: 'LESS_THAN', on: 'length', inside: true },
  { words: ['almost'], mod: 'LESS_THAN', on: 'length', inside: true },
  { words: ['around'], mod: 'APPROX', on: 'any', inside: true },
  { words: ['circa'], mod: 'APPROX', on: 'point', inside: true },
  { words: ['ca', '.'], mod: 'APPROX', on: 'point', inside: true },
  { words: ['c', '.'], mod: 'APPROX', on: 'point', inside: true },
  { words: ['approximately'], mod: 'APPROX', on: 'any', inside: true },
  { words: ['roughly'], mod: 'APPROX', on: 'any', inside: true },
  { words: ['about'], mod: 'APPROX', on: 'any', inside: false },
  // only before a single unit or after a qualifier: "over a month", "just over three days", "some
  // three weeks" (not "over the past decade"; "over three years" alone is mostly across them)
  { words: ['over'], mod: 'MORE_THAN', on: 'length', inside: true },
  { words: ['under'], mod: 'LESS_THAN', on: 'length', inside: true },
  { words: ['some'], mod: 'APPROX', on: 'length', inside: true },
];

/** Words before "about" that make it the preposition: "talk about 1989", "worried about next year". */
const ABOUT_AS_PREPOSITION: ReadonlySet<string> = new Set([
  'talk', 'talks', 'talked', 'talking', 'speak', 'spoke', 'spoken', 'think', 'thinks', 'thought', 'thinking', 'write', 'wrote', 'written',
  'writing', 'know', 'knew', 'known', 'learn', 'learned', 'remember', 'forget', 'ask', 'asked', 'asking', 'worry', 'worried', 'concerned',
  'optimistic', 'pessimistic', 'upbeat', 'cautious', 'confident', 'nervous', 'film', 'book', 'story', 'stories', 'questions', 'nothing',
  'something', 'anything', 'much', 'little', 'more', 'less', 'care', 'cared', 'feel', 'felt', 'hear', 'heard', 'read', 'told', 'tell',
  'worries', 'concern', 'concerns', 'doubts', 'warning', 'warnings', 'comments',
]);

/** Verbs whose particle "around" is: "turn around next spring", "come around by Friday". */
const AROUND_AS_PARTICLE: ReadonlySet<string> = new Set(['turn', 'turns', 'turned', 'turning', 'come', 'comes', 'came', 'coming', 'bounce', 'bounced', 'swing', 'swung', 'get', 'got', 'go', 'went', 'stick', 'stuck', 'hang', 'hung', 'stay', 'stayed']);

/** Words before "over" or "under" that make it a bound on a count: "just over three days". */
const QUALIFIERS = new Set(['just', 'well', 'slightly', 'little']);

/** Words ending a counted move ("a year later", "a decade ago"), whose count a modifier may bound. */
const MOVE_WORDS = new Set(['later', 'ago', 'earlier', 'afterwards', 'afterward', 'after', 'before']);

function kindOf(ctx: Ctx, c: Candidate): 'point' | 'length' {
  const shift = c.reading.shift;
  if (c.reading.type === 'DURATION' || (shift?.amount !== undefined && shift.amount > 1 && shift.unit !== 'day')) return 'length';
  // "less than a year later": the count of a move is a length too, even a single one
  return shift?.amount !== undefined && MOVE_WORDS.has(word(ctx, c.last - 1)) ? 'length' : 'point';
}

/** Words ending an amount that "more than" compares: "15 percent more than a year earlier", "three times more than". */
const COMPARED_AMOUNTS: ReadonlySet<string> = new Set(['percent', 'points', 'times', 'million', 'billion']);

function amountCompared(ctx: Ctx, k: number): boolean {
  return COMPARED_AMOUNTS.has(word(ctx, k)) || mark(ctx, k) === '%' || ctx.tokens.kind(k) === NUM;
}

/** Index where `words` end right before token `at` (allowing "mid-" glued by a hyphen), or -1. */
function matchBefore(ctx: Ctx, at: number, words: readonly string[]): number {
  let k = at - 1;
  if (words[words.length - 1] === 'mid' && mark(ctx, k) === '-' && glued(ctx, at)) k--;
  for (let w = words.length - 1; w >= 0; w--, k--) if ((word(ctx, k) || mark(ctx, k)) !== words[w]) return -1;
  return k + 1;
}

/**
 * The modifiers by their last word, in the order above: only those ending in the word before a hit
 * can match, and a hit whose previous word ends none of them has no modifier.
 */
const BY_LAST_WORD: ReadonlyMap<string, readonly Modifier[]> = (() => {
  const byLast = new Map<string, Modifier[]>();
  for (const m of MODIFIERS) {
    const last = m.words[m.words.length - 1];
    byLast.set(last, [...(byLast.get(last) ?? []), m]);
  }
  return byLast;
})();

export function applyModifiers(ctx: Ctx, hits: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  // a modifier never reaches back into the hit before
  let floor = 0;
  for (const c of hits) {
    const result = orMore(ctx, modified(ctx, dayStepped(ctx, c, floor), floor));
    floor = result.last;
    out.push(result);
  }
  return out;
}

/**
 * "the day after Christmas", "the day before Thanksgiving", "the day after March 3": the day next to
 * a named day, one expression (a day of an event, "the day after the battle", is no hit to extend).
 */
function dayStepped(ctx: Ctx, c: Candidate, floor: number): Candidate {
  const f = c.reading.fields;
  const step = word(ctx, c.first - 1) === 'after' ? 1 : word(ctx, c.first - 1) === 'before' ? -1 : 0;
  if (step === 0 || word(ctx, c.first - 2) !== 'day' || word(ctx, c.first - 3) !== 'the' || c.first - 3 < floor) return c;
  if (c.reading.shift || c.reading.set || !(c.reading.holiday || (f.month !== undefined && f.day !== undefined))) return c;
  return withCandidate(c, { first: c.first - 3, reading: withReading(c.reading, { dayStep: step }) });
}

/** Words after "or" that bound a length: "a month or more", "three weeks or longer", "a week or so". */
const OR_BOUNDS: ReadonlyMap<string, string> = new Map([['more', 'EQUAL_OR_MORE'], ['longer', 'EQUAL_OR_MORE'], ['so', 'APPROX']]);

/** "a month or more", "a week or so": a length bounded by the words after it, which are taken in. */
function orMore(ctx: Ctx, c: Candidate): Candidate {
  const mod = word(ctx, c.last) === 'or' ? OR_BOUNDS.get(word(ctx, c.last + 1)) : undefined;
  if (!mod || c.reading.type !== 'DURATION' || c.reading.mod) return c;
  return withCandidate(c, { last: c.last + 2, reading: withReading(c.reading, { mod }) });
}

/** The hit with the modifier written before it, if any, starting no earlier than `floor`. */
function modified(ctx: Ctx, c: Candidate, floor: number): Candidate {
  // a word, or the word before "mid-", or the stop of "ca."
  const stop = mark(ctx, c.first - 1);
  const before = word(ctx, c.first - 1) || (stop === '-' ? word(ctx, c.first - 2) : stop);
  const candidates = BY_LAST_WORD.get(before);
  // most hits have none: the rare reading stays a function of its own, which V8 compiles apart
  return candidates ? withModifier(ctx, c, floor, candidates) : c;
}

function withModifier(ctx: Ctx, c: Candidate, floor: number, modifiers: readonly Modifier[]): Candidate {
  const kind = kindOf(ctx, c);
  // Every test below is made on every call, whichever modifier needs it: V8 threw the compiled
  // function away each time a document first reached a test it had not run before.
  // "around Wednesday's ruling": a preposition before a possessive, not an approximation
  const possessive = mark(ctx, c.last) === "'" && word(ctx, c.last + 1) === 's';
  // "some three weeks"; "over a year" is more than one, but "over three years" mostly across them
  const counted = countAt(ctx, c.first) !== null;
  // "just over three days": the qualifier stays outside, as the annotations leave it
  // ("slightly over the next 48 hours" is across them: a qualified bound is on a count)
  // ("for over four months" is a bound too: "for" already makes it a length)
  const bounded = word(ctx, c.first) === 'a' || word(ctx, c.first) === 'an' || ((QUALIFIERS.has(word(ctx, c.first - 2)) || word(ctx, c.first - 2) === 'for') && counted);
  // "earlier Monday", "later this week": alone, these words widen only a weekday or the current period
  const current = c.reading.shift?.direction === 0 || c.reading.fields.weekday !== undefined;
  for (const m of modifiers) {
    if (m.on !== 'any' && m.on !== kind) continue;
    if (m.mod === 'APPROX' && (possessive || (m.words[0] === 'about' && ABOUT_AS_PREPOSITION.has(word(ctx, c.first - 2))))) continue;
    // "the economy will turn around next spring": the particle of a verb, no approximation
    if (m.words[0] === 'around' && AROUND_AS_PARTICLE.has(word(ctx, c.first - 2))) continue;
    const first = m.words[0];
    // "under two hours" is a bound whatever the count ("over three years" mostly across them)
    if ((first === 'some' && !counted) || (first === 'over' && !bounded) || (first === 'under' && !bounded && !counted)) continue;
    if (m.words.length === 1 && (first === 'earlier' || first === 'later') && !current) continue;
    const start = matchBefore(ctx, c.first, m.words);
    if (start < 0 || start < floor) continue;
    // ("15.2 percent more than a year earlier": an amount compared with the one then, no bound on the time)
    if ((first === 'more' || first === 'less') && amountCompared(ctx, start - 1)) continue;
    return withCandidate(c, { first: m.inside ? start : c.first, reading: withReading(c.reading, { mod: m.mod }) });
  }
  return c;
}
