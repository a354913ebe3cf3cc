#!/usr/bin/env node
/** Entry point: `annalist <command> [args]`. Errors become one line on stderr and a non-zero exit. */
import { COMMANDS } from './commands.js';
import { UsageError, type CommandIO } from './command.js';

const io: CommandIO = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };

function usage(): string {
  return [
    'usage: annalist <command> [options]',
    '',
    'commands:',
    ...Object.keys(COMMANDS).map((name) => `  ${name}`),
    '',
    'Run `annalist <command> --help` for a command\'s options.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    io.stdout.write(usage() + '\n');
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) throw new UsageError(`unknown command "${name}" (try: ${Object.keys(COMMANDS).join(', ')})`);
  const command = await load();
  return command.run(rest, io);
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim();
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`annalist: ${oneLine(error)}\n`);
    process.exitCode = error instanceof UsageError ? error.exitCode : 1;
  },
);
