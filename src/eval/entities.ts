/**
 * Entity recognition evaluation on the hand-written corpus in entities-corpus/ (see its README):
 * precision, recall and F1 for Annalist and for compromise (a dev dependency), by exact span +
 * label and by span only, over all labels and over PERSON/ORGANIZATION/PLACE (compromise has no
 * GROUP).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { EntityLabel } from '../model/document.js';
import { analyse } from '../pipeline/run.js';
import { gazetteer, type GazetteerEntry } from '../places/gazetteer.js';
import { distanceKm } from '../places/resolve.js';

export interface GoldSpan {
  start: number;
  end: number;
  label: EntityLabel;
}

export interface GoldPlace {
  start: number;
  end: number;
  lat: number;
  lon: number;
  toleranceKm: number;
}

export interface CorpusDocument {
  id: string;
  genre: string;
  text: string;
  gold: GoldSpan[];
  places: GoldPlace[];
}

export interface PlaceScores {
  gold: number;
  /** Gold places given coordinates. */
  resolved: number;
  /** Gold places given coordinates within their tolerance. */
  correct: number;
  accuracy: number;
}

export interface PlaceEvaluation {
  annalist: PlaceScores;
  /** Baseline without document context: a country if the name is one, else the largest town. */
  largestNamesake: PlaceScores;
}

export interface Scores {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface SystemScores {
  /** Exact span and label. */
  exact: Scores;
  /** Exact span, any label. */
  spanOnly: Scores;
  /** Exact span and label, PERSON/ORGANIZATION/PLACE only. */
  exactNoGroup: Scores;
  byLabel: Partial<Record<EntityLabel, Scores>>;
}

export interface EntityEvaluation {
  documents: number;
  goldEntities: number;
  annalist: SystemScores;
  compromise?: SystemScores;
  /** Why compromise was not scored, when it was not. */
  compromiseMissing?: string;
}

export type Predictor = (text: string) => GoldSpan[];

const CORPUS_DIR = new URL('./entities-corpus/', import.meta.url);
const LABELS: EntityLabel[] = ['PERSON', 'ORGANIZATION', 'PLACE', 'GROUP'];

interface CorpusFile {
  id: string;
  genre: string;
  text: string;
  entities: [string, EntityLabel][];
  places?: [string, number, number, number][];
}

/** The corpus with gold offsets found by searching each surface after the previous one. */
export function loadEntityCorpus(dir: URL = CORPUS_DIR): CorpusDocument[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as CorpusFile;
      let from = 0;
      const gold = file.entities.map(([surface, label]) => {
        const start = file.text.indexOf(surface, from);
        if (start < 0) throw new Error(`${name}: gold "${surface}" not found after offset ${from}`);
        from = start + surface.length;
        return { start, end: start + surface.length, label };
      });
      const places = (file.places ?? []).map(([surface, lat, lon, toleranceKm]) => {
        const span = gold.find((g) => file.text.slice(g.start, g.end) === surface && g.label === 'PLACE');
        if (!span) throw new Error(`${name}: place "${surface}" is not a gold PLACE`);
        return { start: span.start, end: span.end, lat, lon, toleranceKm };
      });
      return { id: file.id, genre: file.genre, text: file.text, gold, places };
    });
}

export const annalistPredictor: Predictor = (text) =>
  analyse({ name: 'eval', text }, undefined, ['entities']).entities.map(({ start, end, label }) => ({ start, end, label }));

interface CompromiseMatch {
  offset: { start: number; length: number };
}
interface CompromiseView {
  json(options: { offset: boolean }): CompromiseMatch[];
}
interface CompromiseDoc {
  people(): CompromiseView;
  places(): CompromiseView;
  organizations(): CompromiseView;
}

