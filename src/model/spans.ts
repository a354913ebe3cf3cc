/**
 * Checks the one promise every layer makes: each span-shaped object `{start, end, text}` anywhere in a
 * document satisfies `doc.text.slice(start, end) === text`, with integer offsets inside the text.
 */

interface HasText {
  text: string;
}

function isSpanShaped(value: object): value is { start: unknown; end: unknown; text: unknown } {
  return 'start' in value && 'end' in value && 'text' in value;
}

function spanProblem(text: string, span: { start: unknown; end: unknown; text: unknown }): string | undefined {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `offsets are not integers (${String(start)}, ${String(end)})`;
  const [from, to] = [start as number, end as number];
  if (from < 0 || to < from || to > text.length) return `offsets ${from}-${to} are outside 0-${text.length} or reversed`;
  if (typeof span.text !== 'string') return 'text is not a string';
  const actual = text.slice(from, to);
  if (actual !== span.text) return `text ${JSON.stringify(span.text)} differs from the document's ${JSON.stringify(actual)}`;
  return undefined;
}

/** Every span in `doc` that does not point at its own words, as "path: problem" lines (empty when all hold). */
export function findSpanProblems<T extends HasText>(doc: T): string[] {
  const problems: string[] = [];
  const visit = (value: unknown, path: string): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${path}[${index}]`));
      return;
    }
    if (isSpanShaped(value)) {
      const problem = spanProblem(doc.text, value);
      if (problem) problems.push(`${path}: ${problem}`);
    }
    for (const [key, child] of Object.entries(value)) visit(child, path ? `${path}.${key}` : key);
  };
  for (const [key, value] of Object.entries(doc)) if (key !== 'text') visit(value, key);
  return problems;
}

/** Throws an Error naming the first broken spans; returns the number of spans checked otherwise. */
export function checkSpans<T extends HasText>(doc: T): number {
  const problems = findSpanProblems(doc);
  if (problems.length > 0) {
    const shown = problems.slice(0, 5).join('; ');
    throw new Error(`${problems.length} span(s) do not match the text: ${shown}`);
  }
  return countSpans(doc);
}

/** How many span-shaped objects `doc` holds (so a test can tell it checked something). */
export function countSpans<T extends HasText>(doc: T): number {
  let count = 0;
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(visit);
    if (isSpanShaped(value)) count++;
    Object.values(value).forEach(visit);
  };
  for (const [key, value] of Object.entries(doc)) if (key !== 'text') visit(value);
  return count;
}
