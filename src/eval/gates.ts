/**
 * The accuracy floors `npm test` enforces, in src/eval/gates.json (copied to dist by the build).
 * Each evaluation section owns one key of that file ("timex", ...).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../testing/shared.js';

export type Floors = Record<string, Record<string, number>>;

/** The floors of a section, from the gates.json beside this module. */
export function readFloors(section: string): Floors | undefined {
  const gates = JSON.parse(readFileSync(new URL('./gates.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  return gates[section] as Floors | undefined;
}

/** Replaces one section's floors in the source gates.json, keeping every other key; returns its path. */
export function writeFloors(section: string, floors: Floors, path = join(projectRoot(), 'src', 'eval', 'gates.json')): string {
  const gates = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  gates[section] = floors;
  writeFileSync(path, JSON.stringify(gates, null, 2) + '\n', 'utf8');
  return path;
}
