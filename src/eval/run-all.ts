#!/usr/bin/env node
/**
 * `npm run eval [-- --json] [-- --errors DIR] [-- --only timex,...]`: runs every evaluation section
 * over the development data in ../shared and prints its figures beside the project's targets.
 */
import { parseArgs } from 'node:util';
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { EVAL_SECTIONS } from './sections.js';
import type { EvalSection } from './section.js';
import type { CliStreams } from './timex-cli.js';

const USAGE = 'usage: npm run eval -- [--json] [--errors DIR] [--only SECTION,...] [--write-gates]';

function chosenSections(only: string | undefined): EvalSection[] {
  if (!only) return [...EVAL_SECTIONS];
  const names = only.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !EVAL_SECTIONS.some((s) => s.name === name));
  if (unknown.length > 0) throw new Error(`unknown section ${unknown.join(', ')} (have: ${EVAL_SECTIONS.map((s) => s.name).join(', ')})`);
  return EVAL_SECTIONS.filter((s) => names.includes(s.name));
}

export async function runEvaluations(argv: string[], io: CliStreams = process): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean' }, errors: { type: 'string' }, only: { type: 'string' }, 'write-gates': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout.write(USAGE + '\n');
    return 0;
  }
  const sections = chosenSections(values.only);
  const results: Record<string, unknown> = {};
  const written: string[] = [];
  for (const section of sections) {
    const report = await section.run({ errorsDir: values.errors, writeGates: values['write-gates'] === true });
    results[section.name] = report.json;
    written.push(...report.written);
    if (!values.json) io.stdout.write(`${report.text}\n\n`);
  }
  if (values.json) io.stdout.write(JSON.stringify(results, null, 2) + '\n');
  if (written.length > 0) io.stderr.write(`written: ${written.join(', ')}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  runEvaluations(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`eval: ${(error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ')}\n`);
      process.exitCode = 1;
    },
  );
}
