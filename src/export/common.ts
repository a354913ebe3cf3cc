/** What every export needs from an event: its date as parts and its place, from the layers only. */
import type { AnnalistDocument, Entity, Event, MediaItem, Timex } from '../model/document.js';
import { intervalOf, rangeOf, type Interval } from '../render/dates.js';

export const CODER = 'annalist 0.1.0';

/** Id lookups for one document, so exports stay linear in the number of events. */
export class DocIndex {
  readonly entities: Map<string, Entity>;
  readonly timexes: Map<string, Timex>;
  constructor(readonly doc: AnnalistDocument) {
    this.entities = new Map(doc.entities.map((e) => [e.id, e]));
    this.timexes = new Map(doc.timexes.map((t) => [t.id, t]));
  }
}

/** The interval an event's `when` denotes (a timex range wins over its value), if any. */
export function eventInterval(index: DocIndex, event: Event): Interval | undefined {
  const timex = event.when.timex ? index.timexes.get(event.when.timex) : undefined;
  if (timex?.range) {
    const range = rangeOf(timex.range.begin, timex.range.end);
    if (range) return range;
  }
  return intervalOf(event.when.value ?? timex?.value);
}

export function mediaInterval(media: MediaItem): Interval | undefined {
  return media.date ? intervalOf(media.date.value) : undefined;
}

export function isoDay(time: number): string {
  const d = new Date(time);
  const year = d.getUTCFullYear();
  const y = year < 0 ? `-${String(-year).padStart(6, '0')}` : year > 9999 ? `+${year}` : String(year).padStart(4, '0');
  return `${y}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** The last day an interval covers (its end is exclusive). */
export function lastDay(interval: Interval): string {
  return isoDay(interval.end - 1);
}

/** Whether the interval covers more than one day, so exports should give an end date too. */
export function spansDays(interval: Interval): boolean {
  return isoDay(interval.start) !== lastDay(interval);
}

export function entityText(index: DocIndex, id: string): string {
  return index.entities.get(id)?.name ?? id;
}

/** The gazetteer record behind an event's place, when its entity was resolved. */
export function eventPlace(index: DocIndex, event: Event) {
  const entity = event.where.entity ? index.entities.get(event.where.entity) : undefined;
  return entity?.place;
}

/** Rounds coordinates to 6 decimals (about 10 cm), as RFC 7946 suggests. */
export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
