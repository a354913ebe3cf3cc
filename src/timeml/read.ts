/**
 * Reads TempEval-3 style TimeML: the DCT, the plain text of <TEXT> and its TIMEX3 annotations.
 *
 * Plain text = the characters of <TEXT> with every tag removed and entity references decoded
 * (`&amp;` becomes `&`), so the tagger sees what a reader sees. Offsets of timexes are UTF-16
 * offsets into that plain text. The writer maps them back to raw offsets, so reading and writing
 * agree.
 */
import type { Span, TimexType } from '../model/document.js';
import { TimeMLError, decodeRun, parseAttributes, tokenizeXml, type TextPiece, type XmlToken } from './xml.js';

export interface TimeMLTimex extends Span {
  tid: string;
  type: TimexType | string;
  value: string;
  mod?: string;
  /** Every attribute as written (unescaped). */
  attributes: Record<string, string>;
}

/** A non-TIMEX element of <TEXT> (EVENT, SIGNAL, ...) with its extent in the plain text. */
export interface TimeMLElement {
  name: string;
  start: number;
  end: number;
}

/** A token of <TEXT>'s content: a decoded text piece or a tag, in file order. */
export type ContentToken = ({ kind: 'text' } & TextPiece) | { kind: 'open' | 'close' | 'empty' | 'other'; name: string; rawStart: number; rawEnd: number; plainAt: number };

export interface TimeMLDocument {
  /** The file as read. */
  raw: string;
  docId?: string;
  /** Value of the DCT's TIMEX3, when there is one. */
  dct?: string;
  /** Plain text of <TEXT>. */
  text: string;
  timexes: TimeMLTimex[];
  elements: TimeMLElement[];
  /** Raw offsets of <TEXT>'s content (after its start tag, before its end tag). */
  contentStart: number;
  contentEnd: number;
  content: ContentToken[];
}

function findElement(tokens: XmlToken[], name: string): { open: number; close: number } | undefined {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'open' && token.name === name) {
      if (depth === 0) open = i;
      depth++;
    } else if (token.kind === 'close' && token.name === name && depth > 0) {
      depth--;
      if (depth === 0) return { open, close: i };
    }
  }
  return undefined;
}

function dctValue(raw: string, tokens: XmlToken[]): string | undefined {
  const dct = findElement(tokens, 'DCT');
  if (!dct) return undefined;
  for (let i = dct.open + 1; i < dct.close; i++) {
    const token = tokens[i];
    if ((token.kind === 'open' || token.kind === 'empty') && token.name === 'TIMEX3') {
      return parseAttributes(raw.slice(token.rawStart, token.rawEnd)).value;
    }
  }
  return undefined;
}

function docIdOf(raw: string, tokens: XmlToken[]): string | undefined {
  const docId = findElement(tokens, 'DOCID');
  if (!docId) return undefined;
  return raw.slice(tokens[docId.open].rawEnd, tokens[docId.close].rawStart).trim() || undefined;
}

interface OpenElement {
  name: string;
  start: number;
  tag: string;
}

function timexFrom(open: OpenElement, end: number, text: string): TimeMLTimex {
  const attributes = parseAttributes(open.tag);
  const timex: TimeMLTimex = {
    start: open.start,
    end,
    text: text.slice(open.start, end),
    tid: attributes.tid ?? '',
    type: attributes.type ?? '',
    value: attributes.value ?? '',
    attributes,
  };
  if (attributes.mod) timex.mod = attributes.mod;
  return timex;
}

/** Decodes <TEXT>'s content into plain text, content tokens, timexes and other elements. */
function readContent(raw: string, tokens: XmlToken[]): Pick<TimeMLDocument, 'text' | 'timexes' | 'elements' | 'content'> {
  let text = '';
  const content: ContentToken[] = [];
  const stack: OpenElement[] = [];
  const closed: { open: OpenElement; end: number }[] = [];
  for (const token of tokens) {
    if (token.kind === 'text' || (token.kind === 'other' && token.cdata)) {
      if (token.kind === 'text') {
        const decoded = decodeRun(raw, token.rawStart, token.rawEnd, text.length);
        text += decoded.plain;
        for (const piece of decoded.pieces) content.push({ kind: 'text', ...piece });
      } else {
        const inner = raw.slice(token.rawStart + 9, token.rawEnd - 3);
        content.push({ kind: 'text', plainStart: text.length, plainEnd: text.length + inner.length, rawStart: token.rawStart, rawEnd: token.rawEnd, literal: false });
        text += inner;
      }
      continue;
    }
    const name = token.kind === 'other' ? '' : token.name;
    content.push({ kind: token.kind, name, rawStart: token.rawStart, rawEnd: token.rawEnd, plainAt: text.length });
    // Only a TIMEX3's attributes are read, so only its tag text is kept.
    const tag = name === 'TIMEX3' ? raw.slice(token.rawStart, token.rawEnd) : '';
    if (token.kind === 'open') stack.push({ name, start: text.length, tag });
    else if (token.kind === 'close') closed.push({ open: stack.pop() as OpenElement, end: text.length });
    else if (token.kind === 'empty') closed.push({ open: { name, start: text.length, tag }, end: text.length });
  }
  const timexes: TimeMLTimex[] = [];
  const elements: TimeMLElement[] = [];
  for (const { open, end } of closed) {
    if (open.name === 'TIMEX3') timexes.push(timexFrom(open, end, text));
    else elements.push({ name: open.name, start: open.start, end });
  }
  const byStart = (a: { start: number; end: number }, b: { start: number; end: number }): number => a.start - b.start || b.end - a.end;
  return { text, content, timexes: timexes.sort(byStart), elements: elements.sort(byStart) };
}

/** Parses a TimeML file. Throws TimeMLError (one line) for malformed XML or a missing <TEXT>. */
export function readTimeML(raw: string): TimeMLDocument {
  const tokens = tokenizeXml(raw);
  const textElement = findElement(tokens, 'TEXT');
  if (!textElement) throw new TimeMLError('no <TEXT> element');
  const contentTokens = tokens.slice(textElement.open + 1, textElement.close);
  const document: TimeMLDocument = {
    raw,
    ...readContent(raw, contentTokens),
    contentStart: tokens[textElement.open].rawEnd,
    contentEnd: tokens[textElement.close].rawStart,
  };
  const dct = dctValue(raw, tokens);
  if (dct) document.dct = dct;
  const docId = docIdOf(raw, tokens);
  if (docId) document.docId = docId;
  return document;
}
