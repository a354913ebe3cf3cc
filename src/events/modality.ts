/**
 * Whether a trigger is negated, hypothetical, future or reported, from the words before it in its
 * clause (and, for reporting, anywhere in the sentence).
 */
import type { Token } from '../quantities/tokens.js';

export interface Modality {
  negated: boolean;
  hypothetical: boolean;
  future: boolean;
  reported: boolean;
  /** Set when the trigger is what is threatened or demanded ("threatened to", "demanding that"): a THREATEN or REQUEST covers it. */
  threatened: boolean;
}

/** Tokens that end the clause holding a trigger, looking backwards. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '–', '—', '(', ')', 'but', 'and', 'while', 'although', 'though', 'whereas', 'because', 'after', 'before', 'when', 'who', 'which']);
const NEGATORS = new Set(['not', 'never', 'no', 'without', 'nor', 'neither']);
/** A denial negates what it denies, anywhere before the trigger in its clause: "Russia denies planning an invasion". */
const DENIALS = new Set(['denies', 'denied', 'deny', 'denying']);
const FUTURE_MODALS = new Set(['will', 'shall', "'ll", 'would']);
const INTENTION_WORDS = new Set([
  'intention', 'intends', 'intended', 'plans', 'planned', 'plan', 'pledged', 'promised', 'agreed', 'decided',
  'prepared', 'preparing', 'expected', 'set', 'about', 'going', 'ready', 'aims', 'aimed', 'wants', 'wanted', 'hoped',
  'offered', 'proposed', 'announced', 'promising', 'pledging', 'vowing', 'willing', 'want', 'agreeing', 'offering',
  'planning', 'intending', 'seeking', 'sought', 'hopes', 'determined',
  // a purpose or an attempt: "a detachment was sent out to seize supplies", "tried to take the city"
  'sent', 'dispatched', 'attempted', 'attempting', 'attempt', 'tried', 'trying',
]);
/** Words before "to" that say the act did not happen: "failed to take the capital", "unable to cross". */
const FAILED = new Set(['failed', 'fails', 'unable']);
const HYPOTHETICAL_WORDS = new Set(['if', 'unless', 'could', 'might', 'may', 'should', 'whether', 'believe', 'believed', 'feared', 'fear', 'rumoured', 'rumored', 'supposedly']);
const THREAT_WORDS = new Set(['threatened', 'threatening', 'vowed', 'warned', 'threat']);
const REPORTING_WORDS = new Set([
  'said', 'says', 'announced', 'announces', 'stated', 'declared', 'claimed', 'claims', 'reported', 'reports',
  'told', 'according', 'reportedly', 'alleged', 'allegedly', 'insisted', 'confirmed', 'denied', 'admitted',
]);
const DEMAND_WORDS = new Set([
  'demanded', 'demanding', 'demand', 'demands', 'urged', 'urging', 'calling', 'called', 'asked', 'asking', 'insisted',
  'insisting', 'ultimatum', 'requested', 'requesting', 'appealed', 'pressed', 'pressing', 'ordered', 'ordering',
  // Refusals: "refused to withdraw the bill" is a REJECT, not a withdrawal.
  'refused', 'refusing', 'refuses', 'declined', 'declining', 'rejected',
]);
const DEMAND_WINDOW = 6;
const WARNING_WINDOW = 14;
const NEGATION_WINDOW = 4;
const FUTURE_WINDOW = 4;

/** What the whole sentence says about every trigger in it, read once per sentence. */
export interface SentenceCues {
  /** Index of the first "if" or "unless", or -1. */
  firstConditional: number;
  /** Indexes of reporting words ("said", "according"). */
  reporting: number[];
}

export function sentenceCues(tokens: readonly Token[]): SentenceCues {
  const cues: SentenceCues = { firstConditional: -1, reporting: [] };
  for (let k = 0; k < tokens.length; k += 1) {
    const word = tokens[k].lower;
    if (cues.firstConditional < 0 && (word === 'if' || word === 'unless')) cues.firstConditional = k;
    if (REPORTING_WORDS.has(word)) cues.reporting.push(k);
  }
  return cues;
}

