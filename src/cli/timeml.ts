/**
 * `annalist timeml FILE... --out DIR [--type auto|news|narrative]`: tags TempEval-3 TimeML files
 * and writes same-named files into DIR with the system's TIMEX3 tags in place of the old ones.
 * Every input is read and checked before anything is written; each output is written to a
 * temporary name and renamed, so no half-written file is ever left behind.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Command, CommandIO } from './command.js';
import { UsageError } from './command.js';
import { readTimeML, writeTimeML, type TimeMLDocument } from '../timeml/index.js';
import { tagTimeML, type TypeChoice } from '../timeml/tag.js';

const USAGE = 'annalist timeml FILE... --out DIR [--type auto|news|narrative]';
const TYPES: readonly TypeChoice[] = ['auto', 'news', 'narrative'];
const HELP = [
  'Tags each TempEval-3 TimeML FILE with Annalist\'s temporal tagger (anchored on the file\'s DCT) and',
  'writes a file of the same name into DIR: the TIMEX3 tags inside <TEXT> are replaced by the',
  'system\'s; every other character is kept. Score with: npm run eval:timex -- GOLD_DIR DIR',
  '',
  'options:',
  '  -o, --out DIR                 folder for the tagged files (created if missing; never the input\'s)',
  '  --type auto|news|narrative    how relative dates are anchored (default: auto)',
  '  -h, --help                    show this help',
].join('\n');

interface Input {
  path: string;
  document: TimeMLDocument;
}

function parse(argv: string[]): { files: string[]; out: string; type: TypeChoice } | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: 'string', short: 'o' }, type: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)} (usage: ${USAGE})`);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length === 0) throw new UsageError(`no input files (usage: ${USAGE})`);
  if (!values.out) throw new UsageError(`--out DIR is required (usage: ${USAGE})`);
  const type = (values.type ?? 'auto') as TypeChoice;
  if (!TYPES.includes(type)) throw new UsageError(`--type must be one of ${TYPES.join(', ')}, not "${values.type}"`);
  return { files: positionals, out: values.out, type };
}

function readInput(path: string): Input {
  if (!existsSync(path)) throw new UsageError(`${path}: no such file`, 1);
  if (statSync(path).isDirectory()) throw new UsageError(`${path}: is a directory`, 1);
  try {
    return { path, document: readTimeML(readFileSync(path, 'utf8')) };
  } catch (error) {
    throw new UsageError(`${path}: ${error instanceof Error ? error.message : String(error)}`, 1);
  }
}

function checkOutputs(inputs: readonly Input[], out: string): void {
  if (existsSync(out) && !statSync(out).isDirectory()) throw new UsageError(`--out ${out} is not a directory`);
  const seen = new Set<string>();
  for (const { path } of inputs) {
    const target = resolve(out, basename(path));
    if (target === resolve(path)) throw new UsageError(`${path}: the output would overwrite the input; choose another --out`);
    if (seen.has(target)) throw new UsageError(`two inputs are named ${basename(path)}; their outputs would collide`);
    seen.add(target);
  }
}

/** Writes to a temporary name beside the target, then renames, so readers never see half a file. */
function writeAtomically(target: string, content: string): void {
  const temporary = join(resolve(target, '..'), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content, 'utf8');
    renameSync(temporary, target);
  } catch (error) {
    if (existsSync(temporary)) unlinkSync(temporary);
    throw error;
  }
}

function tagOrExplain(document: TimeMLDocument, path: string, type: TypeChoice): ReturnType<typeof tagTimeML> {
  try {
    return tagTimeML(document, basename(path), type);
  } catch (error) {
    throw new Error(`${path}: tagging failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function run(argv: string[], io: CommandIO): Promise<number> {
  const options = parse(argv);
  if (options === 'help') {
    io.stdout.write(`usage: ${USAGE}\n\n${HELP}\n`);
    return 0;
  }
  const inputs = options.files.map(readInput);
  checkOutputs(inputs, options.out);
  mkdirSync(options.out, { recursive: true });
  let timexes = 0;
  let adjusted = 0;
  for (const { path, document } of inputs) {
    const tagged = tagOrExplain(document, path, options.type);
    const written = writeTimeML(document, tagged);
    for (const { timex, reason } of written.dropped) {
      io.stderr.write(`warning: ${path}: timex at ${timex.start}-${timex.end} not written: ${reason}\n`);
    }
    writeAtomically(join(options.out, basename(path)), written.xml);
    timexes += tagged.length - written.dropped.length;
    adjusted += written.adjusted;
  }
  io.stderr.write(`wrote ${inputs.length} file(s), ${timexes} timex(es), ${adjusted} adjusted to nest with markup, into ${options.out}\n`);
  return 0;
}

export const timemlCommand: Command = {
  name: 'timeml',
  summary: 'tag TempEval-3 TimeML files and write them with the system TIMEX3 tags',
  usage: USAGE,
  run,
};
