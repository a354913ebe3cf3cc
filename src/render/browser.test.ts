/** Drives the report in headless chromium: linking, rendering, no errors, no network, no script injection. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { renderReport } from './html.js';
import { fixtureDocument } from './fixture.js';
import { CHROMIUM_MISSING, hasChromium, launchChromium } from './browser.js';
import { analyse } from '../pipeline/run.js';
import { sharedFile, SHARED_MISSING, SEED_PATH_PARTS } from '../testing/shared.js';

const skip = hasChromium() ? false : CHROMIUM_MISSING;
const seed = sharedFile(...SEED_PATH_PARTS);
let browser: Browser | undefined;
let dir = '';

before(async () => {
  if (skip) return;
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), 'annalist-report-'));
});

after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Watched {
  page: Page;
  errors: string[];
  requests: string[];
  dialogs: string[];
}

/** Opens a report, recording console errors, page errors, requests and dialogs. */
async function open(name: string, html: string): Promise<Watched> {
  const path = join(dir, name);
  writeFileSync(path, html);
  const url = pathToFileURL(path).href;
  const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
  const watched: Watched = { page, errors: [], requests: [], dialogs: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watched.errors.push(message.text());
  });
  page.on('pageerror', (error) => watched.errors.push(error.message));
  page.on('request', (request) => {
    if (request.url() !== url && !request.url().startsWith('data:')) watched.requests.push(request.url());
  });
  page.on('dialog', (dialog) => {
    watched.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]');
  return watched;
}

test('choosing an event highlights its words in the text and its mark on the map', { skip }, async () => {
  const { page, errors, requests } = await open('fixture.html', renderReport([fixtureDocument()]));
  const key = 'd0:event:v4';
  await page.click(`[data-view="timeline"] .tl-item[data-key="${key}"]`);
  const trigger = page.locator(`[data-view="text"] mark[data-key="${key}"]`);
  assert.equal(await trigger.getAttribute('aria-selected'), 'true');
  assert.match((await trigger.getAttribute('class')) ?? '', /is-selected/);
  assert.equal(await trigger.textContent(), 'chips');
  const linkedPlaces = await page.locator('[data-view="map"] .place-mark.is-linked').count();
  assert.ok(linkedPlaces >= 1, 'the event place is marked on the map');
  assert.ok((await page.locator('[data-view="media"] .card.is-linked').count()) >= 1, 'the photograph showing it is marked');
  assert.match((await page.locator('#selection .sel-label').textContent()) ?? '', /COERCE/);
  const unsourced = await page.locator('[data-view] .item[data-key]:not([data-start]), [data-view] mark[data-key]:not([data-start])').count();
  assert.equal(unsourced, 0, 'every item carries its source span');
  await page.close();
  assert.deepEqual(errors, []);
  assert.deepEqual(requests, []);
});

test('choosing a place on the map, by keyboard, links its events and labels it', { skip }, async () => {
  const { page, errors } = await open('fixture-keys.html', renderReport([fixtureDocument()]));
  const mark = page.locator('[data-view="map"] .place-mark', { hasText: 'Leipzig' });
  await mark.focus();
  await page.keyboard.press('Enter');
  assert.equal(await mark.getAttribute('aria-selected'), 'true');
  assert.ok(await mark.locator('.place-label').isVisible());
  assert.equal(await page.locator('[data-view="text"] mark.is-linked[data-key="d0:event:v1"]').count(), 1);
  const card = page.locator('[data-view="media"] .card').nth(1);
  await card.focus();
  await page.keyboard.press('Enter');
  assert.equal(await card.getAttribute('aria-selected'), 'true', 'a photo card is chosen with Enter');
  assert.equal(await page.locator('[data-view="text"] .caption.is-selected').count(), 1, 'and its caption is marked in the text');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.is-selected').count(), 0, 'Escape clears the choice');
  await page.close();
  assert.deepEqual(errors, []);
});

test('the timeline zooms from centuries to hours with the keyboard and the wheel', { skip }, async () => {
  const { page, errors } = await open('fixture-zoom.html', renderReport([fixtureDocument()]));
  const range = page.locator('[data-view="timeline"] .tl-range');
  await page.click('[data-zoom="reset"]');
  const wide = await range.textContent();
  await page.focus('[data-view="timeline"] .tl-viewport');
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('+');
    // at every zoom, hours past midnight included, each tick is a different time, left to right
    const ticks = await page.$$eval('[data-view="timeline"] .tl-tick', (elements) => elements.map((e) => [e.textContent ?? '', parseFloat((e as HTMLElement).style.left)] as const));
    const labels = ticks.map(([label]) => label).join(', ');
    assert.equal(new Set(ticks.map(([label]) => label)).size, ticks.length, `no tick repeats (${labels})`);
    assert.ok(ticks.every(([, left], k) => k === 0 || left > ticks[k - 1]![1]), `ticks run left to right (${labels})`);
  }
  const narrow = await range.textContent();
  assert.notEqual(narrow, wide);
  assert.match(narrow ?? '', /\d{2}:\d{2}/, 'zoomed to hours');
  const box = (await page.locator('[data-view="timeline"] .tl-viewport').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 60; i++) await page.mouse.wheel(0, 400);
  const decades = await range.textContent();
  assert.match(decades ?? '', /^-?\d+ – \d+$/, `the wheel zooms out to years and centuries (${decades})`);
  await page.close();
  assert.deepEqual(errors, []);
});

