/**
 * Builds PLOVER events sentence by sentence: triggers, modality, participants, place, date and
 * counts, then links photographs to what they show. Layers are grouped by sentence and caption
 * up front, so the work stays linear in the size of the document.
 */
import { spanOf, type AnnalistDocument, type Entity, type Event, type EventWhen, type EventWhere, type MediaItem, type Quantity, type Sentence, type Timex } from '../model/document.js';
import { anyWordBetween, tokenize, type Token } from '../quantities/tokens.js';
import { sentencesOf } from '../quantities/spans.js';
import { captionFactsOf, linkMedia, type CaptionFacts } from '../media/evidence.js';
import { bucketBySpan } from './buckets.js';
import { attachCounts } from './counts.js';
import { findTriggers, mentionsSport, type TriggerMatch } from './detect.js';
import { TriggerFilter } from './prefilter.js';
import { modalityOf, sentenceCues, type Modality, type SentenceCues } from './modality.js';
import { actsOnPlace, isNominal, participantsOf, placeIsSubjectOf, placeUndergoes, sentencePlace, whereFromEntity, whereOf, type PlacedEntity } from './participants.js';
import { countedFrom, countedFromLast, goesOnInHistory, isDated, narrativeWhen, sameTime, statedWhen, whenFromTimex } from './when.js';

export interface EventsLayer {
  events: Event[];
  media: MediaItem[];
}

/** What one sentence's events are built from. */
interface SentenceInput {
  sentence: Sentence;
  entities: readonly Entity[];
  timexes: readonly Timex[];
  quantities: readonly Quantity[];
  /** The caption holding the sentence, with the facts it writes. */
  caption?: { item: MediaItem; facts: CaptionFacts };
  /** The last dated timex of an earlier sentence in the same paragraph. */
  paragraphAnchor?: Timex;
  /** The sentence before this one, in its paragraph, told the paragraph's anchor. */
  followsDated?: boolean;
  /** The document tells a history (narrative), whose paragraphs go on in the time they last told. */
  history?: boolean;
  /** Whether the sentence before or after speaks of sport. */
  sportNearby?: () => boolean;
  /** Event types already told by earlier sentences of the document. */
  toldTypes: ReadonlySet<string>;
}

export function extractEvents(doc: Readonly<AnnalistDocument>): EventsLayer {
  const sentences = sentencesOf(doc);
  const facts = captionFactsOf(doc);
  const entities = bucketBySpan(sentences, doc.entities);
  const timexes = bucketBySpan(sentences, doc.timexes);
  const quantities = bucketBySpan(sentences, doc.quantities);
  const captions = bucketBySpan(sentences, doc.media.map((item) => ({ start: item.caption.start, end: item.caption.end, item })));
  const anchors = new Map<string, Timex>();
  const drafts: Event[] = [];
  const filter = new TriggerFilter();
  const sport = new SportBySentence(doc.text, sentences);
  const toldTypes = new Set<string>();
  const headlined = new Set<Event>();
  // the last sentence that told a date
  let datedBefore = -1;
  const history = doc.documentType?.type === 'narrative';
  for (let k = 0; k < sentences.length; k += 1) {
    const sentence = sentences[k];
    // Most sentences hold no trigger word: they are never tokenized.
    if (filter.mayHoldTrigger(doc.text, sentence.start, sentence.end)) {
      const input: SentenceInput = { sentence, entities: entities[k], timexes: timexes[k], quantities: quantities[k], sportNearby: () => sport.at(k - 1) || sport.at(k + 1), toldTypes };
      const caption = captionHolding(doc, sentence, captions[k]);
      if (caption) input.caption = { item: caption, facts: facts.get(caption.id) ?? {} };
      const anchor = anchors.get(sentence.paragraph);
      if (anchor) input.paragraphAnchor = anchor;
      if (anchor && datedBefore === k - 1) input.followsDated = true;
      if (history) input.history = true;
      for (const event of eventsIn(doc.text, input)) {
        drafts.push(event);
        toldTypes.add(event.type);
        if (sentence.kind === 'heading') headlined.add(event);
      }
    }
    const lastDated = lastDatedOf(timexes[k]);
    if (lastDated) {
      anchors.set(sentence.paragraph, lastDated);
      datedBefore = k;
    }
  }
  const events = headlined.size > 0 ? withoutRetoldHeadlines(drafts, headlined) : drafts;
  // The drafts are this stage's own objects: numbering them in place copies nothing.
  events.forEach((event, index) => (event.id = `e${index + 1}`));
  return { events, media: linkMedia(doc, events, facts) };
}

