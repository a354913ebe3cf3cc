/**
 * Credit matching: the lexicon trie, the credit grammar read at one position of a text, and the
 * helpers that turn a credit string into {photographer, agency, archive, rights}.
 *
 * Grammar (read left to right from a start position, every loop bounded):
 *   credit := "("? label? part (joiner part)* ")"?
 *   part   := lexicon form | name (capitalised words, lower-case particles allowed inside)
 * A credit is accepted only with evidence: a lexicon form, a label, or a form learnt in the document.
 */
import type { Credit, RightsHint } from '../model/document.js';
import { codeAt, digitAt, isCapitalRunSplit, isGluedStart, isLetterCode, isUpperCode, letterAt, lowerAt, opensPieceAt, spaceAt, upperAt } from './chars.js';
import { CREDIT_JOINERS, CREDIT_LABELS, CREDIT_LEXICON, NAME_PARTICLES, type LexiconEntry } from './lexicon.js';

interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: LexiconEntry;
  form?: string;
}

function buildTrie(forms: Iterable<[string, LexiconEntry]>): TrieNode {
  const root: TrieNode = { next: new Map() };
  for (const [form, entry] of forms) {
    let node = root;
    for (const ch of form) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.entry = entry;
    node.form = form;
  }
  return root;
}

function* lexiconForms(): Generator<[string, LexiconEntry]> {
  for (const entry of CREDIT_LEXICON) for (const form of entry.forms) yield [form, entry];
}

const LEXICON_TRIE = buildTrie(lexiconForms());

export interface LexiconMatch {
  end: number;
  form: string;
  entry: LexiconEntry;
}

/** The longest lexicon form starting at `start` (case-sensitive), if any. */
export function longestLexiconForm(text: string, start: number, limit = text.length): LexiconMatch | undefined {
  let node: TrieNode | undefined = LEXICON_TRIE;
  let best: LexiconMatch | undefined;
  for (let i = start; i < limit && node; i++) {
    node = node.next.get(text[i]);
    if (node?.entry && node.form && endsWord(text, i + 1, limit)) best = { end: i + 1, form: node.form, entry: node.entry };
  }
  return best;
}

/**
 * A lexicon form or name ends a word at `end` when the next character is not a letter, or is a
 * glued capital ("Reuters" + "Damaged"), or a capitalised word glued after capitals ("AFP" + "Hungarian").
 */
function endsWord(text: string, end: number, limit: number): boolean {
  if (end >= limit) return true;
  const next = codeAt(text, end);
  if (!isLetterCode(next)) return true;
  if (isGluedStart(text, end)) return true;
  if (!isUpperCode(next) || !upperAt(text, end - 1)) return false;
  // After capitals, a capitalised word ("AFP" + "Hungarian") or the one-letter word A or I ("MTI" + "A tank").
  return lowerAt(text, end + 1) || ((next === 65 || next === 73) && codeAt(text, end + 1) === 32);
}

const LABEL_TRIE = buildTrie(CREDIT_LABELS.map((label) => [label, CREDIT_LEXICON[0]] as [string, LexiconEntry]));

/** The longest credit label at `start` ("Photograph:", "©", "Image source,"), if any. */
export function labelAt(text: string, start: number, limit = text.length): string | undefined {
  let node: TrieNode | undefined = LABEL_TRIE;
  let best: string | undefined;
  for (let i = start; i < limit && node; i++) {
    node = node.next.get(text[i]);
    if (node?.form && (!letterAt(node.form, node.form.length - 1) || !letterAt(text, i + 1))) best = node.form;
  }
  return best;
}

export interface CreditPart {
  start: number;
  end: number;
  entry?: LexiconEntry;
}

export interface CreditParse {
  start: number;
  end: number;
  label?: string;
  parts: CreditPart[];
  /** What made it a credit. */
  evidence: 'lexicon' | 'label' | 'learnt' | 'layout' | 'licence' | 'holder';
  /** Whether the first part is a lexicon form (needed after a run of capitals). */
  startsWithLexicon: boolean;
}

