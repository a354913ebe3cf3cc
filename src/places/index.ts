import type { Stage } from '../pipeline/stage.js';

// Placeholder until the places stage lands: adds an empty layer.
export const placesStage: Stage = {
  name: 'places',
  needs: ['entities'],
  run: () => ({}),
};
