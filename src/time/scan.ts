/**
 * The one pass over the tokens: each word is looked up in a trigger map and only the parsers it
 * wakes run there; numbers wake the numeric parsers. Overlapping hits are then resolved, longest first.
 */
import type { Ctx, Parser } from './grammar.js';
import type { Candidate } from './types.js';

export interface TriggerTable {
  byWord: ReadonlyMap<string, readonly Parser[]>;
  numeric: readonly Parser[];
  order: ReadonlyMap<string, number>;
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
  return { byWord, numeric, order };
}

/** Runs the woken parsers at each token; returns every hit. */
export function scan(ctx: Ctx, table: TriggerTable): Candidate[] {
  const hits: Candidate[] = [];
  const tokens = ctx.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const parsers = t.kind === 'num' ? table.numeric : t.kind === 'word' ? table.byWord.get(t.lower) : undefined;
    if (!parsers) continue;
    // a word split off a glued one ("MindSpring") only counts when digits back it ("ImagesNovember 1956")
    const gluedWord = t.kind === 'word' && !t.spaced && tokens[i - 1]?.kind === 'word';
    for (const p of parsers) {
      const hit = p.parse(ctx, i);
      if (hit && hit.last > hit.first && !crossesLine(ctx, hit) && (!gluedWord || holdsNumber(ctx, hit))) hits.push(hit);
    }
  }
  return hits;
}

function holdsNumber(ctx: Ctx, c: Candidate): boolean {
  for (let k = c.first; k < c.last; k++) if (ctx.tokens[k].kind === 'num') return true;
  return false;
}

function crossesLine(ctx: Ctx, c: Candidate): boolean {
  for (let k = c.first + 1; k < c.last; k++) if (ctx.tokens[k].newline) return true;
  return false;
}

/** Keeps the longest hits that do not overlap; ties go to the earlier parser in the configuration. */
export function dropOverlaps(hits: readonly Candidate[], table: TriggerTable): Candidate[] {
  const ranked = [...hits].sort(
    (a, b) => b.last - b.first - (a.last - a.first) || (table.order.get(a.parser) ?? 0) - (table.order.get(b.parser) ?? 0) || a.first - b.first,
  );
  const taken: Candidate[] = [];
  const used = new Set<number>();
  for (const c of ranked) {
    let free = true;
    for (let k = c.first; k < c.last && free; k++) if (used.has(k)) free = false;
    if (!free) continue;
    for (let k = c.first; k < c.last; k++) used.add(k);
    taken.push(c);
  }
  return taken.sort((a, b) => a.first - b.first);
}
