/**
 * Argument parsing and input reading shared by every command (extract, timeml, report, export).
 * Options are parsed by Node's util.parseArgs; every mistake becomes a one-line UsageError.
 */
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { DocumentType } from '../model/document.js';
import type { NewDocumentInput } from '../pipeline/run.js';
import { STAGE_NAMES, isStageName, type PipelineOptions, type StageName } from '../pipeline/stage.js';
import { parseDct } from '../input/dct.js';
import { bylineDate } from '../input/byline.js';
import { InputError, describeFsError } from '../input/errors.js';
import type { HtmlDocument } from '../input/html.js';
import { readJsonl } from '../input/jsonl.js';
import { DEFAULT_MAX_BYTES, checkInputPath, decodeText, readInputBytes, readStreamBytes } from '../input/text.js';
import { parseCredit } from '../segment/index.js';
import { UsageError } from './command.js';

export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

/** Every command accepts --help / -h. */
export const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const satisfies OptionSpecs;

/** The options that say how to read inputs and run the pipeline, for any command that analyses files. */
export const INPUT_OPTIONS = {
  from: { type: 'string' },
  dct: { type: 'string' },
  type: { type: 'string' },
  only: { type: 'string' },
  'max-bytes': { type: 'string' },
} as const satisfies OptionSpecs;

/** Usage lines for INPUT_OPTIONS, to paste into a command's --help. */
export const INPUT_OPTIONS_HELP = [
  '  --from text|html|jsonl    input format (default: by extension: .html/.htm html, .jsonl jsonl, else text)',
  '  --dct YYYY-MM-DD          document creation time (default: HTML metadata or JSONL "dct", else none)',
  '  --type auto|news|narrative  how relative dates are anchored (default: auto)',
  `  --only STAGE,...          run only these stages and what they need (${STAGE_NAMES.join(',')})`,
  `  --max-bytes N             refuse inputs larger than N bytes; K, M, G suffixes (default: ${DEFAULT_MAX_BYTES / 1024 / 1024}M)`,
].join('\n');

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
}

type OptionValue<S> = S extends { type: 'boolean'; multiple: true }
  ? boolean[]
  : S extends { type: 'boolean' }
    ? boolean
    : S extends { multiple: true }
      ? string[]
      : string;

export interface ParsedCommandLine<O extends OptionSpecs> {
  values: { [K in keyof O]?: OptionValue<O[K]> } & { help?: boolean };
  positionals: string[];
}

/** util.parseArgs with positionals allowed, --help added, and errors turned into UsageError. */
export function parseCommandLine<O extends OptionSpecs>(argv: string[], options: O, command: string): ParsedCommandLine<O> {
  try {
    const parsed = parseArgs({ args: argv, options: { ...options, ...HELP_OPTION }, allowPositionals: true, strict: true });
    return parsed as unknown as ParsedCommandLine<O>;
  } catch (error) {
    throw new UsageError(`${command}: ${oneLine(error)} (see: annalist ${command} --help)`);
  }
}

