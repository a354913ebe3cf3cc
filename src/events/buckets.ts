/**
 * Groups spans (entities, timexes, quantities) under the containers (sentences, captions) that hold
 * them, in one sweep over both sorted lists, so per-sentence work stays linear in the document.
 */
interface Bounded {
  start: number;
  end: number;
}

/** The bucket of every container that holds nothing: shared, so it is frozen. */
const NOTHING: readonly never[] = Object.freeze([]);

/** For each container (sorted, non-overlapping), the items lying wholly inside it, in text order. */
export function bucketBySpan<C extends Bounded, T extends Bounded>(containers: readonly C[], items: readonly T[]): Array<readonly T[]> {
  const buckets: Array<T[] | undefined> = new Array<T[] | undefined>(containers.length).fill(undefined);
  // Layers usually come in text order already: then the (stable) sort would change nothing.
  const sorted = inTextOrder(items) ? items : [...items].sort(byOffsets);
  let c = 0;
  for (const item of sorted) {
    while (c < containers.length && containers[c].end <= item.start) c += 1;
    if (c >= containers.length) break;
    if (containers[c].start <= item.start && item.end <= containers[c].end) (buckets[c] ??= []).push(item);
  }
  return buckets.map((bucket) => bucket ?? NOTHING);
}

function byOffsets(a: Bounded, b: Bounded): number {
  return a.start - b.start || a.end - b.end;
}

function inTextOrder(items: readonly Bounded[]): boolean {
  for (let k = 1; k < items.length; k += 1) if (byOffsets(items[k - 1], items[k]) > 0) return false;
  return true;
}
