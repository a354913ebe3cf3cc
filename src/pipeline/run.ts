import * as crypto from 'node:crypto';
import type { AnnalistDocument, MediaItem, SourceInfo } from '../model/document.js';
import type { Layer, PipelineOptions, Stage, StageName } from './stage.js';
import { STAGES } from './stages.js';

export const DEFAULT_OPTIONS: PipelineOptions = { documentType: 'auto' };

export interface NewDocumentInput {
  name: string;
  text: string;
  dct?: string;
  format?: SourceInfo['format'];
  title?: string;
  warnings?: string[];
  /** Media already found by the input reader (HTML figures, origin 'html-figure'); the segment stage keeps them. */
  media?: MediaItem[];
}

/** Hex SHA-256 of a text: Node's one-shot hash where it has one (20.12 on): about half the cost of createHash per document. */
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function' ? (text) => crypto.hash('sha256', text, 'hex') : (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

/** An empty document over `text`, before any stage has run. */
export function createDocument(input: NewDocumentInput): AnnalistDocument {
  const sha256 = sha256Hex(input.text);
  const source: SourceInfo = { name: input.name, sha256, length: input.text.length };
  if (input.format) source.format = input.format;
  if (input.title) source.title = input.title;
  return {
    source,
    text: input.text,
    paragraphs: [],
    sentences: [],
    media: [...(input.media ?? [])],
    timexes: [],
    entities: [],
    quantities: [],
    events: [],
    stages: [],
    warnings: [...(input.warnings ?? [])],
    dct: input.dct || undefined,
    documentType: undefined,
  };
}

/**
 * A copy of the document with every key in createDocument's order (absent ones undefined, which
 * JSON leaves out): every document then has one hidden class, where spreads made a new one for
 * each combination of layers, and the JSON keeps its key order.
 */
function copyDocument(doc: AnnalistDocument): AnnalistDocument {
  return {
    source: doc.source,
    text: doc.text,
    paragraphs: doc.paragraphs,
    sentences: doc.sentences,
    media: doc.media,
    timexes: doc.timexes,
    entities: doc.entities,
    quantities: doc.quantities,
    events: doc.events,
    stages: doc.stages,
    warnings: doc.warnings,
    dct: doc.dct,
    documentType: doc.documentType,
  };
}

/** The stages to run for `only` (or all), with what they need, in declared order. */
export function planStages(only?: readonly StageName[], stages: readonly Stage[] = STAGES): Stage[] {
  if (!only || only.length === 0) return [...stages];
  const wanted = new Set<StageName>();
  const add = (name: StageName): void => {
    if (wanted.has(name)) return;
    wanted.add(name);
    const stage = stages.find((s) => s.name === name);
    stage?.needs.forEach(add);
  };
  only.forEach(add);
  return stages.filter((s) => wanted.has(s.name));
}

/** The document with a stage's layer added: one new object, the stage named, warnings appended. */
export function mergeLayer(doc: AnnalistDocument, layer: Layer, stage: StageName): AnnalistDocument {
  const merged = Object.assign(copyDocument(doc), layer);
  merged.stages = [...doc.stages, stage];
  merged.warnings = layer.warnings ? [...doc.warnings, ...layer.warnings] : doc.warnings;
  return merged;
}

/** Runs the planned stages over a document, each adding its layer. */
export function runPipeline(
  doc: AnnalistDocument,
  options: PipelineOptions = DEFAULT_OPTIONS,
  only?: readonly StageName[],
): AnnalistDocument {
  let current = doc;
  for (const stage of planStages(only)) {
    current = mergeLayer(current, stage.run(current, options), stage.name);
  }
  return current;
}

/** Convenience: text in, analysed document out. */
export function analyse(
  input: NewDocumentInput,
  options: PipelineOptions = DEFAULT_OPTIONS,
  only?: readonly StageName[],
): AnnalistDocument {
  return runPipeline(createDocument(input), options, only);
}
