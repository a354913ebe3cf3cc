/** The dispatcher of the built CLI: usage, version, unknown commands and a reader that stops early. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../dist/cli/annalist.js', import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { input: '', encoding: 'utf8' });

test('without a command the usage goes to stderr with exit code 2; --help prints it on stdout', () => {
  const bare = run();
  assert.equal(bare.status, 2);
  assert.equal(bare.stdout, '');
  assert.match(bare.stderr, /^usage: annalist <command>/);
  const help = run('--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /commands:\n {2}extract\n/);
});

test('--version prints the version from package.json', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  assert.equal(run('--version').stdout, `annalist ${manifest.version}\n`);
});

test('a reader that closes the pipe early ends the run quietly', async () => {
  const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `n${i}`, text: `Note ${i}: the ferry ran late.` })).join('\n');
  const child = spawn(process.execPath, [CLI, 'extract', '--from', 'jsonl', '--only', 'segment'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdout.once('data', () => child.stdout.destroy());
  child.stdin.on('error', () => {}); // the child may be gone before all input is written
  child.stdin.end(lines);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0);
  assert.equal(stderr, '');
});
