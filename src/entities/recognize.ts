/**
 * Rule- and lexicon-based named entity recognition: capitalized sequences are chunked and
 * labelled with word lists (titles, given names, organization suffixes, known organizations)
 * and the place gazetteer; collectives acting in the story (Soviet troops, demonstrators,
 * Hungarians) are found as GROUP from nationality words and group nouns.
 */
import type { EntityLabel } from '../model/document.js';
import type { Candidate, Demonym, Gazetteer } from '../places/gazetteer.js';
import {
  COALITIONS,
  DIRECTION_WORDS,
  EVENT_PREFIXES,
  EVENT_WORDS,
  WORK_WORDS,
  GIVEN_NAMES,
  GROUP_MODIFIERS,
  GROUP_NOUNS,
  GROUP_NOUNS_NEEDING_MODIFIER,
  KNOWN_ORGS,
  NAME_PARTICLES,
  NEVER_ENTITY,
  NEVER_NAMES,
  PROVIDENCE_CUES,
  PROVIDENCE_GIFTS,
  ORG_HEADS,
  ORG_PREFIXES,
  ORG_SUFFIXES,
  PLACE_ACRONYMS,
  PLACE_HEADS,
  PLACE_PREFIXES,
  PLACE_SUFFIXES,
  SHIP_PREFIXES,
  SINGLE_NAME_PEOPLE,
  TITLE_PREFIXES,
  TITLES,
} from './lexicon.js';
import { CAPITAL, DIGIT_START, MARKED, hasDigit, isAcronym, isCapitalized, tokenize, type Token, type Tokens } from './tokens.js';
import { WordFilter } from '../text/word-filter.js';
import { ERA_MARKERS } from '../text/eras.js';

export interface Mention {
  start: number;
  end: number;
  label: EntityLabel;
  name: string;
  title?: string;
}

interface Chunk {
  /** Token indices, inclusive. */
  first: number;
  last: number;
}

type Verdict = Mention | 'skip' | 'demonym' | 'unknown';

const LOCATIVES = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'outside', 'inside', 'toward', 'towards', 'across', 'through', 'via', 'of', 'around', 'across', 'throughout', 'within', 'reach', 'reached', 'entered', 'captured', 'occupied', 'invaded']);
const STRICT_LOCATIVES = new Set(['in', 'at', 'near', 'outside']);
const PLACE_NOUNS_AFTER = new Set(['camp', 'airport', 'airfield', 'air', 'base', 'airbase', 'city', 'town', 'village', 'region', 'province', 'county', 'river', 'valley', 'border', 'district', 'area', 'suburb', 'harbour', 'harbor', 'port', 'station', 'prison', 'plant']);
/** Possessives that begin organization names: People's Liberation Army, Women's Institute. */
const COLLECTIVE_POSSESSIVES = new Set(['people', 'women', 'men', 'children', 'workers', 'veterans', 'soldiers', 'citizens']);
const OFFICE_TITLES = new Set(['minister', 'secretary', 'commissioner', 'chancellor']);
/** Bodies named with "on" or "for" what they deal with: Commission on Human Rights, Ministry for Foreign Affairs. */
const BODY_HEADS = new Set(['commission', 'committee', 'council', 'conference', 'ministry', 'office', 'bureau', 'institute', 'centre', 'center', 'board', 'tribunal']);

/** "Council on Foreign Relations": a body's head word, then "on" or "for". */
function bodyNamedFor(words: readonly string[]): boolean {
  for (let k = 1; k < words.length - 1; k++) {
    const joiner = words[k];
    if ((joiner === 'on' || joiner === 'for') && BODY_HEADS.has((words[k - 1] as string).toLowerCase())) return true;
  }
  return false;
}
/** Last words that, after a compass word, name a theatre of war or a region: Eastern Front. */
const THEATRES = new Set(['front', 'theatre', 'theater', 'bloc', 'hemisphere', 'coast', 'shore', 'bank', 'sector', 'zone']);
const ARTICLES = new Set(['la', 'le', 'les', 'el', 'los', 'las', 'die', 'der', 'das', 'il', 'lo']);
const ROMAN_NUMERAL = /^(?:x{0,2}(?:i|ii|iii|iv|v|vi|vii|viii|ix)|x{1,3})$/;
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;
const MIN_STRONG_CITY_POPULATION = 100_000;
const ARTICLE_WORDS = new Set(['the', 'a', 'an']);
const ERA_UNITS = new Set(['century', 'centuries', 'millennium', 'millennia']);
/** Lowercase words a place name may hold between two capitalised parts ("Saint Vincent and the Grenadines"). */
const MAX_NAME_JOINERS = 2;
/** Group modifiers and nouns: a group mention can only start with one of them (or a capital). */
const GROUP_WORDS = new WordFilter([...GROUP_MODIFIERS, ...GROUP_NOUNS]);

const lower = (token: Token): string => token.lower;
/** Lookup key of words: lowercase, single spaces, no full stops. */
function key(words: string[]): string {
  const lower = (words.length === 1 ? (words[0] as string) : words.join(' ')).toLowerCase();
  return lower.includes('.') ? lower.replace(/\./g, '') : lower;
}

