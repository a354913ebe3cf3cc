/**
 * GeoJSON (RFC 7946): one FeatureCollection holding a Point feature per located event, per located
 * photograph and per resolved place; positions are [longitude, latitude] in WGS 84, 6 decimals.
 * Unlocated events are left out (GeoJSON has no place for them); the other exports keep them.
 */
import type { AnnalistDocument } from '../model/document.js';
import { documentTitle } from '../render/model.js';
import { DocIndex, eventInterval, isoDay, round6 } from './common.js';

export interface PointFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, string | number | boolean | null>;
}

export interface FeatureCollection {
  type: 'FeatureCollection';
  features: PointFeature[];
}

function point(lon: number, lat: number, properties: PointFeature['properties']): PointFeature {
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [round6(lon), round6(lat)] }, properties };
}

function features(doc: AnnalistDocument): PointFeature[] {
  const out: PointFeature[] = [];
  const source = doc.source.name;
  const index = new DocIndex(doc);
  for (const event of doc.events) {
    const { lat, lon } = event.where;
    if (lat === undefined || lon === undefined) continue;
    const interval = eventInterval(index, event);
    out.push(
      point(lon, lat, {
        feature: 'event',
        id: event.id,
        document: source,
        event_type: event.type,
        mode: event.mode ?? null,
        date: interval ? isoDay(interval.start) : null,
        date_precision: interval?.precision ?? null,
        timex_value: event.when.value ?? null,
        place: event.where.name ?? null,
        geo_precision: event.where.precision ?? null,
        trigger: event.trigger.text,
        start: event.trigger.start,
        end: event.trigger.end,
        sentence: event.sentence.text,
      }),
    );
  }
  for (const media of doc.media) {
    const place = media.place;
    if (!place || place.lat === undefined || place.lon === undefined) continue;
    out.push(
      point(place.lon, place.lat, {
        feature: 'photo',
        id: media.id,
        document: source,
        caption: media.caption.text,
        credit: media.credit.text,
        date: media.date?.value ?? null,
        place: place.name,
        start: media.caption.start,
        end: media.credit.end,
      }),
    );
  }
  const seen = new Set<string>();
  for (const entity of doc.entities) {
    const place = entity.place;
    if (!place || seen.has(place.id)) continue;
    seen.add(place.id);
    out.push(
      point(place.lon, place.lat, {
        feature: 'place',
        id: place.id,
        document: source,
        name: place.name,
        kind: place.kind,
        country: place.country ?? null,
        geo_precision: place.precision,
        mention: entity.text,
        start: entity.start,
        end: entity.end,
      }),
    );
  }
  return out;
}

export function toGeoJson(docs: readonly AnnalistDocument[]): FeatureCollection & { name?: string } {
  const collection: FeatureCollection & { name?: string } = { type: 'FeatureCollection', features: docs.flatMap(features) };
  if (docs.length === 1) collection.name = documentTitle(docs[0]!);
  return collection;
}
