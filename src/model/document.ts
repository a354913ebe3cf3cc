/**
 * The one document model every stage reads and adds to.
 *
 * `text` is the untouched original. Every span is `{start, end, text}` in UTF-16 code units of
 * `text`, with `text.slice(start, end) === span.text`. Stages never rewrite `text`; each adds its
 * own layer (paragraphs, sentences, media, timexes, entities, quantities, events).
 * The JSON Schema beside this file (document.schema.json) describes the same shape.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface SourceInfo {
  /** File name, JSONL id, or "-" for standard input. */
  name: string;
  /** SHA-256 of `text` (UTF-8), hex. */
  sha256: string;
  /** Length of `text` in UTF-16 code units. */
  length: number;
  /** Input format the text came from. */
  format?: 'text' | 'html' | 'jsonl' | 'timeml';
  /** Title found in HTML metadata, when any. */
  title?: string;
}

/** How the document tells its story, which decides how relative dates are anchored. */
export type DocumentType = 'news' | 'narrative';

export interface DocumentTypeDecision {
  type: DocumentType;
  /** "given" when the user chose with --type; otherwise "auto". */
  decidedBy: 'given' | 'auto';
  /** One sentence saying why. */
  reason: string;
}

export type ParagraphKind = 'body' | 'captions' | 'heading';

export interface Paragraph extends Span {
  id: string;
  kind: ParagraphKind;
}

export type SentenceKind = 'body' | 'caption' | 'heading';

export interface Sentence extends Span {
  id: string;
  /** Id of the paragraph holding it. */
  paragraph: string;
  kind: SentenceKind;
}

export type RightsHint = 'licensed' | 'cc-by-sa' | 'cc-by' | 'public-domain' | 'unknown';

export interface Credit extends Span {
  photographer?: string;
  agency?: string;
  archive?: string;
  /** The archive's own number for the picture, to order a print by: "Bild 183-1989-1104-437". */
  reference?: string;
  /** What the credit says of re-use rights, from the credit lexicon. */
  rights?: RightsHint;
}

/** A component of a date is known when the text writes it, implied when inferred. */
export type Certainty = 'known' | 'implied';

export interface MediaDate {
  /** TIMEX3 value, e.g. 1956-11-12. */
  value: string;
  edtf: string;
  /** Id of the timex in the caption, when the caption dates itself. */
  timex?: string;
  /** "caption" when the caption writes it; "inherited" when taken from the story. */
  from: 'caption' | 'inherited';
}

export interface MediaPlace {
  entity?: string;
  name: string;
  lat?: number;
  lon?: number;
  precision?: PlacePrecision;
  from: 'caption' | 'inherited';
}

