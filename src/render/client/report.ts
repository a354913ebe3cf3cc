/**
 * The report's browser code, inlined into the page as a module script that imports nothing.
 * It reads the embedded JSON, draws the zoomable timeline, and links the views: choosing an item
 * anywhere marks it (aria-selected, .is-selected) and its linked items (.is-linked) everywhere.
 * Document strings only ever reach the page through textContent and attribute setters.
 */

interface ClientTimelineEntry {
  key: string;
  kind: 'event' | 'photo';
  headline: string;
  /** Source span in the document text. */
  start: number;
  end: number;
  /** Epoch milliseconds of the interval the date denotes. */
  from: number;
  to: number;
  precision: string;
  dateLabel: string;
  approximate: boolean;
  inferred: boolean;
}

interface ClientItem {
  label: string;
  details: string[];
  related: string[];
}

interface ClientDocument {
  id: string;
  title: string;
  timeline: ClientTimelineEntry[];
  items: Record<string, ClientItem>;
}

interface ClientData {
  docs: ClientDocument[];
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const YEAR_MS = 365.2425 * DAY_MS;
const MIN_SPAN = HOUR_MS;
const MAX_SPAN = 5000 * YEAR_MS;
const LANE_HEIGHT = 24;
/** Narrowest bar drawn, filled and dashed (px). */
const MIN_BAR = 8;
const INFERRED_MIN_BAR = 14;
const MAX_LANES = 16;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

type TickUnit = 'year' | 'month' | 'day' | 'hour' | 'minute';
interface TickStep {
  unit: TickUnit;
  n: number;
  approx: number;
}

const TICK_STEPS: TickStep[] = [
  ...[1000, 500, 100, 50, 10, 5, 2, 1].map((n) => ({ unit: 'year' as const, n, approx: n * YEAR_MS })),
  ...[6, 3, 1].map((n) => ({ unit: 'month' as const, n, approx: n * 30.44 * DAY_MS })),
  ...[7, 2, 1].map((n) => ({ unit: 'day' as const, n, approx: n * DAY_MS })),
  ...[12, 6, 3, 1].map((n) => ({ unit: 'hour' as const, n, approx: n * HOUR_MS })),
  ...[30, 15, 5].map((n) => ({ unit: 'minute' as const, n, approx: n * 60_000 })),
];

/** UTC time of a calendar position; any part may overflow into the next (hour 30 is 06:00 the next day). */
function utcTime(year: number, month = 0, day = 1, hour = 0, minute = 0): number {
  const date = new Date(Date.UTC(2000, 0, 1));
  // set in two steps: Date.UTC would read years 0-99 as 1900-1999
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(hour, minute);
  return date.getTime();
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** An astronomical year as a reader writes it (the client has no imports: src/render/dates.ts has the same). */
function yearLabel(year: number): string {
  return year > 0 ? String(year) : `${1 - year} BC`;
}

function tickLabel(time: number, unit: TickUnit): string {
  const d = new Date(time);
  const year = yearLabel(d.getUTCFullYear());
  if (unit === 'year') return year;
  if (unit === 'month') return `${MONTH_NAMES[d.getUTCMonth()]} ${year}`;
  const day = `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${year}`;
  if (unit === 'day') return day;
  return `${day} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

/** Calendar-aligned ticks covering [t0, t1]. */
function ticks(t0: number, t1: number, step: TickStep): number[] {
  const out: number[] = [];
  const first = new Date(t0);
  let y = first.getUTCFullYear();
  let m = first.getUTCMonth();
  let d = first.getUTCDate();
  let h = first.getUTCHours();
  let mi = first.getUTCMinutes();
  if (step.unit === 'year') (y = Math.floor(y / step.n) * step.n), (m = 0), (d = 1), (h = 0), (mi = 0);
  else if (step.unit === 'month') (m = Math.floor(m / step.n) * step.n), (d = 1), (h = 0), (mi = 0);
  else if (step.unit === 'day') (h = 0), (mi = 0);
  else if (step.unit === 'hour') (h = Math.floor(h / step.n) * step.n), (mi = 0);
  else mi = Math.floor(mi / step.n) * step.n;
  for (let i = 0; i < 200; i++) {
    const time =
      step.unit === 'year'
        ? utcTime(y + i * step.n)
        : step.unit === 'month'
          ? utcTime(y, m + i * step.n)
          : step.unit === 'day'
            ? utcTime(y, m, d + i * step.n)
            : step.unit === 'hour'
              ? utcTime(y, m, d, h + i * step.n)
              : utcTime(y, m, d, h, mi + i * step.n);
    if (time > t1) break;
    if (time >= t0) out.push(time);
  }
  return out;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** The timeline item's fixed parts (a button holding its bar), cloned for each item. */
const TIMELINE_ITEM = ((): HTMLButtonElement => {
  const item = element('button', 'tl-item item');
  item.type = 'button';
  item.append(element('span', 'tl-bar'));
  return item;
})();

const FINE_PRECISIONS = new Set(['day', 'part-of-day', 'hour', 'minute', 'second']);

function padded(starts: number[], ends: number[]): [number, number] {
  const lo = Math.min(...starts);
  const hi = Math.max(...ends);
  const pad = Math.max((hi - lo) * 0.06, DAY_MS / 2);
  return [lo - pad, hi + pad];
}

/**
 * The first view: the span of the day-precise items (their middle 90%), so a story told over a few
 * weeks is readable at once even when one caption says only "1953". "Fit all" shows everything.
 */
function focusOf(entries: ClientTimelineEntry[]): [number, number] | undefined {
  const fine = entries.filter((e) => FINE_PRECISIONS.has(e.precision)).map((e) => e.from).sort((a, b) => a - b);
  if (fine.length < 3) return undefined;
  const lo = fine[Math.floor(fine.length * 0.05)]!;
  const hi = fine[Math.ceil(fine.length * 0.95) - 1]! + DAY_MS;
  const pad = Math.max((hi - lo) * 0.08, DAY_MS);
  return [lo - pad, hi + pad];
}

/**
 * The first lane free from `labelLeft` for the bar and its label, else for the bar alone (from
 * `left`), else the emptiest.
 */
function placeInLane(laneEnds: number[], labelLeft: number, left: number, footprint: number, barWidth: number): { lane: number; labelled: boolean } {
  let lane = laneEnds.findIndex((end) => end + 4 <= labelLeft);
  if (lane < 0 && laneEnds.length < MAX_LANES) lane = laneEnds.length;
  if (lane >= 0) {
    laneEnds[lane] = labelLeft + footprint;
    return { lane, labelled: true };
  }
  lane = laneEnds.indexOf(Math.min(...laneEnds));
  laneEnds[lane] = Math.max(laneEnds[lane]!, left + barWidth);
  return { lane, labelled: false };
}

class Timeline {
  private t0 = 0;
  private t1 = 1;
  private readonly full: [number, number];

  constructor(
    private readonly view: HTMLElement,
    private readonly entries: ClientTimelineEntry[],
    private readonly onRender: () => void,
  ) {
    this.full = padded(entries.map((e) => e.from), entries.map((e) => e.to));
    [this.t0, this.t1] = focusOf(entries) ?? this.full;
    this.bind();
  }

  private get viewport(): HTMLElement {
    return this.view.querySelector<HTMLElement>('.tl-viewport')!;
  }

  private bind(): void {
    const viewport = this.viewport;
    this.view.querySelector('[data-zoom="in"]')?.addEventListener('click', () => this.zoom(1 / 1.6, 0.5));
    this.view.querySelector('[data-zoom="out"]')?.addEventListener('click', () => this.zoom(1.6, 0.5));
    this.view.querySelector('[data-zoom="reset"]')?.addEventListener('click', () => this.reset());
    this.view.querySelector('[data-pan="back"]')?.addEventListener('click', () => this.pan(-0.25));
    this.view.querySelector('[data-pan="forward"]')?.addEventListener('click', () => this.pan(0.25));
    viewport.addEventListener(
      'wheel',
      (event) => {
        event.preventDefault();
        const rect = viewport.getBoundingClientRect();
        const at = rect.width > 0 ? (event.clientX - rect.left) / rect.width : 0.5;
        if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) this.pan(event.deltaX / Math.max(rect.width, 1));
        else this.zoom(event.deltaY > 0 ? 1.25 : 0.8, Math.min(1, Math.max(0, at)));
      },
      { passive: false },
    );
    viewport.addEventListener('keydown', (event) => {
      if (event.target !== viewport) return;
      const actions: Record<string, () => void> = {
        '+': () => this.zoom(1 / 1.6, 0.5),
        '=': () => this.zoom(1 / 1.6, 0.5),
        '-': () => this.zoom(1.6, 0.5),
        '0': () => this.reset(),
        ArrowLeft: () => this.pan(-0.2),
        ArrowRight: () => this.pan(0.2),
      };
      const action = actions[event.key];
      if (action) {
        event.preventDefault();
        action();
      }
    });
    let dragFrom: { x: number; t0: number; t1: number } | undefined;
    viewport.addEventListener('pointerdown', (event) => {
      if ((event.target as Element).closest('.tl-item')) return;
      dragFrom = { x: event.clientX, t0: this.t0, t1: this.t1 };
    });
    window.addEventListener('pointerup', () => (dragFrom = undefined));
    viewport.addEventListener('pointermove', (event) => {
      if (!dragFrom) return;
      const width = Math.max(viewport.clientWidth, 1);
      const shift = ((dragFrom.x - event.clientX) / width) * (dragFrom.t1 - dragFrom.t0);
      this.t0 = dragFrom.t0 + shift;
      this.t1 = dragFrom.t1 + shift;
      this.render();
    });
  }

  reset(): void {
    [this.t0, this.t1] = this.full;
    this.render();
  }

  zoom(factor: number, at: number): void {
    const span = this.t1 - this.t0;
    const next = Math.min(MAX_SPAN, Math.max(MIN_SPAN, span * factor));
    const pivot = this.t0 + span * at;
    this.t0 = pivot - (pivot - this.t0) * (next / span);
    this.t1 = this.t0 + next;
    this.render();
  }

  pan(fraction: number): void {
    const shift = (this.t1 - this.t0) * fraction;
    this.t0 += shift;
    this.t1 += shift;
    this.render();
  }

  /** Brings an entry into the visible range (keeping the zoom) when it is off screen. */
  reveal(key: string): void {
    const entry = this.entries.find((e) => e.key === key);
    if (!entry || (entry.to > this.t0 && entry.from < this.t1)) return;
    const span = this.t1 - this.t0;
    this.t0 = (entry.from + entry.to) / 2 - span / 2;
    this.t1 = this.t0 + span;
    this.render();
  }

  render(): void {
    const viewport = this.viewport;
    const width = viewport.clientWidth;
    if (width === 0) return;
    const scale = width / (this.t1 - this.t0);
    const x = (t: number): number => (t - this.t0) * scale;
    const axis = viewport.querySelector<HTMLElement>('.tl-axis')!;
    const track = viewport.querySelector<HTMLElement>('.tl-track')!;
    const step = TICK_STEPS.find((s, i) => i === TICK_STEPS.length - 1 || (this.t1 - this.t0) / TICK_STEPS[i + 1]!.approx > width / 110) ?? TICK_STEPS[0]!;
    const tickElements = ticks(this.t0, this.t1, step).map((time) => {
      const tick = element('span', 'tl-tick', tickLabel(time, step.unit));
      tick.style.left = `${x(time)}px`;
      return tick;
    });
    axis.replaceChildren(...tickElements);
    const laneEnds: number[] = [];
    const items: HTMLElement[] = [];
    for (const entry of this.entries) {
      if (entry.to < this.t0 || entry.from > this.t1) continue;
      const left = Math.max(0, x(entry.from));
      const right = Math.min(width + 4, x(entry.to));
      // (a dashed outline needs a little more room than a filled bar to read as a box, not a squiggle)
      const barWidth = Math.max(entry.inferred ? INFERRED_MIN_BAR : MIN_BAR, right - left);
      const labelWidth = Math.min(240, entry.headline.length * 6.4 + 12);
      const footprint = Math.max(barWidth, labelWidth);
      // a label that would run past the right edge ends at the edge instead, its bar where it was
      const labelLeft = Math.max(0, Math.min(left, width - footprint));
      const placed = placeInLane(laneEnds, labelLeft, left, footprint, barWidth);
      const itemLeft = placed.labelled ? labelLeft : left;
      const item = TIMELINE_ITEM.cloneNode(true) as HTMLButtonElement;
      item.className = `tl-item item kind-${entry.kind}${entry.approximate ? ' approximate' : ''}${entry.inferred ? ' inferred' : ''}${placed.labelled ? '' : ' unlabelled'}${itemLeft < left ? ' at-edge' : ''}`;
      item.dataset.key = entry.key;
      item.dataset.start = String(entry.start);
      item.dataset.end = String(entry.end);
      // One style write per element: thousands of items are drawn on each zoom step.
      item.style.cssText = `left:${itemLeft}px;top:${placed.lane * LANE_HEIGHT}px;width:${placed.labelled ? footprint : barWidth}px`;
      (item.firstChild as HTMLElement).style.cssText = `width:${barWidth}px;margin-left:${left - itemLeft}px`;
      if (placed.labelled) item.append(element('span', 'tl-label', entry.headline));
      const honesty = entry.approximate ? ', approximate' : entry.inferred ? ', date inferred from the story' : '';
      item.title = `${entry.dateLabel} (${entry.precision}${honesty}): ${entry.headline}`;
      item.setAttribute('aria-label', item.title);
      items.push(item);
    }
    track.style.height = `${Math.max(1, laneEnds.length) * LANE_HEIGHT + 6}px`;
    track.replaceChildren(...items);
    const range = this.view.querySelector('.tl-range');
    if (range) range.textContent = `${tickLabel(this.t0, step.unit)} – ${tickLabel(this.t1, step.unit)}`;
    this.onRender();
  }
}

/**
 * Scrolls the view's own scroll box (the text, the cards, the chronology) to show `target`, and never
 * the page: choosing an item must not carry the reader away from where they chose it.
 */
function scrollWithin(target: HTMLElement): void {
  for (let box = target.parentElement; box && !box.matches('[data-view]'); box = box.parentElement) {
    if (box.scrollHeight <= box.clientHeight + 1) continue;
    const boxRect = box.getBoundingClientRect();
    const rect = target.getBoundingClientRect();
    if (rect.top < boxRect.top || rect.bottom > boxRect.bottom) box.scrollTop += rect.top - boxRect.top - box.clientHeight / 3;
    return;
  }
}

/** Runs `task` when the browser is idle (after the frame is drawn), so lazy filling never delays a paint. */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: 1000 });
  else setTimeout(task, 0);
}

const CHRONOLOGY_CHUNK = 250;

/** One chronology row, as the server writes it for small reports. */
function chronologyRow(entry: ClientTimelineEntry): HTMLLIElement {
  const row = element('li', [entry.approximate ? 'approximate' : '', entry.inferred ? 'inferred' : ''].filter(Boolean).join(' '));
  const button = element('button', 'item');
  button.type = 'button';
  button.dataset.key = entry.key;
  button.dataset.start = String(entry.start);
  button.dataset.end = String(entry.end);
  button.append(element('span', 'date', entry.dateLabel), ` ${entry.headline}`);
  row.append(button);
  return row;
}

/**
 * Fills a chronology the server left empty (big reports) from the timeline data: the first chunk at
 * once, the rest in later tasks so the page shows and answers input meanwhile.
 */
function fillChronology(list: HTMLElement, entries: ClientTimelineEntry[], onChunk: () => void): void {
  let next = 0;
  const chunk = (): void => {
    const rows = entries.slice(next, next + CHRONOLOGY_CHUNK).map(chronologyRow);
    next += rows.length;
    list.append(...rows);
    onChunk();
    if (next < entries.length) whenIdle(chunk);
  };
  chunk();
}

const TEXT_CHUNK_NODES = 300;

/**
 * Moves the rest of a long text from its inert template into the page, a chunk of blocks per task,
 * so the first render only styles and lays out the beginning. The markup was escaped by the server
 * and parsed by the browser's HTML parser; nothing here turns strings into markup.
 */
function fillText(rest: HTMLTemplateElement, onChunk: () => void): void {
  const chunk = (): void => {
    const part = document.createDocumentFragment();
    for (let i = 0; i < TEXT_CHUNK_NODES && rest.content.firstChild; i++) part.append(rest.content.firstChild);
    rest.before(part);
    onChunk();
    if (rest.content.firstChild) whenIdle(chunk);
    else rest.remove();
  };
  whenIdle(chunk);
}

class Report {
  private readonly data: ClientData;
  private readonly timelines = new Map<string, Timeline>();
  private selected: { doc: string; key: string } | undefined;

  constructor() {
    const source = document.getElementById('annalist-data');
    this.data = JSON.parse(source?.textContent ?? '{"docs":[]}') as ClientData;
  }

  start(): void {
    for (const doc of this.data.docs) {
      const section = this.section(doc.id);
      const view = section?.querySelector<HTMLElement>('[data-view="timeline"]');
      if (section && view && doc.timeline.length > 0) this.timelines.set(doc.id, new Timeline(view, doc.timeline, () => this.paint()));
    }
    document.addEventListener('click', (event) => this.onActivate(event));
    document.addEventListener('keydown', (event) => {
      if ((event.key === 'Enter' || event.key === ' ') && (event.target as Element).matches?.('[data-key][tabindex]:not(button)')) {
        event.preventDefault();
        this.onActivate(event);
      }
      if (event.key === 'Escape') this.select(undefined);
    });
    for (const tab of Array.from(document.querySelectorAll<HTMLElement>('[data-doc-tab]'))) {
      tab.addEventListener('click', () => this.showDocument(tab.dataset.docTab ?? ''));
    }
    window.addEventListener('resize', () => this.renderTimelines());
    this.renderTimelines();
    for (const doc of this.data.docs) {
      const list = this.section(doc.id)?.querySelector<HTMLElement>('.chronology ol[data-lazy]');
      if (list && list.childElementCount === 0) fillChronology(list, doc.timeline, () => this.repaint(doc.id));
      const rest = this.section(doc.id)?.querySelector<HTMLTemplateElement>('.text-body > template.text-rest');
      if (rest) fillText(rest, () => this.repaint(doc.id));
    }
    document.documentElement.dataset.ready = 'true';
  }

  /** Marks the current choice again in elements added to a document after the first render. */
  private repaint(docId: string): void {
    if (this.selected?.doc === docId) this.paint();
  }

  private section(docId: string): HTMLElement | null {
    return document.getElementById(`doc-${docId}`);
  }

  private renderTimelines(): void {
    for (const timeline of this.timelines.values()) timeline.render();
  }

  private showDocument(docId: string): void {
    for (const tab of Array.from(document.querySelectorAll<HTMLElement>('[data-doc-tab]'))) {
      tab.setAttribute('aria-selected', String(tab.dataset.docTab === docId));
    }
    for (const section of Array.from(document.querySelectorAll<HTMLElement>('section.doc'))) {
      section.hidden = section.id !== `doc-${docId}`;
    }
    this.timelines.get(docId)?.render();
  }

  private onActivate(event: Event): void {
    const target = (event.target as Element | null)?.closest?.('[data-key]');
    if (!target) return;
    const docSection = target.closest<HTMLElement>('section.doc');
    const docId = docSection?.dataset.doc;
    const key = target.getAttribute('data-key');
    if (!docId || !key) return;
    this.select({ doc: docId, key }, target);
  }

  /** Marks the chosen item and everything linked to it, in every view. */
  select(choice: { doc: string; key: string } | undefined, origin?: Element): void {
    this.selected = choice;
    this.paint();
    this.describe();
    if (!choice) return;
    this.timelines.get(choice.doc)?.reveal(choice.key);
    const section = this.section(choice.doc);
    if (!section) return;
    for (const name of ['text', 'media', 'timeline']) {
      const view = section.querySelector(`[data-view="${name}"]`);
      const target = view?.querySelector<HTMLElement>(`[data-key="${CSS.escape(choice.key)}"]`) ?? view?.querySelector<HTMLElement>('.is-linked');
      if (target && !view?.contains(origin ?? null)) scrollWithin(target);
    }
  }

  private paint(): void {
    for (const el of Array.from(document.querySelectorAll('.is-selected, .is-linked'))) {
      el.classList.remove('is-selected', 'is-linked');
      el.removeAttribute('aria-selected');
    }
    const choice = this.selected;
    if (!choice) return;
    const section = this.section(choice.doc);
    const item = this.data.docs.find((d) => d.id === choice.doc)?.items[choice.key];
    if (!section) return;
    for (const el of Array.from(section.querySelectorAll(`[data-key="${CSS.escape(choice.key)}"]`))) {
      el.classList.add('is-selected');
      el.setAttribute('aria-selected', 'true');
    }
    for (const key of item?.related ?? []) {
      for (const el of Array.from(section.querySelectorAll(`[data-key="${CSS.escape(key)}"]`))) el.classList.add('is-linked');
    }
  }

  private describe(): void {
    const panel = document.getElementById('selection');
    if (!panel) return;
    const label = panel.querySelector('.sel-label');
    const list = panel.querySelector('.sel-details');
    const choice = this.selected;
    const item = choice ? this.data.docs.find((d) => d.id === choice.doc)?.items[choice.key] : undefined;
    if (label) label.textContent = item ? item.label : 'Choose an event, photo, place or highlighted word to see how it links.';
    list?.replaceChildren(...(item?.details ?? []).map((line) => element('li', '', line)));
  }
}

new Report().start();
