/** `annalist report FILE... -o report.html`: one self-contained, offline, interactive HTML report. */
import { rename, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { renderReport } from '../render/html.js';
import { loadDocuments } from '../render/load.js';
import { type Command, UsageError } from './command.js';
import { INPUT_OPTIONS, INPUT_OPTIONS_HELP, analysisSettings, inputSettings, parseCommandLine, writeChunk } from './args.js';

const OPTIONS = { ...INPUT_OPTIONS, output: { type: 'string', short: 'o' }, title: { type: 'string' } } as const;

const USAGE = [
  'usage: annalist report FILE... [-o report.html] [--title TEXT] [--from text|html|jsonl] [--dct YYYY-MM-DD]',
  '                       [--type auto|news|narrative] [--only STAGE,...] [--max-bytes N]',
  '',
  'Analyses each FILE (.txt, .html, .jsonl; a .json file is a document from `annalist extract`, used as',
  'it is) and writes ONE self-contained HTML report: timeline, map, marked-up text and photographs,',
  'linked to each other and to the words they came from. The page makes no network request.',
  '',
  'options:',
  '  -o, --output FILE         where to write the report (default: report.html)',
  '  --title TEXT              the page title (default: from the documents)',
  INPUT_OPTIONS_HELP,
  '  -h, --help                show this help',
].join('\n');

export const reportCommand: Command = {
  name: 'report',
  summary: 'write an interactive offline HTML report of the documents',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandLine(argv, OPTIONS, 'report');
    if (values.help) {
      await writeChunk(io.stdout, USAGE + '\n');
      return 0;
    }
    if (positionals.length === 0) throw new UsageError('report: give at least one FILE (see: annalist report --help)');
    const settings = inputSettings(values, io.stdin);
    const { docs, failures } = await loadDocuments(positionals, settings, analysisSettings(values));
    for (const failure of failures) await writeChunk(io.stderr, `annalist: ${failure}\n`);
    if (docs.length === 0) throw new UsageError('report: no document could be read', 1);
    const output = resolve(values.output ?? 'report.html');
    const html = renderReport(docs, values.title ? { title: values.title } : {});
    // Written beside the target and renamed, so a reader never sees a half-written report.
    const partial = `${output}.partial-${process.pid}`;
    await writeFile(partial, html, 'utf8');
    await rename(partial, output);
    await writeChunk(io.stdout, `annalist: report of ${docs.length} document(s) written to ${output}\n`);
    return failures.length > 0 ? 1 : 0;
  },
};
