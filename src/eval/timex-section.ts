/** The time-expression section of `npm run eval`: the three development sets against their targets. */
import type { EvalSection, SectionReport } from './section.js';
import { TIMEX_HEADER, timexRow } from './timex-files.js';
import { TIMEX_DEV_SETS, TIMEX_FIGURES, evaluateTimexSet, figure, type TimexSetResult } from './timex-eval.js';
import { writeTimexErrors } from './timex-errors.js';
import { formatTable } from './table.js';
import { writeFloors } from './gates.js';

function targetCell(result: TimexSetResult, which: (typeof TIMEX_FIGURES)[number]): string {
  const target = result.targets[which];
  const measured = figure(result, which).toFixed(1);
  if (target === undefined) return measured;
  return `${measured} >=${target} ${figure(result, which) >= target ? 'ok' : 'LOW'}`;
}

function report(results: readonly TimexSetResult[]): string {
  const ran = results.filter((r) => !r.skipped);
  const lines = ['Time expressions: TempEval-3 scoring, one-to-one alignment, micro-averaged, in percent'];
  if (ran.length > 0) {
    lines.push(formatTable(TIMEX_HEADER, ran.map((r) => timexRow(r.name, r.files.length, r.total))));
    lines.push('', 'F1 against targets:');
    lines.push(formatTable(['', ...TIMEX_FIGURES], ran.map((r) => [r.name, ...TIMEX_FIGURES.map((f) => targetCell(r, f))])));
    const notes = ran.map((r) => `${r.name}: ${r.seconds.toFixed(1)} s; writer dropped ${r.dropped}, adjusted ${r.adjusted} timex(es) to nest with markup`);
    lines.push('', ...notes);
  }
  for (const r of results.filter((r) => r.skipped)) lines.push(`${r.name}: skipped (${r.skipped})`);
  return lines.join('\n');
}

function json(results: readonly TimexSetResult[]): unknown {
  return results.map((r) => ({
    name: r.name,
    ...(r.skipped ? { skipped: r.skipped } : {}),
    files: r.files.length,
    counts: r.total,
    metrics: r.metrics,
    targets: r.targets,
    dropped: r.dropped,
    adjusted: r.adjusted,
    seconds: r.seconds,
  }));
}

/** Measured F1 minus one point, rounded down to half a point, for every set that ran. */
function floorsOf(results: readonly TimexSetResult[]): Record<string, Record<string, number>> {
  const floors: Record<string, Record<string, number>> = {};
  for (const result of results.filter((r) => !r.skipped)) {
    floors[result.name] = Object.fromEntries(TIMEX_FIGURES.map((f) => [f, Math.max(0, Math.floor((figure(result, f) - 1) * 2) / 2)]));
  }
  return floors;
}

export const timexSection: EvalSection = {
  name: 'timex',
  title: 'Time expressions',
  run(options): SectionReport {
    const results = TIMEX_DEV_SETS.map((set) => evaluateTimexSet(set, options.errorsDir !== undefined));
    const written = options.errorsDir ? writeTimexErrors(options.errorsDir, results) : [];
    if (options.writeGates) written.push(writeFloors('timex', floorsOf(results)));
    return { text: report(results), json: { sets: json(results) }, written };
  },
};