export interface CreditContext {
  /** Credit strings learnt in this document (unknown names glued at junctions 2+ times). */
  learnt: ReadonlySet<string>;
  /**
   * The document is a gallery (other lines hold credited captions): a wire tag such as "(Reuters)"
   * closing a line there credits the picture, where elsewhere it signs a story.
   */
  gallery?: boolean;
  /**
   * The credit is read as a line of its own under a picture in a gallery: there a name of several
   * parts joined by a slash ("Western Mail/Media Wales") or an institution's name ("Arquivo Municipal
   * de Lisboa") filling the line is evidence enough.
   */
  loneLine?: boolean;
}

const MAX_PARTS = 5;
const MAX_NAME_WORDS = 5;
const MAX_PARTICLES = 2;
const MAX_WORD_LENGTH = 40;
const MAX_LABEL_GAP = 3;

/** A capitalised word (or initial) starting at `start`: its end, or -1. */
function nameWordEnd(text: string, start: number, limit: number): number {
  if (!upperAt(text, start)) return -1;
  let i = start + 1;
  while (i < limit && i - start < MAX_WORD_LENGTH) {
    const c = text.charCodeAt(i);
    if (isLetterCode(c)) {
      // ("Bielik/TASR" + "The next day": a capitalised word glued after an agency's capitals)
      if (isUpperCode(c) && (isGluedStart(text, i) || (i - start >= 2 && isCapitalRunSplit(text, i) && lowerAt(text, i + 2)))) break;
      i++;
    } else if ((c === 45 || c === 39 || c === 0x2019) && letterAt(text, i + 1)) { // - ' ’
      i++;
    } else if (c === 46 && i === start + 1) {
      i++; // an initial: "J.", or a run of them: "U.S."
      while (upperAt(text, i) && codeAt(text, i + 1) === 46) i += 2;
      break;
    } else break;
  }
  return i;
}

/** End offsets after each word of a name starting at `start` (Laszlo, Laszlo Almasi, ...). */
export function nameEnds(text: string, start: number, limit: number): number[] {
  const ends: number[] = [];
  let pos = start;
  for (let words = 0; words < MAX_NAME_WORDS; words++) {
    const end = nameWordEnd(text, pos, limit);
    if (end < 0) break;
    ends.push(end);
    if (end >= limit || !spaceAt(text, end) || text.charCodeAt(end) === 10) break;
    let next = end + 1;
    // ("Charles de Gaulle", "Willem van de Poll": one or two particles before the next capital)
    for (let particles = 0; particles < MAX_PARTICLES; particles++) {
      const particle = lowerWordAt(text, next, limit);
      if (!particle || !NAME_PARTICLES.has(particle) || text[next + particle.length] !== ' ') break;
      next += particle.length + 1;
    }
    if (!upperAt(text, next)) break;
    pos = next;
  }
  return ends;
}

function lowerWordAt(text: string, start: number, limit: number): string | undefined {
  let i = start;
  while (i < limit && i - start < 8 && lowerAt(text, i)) i++;
  return i > start ? text.slice(start, i) : undefined;
}

function joinerAt(text: string, pos: number, limit: number): number {
  for (const joiner of CREDIT_JOINERS) {
    if (text.startsWith(joiner, pos) && pos + joiner.length < limit) {
      const after = pos + joiner.length;
      if (upperAt(text, after) || digitAt(text, after) || lowerAt(text, after)) return after;
    }
  }
  // ("Jo Lee, CC BY-SA 3.0, via Wikimedia Commons": the licence between the author and the collection)
  if (codeAt(text, pos) === 44) {
    const licence = LICENCE_JOINER.exec(text.slice(pos, Math.min(limit, pos + MAX_LICENCE_JOINER_LENGTH)));
    if (licence && upperAt(text, pos + licence[0].length)) return pos + licence[0].length;
  }
  return -1;
}

