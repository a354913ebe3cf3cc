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

const TOP = 15;

function topCounts(keys: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, TOP)
    .map(([key, count]) => `  ${String(count).padStart(4)}  ${key}`);
}

/** Digits become 9 so "1998-01-08 -> 1998-01-09" and "2001-03-04 -> 2001-03-05" group together. */
const shape = (value: string): string => value.replace(/[0-9]/g, '9');

/** The most frequent mistakes of each kind, to say where the tagger loses most. */
export function errorSummary(result: TimexSetResult): string {
  const rows = errorRows(result);
  const of = (kind: string): string[][] => rows.filter((row) => row[0] === kind);
  const lower = (text: string): string => text.toLowerCase();
  const sections: [string, string[]][] = [
    ['missed (gold text)', of('missed').map((row) => lower(row[3]))],
    ['spurious (system text)', of('spurious').map((row) => lower(row[6]))],
    ['extent (gold | system)', of('extent').map((row) => `${lower(row[3])} | ${lower(row[6])}`)],
    ['value (gold -> system, digits as 9)', of('value').map((row) => `${shape(row[5])} -> ${shape(row[8])}`)],
    ['type (gold -> system)', of('type').map((row) => `${row[4]} -> ${row[7]}`)],
  ];
  const lines = [`${result.name}: ${rows.length} errors`];
  for (const [title, keys] of sections) lines.push('', `${title}: ${keys.length}`, ...topCounts(keys));
  return lines.join('\n') + '\n';
}

/** Writes DIR/timex-<set>.tsv (every error) and DIR/timex-<set>-summary.txt; returns the paths written. */
export function writeTimexErrors(dir: string, results: readonly TimexSetResult[]): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const result of results) {
    if (result.skipped) continue;
    const path = join(dir, `timex-${result.name}.tsv`);
    const lines = [COLUMNS, ...errorRows(result)].map((row) => row.join('\t'));
    writeFileSync(path, lines.join('\n') + '\n', 'utf8');
    const summaryPath = join(dir, `timex-${result.name}-summary.txt`);
    writeFileSync(summaryPath, errorSummary(result), 'utf8');
    written.push(path, summaryPath);
  }
  return written;
}