/**
 * "Troops storm parliament" over "Soldiers stormed the parliament building on Monday": a headline
 * announces what the text then tells with its date and place, so its event is dropped when the
 * text reports one of the same type.
 */
function withoutRetoldHeadlines(drafts: readonly Event[], headlined: ReadonlySet<Event>): Event[] {
  const toldInText = new Set(drafts.filter((event) => !headlined.has(event)).map((event) => event.type));
  return drafts.filter((event) => !headlined.has(event) || !toldInText.has(event.type));
}

/** Whether each sentence speaks of sport, read on first need and kept for its neighbours. */
class SportBySentence {
  private readonly known = new Map<number, boolean>();

  constructor(
    private readonly text: string,
    private readonly sentences: readonly Sentence[],
  ) {}

  at(k: number): boolean {
    if (k < 0 || k >= this.sentences.length) return false;
    let sport = this.known.get(k);
    if (sport === undefined) {
      const { start, end } = this.sentences[k];
      sport = mentionsSport(tokenize(this.text, start, end));
      this.known.set(k, sport);
    }
    return sport;
  }
}

function lastDatedOf(timexes: readonly Timex[]): Timex | undefined {
  for (let k = timexes.length - 1; k >= 0; k -= 1) if (isDated(timexes[k])) return timexes[k];
  return undefined;
}

/** The media item whose caption holds the sentence (or that the sentence lies within). */
function captionHolding(doc: Readonly<AnnalistDocument>, sentence: Sentence, inside: ReadonlyArray<{ item: MediaItem }>): MediaItem | undefined {
  if (inside.length > 0) return inside[0].item;
  if (sentence.kind !== 'caption') return undefined;
  return doc.media.find((item) => item.caption.start <= sentence.start && sentence.end <= item.caption.end);
}

