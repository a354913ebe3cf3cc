/**
 * A saved article page turned into plain text plus the photographs its markup already tells apart.
 *
 * The text Annalist analyses is assembled here: the title, the body paragraphs Readability finds,
 * then one line per figure (caption, then its credit). Media items point into that text.
 * Scripts are never run: linkedom does not execute them, and they are removed before anything else;
 * JSON-LD blocks are only read with JSON.parse.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { Credit, MediaItem, RightsHint } from '../model/document.js';
import { leadingDate } from './dct.js';

/** What a credit line says, as the segment stage's `parseCredit` (src/segment) returns it. */
export interface CreditDetails {
  photographer?: string;
  agency?: string;
  archive?: string;
  rights?: RightsHint;
}

export type CreditParser = (credit: string) => CreditDetails | undefined;

export interface HtmlOptions {
  /** File name, for messages. */
  name: string;
  /** Fills photographer/agency/archive/rights from a credit's words. */
  parseCredit?: CreditParser;
}

export interface HtmlDocument {
  text: string;
  title?: string;
  /** Publication date found in the page's metadata, YYYY-MM-DD. */
  dct?: string;
  media: MediaItem[];
  warnings: string[];
}

// linkedom's DOM is typed on its own; these are the few members used here.
interface HtmlNode {
  nodeType: number;
  localName?: string;
  textContent: string | null;
  children: ArrayLike<HtmlNode>;
  childNodes: ArrayLike<HtmlNode>;
  tagName?: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): HtmlNode | null;
  querySelectorAll(selector: string): Iterable<HtmlNode>;
  cloneNode(deep: boolean): HtmlNode;
  remove(): void;
  contains(other: HtmlNode): boolean;
}

interface HtmlPage extends HtmlNode {
  title: string;
  body: HtmlNode | null;
}

const NEVER_READ = 'script, style, noscript, template, iframe, object, embed, svg, canvas';
const CREDIT_SELECTOR = '.credit, [class*="credit"], [class*="copyright"], small, cite';
/** Figures holding these are quotes, tables or code listings, not photographs. */
const NOT_A_PHOTO = 'blockquote, table, pre, code';
const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dt, dd, td, th';
/** Words that open a credit written at the end of a caption ("... Photograph: Jane Doe/AP"). */
const CREDIT_LABELS = ['photograph:', 'photograph by', 'photo:', 'photo by', 'photos:', 'picture:', 'image:', 'credit:'];

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="dcterms.created"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date"]',
];

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** Elements whose edges separate words, though textContent would glue them ("Boats<br>at dawn"). */
const WORD_BREAKING = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'td', 'th', 'tr', 'ul',
]);

/** The words of a node, with a space wherever a block or line break separates them; whitespace collapsed. */
function textOf(node: HtmlNode | null | undefined): string {
  if (!node) return '';
  const parts: string[] = [];
  const pending: Array<HtmlNode | string> = [node];
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    if (typeof item === 'string') parts.push(item);
    else if (item.nodeType === TEXT_NODE) parts.push(item.textContent ?? '');
    else if (item.nodeType === ELEMENT_NODE) {
      if (WORD_BREAKING.has(item.localName ?? '')) {
        parts.push(' ');
        pending.push(' '); // taken after the children: the space that closes the element
      }
      for (let i = item.childNodes.length - 1; i >= 0; i--) pending.push(item.childNodes[i]);
    }
  }
  return clean(parts.join(''));
}

function parsePage(html: string): HtmlPage {
  // linkedom needs a whole document to give a body; wrap fragments.
  const whole = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(whole).document as unknown as HtmlPage;
}

function jsonLdDates(page: HtmlPage): string[] {
  const dates: string[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((item) => visit(item, depth + 1));
    const record = value as Record<string, unknown>;
    for (const key of ['datePublished', 'dateCreated']) {
      if (typeof record[key] === 'string') dates.push(record[key] as string);
    }
    visit(record['@graph'], depth + 1);
  };
  for (const script of page.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A broken JSON-LD block is ignored: it is metadata, not the article.
    }
  }
  return dates;
}

function metaDates(page: HtmlPage): string[] {
  const dates: string[] = [];
  for (const selector of DATE_META) {
    const content = page.querySelector(selector)?.getAttribute('content');
    if (content) dates.push(content);
  }
  return dates;
}

