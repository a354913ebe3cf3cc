#!/usr/bin/env node
/**
 * `node dist/bench/stages.js [--mb N] [--passes N] [--warmup DOCS] [--only STAGE,...]`: where the
 * full pipeline's time goes, stage by stage, on the benchmark corpus. Like `npm run bench`, the first
 * documents run untimed (so one-off loading, such as the gazetteer's, is not counted) and the first
 * pass includes the JIT warm-up; later passes show steady-state cost. A developer's tool, not a test.
 */
import { parseArgs } from 'node:util';
import { buildCorpus } from './corpus.js';
import { createDocument, DEFAULT_OPTIONS, mergeLayer, planStages } from '../pipeline/run.js';
import { isStageName, type StageName } from '../pipeline/stage.js';
import type { AnnalistDocument } from '../model/document.js';
import { formatTable } from '../eval/table.js';

function stageList(only: string | undefined): StageName[] | undefined {
  if (!only) return undefined;
  const names = only.split(',').map((n) => n.trim());
  const unknown = names.filter((n) => !isStageName(n));
  if (unknown.length > 0) throw new Error(`unknown stage ${unknown.join(', ')}`);
  return names as StageName[];
}

function main(argv: string[]): void {
  const { values } = parseArgs({ args: argv, options: { mb: { type: 'string' }, passes: { type: 'string' }, warmup: { type: 'string' }, only: { type: 'string' } } });
  const megabytes = Number(values.mb ?? 10);
  const passes = Number(values.passes ?? 2);
  const warmup = Number(values.warmup ?? 30);
  if (!(megabytes > 0) || !(passes >= 1) || !(warmup >= 0)) throw new Error('--mb and --passes must be positive numbers, --warmup a count');
  const corpus = buildCorpus(megabytes);
  const stages = planStages(stageList(values.only));
  const rows: string[][] = [];
  for (const input of corpus.documents.slice(0, warmup)) {
    let doc: AnnalistDocument = createDocument({ name: input.id, text: input.text, dct: input.dct, format: 'jsonl' });
    for (const stage of stages) doc = mergeLayer(doc, stage.run(doc, DEFAULT_OPTIONS), stage.name);
  }
  for (let pass = 1; pass <= passes; pass++) {
    const seconds = new Map<string, number>(stages.map((s) => [s.name, 0]));
    for (const input of corpus.documents) {
      let doc: AnnalistDocument = createDocument({ name: input.id, text: input.text, dct: input.dct, format: 'jsonl' });
      for (const stage of stages) {
        const started = process.hrtime.bigint();
        const layer = stage.run(doc, DEFAULT_OPTIONS);
        seconds.set(stage.name, (seconds.get(stage.name) ?? 0) + Number(process.hrtime.bigint() - started) / 1e9);
        doc = mergeLayer(doc, layer, stage.name);
      }
    }
    const total = [...seconds.values()].reduce((a, b) => a + b, 0);
    for (const [name, s] of seconds) rows.push([String(pass), name, s.toFixed(3), (corpus.bytes / 1e6 / s).toFixed(1), `${((100 * s) / total).toFixed(0)}%`]);
    rows.push([String(pass), 'all', total.toFixed(3), (corpus.bytes / 1e6 / total).toFixed(2), '100%']);
  }
  process.stdout.write(`corpus: ${corpus.documents.length} documents, ${(corpus.bytes / 1e6).toFixed(2)} MB\n\n`);
  process.stdout.write(`${formatTable(['pass', 'stage', 'seconds', 'MB/s', 'share'], rows)}\n`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`stages: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
