import type { Command } from './command.js';
import { UsageError } from './command.js';

// Placeholder until the extract command lands.
export const extractCommand: Command = {
  name: 'extract',
  summary: 'not yet available',
  usage: 'annalist extract',
  run: async () => {
    throw new UsageError('annalist extract is not available yet');
  },
};
