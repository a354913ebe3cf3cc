/**
 * The sections `npm run eval` runs, in order. To add an evaluation (entities, events), export an
 * EvalSection from your own file in src/eval/ and list it here.
 */
import type { EvalSection } from './section.js';
import { timexSection } from './timex-section.js';

export const EVAL_SECTIONS: readonly EvalSection[] = [timexSection];
