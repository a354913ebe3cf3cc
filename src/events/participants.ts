/**
 * Who did it, to whom, and where, from the entities of the trigger's sentence and the words around
 * them: subjects come before an active verb, objects after it; a passive verb swaps them and takes
 * its actor from "by ..."; places come from locative prepositions or a verb's place object.
 */
import type { Entity, EventWhere } from '../model/document.js';
import { touchesNext, touchesPrevious, type Token } from '../quantities/tokens.js';
import type { TriggerMatch } from './detect.js';
import { TENS_WORDS, UNIT_WORDS } from '../text/number-words.js';

/** An entity of the sentence with the token indexes it covers. */
export interface PlacedEntity {
  entity: Entity;
  first: number;
  end: number;
}

const PREPOSITIONS = new Set([
  'in', 'at', 'of', 'from', 'to', 'on', 'near', 'with', 'by', 'for', 'into', 'toward', 'towards', 'across',
  'against', 'over', 'under', 'after', 'before', 'during', 'outside', 'inside', 'throughout', 'around', 'through',
  'between', 'among', 'upon', 'onto', 'within', 'beyond', 'behind', 'via', 'about',
]);
const SKIPPABLE = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'some', 'several', 'many', 'all', 'unarmed', 'armed', 'peaceful', 'local',
  'other', 'central', 'northern', 'southern', 'eastern', 'western', 'downtown', 'north', 'south', 'east', 'west', 'rural',
  'occupied', 'besieged', 'neighbouring', 'neighboring', 'nearby', 'greater', 'inner', 'outer', 'suburban',
]);
/** Prepositions that place a forceful or military event in the place they govern: "moved into X", "an attack on X". */
const ENTERING = new Set(['into', 'on']);
const ENTERING_TYPES = new Set(['ASSAULT', 'MOBILIZE', 'COERCE']);
const RECIPIENT_PREPOSITIONS = new Set(['on', 'against', 'upon', 'with', 'to', 'of']);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my']);
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout', 'around', 'within', 'through']);
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'got']);
const IRREGULAR_PARTICIPLES = new Set(['shot', 'beaten', 'hung', 'held', 'taken', 'driven', 'fought', 'withdrawn', 'hit', 'slain', 'thrown']);
const OBJECT_STOPS = new Set(['.', ';', ':', 'who', 'which', 'that', 'while', 'but', 'after', 'before', 'when', '–', '—']);
const PLACE_OBJECT_TYPES = new Set(['ASSAULT', 'MOBILIZE', 'PROTEST', 'DISPLACE', 'RETREAT', 'COERCE']);
const VERBAL_TYPES = new Set(['AGREE', 'SUPPORT', 'CONCEDE', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'CONSULT']);
const SUBJECT_OPENERS = new Set([
  ',', ';', ':', '–', '—', '"', '“', '(', 'and', 'but', 'that', 'when', 'while', 'after', 'before', 'as', 'then',
  'because', 'since', 'although', 'though', 'whereas', 'where', 'once', 'until', 'if', 'yesterday', 'today', 'later',
  'meanwhile', 'also', 'eventually', 'finally', 'soon', 'subsequently', 'both', 'including',
]);
const CLAUSE_WORDS = new Set(['and', 'or', 'but', 'as', 'while', 'when', 'where', 'which', 'who', 'that', 'after', 'before', 'since', 'until', 'then', 'again']);
const PLACE_NOUNS = new Set(['town', 'city', 'village', 'capital', 'port', 'region', 'province', 'district', 'suburb', 'township', 'island', 'state', 'county', 'valley', 'camp', 'area', 'enclave', 'settlement', 'fortress', 'outskirts']);
const COUNT_WORDS = new Set([
  'more', 'than', 'as', 'many', 'up', 'to', 'about', 'some', 'nearly', 'almost', 'over', 'at', 'least', 'around',
  'hundreds', 'thousands', 'dozens', 'scores', 'millions', 'several', 'most', 'estimated', 'roughly', 'approximately',
  'million', 'thousand', 'hundred', 'tens', 'of',
]);
/** Words of a count before a group ("fourteen students", "a few dozen police"). */
const NUMBER_WORDS: ReadonlySet<string> = new Set([...UNIT_WORDS.keys(), ...TENS_WORDS.keys(), 'dozen', 'dozens', 'a', 'few']);
const COORDINATION = new Set(['and', ',', 'including', 'among', 'them', 'as', 'well']);
/** Nouns for a force that belongs to the entity after "of": "aircraft of the Condor Legion", "troops of the 3rd Army". */
const FORCE_NOUNS = new Set(['aircraft', 'planes', 'bombers', 'jets', 'helicopters', 'warships', 'gunboats', 'tanks', 'troops', 'soldiers', 'gunmen', 'militiamen']);
const OBJECT_WINDOW = 6;
const SUBJECT_WINDOW = 25;

