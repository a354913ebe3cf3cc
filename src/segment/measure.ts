/**
 * Recovery rate of caption/credit pairs on generated glued galleries (see generate.ts), the media
 * items wrongly found in the caption-free development documents (TimeBank, AQUAINT, WikiWars), and
 * the throughput of segmentText on prose (State of the Union addresses, TimeBank/AQUAINT news).
 * Run: npx tsx src/segment/measure.ts [documents] [seed]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCorpus } from '../bench/corpus.js';
import { sharedFile } from '../testing/shared.js';
import { segmentText } from './index.js';
import { sampleDocuments, type GeneratedDocument, type GeneratedPair } from './generate.js';
import { segmentationProblems } from './invariants.js';

export interface RecoveryReport {
  documents: number;
  expectedPairs: number;
  recoveredPairs: number;
  /** Media items found that match no expected pair. */
  spuriousPairs: number;
  /** Documents whose body paragraph count was wrong or whose spans broke an invariant. */
  unsoundDocuments: number;
  rate: number;
  /** A few pairs that were not recovered, for reading. */
  misses: GeneratedPair[];
}

const key = (p: GeneratedPair): string => `${p.caption}\u0000${p.credit}`;

/** Pairs recovered exactly (caption and credit text), counted as a multiset. */
export function measureRecovery(docs: readonly GeneratedDocument[]): RecoveryReport {
  const report: RecoveryReport = { documents: docs.length, expectedPairs: 0, recoveredPairs: 0, spuriousPairs: 0, unsoundDocuments: 0, rate: 0, misses: [] };
  for (const doc of docs) {
    const seg = segmentText(doc.text);
    const found = new Map<string, number>();
    for (const m of seg.media) {
      const k = key({ caption: m.caption.text, credit: m.credit.text });
      found.set(k, (found.get(k) ?? 0) + 1);
    }
    for (const pair of doc.pairs) {
      report.expectedPairs++;
      const left = found.get(key(pair)) ?? 0;
      if (left > 0) {
        report.recoveredPairs++;
        found.set(key(pair), left - 1);
      } else if (report.misses.length < 10) report.misses.push(pair);
    }
    for (const left of found.values()) report.spuriousPairs += left;
    const bodies = seg.paragraphs.filter((p) => p.kind !== 'captions').length;
    if (bodies !== doc.bodyParagraphs || segmentationProblems(doc.text, seg).length > 0) report.unsoundDocuments++;
  }
  report.rate = report.expectedPairs === 0 ? 1 : report.recoveredPairs / report.expectedPairs;
  return report;
}

export interface FalseMediaReport {
  documents: number;
  media: number;
  paragraphs: number;
}

const DEV_FOLDERS = ['tbaq-cleaned/TimeBank', 'tbaq-cleaned/AQUAINT', 'wikiwars-dev/tml'];

/** The TEXT of a TimeML file with its tags removed (the tags never hold the story's words). */
function timemlText(file: string): string {
  const raw = readFileSync(file, 'utf8');
  const open = raw.indexOf('<TEXT>');
  const close = raw.lastIndexOf('</TEXT>');
  const body = open >= 0 && close > open ? raw.slice(open + '<TEXT>'.length, close) : raw;
  return body.replace(/<[^<>]*>/g, '');
}

/** Media items found in news and history texts that hold no captions; undefined without ../shared. */
export function measureFalseMedia(): FalseMediaReport | undefined {
  const root = sharedFile('data');
  if (!root) return undefined;
  const report: FalseMediaReport = { documents: 0, media: 0, paragraphs: 0 };
  for (const folder of DEV_FOLDERS) {
    const dir = join(root, folder);
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.tml'))) {
      const seg = segmentText(timemlText(join(dir, name)));
      report.documents++;
      report.media += seg.media.length;
      report.paragraphs += seg.paragraphs.length;
    }
  }
  return report;
}

export interface ThroughputReport {
  /** UTF-8 megabytes (10^6 bytes) segmented per pass. */
  megabytes: number;
  /** Seconds of the fastest pass. */
  seconds: number;
  /** Timed passes. */
  passes: number;
  /** Megabytes per second of the fastest pass. */
  rate: number;
}

/** Timed passes: at least this many, and more until this many seconds have gone. */
const MIN_PASSES = 5;
const MIN_SECONDS = 1;

/**
 * Throughput of segmentText over `texts`: two warm-up passes (so the JIT has compiled the hot
 * code, as after the benchmark's warm-up documents), then the fastest of the timed passes, since
 * the machine is shared and slower passes measure other work.
 */
export function measureThroughput(texts: readonly string[]): ThroughputReport {
  const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0) / 1e6;
  for (let pass = 0; pass < 2; pass++) for (const text of texts) segmentText(text);
  let seconds = Infinity;
  let passes = 0;
  for (const begun = performance.now(); passes < MIN_PASSES || performance.now() - begun < MIN_SECONDS * 1000; passes++) {
    const started = performance.now();
    for (const text of texts) segmentText(text);
    seconds = Math.min(seconds, (performance.now() - started) / 1000);
  }
  return { megabytes, seconds, passes, rate: megabytes / seconds };
}

/** TimeBank and AQUAINT news texts with their tags removed; empty without ../shared. */
function devNewsTexts(): string[] {
  const root = sharedFile('data');
  if (!root) return [];
  return DEV_FOLDERS.filter((folder) => folder.startsWith('tbaq'))
    .flatMap((folder) => readdirSync(join(root, folder)).filter((f) => f.endsWith('.tml')).map((f) => join(root, folder, f)))
    .map(timemlText);
}

function printThroughput(name: string, report: ThroughputReport): void {
  console.log(`segmentText on ${name}: ${report.rate.toFixed(1)} MB/s (${report.megabytes.toFixed(2)} MB in ${report.seconds.toFixed(3)} s, fastest of ${report.passes} passes after 2 warm-up passes)`);
}

/** Megabytes of State of the Union text for the throughput measure. */
const THROUGHPUT_MEGABYTES = 3;

function main(): void {
  // Throughput first, on prose only, as the benchmark runs it (caption-heavy input trains the JIT otherwise).
  printThroughput(`State of the Union prose`, measureThroughput(buildCorpus(THROUGHPUT_MEGABYTES).documents.map((doc) => doc.text)));
  const news = devNewsTexts();
  if (news.length > 0) printThroughput(`${news.length} TimeBank/AQUAINT news texts`, measureThroughput(news));
  const count = Number(process.argv[2] ?? 500);
  const seed = Number(process.argv[3] ?? 1956);
  const report = measureRecovery(sampleDocuments(count, seed));
  const percent = (report.rate * 100).toFixed(2);
  console.log(`caption/credit pairs recovered exactly: ${report.recoveredPairs}/${report.expectedPairs} = ${percent}% over ${count} generated documents (seed ${seed})`);
  console.log(`spurious media items: ${report.spuriousPairs}; documents with wrong body count or broken spans: ${report.unsoundDocuments}`);
  for (const miss of report.misses) console.log(`  missed: ${JSON.stringify(miss.caption)} | ${JSON.stringify(miss.credit)}`);
  const dev = measureFalseMedia();
  if (dev) console.log(`media items found in ${dev.documents} caption-free development documents (${dev.paragraphs} paragraphs): ${dev.media}`);
  else console.log('development documents (../shared/data) absent: false-media check skipped');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
