import type { Command } from './command.js';
import { UsageError } from './command.js';

// Placeholder until the timeml command lands.
export const timemlCommand: Command = {
  name: 'timeml',
  summary: 'not yet available',
  usage: 'annalist timeml',
  run: async () => {
    throw new UsageError('annalist timeml is not available yet');
  },
};
