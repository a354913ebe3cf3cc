/**
 * Loads documents for `report` and `export`: text, HTML and JSONL inputs go through the shared
 * readers and the pipeline; `.json` files are documents `annalist extract` already produced (one
 * document or an array of them) and are used as they are.
 */
import { extname } from 'node:path';
import type { AnnalistDocument } from '../model/document.js';
import { createDocument, runPipeline } from '../pipeline/run.js';
import { decodeText, readInputBytes } from '../input/text.js';
import { InputError } from '../input/errors.js';
import { readInputs, type AnalysisSettings, type InputSettings } from '../cli/args.js';

export interface LoadResult {
  docs: AnnalistDocument[];
  /** One-line messages for inputs that could not be read or analysed. */
  failures: string[];
}

const LAYERS = ['paragraphs', 'sentences', 'media', 'timexes', 'entities', 'quantities', 'events', 'stages', 'warnings'] as const;

/** Checks the shape the renderer relies on; the JSON Schema tests check the rest. */
export function asDocument(value: unknown, where: string): AnnalistDocument {
  const doc = value as Partial<AnnalistDocument> | null;
  if (!doc || typeof doc !== 'object' || typeof doc.text !== 'string' || !doc.source || typeof doc.source.name !== 'string') {
    throw new InputError(`${where}: not an Annalist document (expected "text" and "source" from annalist extract)`);
  }
  const filled = { ...doc } as Record<string, unknown>;
  for (const layer of LAYERS) {
    if (filled[layer] === undefined) filled[layer] = [];
    else if (!Array.isArray(filled[layer])) throw new InputError(`${where}: "${layer}" must be an array`);
  }
  return filled as unknown as AnnalistDocument;
}

async function readExtracted(path: string, settings: InputSettings): Promise<AnnalistDocument[]> {
  const { text } = decodeText(await readInputBytes(path, { maxBytes: settings.maxBytes }), path);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path}: invalid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return Array.isArray(value) ? value.map((v, i) => asDocument(v, `${path}[${i}]`)) : [asDocument(value, path)];
}

function isExtracted(path: string, settings: InputSettings): boolean {
  return settings.from === undefined && extname(path).toLowerCase() === '.json';
}

/** Reads and analyses every input in order; failures are collected, not thrown. */
export async function loadDocuments(paths: readonly string[], settings: InputSettings, analysis: AnalysisSettings): Promise<LoadResult> {
  const docs: AnnalistDocument[] = [];
  const failures: string[] = [];
  for (const path of paths) {
    if (isExtracted(path, settings)) {
      try {
        docs.push(...(await readExtracted(path, settings)));
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        failures.push(error.message);
      }
      continue;
    }
    for await (const item of readInputs([path], settings)) {
      if (!item.ok) {
        failures.push(item.message);
        continue;
      }
      try {
        docs.push(runPipeline(createDocument(item.input), analysis.options, analysis.only));
      } catch (error) {
        failures.push(`${item.input.name}: analysis failed: ${(error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ')}`);
      }
    }
  }
  return { docs, failures };
}
