/**
 * Resolves PLACE entities to gazetteer entries using the document as context:
 * - a place followed by a larger one ("Traiskirchen, Austria", "Blackbushe airport in
 *   Hampshire") is resolved inside it, and keeps it as `context`;
 * - candidates in countries the document names (or whose people it names: "Hungarian") win;
 * - otherwise countries and subdivisions beat homonymous towns, and larger towns beat smaller.
 * Streets and buildings not in the gazetteer take the coordinates of the town that holds them.
 */
import type { Entity, PlaceKind, PlacePrecision, ResolvedPlace } from '../model/document.js';
import { normalizePlaceName, type Candidate, type Gazetteer, type GazetteerEntry } from './gazetteer.js';

/** A PLACE mention followed closely by the larger place holding it. */
const CONTAINER_GAP =
  /^(?:\s+(?:refugee\s+|military\s+|air\s+)?(?:camp|airport|airfield|base|prison|hospital|station|square|district|area|region|province|county|city|town|village))?(?:\s*,\s*|\s+(?:in|near|outside|of)\s+(?:the\s+)?)$/i;
const MAX_GAP = 40;

const FACILITY_KIND: Record<string, PlaceKind> = {
  street: 'street', st: 'street', avenue: 'street', road: 'street', boulevard: 'street', square: 'street',
  bridge: 'building', palace: 'building', castle: 'building', cathedral: 'building', monument: 'building',
  memorial: 'building', station: 'building', building: 'building', tower: 'building', hall: 'building',
  gate: 'building', prison: 'building', barracks: 'building', cemetery: 'building', park: 'district',
  district: 'district', quarter: 'district', camp: 'camp', airport: 'airport', airfield: 'airport',
};

/** "State of Texas": a head naming a kind of territory, "of", and the territory's own name (anchored; no nested repetition). */
const TERRITORY_OF = /^(?:the\s+)?(state|commonwealth|province|territory|republic|kingdom|empire|duchy|principality|city)\s+of\s+(?:the\s+)?(\S.*)$/i;
/** What each head may name, in order of preference: a state is a first-level division, else a country; a republic or kingdom a country or polity. */
const TERRITORY_SOURCES: Readonly<Record<string, readonly GazetteerEntry['source'][]>> = {
  state: ['admin1', 'country'],
  commonwealth: ['admin1', 'country'],
  province: ['admin1'],
  territory: ['admin1', 'polity'],
  republic: ['country', 'polity'],
  kingdom: ['country', 'polity'],
  empire: ['country', 'polity'],
  duchy: ['polity', 'admin1'],
  principality: ['polity', 'country'],
};
/** What a candidate in a country the document names gains: a little more than a capital's standing, so "Tripoli" in a story from Lebanon is Lebanon's. */
const DOCUMENT_COUNTRY_BONUS = 30;
/** A town or a first-level division, as the words around a mention say. */
type KindCue = 'town' | 'division';
/** Words naming a first-level division, after its name ("Idlib province") or before "of" ("the province of Ghazni"). */
const DIVISION_WORDS: ReadonlySet<string> = new Set(['province', 'governorate', 'state', 'department', 'prefecture', 'oblast']);
/** "... city of ", "... province of " just before a mention (anchored at the end; bounded by the slice it reads). */
const KIND_BEFORE = /\b(city|town|village|port|capital|province|governorate|department|prefecture|oblast) of $/i;
const KIND_BEFORE_REACH = 16;
/** What such words weigh: more than a capital's standing (25) or a document's country (30), less than a country's lead over a town. */
const KIND_CUE_BONUS = 40;
const DIRECTION_WORDS = /^(?:central|northern|southern|eastern|western|north|south|east|west|upper|lower|greater|inner|outer)\s+/i;

const SPACE = /^\s$/;

/** Whether a UTF-16 code unit is in /\s/ (no surrogate is). */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCharCode(code));
}

