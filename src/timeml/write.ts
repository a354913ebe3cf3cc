/**
 * Writes system timexes back into a TimeML file: the TIMEX3 tags inside <TEXT> are removed and new
 * ones inserted; every other character of the file (EVENT and SIGNAL tags, entity references,
 * everything outside <TEXT>) is kept as it was.
 *
 * Legal boundaries: a new TIMEX3 must nest properly with the EVENT/SIGNAL elements around it.
 * When a timex would cross an element (start outside and end inside it, or the reverse), the
 * timex is shrunk to the element's edge, keeping the larger of its two parts (the one outside the
 * element on a tie); this repeats until nothing crosses. A boundary falling inside an entity reference (`&amp;` is one
 * plain character) moves outward to include the whole reference. Timexes that overlap an
 * earlier one, are empty or lie outside the text are dropped and reported.
 */
import type { ContentToken, TimeMLDocument, TimeMLElement } from './read.js';
import { escapeAttribute } from './xml.js';

export interface TimexToWrite {
  start: number;
  end: number;
  type: string;
  value: string;
  mod?: string;
}

export interface WriteResult {
  xml: string;
  /** Timexes whose extent was changed to nest with the markup. */
  adjusted: number;
  /** Timexes that could not be written, with why. */
  dropped: { timex: TimexToWrite; reason: string }[];
}

interface Placed {
  timex: TimexToWrite;
  start: number;
  end: number;
}

/** Keeps the larger of the two parts a crossing element cuts the timex into (the outer one on a tie). */
function crossingFix(start: number, end: number, element: TimeMLElement): [number, number] | undefined {
  const { start: a, end: b } = element;
  if (start < a && a < end && end < b) return a - start >= end - a ? [start, a] : [a, end];
  if (a < start && start < b && b < end) return end - b >= b - start ? [b, end] : [start, b];
  return undefined;
}

