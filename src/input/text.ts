/**
 * Reading a text file or standard input into a string, refusing what is not text.
 * Offsets everywhere in Annalist count UTF-16 code units of the decoded text, after any byte-order
 * mark is removed.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { InputError, describeFsError } from './errors.js';

/** Default --max-bytes: 50 MB, far above any article, well below what would exhaust memory. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface ReadOptions {
  maxBytes?: number;
}

export interface DecodedText {
  text: string;
  warnings: string[];
}

/** Share of control bytes above which a file is taken for binary data. */
const MAX_CONTROL_RATIO = 0.1;
/** Bytes looked at for the control-character ratio: enough to judge, cheap on huge inputs. */
const SNIFF_BYTES = 64 * 1024;

function isControlByte(byte: number): boolean {
  const whitespace = byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d;
  return (byte < 0x20 && !whitespace) || byte === 0x7f;
}

function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return true;
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let controls = 0;
  for (const byte of sample) if (isControlByte(byte)) controls++;
  return controls / sample.length > MAX_CONTROL_RATIO;
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) count++;
  return count;
}

function decodeUtf8(bytes: Uint8Array, name: string): DecodedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    const count = countReplacements(text);
    return { text, warnings: [`invalid UTF-8 in ${name}: ${count} byte sequence(s) replaced with U+FFFD`] };
  }
}

/**
 * Decodes the bytes of a text input: UTF-8 (or UTF-16 with a byte-order mark), BOM removed.
 * Throws InputError for empty, whitespace-only or binary input; invalid UTF-8 becomes a warning.
 */
export function decodeText(bytes: Uint8Array, name: string): DecodedText {
  if (bytes.length === 0) throw new InputError(`${name} is empty`);
  const wide = utf16Encoding(bytes);
  if (!wide && looksBinary(bytes)) throw new InputError(`${name} looks like binary data, not text`);
  // TextDecoder removes a leading byte-order mark itself (ignoreBOM is false by default).
  const decoded = wide ? { text: new TextDecoder(wide).decode(bytes), warnings: [] } : decodeUtf8(bytes, name);
  if (decoded.text.trim() === '') throw new InputError(`${name} is empty (only whitespace)`);
  return decoded;
}

function overLimit(name: string, maxBytes: number): InputError {
  return new InputError(`${name} is larger than the limit of ${maxBytes} bytes (raise it with --max-bytes)`);
}

/** Reads a whole stream, stopping with an error as soon as it passes `maxBytes`. */
export async function readStreamBytes(
  stream: AsyncIterable<Uint8Array | string>,
  name: string,
  maxBytes: number = DEFAULT_MAX_BYTES,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    total += bytes.length;
    if (total > maxBytes) throw overLimit(name, maxBytes);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}

/** Checks that `path` names something readable and not too large; returns whether it is a regular file. */
export async function checkInputPath(path: string, maxBytes: number = DEFAULT_MAX_BYTES): Promise<boolean> {
  const info = await stat(path).catch((error: unknown) => {
    throw describeFsError(path, error);
  });
  if (info.isDirectory()) throw new InputError(`${path} is a directory, not a file`);
  if (info.isFile() && info.size > maxBytes) throw overLimit(path, maxBytes);
  return info.isFile();
}

/** Reads the raw bytes of a file (or a pipe such as /dev/stdin), within the size limit. */
export async function readInputBytes(path: string, options: ReadOptions = {}): Promise<Uint8Array> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const regular = await checkInputPath(path, maxBytes);
  try {
    if (regular) return await readFile(path);
    return await readStreamBytes(createReadStream(path), path, maxBytes);
  } catch (error) {
    throw error instanceof InputError ? error : describeFsError(path, error);
  }
}

/** Reads and decodes a text file: `{text, warnings}`, or an InputError saying in one line what is wrong. */
export async function readTextFile(path: string, options: ReadOptions = {}): Promise<DecodedText> {
  return decodeText(await readInputBytes(path, options), path);
}

/** Reads and decodes standard input (named "-" in messages, as on the command line). */
export async function readTextStream(
  stream: AsyncIterable<Uint8Array | string>,
  name = 'standard input',
  options: ReadOptions = {},
): Promise<DecodedText> {
  return decodeText(await readStreamBytes(stream, name, options.maxBytes), name);
}
