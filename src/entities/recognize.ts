/**
 * Rule- and lexicon-based named entity recognition: capitalized sequences are chunked and
 * labelled with word lists (titles, given names, organization suffixes, known organizations)
 * and the place gazetteer; collectives acting in the story (Soviet troops, demonstrators,
 * Hungarians) are found as GROUP from nationality words and group nouns.
 */
import type { EntityLabel } from '../model/document.js';
import type { Gazetteer } from '../places/gazetteer.js';
import {
  EVENT_WORDS,
  GIVEN_NAMES,
  GROUP_MODIFIERS,
  GROUP_NOUNS,
  GROUP_NOUNS_NEEDING_MODIFIER,
  KNOWN_ORGS,
  NAME_PARTICLES,
  NEVER_ENTITY,
  ORG_HEADS,
  ORG_SUFFIXES,
  PLACE_ACRONYMS,
  PLACE_HEADS,
  PLACE_SUFFIXES,
  SINGLE_NAME_PEOPLE,
  TITLES,
} from './lexicon.js';
import { hasDigit, isAcronym, isCapitalized, type Token } from './tokens.js';

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
const PLACE_NOUNS_AFTER = new Set(['camp', 'airport', 'airfield', 'city', 'town', 'village', 'region', 'province', 'county', 'river', 'border', 'district', 'area', 'suburb', 'harbour', 'harbor', 'port', 'station', 'prison']);
const MIN_STRONG_CITY_POPULATION = 100_000;

const lower = (token: Token): string => token.text.toLowerCase();
const key = (words: string[]): string => words.join(' ').toLowerCase().replace(/\./g, '');

