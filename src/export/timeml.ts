/**
 * TimeML: the document text with TIMEX3 (and EVENT) tags inserted at their offsets, everything else
 * escaped, the DCT as a CREATION_TIME TIMEX3. Tags never cross: a mark overlapping an earlier kept
 * one is left out (TIMEX3 wins over EVENT).
 */
import type { AnnalistDocument } from '../model/document.js';

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&quot;'));
}

interface Tag {
  start: number;
  end: number;
  open: string;
  close: string;
  priority: number;
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
    priority: 0,
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
    priority: 1,
    open: `<EVENT${attributes([
      ['eid', `e${i + 1}`],
      ['class', e.reported ? 'REPORTING' : 'OCCURRENCE'],
      ['plover', e.type],
    ])}>`,
    close: '</EVENT>',
  }));
  const candidates = [...timexes, ...events].sort((a, b) => a.priority - b.priority || a.start - b.start);
  const kept: Tag[] = [];
  for (const tag of candidates) {
    if (tag.start < 0 || tag.end > doc.text.length || tag.start >= tag.end) continue;
    if (kept.some((k) => tag.start < k.end && k.start < tag.end)) continue;
    kept.push(tag);
  }
  return kept.sort((a, b) => a.start - b.start);
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
