/**
 * Finds counts in sentences: a number (digits, words or a vague count), its bound words, a range,
 * the head noun it counts and a category from that noun or the verb that tells what happened.
 */
import { countBefore, spanOf, type Quantity, type QuantityCategory, type Span } from '../model/document.js';
import { isNotACount, mayEndNumber, mayStartNumber, readNumber, type NumberReading } from './numbers.js';
import { mayCountOnePerson, mayHoldNumber } from './cues.js';
import { anyWordBetween, tokenAt, tokenize, touchesNext, touchesPrevious, wordsAt, type Token } from './tokens.js';
import {
  ADJECTIVES_LIKE_VERBS,
  ANIMALS,
  ARMED_BODIES,
  AUXILIARIES,
  BOUND_PHRASES,
  BOUND_PHRASES_BY_LAST_WORD,
  HEAD_CATEGORIES,
  HEAD_STOP_WORDS,
  MEASURE_UNITS,
  TIME_UNITS,
  VERB_CATEGORIES,
  type BoundKind,
  type BoundPhrase,
  CAPTIVES,
  CASUALTY_NOUNS,
  ONE_PERSON_NOUNS,
  SINGLE_PERSON_NOUNS,
  CHANGE_VERBS,
  COMMANDING,
  CROWD_HEADS,
  CROWDS,
  DUTIES,
  DEATH_NOUNS,
  DETERMINERS,
  ESTIMATE_WORDS,
  ESTIMATING,
  FILLING,
  FORCES,
  FORCES_AS_SOLDIERS_FROM,
  FORMATIONS,
  HOMES,
  LEADING,
  LOSING,
  OBJECT_DETERMINERS,
  PARTITIVE_PRONOUNS,
  POSSESSIVES,
  THE_HEAD_OF,
  THE_NUMBER_OF,
  TOLL_FIGURE_LINKS,
  TOLL_LINKS,
  TROOP_MOVES,
  WOUNDS,
} from './lexicon.js';
import { gatheringOf, ledInProtest, protestedBy } from './crowds.js';
import { isPassiveAdverb } from '../text/passives.js';

const HEAD_WINDOW = 4;
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'personnel', 'civilians', 'persons']);
const VERB_WINDOW = 12;
const PASSIVE_MARKERS = new Set(['were', 'was', 'been', 'be', 'are', 'is', 'being', 'reportedly', 'all']);
const PLURAL_PASSIVES = new Set(['were', 'are', 'been']);
const INTRANSITIVE = new Set(['died', 'dying', 'perished', 'dead', 'fled', 'fleeing', 'slain']);
const CLAUSE_ENDS = new Set(['.', ';', ':', '!', '?', '(', ')', 'but', 'while', 'after', 'before', 'when', 'although', 'though']);

/**
 * All quantities in the given spans (sentences), in text order, with ids q1, q2 ... Only spans
 * that can hold a number (cues.ts) are tokenized.
 */
export function findQuantities(text: string, spans: readonly Span[], dates: readonly Bounded[] = []): Quantity[] {
  const found: Quantity[] = [];
  // the sentence before spoke of a toll it gave no figure for ("The number of Algerian dead has never been settled.")
  let tollOpen = false;
  for (const span of spans) {
    const before = found.length;
    if (mayHoldNumber(span.text) || mayCountOnePerson(span.text)) addQuantitiesIn(text, tokenize(text, span.start, span.end), found, dates);
    if (tollOpen && found.length > before) estimatesOfToll(text, span, found, before);
    tollOpen = found.length === before && TOLL_TOPIC.test(span.text);
  }
  return found;
}

/** A sentence speaking of how many died: "The number of Algerian dead has never been settled", "The death toll is disputed". */
const TOLL_TOPIC = /\b(?:death toll|toll of the dead|number of (?:the )?(?:\w+ )?(?:dead|killed|victims|deaths))\b/;
/** Words that give a figure as someone's, besides the estimates': "The authorities first admitted 1,020". */
const ADMITTING = new Set(['admitted', 'acknowledged', 'conceded', 'estimated', 'reported', 'gave', 'say', 'says', 'said']);

/** The sentence gives its figures as someone's estimates ("nationalists spoke of 45,000", "officials admitted 1,020"). */
function givesFigures(sentence: string): boolean {
  for (const word of sentence.toLowerCase().split(/[^a-z]+/)) if (ESTIMATE_WORDS.has(word) || ADMITTING.has(word)) return true;
  return false;
}

/**
 * "The number of Algerian dead has never been settled. The authorities first admitted 1,020 and later
 * about 1,500; nationalists spoke of 45,000": bare figures given as estimates in the sentence after a toll
 * left open are that toll's.
 */
function estimatesOfToll(text: string, span: Span, found: Quantity[], from: number): void {
  if (!givesFigures(span.text)) return;
  for (let k = from; k < found.length; k++) {
    const quantity = found[k];
    // (not a part of something else: "12 of the 40 hospitals")
    const part = text.startsWith(' of ', quantity.end);
    if (quantity.category === 'other' && !part && (quantity.head === undefined || IRREGULAR_PLURALS.has(quantity.head.text.toLowerCase()))) quantity.category = 'killed';
  }
}

type Bounded = { start: number; end: number };

/** Whether `offset` lies inside one of the sorted, disjoint `spans`. */
function inside(spans: readonly Bounded[], offset: number): boolean {
  const k = countBefore(spans, (span) => span.end <= offset);
  return k < spans.length && spans[k]!.start <= offset;
}

/** `dates`: spans of dates and clock times ("9 p.m.", "in 865"), whose numbers count nothing. */
function addQuantitiesIn(text: string, tokens: readonly Token[], found: Quantity[], dates: readonly Bounded[]): void {
  let i = 0;
  // the count just read, when its words said what happened to it: a count joined to it shares that
  let previous: ToldCount | undefined;
  // the sentence's last count, which a part of it ("132 of them", "including 3.5 million") belongs to
  let whole: Quantity | undefined;
  while (i < tokens.length) {
    // Most tokens are passed over here, without a call that would read them again.
    const reading = mayStartNumber(tokens[i] as Token) ? readNumber(tokens, i) : undefined;
    if (!reading) {
      // ("a man died", "another was hurt": an article counting one person)
      const id = `q${found.length + 1}`;
      const one = ARTICLES.has(tokens[i]!.lower) ? onePerson(text, tokens, i, id) : ONE_PERSON_NOUNS.has(tokens[i]!.lower) ? headlinePerson(text, tokens, i, id) : undefined;
      if (one) found.push(one);
      i += 1;
      continue;
    }
    if (dates.length > 0 && inside(dates, tokens[i]!.start)) {
      i = reading.end;
      continue;
    }
    if (isNotACount(tokens, reading)) {
      i = reading.end;
      continue;
    }
    const range = readRange(tokens, reading);
    const built = buildQuantity(text, tokens, reading, range, `q${found.length + 1}`, previous, whole);
    const quantity = built?.quantity;
    if (quantity) {
      found.push(quantity);
      if (quantity.partOf === undefined) whole = quantity;
    }
    previous = built?.told;
    // A found range is read through its second number.
    i = quantity && range ? range.end : reading.end;
  }
}

/** A count whose surrounding words (not its noun) said what happened to it, and the index of its last token. */
interface ToldCount {
  last: number;
  category: QuantityCategory;
}

