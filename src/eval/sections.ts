/**
 * The sections `npm run eval` runs, in order. To add an evaluation, export an EvalSection
 * from its own file in src/eval/ and list it here.
 */
import type { EvalSection } from './section.js';
import { timexSection } from './timex-section.js';
import { entitiesSection } from './entities-section.js';
import { eventsSection, heldOutEventsSection } from './events.js';

export const EVAL_SECTIONS: readonly EvalSection[] = [timexSection, entitiesSection, eventsSection, heldOutEventsSection];