export interface Participants {
  actors: string[];
  recipients: string[];
}

function isPlace(placed: PlacedEntity): boolean {
  return placed.entity.label === 'PLACE';
}

/** Countries and former states can act; towns, streets and buildings cannot. */
function canAct(placed: PlacedEntity): boolean {
  if (!isPlace(placed)) return true;
  const kind = placed.entity.place?.kind;
  return kind === 'country' || kind === 'historical-polity';
}

function precededByPreposition(tokens: readonly Token[], placed: PlacedEntity): string | undefined {
  let k = skipBack(tokens, placed.first - 1);
  // "near the border town of Malakal": the preposition governs the town the name stands for.
  if (tokens[k]?.lower === 'of' && PLACE_NOUNS.has(tokens[k - 1]?.lower ?? '')) {
    k = skipBack(tokens, k - 2);
    if (k >= 0 && tokens[k].kind === 'word' && !PREPOSITIONS.has(tokens[k].lower)) k = skipBack(tokens, k - 1);
  }
  const word = tokens[k]?.lower;
  return word && PREPOSITIONS.has(word) ? word : undefined;
}

export function isPassive(tokens: readonly Token[], match: TriggerMatch): boolean {
  if (match.rule.pos !== 'verb') return false;
  const word = tokens[match.first].lower;
  if (!word.endsWith('ed') && !word.endsWith('en') && !IRREGULAR_PARTICIPLES.has(word)) return false;
  for (let k = match.first - 1; k >= 0 && k >= match.first - 3; k -= 1) {
    if (PASSIVE_AUXILIARIES.has(tokens[k].lower)) return true;
  }
  return false;
}

/** A noun trigger or a verb used as a noun ("the invasion", "a student march"). */
export function isNominal(tokens: readonly Token[], match: TriggerMatch): boolean {
  if (match.rule.pos === 'noun') return true;
  const before = tokens[match.first - 1]?.lower ?? '';
  return before === 'the' || before === 'a' || before === 'an' || /(?:ion|ions|ment|ings?)$/.test(tokens[match.first].lower) && before !== 'were' && before !== 'was';
}

export function participantsOf(tokens: readonly Token[], entities: readonly PlacedEntity[], match: TriggerMatch): Participants {
  // (who reports a deed does not do it or suffer it: "Residents said clashes broke out", "Police arrested 21 people, the minister told reporters";
  // a verbal act is the speaker's own)
  const verbal = VERBAL_TYPES.has(match.type);
  const agents = entities.filter((p) => canAct(p) && (verbal || !reports(tokens, p)));
  if (isNominal(tokens, match)) return nominalParticipants(tokens, agents, match);
  const subject = subjectBefore(tokens, agents, match.first);
  const object = objectAfter(tokens, agents, match.end);
  const byPhrase = byAgentAfter(tokens, agents, match.end);
  if (isPassive(tokens, match)) return { actors: ids(byPhrase), recipients: ids(subject) };
  return { actors: ids(subject), recipients: ids(object) };
}

/** Longest place phrase ("in Hodeidah") and appositive (", a commander with the army,") passed over between a source and its verb. */
const SOURCE_PLACE_REACH = 3;
const SOURCE_APPOSITIVE_REACH = 12;
const SOURCE_PLACE_WORDS = new Set(['in', 'at', 'from', 'near', 'outside']);

/** The token after a source's place phrase or appositive, if one follows it at `k`: where its verb would be. */
function pastModifiers(tokens: readonly Token[], k: number): number {
  const word = tokens[k]?.lower ?? '';
  if (SOURCE_PLACE_WORDS.has(word)) {
    for (let i = k + 1; i < tokens.length && i <= k + SOURCE_PLACE_REACH; i++) if (SOURCE_VERBS.has(tokens[i].lower)) return i;
    return k;
  }
  if (word === ',' && ['a', 'an', 'the'].includes(tokens[k + 1]?.lower ?? '')) {
    for (let i = k + 2; i < tokens.length && i <= k + SOURCE_APPOSITIVE_REACH; i++) if (tokens[i].lower === ',') return i + 1;
  }
  return k;
}

