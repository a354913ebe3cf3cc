/**
 * Finds trigger words in a sentence's tokens using the lexicon in triggers.ts, checks each rule's
 * conditions, and merges same-type triggers joined by "and" ("shot and killed") into one.
 */
import type { Token } from '../quantities/tokens.js';
import { WordFilter } from '../text/word-filter.js';
import { isPassiveAdverb } from '../text/passives.js';
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
  /** Whether matching needs the sentence context: the rule depends on the kind of sentence or on its weapons. */
  needsContext: boolean;
  followedBy?: ReadonlySet<string>;
  notFollowedBy?: ReadonlySet<string>;
  precededBy?: ReadonlySet<string>;
  notPrecededBy?: ReadonlySet<string>;
  aimedAt?: ReadonlySet<string>;
  notAimedAt?: ReadonlySet<string>;
  asVerbAfter?: ReadonlySet<string>;
}

/** Phrases indexed by their first word, built once from the constant lexicon. */
const PHRASES_BY_FIRST_WORD: ReadonlyMap<string, readonly IndexedPhrase[]> = indexRules(TRIGGER_RULES);

const FIRST_WORDS = new WordFilter(PHRASES_BY_FIRST_WORD.keys());

function phrasesStartingWith(word: string): readonly IndexedPhrase[] | undefined {
  return FIRST_WORDS.mayContain(word, 0, word.length) ? PHRASES_BY_FIRST_WORD.get(word) : undefined;
}

