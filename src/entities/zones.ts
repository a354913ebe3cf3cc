/**
 * Where a mention sits: body text, a photo caption, or a photo credit. Uses the segment layer
 * (media items, sentence kinds) when present; without it, falls back to a credit pattern of
 * scraped galleries: a known agency (or "Photographer/Agency") closing a glued unit.
 */
import type { AnnalistDocument, Entity } from '../model/document.js';
import type { Mention } from './recognize.js';

export type Zone = NonNullable<Entity['zone']>;

interface Range {
  start: number;
  end: number;
  zone: Zone;
}

/** Zone finder over the segment layer, or undefined when the document has none. */
export function zoneFinder(doc: Readonly<AnnalistDocument>): ((m: Mention) => Zone) | undefined {
  const ranges: Range[] = [];
  for (const item of doc.media) {
    ranges.push({ start: item.credit.start, end: item.credit.end, zone: 'credit' });
    ranges.push({ start: item.caption.start, end: item.caption.end, zone: 'caption' });
  }
  for (const sentence of doc.sentences) {
    if (sentence.kind === 'caption') ranges.push({ start: sentence.start, end: sentence.end, zone: 'caption' });
  }
  if (ranges.length === 0) return undefined;
  return (m) => ranges.find((r) => m.start >= r.start && m.end <= r.end)?.zone ?? 'body';
}

const CREDIT_ORGS = new Set([
  'reuters', 'afp', 'ap', 'associated press', 'getty images', 'getty', 'keystone', 'fortepan', 'epa', 'dpa',
  'corbis', 'magnum photos', 'bettmann', 'topical press agency', 'hulton archive', 'upi', 'tass', 'xinhua',
  'imperial war museum', 'ansa', 'efe', 'alamy', 'shutterstock', 'wikimedia commons', 'library of congress',
]);

/**
 * Credit zones without a segment layer: a known photo agency that ends a unit (a glued boundary,
 * a line end or the text end follows), with the "Photographer/" or "Agency/" mentions before it.
 */
export function creditZonesByPattern(text: string, mentions: Mention[]): Map<Mention, Zone> {
  const zones = new Map<Mention, Zone>();
  mentions.forEach((m, i) => {
    if (m.label !== 'ORGANIZATION' || !CREDIT_ORGS.has(m.name.toLowerCase())) return;
    if (!endsUnit(text, m.end)) return;
    zones.set(m, 'credit');
    for (let k = i - 1; k >= 0; k--) {
      const before = mentions[k] as Mention;
      const gap = text.slice(before.end, (mentions[k + 1] as Mention).start);
      if (gap.trim() !== '/' || (before.label !== 'PERSON' && before.label !== 'ORGANIZATION')) break;
      zones.set(before, 'credit');
    }
  });
  return zones;
}

function endsUnit(text: string, end: number): boolean {
  const next = text[end];
  if (next === undefined || next === '\n' || next === '\r') return true;
  // Glued: the next caption starts right away with a capital or a digit.
  return /[\p{Lu}\d]/u.test(next);
}
