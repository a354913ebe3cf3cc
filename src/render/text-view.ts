/**
 * The text view: the document with every entity, time expression, quantity and event trigger
 * marked (displaCy-style), captions and credits set apart from the body. Marks nest; a mark that
 * crosses another's end is split into pieces that each nest, so the HTML stays well formed and
 * the view's text content is exactly the document's text.
 */
import { countBefore, type AnnalistDocument, type MediaItem } from '../model/document.js';
import { escapeHtml } from './escape.js';
import { keyOf, type DocumentView } from './model.js';

export interface Annotation {
  key: string;
  start: number;
  end: number;
  /** CSS class suffix: PERSON, PLACE, ORGANIZATION, GROUP, TIME, QUANTITY, EVENT. */
  cls: string;
  /** Short label drawn after the mark. */
  label: string;
  /** Tooltip; kept short and only where it tells more than the label (resolved places). */
  title: string;
}

export function annotationsOf(view: DocumentView): Annotation[] {
  const { doc, index } = view;
  const out: Annotation[] = [];
  for (const e of doc.entities) {
    const where = e.place ? ` → ${e.place.name} (${e.place.lat.toFixed(2)}, ${e.place.lon.toFixed(2)})` : '';
    out.push({ key: keyOf(index, 'entity', e.id), start: e.start, end: e.end, cls: e.label, label: e.label === 'ORGANIZATION' ? 'ORG' : e.label, title: where ? `${e.name}${where}` : '' });
  }
  for (const t of doc.timexes) {
    out.push({ key: keyOf(index, 'timex', t.id), start: t.start, end: t.end, cls: 'TIME', label: t.value, title: '' });
  }
  for (const q of doc.quantities) {
    out.push({ key: keyOf(index, 'quantity', q.id), start: q.start, end: q.end, cls: 'QUANTITY', label: q.category.toUpperCase(), title: '' });
  }
  for (const ev of doc.events) {
    out.push({ key: keyOf(index, 'event', ev.id), start: ev.trigger.start, end: ev.trigger.end, cls: 'EVENT', label: ev.mode ? `${ev.type}/${ev.mode}` : ev.type, title: '' });
  }
  return out.filter((a) => a.start >= 0 && a.end <= doc.text.length && a.start < a.end);
}

interface Piece extends Annotation {
  /** Whether this piece ends the annotation (only the last piece carries the label). */
  last: boolean;
}

interface Node {
  piece: Piece;
  children: Node[];
}

/**
 * Annotations sorted by start with a running maximum of their ends, so the ones touching a range
 * are found without scanning them all (each paragraph would otherwise scan every mark).
 */
export class AnnotationIndex {
  private readonly sorted: Annotation[];
  private readonly maxEnd: number[];

  constructor(annotations: readonly Annotation[]) {
    this.sorted = [...annotations].sort((a, b) => a.start - b.start || b.end - a.end);
    this.maxEnd = [];
    let max = -1;
    for (const a of this.sorted) this.maxEnd.push((max = Math.max(max, a.end)));
  }

  /** The annotations overlapping [from, to). */
  within(from: number, to: number): Annotation[] {
    const lo = countBefore(this.sorted, (a) => a.start < from);
    const out: Annotation[] = [];
    for (let j = lo - 1; j >= 0 && this.maxEnd[j]! > from; j--) if (this.sorted[j]!.end > from) out.push(this.sorted[j]!);
    for (let i = lo; i < this.sorted.length && this.sorted[i]!.start < to; i++) out.push(this.sorted[i]!);
    return out;
  }
}

