/**
 * A JSONL stream of documents, one `{"id", "text", "dct"?, "title"?}` object a line, read line by line
 * so memory stays constant however long the stream is. A bad line is reported with its number and
 * the others are still read.
 */
import { createInterface } from 'node:readline';
import { Transform, type TransformCallback } from 'node:stream';
import { DEFAULT_MAX_BYTES } from './text.js';
import { parseDct } from './dct.js';

export interface JsonlDocument {
  id: string;
  text: string;
  dct?: string;
  title?: string;
  /** Non-fatal problems with this line (invalid UTF-8 replaced). */
  warnings?: string[];
}

export type JsonlLine =
  | { ok: true; line: number; record: JsonlDocument }
  | { ok: false; line: number; message: string };

function describeJsonError(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 160);
}

function recordId(value: unknown, line: number): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (value === undefined) return `line-${line}`;
  throw new Error('"id" must be a string or a number');
}

function toRecord(value: unknown, line: number, maxBytes: number): JsonlDocument {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error('expected a JSON object like {"id": "...", "text": "..."}');
  }
  const fields = value as Record<string, unknown>;
  if (typeof fields.text !== 'string') throw new Error('"text" is missing or not a string');
  if (fields.text.trim() === '') throw new Error('"text" is empty');
  if (Buffer.byteLength(fields.text, 'utf8') > maxBytes) {
    throw new Error(`"text" is larger than the limit of ${maxBytes} bytes (raise it with --max-bytes)`);
  }
  const record: JsonlDocument = { id: recordId(fields.id, line), text: fields.text };
  if (fields.dct !== undefined && fields.dct !== null) {
    if (typeof fields.dct !== 'string') throw new Error('"dct" must be a string YYYY-MM-DD');
    record.dct = parseDct(fields.dct, '"dct"');
  }
  if (typeof fields.title === 'string' && fields.title.trim() !== '') record.title = fields.title;
  return record;
}

/** Parses one JSONL line into a document record, or says what is wrong with it. */
export function parseJsonlLine(text: string, line: number, maxBytes = DEFAULT_MAX_BYTES): JsonlLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, line, message: `malformed JSON (${describeJsonError(error)})` };
  }
  try {
    return { ok: true, line, record: toRecord(value, line, maxBytes) };
  } catch (error) {
    return { ok: false, line, message: describeJsonError(error) };
  }
}

/**
 * Decodes UTF-8 as it streams, replacing invalid bytes with U+FFFD, and remembers whether any were
 * invalid (a second, strict decoder watches the same bytes).
 */
class Utf8Decode extends Transform {
  private readonly lossy = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  private readonly strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  invalid = false;

  constructor() {
    super({ decodeStrings: true, readableObjectMode: false });
    this.setEncoding('utf8');
  }

  private check(bytes?: Uint8Array): void {
    if (this.invalid) return;
    try {
      this.strict.decode(bytes, { stream: bytes !== undefined });
    } catch {
      this.invalid = true;
    }
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.check(chunk);
    done(null, this.lossy.decode(chunk, { stream: true }));
  }

  override _flush(done: TransformCallback): void {
    this.check();
    const rest = this.lossy.decode();
    done(null, rest === '' ? undefined : rest);
  }
}

/** Reads JSONL records from a stream as they arrive; blank lines are skipped. */
export async function* readJsonl(
  stream: NodeJS.ReadableStream,
  maxBytes = DEFAULT_MAX_BYTES,
): AsyncGenerator<JsonlLine> {
  const decoded = new Utf8Decode();
  stream.on('error', (error: Error) => decoded.destroy(error));
  const lines = createInterface({ input: stream.pipe(decoded), crlfDelay: Infinity });
  let number = 0;
  for await (const raw of lines) {
    number++;
    const text = number === 1 && raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
    if (text.trim() === '') continue;
    const line = parseJsonlLine(text, number, maxBytes);
    // Once the stream has held invalid UTF-8, a line with U+FFFD is taken to be where it was replaced.
    if (line.ok && decoded.invalid && text.includes('\uFFFD')) {
      line.record.warnings = [`invalid UTF-8 on line ${number}: replaced with U+FFFD`];
    }
    yield line;
  }
}
