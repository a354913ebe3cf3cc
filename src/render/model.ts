/**
 * The report's view model: every item a view shows (events, photographs, entities, time
 * expressions, quantities, places) under one key, with the items it is linked to, so choosing an
 * item in one view can light up the others. Built from the document layers only; nothing guessed.
 */
import { countBefore, type AnnalistDocument, type Entity, type Event, type MediaItem, type PlacePrecision, type RightsHint, type Sentence, type Timex } from '../model/document.js';
import { describeInterval, intervalOf, rangeOf, type Interval } from './dates.js';

export type ItemKind = 'event' | 'photo' | 'entity' | 'timex' | 'quantity' | 'place';

export interface ReportItem {
  key: string;
  kind: ItemKind;
  /** One-line name shown in the selection panel. */
  label: string;
  /** Lines of detail, plain text (the client sets them with textContent). */
  details: string[];
  start?: number;
  end?: number;
}

export interface PlaceMark {
  key: string;
  /** The first words naming the place, when an entity names it. */
  mention?: SourceRange;
  name: string;
  lat: number;
  lon: number;
  precision?: PlacePrecision;
  /** Extra words for the label: kind, context, country. */
  note: string;
  events: number;
  photos: number;
}

/** The source words an entry stands for: an event's trigger, a photo's caption and credit. */
export interface SourceRange {
  start: number;
  end: number;
}

export interface TimelineEntry extends SourceRange {
  key: string;
  kind: 'event' | 'photo';
  headline: string;
  /** Epoch milliseconds of the interval the date denotes. */
  from: number;
  to: number;
  precision: string;
  dateLabel: string;
  /** The date's own words say it is approximate (mod APPROX, EDTF ~ or ?). */
  approximate: boolean;
  /** The date is carried over from the story rather than written beside the item. */
  inferred: boolean;
}

export interface UndatedEntry extends SourceRange {
  key: string;
  kind: 'event' | 'photo';
  headline: string;
}

export interface DocumentView {
  index: number;
  doc: AnnalistDocument;
  title: string;
  items: Map<string, ReportItem>;
  links: Map<string, Set<string>>;
  places: PlaceMark[];
  timeline: TimelineEntry[];
  undated: UndatedEntry[];
}

export function keyOf(docIndex: number, kind: ItemKind, id: string): string {
  return `d${docIndex}:${kind}:${id}`;
}

const RIGHTS_TEXT: Record<RightsHint, string> = {
  'cc-by-sa': 'CC BY-SA: free to re-use with attribution, share-alike',
  'cc-by': 'CC BY: free to re-use with attribution',
  'public-domain': 'Public domain',
  licensed: 'Licensed: rights held by the agency, permission needed',
  unknown: 'Rights unknown: ask the source',
};

const LICENSED_AGENCY = /\b(?:Getty|Reuters|AFP|AP|EPA|PA|dpa|ANP|TASS|Corbis|Magnum|Bridgeman|Alamy|Shutterstock|Keystone)\b/i;

/** The credit's rights hint; falls back to a small agency list when the segment layer left it out. */
export function rightsOf(media: MediaItem): RightsHint {
  if (media.credit.rights) return media.credit.rights;
  if (/fortepan/i.test(media.credit.text)) return 'cc-by-sa';
  if (/wikimedia|public domain/i.test(media.credit.text)) return 'public-domain';
  return LICENSED_AGENCY.test(media.credit.text) ? 'licensed' : 'unknown';
}

export function rightsText(hint: RightsHint): string {
  return RIGHTS_TEXT[hint];
}

/** The document's title, else its file name without folders. */
export function documentTitle(doc: AnnalistDocument): string {
  if (doc.source.title) return doc.source.title;
  const parts = doc.source.name.split(/[\\/]/);
  return parts[parts.length - 1] || doc.source.name;
}

/** Clips long text for one-line labels without cutting a surrogate pair. */
export function clip(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = max - 1;
  if (/[\uD800-\uDBFF]/.test(flat.charAt(cut - 1))) cut -= 1;
  return `${flat.slice(0, cut)}…`;
}