/** Arranges annotations clipped to [from, to) into a forest of properly nested pieces. */
export function nestAnnotations(annotations: readonly Annotation[] | AnnotationIndex, from: number, to: number): Node[] {
  const touching = annotations instanceof AnnotationIndex ? annotations.within(from, to) : annotations;
  const queue: Piece[] = touching
    .filter((a) => a.end > from && a.start < to)
    .map((a) => ({ ...a, start: Math.max(a.start, from), end: Math.min(a.end, to), last: a.end <= to }));
  queue.sort(byStartThenLongest);
  const roots: Node[] = [];
  const stack: Node[] = [];
  // A heap would be faster; splits are rare (crossing marks), so insertion into the sorted queue stays cheap.
  for (let i = 0; i < queue.length; i++) {
    const piece = queue[i]!;
    while (stack.length > 0 && stack[stack.length - 1]!.piece.end <= piece.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && piece.end > parent.piece.end) {
      const rest: Piece = { ...piece, start: parent.piece.end };
      insertSorted(queue, rest, i + 1);
      piece.end = parent.piece.end;
      piece.last = false;
    }
    const node: Node = { piece, children: [] };
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

function byStartThenLongest(a: Piece, b: Piece): number {
  return a.start - b.start || b.end - a.end || a.key.localeCompare(b.key);
}

function insertSorted(queue: Piece[], piece: Piece, from: number): void {
  let at = from;
  while (at < queue.length && byStartThenLongest(queue[at]!, piece) <= 0) at++;
  queue.splice(at, 0, piece);
}

function renderNodes(text: string, nodes: Node[], from: number, to: number): string {
  let html = '';
  let at = from;
  for (const node of nodes) {
    const { piece } = node;
    html += escapeHtml(text.slice(at, piece.start));
    const label = piece.last ? ` data-label="${escapeHtml(piece.label)}"` : '';
    html +=
      `<mark class="ann ann-${piece.cls}" data-key="${escapeHtml(piece.key)}" data-start="${piece.start}" data-end="${piece.end}"` +
      `${label}${piece.title ? ` title="${escapeHtml(piece.title)}"` : ''} tabindex="0">` +
      renderNodes(text, node.children, piece.start, piece.end) +
      '</mark>';
    at = piece.end;
  }
  return html + escapeHtml(text.slice(at, to));
}

/** The marked-up HTML of text[from, to). */
export function renderRange(text: string, annotations: readonly Annotation[] | AnnotationIndex, from: number, to: number): string {
  return renderNodes(text, nestAnnotations(annotations, from, to), from, to);
}

interface Block {
  start: number;
  end: number;
  kind: 'body' | 'heading' | 'captions';
}

/** Paragraph blocks from the segment layer, or from line breaks when the layer is empty. */
function blocksOf(doc: AnnalistDocument): Block[] {
  if (doc.paragraphs.length > 0) return doc.paragraphs.map((p) => ({ start: p.start, end: p.end, kind: p.kind }));
  const blocks: Block[] = [];
  let start = 0;
  while (start <= doc.text.length) {
    const newline = doc.text.indexOf('\n', start);
    const end = newline < 0 ? doc.text.length : newline;
    if (end > start) blocks.push({ start, end, kind: 'body' });
    if (newline < 0) break;
    start = newline + 1;
  }
  return blocks;
}

function renderCaption(view: DocumentView, media: MediaItem, annotations: AnnotationIndex): string {
  const text = view.doc.text;
  const key = keyOf(view.index, 'photo', media.id);
  const between = media.credit.start > media.caption.end ? renderRange(text, annotations, media.caption.end, media.credit.start) : '';
  return (
    `<div class="caption" data-key="${escapeHtml(key)}" data-start="${media.caption.start}" data-end="${media.credit.end}">` +
    `<span class="caption-text">${renderRange(text, annotations, media.caption.start, media.caption.end)}</span>${between}` +
    `<span class="credit" data-start="${media.credit.start}" data-end="${media.credit.end}">${renderRange(text, annotations, media.credit.start, media.credit.end)}</span>` +
    '</div>'
  );
}

/** Media items lying inside [from, to), from a list sorted by caption start. */
function mediaWithin(sorted: readonly MediaItem[], from: number, to: number): MediaItem[] {
  const lo = countBefore(sorted, (m) => m.caption.start < from);
  const out: MediaItem[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.caption.start < to; i++) if (sorted[i]!.credit.end <= to) out.push(sorted[i]!);
  return out;
}

function renderBlock(view: DocumentView, block: Block, annotations: AnnotationIndex, mediaIndex: MediaItem[]): string {
  const text = view.doc.text;
  const media = mediaWithin(mediaIndex, block.start, block.end);
  const attrs = `data-start="${block.start}" data-end="${block.end}"`;
  if (media.length === 0) {
    const tag = block.kind === 'heading' ? 'h3' : 'p';
    return `<${tag} class="block block-${block.kind}" ${attrs}>${renderRange(text, annotations, block.start, block.end)}</${tag}>`;
  }
  let html = `<div class="block block-captions" ${attrs}>`;
  let at = block.start;
  for (const item of media) {
    if (item.caption.start > at) html += `<span class="caption-gap">${renderRange(text, annotations, at, item.caption.start)}</span>`;
    html += renderCaption(view, item, annotations);
    at = Math.max(at, item.credit.end);
  }
  if (at < block.end) html += `<span class="caption-gap">${renderRange(text, annotations, at, block.end)}</span>`;
  return html + '</div>';
}

/** The marked-up HTML of each paragraph block of one document, in text order. */
export function renderTextBlocks(view: DocumentView): string[] {
  const annotations = new AnnotationIndex(annotationsOf(view));
  const media = [...view.doc.media].sort((a, b) => a.caption.start - b.caption.start);
  return blocksOf(view.doc).map((block) => renderBlock(view, block, annotations, media));
}

/** The whole text view of one document. */
export function renderTextView(view: DocumentView): string {
  return renderTextBlocks(view).join('\n');
}