/** Verbs that only give a source ("declared war", "claimed the islands" are acts of their own). */
const SOURCE_VERBS = new Set(['said', 'says', 'say', 'told', 'tells', 'reported', 'reports', 'announced', 'stated', 'confirmed', 'added', 'noted', 'insisted']);
/** Pronouns by which a source goes on as the doer: "Police said they had made 80 arrests". */
const SELF_PRONOUNS = new Set(['they', 'it', 'he', 'she', 'we', 'its', 'their', 'his', 'her', 'our']);
/** Tokens after the reporting verb within which such a pronoun is looked for. */
const SELF_REACH = 5;

/**
 * The entity is a source and no more: its reporting verb follows it ("Residents said") or comes just
 * before it (", said Colonel Abdi", "according to police"), and the report does not go on with it as
 * "they" or "it".
 */
function reports(tokens: readonly Token[], placed: PlacedEntity): boolean {
  let verb = pastModifiers(tokens, placed.end);
  if (PERFECT_AUXILIARIES.has(tokens[verb]?.lower ?? '')) verb += 1;
  if (SOURCE_VERBS.has(tokens[verb]?.lower ?? '')) {
    // ("Police said Thursday afternoon that they had detained", "the Red Cross said its teams had evacuated")
    for (let k = verb + 1; k < tokens.length && k <= verb + SELF_REACH; k++) if (SELF_PRONOUNS.has(tokens[k].lower)) return false;
    return true;
  }
  const before = tokens[placed.first - 1]?.lower ?? '';
  return SOURCE_VERBS.has(before) || (before === 'to' && tokens[placed.first - 2]?.lower === 'according');
}

function nominalParticipants(tokens: readonly Token[], agents: readonly PlacedEntity[], match: TriggerMatch): Participants {
  const modifier = agents.filter((p) => p.end <= match.first && match.first - p.end <= 1);
  const possessor = agents.filter((p) => tokens[p.end]?.text === "'s" && p.end + 2 >= match.first);
  const actors = [...modifier, ...possessor, ...byAgentAfter(tokens, agents, match.end)];
  const recipients = objectAfter(tokens, agents, match.end, true);
  return { actors: ids(actors), recipients: ids(recipients.filter((r) => !actors.includes(r))) };
}

/** The nearest entity before the trigger that is not inside a prepositional phrase, with its coordinates. */
function subjectBefore(tokens: readonly Token[], agents: readonly PlacedEntity[], first: number): PlacedEntity[] {
  // ("fled through Hungary and Czechoslovakia, and on 9 October about 70,000 people marched": the people march)
  if (countedSubjectJustBefore(tokens, first)) return [];
  const before = agents.filter((p) => p.end <= first && first - p.end <= SUBJECT_WINDOW && opensClause(tokens, p));
  const nearest = before[before.length - 1];
  if (!nearest) return [];
  return withCoordinated(tokens, before, nearest);
}

/** Plural nouns for people that a count before a verb may be of ("70,000 people marched"). */
const COUNTED_PEOPLE = new Set(['people', 'men', 'women', 'children', 'persons']);

/** A count of people stands right before the verb, with no entity in it: "about 70,000 people marched". */
function countedSubjectJustBefore(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && PERFECT_AUXILIARIES.has(tokens[k].lower)) k--;
  const noun = tokens[k];
  if (!noun || !COUNTED_PEOPLE.has(noun.lower)) return false;
  const count = tokens[k - 1];
  if (!count) return false;
  return isCountToken(count) || (count.lower === 'of' && COUNT_WORDS.has(tokens[k - 2]?.lower ?? ''));
}

/** A number that counts (not a four-digit year) or a number word: "2,500", "two". */
function isCountToken(token: Token): boolean {
  return (token.kind === 'number' && !/^\d{4}$/.test(token.text)) || NUMBER_WORDS.has(token.lower);
}

