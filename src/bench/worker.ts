/**
 * Child process of `npm run bench`: builds the corpus, loads one system, measures it and sends the
 * measurement to the parent. Run as: worker.js SYSTEM MEGABYTES WARMUP_DOCUMENTS BUDGET_SECONDS PASSES.
 */
import { buildCorpus } from './corpus.js';
import { measure } from './measure.js';
import { benchSystem } from './systems.js';

async function main([name, megabytes, warmup, budget, passes]: string[]): Promise<void> {
  const system = benchSystem(name);
  if (!system) throw new Error(`unknown system ${name}`);
  const corpus = buildCorpus(Number(megabytes));
  const run = await system.load();
  const measurement = measure(system.name, run, corpus.documents, Number(warmup), Number(budget), Number(passes));
  await new Promise<void>((resolve, reject) => {
    if (!process.send) return reject(new Error('worker.js must be started by bench/run.js'));
    process.send(measurement, (error: Error | null) => (error ? reject(error) : resolve()));
  });
  process.disconnect?.();
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench worker: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
