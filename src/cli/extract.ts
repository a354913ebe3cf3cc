/**
 * `annalist extract`: analyses documents and prints the document model as JSON.
 * One document → one pretty JSON document, written in one piece (never half-written).
 * Several documents or a JSONL stream → one JSON line per document, written as each is ready.
 */
import type { AnnalistDocument } from '../model/document.js';
import { runPipeline, createDocument, type NewDocumentInput } from '../pipeline/run.js';
import { InputError } from '../input/errors.js';
import { type Command, type CommandIO, UsageError } from './command.js';
import {
  INPUT_OPTIONS,
  INPUT_OPTIONS_HELP,
  analysisSettings,
  inputSettings,
  parseChoice,
  parseCommandLine,
  readInputs,
  readsJsonl,
  writeChunk,
  type AnalysisSettings,
  type InputSettings,
} from './args.js';

const OPTIONS = { ...INPUT_OPTIONS, format: { type: 'string' } } as const;

const USAGE = [
  'usage: annalist extract [FILE ...|-] [--format json|jsonl] [--from text|html|jsonl] [--dct YYYY-MM-DD]',
  '                        [--type auto|news|narrative] [--only STAGE,...] [--max-bytes N]',
  '',
  'Analyses each FILE ("-" or none: standard input) and prints the document model as JSON',
  '(see src/model/document.schema.json).',
  '',
  'options:',
  '  --format json|jsonl       json: one pretty document (default for one input);',
  '                            jsonl: one line per document (default for several inputs or --from jsonl)',
  INPUT_OPTIONS_HELP,
  '  -h, --help                show this help',
  '',
  'Without --dct, a text input takes its creation date from a byline among its first lines',
  '("Published 9 November 2016") or a dated wire dateline ("BERLIN, Nov 9, 2019 (AP) -"), and says so in a warning.',
  'A JSONL input holds one {"id": "...", "text": "...", "dct"?: "YYYY-MM-DD"} object a line; its "dct"',
  'wins over --dct. A bad line is reported on stderr with its number, the others are still analysed,',
  'and the exit code is then 1.',
].join('\n');

function failureMessage(name: string, error: unknown): string {
  const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
  return `${name === '-' ? 'standard input' : name}: analysis failed: ${reason}`;
}

interface Extracted {
  doc: AnnalistDocument;
  /** The whole output for the document, built before anything is written. */
  output: string;
}

/** Analyses one input into its JSON; a stage that fails becomes an Error naming the document. */
function extractDocument(input: NewDocumentInput, analysis: AnalysisSettings, pretty: boolean): Extracted {
  try {
    const doc = runPipeline(createDocument(input), analysis.options, analysis.only);
    return { doc, output: (pretty ? JSON.stringify(doc, null, 2) : JSON.stringify(doc)) + '\n' };
  } catch (error) {
    throw new Error(failureMessage(input.name, error));
  }
}

async function reportWarnings(doc: AnnalistDocument, io: CommandIO): Promise<void> {
  for (const warning of doc.warnings) await writeChunk(io.stderr, `annalist: warning: ${warning}\n`);
}

async function extractOne(path: string, settings: InputSettings, analysis: AnalysisSettings, io: CommandIO): Promise<number> {
  for await (const item of readInputs([path], settings)) {
    if (!item.ok) throw new InputError(item.message);
    const { doc, output } = extractDocument(item.input, analysis, true);
    await reportWarnings(doc, io);
    await writeChunk(io.stdout, output);
    return 0;
  }
  throw new InputError(`${path === '-' ? 'standard input' : path}: no document found`);
}

/** One JSON line per document, written as each is ready; failures are reported and counted. */
async function extractStream(paths: string[], settings: InputSettings, analysis: AnalysisSettings, io: CommandIO): Promise<number> {
  let failures = 0;
  for await (const item of readInputs(paths, settings)) {
    let extracted: Extracted;
    try {
      if (!item.ok) throw new Error(item.message);
      extracted = extractDocument(item.input, analysis, false);
    } catch (error) {
      failures++;
      await writeChunk(io.stderr, `annalist: ${(error as Error).message}\n`);
      continue;
    }
    await reportWarnings(extracted.doc, io);
    await writeChunk(io.stdout, extracted.output);
  }
  return failures > 0 ? 1 : 0;
}

export const extractCommand: Command = {
  name: 'extract',
  summary: 'analyse documents and print the document model as JSON',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandLine(argv, OPTIONS, 'extract');
    if (values.help) {
      await writeChunk(io.stdout, USAGE + '\n');
      return 0;
    }
    const settings = inputSettings(values, io.stdin);
    const analysis = analysisSettings(values);
    const paths = positionals.length > 0 ? positionals : ['-'];
    const many = paths.length > 1 || readsJsonl(paths, settings.from);
    const format = parseChoice('format', values.format, ['json', 'jsonl'] as const) ?? (many ? 'jsonl' : 'json');
    if (format === 'json' && many) {
      throw new UsageError('--format json prints one document; use --format jsonl for several inputs or a JSONL stream');
    }
    if (positionals.length === 0 && (io.stdin as NodeJS.ReadStream).isTTY) {
      throw new UsageError('no input: give a FILE, or pipe text into standard input (see: annalist extract --help)');
    }
    return format === 'json'
      ? extractOne(paths[0], settings, analysis, io)
      : extractStream(paths, settings, analysis, io);
  },
};