function buildQuantity(
  text: string,
  tokens: readonly Token[],
  reading: NumberReading,
  range: RangeReading | undefined,
  id: string,
  previous: ToldCount | undefined,
  whole: Quantity | undefined,
): { quantity: Quantity; told?: ToldCount } | undefined {
  const numberEnd = range ? range.end : reading.end;
  const bound = range?.between ? undefined : findBound(tokens, reading.first);
  const headIndex = findHead(tokens, numberEnd, reading.vague);
  const head = headIndex === undefined ? undefined : tokens[headIndex];
  if (head && (TIME_UNITS.has(head.lower) || MEASURE_UNITS.has(head.lower) || ANIMALS.has(head.lower))) return undefined;
  // ("found two streets away", "three doors apart": a distance)
  if (headIndex !== undefined && DISTANCE_AFTER.has(tokenAt(tokens, headIndex + 1)?.lower ?? '')) return undefined;
  const countFirst = bound?.first ?? reading.first;
  const countLast = headIndex ?? numberEnd - 1;
  // "killed 3 and 40 were wounded": a count right after its verb is that verb's object
  const object = VERB_CATEGORIES.get(tokenAt(tokens, countFirst - 1)?.lower ?? '');
  // ("before a crowd of several thousand Indians, Arriaga was hanged": a crowd's size, the verb after it another's)
  const toldCategory = object ?? (sizesCrowd(tokens, countFirst) ? undefined : categoryFromContext(tokens, countFirst, countLast, head, previous));
  // the body a count is the strength or size of ("an army of 25,000 men") is no verb: a count joined to it does not share it
  const frame = toldCategory ? undefined : forceOf(tokens, countFirst) ?? gatheringOf(tokens, countFirst);
  // ("70,000 people marched", but "the garrison of 9,000 men marched out" is the garrison's)
  // ("ten of the twelve Americans killed in Nairobi": a participle right after the whole is the whole's own)
  const baseOfPart = isBaseOfPart(tokens, countFirst) && !VERB_CATEGORIES.has(tokenAt(tokens, countLast + 1)?.lower ?? '');
  const verbCategory = baseOfPart ? undefined : toldCategory ?? (frame === undefined && protestedBy(tokens, countLast, head) ? 'protesters' : undefined);
  const isWordNumber = tokens[reading.first].kind === 'word';
  // ("officials put the toll at 86; the opposition spoke of thousands": a word number is a count when it estimates one)
  const estimate = verbCategory || head ? undefined : furtherEstimate(tokens, countFirst, head, whole);
  const firstToken = range?.between ? range.first : bound ? bound.first : reading.first;
  const partOf = whole && isPartitive(tokens, firstToken, numberEnd) ? whole : undefined;
  // ("two of them found beheaded": a word number that is a part of the count before is one)
  if (!head && !verbCategory && !frame && !estimate && !(partOf && OUTCOMES.has(partOf.category)) && isWordNumber) return undefined;
  if (isLoneOne(tokens, reading) && !(head && (SINGLE_PERSON_NOUNS.has(head.lower) || HEAD_CATEGORIES.has(head.lower)))) return undefined;
  const nounCategory = (head ? headCategory(head, reading.value) : undefined) ?? partNoun(tokens, numberEnd);
  const category = chooseCategory(verbCategory, nounCategory, frame, partOf?.category, () => categoryAround(tokens, countFirst, countLast, numberEnd, head, reading.value) ?? estimate);
  const start = tokens[firstToken].start;
  const end = tokens[numberEnd - 1].end;
  const bounds = range ? rangeBounds(reading.value, range.value, range.upperKind) : boundsFor(reading, bound?.kind);
  // ("an estimated 40,000 to 50,000", "perhaps 5,000 to 10,000": a hedge before a range hedges both figures)
  if (range && (bound?.kind === 'approx' || bound?.kind === 'approx-max')) bounds.approximate = true;
  // ("losses were estimated at more than 9,000", "organisers put the crowd at 200,000")
  if (estimatedAt(tokens, countFirst)) bounds.approximate = true;
  // One literal, then optional fields in a fixed order: a monomorphic shape, cheap to build.
  const quantity: Quantity = { id, start, end, text: text.slice(start, end), approximate: bounds.approximate, category };
  if (bounds.min !== undefined) quantity.min = bounds.min;
  if (bounds.max !== undefined) quantity.max = bounds.max;
  if (bound) quantity.bound = text.slice(tokens[bound.first].start, tokens[reading.first - 1].end);
  else if (range?.between) quantity.bound = 'between';
  else if (range?.upperWords) quantity.bound = range.upperWords;
  if (head) quantity.head = spanOf(text, head.start, head.end);
  if (partOf) quantity.partOf = partOf.id;
  return verbCategory ? { quantity, told: { last: countLast, category: verbCategory } } : { quantity };
}

/** What happens to people: a whole with one of these passes it to its parts, whatever they are called. */
const OUTCOMES = new Set<QuantityCategory>(['killed', 'injured', 'arrested', 'displaced', 'casualties']);

/**
 * The category from what was read, in order of trust: vehicles and craft are counted as such whatever is done
 * to them ("captured about 20 of his galleys"); then what the count's verb told; then the outcome of the whole
 * it is a part of ("more than 1,300 died, including 52 officers"); then its noun (which wins over the body it
 * is counted in: "a column of about 40 vehicles"), that body, another part, the words around it.
 */
function chooseCategory(
  verbCategory: QuantityCategory | undefined,
  nounCategory: QuantityCategory | undefined,
  frame: QuantityCategory | undefined,
  wholeCategory: QuantityCategory | undefined,
  around: () => QuantityCategory | undefined,
): QuantityCategory {
  if (nounCategory === 'vehicles') return nounCategory;
  if (verbCategory) return verbCategory;
  // ("57,000 casualties, nearly 20,000 of them killed": a part's own outcome is the more exact)
  if (wholeCategory !== undefined && OUTCOMES.has(wholeCategory) && !(nounCategory !== undefined && OUTCOMES.has(nounCategory))) return wholeCategory;
  return nounCategory ?? frame ?? wholeCategory ?? around() ?? 'other';
}

/** "nearly 90 of the roughly 200 residents": the second figure is the whole the first is a part of, not more of what happened to it. */
function isBaseOfPart(tokens: readonly Token[], first: number): boolean {
  const part = tokenAt(tokens, first - 3);
  return tokenAt(tokens, first - 1)?.lower === 'the' && tokenAt(tokens, first - 2)?.lower === 'of' && part !== undefined && mayEndNumber(part);
}

/** "132 of them", "seven of whom", "including nearly 3.5 million", "among them three officers": a part of the count before it, not more of the same. */
function isPartitive(tokens: readonly Token[], first: number, numberEnd: number): boolean {
  if (ofThemAt(tokens, numberEnd)) return true;
  // ("At least 55 people, among them three police officers, were taken to hospital")
  const before = tokenAt(tokens, first - 1)?.lower;
  return before === 'including' || ((before === 'them' || before === 'whom') && tokenAt(tokens, first - 2)?.lower === 'among');
}

/** What the counted noun alone says; formations are no head count ("six divisions", "the two forces"). */
function headCategory(head: Token, value: number): QuantityCategory | undefined {
  if (FORMATIONS.has(head.lower) && !(head.lower === 'forces' && value >= FORCES_AS_SOLDIERS_FROM)) return undefined;
  return HEAD_CATEGORIES.get(head.lower);
}

/**
 * What the words around a count (not its object verb, nor its noun) say happened to it, in order of
 * trust: a count given for the dead, a verb after it, a count given for a side's losses or men lost, a
 * verb before it (unless the count opens a clause of its own), people driven from their homes, a count
 * joined to one so told.
 */
function categoryFromContext(tokens: readonly Token[], first: number, last: number, head: Token | undefined, previous: ToldCount | undefined): QuantityCategory | undefined {
  return (
    beatenToDeath(tokens, first, last) ??
    livesOf(tokens, first) ??
    deathCountBefore(tokens, first) ??
    categoryFromVerbAfter(tokens, last) ??
    lossesBefore(tokens, first, head) ??
    menLost(tokens, first, head) ??
    (opensOwnClause(tokens, first, last, head) ? undefined : categoryFromVerbBefore(tokens, first)) ??
    drivenFromHomes(tokens, last) ??
    crossedBorder(tokens, first, last, head) ??
    sentencedTo(tokens, first, last) ??
    treatedFor(tokens, first, last) ??
    objectAfterName(tokens, first) ??
    joinedTo(tokens, first, previous, head) ??
    setAgainst(tokens, first, previous)
  );
}

/** "beat five Europeans to death", "stoned three of them to death": killed, whatever they are called (not "condemned a thousand people to death"). */
function beatenToDeath(tokens: readonly Token[], first: number, last: number): QuantityCategory | undefined {
  if (tokenAt(tokens, last + 1)?.lower !== 'to' || tokenAt(tokens, last + 2)?.lower !== 'death') return undefined;
  return KILLING_BLOWS.has(tokenAt(tokens, first - 1)?.lower ?? '') ? 'killed' : undefined;
}

/** "claimed the lives of at least 400 villagers", "cost the lives of 12 miners": the dead. */
function livesOf(tokens: readonly Token[], first: number): QuantityCategory | undefined {
  return tokenAt(tokens, first - 1)?.lower === 'of' && tokenAt(tokens, first - 2)?.lower === 'lives' ? 'killed' : undefined;
}

/** Verbs of a blow that may be carried "to death". */
const KILLING_BLOWS = new Set(['beat', 'beaten', 'beating', 'stoned', 'hacked', 'clubbed', 'burned', 'burnt', 'starved', 'tortured', 'crushed', 'trampled', 'stabbed', 'kicked', 'whipped', 'flogged', 'bludgeoned', 'worked', 'froze', 'frozen']);

/** Words back over a name joined to a count ("arrested Jomo Kenyatta and about 180 other leaders"). */
const NAME_REACH = 6;

/** "arrested Jomo Kenyatta and about 180 other suspected leaders", "executed the archbishop and five other hostages": a verb's second object. */
function objectAfterName(tokens: readonly Token[], first: number): QuantityCategory | undefined {
  if (tokenAt(tokens, first - 1)?.lower !== 'and') return undefined;
  // (the verb itself before "and" is another clause's: "19 had been killed and 99 wounded")
  for (let i = first - 2; i >= 0 && i >= first - 1 - NAME_REACH; i--) {
    const token = tokens[i];
    const category = VERB_CATEGORIES.get(token.lower);
    if (category) return i < first - 2 ? category : undefined;
    if (token.kind !== 'word' || !(isCapitalised(token) || DETERMINERS.has(token.lower) || i === first - 2)) return undefined;
  }
  return undefined;
}