/** A Creative Commons licence or a public-domain mark: "CC BY 2.0", "CC BY-SA 4.0", "CC0", "Public domain". */
const LICENCE_NAME = String.raw`CC[ -]?(?:BY(?:[ -](?:SA|ND|NC))*(?: \d\.\d)?|0|ZERO)|[Pp]ublic [Dd]omain`;
/** ", CC BY-SA 3.0, via ", ", Public domain, via ": a licence joining an author to the collection holding the picture. */
const LICENCE_JOINER = new RegExp(`^, (?:${LICENCE_NAME}), via `);
/** The longest licence read, with its brackets ("(CC BY-NC-SA 4.0)" and a space), and with its joining words. */
const MAX_LICENCE_LENGTH = 24;
const MAX_LICENCE_JOINER_LENGTH = MAX_LICENCE_LENGTH + ', , via '.length;

/**
 * A place where a credit could end: after `partCount` parts of the shared `parts` list, the last one
 * cut at `end` (a name may end after any of its words). Shared lists keep the reading allocation-light.
 */
interface Checkpoint {
  end: number;
  partCount: number;
  hasLexicon: boolean;
  parts: CreditPart[];
}

/** The parts of a checkpoint, the last one cut at the checkpoint's end. */
function partsOf(point: Checkpoint): CreditPart[] {
  const parts = point.parts.slice(0, point.partCount);
  const last = parts[parts.length - 1];
  if (last) parts[parts.length - 1] = { ...last, end: point.end };
  return parts;
}

function lastPartText(text: string, point: Checkpoint): string {
  return text.slice(point.parts[point.partCount - 1].start, point.end);
}

/** Reads the parts of a credit body; returns every place the credit could end. */
function readParts(text: string, start: number, limit: number): Checkpoint[] {
  const checkpoints: Checkpoint[] = [];
  const parts: CreditPart[] = [];
  let pos = start;
  let hasLexicon = false;
  for (let n = 0; n < MAX_PARTS; n++) {
    const lexical = longestLexiconForm(text, pos, limit);
    // ("Keystone-France/Gamma-Rapho": a form that only opens a hyphenated name is read with the name)
    if (lexical && !(codeAt(text, lexical.end) === 45 && letterAt(text, lexical.end + 1))) {
      // ("U.S. Army Signal Corps": an archive's name may go on to the unit holding the picture)
      const unitEnd = lexical.entry.role === 'archive' && spaceAt(text, lexical.end) && upperAt(text, lexical.end + 1) ? nameEnds(text, pos, limit).at(-1) ?? lexical.end : lexical.end;
      parts.push({ start: pos, end: Math.max(unitEnd, lexical.end), entry: lexical.entry });
      hasLexicon = true;
      checkpoints.push({ end: lexical.end, partCount: parts.length, hasLexicon, parts });
      if (unitEnd > lexical.end) checkpoints.push({ end: unitEnd, partCount: parts.length, hasLexicon, parts });
      pos = Math.max(unitEnd, lexical.end);
    } else {
      const ends = nameEnds(text, pos, limit);
      if (ends.length === 0) break;
      parts.push({ start: pos, end: ends[ends.length - 1] });
      for (const end of ends) checkpoints.push({ end, partCount: parts.length, hasLexicon, parts });
      pos = ends[ends.length - 1];
    }
    const next = joinerAt(text, pos, limit);
    if (next < 0) break;
    // After a joiner a lower-case word must be a lexicon form ("dpa", "akg-images") or a web address
    // closing the credit ("Jo Lee/reportdigital.co.uk").
    if (lowerAt(text, next) && !longestLexiconForm(text, next, limit)) {
      const site = siteEnd(text, next, limit);
      if (site > next && parts.length < MAX_PARTS) {
        parts.push({ start: next, end: site });
        checkpoints.push({ end: site, partCount: parts.length, hasLexicon, parts });
      }
      break;
    }
    pos = next;
  }
  return checkpoints;
}

/** The longest web address a credit may name: "reportdigital.co.uk", "www.example-archive.org". */
const MAX_SITE_LENGTH = 60;
const SITE = /^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|info|co\.uk|org\.uk|ac\.uk|[a-z]{2})(?![a-z0-9.-])/;

/** The end of a lower-case web address starting at `start`, or `start` when there is none. */
function siteEnd(text: string, start: number, limit: number): number {
  const match = SITE.exec(text.slice(start, Math.min(limit, start + MAX_SITE_LENGTH)));
  return match ? start + match[0].length : start;
}