/** One of a fixed set of values, or a UsageError naming them. */
export function parseChoice<T extends string>(option: string, value: string | undefined, choices: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be one of ${choices.join(', ')} (got "${value}")`);
}

/** "segment,time" → ['segment', 'time']; unknown names are a usage error. */
export function parseStageList(value: string | undefined): StageName[] | undefined {
  if (value === undefined) return undefined;
  const names = value.split(',').map((name) => name.trim()).filter(Boolean);
  if (names.length === 0) throw new UsageError(`--only needs stage names (${STAGE_NAMES.join(', ')})`);
  const unknown = names.filter((name) => !isStageName(name));
  if (unknown.length > 0) {
    throw new UsageError(`unknown stage ${unknown.map((n) => `"${n}"`).join(', ')} in --only (stages: ${STAGE_NAMES.join(', ')})`);
  }
  return names as StageName[];
}

const BYTE_SIZE = /^(\d{1,15})\s?([kmg]?)i?b?$/i;
const BYTE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** "1000", "64K", "50M", "2G" → bytes. */
export function parseByteSize(value: string | undefined, option = 'max-bytes'): number | undefined {
  if (value === undefined) return undefined;
  const match = BYTE_SIZE.exec(value.trim());
  const bytes = match ? Number(match[1]) * (BYTE_UNITS[match[2].toLowerCase()] ?? 1) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes <= 0) {
    throw new UsageError(`--${option} must be a positive number of bytes, e.g. 1000000 or 50M (got "${value}")`);
  }
  return bytes;
}

export type InputFormat = 'text' | 'html' | 'jsonl';
export const INPUT_FORMATS: readonly InputFormat[] = ['text', 'html', 'jsonl'];

/** The format a path is read as when --from is not given. */
export function formatForPath(path: string): InputFormat {
  const extension = extname(path).toLowerCase();
  if (extension === '.html' || extension === '.htm' || extension === '.xhtml') return 'html';
  if (extension === '.jsonl' || extension === '.ndjson') return 'jsonl';
  return 'text';
}

export interface InputSettings {
  /** --from; undefined means by extension. */
  from?: InputFormat;
  /** --dct, already validated. */
  dct?: string;
  maxBytes: number;
  stdin: NodeJS.ReadableStream;
}

export interface AnalysisSettings {
  options: PipelineOptions;
  only?: StageName[];
}

type InputOptionValues = { [K in keyof typeof INPUT_OPTIONS]?: string };

/** Validated input settings from parsed INPUT_OPTIONS values. */
export function inputSettings(values: InputOptionValues, stdin: NodeJS.ReadableStream): InputSettings {
  const settings: InputSettings = {
    from: parseChoice('from', values.from, INPUT_FORMATS),
    maxBytes: parseByteSize(values['max-bytes']) ?? DEFAULT_MAX_BYTES,
    stdin,
  };
  if (values.dct !== undefined) {
    try {
      settings.dct = parseDct(values.dct, '--dct');
    } catch (error) {
      throw new UsageError(oneLine(error));
    }
  }
  return settings;
}

/** Validated pipeline settings (--type, --only) from parsed INPUT_OPTIONS values. */
export function analysisSettings(values: InputOptionValues): AnalysisSettings {
  const documentType = parseChoice<DocumentType | 'auto'>('type', values.type, ['auto', 'news', 'narrative']) ?? 'auto';
  return { options: { documentType }, only: parseStageList(values.only) };
}

/** One input document ready for the pipeline, or a one-line message saying why it could not be read. */
export type InputItem = { ok: true; input: NewDocumentInput } | { ok: false; message: string };

const STDIN_NAME = 'standard input';

function displayName(path: string): string {
  return path === '-' ? STDIN_NAME : path;
}

/** True when any of `paths` is read as a JSONL stream of many documents. */
export function readsJsonl(paths: readonly string[], from?: InputFormat): boolean {
  return from ? from === 'jsonl' : paths.some((path) => path !== '-' && formatForPath(path) === 'jsonl');
}

async function* jsonlInputs(path: string, settings: InputSettings): AsyncGenerator<InputItem> {
  const where = displayName(path);
  let stream: NodeJS.ReadableStream = settings.stdin;
  if (path !== '-') {
    await checkInputPath(path, Number.MAX_SAFE_INTEGER); // the limit applies to each record, not the stream
    stream = createReadStream(path);
  }
  const lines = readJsonl(stream, settings.maxBytes);
  for (;;) {
    const next = await lines.next().catch((error: unknown) => {
      throw describeFsError(where, error); // a read error part-way through the stream
    });
    if (next.done) return;
    const line = next.value;
    if (!line.ok) {
      yield { ok: false, message: `${where}:${line.line}: ${line.message}` };
      continue;
    }
    const { id, text, dct, title, warnings } = line.record;
    const input: NewDocumentInput = { name: id, text, format: 'jsonl' };
    if (warnings) input.warnings = warnings.map((warning) => `${where}: ${warning}`);
    const chosenDct = dct ?? settings.dct;
    if (chosenDct) input.dct = chosenDct;
    if (title) input.title = title;
    yield { ok: true, input };
  }
}

async function documentInput(path: string, format: 'text' | 'html', settings: InputSettings): Promise<NewDocumentInput> {
  const where = displayName(path);
  const bytes = path === '-'
    ? await readStreamBytes(settings.stdin as AsyncIterable<Uint8Array>, where, settings.maxBytes)
    : await readInputBytes(path, { maxBytes: settings.maxBytes });
  const decoded = decodeText(bytes, where);
  if (format === 'text') {
    const input: NewDocumentInput = { name: path, text: decoded.text, format, warnings: decoded.warnings };
    const byline = settings.dct ? undefined : await bylineDate(decoded.text);
    if (settings.dct) input.dct = settings.dct;
    else if (byline) {
      input.dct = byline.date;
      input.warnings = [...decoded.warnings, `${where}: no --dct given; the creation date ${byline.date} is read from the line "${byline.line.slice(0, 80)}"`];
    }
    return input;
  }
  // Loaded only for HTML: the DOM and Readability cost start-up time that text inputs should not pay.
  const { htmlToDocument } = await import('../input/html.js');
  let page: HtmlDocument;
  try {
    page = htmlToDocument(decoded.text, { name: where, parseCredit });
  } catch (error) {
    throw new InputError(`${where}: cannot read the HTML (${oneLine(error).slice(0, 160)})`);
  }
  if (page.text.trim() === '') throw new InputError(`${where}: no article text found in the HTML`);
  const input: NewDocumentInput = {
    name: path,
    text: page.text,
    format,
    media: page.media,
    warnings: [...decoded.warnings, ...page.warnings],
  };
  const dct = settings.dct ?? page.dct;
  if (dct) input.dct = dct;
  if (page.title) input.title = page.title;
  return input;
}

/**
 * Reads every input in order ("-" is standard input), yielding documents as they are ready.
 * JSONL inputs are streamed line by line; a file that cannot be read yields a failure and the rest go on.
 */
export async function* readInputs(paths: readonly string[], settings: InputSettings): AsyncGenerator<InputItem> {
  for (const path of paths) {
    const format = settings.from ?? (path === '-' ? 'text' : formatForPath(path));
    try {
      if (format === 'jsonl') yield* jsonlInputs(path, settings);
      else yield { ok: true, input: await documentInput(path, format, settings) };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      yield { ok: false, message: error.message };
    }
  }
}

/** Writes a chunk, waiting for 'drain' when the stream's buffer is full, so output never piles up in memory. */
export async function writeChunk(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}
