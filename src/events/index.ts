/**
 * The events stage: PLOVER events with actors, recipients, date, place and counts, and the
 * photographs linked to the events they show (it returns the `media` layer too, since linking
 * needs every other layer). Lexicon and coding decisions: triggers.ts.
 */
import type { Stage } from '../pipeline/stage.js';
import { extractEvents } from './extract.js';

export const eventsStage: Stage = {
  name: 'events',
  needs: ['time', 'entities', 'places', 'quantities'],
  run: (doc) => extractEvents(doc),
};
