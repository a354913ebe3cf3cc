/**
 * Which way the verb governing a time expression points: "said Tuesday" (past), "will meet
 * Tuesday" (future). Looks at a few words on each side within the sentence.
 */
import { mark, word, type Ctx } from './grammar.js';

const FUTURE = new Set(['will', 'shall', 'll', 'expected', 'scheduled', 'plans', 'planning', 'soon', 'deadline', 'intends', 'upcoming', 'due', 'tomorrow', 'next', 'going', 'slated', 'set']);
const PAST = new Set(['said', 'was', 'were', 'had', 'did', 'ago', 'yesterday', 'last', 'told', 'announced', 'reported', 'came', 'went', 'took', 'made', 'began', 'fell', 'rose', 'met', 'left', 'held', 'won', 'lost', 'killed', 'died', 'gave']);
const STOPS = new Set(['.', '!', '?', ';']);

function cueAt(ctx: Ctx, k: number): -1 | 0 | 1 {
  const w = word(ctx, k);
  if (!w) return 0;
  if (FUTURE.has(w)) return w === 'set' || w === 'due' ? (word(ctx, k + 1) === 'to' || word(ctx, k + 1) === 'for' ? 1 : 0) : 1;
  if (PAST.has(w)) return -1;
  if (w.length > 4 && w.endsWith('ed') && word(ctx, k - 1) !== 'be' && word(ctx, k - 1) !== 'is' && word(ctx, k - 1) !== 'are') return -1;
  return 0;
}

export function tenseAround(ctx: Ctx, first: number, last: number): -1 | 0 | 1 {
  for (let k = first - 1, n = 0; k >= 0 && n < 10; k--, n++) {
    if (STOPS.has(mark(ctx, k)) || ctx.tokens[k + 1]?.newline) break;
    const cue = cueAt(ctx, k);
    if (cue !== 0) return cue;
  }
  for (let k = last, n = 0; k < ctx.tokens.length && n < 6; k++, n++) {
    if (STOPS.has(mark(ctx, k)) || ctx.tokens[k].newline) break;
    const cue = cueAt(ctx, k);
    if (cue !== 0) return cue;
  }
  return 0;
}
