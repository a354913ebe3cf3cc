/**
 * Error lists for the tagger's author: one TSV per development set with every false positive,
 * false negative, wrong extent, wrong value and wrong type, each shown in its context.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScoredTimex, TimexPair } from './timex-score.js';
import type { TimexSetResult } from './timex-eval.js';

const COLUMNS = ['kind', 'file', 'offset', 'gold', 'gold_type', 'gold_value', 'system', 'system_type', 'system_value', 'context'];
const CONTEXT = 50;

function cell(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Up to 50 characters either side, the expression in [brackets], on one line. */
export function inContext(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - CONTEXT), start);
  const after = text.slice(end, end + CONTEXT);
  return cell(`${before}[${text.slice(start, end)}]${after}`);
}

function describe(timex: ScoredTimex | undefined): string[] {
  return timex ? [cell(timex.text), timex.type, timex.mod ? `${timex.value} mod=${timex.mod}` : timex.value] : ['', '', ''];
}

function errorRow(kind: string, file: string, text: string, gold: ScoredTimex | undefined, system: ScoredTimex | undefined): string[] {
  const start = Math.min(gold?.start ?? Infinity, system?.start ?? Infinity);
  const end = Math.max(gold?.end ?? 0, system?.end ?? 0);
  return [kind, file, String(start), ...describe(gold), ...describe(system), inContext(text, start, end)];
}

/** Rows for every error of a set, grouped by kind. */
export function errorRows(result: TimexSetResult): string[][] {
  const rows: string[][] = [];
  const pairRows = (kind: string, file: string, text: string, pairs: TimexPair[]): void => {
    for (const pair of pairs) rows.push(errorRow(kind, file, text, pair.gold, pair.system));
  };
  for (const file of result.files) {
    const text = result.texts?.get(file.name) ?? '';
    for (const timex of file.errors.falseNegatives) rows.push(errorRow('missed', file.name, text, timex, undefined));
    for (const timex of file.errors.falsePositives) rows.push(errorRow('spurious', file.name, text, undefined, timex));
    pairRows('extent', file.name, text, file.errors.wrongExtent);
    pairRows('value', file.name, text, file.errors.wrongValue);
    pairRows('type', file.name, text, file.errors.wrongType);
  }
  const order = ['missed', 'spurious', 'extent', 'value', 'type'];
  return rows.sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]));
}

/** Writes DIR/<set>.tsv for each evaluated set; returns the paths written. */
export function writeTimexErrors(dir: string, results: readonly TimexSetResult[]): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const result of results) {
    if (result.skipped) continue;
    const path = join(dir, `timex-${result.name}.tsv`);
    const lines = [COLUMNS, ...errorRows(result)].map((row) => row.join('\t'));
    writeFileSync(path, lines.join('\n') + '\n', 'utf8');
    written.push(path);
  }
  return written;
}