function eventsIn(text: string, input: SentenceInput): Event[] {
  const { sentence } = input;
  const tokens = tokenize(text, sentence.start, sentence.end);
  // Photographers and agencies named in credits take no part in what the picture shows.
  let placed: PlacedEntity[] | undefined;
  const placesOf = (): PlacedEntity[] => (placed ??= placeEntities(tokens, input.entities.filter((e) => e.zone !== 'credit')));
  const found = toldEvents(
    tokens,
    findTriggers(tokens, input.sportNearby ? { sportNearby: input.sportNearby } : {}),
    input.toldTypes,
    (match) => actsOnPlace(tokens, placesOf(), match),
    (match) => placeIsSubjectOf(tokens, placesOf(), match),
    // ("more than 250,000 have fled across the borders": a count of the displaced shows a displacement)
    input.quantities.some((q) => q.category === 'displaced'),
  );
  // A heading's noun names the episode the text is about ("The Siege of Leningrad"); a verb in a
  // headline still reports one ("Troops storm parliament").
  const headed = sentence.kind === 'heading' ? found.filter((match) => !isNominal(tokens, match)) : found;
  // A word inside a name is no event: "Amnesty International", "the Protest Party".
  const matches = headed.filter((match) => !insideName(placesOf(), match));
  if (matches.length === 0) return [];
  const entities = placesOf();
  const events: Event[] = [];
  let cues: SentenceCues | undefined;
  for (const match of matches) {
    const modality = modalityOf(tokens, match.first, match.end, (cues ??= sentenceCues(tokens)));
    if (modality.threatened && match.type !== 'THREATEN') continue;
    const recoded = recode(tokens, match, modality);
    // ("Kars was captured on 28 November": a town taken is an assault, a person taken an arrest)
    const coded = recoded.type === 'COERCE' && tokens[recoded.first].lower === 'captured' && placeUndergoes(tokens, entities, recoded) ? { ...recoded, type: 'ASSAULT', mode: undefined } : recoded;
    const trigger = spanOf(text, tokens[match.first].start, tokens[match.end - 1].end);
    // ("Bucharest fell to the Central Powers": who a town falls to took it)
    const participants = participantsOf(tokens, entities, coded);
    const fellTo = tokens[coded.end]?.lower === 'to';
    const { actors, recipients } = coded.rule.placeSubject ? { actors: fellTo ? participants.recipients : [], recipients: [] } : participants;
    const event: Event = {
      id: '',
      type: coded.type,
      trigger,
      actors,
      recipients,
      when: whenOf(text, input, trigger),
      where: whereFor(tokens, entities, coded, input),
      counts: {},
      negated: modality.negated,
      hypothetical: modality.hypothetical,
      future: modality.future,
      reported: modality.reported,
      sentence: spanOf(text, sentence.start, sentence.end),
    };
    if (coded.mode) event.mode = coded.mode;
    if (input.caption) event.media = input.caption.item.id;
    events.push(event);
  }
  const merged = mergeCasualties(events);
  attachCounts(merged, input.quantities);
  return merged;
}

/** The trigger lies within a longer name the entity layer found. */
function insideName(entities: readonly PlacedEntity[], match: TriggerMatch): boolean {
  return entities.some((p) => p.first <= match.first && match.end <= p.end && p.end - p.first > match.end - match.first);
}

const CASUALTY_TRIGGER = /^(?:killed|killing|kill|kills|dead)$/i;

/**
 * "Soldiers opened fire on the crowd, killing four", "300 were killed in clashes": the deaths are
 * the outcome of the assault the sentence tells, not a second event; the act keeps the trigger.
 */
function mergeCasualties(events: readonly Event[]): Event[] {
  const casualties = events.filter((e) => e.type === 'ASSAULT' && CASUALTY_TRIGGER.test(e.trigger.text));
  const merged = new Set<Event>();
  for (const casualty of casualties) {
    const cause = events.find(
      (e) => e.type === 'ASSAULT' && !casualties.includes(e) && e.negated === casualty.negated && e.hypothetical === casualty.hypothetical && casualty.actors.every((a) => e.actors.includes(a)) && !datedApart(e, casualty) && !contrasted(e, casualty),
    );
    if (!cause) continue;
    // ("Ross's followers killed Major Ridge ... in separate attacks": a killing told with its killers before the
    // act that names it keeps its verb; "300 were killed in clashes" is told by the clashes)
    const [kept, folded] = casualty.trigger.start < cause.trigger.start && toldActive(casualty) ? [casualty, cause] : [cause, casualty];
    kept.recipients = [...new Set([...kept.recipients, ...folded.recipients])];
    merged.add(folded);
  }
  return events.filter((e) => !merged.has(e));
}

/**
 * "killed" with its victims as object ("followers killed Major Ridge", "soldiers killed tens of thousands"),
 * not a passive ("were killed", "28 people killed in the bombing") nor a second verb ("defeated and killed").
 */
function toldActive(casualty: Event): boolean {
  const offset = casualty.trigger.start - casualty.sentence.start;
  // (a bounded tail and head: the expressions read a few words, whatever the sentence's length)
  const before = casualty.sentence.text.slice(Math.max(0, offset - ACTIVE_REACH), offset);
  const after = casualty.sentence.text.slice(offset + casualty.trigger.text.length, offset + casualty.trigger.text.length + ACTIVE_REACH);
  return /^killed$/i.test(casualty.trigger.text) && !/(?:\b(?:was|were|been|being|be|is|are|and)\s+(?:\w+ly\s+)?|,\s*)$/i.test(before) && KILLED_OBJECT.test(after);
}

