/**
 * Event extraction scores on the hand-written corpus in events-corpus/ (our own sentences about
 * real events, each with gold PLOVER events). A predicted event matches a gold one when it has the
 * same type and its trigger overlaps the gold trigger (so it is in the same sentence). Among matches
 * we also score mode, date, place and the modality flags the gold states.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '../pipeline/run.js';
import type { AnnalistDocument, Event } from '../model/document.js';
import type { EvalSection, SectionReport } from './section.js';

export interface GoldEvent {
  type: string;
  /** The trigger words as written; its first whole-word occurrence unless `occurrence` says otherwise. */
  trigger: string;
  occurrence?: number;
  mode?: string;
  /** TIMEX3 value the event happened on (day, month or year). */
  date?: string;
  place?: string;
  negated?: boolean;
  hypothetical?: boolean;
  future?: boolean;
  reported?: boolean;
}

export interface CorpusDocument {
  id: string;
  documentType: 'news' | 'narrative';
  dct?: string;
  text: string;
  events: GoldEvent[];
  note?: string;
}

export interface Agreement {
  agreed: number;
  total: number;
}

export interface EventScores {
  documents: number;
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  mode: Agreement;
  date: Agreement;
  place: Agreement;
  flags: Agreement;
}

export interface DocumentResult {
  id: string;
  /** Names each predicted place goes by: the gazetteer's and the words in the text. */
  placeNames: Record<string, string[]>;
  missed: GoldEvent[];
  extra: Event[];
  matches: Array<{ gold: GoldEvent; predicted: Event }>;
}

const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'events-corpus');
/**
 * Documents never tuned on: written and annotated before the session-3 precision fixes were made,
 * and scored only to report a figure. Do not fix the coder by reading their errors; write new
 * development documents instead, or this figure stops measuring unseen text.
 */
export const HELD_OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'events-heldout');
/**
 * The development batches of session 3 (our own news, history and distractor texts, tuned on):
 * kept apart from the 49 documents above so that figure stays comparable across sessions.
 */
export const SESSION3_DEV_DIR = join(CORPUS_DIR, 'session3-dev');

export function loadEventCorpus(dir = CORPUS_DIR): CorpusDocument[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as CorpusDocument);
}

const LETTER = /[\p{L}\p{N}]/u;

/** Offsets of the gold trigger: its nth occurrence as whole words. */
export function locateTrigger(text: string, gold: GoldEvent): { start: number; end: number } | undefined {
  let seen = 0;
  for (let index = text.indexOf(gold.trigger); index >= 0; index = text.indexOf(gold.trigger, index + 1)) {
    const end = index + gold.trigger.length;
    const whole = !LETTER.test(text[index - 1] ?? ' ') && !LETTER.test(text[end] ?? ' ');
    if (!whole) continue;
    if (seen === (gold.occurrence ?? 0)) return { start: index, end };
    seen += 1;
  }
  return undefined;
}

export function analyseCorpusDocument(doc: CorpusDocument): AnnalistDocument {
  const input = doc.dct ? { name: doc.id, text: doc.text, dct: doc.dct } : { name: doc.id, text: doc.text };
  return analyse(input, { documentType: doc.documentType });
}

export function compareDocument(doc: CorpusDocument, analysed: AnnalistDocument): DocumentResult {
  const unmatched = [...analysed.events];
  const result: DocumentResult = { id: doc.id, placeNames: {}, missed: [], extra: [], matches: [] };
  for (const entity of analysed.entities) {
    if (entity.label === 'PLACE') result.placeNames[entity.id] = [entity.name, entity.text, entity.place?.name ?? ''].filter(Boolean);
  }
  for (const gold of doc.events) {
    const span = locateTrigger(doc.text, gold);
    if (!span) throw new Error(`${doc.id}: gold trigger "${gold.trigger}" not found`);
    const index = unmatched.findIndex((e) => e.type === gold.type && e.trigger.start < span.end && span.start < e.trigger.end);
    if (index < 0) result.missed.push(gold);
    else result.matches.push({ gold, predicted: unmatched.splice(index, 1)[0] });
  }
  result.extra = unmatched;
  return result;
}

function agreement(results: readonly DocumentResult[], test: (gold: GoldEvent, predicted: Event, result: DocumentResult) => boolean | undefined): Agreement {
  const total: Agreement = { agreed: 0, total: 0 };
  for (const result of results) {
    for (const { gold, predicted } of result.matches) {
      const verdict = test(gold, predicted, result);
      if (verdict === undefined) continue;
      total.total += 1;
      if (verdict) total.agreed += 1;
    }
  }
  return total;
}

const FLAGS = ['negated', 'hypothetical', 'future', 'reported'] as const;

