import type { Stage } from '../pipeline/stage.js';

// Placeholder until the quantities stage lands: adds an empty layer.
export const quantitiesStage: Stage = {
  name: 'quantities',
  needs: ['segment'],
  run: () => ({}),
};
