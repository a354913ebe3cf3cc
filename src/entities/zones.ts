/**
 * Where a mention sits: body text, a photo caption, or a photo credit. Uses the segment layer
 * (media items, sentence kinds) when present; without it, falls back to a credit pattern of
 * scraped galleries: a known agency (or "Photographer/Agency") closing a glued unit.
 */
import type { AnnalistDocument, Entity } from '../model/document.js';
import type { Mention } from './recognize.js';

export type Zone = NonNullable<Entity['zone']>;

const ZONES: Zone[] = ['body', 'caption', 'credit'];

/** Zone finder over the segment layer, or undefined when the document has none. */
export function zoneFinder(doc: Readonly<AnnalistDocument>): ((m: Mention) => Zone) | undefined {
  if (doc.media.length === 0 && !doc.sentences.some((s) => s.kind === 'caption')) return undefined;
  // One byte per character (index into ZONES): linear however many captions there are.
  const zoneAt = new Uint8Array(doc.text.length);
  const paint = (start: number, end: number, zone: number): void => {
    zoneAt.fill(zone, Math.max(0, start), Math.min(end, zoneAt.length));
  };
  for (const sentence of doc.sentences) if (sentence.kind === 'caption') paint(sentence.start, sentence.end, 1);
  for (const item of doc.media) paint(item.caption.start, item.caption.end, 1);
  for (const item of doc.media) paint(item.credit.start, item.credit.end, 2);
  return (m) => ZONES[zoneAt[m.start] ?? 0] ?? 'body';
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
