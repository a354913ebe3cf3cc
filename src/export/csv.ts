/**
 * ACLED-style CSV: one row per event (event_date, time_precision, event_type/sub_event_type as
 * PLOVER type/mode, actor1/actor2, location, latitude, longitude, geo_precision, fatalities and the
 * other counts (a protest's crowd size as protesters; losses told without the dead apart as casualties), source and notes). RFC 4180: CRLF rows, fields with a quote, comma or line break are
 * quoted with doubled quotes. Text cells starting with = + - @ (or tab/CR) get a leading apostrophe
 * so a spreadsheet never runs them as formulas; numbers are written as numbers.
 */
import type { AnnalistDocument, Bounds, Event, QuantityCategory } from '../model/document.js';
import type { Interval } from '../render/dates.js';
import { DocIndex, entityText, eventInterval, isoDay, round6 } from './common.js';

export const CSV_COLUMNS = [
  'event_id', 'event_date', 'year', 'time_precision', 'date_precision', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'actor2', 'assoc_actor_2', 'location', 'latitude', 'longitude', 'geo_precision',
  'fatalities', 'fatalities_max', 'injured', 'injured_max', 'casualties', 'casualties_max', 'arrested', 'arrested_max', 'displaced', 'displaced_max',
  'troops', 'troops_max', 'vehicles', 'vehicles_max', 'protesters', 'protesters_max', 'negated', 'hypothetical', 'future', 'reported',
  'source', 'trigger', 'start', 'end', 'notes',
] as const;

type Cell = string | number | boolean | undefined;

/** Neutralizes spreadsheet formulas in text, then quotes per RFC 4180 when needed. */
export function csvCell(value: Cell): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** ACLED time precision: 1 a day (or finer), 2 within a week, 3 a month or longer. */
function timePrecision(interval: Interval): number {
  if (['day', 'part-of-day', 'hour', 'minute', 'second'].includes(interval.precision)) return 1;
  return interval.precision === 'week' ? 2 : 3;
}

/** Count columns: ACLED calls the dead "fatalities"; every category has a lower and an upper bound. */
const COUNT_COLUMNS: readonly [QuantityCategory, string][] = [
  ['killed', 'fatalities'], ['injured', 'injured'], ['casualties', 'casualties'], ['arrested', 'arrested'],
  ['displaced', 'displaced'], ['troops', 'troops'], ['vehicles', 'vehicles'], ['protesters', 'protesters'],
];

function countCells(event: Event): Record<string, Cell> {
  const cells: Record<string, Cell> = {};
  for (const [category, column] of COUNT_COLUMNS) {
    const bounds: Bounds | undefined = event.counts[category];
    cells[column] = bounds?.min;
    cells[`${column}_max`] = bounds?.max;
  }
  return cells;
}

function row(index: DocIndex, event: Event): Cell[] {
  const doc = index.doc;
  const interval = eventInterval(index, event);
  const [actor1, ...assoc1] = event.actors.map((id) => entityText(index, id));
  const [actor2, ...assoc2] = event.recipients.map((id) => entityText(index, id));
  const cells: Partial<Record<(typeof CSV_COLUMNS)[number], Cell>> = {
    event_id: `${doc.source.name}#${event.id}`,
    event_date: interval ? isoDay(interval.start) : undefined,
    year: interval ? new Date(interval.start).getUTCFullYear() : undefined,
    time_precision: interval ? timePrecision(interval) : undefined,
    date_precision: interval?.precision,
    event_type: event.type,
    sub_event_type: event.mode,
    actor1,
    assoc_actor_1: assoc1.join('; ') || undefined,
    actor2,
    assoc_actor_2: assoc2.join('; ') || undefined,
    location: event.where.name,
    latitude: event.where.lat === undefined ? undefined : round6(event.where.lat),
    longitude: event.where.lon === undefined ? undefined : round6(event.where.lon),
    geo_precision: event.where.precision,
    ...countCells(event),
    negated: event.negated,
    hypothetical: event.hypothetical,
    future: event.future,
    reported: event.reported,
    source: doc.source.title ?? doc.source.name,
    trigger: event.trigger.text,
    start: event.trigger.start,
    end: event.trigger.end,
    notes: event.sentence.text,
  };
  return CSV_COLUMNS.map((column) => cells[column]);
}

/** The CSV text with a header row; rows end with CRLF. */
export function toAcledCsv(docs: readonly AnnalistDocument[]): string {
  const lines = [CSV_COLUMNS.map(csvCell).join(',')];
  for (const doc of docs) {
    const index = new DocIndex(doc);
    for (const event of doc.events) lines.push(row(index, event).map(csvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