function indexRules(rules: readonly TriggerRule[]): Map<string, IndexedPhrase[]> {
  const index = new Map<string, IndexedPhrase[]>();
  for (const rule of rules) {
    for (const form of rule.forms) {
      const words = form.split(' ');
      // (the tokenizer splits "re-arrested" at its hyphen: a glued hyphen would match nothing and unsettle the sentence filter)
      if (words.some((word) => /[^\s-]-|-[^\s-]/.test(word))) throw new Error(`trigger lexicon: form '${form}' glues a hyphen; write it spaced ('re - arrested')`);
      const list = index.get(words[0]) ?? [];
      list.push(indexedPhrase(rule, words));
      index.set(words[0], list);
    }
  }
  // Longest phrases first, so "suicide bombing" wins over "bombing".
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

function indexedPhrase(rule: TriggerRule, words: string[]): IndexedPhrase {
  const needsContext = rule.violent === true || rule.playable === true || rule.sportOnly === true || rule.instrumentMode === true || isVerbal(rule);
  const phrase: IndexedPhrase = { rule, words, needsContext };
  if (rule.followedBy) phrase.followedBy = wordSet(rule.followedBy);
  if (rule.notFollowedBy) phrase.notFollowedBy = wordSet(rule.notFollowedBy);
  if (rule.precededBy) phrase.precededBy = wordSet(rule.precededBy);
  if (rule.notPrecededBy) phrase.notPrecededBy = wordSet(rule.notPrecededBy);
  if (rule.aimedAt) phrase.aimedAt = wordSet(rule.aimedAt);
  if (rule.notAimedAt) phrase.notAimedAt = wordSet(rule.notAimedAt);
  if (rule.asVerbAfter) phrase.asVerbAfter = wordSet(rule.asVerbAfter);
  return phrase;
}

/** The words a condition looks for, one token each: a phrase there could never match, so the lexicon may not hold one. */
function wordSet(words: readonly string[]): ReadonlySet<string> {
  const spaced = words.find((word) => word.includes(' '));
  if (spaced !== undefined) throw new Error(`trigger lexicon: context word '${spaced}' is a phrase; conditions match single tokens`);
  return new Set(words);
}

const DEFAULT_WINDOW = 3;
const MERGE_JOINERS = new Set(['and', ',', 'or']);
/**
 * Each trigger costs time in proportion to its sentence, so a cap keeps the whole scan linear.
 * No prose sentence reports this many events; beyond it the text is a list or noise.
 */
const MAX_TRIGGERS_PER_SENTENCE = 40;

export interface TriggerOptions {
  /**
   * Whether the sentences next to this one speak of sport: a match report names its sport in one
   * sentence and tells of "beating" and "attacking" in the next. Asked only when a play-like trigger
   * matches in a sentence with no sport word of its own.
   */
  sportNearby?: () => boolean;
}

/** The triggers in one sentence, in order, not overlapping. */
export function findTriggers(tokens: readonly Token[], options: TriggerOptions = {}): TriggerMatch[] {
  const matches: TriggerMatch[] = [];
  // Most sentences hold no trigger word: their context is never needed, so it is read on demand.
  let context: SentenceContext | undefined;
  const contextOf = (): SentenceContext => (context ??= sentenceContext(tokens));
  // The neighbours are read only if a play-like trigger asks, once.
  let nearby: boolean | undefined;
  const sportNearby = (): boolean => (nearby ??= options.sportNearby?.() ?? false);
  let i = 0;
  while (i < tokens.length && matches.length < MAX_TRIGGERS_PER_SENTENCE) {
    const match = matchAt(tokens, i, contextOf, sportNearby);
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

const NON_VIOLENT = 1;
const SPORT = 2;
const BUSINESS = 4;

interface ContextWord {
  kinds: number;
  mode: string | undefined;
}

/** Every word that tells something about a sentence, with what it tells: one lookup per token. */
const CONTEXT_WORDS: ReadonlyMap<string, ContextWord> = contextWords();
const CONTEXT_GATE = new WordFilter(CONTEXT_WORDS.keys());

function contextWords(): Map<string, ContextWord> {
  const words = new Map<string, ContextWord>();
  const entry = (word: string): ContextWord => {
    let found = words.get(word);
    if (!found) words.set(word, (found = { kinds: 0, mode: undefined }));
    return found;
  };
  for (const word of NON_VIOLENT_CAUSES) entry(word).kinds |= NON_VIOLENT;
  for (const word of SPORTS_CONTEXT) entry(word).kinds |= SPORT;
  for (const word of BUSINESS_CONTEXT) entry(word).kinds |= BUSINESS;
  // INSTRUMENT_MODES' own entries only: blind to Object.prototype.
  for (const [word, mode] of Object.entries(INSTRUMENT_MODES)) entry(word).mode = mode;
  return words;
}

/** Whether the words name a sport or its play ("match", "serve", "goalkeeper"). */
export function mentionsSport(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length; k += 1) {
    const lower = tokens[k].lower;
    if (CONTEXT_GATE.mayContain(lower, 0, lower.length) && (kindsAt(tokens, k, CONTEXT_WORDS.get(lower)) & SPORT) !== 0) return true;
  }
  return false;
}

/** Leagues of states, cities or parties: "the Holy League", "the Arab League", "the Hanseatic League". */
const POLITICAL_LEAGUES = new Set(['holy', 'arab', 'muslim', 'awami', 'catholic', 'hanseatic', 'delian', 'achaean', 'peloponnesian', 'schmalkaldic', 'lombard', 'spartacist', 'communist', 'swabian', 'aetolian']);

/** What a context word tells at token k: "League" in a league of states ("the League of Nations") tells no sport. */
function kindsAt(tokens: readonly Token[], k: number, word: ContextWord | undefined): number {
  if (!word) return 0;
  if (tokens[k].text !== 'League') return word.kinds;
  const after = tokens[k + 1]?.lower;
  const political = POLITICAL_LEAGUES.has(tokens[k - 1]?.lower ?? '') || (after === 'of' && tokens[k + 2]?.lower === 'nations') || (after === 'for' && tokens[k + 2]?.lower === 'democracy');
  return political ? word.kinds & ~SPORT : word.kinds;
}

/** What the whole sentence says about its triggers, in one pass over its words. */
function sentenceContext(tokens: readonly Token[]): SentenceContext {
  let kinds = 0;
  // The one weapon family the sentence names, if it names exactly one.
  let mode: string | undefined;
  let modes = 0;
  for (let k = 0; k < tokens.length; k += 1) {
    const lower = tokens[k].lower;
    const word = CONTEXT_GATE.mayContain(lower, 0, lower.length) ? CONTEXT_WORDS.get(lower) : undefined;
    if (!word) continue;
    kinds |= kindsAt(tokens, k, word);
    if (word.mode !== undefined && word.mode !== mode) {
      mode = word.mode;
      modes += 1;
    }
  }
  return { nonViolent: (kinds & NON_VIOLENT) !== 0, sport: (kinds & SPORT) !== 0, business: (kinds & BUSINESS) !== 0, instrument: modes === 1 ? mode : undefined };
}

function matchAt(tokens: readonly Token[], i: number, contextOf: () => SentenceContext, sportNearby: () => boolean): TriggerMatch | undefined {
  const candidates = phrasesStartingWith(tokens[i].lower);
  if (!candidates) return undefined;
  for (const phrase of candidates) {
    const { rule, words } = phrase;
    const end = i + words.length;
    if (end > tokens.length || !wordsMatch(tokens, i, words)) continue;
    if (rule.lowercaseOnly && tokens[i].text !== tokens[i].lower) continue;
    // Only rules that depend on the kind of sentence read its context (built once, on first need).
    const context = phrase.needsContext ? contextOf() : undefined;
    if (context) {
      if (rule.violent && context.nonViolent) continue;
      if (rule.playable && (context.sport || sportNearby())) continue;
      if (rule.sportOnly && !(context.sport || sportNearby())) continue;
      if (context.business && isVerbal(rule)) continue;
    }
    if (!conditionsHold(tokens, phrase, i, end)) continue;
    const mode = rule.instrumentMode ? context?.instrument ?? rule.mode : rule.mode;
    const match: TriggerMatch = { rule, first: i, end, type: rule.type };
    if (mode) match.mode = mode;
    return match;
  }
  return undefined;
}

/** Verbal acts, which company news silences: agreeing, rejecting, apologising are business there. */
function isVerbal(rule: TriggerRule): boolean {
  return rule.verbal === true || VERBAL_EVENT_TYPES.has(rule.type);
}

function wordsMatch(tokens: readonly Token[], first: number, words: readonly string[]): boolean {
  for (let k = 1; k < words.length; k += 1) if (tokens[first + k].lower !== words[k]) return false;
  return true;
}

function conditionsHold(tokens: readonly Token[], phrase: IndexedPhrase, first: number, end: number): boolean {
  const window = phrase.rule.window ?? DEFAULT_WINDOW;
  const afterEnd = Math.min(tokens.length, end + window);
  const beforeStart = Math.max(0, first - window);
  if (phrase.followedBy && !anyIn(tokens, end, afterEnd, phrase.followedBy)) return false;
  const personPassive = (phrase.rule.ofPerson === true || phrase.rule.personPassive === true) && passiveOfPerson(tokens, first, phrase.rule.ofPerson === true);
  if (phrase.rule.personPassive && !personPassive) return false;
  const ofPerson = personPassive && phrase.rule.ofPerson === true;
  if (phrase.notFollowedBy && !ofPerson && anyIn(tokens, end, afterEnd, phrase.notFollowedBy)) return false;
  if (phrase.rule.afterName) {
    if (!(phrase.precededBy && anyIn(tokens, beforeStart, first, phrase.precededBy)) && !namedJustBefore(tokens, first)) return false;
  } else if (phrase.precededBy && !anyIn(tokens, beforeStart, first, phrase.precededBy)) return false;
  if (phrase.notPrecededBy && anyIn(tokens, beforeStart, first, phrase.notPrecededBy)) return false;
  if (phrase.asVerbAfter && !opensObject(tokens[end]) && !phrase.asVerbAfter.has(tokens[first - 1]?.lower ?? '')) return false;
  if (phrase.aimedAt || phrase.notAimedAt) {
    const targetEnd = clauseEndAfter(tokens, end);
    if (phrase.aimedAt && !anyIn(tokens, end, targetEnd, phrase.aimedAt)) return false;
    if (phrase.notAimedAt && !ofPerson && anyIn(tokens, end, targetEnd, phrase.notAimedAt)) return false;
  }
  return true;
}

/** Pronouns for people, as the subject of a passive: "he was executed", "the men who were hanged". */
const PERSONAL_SUBJECTS = new Set(['he', 'she', 'they', 'who', 'i', 'we']);
const PASSIVE_BE = new Set(['was', 'were', 'been']);
const HAVE = new Set(['has', 'have', 'had']);
/** How many adverbs may stand in a passive: "was later caught", "has since been released". */
const PASSIVE_ADVERBS_BETWEEN = 2;

/**
 * A person is the subject of the passive ending at `first`: "he was executed", "who were hanged", a name
 * inside the sentence, or (`opening`) a capitalised word opening it ("Nagy was executed").
 */
function passiveOfPerson(tokens: readonly Token[], first: number, opening: boolean): boolean {
  // (back over adverbs: "was later caught", "has since been released")
  let be = first - 1;
  while (be > first - 1 - PASSIVE_ADVERBS_BETWEEN && isPassiveAdverb(tokens[be]?.lower ?? '')) be--;
  if (!PASSIVE_BE.has(tokens[be]?.lower ?? '')) return false;
  let subject = be;
  while (subject > be - PASSIVE_ADVERBS_BETWEEN - 1 && (HAVE.has(tokens[subject - 1]?.lower ?? '') || isPassiveAdverb(tokens[subject - 1]?.lower ?? ''))) subject--;
  const before = tokens[subject - 1];
  if (before === undefined || before.kind !== 'word') return false;
  // ("Nagy was executed" opening the sentence; not "It was executed")
  // (only where the act names its sense: a capital opening the sentence may be a thing, "Vessels have been seized")
  const nameOpening = opening && subject - 1 === 0 && before.text !== before.lower && !THINGS_AS_SUBJECTS.has(before.lower);
  return PERSONAL_SUBJECTS.has(before.lower) || namedJustBefore(tokens, subject) || nameOpening;
}

/** Capitalised words opening a sentence that name no person. */
const THINGS_AS_SUBJECTS = new Set(['it', 'this', 'that', 'which', 'everything', 'nothing', 'all']);

/**
 * A name stands right before token `first`: a capitalised word that does not open the sentence ("After the battle
 * Cetshwayo fled"); not a people counted or named with an article ("thousands of Hungarians", "the Hungarians").
 */
function namedJustBefore(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (before === undefined || first - 1 === 0 || before.kind !== 'word' || before.text === before.lower || tokens[first - 2]?.text === '.') return false;
  // (read back over the name's words: "many South Vietnamese")
  let k = first - 2;
  while (k > first - NAME_WORDS - 1 && tokens[k]?.kind === 'word' && tokens[k].text !== tokens[k].lower && !PEOPLE_COUNTED.has(tokens[k].lower)) k--;
  const ahead = tokens[k]?.lower ?? '';
  const counted = tokens[k]?.kind === 'number' || PEOPLE_COUNTED.has(ahead);
  return !counted && !(ahead === 'the' && before.lower.endsWith('s'));
}

/** Words a name may have. */
const NAME_WORDS = 3;
/** Words before a people's name: "thousands of Hungarians", "many South Vietnamese" (and "the Hungarians" in the plural). */
const PEOPLE_COUNTED = new Set(['of', 'many', 'some', 'most', 'all', 'other', 'few']);

/** Words that open a verb's object: "storm the palace", "storm their positions". */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'enemy', 'rebel', 'government']);

