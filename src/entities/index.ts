/**
 * The entities stage: people, organizations, places and acting groups, each with its span.
 * Rule- and lexicon-based (see recognize.ts); place names are checked against the offline
 * gazetteer, which loads once per process on first use.
 */
import type { AnnalistDocument, Entity } from '../model/document.js';
import type { Stage } from '../pipeline/stage.js';
import { gazetteer } from '../places/gazetteer.js';
import { Recognizer, type Mention } from './recognize.js';
import { tokenize } from './tokens.js';
import { creditZonesByPattern, zoneFinder } from './zones.js';

/** Entities of a document, ids e1.. in text order. */
export function findEntities(doc: Readonly<AnnalistDocument>): Entity[] {
  const starts = new Set(doc.sentences.map((s) => s.start));
  const tokens = tokenize(doc.text, starts);
  const mentions = dropOverlaps(new Recognizer(doc.text, tokens, gazetteer()).run());
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
