#!/usr/bin/env node
/** Entry point: `annalist <command> [args]`. Errors become one line on stderr and a non-zero exit. */
import { readFileSync } from 'node:fs';
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

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V') {
    io.stdout.write(`annalist ${version()}\n`);
    return 0;
  }
  if (!name || name === '--help' || name === '-h') {
    (name ? io.stdout : io.stderr).write(usage() + '\n');
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

function exitCodeOf(error: unknown): number {
  const code = (error as { exitCode?: unknown } | null)?.exitCode;
  return typeof code === 'number' && code > 0 ? code : 1;
}

// A reader that stops early (`annalist extract big.jsonl | head`) is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`annalist: cannot write output: ${oneLine(error)}\n`);
  process.exit(1);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`annalist: ${oneLine(error)}\n`);
    // ANNALIST_DEBUG=1 shows where an unexpected error came from; users never see a stack otherwise.
    if (process.env.ANNALIST_DEBUG && error instanceof Error && error.stack) process.stderr.write(error.stack + '\n');
    process.exitCode = error instanceof UsageError ? error.exitCode : exitCodeOf(error);
  },
);
