/** Reading Annalist's inputs: text files, standard input, saved HTML pages and JSONL streams. */
export { InputError, describeFsError } from './errors.js';
export { leadingDate, parseDct } from './dct.js';
export {
  DEFAULT_MAX_BYTES,
  checkInputPath,
  decodeText,
  readInputBytes,
  readStreamBytes,
  readTextFile,
  readTextStream,
  type DecodedText,
  type ReadOptions,
} from './text.js';
export { htmlToDocument, type CreditDetails, type CreditParser, type HtmlDocument, type HtmlOptions } from './html.js';
export { parseJsonlLine, readJsonl, type JsonlDocument, type JsonlLine } from './jsonl.js';