/** Where the next piece may start after a credit ending at `end`; -1 when nothing valid follows. */
function followsCredit(text: string, end: number, limit: number, spaced: boolean): boolean {
  let i = end;
  while (i < limit && spaceAt(text, i)) i++;
  if (i >= limit) return true;
  // ("Photograph by Jo Lee, courtesy of the Zeeuws Archief.": a full stop closing the line)
  if (i === end && codeAt(text, i) === 46 && closesLine(text, i + 1, limit)) return true;
  if (i === end) return opensPieceAt(text, i);
  return spaced && opensPieceAt(text, i);
}

/** Where a credit's body starts after its label: past spaces, a year ("© 2019 ...") and "the". */
function afterLabel(text: string, from: number, limit: number): number {
  let pos = from;
  while (pos < limit && pos - from < MAX_LABEL_GAP && text.charCodeAt(pos) === 32) pos++;
  if (digitAt(text, pos) && digitAt(text, pos + 1) && digitAt(text, pos + 2) && digitAt(text, pos + 3) && codeAt(text, pos + 4) === 32) pos += 5;
  if (text.startsWith('the ', pos) && upperAt(text, pos + 4)) pos += 4;
  return pos;
}

/**
 * "(Reuters)" or "(AP)" alone is how wire copy signs a story, not a photo credit; "(AP Photo/Jo Lee)",
 * "(Getty Images)" and "(Jane Roe/AFP)" are credits.
 */
function isWireTag(text: string, point: Checkpoint): boolean {
  if (point.partCount > 1) return false;
  return !/Photo|Image|Picture/.test(text.slice(point.parts[0].start, point.end));
}

/** Digits joined by hyphens, slashes or stops, at least this many digits: an archive's picture signature. */
const MIN_SIGNATURE_DIGITS = 3;

/**
 * The end of an archive signature after a credit's last word ("Bild" + " 183-1989-1104-437", or
 * ", Bild 146-1985-064-28") when it closes the line; otherwise `end` itself. Only digits and their joiners are read.
 */
function signatureEnd(text: string, end: number, limit: number): number {
  const from = signatureLabelEnd(text, end, limit);
  if (codeAt(text, from) !== 32 || !digitAt(text, from + 1)) return end;
  let i = from + 1;
  let digits = 0;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (digitAt(text, i)) digits++;
    else if (!((c === 45 || c === 47 || c === 46) && digitAt(text, i + 1))) break; // - / .
    i++;
  }
  return digits >= MIN_SIGNATURE_DIGITS && closesLine(text, i, limit) ? i : end;
}

/** The longest word naming a signature's series after a comma ("Bild", "Inv", "Neg"). */
const MAX_SERIES_WORD = 12;

/** Past ", Bild" after a credit's last word ("Walter Sanders/Bundesarchiv, Bild 146-1985-064-28"), or `end` itself. */
function signatureLabelEnd(text: string, end: number, limit: number): number {
  if (codeAt(text, end) !== 44 || codeAt(text, end + 1) !== 32 || !upperAt(text, end + 2)) return end;
  let i = end + 3;
  while (i < limit && i - end < MAX_SERIES_WORD && letterAt(text, i)) i++;
  if (codeAt(text, i) === 46) i++; // "Inv."
  return i;
}

/** A licence in brackets after a credit: "(CC BY 2.0)", "(CC BY-SA 4.0)", "(CC0)". */
const LICENCE = new RegExp(String.raw`^ ?\((?:${LICENCE_NAME})\)`);

/** The end of a licence in brackets right after a credit's end, or `end` itself. */
function licenceEnd(text: string, end: number, limit: number): number {
  if (codeAt(text, end) !== 40 && codeAt(text, end + 1) !== 40) return end;
  const match = LICENCE.exec(text.slice(end, Math.min(limit, end + MAX_LICENCE_LENGTH)));
  return match ? end + match[0].length : end;
}

