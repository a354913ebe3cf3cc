#!/usr/bin/env node
/**
 * `npm run bench [-- --mb N] [-- --only a,b] [-- --rounds N] [-- --warmup N] [-- --json]`: throughput
 * and memory of Annalist beside chrono-node, wink-nlp and compromise on State of the Union addresses
 * cut into article-sized documents. Each system runs alone in its own child process, one after
 * another, so its peak RSS is its own; the whole set runs several rounds, in a rotated order, and
 * each system is reported by its median round, because a shared machine's load drifts. Each child
 * times its first pass over the corpus (cold: a fresh process, V8 compiling as it goes) and, within
 * its budget, further passes, the last reported as warm (steady state). A second child per system
 * and round reads half the addresses, then times the other half: warm speed on text not read
 * before, which the warm passes over the same documents overstate for code that V8 re-optimises
 * as new text takes new paths. Not a test: timings depend on the machine and its load.
 */
import { fork } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCorpus } from './corpus.js';
import type { Measurement, UnseenMeasurement } from './measure.js';
import { BENCH_COMPARISONS, BENCH_SYSTEMS, type BenchSystem } from './systems.js';
import { formatTable } from '../eval/table.js';

const USAGE = 'usage: npm run bench -- [--mb N (default 10)] [--only SYSTEM,...] [--rounds N (default 3)] [--warmup DOCS (default 30)] [--passes N over the corpus per system and round, the last reported warm (default 3)] [--budget SECONDS per system and round (default 60)] [--json]';

interface BenchOptions {
  megabytes: number;
  warmup: number;
  budget: number;
  rounds: number;
  passes: number;
  systems: BenchSystem[];
  json: boolean;
}

