/**
 * A protest's crowd: the counts a sentence gives of people protesting ("about 70,000 people marched",
 * "a rally of 50,000", "organisers put the crowd at 200,000" in a sentence about a protest).
 */
import { mayEndNumber } from './numbers.js';
import type { QuantityCategory } from '../model/document.js';
import { CHANGE_VERBS, CROWD_HEADS, CROWDS, ESTIMATING, FILLING, GATHERINGS, GATHERING_VERBS, HEAD_CATEGORIES, PROTEST_VERBS, PROTEST_WORDS, TO_THE_STREETS, VERB_LEADS } from './lexicon.js';
import { anyWordBetween, tokenAt, touchesPrevious, wordsAt, type Token } from './tokens.js';

/** The sentence speaks of a protest: its crowds and gatherings are protesters. */
function aboutProtest(tokens: readonly Token[]): boolean {
  return tokens.some((token) => PROTEST_WORDS.has(token.lower));
}

/** "a rally of 50,000", "a demonstration of some 100,000 people", "a walkout by 37,000 workers": the count is a crowd's size. */
export function gatheringOf(tokens: readonly Token[], first: number): QuantityCategory | undefined {
  const link = tokenAt(tokens, first - 1)?.lower;
  if (link !== 'of' && link !== 'at' && link !== 'to' && link !== 'by') return undefined;
  // ("the protests grew to tens of thousands")
  // ("the protests grew to tens of thousands"; "a crowd estimated at 400,000")
  const noun = (link === 'to' && CHANGE_VERBS.has(tokenAt(tokens, first - 2)?.lower ?? '')) || (link === 'at' && ESTIMATING.has(tokenAt(tokens, first - 2)?.lower ?? '')) ? first - 3 : first - 2;
  const word = wordEndingAt(tokens, noun);
  if (GATHERINGS.has(word) && (link === 'of' || link === 'by' || noun === first - 3)) return 'protesters';
  return CROWDS.has(word) && crowdOfProtest(tokens) ? 'protesters' : undefined;
}

/**
 * A crowd in a sentence about a protest, or one its organisers counted or that filled a square
 * ("some estimates put the crowd at 20,000" after "the organisers expected", "a crowd ... filled the Zócalo").
 */
function crowdOfProtest(tokens: readonly Token[]): boolean {
  return aboutProtest(tokens) || tokens.some((token) => ORGANISERS.has(token.lower) || FILLING.has(token.lower));
}

/** The word ending at token `at`, whole when hyphenated ("sit-in" is three tokens). */
function wordEndingAt(tokens: readonly Token[], at: number): string {
  const word = tokenAt(tokens, at)?.lower ?? '';
  return tokenAt(tokens, at - 1)?.text === '-' && touchesPrevious(tokens, at) && touchesPrevious(tokens, at - 1) ? `${tokenAt(tokens, at - 2)?.lower ?? ''}-${word}` : word;
}

/**
 * A protest verb right after the count ("70,000 people marched", "hundreds of protesters had gathered",
 * "thousands took to the streets"), when what is counted is people: no noun, a noun for people, or a
 * people's name ("Hungarians"); not "8,000 surviving soldiers, who were marched ...".
 */
export function protestedBy(tokens: readonly Token[], last: number, head: Token | undefined): boolean {
  if (head !== undefined && headlineProtest(tokens, last, head)) return true;
  if (head !== undefined && !countsPeople(head)) return false;
  let i = afterOrigin(tokens, last + 1);
  // ("several thousand supporters who were marching on the palace")
  if (tokenAt(tokens, i)?.lower === 'who') i++;
  while (VERB_LEADS.has(tokenAt(tokens, i)?.lower ?? '')) i++;
  const word = tokenAt(tokens, i)?.lower ?? '';
  if (PROTEST_VERBS.has(word)) {
    const followers = PROTEST_VERBS.get(word);
    return followers === undefined || followers.has(tokenAt(tokens, i + 1)?.lower ?? '');
  }
  if (GATHERING_VERBS.has(word)) return aboutProtest(tokens);
  // ("more than a million people fill Chang'an Avenue")
  if (FILLING.has(word)) return anyWordBetween(tokens, i + STREET_REACH, i, STREETS);
  // ("about 30,000 workers downed tools", "thousands went on strike")
  if (STRIKING.some((phrase) => wordsAt(tokens, i, phrase))) return true;
  // ("more than 10,000 people attended the rally", "about 300 students staged a protest")
  if (TAKING_PART.has(word)) return takesPartInProtest(tokens, i + 1);
  // ("several thousand young people were back on the streets")
  if ((word === 'back' || word === 'out') && wordsAt(tokens, i + 1, ON_THE_STREETS)) return true;
  if (word !== 'took' && word !== 'take' && word !== 'taking' && word !== 'taken') return false;
  // ("thousands took to the streets", "50,000 took part in the rally", "organisers claimed that 100,000 took part.")
  if (wordsAt(tokens, i + 1, TO_THE_STREETS)) return true;
  if (tokenAt(tokens, i + 1)?.lower !== 'part') return false;
  return tokenAt(tokens, i + 2)?.lower === 'in' ? takesPartInProtest(tokens, i + 3) : CLOSING_MARKS.has(tokenAt(tokens, i + 2)?.text ?? '.') && tokens.some((token) => ORGANISERS.has(token.lower) || PROTEST_WORDS.has(token.lower));
}