test('timeline labels stay inside the timeline, whole, with their bars where their dates are', { skip }, async () => {
  const { page, errors } = await open('fixture-labels.html', renderReport([fixtureDocument()]));
  await page.click('[data-zoom="reset"]');
  const viewport = (await page.locator('[data-view="timeline"] .tl-viewport').boundingBox())!;
  const items = await page.$$eval('[data-view="timeline"] .tl-item:not(.unlabelled)', (elements) =>
    elements.map((item) => {
      const label = item.querySelector('.tl-label')!.getBoundingClientRect();
      const bar = item.querySelector('.tl-bar')!.getBoundingClientRect();
      return { label: { left: label.left, right: label.right }, bar: { left: bar.left }, clipped: item.scrollHeight > item.clientHeight, atEdge: item.classList.contains('at-edge') };
    }),
  );
  assert.ok(items.length > 0, 'labelled items');
  for (const item of items) {
    assert.ok(item.label.right <= viewport.x + viewport.width + 0.5, `label ends inside the timeline (${item.label.right} > ${viewport.x + viewport.width})`);
    assert.ok(item.label.left >= viewport.x - 0.5, 'label starts inside the timeline');
    assert.equal(item.clipped, false, 'the label is not cut off below');
  }
  // the latest item sits near the right edge, so its label is moved left of its bar, not cut
  const shifted = items.filter((item) => item.atEdge);
  assert.ok(shifted.length > 0, 'a label near the right edge is moved left');
  for (const item of shifted) assert.ok(item.label.left < item.bar.left, 'a moved label starts before its bar');
  await page.close();
  assert.deepEqual(errors, []);
});

test('markup in a caption or credit is shown as text and never runs', { skip }, async () => {
  const hostileCaption = '<img src=x onerror=alert(1)>';
  const hostileCredit = '</script><script>alert(2)</script>';
  const { page, errors, requests, dialogs } = await open('hostile.html', renderReport([fixtureDocument({ hostileCaption, hostileCredit })]));
  await page.click('[data-view="media"] .card >> nth=0');
  assert.deepEqual(dialogs, []);
  assert.equal(await page.locator('img').count(), 0);
  const caption = await page.locator('[data-view="text"] .caption-text').first().textContent();
  assert.equal(caption, hostileCaption);
  assert.equal(await page.locator('[data-view="media"] figcaption').first().textContent(), hostileCaption);
  assert.ok(await page.getByText(hostileCredit, { exact: true }).first().isVisible());
  await page.close();
  assert.deepEqual(errors, []);
  assert.deepEqual(requests, []);
});

test('several documents get a switcher and each renders its views', { skip }, async () => {
  const { page, errors } = await open('two.html', renderReport([fixtureDocument(), fixtureDocument()]));
  assert.equal(await page.locator('section.doc:not([hidden])').count(), 1);
  await page.click('[data-doc-tab="d1"]');
  assert.equal(await page.locator('#doc-d1').isVisible(), true);
  assert.ok((await page.locator('#doc-d1 .tl-item').count()) > 0, 'the second timeline is drawn when shown');
  await page.close();
  assert.deepEqual(errors, []);
});

test('the seed report renders marks in all four views with no error and no request', { skip: skip || (seed ? false : SHARED_MISSING) }, async () => {
  const doc = analyse({ name: 'hungary-1956-gallery.txt', text: readFileSync(seed!, 'utf8') });
  const { page, errors, requests } = await open('seed.html', renderReport([doc]));
  assert.ok((await page.locator('[data-view="timeline"] .tl-item').count()) > 0, 'timeline items');
  assert.ok((await page.locator('[data-view="map"] .place-mark').count()) > 0, 'map marks');
  assert.ok((await page.locator('[data-view="text"] mark.ann').count()) > 0, 'text marks');
  assert.equal(await page.locator('[data-view="media"] .card').count(), doc.media.length, 'one card per photograph');
  const traiskirchen = page.locator('[data-view="map"] .place-list button', { hasText: 'Traiskirchen' });
  if (doc.entities.some((e) => e.place?.name === 'Traiskirchen')) assert.match((await traiskirchen.textContent()) ?? '', /\d+\.\d+, \d+\.\d+/);
  await page.close();
  assert.deepEqual(errors, []);
  assert.deepEqual(requests, []);
});
