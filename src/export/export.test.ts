/** Each export checked against a minimal validator of its format's published shape. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnnalistDocument } from '../model/document.js';
import { fixtureDocument } from '../render/fixture.js';
import { csvCell, CSV_COLUMNS, toAcledCsv } from './csv.js';
import { toGeoJson } from './geojson.js';
import { toPloverJsonl } from './plover.js';
import { toTimelineJs } from './timelinejs.js';
import { toTimeMl } from './timeml.js';
import { exportDocuments, EXPORT_FORMATS } from './index.js';

const PLOVER_TYPES = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'DEMAND', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT', 'INVESTIGATE', 'DISPLACE']);

const isInt = (v: unknown, lo: number, hi: number): boolean => Number.isInteger(v) && (v as number) >= lo && (v as number) <= hi;

/** TimelineJS3 JSON: events[] of slides with start_date {year, month?, day?...} and text {headline, text}. */
function timelineProblems(value: unknown): string[] {
  const problems: string[] = [];
  const data = value as { events?: unknown[]; title?: { text?: { headline?: unknown } } };
  if (!Array.isArray(data.events)) return ['events must be an array'];
  if (data.title && typeof data.title.text?.headline !== 'string') problems.push('title.text.headline');
  const ids = new Set<string>();
  data.events.forEach((raw, i) => {
    const slide = raw as Record<string, any>;
    const date = slide.start_date;
    if (!date || !Number.isInteger(date.year)) problems.push(`${i}: start_date.year`);
    if (date?.month !== undefined && !isInt(date.month, 1, 12)) problems.push(`${i}: month`);
    if (date?.day !== undefined && (!isInt(date.day, 1, 31) || date.month === undefined)) problems.push(`${i}: day`);
    if (date?.hour !== undefined && !isInt(date.hour, 0, 23)) problems.push(`${i}: hour`);
    if (typeof slide.text?.headline !== 'string' || typeof slide.text?.text !== 'string') problems.push(`${i}: text`);
    if (slide.media !== undefined && typeof slide.media.url !== 'string') problems.push(`${i}: media.url is required`);
    if (slide.unique_id !== undefined) {
      if (ids.has(slide.unique_id)) problems.push(`${i}: duplicate unique_id`);
      ids.add(slide.unique_id);
    }
  });
  return problems;
}

test('TimelineJS export has the TimelineJS3 shape and escapes text it will render as HTML', () => {
  const doc = fixtureDocument({ hostileCaption: '<b onclick=x>bold</b>' });
  const json = toTimelineJs([doc]);
  assert.deepEqual(timelineProblems(json), []);
  assert.equal(json.events.length, doc.events.length + doc.media.length);
  const month = json.events.find((e) => e.unique_id === 'd0-m1')!;
  assert.deepEqual({ year: month.start_date!.year, month: month.start_date!.month, day: month.start_date!.day }, { year: 1989, month: 11, day: undefined });
  assert.equal(month.end_date?.day, 30, 'a month-precision photo ends on the last day of its month');
  assert.ok(JSON.stringify(json).includes('&lt;b onclick=x&gt;'));
  assert.ok(!JSON.stringify(json).includes('<b onclick'));
});

test('PLOVER JSONL lines carry PLOVER fields and offsets that point at their text', () => {
  const doc = fixtureDocument();
  const lines = toPloverJsonl([doc]).trimEnd().split('\n');
  assert.equal(lines.length, doc.events.length);
  const ids = new Set<string>();
  for (const line of lines) {
    const record = JSON.parse(line);
    assert.equal(typeof record.id, 'string');
    assert.ok(!ids.has(record.id));
    ids.add(record.id);
    assert.ok(record.date === null || /^\d{4}-\d{2}-\d{2}$/.test(record.date), record.date);
    assert.ok(Array.isArray(record.source) && Array.isArray(record.recipient));
    for (const actor of [...record.source, ...record.recipient]) assert.equal(typeof actor.actor_text, 'string');
    assert.ok(record.event.every((type: string) => PLOVER_TYPES.has(type)));
    assert.equal(doc.text.slice(record.text_info.start, record.text_info.end), record.text);
    assert.equal(doc.text.slice(record.trigger.start, record.trigger.end), record.event_text[0]);
    if (record.event_loc?.latitude !== undefined) assert.ok(Math.abs(record.event_loc.latitude) <= 90);
  }
  const protest = JSON.parse(lines[0]!);
  assert.equal(protest.date, '1989-10-09');
  assert.equal(protest.quad_code, 4);
  assert.deepEqual(protest.size, { other: { min: 63000, max: 77000 } });
});

