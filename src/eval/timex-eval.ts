/**
 * Runs Annalist's temporal tagger over the development sets in ../shared/data and scores it the
 * TempEval-3 way. System timexes go through the TimeML writer and reader, exactly as
 * `annalist timeml` + `npm run eval:timex` would see them, so the figures agree.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readTimeML, writeTimeML, type TimeMLDocument, type TimexToWrite } from '../timeml/index.js';
import { tagTimeML, type TypeChoice } from '../timeml/tag.js';
import { sharedFile } from '../testing/shared.js';
import { metricsOf, scoreFile, totalCounts, type FileScore, type TimexCounts, type TimexMetrics } from './timex-score.js';
import { readTimeMLFile, timemlFiles } from './timex-files.js';

export type TimexFigure = 'strict' | 'relaxed' | 'value' | 'type';
export const TIMEX_FIGURES: readonly TimexFigure[] = ['strict', 'relaxed', 'value', 'type'];

export interface TimexDevSet {
  name: string;
  /** Path parts under ../shared. */
  parts: readonly string[];
  documentType: TypeChoice;
  /** Project targets, F1 in percent. */
  targets: Partial<Record<TimexFigure, number>>;
}

export const TIMEX_DEV_SETS: readonly TimexDevSet[] = [
  { name: 'TimeBank', parts: ['data', 'tbaq-cleaned', 'TimeBank'], documentType: 'auto', targets: { strict: 87, relaxed: 93, value: 84, type: 89 } },
  { name: 'AQUAINT', parts: ['data', 'tbaq-cleaned', 'AQUAINT'], documentType: 'auto', targets: { strict: 83, relaxed: 93, value: 78 } },
  { name: 'WikiWars', parts: ['data', 'wikiwars-dev', 'tml'], documentType: 'auto', targets: { relaxed: 94, value: 85 } },
];

export interface TimexSetResult {
  name: string;
  /** Why the set was not run (its folder is absent). */
  skipped?: string;
  files: FileScore[];
  total: TimexCounts;
  metrics: TimexMetrics;
  targets: Partial<Record<TimexFigure, number>>;
  /** Timexes the writer had to drop or adjust to keep the XML well-formed. */
  dropped: number;
  adjusted: number;
  seconds: number;
  /** Plain text of each file by name, kept only when asked for (to show errors in context). */
  texts?: Map<string, string>;
}

/** Finds the timexes of a document: Annalist's tagger, or another one under test. */
export type TimexTagger = (document: TimeMLDocument, name: string, documentType: TypeChoice) => readonly TimexToWrite[];

/** The system's version of one gold file, as it would be written and read back. */
export function systemVersion(
  gold: TimeMLDocument,
  name: string,
  documentType: TypeChoice,
  tagger: TimexTagger = tagTimeML,
): { system: TimeMLDocument; dropped: number; adjusted: number } {
  const written = writeTimeML(gold, tagger(gold, name, documentType));
  return { system: readTimeML(written.xml), dropped: written.dropped.length, adjusted: written.adjusted };
}

/** Runs `work`, prefixing any error with the file it was about, so a tagger crash says where. */
function withFileName<T>(path: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw new Error(`${path}: tagging failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function evaluateTimexFolder(
  dir: string,
  documentType: TypeChoice,
  keepTexts = false,
  tagger: TimexTagger = tagTimeML,
): Omit<TimexSetResult, 'name' | 'targets'> {
  const started = process.hrtime.bigint();
  const files: FileScore[] = [];
  const texts = keepTexts ? new Map<string, string>() : undefined;
  let dropped = 0;
  let adjusted = 0;
  for (const name of timemlFiles(dir)) {
    const gold = readTimeMLFile(join(dir, name));
    const version = withFileName(join(dir, name), () => systemVersion(gold, basename(name), documentType, tagger));
    files.push(scoreFile(name, gold, version.system));
    texts?.set(name, gold.text);
    dropped += version.dropped;
    adjusted += version.adjusted;
  }
  const total = totalCounts(files);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { files, total, metrics: metricsOf(total), dropped, adjusted, seconds, ...(texts ? { texts } : {}) };
}

export function evaluateTimexSet(set: TimexDevSet, keepTexts = false): TimexSetResult {
  const dir = sharedFile(...set.parts);
  if (!dir || readdirSync(dir).length === 0) {
    const total = totalCounts([]);
    const skipped = `../shared/${set.parts.join('/')} is absent`;
    return { name: set.name, skipped, files: [], total, metrics: metricsOf(total), targets: set.targets, dropped: 0, adjusted: 0, seconds: 0 };
  }
  return { name: set.name, targets: set.targets, ...evaluateTimexFolder(dir, set.documentType, keepTexts) };
}

/** F1 of a figure, in percent. */
export function figure(result: TimexSetResult, which: TimexFigure): number {
  return result.metrics[which].f1 * 100;
}
