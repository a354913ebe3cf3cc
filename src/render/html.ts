/**
 * Renders analysed documents into ONE self-contained HTML report: inline CSS, inline client code
 * (hash-pinned by a strict CSP), data as escaped JSON, the map pre-projected into SVG. It makes no
 * network request: the CSP allows nothing to be fetched.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AnnalistDocument } from '../model/document.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { drawMap, OutlineCache, renderMapSvg } from './map.js';
import { buildDocumentView, clip, keyOf, rightsOf, rightsText, sentenceAround, type DocumentView } from './model.js';
import { renderTextBlocks } from './text-view.js';

export interface ReportOptions {
  /** Page title; defaults to the first document's title. */
  title?: string;
}

function asset(name: string): string {
  return readFileSync(new URL(name, import.meta.url), 'utf8');
}

function attr(name: string, value: string | number): string {
  return ` ${name}="${escapeHtml(String(value))}"`;
}

/** "1 event", "2 events". */
function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function docMeta(doc: AnnalistDocument): string {
  const parts: string[] = [];
  if (doc.dct) parts.push(`Document date: ${doc.dct}`);
  if (doc.documentType) parts.push(`Told as ${doc.documentType.type} (${doc.documentType.decidedBy}): ${doc.documentType.reason}`);
  parts.push(
    [
      counted(doc.events.length, 'event'),
      counted(doc.media.length, 'photograph'),
      counted(doc.entities.length, 'name'),
      counted(doc.timexes.length, 'time expression'),
      counted(doc.quantities.length, 'quantity', 'quantities'),
    ].join(' · '),
  );
  if (doc.warnings.length) parts.push(`Warnings: ${doc.warnings.join('; ')}`);
  return parts.map((p) => escapeHtml(p)).join('<br>');
}

/**
 * Above this many dated items the chronology rows are not written into the HTML: the client builds
 * them from the embedded timeline JSON in chunks after the first render, so a big report carries each
 * item once and parses thousands fewer elements before it shows.
 */
export const CHRONOLOGY_INLINE_MAX = 300;

function renderTimelineView(view: DocumentView): string {
  const inline = view.timeline.length <= CHRONOLOGY_INLINE_MAX;
  const dated = (inline ? view.timeline : [])
    .map((entry) => {
      const cls = [entry.approximate ? 'approximate' : '', entry.inferred ? 'inferred' : ''].filter(Boolean).join(' ');
      return `<li${cls ? attr('class', cls) : ''}><button type="button" class="item"${attr('data-key', entry.key)}${attr('data-start', entry.start)}${attr('data-end', entry.end)}><span class="date">${escapeHtml(entry.dateLabel)}</span> ${escapeHtml(entry.headline)}</button></li>`;
    })
    .join('');
  const undated = view.undated
    .map((entry) => `<li><button type="button" class="item"${attr('data-key', entry.key)}>${escapeHtml(entry.headline)}</button></li>`)
    .join('');
  const controls =
    view.timeline.length > 0
      ? `<div class="tl-controls" role="toolbar" aria-label="Timeline zoom">` +
        `<button type="button" data-zoom="in" aria-label="Zoom in">+</button><button type="button" data-zoom="out" aria-label="Zoom out">−</button>` +
        `<button type="button" data-pan="back" aria-label="Earlier">◀</button><button type="button" data-pan="forward" aria-label="Later">▶</button>` +
        `<button type="button" data-zoom="reset">Fit all</button><span class="tl-range" aria-live="polite"></span></div>` +
        `<div class="legend"><span>event</span><span class="lg-photo">dated photo</span><span class="lg-approx">approximate date</span><span class="lg-inferred">date inferred from the story</span><span>bar length = the span the date covers (a month-precision date spans its month)</span></div>` +
        `<div class="tl-viewport" tabindex="0" aria-label="Timeline: + and − zoom, arrow keys move, 0 fits all; mouse wheel zooms"><div class="tl-axis"></div><div class="tl-track"></div></div>`
      : '<p class="empty">No dated events or photographs.</p>';
  return (
    `<section class="view view-timeline" data-view="timeline" aria-label="Timeline"><h3>Timeline</h3>${controls}` +
    `<details class="chronology" open><summary>Chronology: ${view.timeline.length} dated item(s)</summary><ol${inline ? '' : ' data-lazy="true"'}>${dated}</ol></details>` +
    `<div class="undated"><h4>Undated (${view.undated.length}): not placed on the timeline</h4>${undated ? `<ul>${undated}</ul>` : '<p class="empty">None.</p>'}</div></section>`
  );
}

