/** `annalist export FILE... --to timelinejs|plover|geojson|csv|timeml [-o OUT]`. */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { AnnalistDocument } from '../model/document.js';
import { EXPORT_EXTENSIONS, EXPORT_FORMATS, exportDocuments, isPerDocument, type ExportFormat } from '../export/index.js';
import { loadDocuments } from '../render/load.js';
import { type Command, UsageError } from './command.js';
import { INPUT_OPTIONS, INPUT_OPTIONS_HELP, analysisSettings, inputSettings, parseChoice, parseCommandLine, writeChunk } from './args.js';

const OPTIONS = { ...INPUT_OPTIONS, to: { type: 'string' }, output: { type: 'string', short: 'o' } } as const;

const USAGE = [
  `usage: annalist export FILE... --to ${EXPORT_FORMATS.join('|')} [-o OUT] [--from ...] [--dct ...] [--type ...]`,
  '',
  'Analyses each FILE (a .json file from `annalist extract` is used as it is) and writes:',
  '  timelinejs  TimelineJS3 JSON (photos without an image address carry caption and credit in the text)',
  '  plover      PLOVER JSONL, one event a line, with text offsets',
  '  geojson     RFC 7946 FeatureCollection of located events, photos and places ([lon, lat])',
  '  csv         ACLED-style CSV, one row per event (RFC 4180, formula-safe)',
  '  timeml      TimeML with TIMEX3/EVENT tags; several documents need -o DIR (one .tml each)',
  '',
  'options:',
  '  --to FORMAT               the export format (required)',
  '  -o, --output OUT          output file (default: standard output); a directory for timeml with several documents',
  INPUT_OPTIONS_HELP,
  '  -h, --help                show this help',
].join('\n');

async function writeAtomically(path: string, text: string): Promise<void> {
  const partial = `${path}.partial-${process.pid}`;
  await writeFile(partial, text, 'utf8');
  await rename(partial, path);
}

async function writePerDocument(format: ExportFormat, docs: AnnalistDocument[], dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const used = new Set<string>();
  const written: string[] = [];
  for (const doc of docs) {
    const stem = basename(doc.source.name, extname(doc.source.name)).replace(/[^\w.-]+/g, '_').slice(0, 80) || 'document';
    let name = `${stem}${EXPORT_EXTENSIONS[format]}`;
    for (let i = 2; used.has(name); i++) name = `${stem}-${i}${EXPORT_EXTENSIONS[format]}`;
    used.add(name);
    const path = join(dir, name);
    await writeAtomically(path, exportDocuments(format, [doc]));
    written.push(path);
  }
  return written;
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'export the chronology as TimelineJS, PLOVER, GeoJSON, ACLED-style CSV or TimeML',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandLine(argv, OPTIONS, 'export');
    if (values.help) {
      await writeChunk(io.stdout, USAGE + '\n');
      return 0;
    }
    const format = parseChoice('to', values.to, EXPORT_FORMATS);
    if (!format) throw new UsageError(`export: --to is required (${EXPORT_FORMATS.join(', ')})`);
    if (positionals.length === 0) throw new UsageError('export: give at least one FILE (see: annalist export --help)');
    const settings = inputSettings(values, io.stdin);
    const { docs, failures } = await loadDocuments(positionals, settings, analysisSettings(values));
    for (const failure of failures) await writeChunk(io.stderr, `annalist: ${failure}\n`);
    if (docs.length === 0) throw new UsageError('export: no document could be read', 1);
    if (isPerDocument(format) && docs.length > 1) {
      if (!values.output) throw new UsageError(`export: --to ${format} writes one file per document; give -o DIR for ${docs.length} documents`);
      const written = await writePerDocument(format, docs, resolve(values.output));
      await writeChunk(io.stderr, `annalist: wrote ${written.length} ${format} files to ${resolve(values.output)}\n`);
    } else {
      const text = exportDocuments(format, docs);
      if (values.output) await writeAtomically(resolve(values.output), text);
      else await writeChunk(io.stdout, text);
    }
    return failures.length > 0 ? 1 : 0;
  },
};