/** ", CC0", ", public domain" closing the line after a credit. */
const COMMA_LICENCE = new RegExp(String.raw`^, (?:${LICENCE_NAME})\s*$`);
/** " (Nationaal Archief)": a holder named in brackets closing the line after a credit. */
const BRACKETED_HOLDER = /^ \(([^()\n]{3,60})\)\s*$/;

/**
 * What closes the line after a name with no other evidence: a licence after a comma (evidence 'licence'), an
 * archive holding the picture in brackets ('holder'), or the name itself when it is an archive's, ending
 * the line ('holder': "Essex Record Office"). Undefined evidence when none does.
 */
function closingRightsEnd(text: string, point: Checkpoint, end: number, limit: number): { end: number; evidence?: 'licence' | 'holder' } {
  if (limit - end > MAX_CLOSING_RIGHTS) return { end };
  const rest = text.slice(end, limit);
  if (COMMA_LICENCE.test(rest)) return { end: limit, evidence: 'licence' };
  const holder = BRACKETED_HOLDER.exec(rest);
  if (holder && ARCHIVE_WORDS.test(holder[1])) return { end: end + holder[0].trimEnd().length, evidence: 'holder' };
  return closesLine(text, end, limit) && ARCHIVE_WORDS.test(text.slice(point.parts[0].start, end)) ? { end, evidence: 'holder' } : { end };
}

/** The longest closing licence or bracketed holder read. */
const MAX_CLOSING_RIGHTS = 64;

/** ", Ouwerkerk": one or two capitalised words after a comma closing the line. */
const PLACE_TAIL = /^, [A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+)?\s*$/u;
const MAX_PLACE_TAIL = 40;

function placeTailEnd(text: string, end: number, limit: number): number {
  if (limit - end > MAX_PLACE_TAIL) return end;
  const tail = PLACE_TAIL.exec(text.slice(end, limit));
  return tail ? end + tail[0].trimEnd().length : end;
}

/** Only spaces lie between `from` and the end of the line. */
function closesLine(text: string, from: number, limit: number): boolean {
  for (let i = from; i < limit; i++) if (!spaceAt(text, i)) return false;
  return true;
}

/** How the parts of a credit alone on its line are joined: "Western Mail/Media Wales", "Jo Lee for The Times", "Jo Lee for the Observer", "Jo Lee via Alamy". */
const LAYOUT_JOINER = /(?:\/ ?| for (?:the )?| via )$/;
/** The longest of those joiners, read back from a part's start. */
const MAX_LAYOUT_JOINER = ' for the '.length;

/** A credit filling its line of a gallery: several names joined by a slash, "for" or "via", or one institution's name. */
function fillsLoneLine(text: string, point: Checkpoint, limit: number): boolean {
  if (!closesLine(text, point.end, limit)) return false;
  if (point.partCount >= 2) return point.parts.slice(1, point.partCount).every((part) => LAYOUT_JOINER.test(text.slice(Math.max(0, part.start - MAX_LAYOUT_JOINER), part.start)));
  return ARCHIVE_WORDS.test(text.slice(point.parts[0].start, point.end));
}

/** A credit whose last part (the agency's place) was learnt from the document. */
function isLearnt(text: string, point: Checkpoint, context: CreditContext): boolean {
  return context.learnt.size > 0 && context.learnt.has(lastPartText(text, point));
}

/**
 * Reads a credit starting at `start` (inside [start, limit)): returns it when it has evidence and
 * ends where a credit can end (the end of the paragraph, or a glued capital/digit/date).
 */
