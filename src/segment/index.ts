import type { Stage } from '../pipeline/stage.js';

// Placeholder until the segment stage lands: adds an empty layer.
export const segmentStage: Stage = {
  name: 'segment',
  needs: [],
  run: () => ({}),
};
