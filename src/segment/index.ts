/**
 * The segment stage: paragraphs, sentences and the photo captions (with credits) recovered from
 * text where a scraper glued them together.
 *
 * - Paragraphs are lines (a single line break is enough; blank lines are skipped). When body text
 *   is glued after a run of captions on the same line (or before it, ending in a full stop glued to
 *   the first caption), it becomes a body paragraph of its own.
 * - A line tiled by caption/credit pairs is a 'captions' paragraph; each caption becomes one media
 *   item (a multi-sentence caption stays one item) and one or more 'caption' sentences.
 * - A line holding only a labelled credit ("Photograph: X/Reuters") is the credit of the line before
 *   it; both lines become 'captions' paragraphs of one media item.
 * - Credit text is NOT part of any sentence: it lives only in `media[].credit`, so sentences hold
 *   only the words of the story or the caption.
 * - A short line with no end punctuation before other paragraphs is a 'heading'.
 */
import type { MediaItem, Paragraph, ParagraphKind, Sentence, SentenceKind } from '../model/document.js';
import { spanOf } from '../model/document.js';
import type { Stage } from '../pipeline/stage.js';
import { captionPairs, creditStartsOfLines, learnCredits, loneCreditLine, type CaptionPair, type CaptionRun } from './captions.js';
import { spaceAt, upperAt } from './chars.js';
import { creditSpan } from './credit.js';
import { sentenceBounds } from './sentences.js';

export { parseCredit, rightsHint, creditSpan, longestLexiconForm, type CreditFields } from './credit.js';
export { CREDIT_LEXICON, CREDIT_LABELS, type LexiconEntry } from './lexicon.js';
export { splitSentences } from './sentences.js';

export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  media: MediaItem[];
}

function trimmedSpan(text: string, start: number, end: number): [number, number] | undefined {
  let s = start;
  let e = end;
  while (s < e && spaceAt(text, s)) s++;
  while (e > s && spaceAt(text, e - 1)) e--;
  return e > s ? [s, e] : undefined;
}

/** Line breaks other than the line feed: carriage return, next line, line and paragraph separators. */
const OTHER_BREAKS = ['\r', '\u0085', '\u2028', '\u2029'];

/**
 * A function giving the offset of the first line break at or after `from`, or -1. Most texts break
 * lines with line feeds alone, which indexOf finds many times faster than a regular expression.
 */
function lineBreakFinder(text: string): (from: number) => number {
  if (!OTHER_BREAKS.some((mark) => text.includes(mark))) return (from) => text.indexOf('\n', from);
  const breaks = /[\n\r\u0085\u2028\u2029]/g;
  return (from) => {
    breaks.lastIndex = from;
    return breaks.test(text) ? breaks.lastIndex - 1 : -1;
  };
}

/** Non-blank lines as [start, end) offsets, trimmed of surrounding whitespace. */
export function lineSpans(text: string): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  const nextBreak = lineBreakFinder(text);
  for (let start = 0; start <= text.length; ) {
    const found = nextBreak(start);
    const end = found < 0 ? text.length : found;
    const line = trimmedSpan(text, start, end);
    if (line) lines.push(line);
    start = end + 1;
  }
  return lines;
}

const HEADING_MAX_LENGTH = 100;
const HEADING_MAX_WORDS = 12;

/** A short capitalised line ending in a word, not the last paragraph, reads as a heading. */
function isHeading(text: string, [start, end]: [number, number], isLast: boolean): boolean {
  if (isLast || end - start > HEADING_MAX_LENGTH) return false;
  const line = text.slice(start, end);
  // Headings end in a word or number; datelines ("PARIS (AP) --") and "Label: value" lines are body.
  if (!/[\p{L}\d]$/u.test(line) || line.includes(': ')) return false;
  return line.split(/\s+/).length <= HEADING_MAX_WORDS && /^[\p{Lu}\d]/u.test(line);
}

class Builder {
  readonly paragraphs: Paragraph[] = [];
  readonly sentences: Sentence[] = [];
  readonly media: MediaItem[] = [];

  constructor(private readonly text: string) {}

  paragraph(start: number, end: number, kind: ParagraphKind): string {
    const id = `p${this.paragraphs.length + 1}`;
    this.paragraphs.push({ id, kind, start, end, text: this.text.slice(start, end) });
    return id;
  }

  sentencesOf(paragraph: string, start: number, end: number, kind: SentenceKind): void {
    const bounds = sentenceBounds(this.text, start, end);
    for (let k = 0; k < bounds.length; k += 2) {
      const s = bounds[k];
      const e = bounds[k + 1];
      this.sentences.push({ id: `s${this.sentences.length + 1}`, paragraph, kind, start: s, end: e, text: this.text.slice(s, e) });
    }
  }

  mediaItem(pair: CaptionPair): void {
    this.media.push({
      id: `m${this.media.length + 1}`,
      caption: spanOf(this.text, pair.caption[0], pair.caption[1]),
      credit: creditSpan(this.text, pair.credit[0], pair.credit[1]),
      origin: 'glued-text',
    });
  }