/** Protest verbs a headline puts right after its count: "More than a million march as anger boils over". */
const HEADLINE_PROTESTS = new Set(['march', 'rally', 'protest', 'demonstrate', 'riot', 'strike']);
/** What follows such a verb, not a noun it would be read with. */
const AFTER_HEADLINE_VERB = new Set(['as', 'in', 'against', 'through', 'on', 'for', 'over', 'across', 'outside', 'to', 'after', 'despite', ',', '.', ':', ';', '-']);

/** The count's "head" is a protest verb in the present, right after its number ("a million march as ..."). */
function headlineProtest(tokens: readonly Token[], at: number, head: Token): boolean {
  const before = tokenAt(tokens, at - 1);
  return HEADLINE_PROTESTS.has(head.lower) && head.text === head.lower && before !== undefined && mayEndNumber(before) && AFTER_HEADLINE_VERB.has(tokenAt(tokens, at + 1)?.lower ?? '.');
}

/** Verbs of a crowd holding or joining a gathering, when what follows is a protest. */
const TAKING_PART = new Set(['attended', 'attend', 'joined', 'join', 'staged', 'stage', 'held', 'hold']);
/** Words of a strike: "downed tools", "went on strike", "walked out". */
const STRIKING: readonly (readonly string[])[] = [
  ['downed', 'tools'], ['down', 'tools'], ['went', 'on', 'strike'], ['go', 'on', 'strike'], ['walked', 'out'], ['came', 'out', 'on', 'strike'],
  // ("more than 3,000 students were refusing food", "went on hunger strike", "tens of thousands of miners stayed out")
  ['went', 'on', 'hunger', 'strike'], ['refusing', 'food'], ['refused', 'food'], ['stayed', 'out'],
];
const ON_THE_STREETS: readonly string[] = ['on', 'the', 'streets'];
const STREETS = new Set(['streets', 'street', 'square', 'squares', 'avenue', 'boulevard', 'plaza']);
const STREET_REACH = 4;
const CLOSING_MARKS = new Set(['.', ',', ';', '!']);
/** Who speaks of a protest's turnout: "organisers claimed that more than 100,000 people took part". */
const ORGANISERS = new Set(['organisers', 'organizers']);

const PART_IN: readonly string[] = ['part', 'in'];
/** How many words a crowd's origin may take after its noun: "coca growers from the Chapare region marched". */
const ORIGIN_REACH = 5;

/** The index after "from the Chapare region" (a place the counted people come from) when a verb lead or a protest verb follows it; else `at`. */
function afterOrigin(tokens: readonly Token[], at: number): number {
  if (tokenAt(tokens, at)?.lower !== 'from') return at;
  for (let i = at + 1; i <= at + ORIGIN_REACH; i++) {
    const token = tokenAt(tokens, i);
    if (token === undefined || token.kind !== 'word') return at;
    if (VERB_LEADS.has(token.lower) || PROTEST_VERBS.has(token.lower)) return i;
  }
  return at;
}

/** "took part in the rally", "took part in a silent march", "took part in protests": what is taken part in is a protest. */
function takesPartInProtest(tokens: readonly Token[], at: number): boolean {
  const first = tokenAt(tokens, at)?.lower ?? '';
  const noun = first === 'the' || first === 'a' || first === 'an' ? at + 1 : at;
  const isProtest = (word: string): boolean => GATHERINGS.has(word) || PROTEST_WORDS.has(word);
  return isProtest(tokenAt(tokens, noun)?.lower ?? '') || (noun > at && isProtest(tokenAt(tokens, noun + 1)?.lower ?? ''));
}

/** "led some 80,000 students and teachers on a protest march": people led in a sentence about a protest. */
export function ledInProtest(tokens: readonly Token[], first: number, head: Token | undefined): QuantityCategory | undefined {
  const verb = tokenAt(tokens, first - 1)?.lower;
  if ((verb !== 'led' && verb !== 'leading' && verb !== 'leads') || head === undefined || !CROWD_HEADS.has(head.lower)) return undefined;
  return aboutProtest(tokens) ? 'protesters' : undefined;
}

/** The counted noun is of people: a noun for people, or a people's name ("Hungarians"), not troops or studies. */
function countsPeople(head: Token): boolean {
  return CROWD_HEADS.has(head.lower) || (head.lower !== head.text && head.lower.endsWith('s') && !HEAD_CATEGORIES.has(head.lower));
}