function renderMapView(view: DocumentView, outlines: OutlineCache): string {
  const drawing = drawMap(view.places, outlines);
  const list = [...view.places]
    .sort((a, b) => b.events + b.photos - (a.events + a.photos) || a.name.localeCompare(b.name))
    .map(
      (p) =>
        `<li><button type="button" class="item"${attr('data-key', p.key)}${p.mention ? attr('data-start', p.mention.start) + attr('data-end', p.mention.end) : ''}>${escapeHtml(p.name)}${p.note ? ` <small>(${escapeHtml(p.note)})</small>` : ''} ` +
        `<span class="coords">${p.lat.toFixed(3)}, ${p.lon.toFixed(3)}</span> · ${p.events} event(s), ${p.photos} photo(s)${p.precision ? ` · precision ${p.precision}` : ''}</button></li>`,
    )
    .join('');
  return (
    `<section class="view view-map" data-view="map" aria-label="Map"><h3>Map</h3>${renderMapSvg(drawing, `Map of the places in ${view.title}`)}` +
    `<p class="map-note">Mark size: events and photos there. Ring: ACLED geo-precision (none = the town itself; dashed = near a town; long dashes = region; dotted = country only).</p>` +
    (list ? `<ul class="place-list">${list}</ul>` : '<p class="empty">No places resolved.</p>') +
    '</section>'
  );
}

/** Paragraph blocks of the text view live in the page from the start; a longer text's rest comes after the first render. */
export const TEXT_INLINE_BLOCKS = 150;

function renderTextSection(view: DocumentView): string {
  const legend =
    '<div class="key-legend" aria-hidden="true"><mark class="ann ann-PERSON">person</mark><mark class="ann ann-PLACE">place</mark><mark class="ann ann-ORGANIZATION">organization</mark>' +
    '<mark class="ann ann-GROUP">group</mark><mark class="ann ann-TIME">time</mark><mark class="ann ann-QUANTITY">quantity</mark><mark class="ann ann-EVENT">event trigger</mark><span class="credit">credit</span></div>';
  const blocks = renderTextBlocks(view);
  const shown = blocks.slice(0, TEXT_INLINE_BLOCKS).join('\n');
  // The rest of a long text is parsed inert (a template is never styled or laid out) and moved into the
  // page by the client in chunks after the first render.
  const rest = blocks.length > TEXT_INLINE_BLOCKS ? `<template class="text-rest">${blocks.slice(TEXT_INLINE_BLOCKS).join('\n')}</template>` : '';
  return `<section class="view view-text" data-view="text" aria-label="Text"><h3>Text</h3>${legend}<div class="text-body">${shown}${rest}</div></section>`;
}

function renderMediaView(view: DocumentView): string {
  const cards = view.doc.media
    .map((media) => {
      const key = keyOf(view.index, 'photo', media.id);
      const credit = media.credit;
      const rights = rightsOf(media);
      const rows: [string, string][] = [
        ['Date', media.date ? `${media.date.value}${media.date.from === 'inherited' ? ' (inferred from the story)' : ''}` : 'not stated'],
        ['Place', media.place ? `${media.place.name}${media.place.from === 'inherited' ? ' (inferred from the story)' : ''}` : 'not stated'],
        ['Credit', credit.text],
      ];
      if (credit.photographer) rows.push(['Photographer', credit.photographer]);
      if (credit.agency) rows.push(['Agency', credit.agency]);
      if (credit.archive) rows.push(['Archive', credit.archive]);
      if (credit.reference) rows.push(['Archive number', credit.reference]);
      const dl = rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('');
      return (
        `<figure class="card item"${attr('data-key', key)}${attr('data-start', media.caption.start)}${attr('data-end', media.credit.end)} tabindex="0" role="button">` +
        `<figcaption>${escapeHtml(media.caption.text)}</figcaption><dl>${dl}<dt>Rights</dt><dd class="rights-${rights}">${escapeHtml(rightsText(rights))}</dd></dl></figure>`
      );
    })
    .join('');
  return `<section class="view view-media" data-view="media" aria-label="Photographs"><h3>Photographs (${view.doc.media.length})</h3>${cards ? `<div class="media-grid">${cards}</div>` : '<p class="empty">No photo captions found.</p>'}</section>`;
}

