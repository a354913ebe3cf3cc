/**
 * The places stage: gives each PLACE entity coordinates from the offline gazetteer, chosen with
 * the document's own context (see resolve.ts). Placed entities are new objects; the input is untouched.
 */
import type { Stage } from '../pipeline/stage.js';
import { gazetteer } from './gazetteer.js';
import { PlaceResolver } from './resolve.js';

export const placesStage: Stage = {
  name: 'places',
  needs: ['entities'],
  run: (doc) => ({ entities: new PlaceResolver(doc.text, gazetteer()).resolve(doc.entities) }),
};
