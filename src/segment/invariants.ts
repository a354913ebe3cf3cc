/**
 * Checks every segmentation must pass, shared by the tests and the measure script: spans copy the
 * text they cover, ids run in text order, and no non-whitespace character is left unassigned.
 */
import type { Span } from '../model/document.js';
import type { Segmentation } from './index.js';

/** Problems found, empty when the segmentation is sound. */
export function segmentationProblems(text: string, seg: Segmentation): string[] {
  const problems: string[] = [];
  const spans: Array<[string, Span]> = [
    ...seg.paragraphs.map((p): [string, Span] => [p.id, p]),
    ...seg.sentences.map((s): [string, Span] => [s.id, s]),
    ...seg.media.flatMap((m): Array<[string, Span]> => [[`${m.id}.caption`, m.caption], [`${m.id}.credit`, m.credit]]),
  ];
  for (const [id, span] of spans) {
    if (text.slice(span.start, span.end) !== span.text) problems.push(`${id}: span text differs from the text`);
  }
  const covered = new Uint8Array(text.length);
  const cover = (span: Span): void => {
    covered.fill(1, span.start, span.end);
  };
  seg.paragraphs.filter((p) => p.kind !== 'captions').forEach(cover);
  seg.media.forEach((m) => {
    cover(m.caption);
    cover(m.credit);
  });
  for (let i = 0; i < text.length; i++) {
    if (!covered[i] && !/\s/u.test(text[i])) {
      problems.push(`character ${i} (${JSON.stringify(text.slice(i, i + 20))}) is in no body paragraph, caption or credit`);
      break;
    }
  }
  const ordered = (ids: string[], prefix: string): boolean => ids.every((id, k) => id === `${prefix}${k + 1}`);
  if (!ordered(seg.paragraphs.map((p) => p.id), 'p')) problems.push('paragraph ids out of order');
  if (!ordered(seg.sentences.map((s) => s.id), 's')) problems.push('sentence ids out of order');
  if (!ordered(seg.media.map((m) => m.id), 'm')) problems.push('media ids out of order');
  return problems;
}