/** A <time> marked as the publication comes first; any other <time datetime> is a last resort. */
function timeElementDates(page: HtmlPage): string[] {
  const marked = page.querySelector('time[pubdate], time[itemprop="datePublished"]')?.getAttribute('datetime');
  const any = page.querySelector('time[datetime]')?.getAttribute('datetime');
  return [marked, any].filter((date): date is string => Boolean(date));
}

/** Publication dates the page states, most trustworthy first: meta tags, JSON-LD, <time> elements. */
function publicationDates(page: HtmlPage): string[] {
  return [...metaDates(page), ...jsonLdDates(page), ...timeElementDates(page)];
}

function firstDate(candidates: readonly (string | null | undefined)[]): string | undefined {
  for (const candidate of candidates) {
    const date = candidate ? leadingDate(candidate) : undefined;
    if (date) return date;
  }
  return undefined;
}

/** The titles a page offers, read before Readability rearranges the DOM. */
function titleCandidates(page: HtmlPage): { og: string; title: string; h1: string } {
  return {
    og: clean(page.querySelector('meta[property="og:title"]')?.getAttribute('content')),
    title: clean(page.title),
    h1: textOf(page.querySelector('h1')),
  };
}

/**
 * og:title; else the <h1> when <title> holds it (<title> adds the site's name); else Readability's
 * title, <title> or the <h1>.
 */
function chooseTitle(candidates: ReturnType<typeof titleCandidates>, articleTitle: string | undefined): string | undefined {
  const { og, title, h1 } = candidates;
  if (og) return og;
  if (h1 && title.includes(h1)) return h1;
  return articleTitle || title || h1 || undefined;
}

interface FoundFigure {
  caption: string;
  /** The credit as written, with its label ("Photograph: Jane Doe/AP"), as the segment stage spans credits. */
  credit: string;
}

function splitTrailingCredit(caption: string): FoundFigure {
  const lower = caption.toLowerCase();
  let best: { at: number; label: string } | undefined;
  for (const label of CREDIT_LABELS) {
    const at = lower.lastIndexOf(label);
    if (at > 0 && (!best || at > best.at)) best = { at, label };
  }
  if (!best || clean(caption.slice(best.at + best.label.length)) === '') return { caption, credit: '' };
  return { caption: clean(caption.slice(0, best.at)), credit: clean(caption.slice(best.at)) };
}

/**
 * The nodes not inside another node of the list. `nodes` come in document order, where an enclosing
 * node precedes what it holds, so comparing with the last kept node suffices (no quadratic scan).
 */
function outermost(nodes: Iterable<HtmlNode>): HtmlNode[] {
  const kept: HtmlNode[] = [];
  for (const node of nodes) {
    const last = kept[kept.length - 1];
    if (!last || !last.contains(node)) kept.push(node);
  }
  return kept;
}

function readFigure(figure: HtmlNode): FoundFigure | undefined {
  const captionNode = figure.querySelector('figcaption');
  const creditNodes = outermost(figure.querySelectorAll(CREDIT_SELECTOR));
  const credit = clean(creditNodes.map(textOf).join(' '));
  let caption = '';
  if (captionNode) {
    const copy = captionNode.cloneNode(true);
    for (const node of copy.querySelectorAll(CREDIT_SELECTOR)) node.remove();
    caption = textOf(copy);
  }
  const found = credit ? { caption, credit } : splitTrailingCredit(caption);
  return found.caption || found.credit ? found : undefined;
}

/** Takes every figure out of the page (so Readability does not read captions as body) and keeps what it says. */
function takeFigures(page: HtmlPage): FoundFigure[] {
  const figures: FoundFigure[] = [];
  for (const figure of outermost(page.querySelectorAll('figure'))) {
    if (figure.querySelector(NOT_A_PHOTO)) continue; // a pull quote, table or listing stays in the body
    const found = readFigure(figure);
    if (found) figures.push(found);
    figure.remove();
  }
  return figures;
}

/** Text of the innermost blocks; in document order a block holding another is followed by it. */
function leafBlocks(root: HtmlNode): string[] {
  const blocks = [...root.querySelectorAll(BLOCK_SELECTOR)];
  const texts: string[] = [];
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    if (next && block.contains(next)) return;
    const text = textOf(block);
    if (text) texts.push(text);
  });
  if (texts.length === 0) {
    const text = textOf(root);
    if (text) texts.push(text);
  }
  return texts;
}