/** A capital and 2 to 20 lowercase letters: words that may name a people ("Hungarians"). */
export const CAPITALIZED_WORD = /\p{Lu}\p{Ll}{2,20}/u;
/** CAPITALIZED_WORD for text without non-ASCII characters, where the classes are the same. */
export const CAPITALIZED_ASCII_WORD = /[A-Z][a-z]{2,20}/;
const CAPITALIZED_ASCII_WORD_OR_NON_ASCII = `${CAPITALIZED_ASCII_WORD.source}|[^\\x00-\\x7f]`;
const LOWERCASE_LETTER = /^\p{Ll}$/u;

/**
 * Start of the CAPITALIZED_WORD match that ends at `end`: back over its lowercase letters (there
 * are at most 20, as the capital before them is not one) and then over the capital.
 */
export function capitalizedWordStart(text: string, end: number): number {
  let start = end;
  for (;;) {
    const width = codePointWidthBefore(text, start);
    if (width === 0 || !isLowercaseLetter(text, start - width, width)) break;
    start -= width;
  }
  return start - codePointWidthBefore(text, start);
}

/** Code units of the code point ending at `end`: 2 for a surrogate pair, 0 at the text start. */
function codePointWidthBefore(text: string, end: number): number {
  if (end <= 0) return 0;
  const code = text.charCodeAt(end - 1);
  if (code < 0xdc00 || code > 0xdfff || end < 2) return 1;
  const lead = text.charCodeAt(end - 2);
  return lead >= 0xd800 && lead <= 0xdbff ? 2 : 1;
}

function isLowercaseLetter(text: string, at: number, width: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code >= 97 && code <= 122;
  return LOWERCASE_LETTER.test(text.slice(at, at + width));
}

/** Earth distance in km. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** True when `inner` lies inside `outer` as far as the gazetteer can tell. */
export function contains(outer: GazetteerEntry, inner: GazetteerEntry): boolean {
  if (outer === inner) return false;
  switch (outer.source) {
    case 'country':
      return inner.country === outer.country && inner.source !== 'country';
    case 'polity':
      if (outer.kind === 'continent') return false;
      return inner.country !== undefined && inner.country === outer.country && inner.source !== 'country' && inner.source !== 'polity';
    case 'admin1':
      return inner.country === outer.country && (inner.source === 'city' || inner.source === 'airport') && distanceKm(outer, inner) <= (outer.radiusKm ?? 100) + 10;
    case 'city':
      return inner.source === 'airport' && distanceKm(outer, inner) <= 40;
    default:
      return false;
  }
}

/** What a document's mentions of one name share: its candidates and normalized key. */
interface KnownName {
  candidates: readonly Candidate[];
  key: string;
}

interface Mention {
  entity: Entity;
  /** Index of the entity in the document's entities. */
  index: number;
  candidates: readonly Candidate[];
  /** The name normalized (normalizePlaceName). */
  key: string;
  /** Index (in the PLACE list) of the larger place named right after it. */
  container?: number;
  /** Lowercase word right after the mention (airport, camp ...). */
  facility?: string;
  /** What the words around it say the place is, if they do. */
  kindCue?: KindCue;
}

export class PlaceResolver {
  private readonly documentCountries: Set<string>;
  /** Per country, the first-level divisions the document names that are best read so ("Texas", "Ohio"). */
  private statesNamed = new Map<string, Set<string>>();

  constructor(
    private readonly text: string,
    private readonly places: Gazetteer,
  ) {
    this.documentCountries = this.countriesNamedIn(text);
  }