/** "about 11,000 rebels were killed, against fewer than 200 soldiers": the other side's count of the same. */
function setAgainst(tokens: readonly Token[], first: number, previous: ToldCount | undefined): QuantityCategory | undefined {
  return previous !== undefined && tokenAt(tokens, first - 1)?.lower === 'against' && tokenAt(tokens, first - 2)?.text === ',' ? previous.category : undefined;
}

/** "killed at least 12 soldiers and 20 militants": a count joined by "and", "or" or a comma to one its verb told. */
function joinedTo(tokens: readonly Token[], first: number, previous: ToldCount | undefined, head: Token | undefined): QuantityCategory | undefined {
  if (!previous) return undefined;
  // ("52 people had been arrested in Nairobi and another two dozen in Mombasa": more of the same, its noun left out)
  const before = tokenAt(tokens, first - 1)?.lower;
  if (head === undefined && (before === 'another' || (before === 'further' && tokenAt(tokens, first - 2)?.lower === 'a'))) return previous.category;
  // ("killed nine of them, four knights and five squires": the parts named after the count's "of them")
  const told = ofThemAt(tokens, previous.last + 1) ? previous.last + 2 : previous.last;
  if (told !== first - 2) return undefined;
  // ("cost him more than 1,100 men and ten guns": things counted beside people did not suffer as they did)
  if (head !== undefined && SPOILS.has(head.lower)) return undefined;
  return before === 'and' || before === 'or' || before === ',' ? previous.category : undefined;
}

/** Arms and trophies counted beside men lost or taken: "800 men and twelve guns", "3,000 prisoners and 40 standards". */
const SPOILS = new Set(['guns', 'cannon', 'cannons', 'rifles', 'muskets', 'pieces', 'standards', 'colours', 'colors', 'flags', 'wagons', 'carts', 'ammunition', 'stores', 'mortars', 'howitzers']);

/** What the words around a count say when nothing else has: a noun it numbers, soldiers moved into place or commanded. */
function categoryAround(tokens: readonly Token[], first: number, last: number, numberEnd: number, head: Token | undefined, value: number): QuantityCategory | undefined {
  return (
    numberedNoun(tokens, first) ??
    numberOfAfter(tokens, numberEnd) ??
    troopsMoved(tokens, first, last) ??
    underArms(tokens, numberEnd) ??
    armedMen(tokens, numberEnd, last) ??
    menCommanded(tokens, first, head) ??
    strengthOf(tokens, first, numberEnd) ??
    ledInProtest(tokens, first, head) ??
    menOfWar(tokens, first, value, head)
  );
}

/** Words of war that make a sentence's "men" soldiers. */
const WAR_WORDS = new Set([...ARMED_BODIES, ...FORCES, 'commander', 'troops', 'soldiers', 'battle', 'campaign', 'siege', 'cavalry', 'infantry', 'artillery', 'brigades', 'regiments', 'battalions']);
/** Counts this small after "the" name people already told of ("the two men had fought"), not a body of men. */
const FEW_KNOWN = 10;

/**
 * "had gathered roughly 17,700 men", "put the Roman force at between 15,000 and 30,000 men": men counted,
 * with nothing else told of them, in a sentence of armies, battles or a General, are soldiers.
 */
function menOfWar(tokens: readonly Token[], first: number, value: number, head: Token | undefined): QuantityCategory | undefined {
  if (head?.lower !== 'men' || (tokenAt(tokens, first - 1)?.lower === 'the' && value < FEW_KNOWN)) return undefined;
  return tokens.some((t) => WAR_WORDS.has(t.lower) || t.text === 'General') ? 'troops' : undefined;
}

/** "between 4,000 and 5,000 armed Greeks", "5,000 armed burghers": people counted as armed are fighters (not "five armed robberies"). */
function armedMen(tokens: readonly Token[], numberEnd: number, last: number): QuantityCategory | undefined {
  const head = tokens[last];
  if (!(countsMen(head) || CROWD_HEADS.has(head.lower) || (head.text !== head.lower && head.lower.endsWith('s')))) return undefined;
  for (let i = numberEnd; i < last; i++) if (tokens[i].lower === 'armed') return 'troops';
  return undefined;
}

/** "about 3,000 of them fighters": the noun after "of them" tells what the part is. */
function partNoun(tokens: readonly Token[], numberEnd: number): QuantityCategory | undefined {
  return ofThemAt(tokens, numberEnd) ? HEAD_CATEGORIES.get(tokenAt(tokens, numberEnd + 2)?.lower ?? '') : undefined;
}

/** "of them" or "of whom" at `at`, right after a count. */
function ofThemAt(tokens: readonly Token[], at: number): boolean {
  return tokenAt(tokens, at)?.lower === 'of' && PARTITIVE_PRONOUNS.has(tokenAt(tokens, at + 1)?.lower ?? '');
}

/** Tokens back from a count within which another estimate of the figure before it is told. */
const ESTIMATE_REACH = 8;

/**
 * "puts the dead at about 30,000; other chroniclers give between 30,000 and 35,000", "the toll was
 * 176, but later estimates run from 450 to 700": another estimate of the figure just told, with no noun
 * of its own, counts the same.
 */
function furtherEstimate(tokens: readonly Token[], first: number, head: Token | undefined, before: Quantity | undefined): QuantityCategory | undefined {
  if (head !== undefined || before === undefined || before.category === 'other') return undefined;
  for (let i = first - 1; i >= 0 && i >= first - ESTIMATE_REACH && tokens[i].start >= before.end; i--) {
    if (ESTIMATE_WORDS.has(tokens[i].lower)) return before.category;
  }
  return undefined;
}

/**
 * "he commanded around 130,000 men", "at the head of perhaps 150,000 men", "raised six new legions,
 * between 40,000 and 50,000 men": men a commander has, or a body of troops numbered in apposition.
 * Verbs that also take crowds or money ("led", "raised") count only men ("led 5,000 workers" is no army).
 */
function menCommanded(tokens: readonly Token[], first: number, head: Token | undefined): QuantityCategory | undefined {
  const men = head?.lower === 'men';
  if (head !== undefined && !men) return undefined;
  // ("legions, between 40,000 and 50,000 men": the words before a range's "between")
  const at = rangeOpening(tokens, first);
  const before = tokenAt(tokens, at - 1)?.lower ?? '';
  if (COMMANDING.has(before) || wordsAt(tokens, at - 3, THE_HEAD_OF)) return 'troops';
  if (!men) return undefined;
  if (LEADING.has(before)) return 'troops';
  // ("landed at Trapani on 30 August with between 8,000 and 10,000 men")
  if (before === 'with' && anyWordBetween(tokens, at - 2, at - 2 - ARRIVAL_REACH, ARRIVALS)) return 'troops';
  const body = tokenAt(tokens, at - 2)?.lower ?? '';
  return before === ',' && (FORCES.has(body) || FORMATIONS.has(body)) ? 'troops' : undefined;
}

/**
 * "the Marine Brigade Ehrhardt, some 5,000 strong", "an army 20,000 strong", "armed workers, perhaps
 * 50,000 of them": the strength of a body of armed men named just before.
 */
function strengthOf(tokens: readonly Token[], first: number, numberEnd: number): QuantityCategory | undefined {
  const strong = tokenAt(tokens, numberEnd)?.lower === 'strong';
  if (!strong && !(ofThemAt(tokens, numberEnd) && tokenAt(tokens, first - 1)?.text === ',')) return undefined;
  for (let i = first - 1; i >= 0 && i >= first - STRENGTH_REACH; i--) {
    const word = tokens[i].lower;
    if (strong && (FORCES.has(word) || ARMED_BODIES.has(word))) return 'troops';
    if (word === 'armed' && tokenAt(tokens, i + 1)?.kind === 'word') return 'troops';
    if (CLAUSE_ENDS.has(word)) return undefined;
  }
  return undefined;
}

/** Tokens back from a strength to the body it is of ("the Marine Brigade Ehrhardt, some 5,000 strong"). */
const STRENGTH_REACH = 6;

/** Where the words before a count end: at its range's "between" when it opens one. */
function rangeOpening(tokens: readonly Token[], first: number): number {
  return tokenAt(tokens, first - 1)?.lower === 'between' ? first - 1 : first;
}

/** Verbs of a commander coming with his men, and how far before "with" they may stand. */
const ARRIVALS = new Set(['landed', 'arrived', 'marched', 'crossed', 'advanced', 'sailed', 'returned', 'appeared', 'entered', 'invaded', 'reached', 'came', 'moved', 'set']);
const ARRIVAL_REACH = 8;

/**
 * "reinforced to some 25,000", "massed 100,000 men", "5,000 more were deployed": soldiers moved into
 * place, when the counted noun says nothing of its own ("deployed 40 tanks" are vehicles).
 */
