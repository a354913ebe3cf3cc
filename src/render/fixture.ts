/**
 * A small hand-annotated document (own sentences, real facts about the fall of the Berlin Wall) with
 * every layer filled, for the report and export tests, the benchmark and the screenshot script,
 * so they do not depend on the other stages' progress.
 */
import type { AnnalistDocument, EntityLabel, Event, MediaItem, QuantityCategory } from '../model/document.js';
import { spanOf } from '../model/document.js';
import { createDocument } from '../pipeline/run.js';

/** Offsets of the n-th occurrence of `needle` in `text`; throws when absent so fixtures stay honest. */
export function locate(text: string, needle: string, occurrence = 0): { start: number; end: number; text: string } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture text lacks "${needle}" #${occurrence}`);
  }
  return spanOf(text, at, at + needle.length);
}

export interface FixtureOptions {
  /** Replaces the first photograph's caption words (e.g. with hostile markup). */
  hostileCaption?: string;
  /** Replaces the first photograph's credit. */
  hostileCredit?: string;
}

const BERLIN = { id: 'geonames:2950159', name: 'Berlin', kind: 'city' as const, lat: 52.52437, lon: 13.41053, country: 'DE', precision: 1 as const };
const GATE = { id: 'geonames:6325589', name: 'Brandenburg Gate', kind: 'building' as const, lat: 52.51628, lon: 13.37770, country: 'DE', precision: 1 as const, context: 'Berlin' };
const LEIPZIG = { id: 'geonames:2879139', name: 'Leipzig', kind: 'city' as const, lat: 51.33962, lon: 12.37129, country: 'DE', precision: 1 as const };
const GERMANY = { id: 'iso:DE', name: 'Germany', kind: 'country' as const, lat: 51.5, lon: 10.5, country: 'DE', precision: 4 as const };