export function parseCreditAt(text: string, start: number, limit: number, context: CreditContext): CreditParse | undefined {
  let pos = start;
  // "(AP Photo/Jo Lee)", "[Keystone/Getty Images]": the credit ends at the matching closer
  // ("(c) Jo Lee": a copyright mark, no bracketed credit)
  const copyright = text.startsWith('(c) ', pos) || text.startsWith('(C) ', pos);
  const closer = copyright ? undefined : text[pos] === '(' ? ')' : text[pos] === '[' ? ']' : undefined;
  const paren = closer !== undefined;
  if (paren) pos++;
  const label = labelAt(text, pos, limit);
  if (label) pos = afterLabel(text, pos + label.length, limit);
  const bodyStart = pos;
  const checkpoints = readParts(text, bodyStart, limit);
  for (let k = checkpoints.length - 1; k >= 0; k--) {
    const point = checkpoints[k];
    let end = point.end;
    if (paren) {
      if (text[end] !== closer || (!label && isWireTag(text, point) && !(context.gallery === true && closesLine(text, end + 1, limit)))) continue;
      end++;
    }
    // ("Nationaal Archief, CC0", "Fotocollectie Elsevier (Nationaal Archief)": a licence, or an archive holding the
    // picture, closing the line after a name)
    const closing = paren ? { end } : closingRightsEnd(text, point, end, limit);
    const evidence = point.hasLexicon ? 'lexicon' : label ? 'label' : isLearnt(text, point, context) ? 'learnt' : context.loneLine === true && fillsLoneLine(text, point, limit) ? 'layout' : closing.evidence;
    if (!evidence) continue;
    end = Math.max(end, closing.end);
    // ("Photograph: Bundesarchiv/Bild 183-1989-1104-437": an archive's signature closes the credit)
    if (!paren && evidence !== 'learnt') end = signatureEnd(text, end, limit);
    // ("Photograph: Jo Lee/Flickr (CC BY 2.0)": the licence the picture is shared under closes it)
    if (!paren) end = licenceEnd(text, end, limit);
    // ("Courtesy of the Watersnoodmuseum, Ouwerkerk": a labelled credit may end with the holder's town)
    if (label && !paren) end = placeTailEnd(text, end, limit);
    if (!followsCredit(text, end, limit, paren || label !== undefined)) continue;
    const parse: CreditParse = {
      start,
      end,
      parts: partsOf(point),
      evidence,
      startsWithLexicon: point.parts[0].entry !== undefined,
    };
    if (label) parse.label = label;
    return parse;
  }
  return undefined;
}

/**
 * An unknown name glued at a junction and followed by a glued capital/digit or the paragraph end:
 * a candidate credit to learn if it recurs. Returns its last part (the agency's place: "Orbis" in
 * "Jane Doe/Orbis") and whether it was glued on both sides.
 */
export function unknownCreditAt(text: string, start: number, limit: number): { body: string; gluedAfter: boolean } | undefined {
  const checkpoints = readParts(text, start, limit);
  for (let k = checkpoints.length - 1; k >= 0; k--) {
    const point = checkpoints[k];
    if (point.hasLexicon) return undefined;
    const body = lastPartText(text, point);
    let after = point.end;
    while (after < limit && spaceAt(text, after)) after++;
    if (after >= limit) return { body, gluedAfter: false };
    if (after === point.end && opensPieceAt(text, after)) return { body, gluedAfter: true };
  }
  return undefined;
}

/* ---------- credit fields ---------- */

/** Words naming an archive, library, museum or foundation, in the languages picture credits come in. */
const ARCHIVE_WORDS = /(?<![\p{L}\p{N}])(?:Records? Office|Archives?|Archiv|Archivo|Arquivo|Archivio|Archief|Museums?|Museo|Musée|Muzeum|Library|Biblioteca|Bibliothèque|Bibliothek|Collection|Foundation|Fundação|Fundación|Fondation|Stiftung|Institute|Memorial|Centre|Center|Gallery|University)(?![\p{L}\p{N}])/u;
const AGENCY_WORDS = /\b(?:Agency|Press|Images|Photos?|Pictures|News|Media|Wire|Service|Studio)\b/;

export interface CreditFields {
  photographer?: string;
  agency?: string;
  archive?: string;
  reference?: string;
  rights?: RightsHint;
}

/** A credit part holding an archive's picture number: three digits in a row ("Bild 183-1989-1104-437"). */
const REFERENCE_PART = /\d{3}/;

function stripLabel(creditText: string): string {
  let body = creditText.trim();
  if ((body.startsWith('(') && body.endsWith(')')) || (body.startsWith('[') && body.endsWith(']'))) body = body.slice(1, -1).trim();
  const label = labelAt(body, 0);
  if (label) body = body.slice(afterLabel(body, label.length, body.length)).trim();
  return body;
}