function troopsMoved(tokens: readonly Token[], first: number, last: number): QuantityCategory | undefined {
  for (let i = first - 1; i >= 0 && i >= first - 3; i--) {
    const word = tokens[i].lower;
    if (TROOP_MOVES.has(word)) return 'troops';
    if (word !== 'to' && word !== 'by' && word !== 'another') break;
  }
  // ("5,000 more were deployed")
  const after = tokenAt(tokens, last + 1)?.lower === 'more' ? last + 2 : last + 1;
  const verb = PASSIVE_MARKERS.has(tokenAt(tokens, after)?.lower ?? '') ? tokenAt(tokens, after + 1)?.lower ?? '' : '';
  return TROOP_MOVES.has(verb) ? 'troops' : undefined;
}

/**
 * "armed forces, which number about 250,000", "the defenders numbered some 7,000", "the garrison in
 * the city numbered only about 1,300": the count numbers the noun before it.
 */
function numberedNoun(tokens: readonly Token[], first: number): QuantityCategory | undefined {
  const at = NUMBERED_HEDGES.has(tokenAt(tokens, first - 1)?.lower ?? '') ? first - 2 : first - 1;
  const verb = tokenAt(tokens, at)?.lower ?? '';
  if (verb !== 'number' && verb !== 'numbered' && verb !== 'numbers' && verb !== 'numbering') return undefined;
  return nounCategoryFrom(tokens, at - 1, at - NUMBERED_REACH) ?? (anyWordBetween(tokens, at - 1, at - NUMBERED_REACH, ARMED_BODIES) ? 'troops' : undefined);
}

/** Tokens back from "numbered" within which the noun it numbers is looked for. */
const NUMBERED_REACH = 5;
const NUMBERED_HEDGES = new Set(['only', 'just', 'barely', 'scarcely', 'then', 'still', 'between']);


/** "4,983 Greeks fit to bear arms", "200,000 men under arms", "5,000 men fit for duty": men counted as fighters. */
function underArms(tokens: readonly Token[], numberEnd: number): QuantityCategory | undefined {
  for (let i = numberEnd; i < numberEnd + ARMS_REACH && i < tokens.length; i++) {
    const word = tokens[i].lower;
    if (word === 'arms' && ARMS_VERBS.has(tokenAt(tokens, i - 1)?.lower ?? '')) return 'troops';
    if (DUTIES.has(word) && tokenAt(tokens, i - 1)?.lower === 'for' && tokenAt(tokens, i - 2)?.lower === 'fit') return 'troops';
    if (CLAUSE_ENDS.has(word) || word === ',') return undefined;
  }
  return undefined;
}

const ARMS_REACH = 6;
const ARMS_VERBS = new Set(['under', 'bear', 'bearing', 'bore', 'carry', 'carrying', 'take', 'took']);

/** Tokens after a count within which "the number of" names what it counts ("U.S." is four tokens). */
const NUMBER_OF_REACH = 10;

/** "bringing to nearly 5,000 the number of U.S. troops": the noun counted stands after "the number of". */
function numberOfAfter(tokens: readonly Token[], numberEnd: number): QuantityCategory | undefined {
  if (!wordsAt(tokens, numberEnd, THE_NUMBER_OF)) return undefined;
  return nounCategoryFrom(tokens, numberEnd + 3, numberEnd + NUMBER_OF_REACH);
}

/** The category of the first counted noun read from token `from` towards `to` (excluded), in either direction. */
function nounCategoryFrom(tokens: readonly Token[], from: number, to: number): QuantityCategory | undefined {
  const step = to >= from ? 1 : -1;
  for (let i = from; i !== to && i >= 0 && i < tokens.length; i += step) {
    const category = HEAD_CATEGORIES.get(tokens[i].lower);
    if (category) return category;
  }
  return undefined;
}

/** The token can open a verb's object: a number, a determiner or a name. */
function opensObject(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'number' || OBJECT_DETERMINERS.has(token.lower) || isCapitalised(token));
}

/**
 * "an army of some 25,000 men", "a garrison of 800", "an army reckoned at between 40,000 and 60,000",
 * "the army had to shrink to 100,000 men": the count is of troops, whatever its noun.
 */
function forceOf(tokens: readonly Token[], first: number): QuantityCategory | undefined {
  const at = rangeOpening(tokens, first);
  const link = tokenAt(tokens, at - 1)?.lower;
  if (link === 'of') return FORCES.has(tokenAt(tokens, at - 2)?.lower ?? '') ? 'troops' : undefined;
  // ("the army had to shrink to 100,000 men", "the garrison was reduced to 800")
  if (link === 'to' && CHANGE_VERBS.has(tokenAt(tokens, at - 2)?.lower ?? '')) return anyWordBetween(tokens, at - 3, at - 3 - FORCE_CHANGE_REACH, FORCES) ? 'troops' : undefined;
  // ("disease had reduced the garrison to 900 men", "cut his army to 20,000")
  const resized = link === 'to' && FORCES.has(tokenAt(tokens, at - 2)?.lower ?? '') && DETERMINERS.has(tokenAt(tokens, at - 3)?.lower ?? '');
  if (resized && CHANGE_VERBS.has(tokenAt(tokens, at - 4)?.lower ?? '')) return 'troops';
  return link === 'at' && ESTIMATING.has(tokenAt(tokens, at - 2)?.lower ?? '') && FORCES.has(tokenAt(tokens, at - 3)?.lower ?? '') ? 'troops' : undefined;
}

/** Tokens back from a change verb within which the force it sizes is named ("the army had to shrink to"). */
const FORCE_CHANGE_REACH = 4;

/** "estimated at 9,000", "estimated the crowd at 200,000", "put the toll at 300": a figure given as an estimate. */
function estimatedAt(tokens: readonly Token[], first: number): boolean {
  if (tokenAt(tokens, first - 1)?.lower !== 'at') return false;
  for (let i = first - 2; i >= 0 && i >= first - 5; i--) {
    const word = tokens[i].lower;
    if (ESTIMATING.has(word)) return true;
    if (CLAUSE_ENDS.has(word) || word === ',') return false;
  }
  return false;
}


/** Articles that may count one person. */
const ARTICLES = new Set(['a', 'an', 'another']);
/** Words that may stand between an article and the one person it counts: "a 34-year-old British man". */
const PERSON_MODIFIERS_REACH = 6;
/** Words before an article that leave it no count: "such a man", "not a soldier", "if a man is injured". */
const NOT_COUNTING = new Set(['such', 'what', 'quite', 'as', 'than', 'like', 'every', 'each', 'no', 'not', 'if', 'unless', 'whenever', 'once']);

/** What a count of one person may tell: one who "fled the scene" is no displaced person. */
const BEFALLING_ONE = new Set<QuantityCategory>(['killed', 'injured', 'arrested']);

/**
 * "A man died", "a 34-year-old woman was arrested", "police arrested a man": one person, counted by the
 * article before them, when the verb before or after says they were killed, injured or arrested; "a man
 * said" or "such a man" count nothing.
 */
function onePerson(text: string, tokens: readonly Token[], at: number, id: string): Quantity | undefined {
  if (NOT_COUNTING.has(tokenAt(tokens, at - 1)?.lower ?? '')) return undefined;
  const headIndex = personAfter(tokens, at);
  if (headIndex === undefined) return undefined;
  const before = doneTo(tokens, at - 1) ?? actOf(tokens, at - 1);
  // ("a man's body": a possessive names no one the verb befell)
  const possessive = tokenAt(tokens, headIndex + 1)?.text === "'" || tokenAt(tokens, headIndex + 1)?.lower === 's';
  const category = before ?? (possessive ? undefined : categoryFromVerbAfter(tokens, headIndex));
  if (category === undefined || !BEFALLING_ONE.has(category)) return undefined;
  return countOfOne(text, id, tokens[at].start, tokens[headIndex], category);
}

/** The count of one person from `start` through their noun. */
function countOfOne(text: string, id: string, start: number, head: Token, category: QuantityCategory): Quantity {
  return { id, start, end: head.end, text: text.slice(start, head.end), approximate: false, category, min: 1, max: 1, head: spanOf(text, head.start, head.end) };
}

/** Verbs a headline tells of one person with, beside the verbs of what befalls a count: "Man dies after stabbing", "woman, 19, charged". */
const HEADLINE_OUTCOMES: ReadonlyMap<string, QuantityCategory> = new Map([['dies', 'killed'], ['charged', 'arrested'], ['held', 'arrested']]);
/** Marks after which a headline's clause opens. */
const HEADLINE_OPENERS = new Set([';', ':', '—', '–', '|']);

/**
 * "Man dies after stabbing; woman, 19, arrested": a headline names one person with no article, at its
 * start or after a semicolon, and what befell them right after (an age in commas between).
 */
