/** TimeML in and out: read TempEval-3 files, write system timexes back into them. */
export { readTimeML, type TimeMLDocument, type TimeMLTimex, type TimeMLElement, type ContentToken } from './read.js';
export { writeTimeML, type TimexToWrite, type WriteResult } from './write.js';
export { TimeMLError, escapeAttribute, escapeText, decodeEntities } from './xml.js';