function bound(value: number | undefined): string {
  return value === undefined ? 'open' : value.toLocaleString('en');
}

function renderFacts(view: DocumentView): string {
  const rows = view.doc.quantities
    .map((q) => {
      const key = keyOf(view.index, 'quantity', q.id);
      const sentence = clip(sentenceAround(view.doc, q.start, q.end), 260);
      return (
        `<tr class="item"${attr('data-key', key)}${attr('data-start', q.start)}${attr('data-end', q.end)} tabindex="0">` +
        `<td>${escapeHtml(q.text)}</td><td>${escapeHtml(q.category)}${q.head ? ` <small>(${escapeHtml(q.head.text)})</small>` : ''}</td>` +
        `<td class="num">${bound(q.min)}</td><td class="num">${bound(q.max)}</td><td>${q.approximate ? 'approximate' : 'exact'}${q.bound ? ` · “${escapeHtml(q.bound)}”` : ''}</td>` +
        `<td>${escapeHtml(sentence)}</td></tr>`
      );
    })
    .join('');
  const table = rows
    ? `<div class="table-wrap"><table class="facts-table"><thead><tr><th>Words</th><th>What</th><th>At least</th><th>At most</th><th>Bound</th><th>Sentence</th></tr></thead><tbody>${rows}</tbody></table></div>`
    : '<p class="empty">No quantities found.</p>';
  return `<section class="view view-facts" aria-label="Facts"><h3>Facts: quantities with their bounds</h3>${table}</section>`;
}

function renderDocument(view: DocumentView, outlines: OutlineCache, hidden: boolean): string {
  return (
    `<section class="doc"${attr('id', `doc-d${view.index}`)}${attr('data-doc', `d${view.index}`)}${hidden ? ' hidden' : ''} aria-label="${escapeHtml(view.title)}">` +
    `<div class="doc-head"><h2>${escapeHtml(view.title)}</h2><p class="meta">${docMeta(view.doc)}</p></div>` +
    `<div class="layout">${renderTimelineView(view)}${renderTextSection(view)}<div class="side">${renderMapView(view, outlines)}${renderMediaView(view)}</div>${renderFacts(view)}</div></section>`
  );
}

function clientData(views: readonly DocumentView[]): unknown {
  return {
    docs: views.map((view) => ({
      id: `d${view.index}`,
      title: view.title,
      timeline: view.timeline,
      items: Object.fromEntries(
        [...view.items.values()].map((item) => [item.key, { label: item.label, details: item.details, related: [...(view.links.get(item.key) ?? [])] }]),
      ),
    })),
  };
}

function tabs(views: readonly DocumentView[]): string {
  if (views.length < 2) return '';
  const buttons = views
    .map((v, i) => `<button type="button" role="tab"${attr('data-doc-tab', `d${v.index}`)} aria-selected="${i === 0}">${escapeHtml(clip(v.title, 50))}</button>`)
    .join('');
  return `<nav class="doc-tabs" role="tablist" aria-label="Documents">${buttons}</nav>`;
}

/** The report page for one or more analysed documents. */
export function renderReport(docs: readonly AnnalistDocument[], options: ReportOptions = {}): string {
  const views = docs.map((doc, i) => buildDocumentView(doc, i));
  const outlines = new OutlineCache();
  const title = options.title ?? (views.length === 1 ? `Annalist: ${views[0]!.title}` : `Annalist: ${views.length} documents`);
  const script = asset('./client/report.js');
  if (/<\/script/i.test(script)) throw new Error('the report client must not contain a closing script tag');
  const hash = createHash('sha256').update(script, 'utf8').digest('base64');
  const csp = `default-src 'none'; script-src 'sha256-${hash}'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`;
  const body = views.map((view, i) => renderDocument(view, outlines, i > 0)).join('');
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${asset('./report.css')}</style>`,
    '</head><body>',
    `<header class="top"><h1>${escapeHtml(title)}</h1><p>Every mark links to the words it came from. Choose an item in any view to see it in the others.</p></header>`,
    tabs(views),
    '<main>',
    '<aside id="selection" class="selection" aria-live="polite"><p class="sel-label">Choose an event, photo, place or highlighted word to see how it links.</p><ul class="sel-details"></ul></aside>',
    body,
    '</main>',
    `<script type="application/json" id="annalist-data">${jsonForScript(clientData(views))}</script>`,
    `<script type="module">${script}</script>`,
    '</body></html>',
    '',
  ].join('\n');
}
