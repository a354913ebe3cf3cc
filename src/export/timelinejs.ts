/**
 * TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html): `{title, events}` where
 * each slide has `start_date` {year, month?, day?, hour?, minute?, display_date?}, optional
 * `end_date`, `text` {headline, text} (TimelineJS renders it as HTML, so it is escaped) and `group`.
 * TimelineJS requires `media.url`; our photographs have captions and credits but no image address,
 * so photo slides carry the caption and credit in their text and no `media` object. Undated events
 * and photos are left out: a TimelineJS slide needs a start date, and we will not guess one.
 */
import type { AnnalistDocument } from '../model/document.js';
import { escapeHtml } from '../render/escape.js';
import { describeInterval, type DateParts, type Interval } from '../render/dates.js';
import { documentTitle, rightsOf, rightsText } from '../render/model.js';
import { DocIndex, eventInterval, mediaInterval, spansDays } from './common.js';

export interface TimelineDate extends DateParts {
  display_date?: string;
}

export interface TimelineSlide {
  start_date?: TimelineDate;
  end_date?: TimelineDate;
  text?: { headline?: string; text?: string };
  media?: { url: string; caption?: string; credit?: string };
  group?: string;
  unique_id?: string;
}

export interface TimelineJson {
  title?: TimelineSlide;
  events: TimelineSlide[];
}

function startDate(interval: Interval): TimelineDate {
  return { ...interval.parts, display_date: describeInterval(interval) };
}

function endDate(interval: Interval): TimelineDate | undefined {
  if (!spansDays(interval) || interval.precision === 'day') return undefined;
  const last = new Date(interval.end - 1);
  return { year: last.getUTCFullYear(), month: last.getUTCMonth() + 1, day: last.getUTCDate() };
}

function slides(doc: AnnalistDocument, index: number, grouped: boolean): TimelineSlide[] {
  const out: TimelineSlide[] = [];
  const title = documentTitle(doc);
  const lookup = new DocIndex(doc);
  for (const event of doc.events) {
    const interval = eventInterval(lookup, event);
    if (!interval) continue;
    const where = event.where.name ? ` in ${event.where.name}` : '';
    const slide: TimelineSlide = {
      start_date: startDate(interval),
      text: {
        headline: escapeHtml(`${event.type}${event.mode ? ` (${event.mode})` : ''}: ${event.trigger.text}${where}`),
        text: `<p>${escapeHtml(event.sentence.text)}</p><p><small>${escapeHtml(`${title}, characters ${event.trigger.start}–${event.trigger.end}`)}</small></p>`,
      },
      group: grouped ? title : 'Events',
      unique_id: `d${index}-${event.id}`,
    };
    const end = endDate(interval);
    if (end) slide.end_date = end;
    out.push(slide);
  }
  for (const media of doc.media) {
    const interval = mediaInterval(media);
    if (!interval) continue;
    const inferred = media.date?.from === 'inherited' ? ' (date inferred from the story)' : '';
    const slide: TimelineSlide = {
      start_date: startDate(interval),
      text: {
        headline: escapeHtml(`Photo: ${media.caption.text}`),
        text: `<p>${escapeHtml(media.caption.text)}</p><p><small>${escapeHtml(`Credit: ${media.credit.text}. ${rightsText(rightsOf(media))}.${inferred}`)}</small></p>`,
      },
      group: grouped ? title : 'Photographs',
      unique_id: `d${index}-${media.id}`,
    };
    const end = endDate(interval);
    if (end) slide.end_date = end;
    out.push(slide);
  }
  return out;
}

/** One TimelineJS3 timeline for all documents (grouped by document when there are several). */
export function toTimelineJs(docs: readonly AnnalistDocument[]): TimelineJson {
  const grouped = docs.length > 1;
  const headline = docs.length === 1 ? documentTitle(docs[0]!) : `${docs.length} documents`;
  return {
    title: { text: { headline: escapeHtml(headline), text: escapeHtml('Chronology extracted by Annalist; every slide names the characters it came from.') } },
    events: docs.flatMap((doc, i) => slides(doc, i, grouped)),
  };
}