export function scoreResults(results: readonly DocumentResult[]): EventScores {
  const matched = results.reduce((n, r) => n + r.matches.length, 0);
  const gold = matched + results.reduce((n, r) => n + r.missed.length, 0);
  const predicted = matched + results.reduce((n, r) => n + r.extra.length, 0);
  const precision = predicted === 0 ? 1 : matched / predicted;
  const recall = gold === 0 ? 1 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    documents: results.length,
    gold,
    predicted,
    matched,
    precision,
    recall,
    f1,
    mode: agreement(results, (g, p) => (g.mode === undefined ? undefined : g.mode === p.mode)),
    date: agreement(results, (g, p) => (g.date === undefined ? undefined : (p.when.value ?? '').slice(0, g.date.length) === g.date && (p.when.value ?? '').length >= g.date.length)),
    place: agreement(results, (g, p, r) => (g.place === undefined ? undefined : placeAgrees(g.place, p, r))),
    flags: agreement(results, (g, p) => {
      const stated = FLAGS.filter((flag) => g[flag] !== undefined);
      return stated.length === 0 ? undefined : stated.every((flag) => g[flag] === p[flag]);
    }),
  };
}

/** Place names compared without case or diacritics (Gdańsk = Gdansk); either may contain the other. */
function placeAgrees(gold: string, predicted: Event, result: DocumentResult): boolean {
  const wanted = fold(gold);
  const names = [predicted.where.name ?? '', ...(predicted.where.entity ? result.placeNames[predicted.where.entity] ?? [] : [])];
  return names.map(fold).some((name) => name !== '' && (name === wanted || name.includes(wanted) || wanted.includes(name)));
}

function fold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export interface EventEvaluation {
  scores: EventScores;
  results: DocumentResult[];
}

export function evaluateEvents(corpus: readonly CorpusDocument[] = loadEventCorpus()): EventEvaluation {
  const results = corpus.map((doc) => compareDocument(doc, analyseCorpusDocument(doc)));
  return { scores: scoreResults(results), results };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const share = (a: Agreement): string => (a.total === 0 ? 'n/a' : `${a.agreed}/${a.total} (${pct(a.agreed / a.total)})`);

export function formatScores(scores: EventScores, label = 'hand-written documents'): string {
  return [
    `Events on ${scores.documents} ${label}: ${scores.gold} gold, ${scores.predicted} predicted, ${scores.matched} matched (type + overlapping trigger)`,
    `  precision ${pct(scores.precision)}   recall ${pct(scores.recall)}   F1 ${pct(scores.f1)}`,
    `  among matches: mode ${share(scores.mode)}, date ${share(scores.date)}, place ${share(scores.place)}, flags ${share(scores.flags)}`,
  ].join('\n');
}

export function formatErrors(results: readonly DocumentResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    for (const gold of result.missed) lines.push(`${result.id}\tmissed\t${gold.type}\t${gold.trigger}`);
    for (const extra of result.extra) lines.push(`${result.id}\textra\t${extra.type}\t${extra.trigger.text}`);
    for (const { gold, predicted } of result.matches) {
      if (gold.date && !(predicted.when.value ?? '').startsWith(gold.date)) lines.push(`${result.id}\tdate\t${gold.trigger}\tgold ${gold.date}\tgot ${predicted.when.value ?? '-'} (${predicted.when.basis})`);
      if (gold.place && !placeAgrees(gold.place, predicted, result)) lines.push(`${result.id}\tplace\t${gold.trigger}\tgold ${gold.place}\tgot ${predicted.where.name ?? '-'}`);
      if (gold.mode && gold.mode !== predicted.mode) lines.push(`${result.id}\tmode\t${gold.trigger}\tgold ${gold.mode}\tgot ${predicted.mode ?? '-'}`);
    }
  }
  return lines.join('\n');
}

/** The events section of `npm run eval` (to be listed in sections.ts). */
export const eventsSection: EvalSection = {
  name: 'events',
  title: 'PLOVER events',
  run(): SectionReport {
    const { scores } = evaluateEvents();
    const dev = evaluateEvents(loadEventCorpus(SESSION3_DEV_DIR)).scores;
    const text = `${formatScores(scores)}\n${formatScores(dev, 'session-3 development documents (tuned on)')}`;
    return { text, json: { ...scores, session3Dev: dev }, written: [] };
  },
};

/** The held-out events line of `npm run eval`: unseen-text figures, without the error list. */
export const heldOutEventsSection: EvalSection = {
  name: 'events-heldout',
  title: 'PLOVER events, held-out',
  run(): SectionReport {
    const { scores } = evaluateEvents(loadEventCorpus(HELD_OUT_DIR));
    return { text: formatScores(scores, 'held-out documents (annotated before the session-3 fixes)'), json: scores, written: [] };
  },
};
