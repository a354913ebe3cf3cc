/**
 * The name index of the city table: an open-addressing hash table in two typed arrays, from the
 * hash of a normalized name to packed references (record << 1 | alternative). It replaces a Map
 * of some 180,000 string keys, whose construction dominated gazetteer start-up: names are hashed
 * as they stand when they need no normalizing, and a candidate's name is normalized again only
 * when a lookup meets its hash.
 */
import type { CityTable } from './cities.js';

/** 32-bit FNV-1a over UTF-16 code units (ASCII capitals lowered when `lower`). */
export function hashOf(key: string, from = 0, to = key.length, lower = false): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    let code = key.charCodeAt(i);
    if (lower && code >= 65 && code <= 90) code += 32;
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return hash;
}

/**
 * The hash of `normalize(name)`, computed without building the normalized string when `name` is
 * plain ASCII letters, apostrophes, hyphens and single spaces (normalizing then only lowercases
 * and trims); undefined when the normalized name is empty.
 */
function hashOfName(name: string, normalize: (name: string) => string): number | undefined {
  let first = 0;
  let last = name.length;
  let plain = true;
  for (let i = 0; i < name.length && plain; i++) {
    const code = name.charCodeAt(i);
    const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    plain = letter || code === 39 || code === 45 || (code === 32 && name.charCodeAt(i + 1) !== 32);
  }
  if (!plain) {
    const key = normalize(name);
    return key ? hashOf(key) : undefined;
  }
  while (first < last && name.charCodeAt(first) === 32) first++;
  while (last > first && name.charCodeAt(last - 1) === 32) last--;
  return first < last ? hashOf(name, first, last, true) : undefined;
}

/**
 * `normalize(name) === key`, without building the normalized string when `name` is plain ASCII
 * letters, apostrophes, hyphens and single spaces (normalizing then only lowercases and trims).
 */
export function normalizesTo(name: string, key: string, normalize: (name: string) => string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (!(letter || code === 39 || code === 45 || (code === 32 && name.charCodeAt(i + 1) !== 32))) return normalize(name) === key;
  }
  let first = 0;
  let last = name.length;
  while (first < last && name.charCodeAt(first) === 32) first++;
  while (last > first && name.charCodeAt(last - 1) === 32) last--;
  if (last - first !== key.length) return false;
  for (let k = 0; k < key.length; k++) {
    let code = name.charCodeAt(first + k);
    if (code >= 65 && code <= 90) code += 32;
    if (code !== key.charCodeAt(k)) return false;
  }
  return true;
}

export class CityNameIndex {
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private readonly mask: number;
  /** Number of references held. */
  size = 0;

  constructor(
    private readonly table: CityTable,
    private readonly normalize: (name: string) => string,
  ) {
    let capacity = 1024;
    while (capacity < table.count * 4) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.hashes = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let i = 0; i < table.count; i++) this.addRecord(i);
  }

  /** A city's name, and its alternative name when that is a different name rather than a code. */
  private addRecord(i: number): void {
    const name = this.table.names[i] as string;
    const nameHash = hashOfName(name, this.normalize);
    if (nameHash !== undefined) this.insert(nameHash, i * 2);
    const alt = this.table.altNames[i] as string;
    if (alt.length <= 3 || alt === name) return;
    const altHash = hashOfName(alt, this.normalize);
    if (altHash === undefined) return;
    // Under the same key as the main name, the alternative adds nothing.
    if (altHash === nameHash && this.normalize(alt) === this.normalize(name)) return;
    this.insert(altHash, i * 2 + 1);
  }

  private insert(hash: number, reference: number): void {
    let slot = hash & this.mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = reference + 1;
    this.hashes[slot] = hash;
    this.size++;
  }

  /** References under the normalized `key`, in table order (a name before its alternative). */
  references(key: string): number[] {
    const found: number[] = [];
    if (!key) return found;
    const hash = hashOf(key);
    for (let slot = hash & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      if (this.hashes[slot] !== hash) continue;
      const reference = (this.slots[slot] as number) - 1;
      const record = reference >> 1;
      const name = (reference & 1 ? this.table.altNames[record] : this.table.names[record]) as string;
      if (normalizesTo(name, key, this.normalize)) found.push(reference);
    }
    // Slots fill in insertion order along a probe run, so this is sorted already; the check makes
    // the order explicit without a comparator call per pair.
    for (let i = 1; i < found.length; i++) if ((found[i - 1] as number) > (found[i] as number)) return found.sort((a, b) => a - b);
    return found;
  }
}