/** The fixture document with all layers. */
export function fixtureDocument(options: FixtureOptions = {}): AnnalistDocument {
  const caption1 = options.hostileCaption ?? 'Crowds climb onto the Wall at the Brandenburg Gate';
  const credit1 = options.hostileCredit ?? 'AFP';
  const body1 = 'On 9 October 1989, about 70,000 people marched through Leipzig to demand reform.';
  const body2 = 'East German authorities opened the border crossings in Berlin on the evening of 9 November 1989, and thousands of East Berliners crossed into the West.';
  const captions = `${caption1}${credit1}10 November 1989: A man chips at the concrete with a hammer in BerlinReuters`;
  const body3 = 'Germany was reunified on 3 October 1990.';
  const text = [body1, body2, captions, body3].join('\n');
  const doc = createDocument({ name: 'berlin-fixture.txt', text, dct: '1990-10-04', title: 'The Wall comes down (fixture)' });
  const captionsStart = text.indexOf(captions);
  const lines = [body1, body2, captions, body3];
  let offset = 0;
  doc.paragraphs = lines.map((line, i) => {
    const p = { id: `p${i + 1}`, kind: i === 2 ? ('captions' as const) : ('body' as const), ...spanOf(text, offset, offset + line.length) };
    offset += line.length + 1;
    return p;
  });
  const c1 = spanOf(text, captionsStart, captionsStart + caption1.length);
  const r1 = spanOf(text, c1.end, c1.end + credit1.length);
  const c2 = locate(text, '10 November 1989: A man chips at the concrete with a hammer in Berlin');
  const r2 = spanOf(text, c2.end, c2.end + 'Reuters'.length);
  doc.sentences = [
    { id: 's1', paragraph: 'p1', kind: 'body', ...spanOf(text, 0, body1.length) },
    { id: 's2', paragraph: 'p2', kind: 'body', ...locate(text, body2) },
    { id: 's3', paragraph: 'p3', kind: 'caption', ...c1 },
    { id: 's4', paragraph: 'p3', kind: 'caption', ...c2 },
    { id: 's5', paragraph: 'p4', kind: 'body', ...locate(text, body3) },
  ];
  const entity = (id: string, label: EntityLabel, needle: string, occurrence = 0) => ({ id, label, name: needle, zone: 'body' as const, ...locate(text, needle, occurrence) });
  doc.entities = [
    { ...entity('e1', 'PLACE', 'Leipzig'), place: LEIPZIG },
    entity('e2', 'ORGANIZATION', 'East German authorities'),
    { ...entity('e3', 'PLACE', 'Berlin'), place: BERLIN },
    entity('e4', 'GROUP', 'East Berliners'),
    { ...entity('e5', 'PLACE', 'Germany', 0), place: GERMANY },
  ];
  if (!options.hostileCaption) doc.entities.push({ ...entity('e6', 'PLACE', 'Brandenburg Gate'), zone: 'caption', place: GATE });
  doc.entities.push({ id: 'e7', label: 'PLACE', name: 'Berlin', zone: 'caption', place: BERLIN, ...spanOf(text, c2.end - 'Berlin'.length, c2.end) });
  doc.entities.sort((a, b) => a.start - b.start);
  doc.timexes = [
    { id: 't1', type: 'DATE', value: '1989-10-09', edtf: '1989-10-09', precision: 'day', known: ['year', 'month', 'day'], implied: [], ...locate(text, '9 October 1989') },
    { id: 't2', type: 'TIME', value: '1989-11-09TEV', edtf: '1989-11-09', precision: 'part-of-day', known: ['year', 'month', 'day', 'part-of-day'], implied: [], ...locate(text, 'the evening of 9 November 1989') },
    { id: 't3', type: 'DATE', value: '1989-11-10', edtf: '1989-11-10', precision: 'day', known: ['year', 'month', 'day'], implied: [], media: 'm2', ...locate(text, '10 November 1989') },
    { id: 't4', type: 'DATE', value: '1990-10-03', edtf: '1990-10-03', precision: 'day', known: ['year', 'month', 'day'], implied: [], ...locate(text, '3 October 1990') },
  ];
  const quantity = (id: string, needle: string, category: QuantityCategory, min?: number, max?: number, approximate = false, bound?: string) => ({
    id,
    category,
    approximate,
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
    ...(bound ? { bound } : {}),
    ...locate(text, needle),
  });
  doc.quantities = [quantity('q1', 'about 70,000 people', 'other', 63000, 77000, true, 'about'), quantity('q2', 'thousands of East Berliners', 'displaced', 2000)];
  const sentence = (id: string) => doc.sentences.find((s) => s.id === id)!;
  const event = (e: Partial<Event> & Pick<Event, 'id' | 'type' | 'trigger' | 'when' | 'where' | 'sentence'>): Event => ({
    actors: [],
    recipients: [],
    counts: {},
    negated: false,
    hypothetical: false,
    future: false,
    reported: false,
    ...e,
  });
  const spanText = (s: { start: number; end: number; text: string }) => ({ start: s.start, end: s.end, text: s.text });
  doc.events = [
    event({ id: 'v1', type: 'PROTEST', mode: 'demonstrate', trigger: locate(text, 'marched'), when: { timex: 't1', value: '1989-10-09', precision: 'day', basis: 'stated' }, where: { entity: 'e1', name: 'Leipzig', lat: LEIPZIG.lat, lon: LEIPZIG.lon, precision: 1, basis: 'stated' }, counts: { other: { min: 63000, max: 77000 } }, quantities: ['q1'], sentence: spanText(sentence('s1')) }),
    event({ id: 'v2', type: 'CONCEDE', mode: 'ease', trigger: locate(text, 'opened'), actors: ['e2'], when: { timex: 't2', value: '1989-11-09TEV', precision: 'part-of-day', basis: 'stated' }, where: { entity: 'e3', name: 'Berlin', lat: BERLIN.lat, lon: BERLIN.lon, precision: 1, basis: 'stated' }, sentence: spanText(sentence('s2')) }),
    event({ id: 'v3', type: 'DISPLACE', trigger: locate(text, 'crossed'), actors: ['e4'], when: { timex: 't2', value: '1989-11-09TEV', precision: 'part-of-day', basis: 'narrative' }, where: { basis: 'none' }, quantities: ['q2'], counts: { displaced: { min: 2000 } }, sentence: spanText(sentence('s2')) }),
    event({ id: 'v4', type: 'COERCE', mode: 'destroy', trigger: spanOf(text, c2.start + c2.text.indexOf('chips'), c2.start + c2.text.indexOf('chips') + 5), when: { timex: 't3', value: '1989-11-10', precision: 'day', basis: 'caption' }, where: { entity: 'e7', name: 'Berlin', lat: BERLIN.lat, lon: BERLIN.lon, precision: 1, basis: 'caption' }, media: 'm2', sentence: spanText(sentence('s4')) }),
    event({ id: 'v5', type: 'AGREE', trigger: locate(text, 'reunified'), actors: ['e5'], when: { timex: 't4', value: '1990-10-03', precision: 'day', basis: 'stated' }, where: { entity: 'e5', name: 'Germany', lat: GERMANY.lat, lon: GERMANY.lon, precision: 4, basis: 'stated' }, sentence: spanText(sentence('s5')) }),
  ];
  const media: MediaItem[] = [
    { id: 'm1', caption: c1, credit: { ...r1, agency: credit1 === 'AFP' ? 'AFP' : undefined, rights: credit1 === 'AFP' ? 'licensed' : 'unknown' }, origin: 'glued-text', date: { value: '1989-11', edtf: '1989-11', from: 'inherited' }, place: options.hostileCaption ? undefined : { entity: 'e6', name: 'Brandenburg Gate', lat: GATE.lat, lon: GATE.lon, precision: 1, from: 'caption' } },
    { id: 'm2', caption: c2, credit: { ...r2, agency: 'Reuters', rights: 'licensed' }, origin: 'glued-text', date: { value: '1989-11-10', edtf: '1989-11-10', timex: 't3', from: 'caption' }, place: { entity: 'e7', name: 'Berlin', lat: BERLIN.lat, lon: BERLIN.lon, precision: 1, from: 'caption' }, events: ['v4'] },
  ];
  for (const m of media) {
    if (m.credit.agency === undefined) delete m.credit.agency;
    if (m.place === undefined) delete m.place;
  }
  doc.media = media;
  doc.stages = ['segment', 'time', 'entities', 'places', 'quantities', 'events'];
  doc.documentType = { type: 'narrative', decidedBy: 'auto', reason: 'Hand-built fixture told as history.' };
  return doc;
}

