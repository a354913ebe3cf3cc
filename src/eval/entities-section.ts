/**
 * Entity recognition and place resolution on the project's annotated corpus, Annalist beside
 * compromise, as one report: used by `node dist/eval/entities-cli.js` and by `npm run eval`.
 */
import { annalistPredictor, evaluateEntities, evaluatePlaces, loadEntityCorpus, type PlaceScores, type Scores, type SystemScores } from './entities.js';
import type { EvalSection, SectionReport } from './section.js';

const pct = (x: number): string => `${(100 * x).toFixed(1)}`.padStart(5);
const row = (name: string, s: Scores): string =>
  `${name.padEnd(34)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

function systemLines(name: string, scores: SystemScores): string[] {
  return [
    row(`${name} exact span+label`, scores.exact),
    row(`${name} span only`, scores.spanOnly),
    row(`${name} span+label, no GROUP`, scores.exactNoGroup),
    ...Object.entries(scores.byLabel).map(([label, s]) => row(`  ${label}`, s)),
  ];
}

/** Gold entities missed and predictions not in the gold, per document. */
export function printEntityErrors(): void {
  for (const doc of loadEntityCorpus()) {
    const predicted = annalistPredictor(doc.text);
    const key = (s: { start: number; end: number; label: string }): string => `${s.start}:${s.end}:${s.label}`;
    const gold = new Set(doc.gold.map(key));
    const got = new Set(predicted.map(key));
    for (const g of doc.gold) if (!got.has(key(g))) console.log(`${doc.id}  missed  ${g.label} "${doc.text.slice(g.start, g.end)}"`);
    for (const p of predicted) if (!gold.has(key(p))) console.log(`${doc.id}  extra   ${p.label} "${doc.text.slice(p.start, p.end)}"`);
  }
}

const placeRow = (name: string, s: PlaceScores): string =>
  `${name.padEnd(34)} ${s.correct}/${s.gold} within tolerance (${(100 * s.accuracy).toFixed(1)}%), ${s.resolved} resolved`;


/** The whole entity report as text and JSON. */
export function entityReport(): SectionReport {
  const evaluation = evaluateEntities();
  const places = evaluatePlaces();
  const lines = [`Entity corpus: ${evaluation.documents} documents, ${evaluation.goldEntities} gold entities`];
  lines.push(...systemLines('annalist', evaluation.annalist));
  if (evaluation.compromise) lines.push(...systemLines('compromise', evaluation.compromise));
  else lines.push(`compromise: not scored (${evaluation.compromiseMissing})`);
  lines.push(placeRow('places: annalist', places.annalist), placeRow('places: largest namesake', places.largestNamesake));
  return { text: lines.join('\n'), json: { entities: evaluation, places }, written: [] };
}

export const entitiesSection: EvalSection = {
  name: 'entities',
  title: 'Entities and places',
  run: entityReport,
};
