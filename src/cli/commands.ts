/** The sub-commands, loaded on demand so `annalist extract` does not pay for the report's code. */
import type { Command } from './command.js';

export const COMMANDS: Record<string, () => Promise<Command>> = {
  extract: async () => (await import('./extract.js')).extractCommand,
  timeml: async () => (await import('./timeml.js')).timemlCommand,
  report: async () => (await import('./report.js')).reportCommand,
  export: async () => (await import('./export.js')).exportCommand,
};