/** Characters read on each side of "killed" to tell its voice. */
const ACTIVE_REACH = 40;

/** What may open the object of an active "killed": a figure, a determiner, a name. */
const KILLED_OBJECT = /^ (?:\d|(?:the|a|an|his|her|their|its|about|some|more|at|tens|hundreds|thousands|dozens|scores|several|many|two|three|four|five|six|seven|eight|nine|ten) |\p{Lu})/u;

/** "Ross attacked the lines at North Point, but he was killed by a rifleman": a contrast parts two events. */
function contrasted(a: Event, b: Event): boolean {
  const [first, second] = a.trigger.start < b.trigger.start ? [a, b] : [b, a];
  const between = first.sentence.text.slice(first.trigger.end - first.sentence.start, second.trigger.start - first.sentence.start);
  return CONTRAST.test(between);
}

const CONTRAST = /\b(?:but|yet|although|though|whereas)\b/;

/** "York was killed at Wakefield on 30 December, and in February the army defeated Warwick": two days, two events. */
function datedApart(a: Event, b: Event): boolean {
  // (one date inside the other, "20 March" and "5.30am on 20 March", is one time)
  return a.when.value !== undefined && b.when.value !== undefined && !sameTime(a.when.value, b.when.value);
}

const VERBAL_TYPES = new Set(['ACCUSE', 'REQUEST', 'REJECT', 'THREATEN', 'SUPPORT', 'AGREE']);
const CONTENT_WINDOW = 6;
const ANAPHORIC_DETERMINERS = new Set(['the', 'these', 'those', 'such']);
const QUALIFIED_NOUNS = new Set([
  'victims', 'victim', 'survivors', 'suspects', 'suspect', 'site', 'sites', 'anniversary', 'investigation',
  'investigations', 'investigators', 'trial', 'case', 'probe', 'inquiry', 'scene', 'memorial', 'warrant', 'warrants',
  'leaders', 'organisers', 'organizers', 'committee', 'committees', 'policy', 'law', 'laws', 'threat', 'threats', 'plot', 'plots', 'plan', 'plans',
  'forces', 'troops', 'rifle', 'rifles', 'weapons', 'craft', 'team', 'teams', 'unit', 'units', 'vehicle', 'vehicles',
  'helicopters', 'ships', 'boats', 'war', 'aircraft', 'squad', 'squads', 'range', 'gallery', 'runners', 'runner',
  // "the invasion sequence", "a riot scene": a part of a film, a game or a book.
  'center', 'centre', 'centers', 'centres', 'camp', 'camps', 'facility', 'facilities', 'conditions',
  'sequence', 'sequences', 'scenes', 'film', 'films', 'movie', 'movies', 'drama', 'novel', 'game', 'games', 'footage', 'video', 'simulation', 'exercise', 'exercises', 'drill', 'drills',
]);
/** How far after "agreed"/"promised" an act after "to" is still what was promised. */
const PROMISE_WINDOW = 6;
const POSSIBILITY_NOUNS = new Set(['threat', 'threats', 'risk', 'risks', 'fear', 'fears', 'danger', 'prospect', 'possibility', 'spectre', 'specter', 'likelihood', 'chance', 'chances']);
const GERUND_GOVERNORS = new Set(['about', 'from', 'against', 'without']);
const ADJECTIVE_DETERMINERS = new Set(['of', 'the', 'a', 'an', 'for', 'about', 'with', 'newly', 'recently']);
/** Words that show a displacement of people rather than one person running off. */
const DISPLACEMENT_CONTEXT = new Set([
  'refugees', 'people', 'civilians', 'families', 'residents', 'villagers', 'thousands', 'hundreds', 'millions', 'dozens',
  'inhabitants', 'population', 'populations', 'exiles', 'emigrants', 'migrants', 'citizens', 'tens', 'crowds',
  'townspeople', 'peasants', 'minority', 'minorities', 'tribe', 'tribes', 'communities', 'children', 'women', 'jews',
  'survivors', 'hundred', 'thousand', 'settlers', 'farmers', 'tenants', 'tribesmen', 'crofters', 'serfs', 'natives',
]);
/**
 * What else shows an evacuation moves people: the places emptied ("the town had been evacuated")
 * and the groups moved out of them ("evacuated 600 workers").
 */
