/**
 * The order of stages, declared in one place. Each stage reads the document and adds its own layer.
 */
import type { Stage } from './stage.js';
import { segmentStage } from '../segment/index.js';
import { timeStage } from '../time/index.js';
import { entitiesStage } from '../entities/index.js';
import { placesStage } from '../places/index.js';
import { quantitiesStage } from '../quantities/index.js';
import { eventsStage } from '../events/index.js';

export const STAGES: readonly Stage[] = [
  segmentStage,
  timeStage,
  entitiesStage,
  placesStage,
  quantitiesStage,
  eventsStage,
];
