/**
 * PLOVER JSONL, one event a line, with the field names of the PLOVER manual's "JSON Data Fields"
 * chapter (id, date, time, enddate, source, recipient, event, mode, event_loc, event_text, text,
 * text_info {start, end}, cite_info, coder, quad_code) plus Annalist's own named fields, as the
 * manual allows: trigger offsets, date_precision, size bounds and the negated/hypothetical/future/
 * reported flags. `date` is null for an event the text does not date (PLOVER asks for a date; we
 * will not invent one).
 */
import type { AnnalistDocument, Event } from '../model/document.js';
import { documentTitle } from '../render/model.js';
import { CODER, DocIndex, entityText, eventInterval, eventPlace, isoDay, lastDay, round6, spansDays } from './common.js';

const QUAD: Record<string, number> = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1,
  COOPERATE: 2, AID: 2, RETREAT: 2, INVESTIGATE: 2,
  DEMAND: 3, REQUEST: 3, ACCUSE: 3, REJECT: 3, SANCTION: 3, THREATEN: 3,
  PROTEST: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
};

export interface PloverActor {
  actor_text: string;
  identifier_text?: string;
}

export interface PloverRecord {
  id: string;
  date: string | null;
  date_precision?: string;
  time?: string;
  enddate?: string;
  source: PloverActor[];
  recipient: PloverActor[];
  event: string[];
  mode?: string;
  quad_code?: number;
  event_loc?: { name: string; latitude?: number; longitude?: number; geonameid?: number; country_code?: string; geo_precision?: number };
  event_text: string[];
  trigger: { start: number; end: number; text: string };
  text: string;
  text_info: { start: number; end: number };
  size?: Record<string, { min?: number; max?: number }>;
  negated: boolean;
  hypothetical: boolean;
  future: boolean;
  reported: boolean;
  cite_info: { corpus: string; title: string; codebook: string; coder: string };
  coder: string;
}

function actors(index: DocIndex, ids: readonly string[]): PloverActor[] {
  return ids.map((id) => {
    const entity = index.entities.get(id);
    return entity ? { actor_text: entity.text, identifier_text: entity.name } : { actor_text: entityText(index, id) };
  });
}

function location(index: DocIndex, event: Event): PloverRecord['event_loc'] {
  if (!event.where.name && event.where.lat === undefined) return undefined;
  const loc: NonNullable<PloverRecord['event_loc']> = { name: event.where.name ?? '' };
  if (event.where.lat !== undefined && event.where.lon !== undefined) {
    loc.latitude = round6(event.where.lat);
    loc.longitude = round6(event.where.lon);
  }
  const place = eventPlace(index, event);
  const geonames = place?.id.startsWith('geonames:') ? Number(place.id.slice('geonames:'.length)) : NaN;
  if (Number.isInteger(geonames)) loc.geonameid = geonames;
  if (place?.country) loc.country_code = place.country;
  if (event.where.precision) loc.geo_precision = event.where.precision;
  return loc;
}

export function ploverRecord(index: DocIndex, event: Event): PloverRecord {
  const doc = index.doc;
  const interval = eventInterval(index, event);
  const record: PloverRecord = {
    id: `${doc.source.name}#${event.id}`,
    date: interval ? isoDay(interval.start) : null,
    source: actors(index, event.actors),
    recipient: actors(index, event.recipients),
    event: [event.type],
    event_text: [event.trigger.text],
    trigger: { start: event.trigger.start, end: event.trigger.end, text: event.trigger.text },
    text: event.sentence.text,
    text_info: { start: event.sentence.start, end: event.sentence.end },
    negated: event.negated,
    hypothetical: event.hypothetical,
    future: event.future,
    reported: event.reported,
    cite_info: { corpus: doc.source.name, title: documentTitle(doc), codebook: 'PLOVER', coder: CODER },
    coder: CODER,
  };
  if (interval) {
    record.date_precision = interval.precision;
    if (interval.parts.hour !== undefined) record.time = `${String(interval.parts.hour).padStart(2, '0')}:${String(interval.parts.minute ?? 0).padStart(2, '0')}`;
    if (spansDays(interval)) record.enddate = lastDay(interval);
  }
  if (event.mode) record.mode = event.mode;
  const quad = QUAD[event.type];
  if (quad) record.quad_code = quad;
  const loc = location(index, event);
  if (loc) record.event_loc = loc;
  const size = Object.fromEntries(Object.entries(event.counts).filter(([, b]) => b !== undefined));
  if (Object.keys(size).length > 0) record.size = size as PloverRecord['size'];
  return record;
}

/** PLOVER JSONL text: one record a line, newline-terminated. */
export function toPloverJsonl(docs: readonly AnnalistDocument[]): string {
  return docs
    .flatMap((doc) => {
      const index = new DocIndex(doc);
      return doc.events.map((event) => JSON.stringify(ploverRecord(index, event)) + '\n');
    })
    .join('');
}