const EVACUATION_CONTEXT = new Set([
  'town', 'towns', 'city', 'cities', 'village', 'villages', 'area', 'areas', 'region', 'district', 'districts', 'zone',
  'neighbourhood', 'neighborhood', 'neighbourhoods', 'neighborhoods', 'suburb', 'suburbs', 'camp', 'camps', 'province',
  'island', 'islands', 'settlement', 'settlements', 'coast', 'workers', 'staff', 'employees', 'patients', 'passengers',
  'tourists', 'students', 'pupils', 'personnel', 'nationals', 'foreigners', 'diplomats', 'crews',
]);
/** Words that say a gathering is a protest: what it is against or for, how it shows it. */
const PROTEST_CUES = new Set([
  'protest', 'protests', 'protesting', 'protesters', 'protestors', 'demonstration', 'demonstrators', 'demonstrate', 'rally', 'against',
  'demanding', 'demand', 'demands', 'chanting', 'chanted', 'slogans', 'banners', 'placards', 'strike', 'strikers', 'petition', 'sit-in',
]);
/** Words that show a march is a protest: who marches, or what for. */
const PROTEST_CONTEXT = new Set([
  'protest', 'protesters', 'protestors', 'demonstrators', 'students', 'student', 'workers', 'strikers', 'activists',
  'people', 'women', 'civilians', 'citizens', 'crowds', 'crowd', 'residents', 'miners', 'unions', 'union', 'supporters',
  'pupils', 'schoolchildren', 'marchers', 'peasants', 'farmers', 'veterans', 'against', 'demanding', 'demand', 'rights',
  'solidarity', 'slogans', 'chanting', 'banners', 'peace', 'freedom', 'thousands', 'hundreds', 'tens', 'opposition',
  'anti', 'rally', 'vigil', 'equality', 'independence', 'reforms', 'reform', 'democracy',
]);

function isPossessive(word: string): boolean {
  return word.endsWith("'s") || word.endsWith('\u2019s');
}

/**
 * Drops triggers that do not tell a new event: a noun that is what a statement is about ("accused
 * Moscow of an armed invasion", "condemned the killings"), and a definite plural noun that points
 * back to events already told ("faced with the protests").
 */