test('GeoJSON is an RFC 7946 FeatureCollection of Points in [longitude, latitude]', () => {
  const doc = fixtureDocument();
  const collection = JSON.parse(exportDocuments('geojson', [doc]));
  assert.equal(collection.type, 'FeatureCollection');
  assert.ok(collection.features.length > 0);
  for (const feature of collection.features) {
    assert.equal(feature.type, 'Feature');
    assert.equal(feature.geometry.type, 'Point');
    const [lon, lat] = feature.geometry.coordinates;
    assert.ok(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90);
    assert.ok(feature.properties === null || typeof feature.properties === 'object');
  }
  const leipzig = collection.features.find((f: any) => f.properties.feature === 'event' && f.properties.place === 'Leipzig');
  assert.deepEqual(leipzig.geometry.coordinates, [12.37129, 51.33962], 'longitude first');
  const unlocated = doc.events.filter((e) => e.where.lat === undefined).length;
  assert.equal(toGeoJson([doc]).features.filter((f) => f.properties.feature === 'event').length, doc.events.length - unlocated);
});

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
      else if (ch === '"') (quoted = false), i++;
      else (field += ch), i++;
    } else if (ch === '"' && field === '') (quoted = true), i++;
    else if (ch === ',') row.push(field), (field = ''), i++;
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), (i += 2);
    else {
      assert.ok(ch !== '"' && ch !== '\n' && ch !== '\r', `bare ${JSON.stringify(ch)} at ${i}`);
      field += ch;
      i++;
    }
  }
  assert.equal(field, '', 'the last record ends with CRLF');
  return rows;
}

test('ACLED-style CSV is RFC 4180 with one row per event and no live formulas', () => {
  const doc: AnnalistDocument = fixtureDocument();
  doc.events[1] = { ...doc.events[1]!, sentence: { ...doc.events[1]!.sentence, text: '=HYPERLINK("http://x","y"), "quoted"\nnext line' } };
  doc.events[2] = { ...doc.events[2]!, trigger: { ...doc.events[2]!.trigger, text: '@SUM(A1)' } };
  const rows = parseCsv(toAcledCsv([doc]));
  assert.deepEqual(rows[0], [...CSV_COLUMNS]);
  assert.equal(rows.length, doc.events.length + 1);
  for (const row of rows) assert.equal(row.length, CSV_COLUMNS.length);
  const column = (name: string) => CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number]);
  assert.equal(rows[2]![column('notes')], `'=HYPERLINK("http://x","y"), "quoted"\nnext line`);
  assert.equal(rows[3]![column('trigger')], "'@SUM(A1)");
  assert.equal(rows[1]![column('event_date')], '1989-10-09');
  assert.equal(rows[1]![column('time_precision')], '1');
  assert.equal(rows[1]![column('latitude')], '51.33962');
  assert.equal(csvCell(-3.7), '-3.7', 'numbers are not neutralized');
  assert.equal(csvCell('-3.7'), "'-3.7", 'text that looks like a formula is');
});

test('TimeML export inserts TIMEX3 tags at their offsets and escapes the rest', () => {
  const doc = fixtureDocument({ hostileCaption: 'Fish & chips <at> the "Gate"' });
  const xml = toTimeMl(doc);
  assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<TimeML>/);
  assert.match(xml, /<DCT><TIMEX3 tid="t0" type="DATE" value="1990-10-04"[^>]*functionInDocument="CREATION_TIME">/);
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml)![1]!;
  const tags = body.match(/<\/?(?:TIMEX3|EVENT)\b[^>]*>/g) ?? [];
  const stack: string[] = [];
  for (const tag of tags) {
    if (tag.startsWith('</')) assert.equal(stack.pop(), tag.slice(2, -1));
    else stack.push(/^<(\w+)/.exec(tag)![1]!);
  }
  assert.equal(stack.length, 0, 'tags balance');
  const plain = body.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  assert.equal(plain, doc.text);
  assert.ok(body.includes('<TIMEX3 tid="t1" type="DATE" value="1989-10-09">9 October 1989</TIMEX3>'));
  assert.ok(body.includes('Fish &amp; chips &lt;at&gt; the &quot;Gate&quot;'));
});

test('every export format accepts a document with empty layers', () => {
  const doc = fixtureDocument();
  const empty = { ...doc, events: [], media: [], timexes: [], entities: [], quantities: [] };
  for (const format of EXPORT_FORMATS) assert.equal(typeof exportDocuments(format, [empty]), 'string', format);
  assert.deepEqual(toTimelineJs([empty]).events, []);
});