/** A subject starts the sentence or a clause: nothing but a clause opener comes before it. */
function opensClause(tokens: readonly Token[], placed: PlacedEntity): boolean {
  let k = skipBack(tokens, placed.first - 1);
  if (k < 0) return true;
  // "2,500 Hungarians", "more than 100,000 troops": look before the count.
  const isCount = isCountToken(tokens[k]);
  if (isCount) k = skipBack(tokens, skipCount(tokens, k));
  if (k < 0) return true;
  const word = tokens[k].lower;
  // "Hundreds of revolutionaries": the counted group is the subject.
  if (word === 'of' && COUNT_WORDS.has(tokens[k - 1]?.lower ?? '')) return opensBefore(tokens, k - 1);
  // "German aircraft of the Condor Legion bombed": the force's owner acts through it
  if (word === 'of' && FORCE_NOUNS.has(tokens[k - 1]?.lower ?? '')) return opensForcePhrase(tokens, k - 1);
  return SUBJECT_OPENERS.has(word) || tokens[k].kind === 'number' || isSpacedHyphen(tokens, k);
}

/** A hyphen with spaces round it is a dash ("NAIROBI (Reuters) - Police fired"), not part of a word. */
function isSpacedHyphen(tokens: readonly Token[], k: number): boolean {
  return tokens[k].text === '-' && !touchesPrevious(tokens, k) && !touchesNext(tokens, k);
}

/** The force noun at `noun`, after at most two modifiers ("German", "heavy"), opens a clause. */
function opensForcePhrase(tokens: readonly Token[], noun: number): boolean {
  let k = skipBack(tokens, noun - 1);
  for (let modifiers = 0; modifiers < 2 && k >= 0 && tokens[k].kind === 'word' && !SUBJECT_OPENERS.has(tokens[k].lower) && !PREPOSITIONS.has(tokens[k].lower); modifiers += 1) {
    k = skipBack(tokens, k - 1);
  }
  return k < 0 || SUBJECT_OPENERS.has(tokens[k].lower) || tokens[k].kind === 'number';
}

function opensBefore(tokens: readonly Token[], k: number): boolean {
  const previous = skipBack(tokens, k - 1);
  return previous < 0 || SUBJECT_OPENERS.has(tokens[previous].lower);
}

function skipBack(tokens: readonly Token[], k: number): number {
  let i = k;
  while (i >= 0 && SKIPPABLE.has(tokens[i].lower)) i -= 1;
  return i;
}

/** Index before the count ending at token k (its digits and bound words). */
function skipCount(tokens: readonly Token[], k: number): number {
  let i = k;
  while (i >= 0 && (tokens[i].kind === 'number' || COUNT_WORDS.has(tokens[i].lower) || NUMBER_WORDS.has(tokens[i].lower))) i -= 1;
  return i;
}

/** Entities joined to `head` by "and" or commas, before it. */
function withCoordinated(tokens: readonly Token[], candidates: readonly PlacedEntity[], head: PlacedEntity): PlacedEntity[] {
  const group = [head];
  let current = head;
  for (let k = candidates.indexOf(head) - 1; k >= 0; k -= 1) {
    const previous = candidates[k];
    const between = tokens.slice(previous.end, current.first);
    const joined = between.some((t) => t.lower === 'and' || t.lower === ',' || t.lower === 'including');
    const onlyJoinersAndCounts = between.every((t) => COORDINATION.has(t.lower) || COUNT_WORDS.has(t.lower) || t.kind === 'number');
    if (!joined || between.length > 8 || !onlyJoinersAndCounts) break;
    group.unshift(previous);
    current = previous;
  }
  return group;
}

/** The direct object (or object of on/against/at...) after the trigger, with entities joined by "and". */
function objectAfter(tokens: readonly Token[], agents: readonly PlacedEntity[], end: number, nominal = false): PlacedEntity[] {
  const found: PlacedEntity[] = [];
  let k = end;
  for (let steps = 0; k < tokens.length && steps < OBJECT_WINDOW; steps += 1) {
    if (OBJECT_STOPS.has(tokens[k].lower) || tokens[k].lower === 'by') break;
    const placed = agents.find((p) => p.first === k);
    // "withdrew its troops": what the actor moves is its own, not a recipient.
    if (placed && POSSESSIVES.has(tokens[k - 1]?.lower ?? '')) break;
    if (placed) {
      const preposition = precededByPreposition(tokens, placed);
      if (preposition && !RECIPIENT_PREPOSITIONS.has(preposition)) break;
      if (nominal && !preposition) break;
      found.push(placed);
      k = placed.end;
      if (tokens[k]?.lower === 'and' || tokens[k]?.lower === ',') {
        k += 1;
        continue;
      }
      break;
    }
    k += 1;
  }
  return found;
}

