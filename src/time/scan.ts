/**
 * The one pass over the tokens: each word is looked up in a trigger map and only the parsers it
 * wakes run there; numbers wake the numeric parsers. Overlapping hits are then resolved, longest first.
 */
import { isCapitalized, type Ctx, type Parser } from './grammar.js';
import { NUM, WORD } from './tokens.js';
import { WordFilter } from '../text/word-filter.js';
import type { Candidate } from './types.js';

export interface TriggerTable {
  byWord: ReadonlyMap<string, readonly Parser[]>;
  numeric: readonly Parser[];
  order: ReadonlyMap<string, number>;
  /** Rules out most words that are no trigger without making their strings (see `tokenize`). */
  words: WordFilter;
}

export function buildTriggers(parsers: readonly Parser[]): TriggerTable {
  const byWord = new Map<string, Parser[]>();
  const numeric: Parser[] = [];
  const order = new Map<string, number>();
  parsers.forEach((p, index) => {
    order.set(p.name, index);
    if (p.triggers === 'num') {
      numeric.push(p);
      return;
    }
    for (const w of p.triggers) {
      const list = byWord.get(w) ?? [];
      if (!list.includes(p)) list.push(p);
      byWord.set(w, list);
    }
  });
  return { byWord, numeric, order, words: new WordFilter(byWord.keys()) };
}

/** Runs the woken parsers at each token; returns every hit. */
export function scan(ctx: Ctx, table: TriggerTable): Candidate[] {
  const hits: Candidate[] = [];
  const tokens = ctx.tokens;
  // the tokenizer listed the numbers and the words that may be triggers
  for (const i of tokens.marked) {
    const kind = tokens.kind(i);
    const parsers = kind === NUM ? table.numeric : table.byWord.get(tokens.lower(i));
    if (!parsers) continue;
    // a word split off a glued one ("MindSpring") only counts when digits back it ("ImagesNovember 1956")
    // or it opens a phrase with a capital, as a caption glued to its credit does ("MirrorpixEach year")
    const gluedWord = kind === WORD && !tokens.spaced(i) && tokens.kind(i - 1) === WORD && !ctx.pieceStarts.has(i);
    for (const p of parsers) {
      const hit = p.parse(ctx, i);
      if (hit && hit.last > hit.first && !crossesLine(ctx, hit) && (!gluedWord || holdsNumber(ctx, hit) || opensGluedPhrase(ctx, hit, i))) hits.push(hit);
    }
  }
  return hits;
}

function holdsNumber(ctx: Ctx, c: Candidate): boolean {
  for (let k = c.first; k < c.last; k++) if (ctx.tokens.kind(k) === NUM) return true;
  return false;
}

function opensGluedPhrase(ctx: Ctx, c: Candidate, trigger: number): boolean {
  return c.first === trigger && c.last - c.first >= 2 && isCapitalized(ctx, trigger);
}

function crossesLine(ctx: Ctx, c: Candidate): boolean {
  for (let k = c.first + 1; k < c.last; k++) if (ctx.tokens.newline(k)) return true;
  return false;
}

/** Keeps the longest hits that do not overlap; ties go to the earlier parser in the configuration. */
export function dropOverlaps(hits: readonly Candidate[], table: TriggerTable): Candidate[] {
  if (hits.length < 2) return hits.slice();
  // Most documents have no overlapping hits: then all are kept, in text order.
  const inOrder = hits.slice().sort((a, b) => a.first - b.first);
  let overlap = false;
  for (let k = 1; k < inOrder.length && !overlap; k++) overlap = inOrder[k].first < inOrder[k - 1].last;
  if (!overlap) return inOrder;
  const rank = hits.map((c) => table.order.get(c.parser) ?? 0);
  const ranked = hits.map((_, k) => k);
  ranked.sort((x, y) => {
    const a = hits[x];
    const b = hits[y];
    return b.last - b.first - (a.last - a.first) || rank[x] - rank[y] || a.first - b.first;
  });
  let lastToken = 0;
  for (const c of hits) if (c.last > lastToken) lastToken = c.last;
  const used = new Uint8Array(lastToken);
  const taken: Candidate[] = [];
  for (const k of ranked) {
    const c = hits[k];
    let free = true;
    for (let t = c.first; t < c.last && free; t++) if (used[t] === 1) free = false;
    if (!free) continue;
    used.fill(1, c.first, c.last);
    taken.push(c);
  }
  return taken.sort((a, b) => a.first - b.first);
}