/** The token opens an object: an article or possessive, or a capitalized name ("storm Sevastopol"). */
function opensObject(token: Token | undefined): boolean {
  if (!token) return false;
  return OBJECT_OPENERS.has(token.lower) || (token.text !== token.lower && /^\p{Lu}/u.test(token.text));
}

/** How far an act's target may lie: "attacked the government's new budget" but not past a comma or a new clause. */
const TARGET_WINDOW = 8;
const TARGET_BREAKS = new Set([',', '.', ';', ':', 'and', 'but', 'while', 'which', 'who', 'that', 'after', 'before', 'because', 'as']);

/** One past the last token that can still name what the act at `end` is aimed at. */
function clauseEndAfter(tokens: readonly Token[], end: number): number {
  const limit = Math.min(tokens.length, end + TARGET_WINDOW);
  let k = end;
  while (k < limit && !TARGET_BREAKS.has(tokens[k].lower)) k += 1;
  return k;
}

/** Whether a token in [from, to) is one of `words`. */
function anyIn(tokens: readonly Token[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k += 1) if (words.has(tokens[k].lower)) return true;
  return false;
}

function dependsOnPlace(match: TriggerMatch): boolean {
  return match.rule.placeObject === true || match.rule.placeSubject === true;
}

const CLAUSE_BREAKS = new Set([',', ';', 'and', 'but', 'or', 'then', 'before', 'after', 'while', 'when']);