/** A part after a hyphen that starts lowercase: "Soviet-backed" (split('-') without the array). */
function hasLowercasePart(text: string): boolean {
  for (let k = text.indexOf('-'); k >= 0 && k + 1 < text.length; k = text.indexOf('-', k + 1)) {
    const next = text[k + 1] as string;
    if (next !== '-' && !isCapitalized(next)) return true;
  }
  return false;
}

function isLowercaseAsciiWord(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code < 97 || code > 122) return false;
  }
  return text.length > 0;
}

/** Titles that also open towns' names ("St. Louis"). */
const SAINT_TITLES = new Set(['st', 'saint']);
/** Most words a person's name of the Arabic kind takes ("Abdel Basset Ali al-Megrahi"). */
const MAX_ARABIC_NAME_WORDS = 5;
/** Characters of ARTICLE_JOINED's longest match: three letters, the hyphen and the capital ("abd-K"). */
const ARTICLE_PREFIX_MAX = 5;
/** A lower-case Arabic article or kin word joined by a hyphen to a capital: "al-Bashir", "bin-Laden", "el-Sisi". */
const ARTICLE_JOINED = /^(?:al|el|ad|ash|as|at|an|ar|az|bin|ibn|abu|abd)-\p{Lu}/u;
const SAINT_CITY_POPULATION = 100_000;

/** The word a person named in full is later called by, lowercased: Imre Nagy is then "Nagy", Sultan Mehmed II "Mehmed". */
function laterName(m: Mention): string | undefined {
  const parts = m.name.split(/\s+/);
  // (the regnal name is the word before the numeral, whatever title comes first)
  if (isRegnal(parts)) return (parts[parts.length - 2] as string).toLowerCase();
  return parts.length > 1 ? (parts[parts.length - 1] as string).toLowerCase() : undefined;
}

/** The name's words end with a regnal numeral: "Constantine XI", "Sultan Mehmed II". */
function isRegnal(parts: readonly string[]): boolean {
  return parts.length > 1 && ROMAN_NUMERAL.test((parts[parts.length - 1] as string).toLowerCase());
}

function personNames(mentions: readonly Mention[]): Set<string> {
  const known = new Set<string>();
  for (const m of mentions) {
    const name = m.label === 'PERSON' ? laterName(m) : undefined;
    if (name) known.add(name);
  }
  return known;
}

/** The names of rulers and titled people ("Constantine XI", "Grand Duke Constantine", "Prince Eugene"), lowercased. */
function rulerNames(mentions: readonly Mention[]): Set<string> {
  const known = new Set<string>();
  for (const m of mentions) {
    const parts = m.name.split(/\s+/);
    if (m.label !== 'PERSON' || (m.title === undefined && !isRegnal(parts))) continue;
    // (a titled name of one word is called by it: "Grand Duke Constantine" is then "Constantine")
    known.add(laterName(m) ?? (parts[parts.length - 1] as string).toLowerCase());
  }
  return known;
}

export class Recognizer {
  private readonly consumed: Uint8Array;
  private readonly candidates = new Map<string, readonly Candidate[]>();
  private readonly demonyms = new Map<string, Demonym | undefined>();

  private readonly tokens: Tokens;

  /** `sentenceStarts`: offsets where the segment layer starts sentences. */
  constructor(
    private readonly text: string,
    sentenceStarts: Iterable<number>,
    private readonly places: Gazetteer,
  ) {
    this.tokens = tokenize(text, sentenceStarts, GROUP_WORDS);
    this.consumed = new Uint8Array(this.tokens.length);
  }

  /** The token at `i` with its strings, or undefined past either end. */
  private token(i: number): Token | undefined {
    return this.tokens.token(i);
  }

