import type { Stage } from '../pipeline/stage.js';

// Placeholder until the time stage lands: adds an empty layer.
export const timeStage: Stage = {
  name: 'time',
  needs: ['segment'],
  run: () => ({}),
};
