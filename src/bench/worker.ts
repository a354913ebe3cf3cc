/**
 * Child process of `npm run bench`: builds the corpus, loads one system, measures it and sends the
 * measurement to the parent. Run as: worker.js SYSTEM MEGABYTES WARMUP_DOCUMENTS BUDGET_SECONDS PASSES [unseen].
 * With `unseen`, the system reads the documents of half the addresses PASSES times, then those of
 * the other half once, timed (measureUnseen); otherwise the whole corpus (measure).
 */
import { buildCorpus, splitByAddress } from './corpus.js';
import { measure, measureUnseen } from './measure.js';
import { benchSystem } from './systems.js';

async function main([name, megabytes, warmup, budget, passes, mode]: string[]): Promise<void> {
  const system = benchSystem(name);
  if (!system) throw new Error(`unknown system ${name}`);
  const corpus = buildCorpus(Number(megabytes));
  const run = await system.load();
  const measurement =
    mode === 'unseen'
      ? measureUnseen(system.name, run, ...splitByAddress(corpus.documents), Number(budget), Number(passes))
      : measure(system.name, run, corpus.documents, Number(warmup), Number(budget), Number(passes));
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
