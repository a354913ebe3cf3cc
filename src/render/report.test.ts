import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { renderReport } from './html.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { intervalOf, describeInterval } from './dates.js';
import { renderRange, type Annotation } from './text-view.js';
import { fixtureDocument } from './fixture.js';
import { buildDocumentView } from './model.js';
import { analyse } from '../pipeline/run.js';
import { sharedFile, SHARED_MISSING, SEED_PATH_PARTS } from '../testing/shared.js';

function unescapeHtml(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function embeddedData(html: string): { docs: { id: string; timeline: unknown[]; items: Record<string, { related: string[] }> }[] } {
  const match = /<script type="application\/json" id="annalist-data">([^<]*)<\/script>/.exec(html);
  assert.ok(match, 'the data script is present');
  return JSON.parse(match[1]!);
}

test('the report has the four linked views and a facts table', () => {
  const html = renderReport([fixtureDocument()]);
  for (const view of ['timeline', 'map', 'text', 'media']) assert.match(html, new RegExp(`data-view="${view}"`));
  assert.match(html, /class="facts-table"/);
  assert.match(html, /<mark class="ann ann-EVENT"[^>]*data-start="\d+" data-end="\d+"/);
});

test('the summary line counts in the singular for one', () => {
  const one = analyse({ name: 'one.txt', text: 'Police arrested a protester in Paris on 3 May 2019.' });
  assert.equal(one.events.length, 1);
  assert.match(renderReport([one]), /1 event · 0 photographs · \d+ names · 1 time expression · /);
});

test('the CSP pins the inline client by its hash and allows no fetch at all', () => {
  const html = renderReport([fixtureDocument()]);
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replace(/&#39;/g, "'");
  assert.ok(csp);
  assert.match(csp, /default-src 'none'/);
  const script = /<script type="module">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  const hash = createHash('sha256').update(script, 'utf8').digest('base64');
  assert.ok(csp.includes(`'sha256-${hash}'`), 'the script hash is in the policy');
  assert.doesNotMatch(html, /\b(?:src|href)="(?:https?:)?\/\//i, 'no external resource');
  assert.doesNotMatch(html, /@import|url\(\s*['"]?https?:/i, 'no external CSS');
});

test('hostile captions and credits stay text in the page and in the embedded JSON', () => {
  const html = renderReport([fixtureDocument({ hostileCaption: '<img src=x onerror=alert(1)>', hostileCredit: '</script><script>alert(2)</script>' })]);
  assert.ok(!html.includes('<img src=x'), 'no raw img tag');
  assert.ok(!html.includes('<script>alert(2)'), 'no raw script tag');
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
  assert.equal((html.match(/<script/g) ?? []).length, 2, 'only the data and client scripts');
});

test('embedded JSON escapes <, >, & and the JavaScript line separators', () => {
  const json = jsonForScript({ text: '</script><!-- & \u2028\u2029' });
  assert.doesNotMatch(json, /[<>&\u2028\u2029]/);
  assert.deepEqual(JSON.parse(json), { text: '</script><!-- & \u2028\u2029' });
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
});

test('crossing and nested marks render well formed and keep the text exactly', () => {
  const text = 'Soviet troops invaded Budapest on 4 November 1956.';
  const mark = (key: string, needle: string, extra = 0): Annotation => {
    const start = text.indexOf(needle);
    return { key, start, end: start + needle.length + extra, cls: 'PLACE', label: key, title: key };
  };
  const annotations = [mark('a', 'Soviet troops'), mark('b', 'troops invaded'), mark('c', 'Budapest on 4'), mark('d', '4 November 1956'), mark('e', 'Soviet')];
  const html = renderRange(text, annotations, 0, text.length);
  assert.equal(unescapeHtml(html), text);
  const opens = (html.match(/<mark/g) ?? []).length;
  assert.equal(opens, (html.match(/<\/mark>/g) ?? []).length);
  for (const key of ['a', 'b', 'c', 'd', 'e']) assert.equal((html.match(new RegExp(`data-label="${key}"`, 'g')) ?? []).length, 1, `one label for ${key}`);
});

test('the text view of a whole document reproduces its text', () => {
  const doc = fixtureDocument();
  const view = buildDocumentView(doc, 0);
  const html = renderRange(doc.text, [], 0, doc.text.length);
  assert.equal(unescapeHtml(html), doc.text);
  assert.ok(view.items.size > 10);
});

test('a month-precision date spans its month; part of day, seasons and decades span theirs', () => {
  const month = intervalOf('1956-11')!;
  assert.equal(new Date(month.start).toISOString(), '1956-11-01T00:00:00.000Z');
  assert.equal(new Date(month.end).toISOString(), '1956-12-01T00:00:00.000Z');
  assert.equal(describeInterval(month), 'Nov 1956');
  const evening = intervalOf('1956-10-23TEV')!;
  assert.equal(new Date(evening.start).getUTCHours(), 18);
  assert.equal(intervalOf('195X')!.precision, 'decade');
  // TIMEX3 writes a decade and a century without the X: "198", "19"
  assert.deepEqual([intervalOf('198')!.precision, new Date(intervalOf('198')!.start).getUTCFullYear()], ['decade', 1980]);
  assert.deepEqual([intervalOf('19')!.precision, new Date(intervalOf('19')!.start).getUTCFullYear()], ['century', 1900]);
  // years before Christ are placed in astronomical years and labelled as a reader writes them
  const cannae = intervalOf('BC0216-08-02')!;
  assert.equal(new Date(cannae.start).getUTCFullYear(), -215);
  assert.equal(describeInterval(cannae), '2 Aug 216 BC');
  assert.equal(describeInterval(intervalOf('BC0218')!), '218 BC');
  assert.equal(describeInterval(intervalOf('BC01')!), '199–100 BC');
  assert.ok(intervalOf('BC0264')!.start < intervalOf('BC0146')!.start, '264 BC comes before 146 BC');
  // hours past the day run into the next one: midnight closes the day, a night ends next morning
  assert.equal(intervalOf('1989-11-09T24')!.start, Date.UTC(1989, 10, 10));
  // and is labelled as the day the text wrote, not as 00:00 of the next
  assert.equal(describeInterval(intervalOf('1989-11-09T24')!), '9 Nov 1989, midnight');
  assert.equal(describeInterval(intervalOf('1989-11-09T24:00')!), '9 Nov 1989, midnight');
  assert.equal(describeInterval(intervalOf('1989-11-10T00:00')!), '10 Nov 1989 00:00');
  const night = intervalOf('1989-11-09TNI')!;
  assert.deepEqual([night.start, night.end], [Date.UTC(1989, 10, 9, 20), Date.UTC(1989, 10, 10, 6)]);
  assert.equal(new Date(intervalOf('0044')!.start).getUTCFullYear(), 44);
  for (const bad of ['P13D', 'PRESENT_REF', 'XXXX-WXX-1', '1956-13', '1956-02-30', '9'.repeat(1_000_000)]) assert.equal(intervalOf(bad), undefined, bad);
});

test('dated events and photos go on the timeline, undated ones are listed apart', () => {
  const doc = fixtureDocument();
  doc.events[0] = { ...doc.events[0]!, when: { basis: 'none' } };
  const view = buildDocumentView(doc, 0);
  assert.ok(view.undated.some((u) => u.key.endsWith(`:event:${doc.events[0]!.id}`)));
  const photo = view.timeline.find((t) => t.key.endsWith(':photo:m1'))!;
  assert.equal(photo.inferred, true, 'an inherited caption date is shown as inferred');
  assert.equal(photo.to - photo.from, 30 * 86_400_000, 'a month-precision photo spans November');
  assert.equal(doc.text.slice(photo.start, photo.end), doc.media[0]!.caption.text + doc.media[0]!.credit.text, 'it points at its caption and credit');
  for (const entry of view.timeline.filter((t) => t.kind === 'event')) assert.ok(doc.events.some((e) => e.trigger.start === entry.start && e.trigger.end === entry.end));
});

test('an event is linked to its place, time expression, quantities and photograph', () => {
  const html = renderReport([fixtureDocument()]);
  const items = embeddedData(html).docs[0]!.items;
  const related = items['d0:event:v4']!.related;
  assert.ok(related.includes('d0:photo:m2'));
  assert.ok(related.includes('d0:timex:t3'));
  assert.ok(related.some((k) => k.startsWith('d0:place:')));
  assert.ok(items['d0:event:v1']!.related.includes('d0:quantity:q1'));
});

test('a large text renders in bounded time', () => {
  const text = `${'1'.repeat(500_000)} ${'word '.repeat(100_000)}`;
  const annotations: Annotation[] = [];
  for (let i = 0; i < 20_000; i++) annotations.push({ key: `k${i}`, start: i * 40, end: i * 40 + 60, cls: 'TIME', label: 'x', title: 'x' });
  const started = Date.now();
  const html = renderRange(text, annotations, 0, text.length);
  assert.equal(unescapeHtml(html).length, text.length);
  assert.ok(Date.now() - started < 10_000, 'renders 20,000 crossing marks over 1 MB quickly');
});

const seed = sharedFile(...SEED_PATH_PARTS);

test('the seed report names its photographers, places and the 4 November events', { skip: seed ? false : SHARED_MISSING }, () => {
  const text = readFileSync(seed!, 'utf8');
  const doc = analyse({ name: 'hungary-1956-gallery.txt', text });
  const html = renderReport([doc]);
  assert.match(html, /data-view="media"/);
  const reutersCards = html.match(/<figure class="card item"[\s\S]*?<\/figure>/g)?.filter((card) => card.includes('Reuters')) ?? [];
  assert.ok(reutersCards.length > 0, 'Reuters photos have cards');
  if (doc.events.some((e) => e.when.value?.startsWith('1956-11-04'))) assert.match(html, /4 Nov 1956/);
});

test('the map is projected at build time for one town, for the whole world, and skips impossible coordinates', async () => {
  const { drawMap, OutlineCache, MAP_WIDTH, MAP_HEIGHT } = await import('./map.js');
  const cache = new OutlineCache();
  const mark = (key: string, lat: number, lon: number) => ({ key, name: key, lat, lon, note: '', events: 1, photos: 0 });
  const one = drawMap([mark('traiskirchen', 48.015, 16.293)], cache);
  assert.equal(one.marks.length, 1);
  assert.ok(one.outlines.some((o) => o.name === 'Austria'), 'the country around the town is drawn');
  const [m] = one.marks;
  assert.ok(m!.x > 0 && m!.x < MAP_WIDTH && m!.y > 0 && m!.y < MAP_HEIGHT);
  const world = drawMap([mark('santiago', -33.45, -70.66), mark('tokyo', 35.68, 139.69), mark('bad', Number.NaN, 10), mark('worse', 95, 10)], cache);
  assert.deepEqual(world.marks.map((x) => x.key).sort(), ['santiago', 'tokyo']);
  assert.ok(world.outlines.length > 100, 'a world map');
  assert.equal(drawMap([], cache).marks.length, 0);
});
