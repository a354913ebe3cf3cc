/**
 * Prints entity recognition scores for Annalist and compromise on the entity corpus.
 * Usage: node dist/eval/entities-cli.js [--json] [--errors]
 */
import { annalistPredictor, evaluateEntities, evaluatePlaces, loadEntityCorpus, type PlaceScores, type Scores, type SystemScores } from './entities.js';

const pct = (x: number): string => `${(100 * x).toFixed(1)}`.padStart(5);
const row = (name: string, s: Scores): string =>
  `${name.padEnd(34)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

function printSystem(name: string, scores: SystemScores): void {
  console.log(row(`${name} exact span+label`, scores.exact));
  console.log(row(`${name} span only`, scores.spanOnly));
  console.log(row(`${name} span+label, no GROUP`, scores.exactNoGroup));
  for (const [label, s] of Object.entries(scores.byLabel)) console.log(row(`  ${label}`, s));
}

/** Gold entities missed and predictions not in the gold, per document. */
function printErrors(): void {
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

const args = new Set(process.argv.slice(2));
const evaluation = evaluateEntities();
const places = evaluatePlaces();
if (args.has('--json')) {
  console.log(JSON.stringify({ entities: evaluation, places }, null, 2));
} else {
  console.log(`Entity corpus: ${evaluation.documents} documents, ${evaluation.goldEntities} gold entities`);
  printSystem('annalist', evaluation.annalist);
  if (evaluation.compromise) printSystem('compromise', evaluation.compromise);
  else console.log(`compromise: not scored (${evaluation.compromiseMissing})`);
  console.log(placeRow('places: annalist', places.annalist));
  console.log(placeRow('places: largest namesake', places.largestNamesake));
}
if (args.has('--errors')) printErrors();