/**
 * "the army retook Gwangju in a dawn assault": the noun phrase after "in" names the act its verb
 * told, one event, whose trigger stays the verb (its object and place follow it). Deaths are left to
 * the casualty merge ("killed in an air raid" keeps the raid).
 */
function namesTheAct(tokens: readonly Token[], previous: TriggerMatch | undefined, match: TriggerMatch, between: readonly Token[]): boolean {
  if (!previous || previous.type !== match.type || between.length > 5 || CASUALTY_VERBS.has(tokens[previous.first].lower)) return false;
  if (between.some((t) => CLAUSE_BREAKS.has(t.lower))) return false;
  // "repulsed three assaults on the walls", "threw back repeated assaults": the attack beaten off is the same fight
  const repulse = REPULSE_VERBS.has(tokens[previous.first].lower) || (previous.end - previous.first > 1 && tokens[previous.end - 1].lower === 'back');
  if (repulse && between.length <= 3) return true;
  return between.some((t, k) => t.lower === 'in' && NOUN_OPENERS.has(between[k + 1]?.lower ?? ''));
}

const REPULSE_VERBS = new Set(['repulsed', 'repelled', 'repulse', 'repel', 'repelling', 'repulsing']);

const NOUN_OPENERS = new Set(['a', 'an', 'the', 'their', 'its', 'his', 'her']);

