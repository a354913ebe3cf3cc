/**
 * TempEval-3 style scoring of time expressions.
 *
 * Per file, gold and system timexes are aligned one to one: identical extents first, then the
 * remaining pairs that share at least one character, largest overlap first. Every aligned pair is a
 * relaxed match; pairs with identical extents are strict matches. Value and type are judged over
 * relaxed matches: precision = correct attribute / system timexes, recall = correct / gold timexes.
 * Figures are micro-averaged over all files.
 */

export interface ScoredTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  mod?: string;
}

export interface AnnotatedText {
  text: string;
  timexes: readonly ScoredTimex[];
}

export interface TimexCounts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  value: number;
  type: number;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface TimexMetrics {
  strict: PRF;
  relaxed: PRF;
  value: PRF;
  type: PRF;
}

export interface TimexPair {
  gold: ScoredTimex;
  system: ScoredTimex;
}

/** What went wrong in one file, for the tagger's author to study. */
export interface TimexErrors {
  /** System timexes matching no gold one. */
  falsePositives: ScoredTimex[];
  /** Gold timexes no system one matched. */
  falseNegatives: ScoredTimex[];
  /** Relaxed matches whose extents differ. */
  wrongExtent: TimexPair[];
  wrongValue: TimexPair[];
  wrongType: TimexPair[];
}

export interface FileScore {
  name: string;
  counts: TimexCounts;
  errors: TimexErrors;
}

export class TextMismatchError extends Error {
  constructor(name: string, offset: number) {
    super(`${name}: the system's text differs from the gold text at character ${offset}`);
    this.name = 'TextMismatchError';
  }
}

export function emptyCounts(): TimexCounts {
  return { gold: 0, system: 0, strict: 0, relaxed: 0, value: 0, type: 0 };
}

export function addCounts(a: TimexCounts, b: TimexCounts): TimexCounts {
  return {
    gold: a.gold + b.gold,
    system: a.system + b.system,
    strict: a.strict + b.strict,
    relaxed: a.relaxed + b.relaxed,
    value: a.value + b.value,
    type: a.type + b.type,
  };
}

function overlap(a: ScoredTimex, b: ScoredTimex): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/**
 * Every (gold, system) pair sharing a character, found without comparing all pairs: system
 * timexes sorted by start, and a running maximum of their ends tells when to stop looking back.
 */
function overlappingPairs(gold: readonly ScoredTimex[], system: readonly ScoredTimex[]): { g: number; s: number; size: number }[] {
  const order = system.map((_, index) => index).sort((a, b) => system[a].start - system[b].start);
  const maxEnd: number[] = [];
  order.forEach((index, position) => maxEnd.push(Math.max(position > 0 ? maxEnd[position - 1] : -Infinity, system[index].end)));
  const pairs: { g: number; s: number; size: number }[] = [];
  gold.forEach((g, gi) => {
    let low = 0;
    let high = order.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (system[order[middle]].start < g.end) low = middle + 1;
      else high = middle;
    }
    for (let position = low - 1; position >= 0 && maxEnd[position] > g.start; position--) {
      const size = overlap(g, system[order[position]]);
      if (size > 0) pairs.push({ g: gi, s: order[position], size });
    }
  });
  return pairs;
}

/** One-to-one alignment: identical extents first, then largest overlap first. */
export function alignTimexes(gold: readonly ScoredTimex[], system: readonly ScoredTimex[]): TimexPair[] {
  const pairs: TimexPair[] = [];
  const goldUsed = new Set<number>();
  const systemUsed = new Set<number>();
  const systemByExtent = new Map<string, number[]>();
  system.forEach((timex, index) => {
    const key = `${timex.start}:${timex.end}`;
    systemByExtent.set(key, [...(systemByExtent.get(key) ?? []), index]);
  });
  gold.forEach((timex, index) => {
    const same = systemByExtent.get(`${timex.start}:${timex.end}`)?.find((s) => !systemUsed.has(s));
    if (same === undefined) return;
    pairs.push({ gold: timex, system: system[same] });
    goldUsed.add(index);
    systemUsed.add(same);
  });
  const candidates = overlappingPairs(gold, system).filter(({ g, s }) => !goldUsed.has(g) && !systemUsed.has(s));
  candidates.sort((a, b) => b.size - a.size || a.g - b.g || a.s - b.s);
  for (const { g, s } of candidates) {
    if (goldUsed.has(g) || systemUsed.has(s)) continue;
    pairs.push({ gold: gold[g], system: system[s] });
    goldUsed.add(g);
    systemUsed.add(s);
  }
  return pairs.sort((a, b) => a.gold.start - b.gold.start);
}

function firstDifference(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return i;
  return length;
}

/** Scores one file. Throws TextMismatchError when the plain texts differ. */
export function scoreFile(name: string, gold: AnnotatedText, system: AnnotatedText): FileScore {
  if (gold.text !== system.text) throw new TextMismatchError(name, firstDifference(gold.text, system.text));
  const pairs = alignTimexes(gold.timexes, system.timexes);
  const matchedGold = new Set(pairs.map((p) => p.gold));
  const matchedSystem = new Set(pairs.map((p) => p.system));
  const sameExtent = (p: TimexPair): boolean => p.gold.start === p.system.start && p.gold.end === p.system.end;
  const wrongValue = pairs.filter((p) => p.gold.value !== p.system.value);
  const wrongType = pairs.filter((p) => p.gold.type !== p.system.type);
  const wrongExtent = pairs.filter((p) => !sameExtent(p));
  return {
    name,
    counts: {
      gold: gold.timexes.length,
      system: system.timexes.length,
      strict: pairs.length - wrongExtent.length,
      relaxed: pairs.length,
      value: pairs.length - wrongValue.length,
      type: pairs.length - wrongType.length,
    },
    errors: {
      falsePositives: system.timexes.filter((t) => !matchedSystem.has(t)),
      falseNegatives: gold.timexes.filter((t) => !matchedGold.has(t)),
      wrongExtent,
      wrongValue,
      wrongType,
    },
  };
}

export function prf(correct: number, system: number, gold: number): PRF {
  const precision = system === 0 ? 0 : correct / system;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function metricsOf(counts: TimexCounts): TimexMetrics {
  return {
    strict: prf(counts.strict, counts.system, counts.gold),
    relaxed: prf(counts.relaxed, counts.system, counts.gold),
    value: prf(counts.value, counts.system, counts.gold),
    type: prf(counts.type, counts.system, counts.gold),
  };
}

export function totalCounts(files: readonly FileScore[]): TimexCounts {
  return files.reduce((sum, file) => addCounts(sum, file.counts), emptyCounts());
}