/** compromise's people/places/organizations, trailing punctuation and possessives trimmed. */
export function compromisePredictor(): Predictor | undefined {
  let nlp: (text: string) => CompromiseDoc;
  try {
    nlp = createRequire(import.meta.url)('compromise') as typeof nlp;
  } catch {
    return undefined;
  }
  return (text) => {
    const doc = nlp(text);
    const spans: GoldSpan[] = [];
    const add = (view: CompromiseView, label: EntityLabel): void => {
      for (const { offset } of view.json({ offset: true })) {
        const [start, end] = trimSpan(text, offset.start, offset.start + offset.length);
        if (end > start) spans.push({ start, end, label });
      }
    };
    add(doc.people(), 'PERSON');
    add(doc.places(), 'PLACE');
    add(doc.organizations(), 'ORGANIZATION');
    return spans.sort((a, b) => a.start - b.start);
  };
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  let e = end;
  let s = start;
  while (e > s && /[\s.,;:!?)"”’']/.test(text[e - 1] ?? '')) e--;
  if (/['’]s$/i.test(text.slice(s, e))) e -= 2;
  while (s < e && /[\s("“]/.test(text[s] ?? '')) s++;
  return [s, e];
}

function scores(tp: number, fp: number, fn: number): Scores {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Matches predicted spans to gold spans one-to-one; `same` decides what counts as a match. */
function match(gold: GoldSpan[], predicted: GoldSpan[], same: (g: GoldSpan, p: GoldSpan) => boolean): { tp: number; fp: number; fn: number } {
  const used = new Set<number>();
  let tp = 0;
  for (const p of predicted) {
    const hit = gold.findIndex((g, i) => !used.has(i) && same(g, p));
    if (hit >= 0) {
      used.add(hit);
      tp++;
    }
  }
  return { tp, fp: predicted.length - tp, fn: gold.length - tp };
}

const sameSpan = (g: GoldSpan, p: GoldSpan): boolean => g.start === p.start && g.end === p.end;
const sameSpanAndLabel = (g: GoldSpan, p: GoldSpan): boolean => sameSpan(g, p) && g.label === p.label;

/** Scores one system over the corpus. */
export function scoreSystem(corpus: CorpusDocument[], predict: Predictor): SystemScores {
  const totals = { exact: [0, 0, 0], spanOnly: [0, 0, 0], exactNoGroup: [0, 0, 0] };
  const perLabel = new Map<EntityLabel, number[]>(LABELS.map((l) => [l, [0, 0, 0]]));
  const add = (into: number[], r: { tp: number; fp: number; fn: number }): void => {
    into[0] = (into[0] ?? 0) + r.tp;
    into[1] = (into[1] ?? 0) + r.fp;
    into[2] = (into[2] ?? 0) + r.fn;
  };
  for (const doc of corpus) {
    const predicted = predict(doc.text);
    add(totals.exact, match(doc.gold, predicted, sameSpanAndLabel));
    add(totals.spanOnly, match(doc.gold, predicted, sameSpan));
    const noGroup = (spans: GoldSpan[]): GoldSpan[] => spans.filter((s) => s.label !== 'GROUP');
    add(totals.exactNoGroup, match(noGroup(doc.gold), noGroup(predicted), sameSpanAndLabel));
    for (const label of LABELS) {
      const only = (spans: GoldSpan[]): GoldSpan[] => spans.filter((s) => s.label === label);
      add(perLabel.get(label) as number[], match(only(doc.gold), only(predicted), sameSpan));
    }
  }
  const toScores = ([tp, fp, fn]: number[]): Scores => scores(tp ?? 0, fp ?? 0, fn ?? 0);
  const byLabel: Partial<Record<EntityLabel, Scores>> = {};
  for (const [label, counts] of perLabel) if ((counts[0] ?? 0) + (counts[1] ?? 0) + (counts[2] ?? 0) > 0) byLabel[label] = toScores(counts);
  return {
    exact: toScores(totals.exact),
    spanOnly: toScores(totals.spanOnly),
    exactNoGroup: toScores(totals.exactNoGroup),
    byLabel,
  };
}

/** Annalist and compromise on the entity corpus. */
export function evaluateEntities(corpus: CorpusDocument[] = loadEntityCorpus()): EntityEvaluation {
  const evaluation: EntityEvaluation = {
    documents: corpus.length,
    goldEntities: corpus.reduce((n, d) => n + d.gold.length, 0),
    annalist: scoreSystem(corpus, annalistPredictor),
  };
  const compromise = compromisePredictor();
  if (compromise) evaluation.compromise = scoreSystem(corpus, compromise);
  else evaluation.compromiseMissing = 'compromise is not installed (it is a dev dependency)';
  return evaluation;
}

type PlaceGuess = (doc: CorpusDocument, place: GoldPlace) => { lat: number; lon: number } | undefined;

function scorePlaces(corpus: CorpusDocument[], guess: PlaceGuess): PlaceScores {
  let gold = 0;
  let resolved = 0;
  let correct = 0;
  for (const doc of corpus) {
    for (const place of doc.places) {
      gold++;
      const found = guess(doc, place);
      if (!found) continue;
      resolved++;
      if (distanceKm(found, place) <= place.toleranceKm) correct++;
    }
  }
  return { gold, resolved, correct, accuracy: gold === 0 ? 0 : correct / gold };
}

/** Place resolution on the corpus places: Annalist against the largest namesake. */
export function evaluatePlaces(corpus: CorpusDocument[] = loadEntityCorpus()): PlaceEvaluation {
  const resolvedDocs = new Map<string, ReturnType<typeof analyse>>();
  const annalist: PlaceGuess = (doc, place) => {
    let analysed = resolvedDocs.get(doc.id);
    if (!analysed) {
      analysed = analyse({ name: doc.id, text: doc.text }, undefined, ['places']);
      resolvedDocs.set(doc.id, analysed);
    }
    return analysed.entities.find((e) => e.start === place.start && e.end === place.end)?.place;
  };
  const largestNamesake: PlaceGuess = (doc, place) => {
    const candidates = gazetteer().lookup(doc.text.slice(place.start, place.end)).map((c) => c.entry);
    const rank = (e: GazetteerEntry): number => (e.source === 'country' || e.source === 'polity' ? Infinity : e.population);
    return candidates.sort((a, b) => rank(b) - rank(a))[0];
  };
  return { annalist: scorePlaces(corpus, annalist), largestNamesake: scorePlaces(corpus, largestNamesake) };
}
