import type { Stage } from '../pipeline/stage.js';

// Placeholder until the events stage lands: adds an empty layer.
export const eventsStage: Stage = {
  name: 'events',
  needs: ['time', 'entities', 'places', 'quantities'],
  run: () => ({}),
};