function byAgentAfter(tokens: readonly Token[], agents: readonly PlacedEntity[], end: number): PlacedEntity[] {
  for (let k = end; k < tokens.length && k < end + 4; k += 1) {
    if (tokens[k].lower !== 'by') continue;
    const agent = agents.find((p) => p.first > k && p.first <= k + 3);
    return agent ? [agent] : [];
  }
  return [];
}

function ids(placed: readonly PlacedEntity[]): string[] {
  return [...new Set(placed.map((p) => p.entity.id))];
}

/** Where the event happened, from a place named in its sentence. */
export function whereOf(tokens: readonly Token[], entities: readonly PlacedEntity[], match: TriggerMatch): EventWhere | undefined {
  const places = entities.filter((p) => isPlace(p) && p.entity.zone !== 'credit');
  const candidates: Array<{ placed: PlacedEntity; distance: number }> = [];
  for (const placed of places) {
    const preposition = precededByPreposition(tokens, placed);
    const distance = placed.first >= match.end ? placed.first - match.end : match.first - placed.end;
    if (placed.end <= match.first && reportedBetween(tokens, placed.end, match.first)) continue;
    if (preposition && (LOCATIVE.has(preposition) || (ENTERING.has(preposition) && ENTERING_TYPES.has(match.type) && placed.first >= match.end) || sentTo(match, preposition, placed)))
      candidates.push({ placed, distance });
    else if (isPlaceObject(tokens, placed, match, preposition) || isPassivePlaceSubject(tokens, placed, match) || namedAfterNoun(tokens, placed, match, preposition) || placeOfObject(tokens, placed, match, preposition)) candidates.push({ placed, distance: 0 });
  }
  // ("Bucharest fell to the Central Powers": the town that fell is where it happened)
  const fallen = match.rule.placeSubject ? subjectPlaceOf(tokens, places, match) : undefined;
  if (fallen) candidates.push({ placed: fallen, distance: 0 });
  if (candidates.length === 0) return undefined;
  candidates.sort((a, b) => a.distance - b.distance || a.placed.first - b.placed.first);
  return whereFromEntity(candidates[0].placed.entity, 'stated');
}

/**
 * "Paratroopers sent to Gwangju beat and bayoneted students", "blocked all access to the western sectors of
 * Berlin": an act with no place of its own happened in the one town, district, street or building its
 * sentence names as a place, unless that is a speaker's ("Officials in Norvik said"), an origin ("from
 * Chapare") or a credit's. Material acts only: a statement's place is where it was made, which the
 * sentence seldom tells.
 */
export function sentencePlace(tokens: readonly Token[], entities: readonly PlacedEntity[], match: TriggerMatch): EventWhere | undefined {
  if (!PLACE_OBJECT_TYPES.has(match.type)) return undefined;
  const places = entities.filter((p) => isPlace(p) && SCENES.has(p.entity.place?.kind ?? '') && p.entity.zone !== 'credit' && namedAsPlace(tokens, p, match) && !nearReporting(tokens, p));
  const names = new Set(places.map((p) => p.entity.text));
  return names.size === 1 ? whereFromEntity(places[0].entity, 'sentence') : undefined;
}

/** Kinds of place that are a scene, not a side: a country named in the sentence is as often the one that acts ("Germany attacked"). */
const SCENES: ReadonlySet<string> = new Set(['city', 'district', 'street', 'building', 'airport', 'camp']);

/** Prepositions that name a place as a place ("sent to Gwangju", "in Baghdad"), not an origin. */
const SCENE_PREPOSITIONS = new Set([...LOCATIVE, 'to', 'into', 'on', 'toward', 'towards', 'onto', 'upon']);
/** Prepositions of a place gone to. */
const DESTINATIONS = new Set(['to', 'into', 'toward', 'towards', 'onto']);
/** Nouns of a fight named after its place: "the Battle of Gettysburg", "the siege of Lucknow". */
const FIGHTS_NAMED = new Set(['battle', 'siege', 'sack', 'fall', 'relief', 'massacre', 'capture']);

/**
 * The sentence names it as a place, so it is no person or ship the recogniser took for one: after a
 * preposition of place ("sent to Gwangju" before the act), as a fight's place ("the Battle of Gettysburg"),
 * or as an owner of a place's parts ("Beirut's airport").
 */
