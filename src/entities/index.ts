import type { Stage } from '../pipeline/stage.js';

// Placeholder until the entities stage lands: adds an empty layer.
export const entitiesStage: Stage = {
  name: 'entities',
  needs: ['segment'],
  run: () => ({}),
};