  /** A media item found elsewhere (HTML figure markup), kept as it is but for its id. */
  givenItem(item: MediaItem): void {
    this.media.push({ ...item, id: `m${this.media.length + 1}` });
  }
}

/** Where a media item sits: its caption, or its credit when the caption is empty. */
const itemStart = (item: MediaItem): number => (item.caption.end > item.caption.start ? item.caption.start : item.credit.start);

/**
 * Media items given with the document (HTML figures), grouped by the index of the line holding them.
 * Lines are sorted and disjoint, so a binary search finds each one.
 */
function givenByLine(lines: ReadonlyArray<[number, number]>, given: readonly MediaItem[]): Map<number, MediaItem[]> {
  const byLine = new Map<number, MediaItem[]>();
  const sorted = given.filter((item) => item.origin === 'html-figure').sort((a, b) => itemStart(a) - itemStart(b));
  for (const item of sorted) {
    const at = itemStart(item);
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lines[mid][0] <= at) low = mid;
      else high = mid - 1;
    }
    if (lines.length === 0 || lines[low][0] > at || at >= lines[low][1]) continue;
    const list = byLine.get(low) ?? [];
    list.push(item);
    byLine.set(low, list);
  }
  return byLine;
}

/** Longest line read as the caption of a labelled credit on the line after it. */
const MAX_LONE_CAPTION = 400;

/**
 * A gallery's control as a scraper leaves it on a line of its own: "hide caption", "toggle caption",
 * "Enlarge this image", "Image 3 of 12", "4/12". Read only on short lines.
 */
const GALLERY_CONTROL = /^(?:(?:hide|show|toggle) caption|caption|enlarge this image|expand|view (?:image|larger image)|(?:image|photo|picture|slide) \d{1,3}(?: of |\/)\d{1,3}|\d{1,3}(?: of |\/)\d{1,3})$/i;
const MAX_CONTROL_LENGTH = 24;

function isGalleryControl(text: string, [start, end]: [number, number]): boolean {
  return end - start <= MAX_CONTROL_LENGTH && GALLERY_CONTROL.test(text.slice(start, end).trim());
}

/** Controls after a picture's credit line ending in the same credit again, from line `from`: those lines, else none. */
function repeatedCreditLines(text: string, lines: ReadonlyArray<[number, number]>, from: number, [start, end]: [number, number]): Array<[number, number]> {
  let k = from;
  while (k < lines.length && k - from < MAX_CONTROLS && isGalleryControl(text, lines[k])) k++;
  const again = lines[k];
  if (k === from || again === undefined || text.slice(again[0], again[1]).trim() !== text.slice(start, end)) return [];
  return lines.slice(from, k + 1);
}

/** Controls read in a row ("hide caption", "toggle caption"). */
const MAX_CONTROLS = 3;

/**
 * Paragraphs, sentences and media of `text`; a pure function of its arguments. Media items of origin
 * 'html-figure' given with the document are kept (renumbered in text order with the rest): their
 * lines become 'captions' paragraphs and are not searched again.
 */