  /**
   * The entities, PLACEs given `place` (as new objects) when one could be resolved; the others
   * are passed on as they are, never modified.
   */
  resolve(entities: readonly Entity[]): Entity[] {
    const known = new Map<string, KnownName>();
    const mentions: Mention[] = [];
    for (let i = 0; i < entities.length; i++) {
      const e = entities[i] as Entity;
      if (e.label === 'PLACE') mentions.push(this.mention(e, i, known));
    }
    this.linkContainers(mentions);
    for (const m of mentions) for (const c of m.candidates) if (c.entry.source === 'country' || c.entry.source === 'polity') this.addCountry(c.entry);
    this.statesNamed = statesNamedIn(mentions);
    const chosen = new Map<Mention, GazetteerEntry | undefined>();
    const decided = new Map<string, GazetteerEntry | undefined>();
    const innerOf = new Map<number, Mention[]>();
    for (const m of mentions) {
      if (m.container === undefined) continue;
      const inner = innerOf.get(m.container);
      if (inner) inner.push(m);
      else innerOf.set(m.container, [m]);
    }
    // Right to left, so each container is resolved before what it contains.
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i] as Mention;
      const outer = m.container === undefined ? undefined : chosen.get(mentions[m.container] as Mention);
      const inner = innerOf.get(i) ?? [];
      // Repeated names in the same setting resolve alike: decide each setting once.
      let setting = `${m.key}|${m.facility ?? ''}|${m.kindCue ?? ''}|${outer?.id ?? ''}|`;
      for (let k = 0; k < inner.length; k++) setting += k === 0 ? (inner[k] as Mention).key : `|${(inner[k] as Mention).key}`;
      let entry = decided.get(setting);
      if (entry === undefined && !decided.has(setting)) {
        entry = this.choose(m, outer, inner);
        decided.set(setting, entry);
      }
      chosen.set(m, entry);
    }
    const dominantCity = this.dominantCity(mentions, chosen);
    const result = entities.slice();
    for (const m of mentions) {
      const outerMention = m.container === undefined ? undefined : mentions[m.container];
      const place = this.toPlace(m, chosen.get(m), outerMention, outerMention && chosen.get(outerMention), dominantCity);
      // Same keys in the same order as { ...entity, place }, which Node 20 builds several times slower.
      if (place) result[m.index] = Object.assign({}, m.entity, { place });
    }
    return result;
  }

  private mention(entity: Entity, index: number, known: Map<string, KnownName>): Mention {
    let name = known.get(entity.name);
    if (!name) {
      name = { candidates: this.candidatesFor(entity.name), key: normalizePlaceName(entity.name) };
      known.set(entity.name, name);
    }
    // All fields set here, container later: one shape for every mention.
    const facility = this.wordAfter(entity.end) || undefined;
    const kindCue = this.kindCue(entity.start, facility);
    // ("the city of Mexico": the city named for its country, "Mexico City")
    const candidates = kindCue === 'town' && name.candidates.some((c) => c.entry.source === 'country') ? this.cityNamedFor(entity.name) ?? name.candidates : name.candidates;
    return { entity, index, candidates, key: name.key, facility, kindCue, container: undefined };
  }

  /** The cities called "<name> City" ("Mexico City", "Kuwait City"), if there are any. */
  private cityNamedFor(name: string): readonly Candidate[] | undefined {
    const cities = this.places.lookup(`${name} City`).filter((c) => c.entry.source === 'city');
    return cities.length > 0 ? cities : undefined;
  }

  /** What the words around a mention say it is: "the city of Taiz", "Hodeidah port" a town; "Idlib province", "the province of Ghazni" a division. */
  private kindCue(start: number, after: string | undefined): KindCue | undefined {
    if (after !== undefined && DIVISION_WORDS.has(after)) return 'division';
    if (after === 'city' || after === 'town') return 'town';
    const before = KIND_BEFORE.exec(this.text.slice(Math.max(0, start - KIND_BEFORE_REACH), start));
    if (!before) return undefined;
    return DIVISION_WORDS.has(before[1]!.toLowerCase()) ? 'division' : 'town';
  }

  /** The lowercase word after spaces at `from` (as /^\s+([a-z]+)/ finds it within 20 characters). */
  private wordAfter(from: number): string | undefined {
    const limit = Math.min(this.text.length, from + 20);
    let start = from;
    while (start < limit && isSpace(this.text.charCodeAt(start))) start++;
    if (start === from) return undefined;
    let end = start;
    while (end < limit && this.text.charCodeAt(end) >= 97 && this.text.charCodeAt(end) <= 122) end++;
    return end > start ? this.text.slice(start, end) : undefined;
  }

  private candidatesFor(name: string): readonly Candidate[] {
    let candidates = this.places.lookup(name);
    if (candidates.length === 0) candidates = this.places.lookup(name.replace(/^the\s+/i, ''));
    if (candidates.length === 0 && DIRECTION_WORDS.test(name)) candidates = this.places.lookup(name.replace(DIRECTION_WORDS, ''));
    if (candidates.length === 0) candidates = this.territoryOf(name);
    return candidates;
  }

  /** "the State of Texas", "Republic of Colombia", "City of Mexico": the place named after "of", of the kind the head says. */
  private territoryOf(name: string): readonly Candidate[] {
    const match = TERRITORY_OF.exec(name);
    if (!match) return [];
    const head = match[1]!.toLowerCase();
    const place = match[2]!;
    if (head === 'city') return this.cityNamedFor(place) ?? this.places.lookup(place).filter((c) => c.entry.source === 'city');
    // (in the order the head prefers them: "State of Georgia" is the American state, "State of Nicaragua" the country)
    const candidates = this.places.lookup(place);
    for (const source of TERRITORY_SOURCES[head] ?? []) {
      const found = candidates.filter((c) => c.entry.source === source);
      if (found.length > 0) return found;
    }
    return [];
  }

  private linkContainers(mentions: Mention[]): void {
    for (let i = 0; i + 1 < mentions.length; i++) {
      const here = mentions[i] as Mention;
      const next = mentions[i + 1] as Mention;
      const gap = this.text.slice(here.entity.end, next.entity.start);
      if (gap.length <= MAX_GAP && CONTAINER_GAP.test(gap) && next.candidates.length > 0) here.container = i + 1;
    }
  }

  /** Countries whose people or adjective the text uses ("Hungarian refugees", "Austrian camp"). */
  private countriesNamedIn(text: string): Set<string> {
    const found = new Set<string>();
    // test() instead of matchAll: no match objects; the word's start is found back from its end.
    // ASCII text is read with ASCII classes (faster, same words); the first non-ASCII character
    // met sends the whole text to the Unicode expression instead.
    const ascii = new RegExp(CAPITALIZED_ASCII_WORD_OR_NON_ASCII, 'g');
    while (ascii.test(text)) {
      const end = ascii.lastIndex;
      if (text.charCodeAt(end - 1) > 0x7f) return this.countriesNamedBy(new RegExp(CAPITALIZED_WORD.source, 'gu'), text);
      this.addDemonymCountry(text, end, found);
    }
    return found;
  }

  private countriesNamedBy(capitalized: RegExp, text: string): Set<string> {
    const found = new Set<string>();
    while (capitalized.test(text)) this.addDemonymCountry(text, capitalized.lastIndex, found);
    return found;
  }

  /** Adds the country of the people named by the capitalized word ending at `end`, if any. */
  private addDemonymCountry(text: string, end: number, found: Set<string>): void {
    const demonym = this.places.demonymAt(text, capitalizedWordStart(text, end), end);
    const entry = demonym && this.places.byId(demonym.place);
    if (entry?.country) found.add(entry.country);
  }

  private addCountry(entry: GazetteerEntry): void {
    if (entry.country && entry.kind !== 'continent') this.documentCountries.add(entry.country);
  }

  private choose(m: Mention, outer: GazetteerEntry | undefined, inner: Mention[]): GazetteerEntry | undefined {
    // "the Po river": the gazetteer holds no rivers, and a town of the same name is somewhere else
    if (m.facility !== undefined && WATERWAYS.has(m.facility)) return undefined;
    let best: GazetteerEntry | undefined;
    let bestScore = -Infinity;
    // A province named after its big town (Antwerp, Budapest): the bare name means the town.
    const bigTownCountries = m.candidates.some((c) => c.entry.source === 'admin1') ? bigTownCountriesOf(m.candidates) : undefined;
    for (const c of m.candidates) {
      let score = this.score(c, m);
      if (bigTownCountries && c.entry.source === 'admin1' && bigTownCountries.has(c.entry.country)) score -= 30;
      if (outer) score += contains(outer, c.entry) ? 100 : -60;
      if (inner.length > 0 && containsAnyCandidate(c.entry, inner)) score += 100;
      if (score > bestScore) {
        best = c.entry;
        bestScore = score;
      }
    }
    return best;
  }

  private score({ entry, alternative }: Candidate, m: Mention): number {
    let score = baseScore(entry);
    if (alternative) score -= 30;
    // (not when the mention itself names that country: "Panama" is the country, not its capital Panamá)
    if (entry.country && this.documentCountries.has(entry.country) && entry.source !== 'country' && !namesItsCountry(m, entry)) score += DOCUMENT_COUNTRY_BONUS;
    if (this.readAsState(entry, m)) score += 50;
    if ((m.kindCue === 'town' && entry.source === 'city') || (m.kindCue === 'division' && entry.source === 'admin1')) score += KIND_CUE_BONUS;
    if (entry.source === 'airport' && hasAirportCue(m)) score += 80;
    return score;
  }

  /**
   * "Georgia" beside "Texas" and "Ohio" is the American state, not the country: a first-level division
   * whose name is also another country's, in a document naming other divisions of its country ("Mexico"
   * stays the country, whose own state of the name is no rival).
   */
  private readAsState(entry: GazetteerEntry, m: Mention): boolean {
    if (entry.source !== 'admin1' || !entry.country) return false;
    const rivalCountry = m.candidates.some((c) => c.entry.source === 'country' && c.entry.country !== entry.country);
    return rivalCountry && otherStates(this.statesNamed.get(entry.country), m.key) >= STATES_FOR_A_STATE;
  }

  /** The city named most often (twice or more): the default home of streets and buildings. */
  private dominantCity(mentions: Mention[], chosen: Map<Mention, GazetteerEntry | undefined>): GazetteerEntry | undefined {
    const counts = new Map<GazetteerEntry, number>();
    for (const m of mentions) {
      const entry = chosen.get(m);
      if (entry?.source === 'city') counts.set(entry, (counts.get(entry) ?? 0) + 1);
    }
    let best: GazetteerEntry | undefined;
    let bestCount = 1;
    for (const [entry, count] of counts) if (count > bestCount) [best, bestCount] = [entry, count];
    return best;
  }

  private toPlace(
    m: Mention,
    entry: GazetteerEntry | undefined,
    outerMention: Mention | undefined,
    outer: GazetteerEntry | undefined,
    dominantCity: GazetteerEntry | undefined,
  ): ResolvedPlace | undefined {
    if (entry) {
      const place = placeOf(entry, m);
      // only a place that holds it is its context: in "the United States, France and China" none holds another
      if (outerMention && outer && contains(outer, entry)) place.context = outerMention.entity.name;
      return place;
    }
    // Not in the gazetteer: a street or building takes its town's coordinates.
    const kind = facilityKind(m.entity.name);
    const host = outer ?? (kind ? dominantCity : undefined);
    if (!kind || !host) return undefined;
    const place: ResolvedPlace = {
      id: `${host.id}#${normalizePlaceName(m.entity.name).replace(/\s+/g, '-')}`,
      name: m.entity.name,
      kind,
      lat: host.lat,
      lon: host.lon,
      precision: 2,
      context: outer && outerMention ? outerMention.entity.name : host.name,
    };
    if (host.country) place.country = host.country;
    return place;
  }
}

