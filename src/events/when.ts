/**
 * When an event happened: the date its own sentence gives; else, when the sentence opens with a
 * same-day or next-day phrase ("By the evening", "That night", "The next day"), the date of the
 * latest dated sentence before it in the same paragraph; else nothing (`basis: 'none'`). An event
 * never borrows a date from another paragraph.
 */
import type { EventWhen, Sentence, Timex } from '../model/document.js';

type Bounded = { start: number; end: number };

/** A timex whose value names a calendar date or time (not a duration, set or unresolved value). */
export function isDated(timex: Timex): boolean {
  return (timex.type === 'DATE' || timex.type === 'TIME') && /^\d{4}/.test(timex.value);
}

function precisionOf(timex: Timex): string | undefined {
  if (timex.precision) return timex.precision;
  const value = timex.value;
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return 'part-of-day';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}$/.test(value)) return 'year';
  return undefined;
}

export function whenFromTimex(timex: Timex, basis: EventWhen['basis']): EventWhen {
  const when: EventWhen = { timex: timex.id, value: timex.value, basis };
  const precision = precisionOf(timex);
  if (precision) when.precision = precision;
  return when;
}

/** The dated timex of the sentence (`timexes` are the sentence's own) nearest to the trigger. */
export function statedWhen(timexes: readonly Timex[], trigger: Bounded): EventWhen | undefined {
  const inside = timexes.filter(isDated);
  if (inside.length === 0) return undefined;
  const distance = (t: Timex): number => (t.end <= trigger.start ? trigger.start - t.end : Math.max(0, t.start - trigger.end));
  const nearest = [...inside].sort((a, b) => distance(a) - distance(b) || a.start - b.start)[0];
  // "the evening" resolved against the story's last date: the day itself came from the narrative.
  const dayFromStory = nearest.anchor?.kind === 'narrative' && nearest.implied.includes('day');
  return whenFromTimex(nearest, dayFromStory ? 'narrative' : 'stated');
}

// Sentence openers that keep the story on the day just told, or move it one day on.
// Alternatives are plain words separated by single spaces: no nested quantifiers.
const SAME_DAY_OPENER = /^(?:by|later|that|in|during|on|at|toward|towards) (?:that |the )?(?:same )?(?:evening|night|nightfall|morning|afternoon|day|midnight|noon|dusk|dawn)\b|^(?:that|the same) (?:day|evening|night|morning|afternoon)\b|^(?:hours|minutes|moments) later\b|^later that (?:day|evening|night|morning|afternoon)\b|^(?:by|before) (?:nightfall|midnight|noon|dusk|dawn)\b/i;
const NEXT_DAY_OPENER = /^(?:the|on the) (?:next|following) (?:day|morning|evening|night)\b|^(?:the )?next day\b/i;

/** Whether the sentence opens with a same-day (0) or next-day (1) phrase, or neither. */
export function openerShift(text: string, sentence: Sentence): number | undefined {
  const opening = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 40));
  return SAME_DAY_OPENER.test(opening) ? 0 : NEXT_DAY_OPENER.test(opening) ? 1 : undefined;
}

/** The date carried into a sentence from `anchor`, the last dated timex of an earlier sentence of its paragraph. */
export function narrativeWhen(text: string, sentence: Sentence, anchor: Timex | undefined): EventWhen | undefined {
  const shift = openerShift(text, sentence);
  if (shift === undefined || !anchor) return undefined;
  const day = anchor.value.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  return { timex: anchor.id, value: shift === 0 ? day : addDays(day, shift), precision: 'day', basis: 'narrative' };
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
