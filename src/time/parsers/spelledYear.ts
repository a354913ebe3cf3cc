/** Years and decades in words, as broadcast transcripts write them: "nineteen ninety-six", "the year two thousand", "the sixties". */
import { candidate, countAt, hyphenAt, mark, reading, word, type Ctx, type Parser } from '../grammar.js';
import type { Candidate } from '../types.js';

const CENTURY_WORDS: ReadonlyMap<string, number> = new Map([['eighteen', 18], ['nineteen', 19], ['seventeen', 17], ['sixteen', 16]]);
const TENS = new Set(['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
const DECADES: ReadonlyMap<string, number> = new Map([
  ['twenties', 2], ['thirties', 3], ['forties', 4], ['fifties', 5], ['sixties', 6], ['seventies', 7], ['eighties', 8], ['nineties', 9],
]);

function withYearPrefix(ctx: Ctx, first: number): number {
  return word(ctx, first - 1) === 'year' && word(ctx, first - 2) === 'the' ? first - 2 : first;
}

function spelled(ctx: Ctx, i: number): Candidate | null {
  const w = word(ctx, i);
  const hundreds = CENTURY_WORDS.get(w);
  // "the nineteen sixties", "the late nineteen-sixties"
  const tensAt = hundreds !== undefined && hyphenAt(ctx, i + 1) ? i + 2 : i + 1;
  const decadeOf = hundreds !== undefined ? DECADES.get(word(ctx, tensAt)) : undefined;
  if (hundreds !== undefined && decadeOf !== undefined) {
    const first = word(ctx, i - 1) === 'the' ? i - 1 : i;
    return candidate(first, tensAt + 1, reading('DATE', { fields: { decade: hundreds * 10 + decadeOf } }), 'spelledYear');
  }
  if (hundreds !== undefined && TENS.has(word(ctx, i + 1))) {
    const rest = countAt(ctx, i + 1);
    if (!rest || rest.value === undefined || rest.value < 10 || rest.value > 99) return null;
    return candidate(withYearPrefix(ctx, i), rest.end, reading('DATE', { fields: { year: hundreds * 100 + rest.value } }), 'spelledYear');
  }
  if (w === 'two' && word(ctx, i + 1) === 'thousand') {
    let end = i + 2;
    let year = 2000;
    const k = word(ctx, end) === 'and' ? end + 1 : end;
    const rest = countAt(ctx, k);
    if (rest && rest.value !== undefined && rest.value < 100 && word(ctx, k) !== 'a') {
      year += rest.value;
      end = rest.end;
    }
    const first = withYearPrefix(ctx, i);
    if (first === i && year === 2000) return null;
    return candidate(first, end, reading('DATE', { fields: { year } }), 'spelledYear');
  }
  const decade = DECADES.get(w);
  if (decade === undefined) return null;
  if (word(ctx, i - 1) === 'the') return temperatureBefore(ctx, i - 2) ? null : candidate(i - 1, i + 1, reading('DATE', { fields: { decade: 190 + decade } }), 'spelledYear');
  // "the early nineties", "the mid-sixties": the modifiers take in the words before
  const part = word(ctx, i - 1) || (mark(ctx, i - 1) === '-' ? word(ctx, i - 2) : '');
  if ((part === 'early' || part === 'late' || part === 'mid') && word(ctx, mark(ctx, i - 1) === '-' ? i - 3 : i - 2) === 'the') return candidate(i, i + 1, reading('DATE', { fields: { decade: 190 + decade } }), 'spelledYear');
  return null;
}

/** Words of a weather report before "in the twenties": "Lows in the twenties", "highs only in the fifties". */
const TEMPERATURE_WORDS: ReadonlySet<string> = new Set(['low', 'lows', 'high', 'highs', 'temperature', 'temperatures', 'readings', 'thermometer', 'mercury', 'degrees', 'chill', 'windchill']);
/** Words back from "in" within which a temperature word makes the decade a reading of degrees. */
const TEMPERATURE_REACH = 4;

/** "Lows in the twenties": the tens of degrees, no decade. */
function temperatureBefore(ctx: Ctx, inAt: number): boolean {
  if (word(ctx, inAt) !== 'in') return false;
  for (let k = inAt - 1; k >= 0 && k >= inAt - TEMPERATURE_REACH && word(ctx, k); k--) if (TEMPERATURE_WORDS.has(word(ctx, k))) return true;
  return false;
}

export const spelledYearParser: Parser = {
  name: 'spelledYear',
  triggers: [...CENTURY_WORDS.keys(), 'two', ...DECADES.keys()],
  parse: spelled,
};