/** Countries of the candidates that are towns of 50,000 or more. */
function bigTownCountriesOf(candidates: readonly Candidate[]): Set<string | undefined> {
  const countries = new Set<string | undefined>();
  for (const c of candidates) if (c.entry.source === 'city' && c.entry.population >= 50_000) countries.add(c.entry.country);
  return countries;
}

/** True when `entry` contains a candidate of one of the mentions. */
function containsAnyCandidate(entry: GazetteerEntry, mentions: readonly Mention[]): boolean {
  for (const n of mentions) for (const ic of n.candidates) if (contains(entry, ic.entry)) return true;
  return false;
}

/** Other states of a country a document must name for an ambiguous name to be read as one of its states too. */
const STATES_FOR_A_STATE = 2;

/** Per country, the keys of the mentions best read, by their own standing, as first-level divisions of it. */
function statesNamedIn(mentions: readonly Mention[]): Map<string, Set<string>> {
  const named = new Map<string, Set<string>>();
  for (const m of mentions) {
    let best: GazetteerEntry | undefined;
    for (const c of m.candidates) if (!c.alternative && (!best || baseScore(c.entry) > baseScore(best))) best = c.entry;
    if (!best?.country || best.source !== 'admin1') continue;
    const keys = named.get(best.country) ?? new Set<string>();
    keys.add(m.key);
    named.set(best.country, keys);
  }
  return named;
}

