/**
 * A small, linear-time XML tokenizer for TimeML files: tags, text runs, comments and the like,
 * each with its raw offsets, so a writer can rebuild the file character for character.
 * It checks that elements nest properly and reports the line of the first problem.
 */

export type XmlToken =
  | { kind: 'text'; rawStart: number; rawEnd: number }
  | { kind: 'open' | 'close' | 'empty'; name: string; rawStart: number; rawEnd: number }
  /** Comments, processing instructions, declarations, CDATA: kept verbatim. */
  | { kind: 'other'; rawStart: number; rawEnd: number; cdata?: boolean };

export class TimeMLError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TimeMLError';
  }
}

export function lineAt(raw: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < raw.length; i++) if (raw.charCodeAt(i) === 10) line++;
  return line;
}

function malformed(raw: string, offset: number, what: string): TimeMLError {
  return new TimeMLError(`malformed XML at line ${lineAt(raw, offset)}: ${what}`);
}

/** End (exclusive) of the tag starting at `start`, skipping '>' inside quoted attribute values. */
function tagEnd(raw: string, start: number): number {
  let quote = '';
  for (let i = start + 1; i < raw.length; i++) {
    const c = raw[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
    else if (c === '<') break;
  }
  throw malformed(raw, start, 'unterminated tag');
}

function delimitedEnd(raw: string, start: number, terminator: string, what: string): number {
  const at = raw.indexOf(terminator, start);
  if (at < 0) throw malformed(raw, start, `unterminated ${what}`);
  return at + terminator.length;
}

const NAME_START = /^[A-Za-z_:]/;

function tagName(tag: string, from: number): string {
  let end = from;
  while (end < tag.length && !/[\s/>]/.test(tag[end])) end++;
  return tag.slice(from, end);
}

function markupToken(raw: string, start: number): XmlToken {
  if (raw.startsWith('<!--', start)) {
    return { kind: 'other', rawStart: start, rawEnd: delimitedEnd(raw, start + 4, '-->', 'comment') };
  }
  if (raw.startsWith('<![CDATA[', start)) {
    return { kind: 'other', cdata: true, rawStart: start, rawEnd: delimitedEnd(raw, start + 9, ']]>', 'CDATA section') };
  }
  if (raw.startsWith('<?', start)) {
    return { kind: 'other', rawStart: start, rawEnd: delimitedEnd(raw, start + 2, '?>', 'processing instruction') };
  }
  const end = tagEnd(raw, start);
  if (raw[start + 1] === '!') return { kind: 'other', rawStart: start, rawEnd: end };
  const closing = raw[start + 1] === '/';
  const tag = raw.slice(start, end);
  const name = tagName(tag, closing ? 2 : 1);
  if (!NAME_START.test(name)) throw malformed(raw, start, 'bad tag name');
  if (closing) return { kind: 'close', name, rawStart: start, rawEnd: end };
  return { kind: tag.endsWith('/>') ? 'empty' : 'open', name, rawStart: start, rawEnd: end };
}

/** Splits the whole file into tokens and checks that every element is closed in order. */
export function tokenizeXml(raw: string): XmlToken[] {
  const tokens: XmlToken[] = [];
  const open: XmlToken[] = [];
  let i = 0;
  while (i < raw.length) {
    const lt = raw.indexOf('<', i);
    const textEnd = lt < 0 ? raw.length : lt;
    if (textEnd > i) tokens.push({ kind: 'text', rawStart: i, rawEnd: textEnd });
    if (lt < 0) break;
    const token = markupToken(raw, lt);
    if (token.kind === 'open') open.push(token);
    if (token.kind === 'close') {
      const top = open.pop();
      if (!top || top.kind !== 'open' || top.name !== token.name) {
        throw malformed(raw, lt, `</${token.name}> does not close ${top && top.kind === 'open' ? `<${top.name}>` : 'any element'}`);
      }
    }
    tokens.push(token);
    i = token.rawEnd;
  }
  const unclosed = open.pop();
  if (unclosed && unclosed.kind === 'open') throw malformed(raw, unclosed.rawStart, `<${unclosed.name}> is never closed`);
  return tokens;
}

const ATTRIBUTE = /([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attributes of a start tag, values unescaped. */
export function parseAttributes(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of tag.matchAll(ATTRIBUTE)) {
    attributes[match[1]] = decodeEntities(match[2] ?? match[3] ?? '');
  }
  return attributes;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The character(s) an entity reference like "amp" or "#38" or "#x26" stands for, or undefined. */
export function entityValue(name: string): string | undefined {
  if (name.startsWith('#')) {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) return undefined;
    return String.fromCodePoint(code);
  }
  return NAMED_ENTITIES[name];
}

const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,15});/g;

export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, name: string) => entityValue(name) ?? whole);
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}

/** A piece of plain text and the raw characters it came from. */
export interface TextPiece {
  plainStart: number;
  plainEnd: number;
  rawStart: number;
  rawEnd: number;
  /** True when raw and plain correspond character for character (so the piece may be cut anywhere). */
  literal: boolean;
}

/**
 * Decodes the raw text between rawStart and rawEnd into plain text, as literal runs and single
 * entity references, so plain offsets map back to raw ones.
 */
export function decodeRun(raw: string, rawStart: number, rawEnd: number, plainStart: number): { plain: string; pieces: TextPiece[] } {
  const pieces: TextPiece[] = [];
  let plain = '';
  let cursor = rawStart;
  const pushLiteral = (to: number): void => {
    if (to <= cursor) return;
    const start = plainStart + plain.length;
    plain += raw.slice(cursor, to);
    pieces.push({ plainStart: start, plainEnd: start + (to - cursor), rawStart: cursor, rawEnd: to, literal: true });
  };
  const source = raw.slice(rawStart, rawEnd);
  for (const match of source.matchAll(ENTITY)) {
    const value = entityValue(match[1]);
    if (value === undefined) continue;
    const at = rawStart + (match.index ?? 0);
    pushLiteral(at);
    const start = plainStart + plain.length;
    plain += value;
    cursor = at + match[0].length;
    pieces.push({ plainStart: start, plainEnd: start + value.length, rawStart: at, rawEnd: cursor, literal: false });
  }
  pushLiteral(rawEnd);
  return { plain, pieces };
}