function headlinePerson(text: string, tokens: readonly Token[], at: number, id: string): Quantity | undefined {
  if (at > 0 && !HEADLINE_OPENERS.has(tokens[at - 1].text)) return undefined;
  let verb = at + 1;
  if (tokenAt(tokens, verb)?.text === ',' && tokenAt(tokens, verb + 1)?.kind === 'number' && tokenAt(tokens, verb + 2)?.text === ',') verb += 3;
  const word = tokenAt(tokens, verb)?.lower ?? '';
  const category = HEADLINE_OUTCOMES.get(word) ?? VERB_CATEGORIES.get(word);
  if (category === undefined || !BEFALLING_ONE.has(category)) return undefined;
  return countOfOne(text, id, tokens[at].start, tokens[at], category);
}

/** What a verb in the past at `at` did to the one it is followed by: "killed a guard", not "to kill a man". */
function doneTo(tokens: readonly Token[], at: number): QuantityCategory | undefined {
  const verb = tokenAt(tokens, at)?.lower ?? '';
  const before = tokenAt(tokens, at - 1)?.lower ?? '';
  // ("convicted of killing a gas station clerk", "after wounding a guard": a gerund of a deed done)
  const done = verb.endsWith('ed') ? before !== 'to' : verb.endsWith('ing') && DEED_GERUND_OPENERS.has(before);
  return done ? VERB_CATEGORIES.get(verb) : undefined;
}

/** "the shooting death of a gas station clerk", "the arrest of a teenager": what was done to the one after "of". */
function actOf(tokens: readonly Token[], at: number): QuantityCategory | undefined {
  return tokenAt(tokens, at)?.lower === 'of' ? ACTS_UPON.get(tokenAt(tokens, at - 1)?.lower ?? '') : undefined;
}

/** Words after a counted noun that make the count a distance. */
const DISTANCE_AFTER = new Set(['away', 'apart', 'further', 'farther']);

/** Words before a gerund that tell a deed done: "convicted of killing", "jailed for wounding", "after killing". */
const DEED_GERUND_OPENERS = new Set(['of', 'for', 'after']);

/** The index of the person noun an article opens ("a young police officer"), past modifiers but no clause end. */
function personAfter(tokens: readonly Token[], at: number): number | undefined {
  for (let i = at + 1; i < tokens.length && i <= at + PERSON_MODIFIERS_REACH; i++) {
    const token = tokens[i];
    if (token.kind === 'word' && ONE_PERSON_NOUNS.has(token.lower)) return i;
    if (token.kind === 'punct' ? token.text !== '-' : token.kind === 'word' && (CLAUSE_ENDS.has(token.lower) || AUXILIARIES.has(token.lower) || VERB_CATEGORIES.has(token.lower) || DETERMINERS.has(token.lower))) return undefined;
  }
  return undefined;
}

/** "one" alone is mostly a pronoun ("one of the leaders"), so it counts only before a person noun. */
function isLoneOne(tokens: readonly Token[], reading: NumberReading): boolean {
  return reading.end === reading.first + 1 && tokens[reading.first].lower === 'one';
}

interface Bounds {
  min: number | undefined;
  max: number | undefined;
  approximate: boolean;
}

function boundsFor(reading: NumberReading, kind: BoundKind | undefined): Bounds {
  const value = reading.value;
  if (reading.vague) return { min: value, max: undefined, approximate: true };
  switch (kind) {
    case 'min':
      return { min: value, max: undefined, approximate: false };
    case 'max':
      return { min: undefined, max: value, approximate: false };
    case 'approx':
      return { min: value, max: value, approximate: true };
    case 'approx-max':
      return { min: undefined, max: value, approximate: true };
    default:
      return { min: value, max: value, approximate: false };
  }
}

/** A range's bounds; its upper figure's own bound word may open it ("from 632,000 to more than one million"). */
function rangeBounds(low: number, high: number, upperKind: BoundKind | undefined): Bounds {
  if (upperKind === 'min') return { min: Math.min(low, high), max: undefined, approximate: false };
  return { min: Math.min(low, high), max: Math.max(low, high), approximate: upperKind === 'approx' || upperKind === 'approx-max' };
}

interface RangeReading {
  first: number;
  end: number;
  value: number;
  between: boolean;
  /** The bound phrase before the upper figure, if any ("to more than", "to about"), and its words. */
  upperKind?: BoundKind;
  upperWords?: string;
}

/** The bound phrase starting at token `at` ("more than" in "to more than one million"), if any. */
function boundStartingAt(tokens: readonly Token[], at: number): BoundPhrase | undefined {
  return BOUND_PHRASES.find((phrase) => wordsAt(tokens, at, phrase.words));
}

/** Tokens back from a figure within which its "from" is looked for ("from a peak of about 543,000"). */
const FROM_REACH = 6;

/** The figure opens "from X to Y" after a verb of change ("has grown from less than 200 to nearly 8,000"). */
function toldAsChange(tokens: readonly Token[], first: number): boolean {
  for (let i = first - 1; i >= 0 && i >= first - FROM_REACH; i--) {
    const word = tokens[i].lower;
    if (word === 'from') return CHANGE_VERBS.has(tokenAt(tokens, i - 1)?.lower ?? '') || CHANGE_VERBS.has(tokenAt(tokens, i - 2)?.lower ?? '');
    if (CLAUSE_ENDS.has(word) || word === ',') return false;
  }
  return false;
}

/** "200-300", "200 to 300", "between 200 and 300". */
function readRange(tokens: readonly Token[], reading: NumberReading): RangeReading | undefined {
  if (reading.vague) return undefined;
  const joiner = tokenAt(tokens, reading.end);
  if (!joiner) return undefined;
  const between = tokenAt(tokens, reading.first - 1)?.lower === 'between';
  const dash = (joiner.text === '-' || joiner.text === '–') && touchesPrevious(tokens, reading.end) && touchesNext(tokens, reading.end);
  const to = joiner.lower === 'to' && !between;
  const and = joiner.lower === 'and' && between;
  if (!dash && !to && !and) return undefined;
  const upper = to ? boundStartingAt(tokens, reading.end + 1) : undefined;
  const second = readNumber(tokens, reading.end + 1 + (upper?.words.length ?? 0));
  if (!second || second.vague) return undefined;
  if (tokens[second.first].kind === 'number' && touchesNext(tokens, second.end - 1) && tokenAt(tokens, second.end)?.kind === 'word') return undefined;
  if ((dash || to) && second.value <= reading.value) return undefined;
  if (to && toldAsChange(tokens, reading.first)) return undefined;
  const range: RangeReading = { first: between ? reading.first - 1 : reading.first, end: second.end, value: second.value, between };
  if (upper) {
    range.upperKind = upper.kind;
    range.upperWords = upper.words.join(' ');
  }
  return range;
}

/** The bound phrase ending just before token `first`, if any. */
function findBound(tokens: readonly Token[], first: number): { first: number; kind: BoundKind } | undefined {
  if (first < 1) return undefined;
  // ("the toll climbed past 2,000": past a figure a rising count went is above it)
  if (tokens[first - 1].lower === 'past' && CHANGE_VERBS.has(tokenAt(tokens, first - 2)?.lower ?? '')) return { first: first - 1, kind: 'min' };
  const phrases = BOUND_PHRASES_BY_LAST_WORD.get(tokens[first - 1].lower);
  if (!phrases) return undefined;
  for (const phrase of phrases) {
    const start = first - phrase.words.length;
    if (start >= 0 && wordsAt(tokens, start, phrase.words)) return { first: start, kind: phrase.kind };
  }
  return undefined;
}

/** Index of the head noun: the last word of the run of content words after the number. */
function findHead(tokens: readonly Token[], after: number, vague: boolean): number | undefined {
  let i = after;
  // ("thousands of the defenders"; "about 20 of his galleys", but not "four of his successors": a possessive only before a counted noun)
  const determiner = tokenAt(tokens, i + 1)?.lower ?? '';
  const possessed = POSSESSIVES.has(determiner) && HEAD_CATEGORIES.has(tokenAt(tokens, i + 2)?.lower ?? '');
  if (tokenAt(tokens, i)?.lower === 'of' && (vague || determiner === 'the' || possessed)) {
    i += 1;
    if (tokenAt(tokens, i)?.lower === 'the' || possessed) i += 1;
    // ("49 of the 60 Samian ships", "seven of the 23 men": the whole's own figure stands before the noun both
    // count, when it counts people or craft; not "three of the 12 charges")
    if (tokenAt(tokens, i)?.kind === 'number' && tokenAt(tokens, i + 1)?.kind === 'word') {
      const whole = findHead(tokens, i + 1, false);
      return whole !== undefined && countsPeopleOrCraft(tokens[whole]) ? whole : undefined;
    }
  }
  let head: number | undefined;
  for (let k = 0; k < HEAD_WINDOW && i < tokens.length; k += 1, i += 1) {
    const token = tokens[i];
    if (token.text === '-' && touchesPrevious(tokens, i) && touchesNext(tokens, i)) continue;
    if (token.kind !== 'word' || HEAD_STOP_WORDS.has(token.lower)) {
      // ("65,000 Polish, Imperial and German troops": a list of peoples read through to its noun)
      const listed = head !== undefined && (token.text === ',' || token.lower === 'and') ? listedHead(tokens, head, i) : undefined;
      return listed ?? head;
    }
    // ("3,000 hastily raised militiamen", "newly recruited soldiers": a participle after an adverb describes the
    // noun after it, when that noun is one counted; not "two widely used antibiotics")
    const described = head === i - 1 && tokens[i - 1].lower.endsWith('ly') && HEAD_CATEGORIES.has(tokenAt(tokens, i + 1)?.lower ?? '');
    if ((token.lower.endsWith('ed') || token.lower.endsWith('ing')) && !ADJECTIVES_LIKE_VERBS.has(token.lower) && !described) break;
    // ("more than 600 hurt", "a crowd put at more than a million fills the square": the verb after the count, no noun)
    // ("the 40 dead soldiers", "600 wounded soldiers" describe their noun)
    if ((VERB_CATEGORIES.has(token.lower) && !ADJECTIVES_LIKE_VERBS.has(token.lower) && token.lower !== 'dead') || FILLING.has(token.lower)) break;
    head = i;
    if (TIME_UNITS.has(token.lower) || MEASURE_UNITS.has(token.lower)) break;
    if ((isNounEnd(token) && !isCompoundModifier(tokens, i)) || endsPeopleName(tokens, i)) break;
  }
  return head;
}