/** The sentence holding [start, end) (sentences are in text order), else the surrounding line. */
export function sentenceAround(doc: AnnalistDocument, start: number, end: number): string {
  const sentences = doc.sentences;
  const lo = countBefore(sentences, (s) => s.start <= start);
  const sentence: Sentence | undefined = sentences[lo - 1];
  if (sentence && sentence.start <= start && sentence.end >= end) return sentence.text;
  const lineStart = doc.text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = doc.text.indexOf('\n', end);
  return doc.text.slice(Math.max(lineStart, start - 160), lineEnd < 0 ? Math.min(doc.text.length, end + 160) : Math.min(lineEnd, end + 160));
}


function countsText(event: Event): string[] {
  return Object.entries(event.counts).map(([category, bounds]) => {
    if (!bounds) return category;
    const { min, max } = bounds;
    if (min !== undefined && max !== undefined) return min === max ? `${category}: ${min.toLocaleString('en')}` : `${category}: ${min.toLocaleString('en')}–${max.toLocaleString('en')}`;
    if (min !== undefined) return `${category}: at least ${min.toLocaleString('en')}`;
    if (max !== undefined) return `${category}: up to ${max.toLocaleString('en')}`;
    return category;
  });
}

function flags(event: Event): string[] {
  const out: string[] = [];
  if (event.negated) out.push('negated');
  if (event.hypothetical) out.push('hypothetical');
  if (event.future) out.push('future/intended');
  if (event.reported) out.push('reported speech');
  return out;
}

function eventHeadline(event: Event): string {
  const kind = event.mode ? `${event.type} (${event.mode})` : event.type;
  const where = event.where.name ? ` · ${event.where.name}` : '';
  return `${kind}: ${clip(event.trigger.text, 40)}${where}`;
}

function photoHeadline(media: MediaItem): string {
  return `Photo: ${clip(media.caption.text, 60)}`;
}

class Builder {
  readonly items = new Map<string, ReportItem>();
  readonly links = new Map<string, Set<string>>();
  readonly places = new Map<string, PlaceMark>();
  readonly timeline: TimelineEntry[] = [];
  readonly undated: UndatedEntry[] = [];

  readonly entities: Map<string, Entity>;
  readonly timexes: Map<string, Timex>;

  constructor(
    readonly doc: AnnalistDocument,
    readonly index: number,
  ) {
    this.entities = new Map(doc.entities.map((e) => [e.id, e]));
    this.timexes = new Map(doc.timexes.map((t) => [t.id, t]));
  }

  key(kind: ItemKind, id: string): string {
    return keyOf(this.index, kind, id);
  }

  link(a: string, b: string): void {
    if (a === b) return;
    if (!this.links.has(a)) this.links.set(a, new Set());
    if (!this.links.has(b)) this.links.set(b, new Set());
    this.links.get(a)!.add(b);
    this.links.get(b)!.add(a);
  }

  add(item: ReportItem): void {
    this.items.set(item.key, item);
  }

  /** Registers a place mark and returns its key, merging marks of the same gazetteer id or coordinates. */
  place(id: string | undefined, name: string, lat: number, lon: number, precision: PlacePrecision | undefined, note: string): string {
    const placeId = id ?? `${name}@${lat.toFixed(3)},${lon.toFixed(3)}`;
    const key = this.key('place', placeId);
    if (!this.places.has(key)) {
      this.places.set(key, { key, name, lat, lon, precision, note, events: 0, photos: 0 });
      const where = `${lat.toFixed(4)}, ${lon.toFixed(4)}`;
      const precisionText = precision ? `ACLED geo-precision ${precision} (${PRECISION_TEXT[precision]})` : 'precision unknown';
      this.add({ key, kind: 'place', label: `Place: ${name}`, details: [note, `Coordinates: ${where}`, precisionText].filter(Boolean) });
    }
    return key;
  }

  entityPlaceKey(entityId: string | undefined): string | undefined {
    if (!entityId) return undefined;
    const entity = this.entities.get(entityId);
    return entity?.place ? this.key('place', entity.place.id) : undefined;
  }
}

const PRECISION_TEXT: Record<PlacePrecision, string> = {
  1: 'the town itself',
  2: 'near a town',
  3: 'a region',
  4: 'a country',
};