function positiveNumber(text: string | undefined, fallback: number, option: string): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${option} must be a positive number, not "${text}"`);
  return value;
}

function options(argv: string[]): BenchOptions | undefined {
  const { values } = parseArgs({
    args: argv,
    options: { mb: { type: 'string' }, only: { type: 'string' }, rounds: { type: 'string' }, passes: { type: 'string' }, warmup: { type: 'string' }, budget: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return undefined;
  const names = values.only ? values.only.split(',').map((n) => n.trim()) : BENCH_SYSTEMS.map((s) => s.name);
  const unknown = names.filter((n) => !BENCH_SYSTEMS.some((s) => s.name === n));
  if (unknown.length > 0) throw new Error(`unknown system ${unknown.join(', ')} (have: ${BENCH_SYSTEMS.map((s) => s.name).join(', ')})`);
  return {
    megabytes: positiveNumber(values.mb, 10, '--mb'),
    warmup: Math.round(positiveNumber(values.warmup, 30, '--warmup')),
    budget: positiveNumber(values.budget, 60, '--budget'),
    rounds: Math.round(positiveNumber(values.rounds, 3, '--rounds')),
    passes: Math.round(positiveNumber(values.passes, 3, '--passes')),
    systems: BENCH_SYSTEMS.filter((s) => names.includes(s.name)),
    json: values.json === true,
  };
}

function runChild<T>(system: BenchSystem, { megabytes, warmup, budget, passes }: BenchOptions, mode: 'corpus' | 'unseen'): Promise<T> {
  const worker = fileURLToPath(new URL('./worker.js', import.meta.url));
  return new Promise((resolve, reject) => {
    let result: T | undefined;
    const child = fork(worker, [system.name, String(megabytes), String(warmup), String(budget), String(passes), mode], { execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.on('message', (message) => {
      result = message as T;
    });
    child.on('error', reject);
    child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`${system.name}: child exited with code ${code} before reporting`))));
  });
}

const BASELINE = 'baseline';
const mbPerSecond = (m: Measurement): number => m.bytes / 1e6 / m.seconds;
/** Steady-state throughput: the last whole pass, when more than one fit in the budget. */
const warmMbPerSecond = (m: Measurement): number | undefined => (m.warmSeconds === undefined ? undefined : m.bytes / 1e6 / m.warmSeconds);
const unseenMbPerSecond = (m: UnseenMeasurement | undefined): number | undefined => (m?.seconds === undefined ? undefined : m.bytes / 1e6 / m.seconds);
const fixed = (value: number, digits = 1): string => value.toFixed(digits);

function median(values: readonly number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? undefined : sorted[(sorted.length - 1) >> 1];
}

/** Median over the rounds of the warm throughput, from the rounds that have one. */
function medianWarm(runs: SystemRuns): number | undefined {
  return median(runs.rounds.flatMap((m) => warmMbPerSecond(m) ?? []));
}

/** Median over the rounds of the throughput on unseen text. */
function medianUnseen(runs: SystemRuns): number | undefined {
  return median(runs.unseen.flatMap((m) => unseenMbPerSecond(m) ?? []));
}

/** All rounds of one system, and the round with the median throughput, which the table shows. */
interface SystemRuns {
  rounds: Measurement[];
  median: Measurement;
  /** The unseen-text child of each round (none for the baseline). */
  unseen: UnseenMeasurement[];
}

function medianRun(rounds: Measurement[]): Measurement {
  const sorted = [...rounds].sort((a, b) => mbPerSecond(a) - mbPerSecond(b));
  return sorted[(sorted.length - 1) >> 1];
}

/** A rate to two decimals, or '-' when there is none. */
const rateText = (rate: number | undefined): string => (rate === undefined ? '-' : fixed(rate, 2));

/** The rate of each round, as "4.21 4.38 4.02". */
function ratesByRound<M>(rounds: readonly M[], rate: (m: M) => number | undefined): string {
  return rounds.map((m) => rateText(rate(m))).join(' ');
}

function throughputTable(runs: readonly SystemRuns[]): string {
  const byRound = (r: SystemRuns, rate: (m: Measurement) => number | undefined): string => (r.median.system === BASELINE ? r.rounds.map(() => '-').join(' ') : ratesByRound(r.rounds, rate));
  const coldRounds = new Map(runs.map((r) => [r.median.system, byRound(r, mbPerSecond)]));
  const warmRounds = new Map(runs.map((r) => [r.median.system, byRound(r, warmMbPerSecond)]));
  const warm = new Map(runs.map((r) => [r.median.system, medianWarm(r)]));
  const header = ['system', 'docs', 'MB', 'cold s', 'cold MB/s', 'cold MB/s by round', 'cold docs/s', 'warm MB/s', 'warm MB/s by round', 'unseen MB/s', 'unseen MB/s by round', 'peak RSS MB', 'peak heap MB', 'RSS MB at share of corpus', 'live heap MB after GC', 'items'];
  const rows = runs.map(({ median: m }, k) => [
    m.complete ? m.system : `${m.system} (budget hit)`,
    String(m.documents),
    fixed(m.bytes / 1e6),
    fixed(m.seconds, 2),
    m.system === BASELINE ? '-' : fixed(mbPerSecond(m), 2),
    coldRounds.get(m.system) ?? '',
    m.system === BASELINE ? '-' : fixed(m.documents / m.seconds, 0),
    m.system === BASELINE || warm.get(m.system) === undefined ? '-' : fixed(warm.get(m.system)!, 2),
    warmRounds.get(m.system) ?? '',
    rateText(medianUnseen(runs[k])),
    ratesByRound(runs[k].unseen, unseenMbPerSecond),
    fixed(m.peakRssMB, 0),
    fixed(m.peakHeapMB, 0),
    m.samples.map((s) => `${fixed(s.rssMB, 0)}@${Math.round(s.fraction * 100)}%`).join(' '),
    m.samples.map((s) => fixed(s.liveHeapMB, 0)).join(' '),
    String(m.items),
  ]);
  return formatTable(header, rows);
}

/** Ratios of the medians, with the ratio within each round beside them (both ran under the same load). */
function comparisons(runs: readonly SystemRuns[]): string[] {
  const byName = new Map(runs.map((r) => [r.median.system, r]));
  return BENCH_COMPARISONS.flatMap(([system, peer]) => {
    const a = byName.get(system);
    const b = byName.get(peer);
    if (!a || !b) return [];
    const memory = a.median.peakRssMB / b.median.peakRssMB;
    const rounds = (rate: (m: Measurement) => number | undefined): string => ratiosByRound(a.rounds, b.rounds, rate);
    const warmA = medianWarm(a);
    const warmB = medianWarm(b);
    const warm = warmA === undefined || warmB === undefined ? 'no warm pass (budget)' : `${fixed(warmA / warmB, 2)}x warm (by round: ${rounds(warmMbPerSecond)})`;
    const unseenA = medianUnseen(a);
    const unseenB = medianUnseen(b);
    const unseen = unseenA === undefined || unseenB === undefined ? 'no unseen pass (budget)' : `${fixed(unseenA / unseenB, 2)}x warm on unseen text (by round: ${ratiosByRound(a.unseen, b.unseen, unseenMbPerSecond)})`;
    return [`${system}: ${fixed(mbPerSecond(a.median) / mbPerSecond(b.median), 2)}x the throughput of ${peer} cold (by round: ${rounds(mbPerSecond)}), ${warm}, ${unseen}; ${fixed(memory, 2)}x its peak RSS`];
  });
}

/** The ratio of two systems' rates in each round (both ran under the same load), as "0.81x 0.77x". */
function ratiosByRound<M>(ours: readonly M[], theirs: readonly M[], rate: (m: M) => number | undefined): string {
  return ours
    .map((m, k) => {
      const x = rate(m);
      const y = theirs[k] === undefined ? undefined : rate(theirs[k]);
      return x === undefined || y === undefined ? '-' : `${fixed(x / y, 2)}x`;
    })
    .join(' ');
}

/** Round r runs the systems starting at the r-th, so no system always runs first or last. */
function rotated<T>(items: readonly T[], by: number): T[] {
  const k = items.length === 0 ? 0 : by % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

async function main(argv: string[]): Promise<number> {
  const chosen = options(argv);
  if (!chosen) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const corpus = buildCorpus(chosen.megabytes);
  const about = `corpus: ${corpus.documents.length} documents, ${fixed(corpus.bytes / 1e6, 2)} MB UTF-8 from ${corpus.addresses} State of the Union addresses` +
    (corpus.passes > 1 ? ` (the addresses repeated ${corpus.passes} times to reach ${chosen.megabytes} MB)` : '') +
    `; ${chosen.rounds} round(s), ${chosen.warmup} warm-up documents, then up to ${chosen.passes} pass(es) over the corpus per system and round: the first reported cold, the last warm; at most ${chosen.budget} s per system and round; Node ${process.version}`;
  if (!chosen.json) process.stderr.write(about + '\n');
  const rounds = new Map<string, Measurement[]>(chosen.systems.map((s) => [s.name, []]));
  const unseen = new Map<string, UnseenMeasurement[]>(chosen.systems.map((s) => [s.name, []]));
  for (let round = 0; round < chosen.rounds; round++) {
    for (const system of rotated(chosen.systems, round)) {
      if (!chosen.json) process.stderr.write(`round ${round + 1}/${chosen.rounds}: ${system.name}: ${system.description}...\n`);
      rounds.get(system.name)?.push(await runChild<Measurement>(system, chosen, 'corpus'));
      if (system.name !== BASELINE) unseen.get(system.name)?.push(await runChild<UnseenMeasurement>(system, chosen, 'unseen'));
    }
  }
  const runs: SystemRuns[] = chosen.systems.map((s) => {
    const all = rounds.get(s.name) ?? [];
    return { rounds: all, median: medianRun(all), unseen: unseen.get(s.name) ?? [] };
  });
  if (chosen.json) {
    const results = runs.map((r) => ({ ...r.median, warmMBps: medianWarm(r), unseenMBps: medianUnseen(r), unseen: r.unseen, rounds: r.rounds.map((m) => ({ seconds: m.seconds, warmSeconds: m.warmSeconds, passSeconds: m.passSeconds, bytes: m.bytes, peakRssMB: m.peakRssMB, complete: m.complete })) }));
    process.stdout.write(JSON.stringify({ corpus: { documents: corpus.documents.length, bytes: corpus.bytes, passes: corpus.passes }, rounds: chosen.rounds, results }, null, 2) + '\n');
  } else {
    const partial = runs.some((r) => r.rounds.some((m) => !m.complete)) ? ['', 'A system marked "budget hit" ran out of time: its figures cover the documents it reached (raise --budget).'] : [];
    const legend = [
      '',
      'cold: the first pass over the corpus in a fresh process, V8 compiling the code as it runs; warm: the last of the passes, once the hot code is compiled (steady-state throughput) and the documents already read;',
      `unseen: in another fresh process, ${chosen.passes} pass(es) over the documents of half the addresses, then one timed pass over those of the other half (warm code, new text).`,
    ];
    process.stdout.write([about, '', throughputTable(runs), ...legend, '', ...comparisons(runs), ...partial].join('\n') + '\n');
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`bench: ${(error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ')}\n`);
      process.exitCode = 1;
    },
  );
}