function toldEvents(
  tokens: readonly Token[],
  matches: readonly TriggerMatch[],
  toldTypes: ReadonlySet<string> = new Set(),
  onNamedPlace: (match: TriggerMatch) => boolean = () => false,
  placeIsSubject: (match: TriggerMatch) => boolean = () => false,
  countsDisplaced = false,
): TriggerMatch[] {
  if (matches.length === 0) return [];
  // Read on first need: most sentences hold no flight and no march.
  let displacementContext: boolean | undefined;
  let protestContext: boolean | undefined;
  let protestCue: boolean | undefined;
  const told = matches.filter((match, k) => {
    const before = tokens[match.first - 1]?.lower ?? '';
    const after = tokens[match.end]?.lower ?? '';
    const participle = tokens[match.first].lower.endsWith('ed');
    // "those killed", "the wounded": the people, not the act.
    if (match.rule.pos === 'verb' && (before === 'those' || before === 'the') && participle) return false;
    // "murdered women", "the bombed embassy": a participle describing a noun.
    // ("Harold's exiled brother": a possessive before the participle is a determiner too)
    if ((ADJECTIVE_DETERMINERS.has(before) || isPossessive(before)) && match.rule.pos === 'verb' && participle && tokens[match.end]?.kind === 'word') return false;
    // "talk about killing", "prohibited from killing": a gerund after these prepositions is no act.
    if (GERUND_GOVERNORS.has(before) && tokens[match.first].lower.endsWith('ing')) return false;
    // "agreed to withdraw", "promised to release": the promise is the event (AGREE), not the act.
    // "agreed to disarm and to hold talks": each act after "to" is part of the promise.
    const promiser = matches[k - 1];
    if (promiser?.type === 'AGREE' && match.type !== 'AGREE' && match.first - promiser.end <= PROMISE_WINDOW && tokens[match.first - 1]?.lower === 'to') return false;
    // One person fleeing a scene is not a displacement; an army fleeing is a retreat.
    if (match.type === 'DISPLACE' && !countsDisplaced && !(displacementContext ??= anyWordIn(tokens, DISPLACEMENT_CONTEXT)) && !leavesCountry(tokens, match) && !(isEvacuation(tokens, match) && (anyWordIn(tokens, EVACUATION_CONTEXT) || onNamedPlace(match)))) return false;
    // "captured Philadelphia" is an assault, "captured the suspect" is not: some acts count only when done to a named place.
    if (match.rule.placeObject && !onNamedPlace(match)) return false;
    if (match.rule.placeSubject && !placeIsSubject(match)) return false;
    // ("Thousands of mourners gathered at the cemetery": a gathering protests only when the sentence says so)
    if (match.rule.protestCue && !(protestCue ??= anyWordIn(tokens, PROTEST_CUES))) return false;
    // Armies march too: a march is a protest only when the sentence says who marches or why.
    if (match.type === 'PROTEST' && tokens[match.first].lower.startsWith('march') && !(protestContext ??= anyWordIn(tokens, PROTEST_CONTEXT))) return false;
    if (!isNominal(tokens, match)) return true;
    // "bombing victims", "the attack site": the noun qualifies another noun.
    if (QUALIFIED_NOUNS.has(after)) return false;
    // "the threat of deportation", "fear of arrest": what might happen, not what did.
    if (before === 'of' && POSSIBILITY_NOUNS.has(tokens[match.first - 2]?.lower ?? '')) return false;
    const statement = matches.slice(0, k).some((m) => VERBAL_TYPES.has(m.type) && match.first - m.end <= CONTENT_WINDOW && !contrastBetween(tokens, m.end, match.first));
    const word = tokens[match.end - 1].lower;
    const oneWord = match.end - match.first === 1;
    const anaphoric = ANAPHORIC_DETERMINERS.has(before) && word.endsWith('s') && oneWord;
    // "The attack was the first in Bamako": a bare definite noun names an event of a kind already told.
    const toldBefore = (before === 'the' || before === 'this' || before === 'that') && oneWord && toldTypes.has(match.type) && !NEW_EVENT_MODIFIERS.has(after) && !spreads(tokens, match.end);
    return !statement && !anaphoric && !toldBefore;
  });
  return told.length === matches.length ? told : withoutCasualtiesOfDropped(tokens, matches, told);
}

/** Words that open a clause of its own, which a statement's content does not cross: "called for talks, but protests went on". */
const CONTRAST_WORDS = new Set(['but', 'yet', ';', 'although', 'though', 'whereas', 'while']);

function contrastBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CONTRAST_WORDS.has(tokens[k].lower)) return true;
  return false;
}

/** Words after a definite noun that introduce a new event rather than point back: "the attack on the airport". */
const NEW_EVENT_MODIFIERS = new Set(['on', 'against', 'in', 'at', 'of', 'by', 'near', 'outside', 'inside', 'upon', 'that', 'which', 'from', 'across', 'along']);
/** "the strike had spread to 400 towns": the told event reaches new places or days, which is news. */
const SPREAD_VERBS = new Set(['spread', 'spreads', 'spreading', 'continued', 'continues', 'escalated', 'resumed', 'widened', 'reached', 'grew', 'extended']);

