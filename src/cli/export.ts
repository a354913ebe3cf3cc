import type { Command } from './command.js';
import { UsageError } from './command.js';

// Placeholder until the export command lands.
export const exportCommand: Command = {
  name: 'export',
  summary: 'not yet available',
  usage: 'annalist export',
  run: async () => {
    throw new UsageError('annalist export is not available yet');
  },
};
