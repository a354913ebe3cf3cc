/**
 * TimeML: the document text with TIMEX3 (and EVENT) tags inserted at their offsets, everything else
 * escaped, the DCT as a CREATION_TIME TIMEX3. Tags never cross: a mark overlapping an earlier kept
 * one is left out (TIMEX3 wins over EVENT).
 */
import { countBefore, type AnnalistDocument } from '../model/document.js';

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&quot;'));
}

interface Tag {
  start: number;
  end: number;
  open: string;
  close: string;
}

function attributes(pairs: [string, string | undefined][]): string {
  return pairs
    .filter((pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== '')
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
}

function tagsOf(doc: AnnalistDocument): Tag[] {
  const tids = new Map(doc.timexes.map((t, i) => [t.id, `t${i + 1}`]));
  const timexes: Tag[] = doc.timexes.map((t) => ({
    start: t.start,
    end: t.end,
    open: `<TIMEX3${attributes([
      ['tid', tids.get(t.id)],
      ['type', t.type],
      ['value', t.value],
      ['mod', t.mod],
      ['anchorTimeID', t.anchor?.kind === 'dct' ? 't0' : t.anchor?.timex ? tids.get(t.anchor.timex) : undefined],
    ])}>`,
    close: '</TIMEX3>',
  }));
  const events: Tag[] = doc.events.map((e, i) => ({
    start: e.trigger.start,
    end: e.trigger.end,
    open: `<EVENT${attributes([
      ['eid', `e${i + 1}`],
      ['class', e.reported ? 'REPORTING' : 'OCCURRENCE'],
      ['plover', e.type],
    ])}>`,
    close: '</EVENT>',
  }));
  const keptTimexes = nonOverlapping(timexes, [], doc.text.length);
  const keptEvents = nonOverlapping(events, keptTimexes, doc.text.length);
  return [...keptTimexes, ...keptEvents].sort((a, b) => a.start - b.start);
}

/** Whether [start, end) overlaps a tag of `sorted` (sorted by start, pairwise disjoint). */
function overlapsAny(sorted: readonly Tag[], start: number, end: number): boolean {
  const lo = countBefore(sorted, (tag) => tag.end <= start);
  return lo < sorted.length && sorted[lo]!.start < end;
}

/** The tags, in text order, that overlap neither each other nor `blockers`; earlier and longer win. */
function nonOverlapping(tags: readonly Tag[], blockers: readonly Tag[], length: number): Tag[] {
  const kept: Tag[] = [];
  let lastEnd = -1;
  for (const tag of [...tags].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (tag.start < 0 || tag.end > length || tag.start >= tag.end || tag.start < lastEnd) continue;
    if (overlapsAny(blockers, tag.start, tag.end)) continue;
    kept.push(tag);
    lastEnd = tag.end;
  }
  return kept;
}

/** A TimeML document for one analysed document. */
export function toTimeMl(doc: AnnalistDocument): string {
  let body = '';
  let at = 0;
  for (const tag of tagsOf(doc)) {
    body += escapeXml(doc.text.slice(at, tag.start)) + tag.open + escapeXml(doc.text.slice(tag.start, tag.end)) + tag.close;
    at = tag.end;
  }
  body += escapeXml(doc.text.slice(at));
  const dct = doc.dct
    ? `<DCT><TIMEX3 tid="t0" type="DATE" value="${escapeXml(doc.dct)}" temporalFunction="false" functionInDocument="CREATION_TIME">${escapeXml(doc.dct)}</TIMEX3></DCT>\n`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n<DOCID>${escapeXml(doc.source.name)}</DOCID>\n${dct}<TEXT>${body}</TEXT>\n</TimeML>\n`;
}
