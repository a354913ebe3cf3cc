/**
 * Groups spans (entities, timexes, quantities) under the containers (sentences, captions) that hold
 * them, in one sweep over both sorted lists, so per-sentence work stays linear in the document.
 */
interface Bounded {
  start: number;
  end: number;
}

/** For each container (sorted, non-overlapping), the items lying wholly inside it, in text order. */
export function bucketBySpan<C extends Bounded, T extends Bounded>(containers: readonly C[], items: readonly T[]): T[][] {
  const buckets: T[][] = containers.map(() => []);
  const sorted = [...items].sort((a, b) => a.start - b.start || a.end - b.end);
  let c = 0;
  for (const item of sorted) {
    while (c < containers.length && containers[c].end <= item.start) c += 1;
    if (c >= containers.length) break;
    if (containers[c].start <= item.start && item.end <= containers[c].end) buckets[c].push(item);
  }
  return buckets;
}
