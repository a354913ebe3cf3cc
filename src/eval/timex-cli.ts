#!/usr/bin/env node
/**
 * `npm run eval:timex -- GOLD_DIR SYSTEM_DIR [--per-file] [--json]`: TempEval-3 style timex scores.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { formatFolderScore, scoreFolders } from './timex-files.js';
import { metricsOf } from './timex-score.js';

const USAGE = 'usage: npm run eval:timex -- GOLD_DIR SYSTEM_DIR [--per-file] [--json]';

function requireDir(path: string): void {
  if (!existsSync(path) || !statSync(path).isDirectory()) throw new Error(`not a directory: ${path}`);
}

export interface CliStreams {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** Runs the scorer's command line; returns the exit code. */
export function runTimexCli(argv: string[], io: CliStreams = process): number {
  try {
    return main(argv, io);
  } catch (error) {
    io.stderr.write(`eval:timex: ${(error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ')}\n`);
    return 1;
  }
}

function main(argv: string[], io: CliStreams): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'per-file': { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout.write(USAGE + '\n');
    return 0;
  }
  if (positionals.length !== 2) throw new Error(USAGE);
  const [goldDir, systemDir] = positionals;
  requireDir(goldDir);
  requireDir(systemDir);
  const score = scoreFolders(goldDir, systemDir);
  for (const name of score.missing) io.stderr.write(`warning: no system file for ${name} (scored as empty)\n`);
  for (const name of score.extra) io.stderr.write(`warning: ${name} has no gold file (not scored)\n`);
  if (values.json) {
    const files = score.files.map((file) => ({ name: file.name, counts: file.counts }));
    io.stdout.write(JSON.stringify({ total: score.total, metrics: metricsOf(score.total), missing: score.missing, extra: score.extra, files }, null, 2) + '\n');
  } else {
    io.stdout.write(formatFolderScore(score, values['per-file'] === true) + '\n');
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  process.exitCode = runTimexCli(process.argv.slice(2));
}
