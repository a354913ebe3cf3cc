/**
 * The time stage: finds time expressions, normalizes them to TIMEX3 + EDTF, and anchors relative
 * ones on the DCT (news) or the last date told (narrative), deciding which when asked to.
 */
import type { Stage } from '../pipeline/stage.js';
import { captionSpans, tagTimes } from './tagger.js';

export const timeStage: Stage = {
  name: 'time',
  needs: ['segment'],
  run: (doc, options) => {
    const { timexes, documentType } = tagTimes({ text: doc.text, dct: doc.dct, documentType: options.documentType, captions: captionSpans(doc) });
    return { timexes, documentType };
  },
};

export { tagTimes, parseDct } from './tagger.js';