/** A noun whose count is kept as one: a category's noun or people ("men", "villagers"). */
function countsPeopleOrCraft(head: Token): boolean {
  return HEAD_CATEGORIES.has(head.lower) || IRREGULAR_PLURALS.has(head.lower) || CROWD_HEADS.has(head.lower);
}

/** Tokens a list of peoples may span before the noun they qualify. */
const LIST_REACH = 6;

/**
 * "65,000 Polish, Imperial and German troops", "16,000 British and colonial troops": a list of adjectives,
 * the first capitalised, before the counted noun, read from the comma or "and" at `at` after the first of
 * them, when the noun is one counted.
 */
function listedHead(tokens: readonly Token[], head: number, at: number): number | undefined {
  if (!isCapitalised(tokens[head]) || isNounEnd(tokens[head])) return undefined;
  for (let i = at; i < tokens.length && i < at + LIST_REACH; i++) {
    const token = tokens[i];
    if (HEAD_CATEGORIES.has(token.lower)) return i;
    if (token.text !== ',' && token.lower !== 'and' && !isCapitalised(token) && !LISTED_ADJECTIVE.test(token.lower)) return undefined;
  }
  return undefined;
}

/** Lower-case adjectives of origin or standing a list of peoples may hold: "British and colonial troops", "French and royal". */
const LISTED_ADJECTIVE = /^[a-z]+(?:al|an|ish|ese)$/;

/** A word that opens with a capital letter: a name, a people, a title. */
function isCapitalised(token: Token): boolean {
  return token.kind === 'word' && /^\p{Lu}/u.test(token.text);
}

/** A capitalized plural (a people's name) before a verb ends the counted noun: "200,000 Czechs took ...", not "United States forces". */
function endsPeopleName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (token.lower === token.text || !token.lower.endsWith('s') || token.lower.endsWith('ss')) return false;
  const next = tokenAt(tokens, i + 1);
  return next !== undefined && next.kind === 'word' && next.lower === next.text && !isNounEnd(next);
}

/** A word that usually ends a counted noun phrase: a lowercase plural or a known counted noun. */
function isNounEnd(token: Token): boolean {
  if (HEAD_CATEGORIES.has(token.lower) || IRREGULAR_PLURALS.has(token.lower)) return true;
  return token.lower === token.text && token.lower.endsWith('s') && !token.lower.endsWith('ss');
}

/** "tank crews", "police officers": a category noun used as a modifier of the next noun. */
function isCompoundModifier(tokens: readonly Token[], i: number): boolean {
  const next = tokenAt(tokens, i + 1);
  return !!next && next.kind === 'word' && !HEAD_STOP_WORDS.has(next.lower) && !VERB_CATEGORIES.has(next.lower) && next.lower.endsWith('s') && next.lower === next.text;
}

/**
 * "700 troops were killed", "200,000 refugees fled", including coordinated counts before it and
 * coordinated passives ("were dragged from churches and murdered").
 */
function categoryFromVerbAfter(tokens: readonly Token[], from: number): QuantityCategory | undefined {
  let passiveBefore = false;
  // ("eight people were killed and dozens more wounded": "more" belongs to the count)
  const countEnd = tokenAt(tokens, from + 1)?.lower === 'more' ? from + 1 : from;
  for (let i = from + 1, k = 0; i < tokens.length && k < VERB_WINDOW; i += 1, k += 1) {
    const token = tokens[i];
    if (CLAUSE_ENDS.has(token.lower)) return undefined;
    // ("some 4,000 of them Italians, and around 1,500 were wounded": a count after a comma has a verb of its own)
    if (token.kind === 'number' && afterComma(tokens, i)) return undefined;
    if (token.kind !== 'word') continue;
    const active = activePhrasalCategory(tokens, i);
    if (active) return active;
    // ("200 held as curfew imposed": a headline's participle right after its count; not "held banners")
    if (token.lower === 'held' && i === countEnd + 1 && HELD_AFTER.has(tokenAt(tokens, i + 1)?.lower ?? '.') && (tokens[from].kind === 'number' || countsPeopleOrCraft(tokens[from]))) return 'arrested';
    // ("Some 3,000 members of the Border Guard were deployed in the capital": people, not divisions or nations)
    if (TROOP_MOVES.has(token.lower) && PASSIVE_MARKERS.has(tokenAt(tokens, i - 1)?.lower ?? '') && (tokens[from].lower === 'members' || countsPeopleOrCraft(tokens[from]))) return 'troops';
    const category = phrasalCategory(tokens, i) ?? VERB_CATEGORIES.get(token.lower);
    if (category) {
      // ("four officers were slightly injured", "was also arrested", "were later freed": adverbs between)
      const passive = PASSIVE_MARKERS.has(tokenAt(tokens, pastAdverbs(tokens, i))?.lower ?? '');
      // ("left at least 30 people injured", "more than 6,000 killed and wounded": a participle right after the count)
      // (not an active verb with its object: "About 200 militiamen killed 14 farmers", "killed the mayor")
      const reduced = i === countEnd + 1 && (token.lower.endsWith('ed') || token.lower === 'hurt') && !opensObject(tokenAt(tokens, i + 1));
      const coordinated = passiveBefore && tokenAt(tokens, i - 1)?.lower === 'and';
      // ("two journalists were among those arrested")
      const amongThose = tokenAt(tokens, i - 1)?.lower === 'those' && tokenAt(tokens, i - 2)?.lower === 'among';
      return passive || reduced || coordinated || amongThose || INTRANSITIVE.has(token.lower) ? category : undefined;
    }
    if (AUXILIARIES.has(token.lower) || ADJECTIVES_LIKE_VERBS.has(token.lower)) continue;
    // ("20,000 soldiers of the defeated army were interned": after a determiner an -ed word describes a noun)
    if (token.lower.endsWith('ed') && !DETERMINERS.has(tokenAt(tokens, i - 1)?.lower ?? '')) {
      // ("were rounded up and shot": a plural passive another may be joined to; not "30,000 followers and was defeated and killed")
      if (passiveBefore || !PLURAL_PASSIVES.has(tokenAt(tokens, i - 1)?.lower ?? '')) return undefined;
      passiveBefore = true;
    }
  }
  return undefined;
}

/** What follows a count "held" when it is held in custody: "200 held as curfew imposed", "30 held overnight". */
const HELD_AFTER = new Set(['as', 'in', 'after', 'over', 'for', 'on', 'by', 'without', 'overnight', 'since', 'during', ',', '.', ';', ':']);

/** A comma stands within the three tokens before token `i`, with no verb between: ", and around 1,500". */
function afterComma(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= i - 3 && k >= 0; k--) {
    if (tokens[k].text === ',') return true;
    if (tokens[k].kind !== 'word' || !(tokens[k].lower === 'and' || BOUND_WORDS_BEFORE.has(tokens[k].lower))) return false;
  }
  return false;
}

/** Words that may stand between a comma and a count: "and around 1,500", "and at least 58". */
const BOUND_WORDS_BEFORE = new Set(['around', 'about', 'some', 'nearly', 'almost', 'roughly', 'least', 'at', 'another', 'over', 'perhaps', 'more', 'than', 'up', 'to']);

/** What people are charged with when they are held for it. */
const CRIMES = new Set([
  'murder', 'manslaughter', 'assault', 'terrorism', 'treason', 'sedition', 'rioting', 'riot', 'theft', 'robbery', 'arson', 'conspiracy',
  'fraud', 'incitement', 'possession', 'offences', 'offenses', 'crimes', 'attempted', 'intimidation', 'kidnapping', 'rape', 'espionage',
  'spying', 'homicide', 'violent', 'unlawful', 'illegal', 'criminal', 'aggravated', 'armed', 'causing', 'endangering', 'war', 'genocide',
]);