/** How many of `states` are not the mention's own name. */
function otherStates(states: ReadonlySet<string> | undefined, key: string): number {
  return states ? states.size - (states.has(key) ? 1 : 0) : 0;
}

/** Kilometres within which a country's centre and its namesake city make a city-state ("Singapore", "Hong Kong"): the city is the better reading. */
const CITY_STATE_KM = 30;

/** One of the mention's readings is the country of `entry` itself, and not a city-state's. */
function namesItsCountry(m: Mention, entry: GazetteerEntry): boolean {
  return m.candidates.some((c) => c.entry.source === 'country' && c.entry.country === entry.country && distanceKm(c.entry, entry) > CITY_STATE_KM);
}

function baseScore(entry: GazetteerEntry): number {
  switch (entry.source) {
    case 'country':
      return 100;
    case 'polity':
      // Former city names (Saigon) compete with today's towns; polities and regions rarely do.
      if (entry.kind === 'city') return 60;
      return entry.kind === 'historical-polity' ? 95 : 90;
    case 'admin1':
      return 55;
    case 'airport':
      return 5;
    case 'city':
      return 10 * Math.log10(entry.population + 1) + (entry.feature === 'PPLC' ? 25 : 0) + (entry.feature?.startsWith('PPLA') ? 5 : 0);
  }
}

