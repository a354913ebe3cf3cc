/**
 * The quantities stage: counts with honest bounds, the noun they count and what happened to it.
 * See lexicon.ts for the bound conventions and numbers.ts for vague counts.
 */
import type { Stage } from '../pipeline/stage.js';
import { findQuantities } from './extract.js';
import { sentencesOf } from './spans.js';

export const quantitiesStage: Stage = {
  name: 'quantities',
  needs: ['segment'],
  run: (doc) => ({ quantities: findQuantities(doc.text, sentencesOf(doc)) }),
};