function entityName(b: Builder, id: string): string {
  return b.entities.get(id)?.name ?? id;
}

function addEntities(b: Builder): void {
  for (const entity of b.doc.entities) {
    const key = b.key('entity', entity.id);
    const details = [`${entity.label}${entity.title ? ` · ${entity.title}` : ''}`, `Name: ${entity.name}`];
    if (entity.zone && entity.zone !== 'body') details.push(`Found in a ${entity.zone}`);
    if (entity.place) {
      const p = entity.place;
      details.push(`Resolved: ${p.name}${p.context ? `, ${p.context}` : ''} (${p.kind}${p.country ? `, ${p.country}` : ''}) at ${p.lat.toFixed(4)}, ${p.lon.toFixed(4)}`);
      const note = [p.kind, p.context, p.country].filter(Boolean).join(' · ');
      const placeKey = b.place(p.id, p.name, p.lat, p.lon, p.precision, note);
      b.link(key, placeKey);
      const mark = b.places.get(placeKey)!;
      if (!mark.mention) mark.mention = { start: entity.start, end: entity.end };
    }
    b.add({ key, kind: 'entity', label: `${entity.label}: ${entity.text}`, details, start: entity.start, end: entity.end });
  }
}

function addTimexes(b: Builder): void {
  for (const timex of b.doc.timexes) {
    const details = [`${timex.type} ${timex.value}${timex.mod ? ` (${timex.mod})` : ''}`];
    if (timex.edtf) details.push(`EDTF: ${timex.edtf}`);
    if (timex.precision) details.push(`Precision: ${timex.precision}`);
    if (timex.implied.length > 0) details.push(`Inferred parts: ${timex.implied.join(', ')}${timex.anchor?.value ? ` (from ${timex.anchor.kind} ${timex.anchor.value})` : ''}`);
    b.add({ key: b.key('timex', timex.id), kind: 'timex', label: `Time: ${timex.text}`, details, start: timex.start, end: timex.end });
    if (timex.media) b.link(b.key('timex', timex.id), b.key('photo', timex.media));
  }
}

function addQuantities(b: Builder): void {
  for (const q of b.doc.quantities) {
    const bounds = `${q.min ?? '−∞'} … ${q.max ?? '+∞'}${q.approximate ? ' (approximate)' : ''}`;
    const details = [`Category: ${q.category}`, `Bounds: ${bounds}`, `Sentence: ${clip(sentenceAround(b.doc, q.start, q.end), 240)}`];
    b.add({ key: b.key('quantity', q.id), kind: 'quantity', label: `Quantity: ${q.text}`, details, start: q.start, end: q.end });
  }
}

function timelineEntry(
  key: string,
  kind: 'event' | 'photo',
  headline: string,
  source: SourceRange,
  interval: Interval,
  approximate: boolean,
  inferred: boolean,
): TimelineEntry {
  return {
    key, kind, headline, start: source.start, end: source.end, from: interval.start, to: interval.end,
    precision: interval.precision, dateLabel: describeInterval(interval), approximate, inferred,
  };
}

function timexInterval(b: Builder, timexId: string | undefined, value: string | undefined): { interval?: Interval; approximate: boolean } {
  const timex = timexId ? b.timexes.get(timexId) : undefined;
  const approximate = timex ? timex.mod === 'APPROX' || /[~?%]/.test(timex.edtf ?? '') : false;
  const interval = timex?.range ? rangeOf(timex.range.begin, timex.range.end) : undefined;
  return { interval: interval ?? intervalOf(value ?? timex?.value), approximate };
}