function precisionOf(entry: GazetteerEntry): PlacePrecision {
  switch (entry.kind) {
    case 'country':
    case 'historical-polity':
    case 'continent':
      return 4;
    case 'region':
      return 3;
    case 'district':
      return 2;
    default:
      return 1;
  }
}

/** Words after a name that make it a river or a sea, which no gazetteer table here holds. */
const WATERWAYS = new Set(['river', 'rivers', 'estuary', 'delta', 'canal', 'sea', 'strait', 'straits', 'lake']);

function placeOf(entry: GazetteerEntry, m: Mention): ResolvedPlace {
  const camp = m.facility === 'camp' || /\bcamp$/i.test(m.entity.name);
  // Iwo Jima, El Alamein: known here only through their airport, which is not what is meant.
  const airportStandIn = entry.source === 'airport' && !hasAirportCue(m);
  const place: ResolvedPlace = {
    id: entry.id,
    name: airportStandIn ? m.entity.name : entry.name,
    kind: camp && entry.source === 'city' ? 'camp' : airportStandIn ? 'other' : entry.kind,
    lat: entry.lat,
    lon: entry.lon,
    precision: precisionOf(entry),
  };
  if (entry.country) place.country = entry.country;
  if (entry.years) place.years = entry.years;
  return place;
}

function hasAirportCue(m: Mention): boolean {
  return m.facility === 'airport' || m.facility === 'airfield' || /airport|airfield|aerodrome/i.test(m.entity.name);
}

function facilityKind(name: string): PlaceKind | undefined {
  const last = name.split(/\s+/).pop()?.toLowerCase() ?? '';
  return FACILITY_KIND[last];
}
