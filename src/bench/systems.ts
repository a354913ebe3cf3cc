/**
 * The systems the benchmark compares. Each loads its own libraries (so a child process measures
 * only what that system needs) and returns a function that processes one document and returns
 * how many items it found (which also keeps the work from being optimised away).
 *
 * Fairness choices:
 * - annalist-time runs what `annalist extract --from jsonl --only time` runs: createDocument and
 *   the pipeline's `time` stage with what it needs (segment), per document, with its DCT.
 * - chrono-casual is chrono-node's casual English parser with the same DCT as reference date.
 * - annalist-full runs every stage.
 * - wink-nlp runs its default pipeline with wink-eng-lite-web-model (sentences, tokens, POS,
 *   entities, negation, sentiment) and reads out the entities.
 * - compromise parses the text and asks for people, places and organizations: the closest it
 *   has to named-entity recognition (its date parsing needs a plugin that is not installed).
 * - baseline does nothing, to show the memory every child pays for the corpus itself.
 */
import type { BenchDocument } from './corpus.js';

export type ProcessDocument = (document: BenchDocument) => number;

export interface BenchSystem {
  name: string;
  description: string;
  load(): Promise<ProcessDocument>;
}

async function annalist(only: readonly ('time')[] | undefined): Promise<ProcessDocument> {
  const { analyse } = await import('../pipeline/run.js');
  return (document) => {
    const analysed = analyse({ name: document.id, text: document.text, dct: document.dct, format: 'jsonl' }, { documentType: 'auto' }, only);
    return analysed.timexes.length + analysed.entities.length + analysed.events.length + analysed.quantities.length;
  };
}

async function chronoCasual(): Promise<ProcessDocument> {
  const chrono = await import('chrono-node');
  return (document) => chrono.casual.parse(document.text, new Date(`${document.dct}T12:00:00Z`)).length;
}

async function wink(): Promise<ProcessDocument> {
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const nlp = winkNLP(model);
  return (document) => (nlp.readDoc(document.text).entities().out() as unknown[]).length;
}

async function compromise(): Promise<ProcessDocument> {
  const nlp = (await import('compromise')).default;
  return (document) => {
    const doc = nlp(document.text);
    return doc.people().length + doc.places().length + doc.organizations().length;
  };
}

export const BENCH_SYSTEMS: readonly BenchSystem[] = [
  { name: 'baseline', description: 'no processing (memory of the corpus alone)', load: async () => () => 0 },
  { name: 'annalist-time', description: 'Annalist segment+time stages (extract --only time)', load: () => annalist(['time']) },
  { name: 'chrono-casual', description: 'chrono-node casual parser', load: chronoCasual },
  { name: 'annalist-full', description: 'Annalist, all stages', load: () => annalist(undefined) },
  { name: 'wink-nlp', description: 'wink-nlp default pipeline + entities', load: wink },
  { name: 'compromise', description: 'compromise parse + people/places/organizations', load: compromise },
];

/** Throughput ratios worth printing: [system, peer]. */
export const BENCH_COMPARISONS: readonly [string, string][] = [
  ['annalist-time', 'chrono-casual'],
  ['annalist-full', 'wink-nlp'],
  ['annalist-full', 'compromise'],
  ['annalist-full', 'chrono-casual'],
];

export function benchSystem(name: string): BenchSystem | undefined {
  return BENCH_SYSTEMS.find((system) => system.name === name);
}