function addEvents(b: Builder): void {
  for (const event of b.doc.events) {
    const key = b.key('event', event.id);
    const headline = eventHeadline(event);
    const details = [`When: ${event.when.value ?? 'not stated'} (${event.when.basis})`, `Where: ${event.where.name ?? 'not stated'} (${event.where.basis})`];
    const actors = event.actors.map((id) => entityName(b, id));
    const recipients = event.recipients.map((id) => entityName(b, id));
    if (actors.length) details.push(`Actors: ${actors.join(', ')}`);
    if (recipients.length) details.push(`Recipients: ${recipients.join(', ')}`);
    details.push(...countsText(event), ...flags(event), `Sentence: ${clip(event.sentence.text, 300)}`);
    b.add({ key, kind: 'event', label: headline, details, start: event.trigger.start, end: event.trigger.end });
    for (const id of [...event.actors, ...event.recipients]) b.link(key, b.key('entity', id));
    for (const id of event.quantities ?? []) b.link(key, b.key('quantity', id));
    if (event.when.timex) b.link(key, b.key('timex', event.when.timex));
    if (event.media) b.link(key, b.key('photo', event.media));
    const placeKey = b.entityPlaceKey(event.where.entity) ?? wherePlace(b, event);
    if (placeKey) {
      b.link(key, placeKey);
      b.places.get(placeKey)!.events += 1;
    }
    if (event.where.entity) b.link(key, b.key('entity', event.where.entity));
    const { interval, approximate } = timexInterval(b, event.when.timex, event.when.value);
    const source = { start: event.trigger.start, end: event.trigger.end };
    if (interval) b.timeline.push(timelineEntry(key, 'event', headline, source, interval, approximate, event.when.basis === 'narrative'));
    else b.undated.push({ key, kind: 'event', headline, ...source });
  }
}

function wherePlace(b: Builder, event: Event): string | undefined {
  const { lat, lon, name } = event.where;
  if (lat === undefined || lon === undefined) return undefined;
  return b.place(undefined, name ?? 'unnamed place', lat, lon, event.where.precision, '');
}

function addMedia(b: Builder): void {
  for (const media of b.doc.media) {
    const key = b.key('photo', media.id);
    const headline = photoHeadline(media);
    const credit = media.credit;
    const who = [credit.photographer, credit.agency, credit.archive].filter(Boolean).join(' / ');
    const details = [`Credit: ${credit.text}${who && who !== credit.text ? ` (${who})` : ''}`, rightsText(rightsOf(media))];
    if (media.date) details.push(`Date: ${media.date.value} (${media.date.from === 'caption' ? 'written in the caption' : 'inferred from the story'})`);
    if (media.place) details.push(`Place: ${media.place.name} (${media.place.from === 'caption' ? 'named in the caption' : 'inferred from the story'})`);
    b.add({ key, kind: 'photo', label: headline, details, start: media.caption.start, end: media.credit.end });
    for (const id of media.events ?? []) b.link(key, b.key('event', id));
    if (media.date?.timex) b.link(key, b.key('timex', media.date.timex));
    const placeKey = mediaPlace(b, media);
    if (placeKey) {
      b.link(key, placeKey);
      b.places.get(placeKey)!.photos += 1;
    }
    const interval = media.date ? (timexInterval(b, media.date.timex, media.date.value).interval ?? intervalOf(media.date.value)) : undefined;
    const source = { start: media.caption.start, end: media.credit.end };
    if (interval) b.timeline.push(timelineEntry(key, 'photo', headline, source, interval, /[~?%]/.test(media.date?.edtf ?? ''), media.date?.from === 'inherited'));
    else b.undated.push({ key, kind: 'photo', headline, ...source });
  }
}

function mediaPlace(b: Builder, media: MediaItem): string | undefined {
  const place = media.place;
  if (!place) return undefined;
  const fromEntity = b.entityPlaceKey(place.entity);
  if (fromEntity) return fromEntity;
  if (place.lat === undefined || place.lon === undefined) return undefined;
  return b.place(undefined, place.name, place.lat, place.lon, place.precision, '');
}

/** Builds the linked view model of one document. */
export function buildDocumentView(doc: AnnalistDocument, index: number): DocumentView {
  const b = new Builder(doc, index);
  addEntities(b);
  addTimexes(b);
  addQuantities(b);
  addEvents(b);
  addMedia(b);
  b.timeline.sort((x, y) => x.from - y.from || x.to - y.to || x.key.localeCompare(y.key));
  return {
    index,
    doc,
    title: documentTitle(doc),
    items: b.items,
    links: b.links,
    places: [...b.places.values()],
    timeline: b.timeline,
    undated: b.undated,
  };
}
