/** Runs Annalist's temporal tagger over the plain text of a TimeML document. */
import type { DocumentType, Timex } from '../model/document.js';
import { analyse } from '../pipeline/run.js';
import type { TimeMLDocument } from './read.js';

export type TypeChoice = DocumentType | 'auto';

/** The `time` stage's timexes (offsets into `document.text`), anchored on the file's DCT. */
export function tagTimeML(document: TimeMLDocument, name: string, documentType: TypeChoice): Timex[] {
  const analysed = analyse({ name, text: document.text, dct: document.dct, format: 'timeml' }, { documentType }, ['time']);
  return analysed.timexes;
}
