/**
 * Locates the workplace's shared files (../shared seen from the project root) for tests and eval.
 * Tests call `sharedFile(...)` and skip with `SHARED_MISSING` when it returns undefined.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: the nearest folder above this file holding package.json. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the project root (package.json)');
    dir = parent;
  }
  return dir;
}

/** Path of a file under ../shared, or undefined when it is absent on this machine. */
export function sharedFile(...parts: string[]): string | undefined {
  const path = resolve(projectRoot(), '..', 'shared', ...parts);
  return existsSync(path) ? path : undefined;
}

export const SHARED_MISSING = 'the shared development files (../shared) are absent on this machine';

export const SEED_PATH_PARTS = ['seed', 'hungary-1956-gallery.txt'] as const;