export function segmentText(text: string, given: readonly MediaItem[] = []): Segmentation {
  const lines = lineSpans(text);
  // Where credits may start in each line, found once for learning and for reading captions.
  const starts = creditStartsOfLines(text, lines);
  const context = { learnt: learnCredits(text, lines, starts) };
  // A line where no credit may start holds no captions: most lines of prose.
  const runs = lines.map((line, k) => (starts[k].length > 0 ? captionPairs(text, line[0], line[1], context, starts[k]) : undefined));
  // In a gallery a wire tag closing a line credits its picture: "..., 10 November 1989. (Reuters)".
  const gallery = { ...context, gallery: true };
  const hasRuns = runs.some((run) => run !== undefined);
  if (hasRuns) {
    lines.forEach((line, k) => {
      if (runs[k] === undefined && starts[k].length > 0 && text.charCodeAt(line[1] - 1) === 41) runs[k] = captionPairs(text, line[0], line[1], gallery, starts[k]); // )
    });
  }
  const figures = givenByLine(lines, given);
  const builder = new Builder(text);
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    const figureItems = figures.get(k);
    if (figureItems) {
      const id = builder.paragraph(line[0], line[1], 'captions');
      for (const item of figureItems) {
        builder.sentencesOf(id, item.caption.start, item.caption.end, 'caption');
        builder.givenItem(item);
      }
      continue;
    }
    const run = runs[k];
    const next = lines[k + 1];
    // Once pictures are found, a wire tag alone on its line ("(AP)") credits the caption above it too.
    const lineContext = hasRuns || builder.media.length > 0 ? gallery : context;
    if (run) {
      // ("...in the afternoon.AFP/Getty ImagesFiremen inspect the offices." then "Photograph: Keystone" alone on the
      // next line: the text glued after the run's last credit is the caption of that credit)
      const tail = trimmedSpan(text, run.end, line[1]);
      const tailCredit = tail && next && !runs[k + 1] && tail[1] - tail[0] <= MAX_LONE_CAPTION ? loneCreditLine(text, next[0], next[1], lineContext) : undefined;
      addCaptionRun(builder, text, tailCredit ? [line[0], run.end] : line, run);
      if (tail && next && tailCredit) {
        addTwoLinePicture(builder, tail, next, tailCredit);
        k++;
      }
      continue;
    }
    // "Caption" then "Photograph: X/Reuters" alone on the next line: one picture over two lines, or
    // three when a gallery's control ("hide caption") stands between them.
    const controls = next && isGalleryControl(text, next) ? 1 : 0;
    const creditLine = lines[k + 1 + controls];
    const credit = creditLine && line[1] - line[0] <= MAX_LONE_CAPTION && !isGalleryControl(text, line) ? loneCreditLine(text, creditLine[0], creditLine[1], lineContext) : undefined;
    const creditRun = runs[k + 1 + controls];
    if (creditLine && credit && (!creditRun || namesOnly(text, creditRun))) {
      // (NPR style: "hide caption", "toggle caption" and the same credit again under the picture)
      const repeated = repeatedCreditLines(text, lines, k + 2 + controls, credit);
      addTwoLinePicture(builder, line, creditLine, credit, lines.slice(k + 1, k + 1 + controls), repeated);
      k += 1 + controls + repeated.length;
      continue;
    }
    // A credit alone on its line that no caption before it took, then an uncredited caption: credit first
    // ("Keystone/Getty Images" above "18 August 1980: A priest celebrates Mass ...").
    const first = next && next[1] - next[0] <= MAX_LONE_CAPTION ? loneCreditLine(text, line[0], line[1], context) : undefined;
    if (next && first && !loneCreditLine(text, next[0], next[1], context) && !runs[k + 1]) {
      addTwoLinePicture(builder, next, line, first);
      k++;
      continue;
    }
    const kind: ParagraphKind = isHeading(text, line, k === lines.length - 1) ? 'heading' : 'body';
    const id = builder.paragraph(line[0], line[1], kind);
    builder.sentencesOf(id, line[0], line[1], kind === 'heading' ? 'heading' : 'body');
  }
  return { paragraphs: builder.paragraphs, sentences: builder.sentences, media: builder.media };
}

/** Most words a "caption" of names alone may have ("Jane Doe" before "| Reuters"). */
const MAX_NAME_CAPTION_WORDS = 4;

/**
 * A run whose captions are names alone ("Jane Doe | Reuters" read as the caption "Jane Doe" and the
 * credit "Reuters"): the whole line is one credit, when it reads as one.
 */
function namesOnly(text: string, run: CaptionRun): boolean {
  return run.pairs.every(({ caption: [start, end] }) => {
    const words = text.slice(start, end).trim().split(/\s+/);
    return words.length <= MAX_NAME_CAPTION_WORDS && words.every((word) => upperAt(word, 0));
  });
}

/**
 * A picture told over two lines, its caption on one and its credit alone on the other (either first),
 * with any gallery controls between them: the lines in text order.
 */
function addTwoLinePicture(
  builder: Builder,
  caption: [number, number],
  creditLine: [number, number],
  credit: [number, number],
  controls: ReadonlyArray<[number, number]> = [],
  repeated: ReadonlyArray<[number, number]> = [],
): void {
  const pictureLines = caption[0] < creditLine[0] ? [caption, ...controls, creditLine, ...repeated] : [creditLine, ...controls, caption];
  for (const line of pictureLines) {
    const id = builder.paragraph(line[0], line[1], 'captions');
    if (line === caption) builder.sentencesOf(id, line[0], line[1], 'caption');
  }
  builder.mediaItem({ caption, credit });
}

function addCaptionRun(builder: Builder, text: string, line: [number, number], run: CaptionRun): void {
  // Body text glued before the first caption is a paragraph of its own.
  if (run.start > line[0]) {
    const head = trimmedSpan(text, line[0], run.start);
    if (head) {
      const headId = builder.paragraph(head[0], head[1], 'body');
      builder.sentencesOf(headId, head[0], head[1], 'body');
    }
  }
  const id = builder.paragraph(run.start, run.end, 'captions');
  for (const pair of run.pairs) {
    builder.sentencesOf(id, pair.caption[0], pair.caption[1], 'caption');
    builder.mediaItem(pair);
  }
  // Body text glued after the last credit is a paragraph of its own.
  const tail = trimmedSpan(text, run.end, line[1]);
  if (tail) {
    const tailId = builder.paragraph(tail[0], tail[1], 'body');
    builder.sentencesOf(tailId, tail[0], tail[1], 'body');
  }
}

export const segmentStage: Stage = {
  name: 'segment',
  needs: [],
  run: (doc) => segmentText(doc.text, doc.media),
};