/** Nouns of what was done to people, before "of" and their count. */
const ACTS_UPON: ReadonlyMap<string, QuantityCategory> = new Map([
  ['arrest', 'arrested'], ['arrests', 'arrested'], ['detention', 'arrested'], ['abduction', 'arrested'], ['kidnapping', 'arrested'],
  ['murder', 'killed'], ['murders', 'killed'], ['execution', 'killed'], ['executions', 'killed'], ['massacre', 'killed'],
  ['death', 'killed'], ['deaths', 'killed'], ['killing', 'killed'], ['killings', 'killed'],
  ['evacuation', 'displaced'], ['expulsion', 'displaced'], ['deportation', 'displaced'],
]);

/** How many adverbs are read back over between a passive's "was" and its participle. */
const ADVERBS_BETWEEN = 2;

/** The index of the word before the adverbs just before token `i`. */
function pastAdverbs(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  while (k > i - 1 - ADVERBS_BETWEEN && isPassiveAdverb(tokenAt(tokens, k)?.lower ?? '')) k--;
  return k;
}

/** Tokens after "sent" within which a prison camp is its destination ("sent on to concentration camps"; not summer camps). */
const CAMP_REACH = 5;
const CAMPS = new Set(['concentration', 'labour', 'labor', 'internment', 'detention', 'penal', 'filtration', 'gulag', 'prison', 'jail']);
const HOSPITALS = new Set(['hospital', 'hospitals']);
/** "taken to the Colombo National Hospital": how far the hospital may be named after "to". */
const HOSPITAL_REACH = 5;

/** What a blow "fatally" or "mortally" dealt may be: "were fatally shot", "mortally wounded". */
const FATAL_BLOWS = new Set(['shot', 'wounded', 'injured', 'stabbed', 'hit', 'burned', 'burnt', 'struck', 'beaten', 'hurt']);

/** Parts of the body a blow is told to have hit. */
const BODY_PARTS = new Set(['leg', 'legs', 'arm', 'arms', 'head', 'chest', 'back', 'stomach', 'abdomen', 'shoulder', 'neck', 'hand', 'hands', 'foot', 'feet', 'face', 'eye', 'thigh', 'hip', 'knee']);
/** Tokens after a place within which "with" and the wounds taken there are read. */
const WOUNDS_REACH = 6;

/** "with stab wounds", "with serious injuries" within a few tokens from `from`. */
function withWounds(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + WOUNDS_REACH && k < tokens.length; k++) {
    if (CLAUSE_ENDS.has(tokens[k].lower)) return false;
    if (tokens[k].lower === 'with') return anyWordBetween(tokens, k + 4, k + 1, WOUNDS);
  }
  return false;
}

/** Verbs whose category needs the next word: "were taken prisoner", "taken hostage", "were driven out", "forced from". */
function phrasalCategory(tokens: readonly Token[], i: number): QuantityCategory | undefined {
  const word = tokens[i].lower;
  const next = tokenAt(tokens, i + 1)?.lower ?? '';
  const third = tokenAt(tokens, i + 2)?.lower ?? '';
  switch (word) {
    // ("taken to the Colombo National Hospital", "taken to The Alfred with stab wounds")
    case 'taken':
      return CAPTIVES.has(next) ? 'arrested' : next === 'to' && (anyWordBetween(tokens, i + HOSPITAL_REACH, i + 1, HOSPITALS) || withWounds(tokens, i + 2)) ? 'injured' : undefined;
    // ("a customer who was hit in the leg", "wounded in the arm")
    case 'hit':
      return next === 'in' && BODY_PARTS.has(tokenAt(tokens, i + 3)?.lower ?? '') ? 'injured' : undefined;
    // "were rounded up" (not "rounded up and shot", where the verb joined to it tells the end)
    case 'rounded':
      return next === 'up' && third !== 'and' ? 'arrested' : undefined;
    // "were fatally shot", "was fatally wounded"
    case 'fatally':
    case 'mortally':
      return FATAL_BLOWS.has(next) ? 'killed' : undefined;
    case 'driven':
    case 'forced':
      return next === 'out' || next === 'from' ? 'displaced' : undefined;
    // "had been moved out of front-line villages"
    case 'moved':
      return next === 'out' && third === 'of' ? 'displaced' : undefined;
    // "had been treated for injuries", "were admitted with burns"
    // ("had been treated in hospital", "were admitted to hospital")
    case 'treated':
    case 'admitted':
      return ((next === 'for' || next === 'with') && woundsAt(tokens, i + 2)) || ((next === 'in' || next === 'to') && HOSPITALS.has(third)) ? 'injured' : undefined;
    // "have been left homeless", "were made homeless"
    case 'left':
    case 'made':
    case 'rendered':
      return next === 'homeless' ? 'displaced' : undefined;
    // "were sold into slavery"
    case 'sold':
      return next === 'into' && third === 'slavery' ? 'arrested' : undefined;
    // "were charged with murder", "charged over the death" (not cavalry that charged, nor houses "charged with the duty")
    case 'charged':
      return (next === 'with' && (CRIMES.has(third) || (POSSESSIVES.has(third) && CRIMES.has(tokenAt(tokens, i + 3)?.lower ?? '')))) || next === 'over' ? 'arrested' : undefined;
    // "were sentenced to prison", "sentenced to ten years"
    case 'sentenced':
      return next === 'to' && third !== 'death' ? 'arrested' : undefined;
    // "tens of thousands were sent on to concentration camps", "shipped to the Gulag"
    case 'sent':
    case 'shipped':
    case 'transported':
      return anyWordBetween(tokens, i + CAMP_REACH, i, CAMPS) ? 'arrested' : undefined;
    default:
      return undefined;
  }
}

/** Verbs of people crossing a border. */
const CROSSING = new Set(['crossed', 'streamed']);

/**
 * "300,000 Rohingya crossed into Bangladesh", "500,000 people have crossed the border": people, or a
 * people, crossing into another country; not troops, nor "his army of 5,000 men", nor crowds that
 * "poured into the streets".
 */
function crossedBorder(tokens: readonly Token[], first: number, last: number, head: Token | undefined): QuantityCategory | undefined {
  if (!head || forceOf(tokens, first) || !(CROWD_HEADS.has(head.lower) || (head.text !== head.lower && !HEAD_CATEGORIES.has(head.lower)))) return undefined;
  let i = last + 1;
  while (AUXILIARIES.has(tokenAt(tokens, i)?.lower ?? '')) i++;
  if (!CROSSING.has(tokenAt(tokens, i)?.lower ?? '')) return undefined;
  const next = tokenAt(tokens, i + 1)?.lower;
  if (next === 'into') return tokenAt(tokens, i + 2)?.lower === 'the' ? undefined : 'displaced';
  return next === 'the' && tokenAt(tokens, i + 2)?.lower === 'border' ? 'displaced' : undefined;
}

/** Phrases told of a count that need no passive: "went into exile", "left the country", "in critical condition". */
function activePhrasalCategory(tokens: readonly Token[], i: number): QuantityCategory | undefined {
  const word = tokens[i].lower;
  const next = tokenAt(tokens, i + 1)?.lower ?? '';
  const third = tokenAt(tokens, i + 2)?.lower ?? '';
  if (word === 'went' && next === 'into') return third === 'captivity' ? 'arrested' : third === 'exile' ? 'displaced' : undefined;
  if (word === 'left' && next === 'the' && third === 'country') return 'displaced';
  // ("23 of the 44 people on board lost their lives")
  if (word === 'lost' && POSSESSIVES.has(next) && (third === 'lives' || third === 'life')) return 'killed';
  // ("eleven journalists remain in custody", "were held in detention")
  // ("more than 100 people had been taken into custody")
  if ((word === 'in' || word === 'into') && (next === 'custody' || next === 'detention')) return 'arrested';
  return (word === 'critical' || word === 'serious') && next === 'condition' ? 'injured' : undefined;
}

/** Irregular verbs in the past that open a clause of their own after a count. */
const OWN_PAST_VERBS = new Set(['lost', 'left', 'fell', 'went', 'took', 'came', 'ran', 'got', 'saw', 'made', 'kept', 'stood', 'began']);

/**
 * "12 people died and dozens are missing", "300,000 were injured and 1.5 million left homeless": a
 * count after "and" with a verb or a telling head of its own is the subject of a new clause, so the
 * verb before it says nothing of what it counts.
 */
function opensOwnClause(tokens: readonly Token[], first: number, last: number, head: Token | undefined): boolean {
  const before = tokenAt(tokens, first - 1)?.lower;
  if (before !== 'and' && before !== ',') return false;
  const next = tokenAt(tokens, last + 1)?.lower ?? '';
  // ("230 were executed and 22,000 sentenced to prison", "and 1.4 million homes lost power": a verb of its own right after the count)
  const ownVerb = (next.endsWith('ed') && !ADJECTIVES_LIKE_VERBS.has(next)) || OWN_PAST_VERBS.has(next);
  return AUXILIARIES.has(next) || ownVerb || (head !== undefined && HEAD_CATEGORIES.has(head.lower));
}

