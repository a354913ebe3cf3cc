/** The export formats: each turns analysed documents into one output text. */
import type { AnnalistDocument } from '../model/document.js';
import { toAcledCsv } from './csv.js';
import { toGeoJson } from './geojson.js';
import { toPloverJsonl } from './plover.js';
import { toTimelineJs } from './timelinejs.js';
import { toTimeMl } from './timeml.js';

export const EXPORT_FORMATS = ['timelinejs', 'plover', 'geojson', 'csv', 'timeml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The usual file extension of each format. */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
  timelinejs: '.json',
  plover: '.jsonl',
  geojson: '.geojson',
  csv: '.csv',
  timeml: '.tml',
};

/** Formats holding one document per file; the others combine every document into one output. */
export function isPerDocument(format: ExportFormat): boolean {
  return format === 'timeml';
}

/** The export text for the documents (for per-document formats, call once per document). */
export function exportDocuments(format: ExportFormat, docs: readonly AnnalistDocument[]): string {
  switch (format) {
    case 'timelinejs':
      return JSON.stringify(toTimelineJs(docs), null, 2) + '\n';
    case 'plover':
      return toPloverJsonl(docs);
    case 'geojson':
      return JSON.stringify(toGeoJson(docs), null, 2) + '\n';
    case 'csv':
      return toAcledCsv(docs);
    case 'timeml':
      return docs.map(toTimeMl).join('');
  }
}

export { toAcledCsv, toGeoJson, toPloverJsonl, toTimelineJs, toTimeMl };