function namedAsPlace(tokens: readonly Token[], placed: PlacedEntity, match: TriggerMatch): boolean {
  const preposition = precededByPreposition(tokens, placed);
  // (a place gone to after the act is where a later move ended: "were arrested and flown to Moscow")
  if (preposition !== undefined && DESTINATIONS.has(preposition) && placed.first > match.first) return false;
  if (preposition !== undefined) return SCENE_PREPOSITIONS.has(preposition) || (preposition === 'of' && FIGHTS_NAMED.has(tokens[placed.first - 2]?.lower ?? ''));
  return tokens[placed.end]?.text === "'" || /['’]s$/.test(placed.entity.text) || tokens[placed.end]?.lower === 's';
}

/** Tokens around a place within which a reporting verb makes it the speaker's. */
const REPORTING_REACH = 3;

function nearReporting(tokens: readonly Token[], placed: PlacedEntity): boolean {
  for (let k = Math.max(0, placed.first - REPORTING_REACH); k < Math.min(tokens.length, placed.end + REPORTING_REACH); k++) if (REPORTING_VERBS.has(tokens[k].lower)) return true;
  return false;
}

/** Tokens from the trigger within which such an object is read. */
const PLACE_OBJECT_REACH = 8;

/** "overran the United Nations safe area of Srebrenica", "shelled the town of Goma": the place named in the act's object. */
function placeOfObject(tokens: readonly Token[], placed: PlacedEntity, match: TriggerMatch, preposition: string | undefined): boolean {
  // (no preposition governs the place noun: "in the town of Goma" is where, read as such)
  if (preposition !== undefined || tokens[placed.first - 1]?.lower !== 'of' || placed.first < match.end || placed.first - match.end > PLACE_OBJECT_REACH || !PLACE_NOUNS.has(tokens[placed.first - 2]?.lower ?? '')) return false;
  for (let k = match.end; k < placed.first; k++) if (tokens[k].kind === 'punct' || CLAUSE_WORDS.has(tokens[k].lower)) return false;
  return PLACE_OBJECT_TYPES.has(match.type);
}

/** "the siege of Kars", "the invasion of Poland", "the bombardment of Sevastopol": a place named after the act as a noun. */
function namedAfterNoun(tokens: readonly Token[], placed: PlacedEntity, match: TriggerMatch, preposition: string | undefined): boolean {
  return preposition === 'of' && placed.first >= match.end && placed.first - match.end <= 2 && PLACE_OBJECT_TYPES.has(match.type) && isNominal(tokens, match);
}

/** "evacuated Pripyat", "Pripyat was evacuated": the act empties or moves a named place. */
export function actsOnPlace(tokens: readonly Token[], entities: readonly PlacedEntity[], match: TriggerMatch): boolean {
  return entities.some((placed) => isPlace(placed) && (isPlaceObject(tokens, placed, match, precededByPreposition(tokens, placed)) || isPassivePlaceSubject(tokens, placed, match)));
}

/** "troops were deployed to Ferrara": forces are where they are sent. */
function sentTo(match: TriggerMatch, preposition: string, placed: PlacedEntity): boolean {
  return match.type === 'MOBILIZE' && preposition === 'to' && placed.first >= match.end;
}

/** Verbs that report what someone said: a place before them is the speaker's, not the event's, and an entity next to them its source. */
const REPORTING_VERBS = new Set(['said', 'says', 'say', 'told', 'tells', 'reported', 'reports', 'announced', 'announces', 'stated', 'claimed', 'confirmed', 'added', 'declared', 'admitted', 'denied', 'noted', 'insisted']);

/** "The government in Moscow said that two people had been killed": a reporting verb stands between. */
function reportedBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (REPORTING_VERBS.has(tokens[k].lower)) return true;
  return false;
}

/** Words that may stand between a place and its verb: "Vicksburg finally fell", "Nashville had fallen". */
const SUBJECT_GAP_WORDS = new Set(['finally', 'soon', 'quickly', 'eventually', 'then', 'also', 'itself', 'had', 'has', 'have']);

/** Structures and states that "fall" without being taken: "the Berlin Wall fell", "the Roman Empire fell". */
const FALLING_STRUCTURES = new Set(['wall', 'curtain', 'tower', 'towers', 'bridge', 'dam', 'building', 'statue', 'monument', 'empire', 'dynasty', 'republic', 'regime', 'government']);