export class Recognizer {
  private readonly consumed: boolean[];

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly places: Gazetteer,
  ) {
    this.consumed = new Array<boolean>(tokens.length).fill(false);
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
    mentions.push(...this.surnames(unknown, mentions));
    mentions.push(...this.groups());
    return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  private consume(chunk: Chunk): void {
    for (let i = chunk.first; i <= chunk.last; i++) this.consumed[i] = true;
  }

  // ---- chunking ----------------------------------------------------------------------------

  private isNameWord(i: number): boolean {
    const token = this.tokens[i];
    if (!token || !isCapitalized(token.text) || hasDigit(token.text)) return false;
    if (NEVER_ENTITY.has(lower(token)) && !isAcronym(token.text)) return false;
    // Soviet-backed, Anglo-French: a hyphenated word with a lowercase part is an adjective.
    return !token.text.split('-').some((part, n) => n > 0 && part.length > 0 && !isCapitalized(part));
  }

  private *chunks(): Generator<Chunk> {
    let i = 0;
    while (i < this.tokens.length) {
      if (!this.isNameWord(i)) {
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
      yield { first, last };
      i = last + 1;
    }
  }

  /** How many tokens after `last` continue the chunk (0 = it ends). */
  private extension(first: number, last: number): number {
    const next = this.tokens[last + 1];
    const current = this.tokens[last];
    if (!next || !current || next.glued || next.newline) return 0;
    if (this.isNameWord(last + 1) && this.adjacent(last, last + 1)) return 1;
    const after = last + 2;
    // Gen. Bem, John F. Kennedy: an abbreviation's full stop stays inside the name.
    if (next.text === '.' && next.start === current.end && (TITLES.has(lower(current)) || current.text.length === 1) && this.isNameWord(after)) return 2;
    // Workers' Party: a plural possessive apostrophe.
    if ((next.text === "'" || next.text === '’') && next.start === current.end && lower(current).endsWith('s') && this.isNameWord(after)) return 2;
    if (NAME_PARTICLES.has(next.text) && this.isNameWord(after) && this.adjacent(last, last + 1)) return 2;
    if (next.text === 'of' && (ORG_HEADS.has(lower(current)) || PLACE_HEADS.has(lower(current)) || last > first && ORG_SUFFIXES.has(lower(current)))) {
      if (this.isNameWord(after)) return 2;
      if (this.tokens[after]?.text === 'the' && this.isNameWord(after + 1)) return 3;
    }
    return 0;
  }

  /** Only spaces (no line break) between two tokens. */
  private adjacent(a: number, b: number): boolean {
    const left = this.tokens[a];
    const right = this.tokens[b];
    if (!left || !right) return false;
    const gap = this.text.slice(left.end, right.start);
    return gap.length > 0 && gap.length <= 3 && /^[ \t\u00a0]+$/.test(gap);
  }

  // ---- classification ----------------------------------------------------------------------

  private classify(chunk: Chunk): Verdict {
    const tokens = this.tokens.slice(chunk.first, chunk.last + 1);
    const end = possessiveEnd(tokens[tokens.length - 1] as Token);
    const start = (tokens[0] as Token).start;
    const surface = this.text.slice(start, end);
    const words = surface.split(/\s+/);
    const all = key(words);
    const firstWord = (words[0] ?? '').toLowerCase();
    const lastWord = (words[words.length - 1] ?? '').toLowerCase().replace(/\.$/, '');
    const single = words.length === 1;
    const initial = (tokens[0] as Token).initial;
    const mention = (label: EntityLabel, name = surface): Mention => ({ start, end, label, name });

    if (single && this.places.demonym(surface)) return 'demonym';
    if (KNOWN_ORGS.has(all)) return mention('ORGANIZATION');
    if (EVENT_WORDS.has(lastWord) || (!single && EVENT_WORDS.has(firstWord) && words.includes('of'))) return 'skip';
    const titled = this.titled(tokens, end);
    if (titled) return titled;
    if (PLACE_ACRONYMS.has(all)) return mention('PLACE');
    if (!single && GIVEN_NAMES.has(firstWord) && !ORG_SUFFIXES.has(lastWord) && !PLACE_SUFFIXES.has(lastWord) && !this.isCountryLike(all)) {
      return mention('PERSON');
    }
    if (SINGLE_NAME_PEOPLE.has(all)) return mention('PERSON');
    if (this.isPlace(surface, single, chunk)) return mention('PLACE');
    if (!single && ORG_SUFFIXES.has(lastWord)) return mention('ORGANIZATION');
    if (!single && words.includes('of')) {
      if (PLACE_HEADS.has(firstWord)) return mention('PLACE');
      if (ORG_HEADS.has(firstWord)) return mention('ORGANIZATION');
    }
    if (!single && PLACE_SUFFIXES.has(lastWord)) return mention('PLACE');
    if (single && isAcronym(surface) && surface.replace(/\./g, '').length <= 6) return mention('ORGANIZATION');
    if (single && GIVEN_NAMES.has(firstWord) && !initial) return mention('PERSON');
    if (!single) return words.length <= 3 && !words.some((w) => this.places.demonym(w)) ? mention('PERSON') : mention('ORGANIZATION');
    return 'unknown';
  }

  /** "Prime Minister Imre Nagy": a title prefix followed by a name. */
  private titled(tokens: Token[], end: number): Mention | undefined {
    const words = tokens.map((t) => t.text).filter((w) => w !== '.');
    for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
      const title = key(words.slice(0, n));
      if (!TITLES.has(title)) continue;
      const rest = words.slice(n);
      const restLast = (rest[rest.length - 1] ?? '').toLowerCase();
      if (ORG_SUFFIXES.has(restLast) || PLACE_SUFFIXES.has(restLast) || rest.includes('of')) return undefined;
      if (this.isCountryLike(key(rest))) return undefined;
      const nameToken = tokens.find((t) => t.text === rest[0]) as Token;
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

  private isCountryLike(name: string): boolean {
    return this.places.lookup(name).some((c) => c.entry.source === 'country' || c.entry.source === 'polity');
  }

  /** A gazetteer name, trusted more when the words around it say "place". */
  private isPlace(surface: string, single: boolean, chunk: Chunk): boolean {
    const candidates = this.places.lookup(surface);
    if (candidates.length === 0) return false;
    const word = surface.toLowerCase();
    const commonWord = GROUP_NOUNS.has(word) || ORG_SUFFIXES.has(word) || TITLES.has(word) || PLACE_SUFFIXES.has(word) || GIVEN_NAMES.has(word);
    const cue = this.placeCue(chunk);
    return candidates.some(({ entry, alternative }) => {
      if (alternative && !cue) return false;
      if (entry.source === 'country' || entry.source === 'polity') return true;
      if (single && commonWord) return false;
      if (entry.source === 'airport') return cue || !single || this.followedBy(chunk, 'airport');
      if (entry.source === 'admin1') return !single || cue || !(this.tokens[chunk.first] as Token).initial;
      if (!single) return entry.population >= 1000;
      return entry.population >= MIN_STRONG_CITY_POPULATION || cue;
    });
  }

  private placeCue(chunk: Chunk): boolean {
    const before = this.tokens[chunk.first - 1];
    const after = this.tokens[chunk.last + 1];
    if (before && LOCATIVES.has(lower(before)) && !(this.tokens[chunk.first] as Token).glued) return true;
    if (before && before.text === 'the' && this.tokens[chunk.first - 2] && LOCATIVES.has(lower(this.tokens[chunk.first - 2] as Token))) return true;
    if (after && PLACE_NOUNS_AFTER.has(lower(after)) && !after.glued) return true;
    // "Traiskirchen, Austria": a comma then a known country.
    const afterNext = this.tokens[chunk.last + 2];
    return after?.text === ',' && afterNext !== undefined && this.isCountryLike(afterNext.text);
  }

  private followedBy(chunk: Chunk, word: string): boolean {
    const after = this.tokens[chunk.last + 1];
    return after !== undefined && lower(after) === word && !after.glued;
  }

  /** A lowercase title right before a name joins the person: "photographer Laszlo Almasi". */
  private withLowercaseTitle(mention: Mention, chunk: Chunk): Mention {
    if (mention.label !== 'PERSON' || mention.title) return mention;
    for (let n = 3; n >= 1; n--) {
      const from = chunk.first - n;
      if (from < 0) continue;
      const words = this.tokens.slice(from, chunk.first);
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
  private surnames(unknown: Chunk[], mentions: Mention[]): Mention[] {
    const known = new Set<string>();
    for (const m of mentions) {
      if (m.label !== 'PERSON') continue;
      const parts = m.name.split(/\s+/);
      if (parts.length > 1) known.add((parts[parts.length - 1] as string).toLowerCase());
    }
    const found: Mention[] = [];
    for (const chunk of unknown) {
      const token = this.tokens[chunk.first] as Token;
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
    let i = 0;
    while (i < this.tokens.length) {
      const last = this.consumed[i] ? -1 : this.groupEnd(i);
      if (last < 0) {
        i++;
        continue;
      }
      const first = this.tokens[i] as Token;
      const end = possessiveEnd(this.tokens[last] as Token);
      const surface = this.text.slice(first.start, end);
      found.push({ start: first.start, end, label: 'GROUP', name: surface.replace(/^\p{Lu}/u, (c) => (this.isDemonymAt(i) ? c : c.toLowerCase())) });
      i = last + 1;
    }
    return found;
  }

  private isDemonymAt(i: number): boolean {
    const token = this.tokens[i];
    return token !== undefined && isCapitalized(token.text) && this.places.demonym(token.text) !== undefined;
  }

  /** Index of the last token of a group mention starting at `i`, or -1. */
  private groupEnd(i: number): number {
    const token = this.tokens[i] as Token;
    const demonym = isCapitalized(token.text) ? this.places.demonym(token.text) : undefined;
    if (demonym?.plural && !this.isGroupNounAt(i + 1, true)) return i;
    let j = demonym ? i + 1 : i;
    let modifiers = 0;
    while (modifiers < 3 && this.isModifierAt(j)) {
      if (this.isGroupNounAt(j, demonym !== undefined) && !this.isGroupNounAt(j + 1, true)) break;
      j++;
      modifiers++;
    }
    if (!this.isGroupNounAt(j, demonym !== undefined || modifiers > 0)) return -1;
    if (j > i && !this.contiguous(i, j)) return -1;
    const noun = lower(this.tokens[j] as Token);
    if (GROUP_NOUNS_NEEDING_MODIFIER.has(noun) && !demonym) return -1;
    return j;
  }

  private isModifierAt(j: number): boolean {
    const token = this.tokens[j];
    if (!token || this.consumed[j] || token.glued && j > 0) return false;
    return GROUP_MODIFIERS.has(token.text) || (token.initial && GROUP_MODIFIERS.has(lower(token)));
  }

  private isGroupNounAt(j: number, modified: boolean): boolean {
    const token = this.tokens[j];
    if (!token || this.consumed[j]) return false;
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
  return /['’]s$/i.test(token.text) && token.text.length > 2 ? token.end - 2 : token.end;
}