export interface MediaItem {
  id: string;
  caption: Span;
  credit: Credit;
  /** How the item was found: glued-text recovery or HTML figure markup. */
  origin: 'glued-text' | 'html-figure';
  date?: MediaDate;
  place?: MediaPlace;
  /** Ids of the events the photograph shows. */
  events?: string[];
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimexAnchor {
  /** What the relative expression was resolved against. */
  kind: 'dct' | 'narrative' | 'caption' | 'none';
  /** TIMEX3 value of the anchor. */
  value?: string;
  /** Id of the anchoring timex, when it is one in the text. */
  timex?: string;
}

export interface Timex extends Span {
  id: string;
  type: TimexType;
  /** TIMEX3 value: 1956-10-23, 1956-10-23TAF, P13D, XXXX-WXX-1, PRESENT_REF ... */
  value: string;
  /** TIMEX3 mod: BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER, LESS_THAN, MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE, START, MID, END, APPROX. */
  mod?: string;
  /** EDTF value carrying precision and uncertainty: 1956-10-23, 1956-11, 1956~, 198X, 1956-10-23/1956-11-04. */
  edtf?: string;
  /** Granularity of the value. */
  precision?: 'millennium' | 'century' | 'decade' | 'year' | 'season' | 'quarter' | 'month' | 'week' | 'day' | 'part-of-day' | 'hour' | 'minute' | 'second';
  /** Date/time components written in the text (year, month, day, hour, minute, weekday, ...). */
  known: string[];
  /** Components inferred from the anchor or by default. */
  implied: string[];
  anchor?: TimexAnchor;
  /** For ranges: the two ends as TIMEX3 values. */
  range?: { begin: string; end: string };
  /** Id of the caption (media item) holding it, if it sits in one. */
  media?: string;
}

export type EntityLabel = 'PERSON' | 'ORGANIZATION' | 'PLACE' | 'GROUP';

export type PlacePrecision = 1 | 2 | 3 | 4;

export type PlaceKind =
  | 'country'
  | 'historical-polity'
  | 'region'
  | 'city'
  | 'district'
  | 'street'
  | 'building'
  | 'airport'
  | 'camp'
  | 'continent'
  | 'other';

export interface ResolvedPlace {
  /** Gazetteer id, e.g. geonames:3054643, iso:HU, airport:EGLK, polity:USSR. */
  id: string;
  name: string;
  kind: PlaceKind;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2 code of the country holding it, when known. */
  country?: string;
  /** ACLED geo-precision: 1 exact town, 2 near a town, 3 region, 4 country. */
  precision: PlacePrecision;
  /** A larger place named beside it that gave context (Traiskirchen, Austria). */
  context?: string;
  /** Years a historical polity existed. */
  years?: [number, number];
}

export interface Entity extends Span {
  id: string;
  label: EntityLabel;
  /** Normalized name (titles removed for people, "the" dropped). */
  name: string;
  /** Title or role kept with a person: "Prime Minister". */
  title?: string;
  /** Where it was found: body text, caption, or credit. */
  zone?: 'body' | 'caption' | 'credit';
  place?: ResolvedPlace;
}

/**
 * What a count counts; 'protesters' is a crowd's size (demonstrators, marchers, strikers); 'casualties'
 * are a side's losses told without saying how many died ("lost 5,000 men", "28,000 casualties": killed,
 * wounded, captured and missing together).
 */
export type QuantityCategory = 'killed' | 'injured' | 'casualties' | 'arrested' | 'displaced' | 'troops' | 'vehicles' | 'protesters' | 'other';

export interface Quantity extends Span {
  id: string;
  /** Lower bound, or undefined when open below. */
  min?: number;
  /** Upper bound, or undefined when open above ("more than 100,000"). */
  max?: number;
  approximate: boolean;
  /** The words giving the bound: "more than", "as many as", "up to" ... */
  bound?: string;
  /** Head noun of what is counted. */
  head?: Span;
  category: QuantityCategory;
  /** Id of the count this one is a part of ("nearly 150 people, 132 of them children"): not to be added to it. */
  partOf?: string;
}

export interface EventWhen {
  timex?: string;
  value?: string;
  precision?: string;
  /** "stated" when the event's sentence dates it; "none" when no date could be tied to it. */
  basis: 'stated' | 'narrative' | 'caption' | 'none';
}

export interface EventWhere {
  entity?: string;
  name?: string;
  lat?: number;
  lon?: number;
  precision?: PlacePrecision;
  /** stated: the act's own place ("in Goma", "stormed the palace"); sentence: the one place its sentence names; caption: the picture's. */
  basis: 'stated' | 'sentence' | 'caption' | 'none';
}

export interface Bounds {
  min?: number;
  max?: number;
}

export interface Event {
  id: string;
  /** PLOVER event type, or a documented extension (DISPLACE). */
  type: string;
  mode?: string;
  trigger: Span;
  actors: string[];
  recipients: string[];
  when: EventWhen;
  where: EventWhere;
  counts: Partial<Record<QuantityCategory, Bounds>>;
  /** Ids of the quantities behind `counts`. */
  quantities?: string[];
  negated: boolean;
  hypothetical: boolean;
  future: boolean;
  reported: boolean;
  sentence: Span;
  /** Id of the media item when the event is told in a caption. */
  media?: string;
}

export interface AnnalistDocument {
  source: SourceInfo;
  /** The original text, never rewritten. */
  text: string;
  /** Document creation time (YYYY-MM-DD or a fuller TIMEX3 value), when known. */
  dct?: string;
  documentType?: DocumentTypeDecision;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  media: MediaItem[];
  timexes: Timex[];
  entities: Entity[];
  quantities: Quantity[];
  events: Event[];
  /** Stages that ran, in order. */
  stages: string[];
  /** Non-fatal problems: invalid UTF-8 replaced, input truncated, ... */
  warnings: string[];
}

/** Makes a span from offsets, copying the text so `text.slice(start, end) === span.text` holds. */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/**
 * How many leading items of `sorted` satisfy `before` (which must hold for a prefix and fail for the
 * rest): the binary search every layer uses to find spans around an offset in O(log n).
 */
export function countBefore<T>(sorted: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(sorted[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