const CASUALTY_VERBS = new Set(['killed', 'kill', 'kills', 'killing', 'wounded', 'injured', 'died', 'dead']);

/** "shot and killed": two triggers of one type joined by a conjunction tell one event. */
function mergeJoined(tokens: readonly Token[], matches: TriggerMatch[]): TriggerMatch[] {
  const merged: TriggerMatch[] = [];
  for (const match of matches) {
    const previous = merged[merged.length - 1];
    const between = previous ? tokens.slice(previous.end, match.first) : [];
    // "protest march", "shot and killed": adjacent or coordinated triggers of one type.
    // "attacked them with clubs and tear gas": the weapon named after "with" belongs to the attack.
    const instrument = previous && previous.type === match.type && match.rule.pos === 'noun' && match.first - previous.end <= 6 && between.some((t) => t.lower === 'with');
    if (instrument || namesTheAct(tokens, previous, match, between)) continue;
    // A sentence tells of one meeting: "met at Camp David for twelve days of negotiations".
    if (match.type === 'CONSULT' && merged.some((m) => m.type === 'CONSULT')) continue;
    const sameMode = !previous?.mode || !match.mode || previous.mode === match.mode;
    // (an act that counts only on a named place is checked later, on its own: "the attacks fell on All Saints' Day")
    const joined = previous && previous.type === match.type && sameMode && !dependsOnPlace(match) && !dependsOnPlace(previous) && between.length <= 2 && between.every((t) => MERGE_JOINERS.has(t.lower));
    if (joined) {
      if (!previous.mode && match.mode) previous.mode = match.mode;
      previous.end = match.end;
      continue;
    }
    merged.push({ ...match });
  }
  return merged;
}