/**
 * Readability's cost grows with the square of nesting depth, so pathological pages (thousands of
 * nested elements, which no real article has) skip it and keep all their text blocks instead.
 */
const MAX_READABLE_DEPTH = 200;
const MAX_READABLE_ELEMENTS = 100_000;

function tooComplexForReadability(root: HtmlNode): boolean {
  const stack: Array<[HtmlNode, number]> = [[root, 0]];
  let elements = 0;
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, depth] = entry;
    if (depth > MAX_READABLE_DEPTH || ++elements > MAX_READABLE_ELEMENTS) return true;
    for (let i = 0; i < node.children.length; i++) stack.push([node.children[i], depth + 1]);
  }
  return false;
}

interface Article {
  paragraphs: string[];
  title?: string;
  publishedTime?: string;
}

function readArticle(page: HtmlPage, warnings: string[], name: string): Article {
  const wholePage = (): Article => ({ paragraphs: page.body ? leafBlocks(page.body) : [] });
  if (tooComplexForReadability(page)) {
    warnings.push(`${name}: page too deeply nested or too large for article extraction; using all its text blocks`);
    return wholePage();
  }
  try {
    const reader = new Readability<HtmlNode>(page as unknown as Document, {
      serializer: (node) => node as unknown as HtmlNode,
    });
    const article = reader.parse();
    if (article?.content) {
      return {
        paragraphs: leafBlocks(article.content),
        title: clean(article.title) || undefined,
        publishedTime: article.publishedTime ?? undefined,
      };
    }
  } catch (error) {
    warnings.push(`${name}: article extraction failed (${clean(String(error)).slice(0, 120)}); using the whole page`);
  }
  return wholePage();
}

/** Builds the text line by line, remembering where each line starts. */
class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;

  add(line: string): number {
    if (this.parts.length > 0) {
      this.parts.push('\n');
      this.length += 1;
    }
    const start = this.length;
    this.parts.push(line);
    this.length += line.length;
    return start;
  }

  toString(): string {
    return this.parts.join('');
  }
}

function mediaItem(index: number, figure: FoundFigure, lineStart: number, parseCredit?: CreditParser): MediaItem {
  const captionEnd = lineStart + figure.caption.length;
  const creditStart = figure.caption && figure.credit ? captionEnd + 1 : captionEnd;
  const credit: Credit = { start: creditStart, end: creditStart + figure.credit.length, text: figure.credit };
  const details = figure.credit && parseCredit ? parseCredit(figure.credit) : undefined;
  for (const key of ['photographer', 'agency', 'archive'] as const) {
    if (details?.[key]) credit[key] = details[key];
  }
  if (details?.rights) credit.rights = details.rights;
  return {
    id: `m${index + 1}`,
    caption: { start: lineStart, end: captionEnd, text: figure.caption },
    credit,
    origin: 'html-figure',
  };
}

function figureLine(figure: FoundFigure): string {
  return [figure.caption, figure.credit].filter(Boolean).join(' ');
}

/** Turns an HTML page into Annalist's input: plain text, title, publication date and figures. */
export function htmlToDocument(html: string, options: HtmlOptions): HtmlDocument {
  const warnings: string[] = [];
  const page = parsePage(html);
  const dates = publicationDates(page);
  for (const node of page.querySelectorAll(NEVER_READ)) node.remove();
  const titles = titleCandidates(page);
  const figures = takeFigures(page);
  const article = readArticle(page, warnings, options.name);
  const builder = new TextBuilder();
  const heading = chooseTitle(titles, article.title);
  if (heading) builder.add(heading);
  for (const paragraph of article.paragraphs) if (paragraph !== heading) builder.add(paragraph);
  const media = figures.map((figure, index) => mediaItem(index, figure, builder.add(figureLine(figure)), options.parseCredit));
  const text = builder.toString();
  const result: HtmlDocument = { text, media, warnings };
  if (heading) result.title = heading;
  const dct = firstDate([...dates, article.publishedTime]);
  if (dct) result.dct = dct;
  return result;
}