/**
 * A named town or land is the subject right before the trigger ("Bucharest fell"), not the object of a
 * preposition ("prices in Tokyo fell") nor a structure or a state ("the Berlin Wall fell").
 */
export function placeIsSubjectOf(tokens: readonly Token[], entities: readonly PlacedEntity[], match: TriggerMatch): boolean {
  return subjectPlaceOf(tokens, entities, match) !== undefined;
}

function subjectPlaceOf(tokens: readonly Token[], entities: readonly PlacedEntity[], match: TriggerMatch): PlacedEntity | undefined {
  return entities.find((placed) => {
    if (!isPlace(placed) || placed.end > match.first || match.first - placed.end > 2) return false;
    if (FALLING_STRUCTURES.has(tokens[placed.end - 1].lower)) return false;
    for (let k = placed.end; k < match.first; k++) if (!SUBJECT_GAP_WORDS.has(tokens[k].lower)) return false;
    return !PREPOSITIONS.has(tokens[placed.first - 1]?.lower ?? '');
  });
}

/** A place is the subject of the passive trigger, whatever the act's type ("Kars was captured"). */
export function placeUndergoes(tokens: readonly Token[], entities: readonly PlacedEntity[], match: TriggerMatch): boolean {
  return entities.some((placed) => isPlace(placed) && isPassiveSubject(tokens, placed, match));
}

/** "the town of Pripyat had been evacuated", "Kabul was shelled": the place the passive verb acts on. */
function isPassivePlaceSubject(tokens: readonly Token[], placed: PlacedEntity, match: TriggerMatch): boolean {
  return PLACE_OBJECT_TYPES.has(match.type) && isPassiveSubject(tokens, placed, match);
}

/** The entity is the subject of the passive trigger: only auxiliaries, at most three, stand between them. */
function isPassiveSubject(tokens: readonly Token[], placed: PlacedEntity, match: TriggerMatch): boolean {
  if (placed.end > match.first || match.first - placed.end > 3 || !isPassive(tokens, match)) return false;
  for (let k = placed.end; k < match.first; k++) if (!PASSIVE_AUXILIARIES.has(tokens[k].lower) && !PERFECT_AUXILIARIES.has(tokens[k].lower)) return false;
  return true;
}

const PERFECT_AUXILIARIES = new Set(['had', 'has', 'have']);

/** "invaded Budapest", "fled Hungary", "withdrew from Kabul": the verb's own place. */
function isPlaceObject(tokens: readonly Token[], placed: PlacedEntity, match: TriggerMatch, governing: string | undefined): boolean {
  let preposition = governing;
  if (VERBAL_TYPES.has(match.type) || !PLACE_OBJECT_TYPES.has(match.type)) return false;
  if (placed.first < match.end || placed.first - match.end > 4) return false;
  const between = tokens.slice(match.end, placed.first).map((t) => t.lower);
  // "fled the city of Goma": a place noun and "of" may stand between the verb and the name.
  if (!between.every((w) => SKIPPABLE.has(w) || w === preposition || PLACE_NOUNS.has(w) || w === 'of')) return false;
  // "seized control of Algiers": the trigger phrase ends with the preposition, the place is its object.
  if (preposition && between.length === 0 && tokens[match.end - 1].lower === preposition) preposition = undefined;
  // "stormed the United States embassy": the place only qualifies the real object.
  const next = tokens[placed.end];
  if (next && next.kind === 'word' && next.text === next.lower && !PREPOSITIONS.has(next.lower) && !CLAUSE_WORDS.has(next.lower)) return false;
  if (!preposition) return true;
  return (match.type === 'RETREAT' || match.type === 'DISPLACE') && preposition === 'from';
}

type Location = Pick<EventWhere, 'entity' | 'lat' | 'lon' | 'precision'> & { name: string };

/** A place entity's reference, name and (when resolved) coordinates, shared by events and photos. */
export function locationOf(entity: Entity): Location {
  const location: Location = { entity: entity.id, name: entity.place?.name ?? entity.name };
  if (entity.place) {
    location.lat = entity.place.lat;
    location.lon = entity.place.lon;
    location.precision = entity.place.precision;
  }
  return location;
}

export function whereFromEntity(entity: Entity, basis: EventWhere['basis']): EventWhere {
  return { ...locationOf(entity), basis };
}
