import type { AnnalistDocument, DocumentType } from '../model/document.js';

/** Options every stage may read. Stages never mutate options or global state. */
export interface PipelineOptions {
  /** --type: how to anchor relative dates; 'auto' decides per document. */
  documentType: DocumentType | 'auto';
}

/** The layer a stage adds: the subset of the document it owns. */
export type Layer = Partial<Omit<AnnalistDocument, 'text' | 'source' | 'stages' | 'warnings'>> & {
  warnings?: string[];
};

export interface Stage {
  name: StageName;
  /** Stages whose layers this one reads; they run first. */
  needs: StageName[];
  run(doc: Readonly<AnnalistDocument>, options: PipelineOptions): Layer;
}

export const STAGE_NAMES = ['segment', 'time', 'entities', 'places', 'quantities', 'events'] as const;
export type StageName = (typeof STAGE_NAMES)[number];

export function isStageName(name: string): name is StageName {
  return (STAGE_NAMES as readonly string[]).includes(name);
}