/** Reporting words that also perform what follows them as their object, and how far before the trigger they may stand ("declared a state of emergency"). */
const DECLARING = new Set(['declared', 'proclaimed', 'imposed']);
const DECLARED_OBJECT_REACH = 3;

export function modalityOf(tokens: readonly Token[], first: number, end: number, cues: SentenceCues = sentenceCues(tokens)): Modality {
  const clauseStart = findClauseStart(tokens, first);
  // "May" the month is not the modal "may".
  const clause: string[] = [];
  for (let k = clauseStart; k < first; k += 1) clause.push(tokens[k].text === 'May' ? 'may-month' : tokens[k].lower);
  const beforeTo = clause[clause.length - 1] === 'to' ? clause[clause.length - 2] ?? '' : '';
  const negated = isNegatedNear(clause) || (tokens[first - 1]?.lower ?? '').endsWith("n't") || anyNear(clause, clause.length, DENIALS) || FAILED.has(beforeTo);
  const intention = beforeTo !== '' && (INTENTION_WORDS.has(beforeTo) || anyNear(clause, 4, INTENTION_WORDS));
  const future = anyNear(clause, FUTURE_WINDOW, FUTURE_MODALS) || intention;
  // "if" or "unless" anywhere before the trigger.
  const conditional = cues.firstConditional >= 0 && cues.firstConditional < first;
  // ("ready to repel any attack": an attack of no one in particular)
  const hypothetical = conditional || anyNear(clause, clause.length, HYPOTHETICAL_WORDS) || precededByWouldHave(clause) || clause[clause.length - 1] === 'any';
  const threatened = (anyNear(clause, 4, THREAT_WORDS) && clause[clause.length - 1] === 'to') || isDemandedAct(clause) || isWarnedOf(tokens, first);
  // A reporting word anywhere in the sentence outside the trigger; not one whose object the trigger is
  // ("declared martial law", "imposed a curfew": the declaring is the act).
  const reported = cues.reporting.some((k) => (k < first || k >= end) && !(k >= first - DECLARED_OBJECT_REACH && k < first && DECLARING.has(tokens[k].lower)));
  return { negated, hypothetical: hypothetical || threatened, future, reported, threatened };
}

function isNegatedNear(clause: readonly string[]): boolean {
  for (let k = Math.max(0, clause.length - NEGATION_WINDOW); k < clause.length; k += 1) {
    if (NEGATORS.has(clause[k]) || clause[k].endsWith("n't")) return true;
  }
  return false;
}

/** Whether one of the last `window` words of the clause is one of `words`. */
function anyNear(clause: readonly string[], window: number, words: ReadonlySet<string>): boolean {
  for (let k = Math.max(0, clause.length - window); k < clause.length; k += 1) if (words.has(clause[k])) return true;
  return false;
}

/** "demanding that Iraq withdraw", "urged them to leave", "banners calling for an amnesty": the act is what is asked for, not done. */
function isDemandedAct(clause: readonly string[]): boolean {
  const recent = clause.slice(-DEMAND_WINDOW);
  const demand = recent.findIndex((w) => DEMAND_WORDS.has(w));
  return demand >= 0 && recent.slice(demand + 1).some((w) => w === 'that' || w === 'to' || w === 'for');
}

const WARNING_VERBS = new Set(['warned', 'threatened', 'warning', 'threatening', 'warns', 'threatens']);

/** "warned that anyone crossing would be shot", "warning that if the army shot": what a warning names has not happened. */
function isWarnedOf(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - WARNING_WINDOW; k -= 1) {
    const word = tokens[k].lower;
    if (word === '.' || word === ';') return false;
    if (WARNING_VERBS.has(word) && tokens[k + 1]?.lower === 'that') return true;
  }
  return false;
}

function precededByWouldHave(clause: readonly string[]): boolean {
  return clause.some((w, k) => (w === 'would' || w === 'could' || w === 'might') && clause[k + 1] === 'have');
}

/** Index of the first token of the clause that holds token `first`. */
function findClauseStart(tokens: readonly Token[], first: number): number {
  for (let k = first - 1; k >= 0; k -= 1) {
    if (CLAUSE_BREAKS.has(tokens[k].lower)) return k + 1;
  }
  return 0;
}
