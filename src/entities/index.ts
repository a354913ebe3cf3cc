/**
 * The entities stage: people, organizations, places and acting groups, each with its span.
 * Rule- and lexicon-based (see recognize.ts); place names are checked against the offline
 * gazetteer, which loads once per process on first use.
 */
import type { AnnalistDocument, Entity } from '../model/document.js';
import type { Stage } from '../pipeline/stage.js';
import { gazetteer } from '../places/gazetteer.js';
import { Recognizer, type Mention } from './recognize.js';
import { creditZonesByPattern, zoneFinder } from './zones.js';

/** Entities of a document, ids e1.. in text order. */
export function findEntities(doc: Readonly<AnnalistDocument>): Entity[] {
  const sentenceStarts = doc.sentences.map((s) => s.start);
  const mentions = dropOverlaps(withCreditNames(doc, new Recognizer(doc.text, sentenceStarts, gazetteer()).run()));
  const zoneOf = zoneFinder(doc);
  const patternZones = zoneOf ? undefined : creditZonesByPattern(doc.text, mentions);
  return mentions.map((m, i) => {
    const entity: Entity = {
      id: `e${i + 1}`,
      start: m.start,
      end: m.end,
      text: doc.text.slice(m.start, m.end),
      label: m.label,
      name: m.name,
      zone: zoneOf ? zoneOf(m) : (patternZones?.get(m) ?? 'body'),
    };
    if (m.title) entity.title = m.title;
    return entity;
  });
}

/**
 * The segment layer reads photographers and agencies out of credits; each becomes a PERSON or
 * ORGANIZATION mention there, replacing whatever the recognizer made of the same words.
 */
function withCreditNames(doc: Readonly<AnnalistDocument>, mentions: Mention[]): Mention[] {
  const fromCredits: Mention[] = [];
  for (const { credit } of doc.media) {
    const fields: [string | undefined, Mention['label']][] = [
      [credit.photographer, 'PERSON'],
      [credit.agency, 'ORGANIZATION'],
      [credit.archive, 'ORGANIZATION'],
    ];
    for (const [name, label] of fields) {
      const at = name ? credit.text.indexOf(name) : -1;
      if (!name || at < 0) continue;
      fromCredits.push({ start: credit.start + at, end: credit.start + at + name.length, label, name });
    }
  }
  if (fromCredits.length === 0) return mentions;
  const overlaps = (a: Mention, b: Mention): boolean => a.start < b.end && b.start < a.end;
  const kept = mentions.filter((m) => !fromCredits.some((c) => overlaps(c, m)));
  return [...kept, ...fromCredits].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Mentions sorted by start; a mention overlapping an earlier kept one is dropped. */
function dropOverlaps(mentions: Mention[]): Mention[] {
  const kept: Mention[] = [];
  for (const m of mentions) {
    const previous = kept[kept.length - 1];
    if (previous && m.start < previous.end) continue;
    kept.push(m);
  }
  return kept;
}

export const entitiesStage: Stage = {
  name: 'entities',
  needs: ['segment'],
  run: (doc) => ({ entities: findEntities(doc) }),
};