/** "the dead range from 6,000 to 20,000", "the death toll stood at 300": a count of the dead, whatever verb comes after. */
function deathCountBefore(tokens: readonly Token[], first: number): QuantityCategory | undefined {
  const named = figureNamedBy(tokens, first, DEATH_NOUNS);
  return named === true ? 'killed' : named === 'unlinked' ? tollOfClause(tokens, first) : undefined;
}

/** "losses were estimated at 9,000", "casualties numbered some 12,000"; not "losses were put at 3,000 jobs" (no men lost). */
function lossesBefore(tokens: readonly Token[], first: number, head: Token | undefined): QuantityCategory | undefined {
  if (head !== undefined && !countsMen(head)) return undefined;
  return figureNamedBy(tokens, first, CASUALTY_NOUNS) === true ? 'casualties' : undefined;
}

/**
 * Whether one of `nouns` names the figure, read back over the words that link a toll to it ("the dead
 * were put at", "losses were estimated at"); 'unlinked' when another word stops the reading first.
 */
function figureNamedBy(tokens: readonly Token[], first: number, nouns: ReadonlySet<string>): boolean | 'unlinked' {
  for (let i = first - 1; i >= 0 && i >= first - 4; i--) {
    const word = tokens[i].lower;
    if (nouns.has(word)) return true;
    if (!TOLL_LINKS.has(word)) return 'unlinked';
  }
  return false;
}

/** Words after "dead" that make it the noun a figure is given for. */
const DEAD_LINKS = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'stood', 'numbered', 'range', 'ranged', 'ranges']);

/** Tokens back from a figure within which its clause's "death toll" is looked for. */
const TOLL_REACH = 16;

/**
 * "The death toll from the bombing at a mosque in Peshawar rose to 100", "Estimates of the dead vary
 * widely, from about 100 to nearly 1,000": the figure a toll or the dead rose to, stood at or ran from,
 * further back in its clause.
 */
function tollOfClause(tokens: readonly Token[], first: number): QuantityCategory | undefined {
  const link = tokenAt(tokens, first - 1)?.lower ?? '';
  if (!TOLL_FIGURE_LINKS.has(link) && !CHANGE_VERBS.has(link)) return undefined;
  for (let i = first - 2; i >= 0 && i >= first - TOLL_REACH; i--) {
    const word = tokens[i].lower;
    if (CLAUSE_ENDS.has(word)) return undefined;
    // ("the death toll ... rose to", "the dead ...", "the number of French dead has been put at anywhere from")
    // ("brought the number of people killed in a week of unrest to 18", "the number of injured rose to 340")
    if (word === 'number' && tokenAt(tokens, i + 1)?.lower === 'of') return numberOfWhat(tokens, i + 2);
    if (word === 'toll' || ((word === 'dead' || word === 'deaths') && (tokenAt(tokens, i - 1)?.lower === 'the' || DEAD_LINKS.has(tokenAt(tokens, i + 1)?.lower ?? '')))) return 'killed';
    // ("Estimates of those who died in transit range between 100,000 and 200,000")
    if ((word === 'died' || word === 'perished') && tokenAt(tokens, i - 1)?.lower === 'who') return 'killed';
  }
  return undefined;
}

/** What "the number of" counts when it is an outcome: "people killed", "the injured", "dead". */
function numberOfWhat(tokens: readonly Token[], at: number): QuantityCategory | undefined {
  for (let i = at; i < at + 3; i++) {
    const category = VERB_CATEGORIES.get(tokenAt(tokens, i)?.lower ?? '');
    if (category) return category;
  }
  return undefined;
}

/** "lost 20,000 men", "losing nearly 6,000 soldiers": a side's losses, not jobs or seats lost. */
function menLost(tokens: readonly Token[], first: number, head: Token | undefined): QuantityCategory | undefined {
  if (head === undefined || !countsMen(head)) return undefined;
  return LOSING.has(tokenAt(tokens, first - 1)?.lower ?? '') || costWhom(tokens, first) ? 'casualties' : undefined;
}

/** "cost him 20,000 men", "cost the besiegers several thousand men": what a fight cost a side. */
function costWhom(tokens: readonly Token[], first: number): boolean {
  if (tokenAt(tokens, first - 2)?.lower === 'cost') return tokenAt(tokens, first - 1)?.kind === 'word';
  return tokenAt(tokens, first - 3)?.lower === 'cost' && DETERMINERS.has(tokenAt(tokens, first - 2)?.lower ?? '');
}

/** The counted noun is men or fighters: "men", "people", "soldiers", "troops". */
function countsMen(head: Token): boolean {
  return IRREGULAR_PLURALS.has(head.lower) || HEAD_CATEGORIES.get(head.lower) === 'troops';
}

/** The count gives a crowd's size: "a crowd of several thousand", "crowds of 20,000". */
function sizesCrowd(tokens: readonly Token[], first: number): boolean {
  return tokenAt(tokens, first - 1)?.lower === 'of' && CROWDS.has(tokenAt(tokens, first - 2)?.lower ?? '');
}

/** "had treated 590 people for injuries", "admitted 40 with burns": people a hospital or medics treated. */
function treatedFor(tokens: readonly Token[], first: number, last: number): QuantityCategory | undefined {
  const verb = tokenAt(tokens, first - 1)?.lower ?? '';
  if (!TREATING.has(verb)) return undefined;
  const link = tokenAt(tokens, last + 1)?.lower;
  return (link === 'for' || link === 'with') && woundsAt(tokens, last + 2) ? 'injured' : undefined;
}

const TREATING = new Set(['treated', 'treating', 'treats', 'admitted', 'admitting']);

/** "injuries", "head wounds", "severe burns": what people are treated for, at token `at`, one word may qualify it. */
function woundsAt(tokens: readonly Token[], at: number): boolean {
  return WOUNDS.has(tokenAt(tokens, at)?.lower ?? '') || (tokenAt(tokens, at)?.kind === 'word' && WOUNDS.has(tokenAt(tokens, at + 1)?.lower ?? ''));
}

/** "sentenced some 4,500 of them to deportation", "sentenced 30 to prison": held, unless sentenced to death (not yet dead, nor always held). */
function sentencedTo(tokens: readonly Token[], first: number, last: number): QuantityCategory | undefined {
  if (tokenAt(tokens, first - 1)?.lower !== 'sentenced') return undefined;
  const to = ofThemAt(tokens, last + 1) ? last + 3 : last + 1;
  return tokenAt(tokens, to)?.lower === 'to' && tokenAt(tokens, to + 1)?.lower !== 'death' ? 'arrested' : undefined;
}

/** "forced more than 30,000 from their homes", "left 5,000 people homeless": people made to leave their homes. */
function drivenFromHomes(tokens: readonly Token[], last: number): QuantityCategory | undefined {
  const next = tokenAt(tokens, last + 1)?.lower;
  if (next === 'homeless') return 'displaced';
  const from = next === 'from' ? last + 2 : next === 'out' && tokenAt(tokens, last + 2)?.lower === 'of' ? last + 3 : undefined;
  if (from === undefined || !POSSESSIVES.has(tokenAt(tokens, from)?.lower ?? '')) return undefined;
  return HOMES.has(tokenAt(tokens, from + 1)?.lower ?? '') ? 'displaced' : undefined;
}

/** Verbs before "down" that kill what they strike ("shot down" is left out: it is mostly said of aircraft). */
const STRUCK_DOWN = new Set(['cut', 'gunned', 'mowed', 'struck', 'hacked']);

/** "killing at least 12 people", "arrested 300", "a death toll of 300". */
function categoryFromVerbBefore(tokens: readonly Token[], first: number): QuantityCategory | undefined {
  // Tables of figures: "Dead: 192", "Injured: 74".
  if (tokenAt(tokens, first - 1)?.text === ':') {
    const label = tokenAt(tokens, first - 2)?.lower ?? '';
    return VERB_CATEGORIES.get(label) ?? HEAD_CATEGORIES.get(label);
  }
  for (let i = first - 1; i >= 0 && i >= first - 3; i -= 1) {
    const word = tokens[i].lower;
    if (word === 'toll') return 'killed';
    // ("the arrest of two men", "the evacuation of 3,000 residents")
    const act = ACTS_UPON.get(word);
    if (act && tokenAt(tokens, i + 1)?.lower === 'of') return act;
    // ("cut down two of the marshals", "gunned down 14 villagers"; "shot down 30 aircraft" are craft by their noun)
    if (word === 'down' && STRUCK_DOWN.has(tokenAt(tokens, i - 1)?.lower ?? '')) return 'killed';
    const category = VERB_CATEGORIES.get(word);
    if (category) return category;
    if (CLAUSE_ENDS.has(word) || word === ',') return undefined;
  }
  return undefined;
}