function spreads(tokens: readonly Token[], end: number): boolean {
  return SPREAD_VERBS.has(tokens[end]?.lower ?? '') || SPREAD_VERBS.has(tokens[end + 1]?.lower ?? '');
}

const CASUALTY_LINKS = new Set(['in', 'during', 'by']);

/**
 * "At least a dozen were killed in the assaults": when the act the deaths come from is one told
 * before (and so dropped here), the deaths are its outcome, not a new assault.
 */
function withoutCasualtiesOfDropped(tokens: readonly Token[], matches: readonly TriggerMatch[], told: readonly TriggerMatch[]): TriggerMatch[] {
  const kept = new Set(told);
  return told.filter((match) => {
    if (match.type !== 'ASSAULT' || !CASUALTY_TRIGGER.test(tokens[match.first].lower)) return true;
    const cause = matches.find((m) => !kept.has(m) && m.type === 'ASSAULT' && m.first > match.end && m.first - match.end <= 3);
    return !(cause && CASUALTY_LINKS.has(tokens[match.end]?.lower ?? ''));
  });
}

/**
 * "Some 200,000 fled the country", "300,000 Palestinians fled", "the king fled abroad", "went into exile":
 * a count, a people or a flight from the country is a displacement with no crowd word in the sentence.
 */
function leavesCountry(tokens: readonly Token[], match: TriggerMatch): boolean {
  const after = tokens[match.end]?.lower;
  if (tokens[match.end - 1]?.lower === 'exile' || after === 'abroad' || (after === 'the' && tokens[match.end + 1]?.lower === 'country')) return true;
  const before = tokens[match.first - 1];
  if (!before) return false;
  // (a people counted: "300,000 Palestinians fled"; not an army in battle, "as the Hungarians fled")
  return before.kind === 'number' || (before.text !== before.lower && PEOPLE_NAME_ENDINGS.test(before.lower) && tokens[match.first - 2]?.kind === 'number');
}

/** Endings of peoples' names in the plural: Hungarians, Israelis, Berliners, Czechs, Kurds. */
const PEOPLE_NAME_ENDINGS = /(?:ans|is|ites|ers|chs|urds)$/;

function isEvacuation(tokens: readonly Token[], match: TriggerMatch): boolean {
  return tokens[match.first].lower.startsWith('evacuat');
}

function anyWordIn(tokens: readonly Token[], words: ReadonlySet<string>): boolean {
  for (let k = 0; k < tokens.length; k += 1) if (words.has(tokens[k].lower)) return true;
  return false;
}

/** Crowds blocking roads or occupying a building protest; authorities blocking access coerce. */
const PROTESTER_WORDS = new Set([
  'protesters', 'protestors', 'demonstrators', 'people', 'crowds', 'crowd', 'students', 'workers', 'strikers', 'activists',
  'residents', 'villagers', 'farmers', 'truckers', 'drivers', 'miners', 'marchers',
]);

const MARCHING_IN = new Set(['marched', 'poured', 'streamed', 'moved']);

function protestersBefore(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 12; k -= 1) if (PROTESTER_WORDS.has(tokens[k].lower) && !actedUpon(tokens, k)) return true;
  return false;
}

/** Verbs whose object the crowd after them is: "authorities arrested more than 200 people and blocked access" is no crowd blocking. */
const ACTS_ON_PEOPLE = new Set(['arrested', 'detained', 'killed', 'wounded', 'injured', 'dispersed', 'held', 'jailed', 'evacuated', 'expelled', 'deported', 'rounded']);
/** How far back from a crowd word its verb may stand ("arrested more than 200 people"). */
const OBJECT_REACH = 5;

function actedUpon(tokens: readonly Token[], at: number): boolean {
  return anyWordBetween(tokens, at - 1, at - 1 - OBJECT_REACH, ACTS_ON_PEOPLE);
}