  run(): Mention[] {
    const mentions: Mention[] = [];
    const unknown: Chunk[] = [];
    for (const chunk of this.chunks()) {
      const verdict = this.classify(chunk);
      if (verdict === 'demonym') continue;
      if (verdict === 'unknown') unknown.push(chunk);
      else if (verdict !== 'skip') mentions.push(this.withLowercaseTitle(verdict, chunk));
      if (verdict !== 'unknown') this.consume(chunk);
    }
    mentions.push(...this.surnames(unknown, personNames(mentions)));
    const rulers = rulerNames(mentions);
    const named = mentions.map((m) => (this.isRulerNamedLikeCity(m, rulers) ? { start: m.start, end: m.end, label: 'PERSON' as const, name: m.name } : m));
    named.push(...this.groups());
    return named.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /**
   * A lone word the gazetteer knows as a city (or its province) that repeats the name of a ruler or titled person
   * told earlier ("Emperor Constantine XI ... Constantine was killed", "Prince Eugene ... Eugene
   * attacked"), not after "in", "at", "to" ...: the person, not the city.
   */
  private isRulerNamedLikeCity(mention: Mention, rulers: ReadonlySet<string>): boolean {
    if (mention.label !== 'PLACE' || !rulers.has(mention.name.toLowerCase()) || /\s/.test(mention.name)) return false;
    const candidates = this.lookup(mention.name);
    // (not a country or a state: "Jordan", "Texas"; a city's province may share its name)
    if (!candidates.some((c) => c.entry.kind === 'city') || !candidates.every((c) => c.entry.kind === 'city' || c.entry.kind === 'region')) return false;
    const before = /(\p{L}+)\s*$/u.exec(this.text.slice(Math.max(0, mention.start - 20), mention.start));
    return !before || !LOCATIVES.has(before[1]!.toLowerCase());
  }

  /** Gazetteer candidates, looked up once per name in the document (names repeat). */
  private lookup(name: string): readonly Candidate[] {
    let candidates = this.candidates.get(name);
    if (!candidates) {
      candidates = this.places.lookup(name);
      this.candidates.set(name, candidates);
    }
    return candidates;
  }

  /** The nationality word `word` is, looked up once per word in the document. */
  private demonym(word: string): Demonym | undefined {
    if (this.demonyms.has(word)) return this.demonyms.get(word);
    // demonymAt turns most words away by a hash, without normalizing them.
    const demonym = this.places.demonymAt(word, 0, word.length);
    this.demonyms.set(word, demonym);
    return demonym;
  }

  private consume(chunk: Chunk): void {
    this.consumed.fill(1, chunk.first, chunk.last + 1);
  }

  // ---- chunking ----------------------------------------------------------------------------

  private isNameWord(i: number): boolean {
    // Most tokens are lowercase: rejected from the text before any string is made.
    // ("Omar al-Bashir", "Turki al-Malki": an Arabic article joined to a capital goes on a name)
    if (!this.tokens.has(i, CAPITAL)) return this.articleJoinedAt(i);
    const token = this.token(i) as Token;
    if (hasDigit(token.text)) return false;
    if ((NEVER_ENTITY.has(lower(token)) && !isAcronym(token.text)) || NEVER_NAMES.has(lower(token))) return false;
    // "218 BC", "AD 79": an era marker beside a number is part of a date
    if (ERA_MARKERS.has(token.lower) && (this.tokens.has(i - 1, DIGIT_START) || this.tokens.has(i + 1, DIGIT_START) || ERA_UNITS.has(this.token(i - 1)?.lower ?? ''))) return false;
    // "Divine Providence", "by Providence", "a kind Providence": God, not the city in Rhode Island
    if ((token.lower === 'providence' && this.providential(i)) || (token.lower === 'divine' && this.token(i + 1)?.lower === 'providence')) return false;
    // "Jan. 5", "Jan 5": the month, not the given name.
    if (token.lower === 'jan' && /^[.\d]/.test(this.token(i + 1)?.text ?? '')) return false;
    // Soviet-backed, Anglo-French: a hyphenated word with a lowercase part is an adjective,
    // unless it names a town: Port-au-Prince, Aix-en-Provence, Stratford-upon-Avon.
    return !hasLowercasePart(token.text) || this.namesTown(token.text);
  }

  /** Token i is "al-Bashir", "bin-Laden" ...: read from the text's first characters, so other lowercase words make no string. */
  private articleJoinedAt(i: number): boolean {
    if (i < 0 || i >= this.tokens.length) return false;
    const start = this.tokens.starts[i] as number;
    const end = this.tokens.ends[i] as number;
    const first = this.text.charCodeAt(start);
    // (every article in ARTICLE_JOINED starts with a, e, b or i, and the shortest, "al-X", takes four characters)
    if (end - start < 4 || (first !== 97 && first !== 101 && first !== 98 && first !== 105)) return false;
    return ARTICLE_JOINED.test(this.text.slice(start, Math.min(end, start + ARTICLE_PREFIX_MAX)));
  }

  /** A town, region or country of the gazetteer under exactly this name (not an alternative spelling). */
  /** A city of SAINT_CITY_POPULATION or more is known by this name. */
  private namesCity(name: string): boolean {
    return this.lookup(name).some(({ entry, alternative }) => !alternative && entry.population >= SAINT_CITY_POPULATION);
  }

  /** "Providence" at token i is God's: after a cue ("a kind Providence") or a gift of it ("the bounties of Providence"). */
  private providential(i: number): boolean {
    const before = this.token(i - 1)?.lower ?? '';
    return PROVIDENCE_CUES.has(before) || (before === 'of' && PROVIDENCE_GIFTS.has(this.token(i - 2)?.lower ?? ''));
  }

  private namesTown(name: string): boolean {
    return this.lookup(name).some(({ entry, alternative }) => !alternative && (entry.source === 'country' || entry.source === 'polity' || entry.source === 'admin1' || entry.population >= 1000));
  }

  /**
   * A capitalised function word that opens a town's name: "My Lai", "Much Wenlock", "Al Anbar"
   * (never an article: "The Netherlands" stays "Netherlands", as names are usually annotated).
   */
  private opensPlaceName(i: number): boolean {
    const token = this.token(i) as Token;
    if (ARTICLE_WORDS.has(token.lower) || !NEVER_ENTITY.has(token.lower) || !this.isNameWord(i + 1) || !this.adjacent(i, i + 1)) return false;
    const next = this.token(i + 1) as Token;
    return this.namesTown(this.text.slice(token.start, next.end));
  }

  /**
   * "Al" before a name opens it ("Al Gore", "Al Jazeera", "Al Qaeda"), though "al" is no name of
   * its own: it is kept out of names for "et al."
   */
  private opensArticleName(i: number): boolean {
    const token = this.token(i) as Token;
    return token.text === 'Al' && this.token(i - 1)?.lower !== 'et' && this.isNameWord(i + 1) && this.adjacent(i, i + 1);
  }

  /**
   * Lowercase words that join a place name's parts ("Dar es Salaam", "Newcastle upon Tyne",
   * "Trinidad and Tobago"): how many tokens after `last` continue the chunk when the gazetteer
   * knows the whole name; 0 otherwise.
   */
  private connectedPlaceName(first: number, last: number): number {
    // "the King of Prussia" is a monarch, whatever town bears the words
    const opening = this.token(first) as Token;
    if (TITLES.has(opening.lower) || OFFICE_TITLES.has(opening.lower)) return 0;
    for (let joiners = 1; joiners <= MAX_NAME_JOINERS; joiners++) {
      const end = last + joiners + 1;
      // read from the flags first: most chunks are followed by words that start nothing
      if (!this.tokens.has(end, CAPITAL)) continue;
      for (let k = last + 1; k < end; k++) {
        const joiner = this.token(k);
        if (!joiner || joiner.glued || joiner.newline || !isLowercaseAsciiWord(joiner.text) || !this.adjacent(k - 1, k)) return 0;
      }
      if (!this.isNameWord(end) || !this.adjacent(end - 1, end)) continue;
      const name = this.text.slice((this.token(first) as Token).start, (this.token(end) as Token).end);
      if (this.namesTown(name)) return joiners + 1;
    }
    return 0;
  }

  /** Name chunks in text order; they depend on the tokens only, not on how earlier ones were classified. */
  private chunks(): Chunk[] {
    const chunks: Chunk[] = [];
    const flags = this.tokens.flags;
    let i = 0;
    while (i < this.tokens.length) {
      // Only a capitalized word or an ordinal ("3rd Army") opens a chunk: skip the rest fast.
      if (((flags[i] as number) & (CAPITAL | DIGIT_START)) === 0) {
        i++;
        continue;
      }
      const ordinal = this.tokens.has(i, DIGIT_START) && ORDINAL.test(this.token(i)?.text ?? '') && this.isNameWord(i + 1) && this.adjacent(i, i + 1);
      if (!this.isNameWord(i) && !ordinal && !this.opensPlaceName(i) && !this.opensArticleName(i)) {
        i++;
        continue;
      }
      const first = i;
      let last = i;
      for (;;) {
        const step = this.extension(first, last);
        if (step === 0) break;
        last += step;
      }
      chunks.push({ first, last });
      i = last + 1;
    }
    return chunks;
  }

  /** How many tokens after `last` continue the chunk (0 = it ends). */
  private extension(first: number, last: number): number {
    const next = this.token(last + 1);
    const current = this.token(last);
    if (!next || !current || next.glued || next.newline) return 0;
    // A possessive closes the name: "Brezhnev's Politburo" is two entities.
    if (/['’]s$/i.test(current.text) && !COLLECTIVE_POSSESSIVES.has(current.lower.slice(0, -2))) return 0;
    // "RAF Sunderland": a known acronym is an entity of its own.
    if (last === first && isAcronym(current.text) && KNOWN_ORGS.has(current.lower) && !isAcronym(next.text)) return 0;
    if (this.isNameWord(last + 1) && this.adjacent(last, last + 1)) return 1;
    // U.S., D.C.: a dotted abbreviation keeps its last full stop.
    if (next.text === '.' && next.start === current.end && /^(?:\p{Lu}\.){1,4}\p{Lu}$/u.test(current.text)) return 1;
    // Martin Luther King Jr.: the suffix keeps its full stop.
    if (next.text === '.' && next.start === current.end && last > first && (current.lower === 'jr' || current.lower === 'sr')) return 1;
    const after = last + 2;
    // Gen. Bem, John F. Kennedy: an abbreviation's full stop stays inside the name.
    const abbreviation = (TITLES.has(current.lower) && current.text.length <= 4) || /^\p{Lu}$/u.test(current.text);
    if (next.text === '.' && next.start === current.end && abbreviation && this.isNameWord(after) && this.adjacent(last + 1, after)) return 2;
    // Jubal A. Early: a middle initial (even one spelling a function word like "A").
    const initialLetter = /^\p{Lu}$/u.test(next.text) && this.token(after)?.text === '.' && this.token(after)?.start === next.end;
    if (initialLetter && this.adjacent(last, last + 1) && this.isNameWord(after + 1) && this.adjacent(after, after + 1)) return 3;
    // Workers' Party: a plural possessive apostrophe.
    if ((next.text === "'" || next.text === '’') && next.start === current.end && lower(current).endsWith('s') && this.isNameWord(after)) return 2;
    if (NAME_PARTICLES.has(next.text) && this.isNameWord(after) && this.adjacent(last, last + 1)) return 2;
    const joined = this.connectedPlaceName(first, last);
    if (joined > 0) return joined;
    // Minister of Justice Jimmy Kruger: an office "of" a department stays with the title.
    if (next.text === 'of' && last === first && OFFICE_TITLES.has(current.lower) && this.isNameWord(after)) return 2;
    if (next.text === 'of' && (ORG_HEADS.has(lower(current)) || PLACE_HEADS.has(lower(current)) || last > first && ORG_SUFFIXES.has(lower(current)))) {
      if (this.isNameWord(after)) return 2;
      if (this.token(after)?.text === 'the' && this.isNameWord(after + 1)) return 3;
    }
    // "Commission on Human Rights", "Council on Foreign Relations", "Ministry for Foreign Affairs"
    if ((next.text === 'on' || next.text === 'for') && BODY_HEADS.has(lower(current)) && this.isNameWord(after) && this.adjacent(last + 1, after)) return 2;
    return 0;
  }

  /** Only spaces (no line break) between two tokens. */
  private adjacent(a: number, b: number): boolean {
    const tokens = this.tokens;
    if (a < 0 || b < 0 || a >= tokens.length || b >= tokens.length) return false;
    const from = tokens.ends[a] as number;
    const to = tokens.starts[b] as number;
    if (to - from < 1 || to - from > 3) return false;
    for (let k = from; k < to; k++) {
      const code = this.text.charCodeAt(k);
      if (code !== 32 && code !== 9 && code !== 0xa0) return false;
    }
    return true;
  }

  // ---- classification ----------------------------------------------------------------------

  private classify(chunk: Chunk): Verdict {
    const tokens = this.tokens.range(chunk.first, chunk.last);
    const end = possessiveEnd(tokens[tokens.length - 1] as Token);
    const start = (tokens[0] as Token).start;
    const surface = this.text.slice(start, end);
    // One token has no space inside it.
    const words = chunk.first === chunk.last ? [surface] : surface.split(/\s+/);
    const all = key(words);
    const firstWord = (words[0] ?? '').toLowerCase();
    const lastWord = (words[words.length - 1] ?? '').toLowerCase().replace(/\.$/, '');
    const single = words.length === 1;
    const mention = (label: EntityLabel, name = surface): Mention => ({ start, end, label, name });

    if (single && this.demonym(surface)) return 'demonym';
    if (single && DIRECTION_WORDS.has(firstWord)) return 'skip';
    if (COALITIONS.has(all)) return mention('GROUP');
    if (!single && SHIP_PREFIXES.has(firstWord)) return 'skip';
    if (TITLES.has(all)) return 'skip';
    const people = this.peopleChunk(words, chunk);
    if (people) return people === 'adjective' ? 'skip' : mention('GROUP');
    if (KNOWN_ORGS.has(all)) return mention('ORGANIZATION');
    const eventWord = ROMAN_NUMERAL.test(lastWord) && !single ? (words[words.length - 2] ?? '').toLowerCase() : lastWord;
    if (EVENT_WORDS.has(eventWord) || WORK_WORDS.has(eventWord) || (!single && EVENT_PREFIXES.has(firstWord))) return 'skip';
    const titled = this.titled(tokens, end);
    if (titled) return titled;
    if (PLACE_ACRONYMS.has(all)) return mention('PLACE');
    // "Al Anbar", "El Paso": a particle that is also a given name opens a town's name
    if (!single && NAME_PARTICLES.has(firstWord) && this.namesTown(surface)) return mention('PLACE');
    if (!single && GIVEN_NAMES.has(firstWord) && !ORG_SUFFIXES.has(lastWord) && !PLACE_SUFFIXES.has(lastWord) && !this.isCountryLike(all)) {
      return mention('PERSON');
    }
    if (SINGLE_NAME_PEOPLE.has(all)) return mention('PERSON');
    if (this.isPlace(surface, single, chunk)) return mention('PLACE');
    if (!single && DIRECTION_WORDS.has(firstWord) && this.isStrongPlace(words.slice(1).join(' '))) return mention('PLACE');
    if (!single && ORG_SUFFIXES.has(lastWord)) return mention('ORGANIZATION');
    if (!single && ORG_PREFIXES.has(firstWord)) return mention('ORGANIZATION');
    if (!single && PLACE_PREFIXES.has(firstWord)) return mention('PLACE');
    if (!single && bodyNamedFor(words)) return mention('ORGANIZATION');
    if (!single && words.includes('of')) {
      const head = (words[words.indexOf('of') - 1] ?? '').toLowerCase();
      if (PLACE_HEADS.has(firstWord) || PLACE_SUFFIXES.has(head)) return mention('PLACE');
      if (ORG_HEADS.has(firstWord) || ORG_SUFFIXES.has(head)) return mention('ORGANIZATION');
    }
    if (!single && PLACE_SUFFIXES.has(lastWord)) return mention('PLACE');
    // Vichy France, Dutch East Indies: words before a country or region still name a place.
    if (!single && !words.includes('of') && this.isCountryOrCity(lastWord) && words.every((w) => !GIVEN_NAMES.has(w.toLowerCase()))) return mention('PLACE');
    // a dateline in capitals ("MILAN -", "PARIS (AP) -") is a town, whatever a person may be called
    if (single && isAcronym(surface) && surface.length >= 4 && this.isStrongPlace(surface)) return mention('PLACE');
    if (single && isAcronym(surface) && surface.replace(/\./g, '').length <= 6) return mention('ORGANIZATION');
    if (!single && this.placeCue(chunk, true)) return mention('PLACE');
    if (!single && DIRECTION_WORDS.has(firstWord) && THEATRES.has(lastWord)) return mention('PLACE');
    // La Moneda, El Alamein: a name led by an article is a place, not a person.
    if (!single && ARTICLES.has(firstWord)) return mention('PLACE');
    if (!single && words.length <= 3 && words.every((w) => this.nameLike(w))) return mention('PERSON');
    // ("Abdel Basset Ali al-Megrahi": a long name ending on an Arabic article's family name is a person's)
    if (words.length <= MAX_ARABIC_NAME_WORDS && ARTICLE_JOINED.test(words[words.length - 1] ?? '')) return mention('PERSON');
    if (words.length >= 4) return mention('ORGANIZATION');
    return 'unknown';
  }

  /**
   * "East Germans", "South Vietnamese", "West Berliners": compass words or nationality words
   * ending in a word for a people. 'adjective' when a noun follows ("North Vietnamese tanks").
   */
  private peopleChunk(words: string[], chunk: Chunk): 'group' | 'adjective' | undefined {
    if (words.length < 2) return undefined;
    const last = words[words.length - 1] as string;
    const head = words.slice(0, -1);
    if (!head.every((w) => DIRECTION_WORDS.has(w.toLowerCase()) || this.demonym(w))) return undefined;
    const demonym = this.demonym(last);
    if (!demonym && !this.isInhabitants(last)) return undefined;
    if (demonym && !demonym.people) return 'adjective';
    if (demonym?.adjective && this.nounFollows(chunk.last)) return 'adjective';
    return 'group';
  }

  /** "Berliners", "Londoners": the people of a large town. */
  private isInhabitants(word: string): boolean {
    if (!word.endsWith('ers') && !word.endsWith('ans')) return false;
    const match = /^(\p{Lu}\p{Ll}+?)(?:ers|ians|ans)$/u.exec(word);
    const stem = match?.[1];
    if (!stem) return false;
    return this.lookup(stem).some((c) => c.entry.source === 'city' && c.entry.population >= MIN_STRONG_CITY_POPULATION);
  }

  /** The next token is a lowercase content word, so the words before it modify it. */
  private nounFollows(i: number): boolean {
    const next = this.token(i + 1);
    return next !== undefined && !next.glued && next.text === next.lower && /^\p{L}/u.test(next.text) && !NEVER_ENTITY.has(next.lower) && this.adjacent(i, i + 1);
  }

  /** "Prime Minister Imre Nagy": a title prefix followed by a name. */
  private titled(tokens: Token[], end: number): Mention | undefined {
    // A title and a name take two words at least.
    if (tokens.length < 2) return undefined;
    const words = tokens.map((t) => t.text).filter((w) => w !== '.');
    // "Japanese Prime Minister Tojo", "Grand Admiral Karl Donitz": words that lead into a title.
    let lead = 0;
    while (lead < 2 && lead < words.length - 2 && !TITLES.has((words[lead] ?? '').toLowerCase())) lead++;
    if (lead > 0 && !TITLES.has((words[lead] ?? '').toLowerCase()) && !TITLES.has(key(words.slice(lead, lead + 2)))) lead = 0;
    const office = OFFICE_TITLES.has((words[lead] ?? '').toLowerCase()) && words[lead + 1] === 'of' && words.length > lead + 3;
    for (let n = office ? lead + 3 : Math.min(lead + 3, words.length - 1); n > lead; n--) {
      const title = key(words.slice(lead, n));
      if (!TITLES.has(title) && !(office && n === lead + 3)) continue;
      const rest = words.slice(n);
      const restLast = (rest[rest.length - 1] ?? '').toLowerCase();
      if (ORG_SUFFIXES.has(restLast) || PLACE_SUFFIXES.has(restLast) || rest.includes('of')) return undefined;
      if (!GIVEN_NAMES.has((rest[0] ?? '').toLowerCase()) && rest.length > 1 && this.lookup(key(rest)).length > 0) return undefined;
      if (this.isCountryLike(key(rest))) return undefined;
      // "St. Louis", "Saint Petersburg": a saint's title opening a town's name
      // (a city, not a village: "St. Peter" is the apostle more often than a town of 12,000)
      if (SAINT_TITLES.has(title) && this.namesCity(this.text.slice(tokens[0]!.start, end))) return undefined;
      // After the first token: "President President Smith" repeats the title word in the name.
      const nameToken = tokens.find((t, k) => k > 0 && t.text === rest[0]) as Token;
      const titleEnd = tokens[tokens.indexOf(nameToken) - 1] as Token;
      const first = tokens[0] as Token;
      return {
        start: first.start,
        end,
        label: 'PERSON',
        name: this.text.slice(nameToken.start, end),
        title: this.text.slice(first.start, titleEnd.end),
      };
    }
    return undefined;
  }

  /** A capitalized word that could be part of a person's name: no lexicon knows it otherwise. */
  private nameLike(word: string): boolean {
    const w = word.toLowerCase();
    if (DIRECTION_WORDS.has(w) || GROUP_MODIFIERS.has(w) || GROUP_NOUNS.has(w) || ORG_SUFFIXES.has(w)) return false;
    if (PLACE_SUFFIXES.has(w) || EVENT_WORDS.has(w) || WORK_WORDS.has(w) || TITLE_PREFIXES.has(w) || COALITIONS.has(w)) return false;
    return this.demonym(word) === undefined;
  }

  /** A country, polity, region, or a town of 100,000 or more. */
  private isStrongPlace(name: string): boolean {
    return this
      .lookup(name)
      .some(({ entry, alternative }) => !alternative && (entry.source === 'country' || entry.source === 'polity' || entry.source === 'admin1' || entry.population >= MIN_STRONG_CITY_POPULATION));
  }

  /** A country, polity, or a town of 100,000 or more (not a subdivision: Unity, Central ...). */
  private isCountryOrCity(name: string): boolean {
    return this
      .lookup(name)
      .some(({ entry, alternative }) => !alternative && (entry.source === 'country' || entry.source === 'polity' || entry.population >= MIN_STRONG_CITY_POPULATION));
  }

  private isCountryLike(name: string): boolean {
    return this.lookup(name).some((c) => c.entry.source === 'country' || c.entry.source === 'polity');
  }

  /** A gazetteer name, trusted more when the words around it say "place". */
  private isPlace(surface: string, single: boolean, chunk: Chunk): boolean {
    const candidates = this.lookup(surface);
    if (candidates.length === 0) return false;
    const word = surface.toLowerCase();
    const commonWord = GROUP_NOUNS.has(word) || ORG_SUFFIXES.has(word) || TITLES.has(word) || PLACE_SUFFIXES.has(word) || GIVEN_NAMES.has(word);
    const cue = this.placeCue(chunk);
    return candidates.some(({ entry, alternative }) => {
      if (alternative && !cue) return false;
      if (entry.source === 'country' || entry.source === 'polity') return true;
      if (single && commonWord) return false;
      if (entry.source === 'airport') return cue || !single || this.followedBy(chunk, 'airport');
      if (entry.source === 'admin1') return !single || cue || !(this.token(chunk.first) as Token).initial;
      if (!single) return entry.population >= 1000;
      return entry.population >= MIN_STRONG_CITY_POPULATION || cue;
    });
  }

  /** Words around the chunk that say "place"; `strict` keeps only in/at/near and place nouns after. */
  private placeCue(chunk: Chunk, strict = false): boolean {
    const before = this.token(chunk.first - 1);
    const after = this.token(chunk.last + 1);
    const locatives = strict ? STRICT_LOCATIVES : LOCATIVES;
    if (before && locatives.has(lower(before)) && !(this.token(chunk.first) as Token).glued) return true;
    if (before && before.text === 'the' && this.token(chunk.first - 2) && locatives.has(lower(this.token(chunk.first - 2) as Token))) return true;
    if (after && PLACE_NOUNS_AFTER.has(lower(after)) && !after.glued) return true;
    // "Traiskirchen, Austria": a comma then a known country.
    const afterNext = this.token(chunk.last + 2);
    return after?.text === ',' && afterNext !== undefined && this.isCountryLike(afterNext.text);
  }

  private followedBy(chunk: Chunk, word: string): boolean {
    const after = this.token(chunk.last + 1);
    return after !== undefined && lower(after) === word && !after.glued;
  }

  /** A lowercase title right before a name joins the person: "photographer Laszlo Almasi". */
  private withLowercaseTitle(mention: Mention, chunk: Chunk): Mention {
    if (mention.label !== 'PERSON' || mention.title) return mention;
    for (let n = 3; n >= 1; n--) {
      const from = chunk.first - n;
      if (from < 0) continue;
      const words = this.tokens.range(from, chunk.first - 1);
      if (words.some((t) => isCapitalized(t.text) || t.text.length < 4 && n === 1) || words.some((t, k) => k > 0 && !this.adjacent(from + k - 1, from + k))) continue;
      if (!this.adjacent(chunk.first - 1, chunk.first)) continue;
      const title = key(words.map((t) => t.text));
      if (!TITLES.has(title)) continue;
      const first = words[0] as Token;
      const last = words[words.length - 1] as Token;
      return { ...mention, start: first.start, title: this.text.slice(first.start, last.end) };
    }
    return mention;
  }

  /** Single capitalized words repeating the last name of a person named in full ("Nagy"). */
  private surnames(unknown: Chunk[], known: ReadonlySet<string>): Mention[] {
    const found: Mention[] = [];
    for (const chunk of unknown) {
      const token = this.token(chunk.first) as Token;
      const end = possessiveEnd(token);
      const name = this.text.slice(token.start, end);
      if (!known.has(name.toLowerCase())) continue;
      found.push({ start: token.start, end, label: 'PERSON', name });
      this.consume(chunk);
    }
    return found;
  }

  // ---- groups ------------------------------------------------------------------------------

  private groups(): Mention[] {
    const found: Mention[] = [];
    const flags = this.tokens.flags;
    let i = 0;
    while (i < this.tokens.length) {
      // A group starts with a capital or a group word: skip the rest fast.
      const last = this.consumed[i] || ((flags[i] as number) & (CAPITAL | MARKED)) === 0 ? -1 : this.groupEnd(i);
      if (last < 0) {
        i++;
        continue;
      }
      const first = this.token(i) as Token;
      const end = possessiveEnd(this.token(last) as Token);
      const surface = this.text.slice(first.start, end);
      found.push({ start: first.start, end, label: 'GROUP', name: surface.replace(/^\p{Lu}/u, (c) => (this.isDemonymAt(i) ? c : c.toLowerCase())) });
      i = last + 1;
    }
    return found;
  }

  private isDemonymAt(i: number): boolean {
    return this.tokens.has(i, CAPITAL) && this.demonym((this.token(i) as Token).text) !== undefined;
  }

  /** Token `i` may be a group modifier or noun: false is certain, and costs no string. */
  private mayBeGroupWord(i: number): boolean {
    return this.tokens.has(i, MARKED);
  }

  /** Index of the last token of a group mention starting at `i`, or -1. */
  private groupEnd(i: number): number {
    const capital = this.tokens.has(i, CAPITAL);
    if (!capital && !this.mayBeGroupWord(i)) return -1;
    const token = this.token(i) as Token;
    if (!capital && !GROUP_MODIFIERS.has(token.lower) && !GROUP_NOUNS.has(token.lower)) return -1;
    const demonym = capital ? this.demonym(token.text) : undefined;
    const people = capital && (demonym?.people || (!demonym && this.isInhabitants(token.text)));
    let j = i;
    if (demonym || people) {
      j = this.coordinatedDemonyms(i) + 1;
      // "Hungarians", "the Swiss voted": the people themselves, not an adjective before a noun.
      if (people && !(demonym?.adjective && this.nounFollows(j - 1)) && !this.isGroupNounAt(j, true)) return j - 1;
      if (!demonym?.adjective) return -1;
    }
    let modifiers = 0;
    while (modifiers < 3 && this.isModifierAt(j)) {
      if (this.isGroupNounAt(j, true) && !this.isGroupNounAt(j + 1, true)) break;
      j++;
      modifiers++;
    }
    const modified = j > i;
    if (!this.isGroupNounAt(j, modified)) return -1;
    if (modified && !this.contiguous(i, j)) return -1;
    if (GROUP_NOUNS_NEEDING_MODIFIER.has(lower(this.token(j) as Token)) && !modified) return -1;
    return j;
  }

  /** "American and British pilots": the last of nationality words joined by and/or. */
  private coordinatedDemonyms(i: number): number {
    let last = i;
    while (
      last - i < 8 &&
      (this.token(last + 1)?.text === 'and' || this.token(last + 1)?.text === 'or') &&
      this.isDemonymAt(last + 2) &&
      !this.consumed[last + 2] &&
      this.contiguous(last, last + 2)
    ) {
      last += 2;
    }
    return last;
  }

  private isModifierAt(j: number): boolean {
    if (this.consumed[j] || !this.mayBeGroupWord(j)) return false;
    const token = this.token(j);
    if (!token) return false;
    // Capitalized modifiers count too: "Allied forces", "Communist forces", "Army units".
    return GROUP_MODIFIERS.has(lower(token));
  }

  private isGroupNounAt(j: number, modified: boolean): boolean {
    if (this.consumed[j] || !this.mayBeGroupWord(j)) return false;
    const token = this.token(j);
    if (!token) return false;
    const word = lower(token);
    if (!GROUP_NOUNS.has(word)) return false;
    if (token.text === word) return true;
    // Capitalized only at a sentence or caption start ("Fighters sit ...").
    return token.initial && !modified && token.text.slice(1) === word.slice(1);
  }

  private contiguous(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (!this.adjacent(k, k + 1)) return false;
    return true;
  }
}

/** End offset without a possessive ending ("Stalin's" → "Stalin"). */
function possessiveEnd(token: Token): number {
  const lower = token.lower;
  return lower.length > 2 && (lower.endsWith("'s") || lower.endsWith('’s')) ? token.end - 2 : token.end;
}
