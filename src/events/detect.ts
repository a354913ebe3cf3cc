/**
 * Finds trigger words in a sentence's tokens using the lexicon in triggers.ts, checks each rule's
 * conditions, and merges same-type triggers joined by "and" ("shot and killed") into one.
 */
import type { Token } from '../quantities/tokens.js';
import { BUSINESS_CONTEXT, INSTRUMENT_MODES, NON_VIOLENT_CAUSES, SPORTS_CONTEXT, TRIGGER_RULES, VERBAL_EVENT_TYPES, type TriggerRule } from './triggers.js';

export interface TriggerMatch {
  rule: TriggerRule;
  /** Token indexes: first and one past the last token of the trigger. */
  first: number;
  end: number;
  type: string;
  mode?: string;
}

interface IndexedPhrase {
  rule: TriggerRule;
  words: string[];
}

/** Phrases indexed by their first word, built once from the constant lexicon. */
const PHRASES_BY_FIRST_WORD: ReadonlyMap<string, readonly IndexedPhrase[]> = indexRules(TRIGGER_RULES);

function indexRules(rules: readonly TriggerRule[]): Map<string, IndexedPhrase[]> {
  const index = new Map<string, IndexedPhrase[]>();
  for (const rule of rules) {
    for (const form of rule.forms) {
      const words = form.split(' ');
      const list = index.get(words[0]) ?? [];
      list.push({ rule, words });
      index.set(words[0], list);
    }
  }
  // Longest phrases first, so "suicide bombing" wins over "bombing".
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

const DEFAULT_WINDOW = 3;
const MERGE_JOINERS = new Set(['and', ',', 'or']);
/**
 * Each trigger costs time in proportion to its sentence, so a cap keeps the whole scan linear.
 * No prose sentence reports this many events; beyond it the text is a list or noise.
 */
const MAX_TRIGGERS_PER_SENTENCE = 40;

/** The triggers in one sentence, in order, not overlapping. */
export function findTriggers(tokens: readonly Token[]): TriggerMatch[] {
  const matches: TriggerMatch[] = [];
  // Most sentences hold no trigger word: their context is never needed, so it is read on demand.
  let context: SentenceContext | undefined;
  const contextOf = (): SentenceContext => (context ??= sentenceContext(tokens));
  let i = 0;
  while (i < tokens.length && matches.length < MAX_TRIGGERS_PER_SENTENCE) {
    const match = matchAt(tokens, i, contextOf);
    if (match) {
      if (!match.rule.blocks) matches.push(match);
      i = match.end;
    } else i += 1;
  }
  return mergeJoined(tokens, matches);
}

interface SentenceContext {
  nonViolent: boolean;
  sport: boolean;
  business: boolean;
  instrument: string | undefined;
}

/** What the whole sentence says about its triggers, in one pass over its words. */
function sentenceContext(tokens: readonly Token[]): SentenceContext {
  const context: SentenceContext = { nonViolent: false, sport: false, business: false, instrument: undefined };
  const modes = new Set<string>();
  for (const { lower } of tokens) {
    if (NON_VIOLENT_CAUSES.has(lower)) context.nonViolent = true;
    if (SPORTS_CONTEXT.has(lower)) context.sport = true;
    if (BUSINESS_CONTEXT.has(lower)) context.business = true;
    const mode = MODE_OF_INSTRUMENT.get(lower);
    if (mode) modes.add(mode);
  }
  // The one weapon family the sentence names, if it names exactly one.
  if (modes.size === 1) context.instrument = [...modes][0];
  return context;
}

/** INSTRUMENT_MODES as a Map of its own entries: fast on any word, and blind to Object.prototype. */
const MODE_OF_INSTRUMENT: ReadonlyMap<string, string> = new Map(Object.entries(INSTRUMENT_MODES));

function matchAt(tokens: readonly Token[], i: number, contextOf: () => SentenceContext): TriggerMatch | undefined {
  const candidates = PHRASES_BY_FIRST_WORD.get(tokens[i].lower);
  if (!candidates) return undefined;
  for (const { rule, words } of candidates) {
    const end = i + words.length;
    if (end > tokens.length || !words.every((word, k) => tokens[i + k].lower === word)) continue;
    if (rule.lowercaseOnly && tokens[i].text !== tokens[i].lower) continue;
    const context = contextOf();
    if (rule.violent && context.nonViolent) continue;
    if (rule.playable && context.sport) continue;
    if (context.business && VERBAL_EVENT_TYPES.has(rule.type)) continue;
    if (!conditionsHold(tokens, rule, i, end)) continue;
    const mode = rule.instrumentMode ? context.instrument ?? rule.mode : rule.mode;
    const match: TriggerMatch = { rule, first: i, end, type: rule.type };
    if (mode) match.mode = mode;
    return match;
  }
  return undefined;
}

function conditionsHold(tokens: readonly Token[], rule: TriggerRule, first: number, end: number): boolean {
  const window = rule.window ?? DEFAULT_WINDOW;
  const after = wordsIn(tokens, end, Math.min(tokens.length, end + window));
  const before = wordsIn(tokens, Math.max(0, first - window), first);
  if (rule.followedBy && !rule.followedBy.some((w) => after.has(w))) return false;
  if (rule.notFollowedBy && rule.notFollowedBy.some((w) => after.has(w))) return false;
  if (rule.precededBy && !rule.precededBy.some((w) => before.has(w))) return false;
  if (rule.notPrecededBy && rule.notPrecededBy.some((w) => before.has(w))) return false;
  return true;
}

function wordsIn(tokens: readonly Token[], from: number, to: number): Set<string> {
  const words = new Set<string>();
  for (let k = from; k < to; k += 1) words.add(tokens[k].lower);
  return words;
}

/** "shot and killed": two triggers of one type joined by a conjunction tell one event. */
function mergeJoined(tokens: readonly Token[], matches: TriggerMatch[]): TriggerMatch[] {
  const merged: TriggerMatch[] = [];
  for (const match of matches) {
    const previous = merged[merged.length - 1];
    const between = previous ? tokens.slice(previous.end, match.first) : [];
    // "protest march", "shot and killed": adjacent or coordinated triggers of one type.
    // "attacked them with clubs and tear gas": the weapon named after "with" belongs to the attack.
    const instrument = previous && previous.type === match.type && match.rule.pos === 'noun' && match.first - previous.end <= 6 && between.some((t) => t.lower === 'with');
    if (instrument) continue;
    // A sentence tells of one meeting: "met at Camp David for twelve days of negotiations".
    if (match.type === 'CONSULT' && merged.some((m) => m.type === 'CONSULT')) continue;
    const sameMode = !previous?.mode || !match.mode || previous.mode === match.mode;
    const joined = previous && previous.type === match.type && sameMode && between.length <= 2 && between.every((t) => MERGE_JOINERS.has(t.lower));
    if (joined) {
      if (!previous.mode && match.mode) previous.mode = match.mode;
      previous.end = match.end;
      continue;
    }
    merged.push({ ...match });
  }
  return merged;
}