/** Index of the first item whose key is >= value, in a list sorted by key. */
function lowerBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (key(items[middle]) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Finds the elements a span might cross without scanning them all: those starting inside it
 * (binary search on starts) and those enclosing its start (walking up parent links, which
 * proper XML nesting makes a tree).
 */
class ElementIndex {
  private readonly parents: number[] = [];

  constructor(private readonly elements: readonly TimeMLElement[]) {
    const open: number[] = [];
    elements.forEach((element, index) => {
      while (open.length > 0 && elements[open[open.length - 1]].end <= element.start) open.pop();
      this.parents.push(open.length > 0 ? open[open.length - 1] : -1);
      open.push(index);
    });
  }

  /** Elements with start < offset < end, innermost first. */
  private enclosing(offset: number): TimeMLElement[] {
    const found: TimeMLElement[] = [];
    let index = lowerBound(this.elements, offset, (e) => e.start) - 1;
    while (index >= 0 && this.elements[index].end <= offset) index = this.parents[index];
    for (; index >= 0; index = this.parents[index]) {
      if (this.elements[index].start < offset) found.push(this.elements[index]);
    }
    return found;
  }

  /** The first element [start, end) crosses, if any. */
  crossing(start: number, end: number): TimeMLElement | undefined {
    const enclosingStart = this.enclosing(start).find((e) => crossingFix(start, end, e));
    if (enclosingStart) return enclosingStart;
    for (let i = lowerBound(this.elements, start + 1, (e) => e.start); i < this.elements.length && this.elements[i].start < end; i++) {
      if (crossingFix(start, end, this.elements[i])) return this.elements[i];
    }
    return undefined;
  }
}

/** Shrinks [start, end) until it crosses no element. Each step strictly shrinks, so it ends. */
function nestWithElements(start: number, end: number, index: ElementIndex): [number, number] {
  let span: [number, number] = [start, end];
  for (let element = index.crossing(start, end); element; element = index.crossing(span[0], span[1])) {
    span = crossingFix(span[0], span[1], element) ?? span;
  }
  return span;
}

type Piece = ContentToken & { kind: 'text' };

/** Moves boundaries that fall inside an entity reference or CDATA section outward. */
function snapToPieces(start: number, end: number, pieces: readonly Piece[]): [number, number] {
  const holding = (offset: number): Piece | undefined => {
    const piece = pieces[lowerBound(pieces, offset, (p) => p.plainEnd)];
    return piece && piece.plainStart < offset && offset < piece.plainEnd ? piece : undefined;
  };
  return [holding(start)?.plainStart ?? start, holding(end)?.plainEnd ?? end];
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Moves a boundary that would split a surrogate pair (one emoji, one CJK extension character) outward. */
function snapToCharacters(start: number, end: number, text: string): [number, number] {
  const splits = (offset: number): boolean => isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
  return [splits(start) ? start - 1 : start, splits(end) ? end + 1 : end];
}

function placeTimexes(document: TimeMLDocument, timexes: readonly TimexToWrite[], result: WriteResult): Placed[] {
  const sorted = [...timexes].sort((a, b) => a.start - b.start || b.end - a.end);
  const elements = new ElementIndex(document.elements);
  const pieces = document.content.filter((token): token is Piece => token.kind === 'text' && !token.literal);
  const placed: Placed[] = [];
  let previousEnd = 0;
  for (const timex of sorted) {
    if (!(timex.start >= 0 && timex.end <= document.text.length && timex.start < timex.end)) {
      result.dropped.push({ timex, reason: 'empty or outside the text' });
      continue;
    }
    // Checked on the extent asked for, before any shrinking, so the work stays linear.
    if (timex.start < previousEnd) {
      result.dropped.push({ timex, reason: 'overlaps an earlier timex' });
      continue;
    }
    previousEnd = timex.end;
    let [start, end] = nestWithElements(timex.start, timex.end, elements);
    [start, end] = snapToPieces(start, end, pieces);
    [start, end] = snapToCharacters(start, end, document.text);
    const previous = placed[placed.length - 1];
    if (previous && start < previous.end) {
      result.dropped.push({ timex, reason: `overlaps the timex at ${previous.start}-${previous.end}` });
      continue;
    }
    if (start !== timex.start || end !== timex.end) result.adjusted++;
    placed.push({ timex, start, end });
  }
  return placed;
}

/** Content tokens without TIMEX3 tags, literal text cut at every timex boundary. */
function atomicTokens(content: readonly ContentToken[], cuts: ReadonlySet<number>): ContentToken[] {
  const tokens: ContentToken[] = [];
  for (const token of content) {
    if (token.kind !== 'text') {
      if (token.name !== 'TIMEX3') tokens.push(token);
      continue;
    }
    if (!token.literal) {
      tokens.push(token);
      continue;
    }
    let from = token.plainStart;
    for (let at = token.plainStart + 1; at < token.plainEnd; at++) {
      if (!cuts.has(at)) continue;
      tokens.push(literalSlice(token, from, at));
      from = at;
    }
    tokens.push(literalSlice(token, from, token.plainEnd));
  }
  return tokens;
}

function literalSlice(token: ContentToken & { kind: 'text' }, from: number, to: number): ContentToken {
  const shift = token.rawStart - token.plainStart;
  return { kind: 'text', literal: true, plainStart: from, plainEnd: to, rawStart: from + shift, rawEnd: to + shift };
}

interface Slot {
  plain: number;
  /** The open elements at this point, as a key: a timex may open and close only at equal keys. */
  nesting: string;
}

/** Slot k is the gap before token k (slot tokens.length is the end). */
function slotsOf(tokens: readonly ContentToken[], textLength: number): Slot[] {
  const slots: Slot[] = [];
  const stack: number[] = [];
  tokens.forEach((token, index) => {
    slots.push({ plain: token.kind === 'text' ? token.plainStart : token.plainAt, nesting: stack.join(',') });
    if (token.kind === 'open') stack.push(index);
    else if (token.kind === 'close') stack.pop();
  });
  slots.push({ plain: textLength, nesting: stack.join(',') });
  return slots;
}

/** The latest opening slot and earliest closing slot at equal nesting, so the tag hugs the words. */
function chooseSlots(slots: readonly Slot[], byPlain: Map<number, number[]>, start: number, end: number): [number, number] | undefined {
  const opens = byPlain.get(start) ?? [];
  const closes = byPlain.get(end) ?? [];
  for (let i = opens.length - 1; i >= 0; i--) {
    for (const close of closes) {
      if (close >= opens[i] && slots[close].nesting === slots[opens[i]].nesting) return [opens[i], close];
    }
  }
  return undefined;
}

function openTag(tid: string, timex: TimexToWrite): string {
  const mod = timex.mod ? ` mod="${escapeAttribute(timex.mod)}"` : '';
  return `<TIMEX3 tid="${escapeAttribute(tid)}" type="${escapeAttribute(timex.type)}" value="${escapeAttribute(timex.value)}"${mod}>`;
}

/** The file with its <TEXT> timexes replaced by `timexes` (offsets into the plain text). */
export function writeTimeML(document: TimeMLDocument, timexes: readonly TimexToWrite[]): WriteResult {
  const result: WriteResult = { xml: '', adjusted: 0, dropped: [] };
  const placed = placeTimexes(document, timexes, result);
  const cuts = new Set(placed.flatMap((p) => [p.start, p.end]));
  const tokens = atomicTokens(document.content, cuts);
  const slots = slotsOf(tokens, document.text.length);
  const byPlain = new Map<number, number[]>();
  slots.forEach((slot, index) => byPlain.set(slot.plain, [...(byPlain.get(slot.plain) ?? []), index]));
  const opensAt = new Map<number, string[]>();
  const closesAt = new Map<number, number>();
  let tid = 0;
  for (const item of placed) {
    const chosen = chooseSlots(slots, byPlain, item.start, item.end);
    if (!chosen) {
      result.dropped.push({ timex: item.timex, reason: 'cannot nest with the surrounding markup' });
      continue;
    }
    tid++;
    opensAt.set(chosen[0], [...(opensAt.get(chosen[0]) ?? []), openTag(`t${tid}`, item.timex)]);
    closesAt.set(chosen[1], (closesAt.get(chosen[1]) ?? 0) + 1);
  }
  const raw = document.raw;
  const parts: string[] = [raw.slice(0, document.contentStart)];
  const emitSlot = (index: number): void => {
    parts.push('</TIMEX3>'.repeat(closesAt.get(index) ?? 0));
    parts.push(...(opensAt.get(index) ?? []));
  };
  tokens.forEach((token, index) => {
    emitSlot(index);
    parts.push(raw.slice(token.rawStart, token.rawEnd));
  });
  emitSlot(tokens.length);
  parts.push(raw.slice(document.contentEnd));
  result.xml = parts.join('');
  return result;
}
