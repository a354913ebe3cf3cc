/** Times one system over the corpus inside the current process and samples its memory. */
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
  /** Documents processed in the timed pass. */
  documents: number;
  /** False when the time budget ran out before the end of the corpus. */
  complete: boolean;
  /** UTF-8 bytes processed in the timed pass. */
  bytes: number;
  seconds: number;
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
 * Warms up on the first documents, then times one pass over all of them, or over as many as fit in
 * `budgetSeconds` (a slow peer must not hold the shared machine for ten minutes); sampling memory
 * is not timed.
 */
export function measure(
  system: string,
  run: ProcessDocument,
  documents: readonly BenchDocument[],
  warmup: number,
  budgetSeconds = Infinity,
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
  return {
    system,
    documents: done,
    complete: done === documents.length,
    bytes,
    seconds: Number(nanoseconds) / 1e9,
    items,
    warmupDocuments,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    peakHeapMB: Math.max(...samples.map((s) => s.heapUsedMB)),
    samples,
  };
}