/** A large synthetic document: `events` dated events over a few years, for the open-time benchmark. */
export function largeDocument(events: number): AnnalistDocument {
  const base = fixtureDocument();
  const places = [BERLIN, LEIPZIG, GATE, GERMANY];
  const sentences: string[] = [];
  for (let i = 0; i < events; i++) sentences.push(`On day ${i + 1} the crowd marched again through ${places[i % places.length]!.name}.`);
  const text = sentences.join('\n');
  const doc = createDocument({ name: `synthetic-${events}.txt`, text, title: `Synthetic report with ${events} events` });
  let at = 0;
  const start = Date.UTC(1989, 0, 1);
  doc.paragraphs = [];
  doc.sentences = [];
  doc.events = [];
  doc.entities = [];
  doc.timexes = [];
  sentences.forEach((s, i) => {
    const span = spanOf(text, at, at + s.length);
    doc.paragraphs.push({ id: `p${i + 1}`, kind: 'body', ...span });
    doc.sentences.push({ id: `s${i + 1}`, paragraph: `p${i + 1}`, kind: 'body', ...span });
    const place = places[i % places.length]!;
    const nameAt = at + s.lastIndexOf(place.name);
    doc.entities.push({ id: `e${i + 1}`, label: 'PLACE', name: place.name, place, ...spanOf(text, nameAt, nameAt + place.name.length) });
    const dayAt = at + s.indexOf('day');
    const dayText = `day ${i + 1}`;
    const value = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    doc.timexes.push({ id: `t${i + 1}`, type: 'DATE', value, precision: 'day', known: ['day'], implied: ['year', 'month'], ...spanOf(text, dayAt, dayAt + dayText.length) });
    const triggerAt = at + s.indexOf('marched');
    doc.events.push({
      id: `v${i + 1}`, type: 'PROTEST', mode: 'demonstrate', trigger: spanOf(text, triggerAt, triggerAt + 7), actors: [], recipients: [],
      when: { timex: `t${i + 1}`, value, precision: 'day', basis: 'stated' },
      where: { entity: `e${i + 1}`, name: place.name, lat: place.lat, lon: place.lon, precision: place.precision, basis: 'stated' },
      counts: {}, negated: false, hypothetical: false, future: false, reported: false, sentence: span,
    });
    at += s.length + 1;
  });
  doc.stages = base.stages;
  return doc;
}