/**
 * Splits a credit body into parts: "Laszlo Almasi/Reuters" → ["Laszlo Almasi", "Reuters"]. The
 * credit grammar is tried first so lexicon forms holding a joiner ("NASA/JSC") stay whole.
 */
function splitParts(body: string): string[] {
  const read = readParts(body, 0, body.length);
  const whole = read.find((point) => point.end === body.length);
  if (whole) return partsOf(whole).map((part) => body.slice(part.start, part.end));
  return body
    .split(/ via | for | \/ |\/| and | & |; /)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** The lexicon entry a whole credit part is a form of ("Getty Images"), if any. */
function lexiconEntryOf(part: string): LexiconEntry | undefined {
  const match = longestLexiconForm(part, 0);
  return match && match.end === part.length ? match.entry : undefined;
}

/** How a credit names a photographer it does not name: "REUTERS/Stringer", "AP/Staff". */
const UNNAMED_PHOTOGRAPHERS: ReadonlySet<string> = new Set(['Stringer', 'STRINGER', 'Staff', 'STAFF', 'Staff Photographer']);

function looksLikePersonName(part: string): boolean {
  const words = part.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  return words.every((word) => upperAt(word, 0) || NAME_PARTICLES.has(word)) && !AGENCY_WORDS.test(part) && !ARCHIVE_WORDS.test(part);
}

/**
 * The fields of a credit string: "Laszlo Almasi/Reuters" → photographer Laszlo Almasi, agency
 * Reuters; "Keystone/Getty Images" → archive Keystone, agency Getty Images; "(AP Photo/Jane Roe)".
 * Of several agencies the last (the distributor) is the agency and earlier ones the archive.
 */
export function parseCredit(creditText: string): CreditFields {
  const fields: CreditFields = {};
  const agencies: string[] = [];
  const archives: string[] = [];
  for (const part of splitParts(stripLabel(creditText))) {
    const entry = lexiconEntryOf(part);
    if (entry?.role === 'rights') continue;
    if (!entry && REFERENCE_PART.test(part)) fields.reference = part;
    else if (entry?.role === 'agency') agencies.push(entry.name);
    else if (entry?.role === 'archive') archives.push(entry.name);
    else if (ARCHIVE_WORDS.test(part)) archives.push(part);
    else if ((looksLikePersonName(part) || UNNAMED_PHOTOGRAPHERS.has(part)) && !fields.photographer) fields.photographer = part;
    else agencies.push(part);
  }
  if (agencies.length > 0) fields.agency = agencies[agencies.length - 1];
  const sources = [...archives, ...agencies.slice(0, -1)];
  if (sources.length > 0) fields.archive = sources.join('/');
  fields.rights = rightsHint(creditText);
  return fields;
}

const RIGHTS_ORDER: readonly RightsHint[] = ['cc-by-sa', 'cc-by', 'public-domain', 'licensed'];

/**
 * What a credit says of re-use rights: a licence written in it (CC BY-SA, CC BY, public domain)
 * wins; otherwise the lexicon's hint for the bodies it names (Fortepan → cc-by-sa, Reuters → licensed).
 */
export function rightsHint(creditText: string): RightsHint {
  if (/CC[ -]BY[ -]SA/i.test(creditText)) return 'cc-by-sa';
  if (/CC[ -]BY\b/i.test(creditText)) return 'cc-by';
  if (/public domain/i.test(creditText)) return 'public-domain';
  const found = new Set<RightsHint>();
  for (let i = 0; i < creditText.length; i++) {
    if (i > 0 && letterAt(creditText, i - 1)) continue;
    const match = longestLexiconForm(creditText, i);
    if (match) {
      found.add(match.entry.rights);
      i = match.end - 1;
    }
  }
  return RIGHTS_ORDER.find((hint) => found.has(hint)) ?? 'unknown';
}

/** A Credit span with its fields, for a credit found at [start, end) of `text`. */
export function creditSpan(text: string, start: number, end: number): Credit {
  const creditText = text.slice(start, end);
  return { start, end, text: creditText, ...parseCredit(creditText) };
}
