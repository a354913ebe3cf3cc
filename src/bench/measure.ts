/**
 * Times one system over the corpus inside the current process and samples its memory: a cold
 * pass (the first, JIT warm-up included) and, time allowing, more passes, the last reported warm;
 * or, in a process of its own, a pass over text it has not read after passes over other text.
 */
import type { BenchDocument } from './corpus.js';
import type { ProcessDocument } from './systems.js';

export interface MemorySample {
  /** Share of the corpus processed when the sample was taken: 0.25, 0.5, 0.75, 1 (or where the budget ran out). */
  fraction: number;
  rssMB: number;
  heapUsedMB: number;
  /** Heap still in use after a full collection: what the system keeps, garbage aside. */
  liveHeapMB: number;
}

export interface Measurement {
  system: string;
  /** Documents processed in the first (cold) pass. */
  documents: number;
  /** False when the time budget ran out before the end of the corpus. */
  complete: boolean;
  /** UTF-8 bytes processed in the first pass. */
  bytes: number;
  /** Seconds of the first pass: a fresh process, so V8 compiling the system's code counts. */
  seconds: number;
  /** Seconds of each whole pass over the corpus run (the first is `seconds` when complete). */
  passSeconds: number[];
  /** Seconds of the last pass when more than one whole pass fit in the budget: steady-state speed. */
  warmSeconds: number | undefined;
  /** Items the system found (timexes, entities, dates...). */
  items: number;
  warmupDocuments: number;
  /** Peak resident set of the whole process (process.resourceUsage().maxRSS). */
  peakRssMB: number;
  /** Largest heapUsed seen at the samples. */
  peakHeapMB: number;
  samples: MemorySample[];
}

const MB = 1024 * 1024;
const SAMPLE_FRACTIONS = [0.25, 0.5, 0.75, 1];

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Memory now, then after a full collection (run with --expose-gc; otherwise both are the same). */
function sample(fraction: number): MemorySample {
  const memory = process.memoryUsage();
  collectGarbage();
  return { fraction, rssMB: memory.rss / MB, heapUsedMB: memory.heapUsed / MB, liveHeapMB: process.memoryUsage().heapUsed / MB };
}

/**
 * Throughput on text the system has not seen before, once it is warm: after `passes` whole passes
 * over `seen`, one timed pass over `unseen`. A system that runs faster on a second reading of the
 * same documents (V8 re-optimising code for paths only new text takes) shows it here, where the
 * warm figure of `measure`, a pass over documents already read, does not.
 */
export interface UnseenMeasurement {
  system: string;
  /** Whole passes over the seen half before the timed one (fewer than asked when the budget ran out). */
  warmPasses: number;
  documents: number;
  bytes: number;
  /** Seconds of the pass over the unseen half; undefined when the budget ran out before it ended. */
  seconds: number | undefined;
}

export function measureUnseen(
  system: string,
  run: ProcessDocument,
  seen: readonly BenchDocument[],
  unseen: readonly BenchDocument[],
  budgetSeconds = Infinity,
  passes = 2,
): UnseenMeasurement {
  const budget = BigInt(Math.min(Math.round(budgetSeconds * 1e9), Number.MAX_SAFE_INTEGER));
  let spent = 0n;
  let warmPasses = 0;
  while (warmPasses < passes) {
    const pass = timedPass(run, seen, budget - spent);
    if (pass === undefined) break;
    spent += pass;
    warmPasses++;
  }
  const pass = timedPass(run, unseen, budget - spent);
  let bytes = 0;
  for (const document of unseen) bytes += Buffer.byteLength(document.text, 'utf8');
  return { system, warmPasses, documents: unseen.length, bytes, seconds: pass === undefined ? undefined : Number(pass) / 1e9 };
}

/** Seconds of one more whole pass, or undefined when it would not fit in what is left of the budget. */
function timedPass(run: ProcessDocument, documents: readonly BenchDocument[], budget: bigint): bigint | undefined {
  let nanoseconds = 0n;
  for (const document of documents) {
    if (nanoseconds >= budget) return undefined;
    const started = process.hrtime.bigint();
    run(document);
    nanoseconds += process.hrtime.bigint() - started;
  }
  return nanoseconds;
}

/**
 * Warms up on the first documents, then times a first pass over all of them, or over as many as
 * fit in `budgetSeconds` (a slow peer must not hold the shared machine for ten minutes), sampling
 * memory (not timed). Then, while the budget lasts, up to `passes - 1` more passes: the last is
 * the warm figure, once V8 has compiled what the system runs most.
 */
export function measure(
  system: string,
  run: ProcessDocument,
  documents: readonly BenchDocument[],
  warmup: number,
  budgetSeconds = Infinity,
  passes = 1,
): Measurement {
  const warmupDocuments = Math.min(warmup, documents.length);
  for (let i = 0; i < warmupDocuments; i++) run(documents[i]);
  collectGarbage();
  const checkpoints = new Set(SAMPLE_FRACTIONS.map((fraction) => Math.max(1, Math.round(fraction * documents.length))));
  const budget = BigInt(Math.min(Math.round(budgetSeconds * 1e9), Number.MAX_SAFE_INTEGER));
  const samples: MemorySample[] = [];
  let nanoseconds = 0n;
  let items = 0;
  let done = 0;
  while (done < documents.length && nanoseconds < budget) {
    const started = process.hrtime.bigint();
    items += run(documents[done]);
    nanoseconds += process.hrtime.bigint() - started;
    done++;
    if (checkpoints.has(done)) samples.push(sample(done / documents.length));
  }
  if (samples.length === 0 || samples[samples.length - 1].fraction !== done / documents.length) samples.push(sample(done / documents.length));
  let bytes = 0;
  for (let i = 0; i < done; i++) bytes += Buffer.byteLength(documents[i].text, 'utf8');
  const complete = done === documents.length;
  const passSeconds = complete ? [Number(nanoseconds) / 1e9] : [];
  let spent = nanoseconds;
  while (complete && passSeconds.length < passes) {
    const pass = timedPass(run, documents, budget - spent);
    if (pass === undefined) break;
    spent += pass;
    passSeconds.push(Number(pass) / 1e9);
  }
  return {
    system,
    documents: done,
    complete,
    bytes,
    seconds: Number(nanoseconds) / 1e9,
    passSeconds,
    warmSeconds: passSeconds.length > 1 ? passSeconds[passSeconds.length - 1] : undefined,
    items,
    warmupDocuments,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    peakHeapMB: Math.max(...samples.map((s) => s.heapUsedMB)),
    samples,
  };
}
