import type { Command } from './command.js';
import { UsageError } from './command.js';

// Placeholder until the report command lands.
export const reportCommand: Command = {
  name: 'report',
  summary: 'not yet available',
  usage: 'annalist report',
  run: async () => {
    throw new UsageError('annalist report is not available yet');
  },
};
