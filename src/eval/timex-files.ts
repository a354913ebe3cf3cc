/** Scores a folder of system TimeML files against a folder of gold ones, matched by file name. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { readTimeML, type TimeMLDocument } from '../timeml/index.js';
import { metricsOf, scoreFile, totalCounts, type FileScore, type TimexCounts } from './timex-score.js';
import { formatTable, percent } from './table.js';

export interface FolderScore {
  files: FileScore[];
  total: TimexCounts;
  /** Gold files with no system file of the same name (scored as if the system found nothing). */
  missing: string[];
  /** System files with no gold file of the same name (not scored). */
  extra: string[];
}

/** TimeML files of a folder, sorted by name. */
export function timemlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.(tml|xml)$/i.test(name))
    .sort();
}

export function readTimeMLFile(path: string): TimeMLDocument {
  try {
    return readTimeML(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function scoreFolders(goldDir: string, systemDir: string): FolderScore {
  const files: FileScore[] = [];
  const missing: string[] = [];
  for (const name of timemlFiles(goldDir)) {
    const gold = readTimeMLFile(join(goldDir, name));
    const systemPath = join(systemDir, name);
    if (!existsSync(systemPath)) {
      missing.push(name);
      files.push(scoreFile(name, gold, { text: gold.text, timexes: [] }));
      continue;
    }
    files.push(scoreFile(name, gold, readTimeMLFile(systemPath)));
  }
  const goldNames = new Set(timemlFiles(goldDir));
  const extra = timemlFiles(systemDir).filter((name) => !goldNames.has(name));
  return { files, total: totalCounts(files), missing, extra };
}

export const TIMEX_HEADER = ['', 'files', 'gold', 'system', 'strict P', 'R', 'F1', 'relaxed P', 'R', 'F1', 'value F1', 'type F1'];

/** One table row of figures for a set of counts. */
export function timexRow(label: string, files: number, counts: TimexCounts): string[] {
  const m = metricsOf(counts);
  return [
    label,
    String(files),
    String(counts.gold),
    String(counts.system),
    percent(m.strict.precision),
    percent(m.strict.recall),
    percent(m.strict.f1),
    percent(m.relaxed.precision),
    percent(m.relaxed.recall),
    percent(m.relaxed.f1),
    percent(m.value.f1),
    percent(m.type.f1),
  ];
}

export function formatFolderScore(score: FolderScore, perFile: boolean): string {
  const rows = perFile ? score.files.map((file) => timexRow(file.name, 1, file.counts)) : [];
  rows.push(timexRow('all', score.files.length, score.total));
  return formatTable(TIMEX_HEADER, rows);
}