/**
 * Recodes a trigger from its context: roads blocked by crowds are a PROTEST (obstruct), and a
 * withdrawal only announced or promised is a verbal concession (PLOVER CONCEDE), not yet a
 * material RETREAT.
 */
function recode(tokens: readonly Token[], match: TriggerMatch, modality: Modality): TriggerMatch {
  const occupation = match.type === 'ASSAULT' && /^(?:occupied|seized)$/.test(tokens[match.first].lower);
  if (((match.type === 'COERCE' && match.mode === 'restrict') || occupation) && protestersBefore(tokens, match.first)) {
    return { ...match, type: 'PROTEST', mode: 'obstruct' };
  }
  // "students marched into the city": a crowd entering, not a force deployed.
  if (match.type === 'MOBILIZE' && MARCHING_IN.has(tokens[match.first].lower) && protestersBefore(tokens, match.first)) {
    return { ...match, type: 'PROTEST', mode: 'demo' };
  }
  if (match.type === 'RETREAT' && (modality.future || modality.hypothetical)) {
    const { mode: _mode, ...rest } = match;
    return { ...rest, type: 'CONCEDE' };
  }
  return match;
}

function whenOf(text: string, input: SentenceInput, trigger: { start: number; end: number }): EventWhen {
  const stated = statedWhen(text, input.sentence, input.timexes, trigger);
  if (stated) {
    // ("stormed the house on Sept. 20, and two days later troops shelled the town": counted from the date stated)
    const later = countedFromLast(text, input.timexes, undefined, trigger);
    return countedFrom(text, input.timexes, stated, trigger) ?? (later?.timex === stated.timex ? later : undefined) ?? stated;
  }
  const counted = countedFromLast(text, input.timexes, input.paragraphAnchor, trigger);
  if (counted) return counted;
  // (a caption's own date is read below; "was later convicted" is told apart from the time before it)
  const goesOn = input.history && !input.caption && !toldApartFromPicture(text, input.sentence.start, trigger.start);
  const narrative = narrativeWhen(text, input.sentence, input.paragraphAnchor, input.followsDated === true) ?? (goesOn ? goesOnInHistory(text, input.sentence, input.paragraphAnchor) : undefined);
  if (narrative) return narrative;
  const captionTimex = input.caption?.facts.timex;
  if (captionTimex && !toldApartFromPicture(text, input.sentence.start, trigger.start)) return whenFromTimex(captionTimex, 'caption');
  return { basis: 'none' };
}

/** A word before the trigger that sets what it tells apart from the moment shown: "two miners were later convicted". */
const APART_FROM_PICTURE = /\b(?:later|afterwards|eventually|subsequently|earlier|previously|since)\b/i;

/** The caption's own date is not the event's when its sentence tells it happened at another time. */
function toldApartFromPicture(text: string, sentenceStart: number, triggerStart: number): boolean {
  return APART_FROM_PICTURE.test(text.slice(sentenceStart, triggerStart));
}

function whereFor(tokens: readonly Token[], placed: readonly PlacedEntity[], match: TriggerMatch, input: SentenceInput): EventWhere {
  const stated = whereOf(tokens, placed, match) ?? sentencePlace(tokens, placed, match);
  if (stated) return stated;
  const captionPlace = input.caption?.facts.entity;
  if (captionPlace) return whereFromEntity(captionPlace, 'caption');
  return { basis: 'none' };
}

/** Token ranges of the sentence's entities (both sorted by offset). */
function placeEntities(tokens: readonly Token[], entities: readonly Entity[]): PlacedEntity[] {
  const placed: PlacedEntity[] = [];
  let first = 0;
  for (const entity of entities) {
    while (first < tokens.length && tokens[first].end <= entity.start) first += 1;
    if (first >= tokens.length || tokens[first].start >= entity.end) continue;
    let end = first;
    while (end < tokens.length && tokens[end].start < entity.end) end += 1;
    placed.push({ entity, first, end });
  }
  return placed;
}
