/**
 * Caption/credit recovery inside one line of scraped text, where captions and their credits ran
 * together ("... in Budapest" + "Fortepan" + "23 October 1956: ...").
 *
 * 1. Credits are found left to right at glued junctions (and after spaces when a label or a
 *    parenthesis marks them), each proven by the lexicon, a label or a form learnt in the document.
 * 2. A line is a run of captions only when credits tile it: caption, credit, caption, credit ... with
 *    the last credit at the end of the line (or, BBC style, "Image source, X" before each caption).
 * Every loop is bounded, so a line of n characters costs O(n) lexicon-trie steps.
 */
import { codeAt, digitAt, isCapitalRunSplit, isDigitCode, isGluedStart, isLetterCode, isUpperCode, letterAt, lowerAt, mayOpenPiece, spaceAt, upperAt } from './chars.js';
import { labelAt, longestLexiconForm, nameEnds, parseCreditAt, unknownCreditAt, type CreditContext, type CreditParse } from './credit.js';

export interface CaptionPair {
  caption: [number, number];
  credit: [number, number];
}

type CandidateKind = 'glued' | 'capital-run' | 'caps-suffix' | 'spaced' | 'after-sentence';

/**
 * Whether a credit may start at `i` of the line [start, limit): glued to the text before it, glued
 * after a run of capitals ("NATO" + "Reuters"), inside a run of capitals ("USSR" + "AFP", only when
 * `capsSuffix`), or after a space when a label or parenthesis opens it.
 */
function creditCandidate(text: string, i: number, start: number, limit: number, capsSuffix: CapsSuffix): CandidateKind | undefined {
  if (isGluedStart(text, i, start)) return 'glued';
  if (isCapitalRunSplit(text, i, start)) return 'capital-run';
  if (capsSuffix !== 'none' && endsCapitalTriple(text, i, start)) {
    return longestLexiconForm(text, i, limit) ? 'caps-suffix' : undefined;
  }
  // A parenthesis, bracket or copyright sign opens a credit after anything: "UN" + "(AP Photo/Jo Lee)", "[Keystone/Getty Images]".
  const here = text.charCodeAt(i);
  if (here === 40 || here === 91 || here === 0xa9) return 'spaced'; // ( [ ©
  if (i > start && !spaceAt(text, i - 1)) return undefined;
  if (labelAt(text, i, limit) !== undefined) return 'spaced';
  if (afterSentence(text, i, start) && (longestLexiconForm(text, i, limit) !== undefined || nameBeforeAgency(text, i, limit))) return 'after-sentence';
  return undefined;
}

/** Words a photographer's name may take before the slash of an agency: "Anthony Wallace/AFP". */
const NAME_WORDS = 3;

/** At `i`, a name of a few words, read as the credit parser reads one, then "/" and an agency the lexicon knows ("Anthony Wallace/AFP/Getty Images"). */
function nameBeforeAgency(text: string, i: number, limit: number): boolean {
  return nameEnds(text, i, limit)
    .slice(0, NAME_WORDS)
    .some((end) => codeAt(text, end) === 47 && longestLexiconForm(text, end + 1, limit) !== undefined); // /
}

/**
 * `i` follows a finished sentence, a dash or a bar and one space ("... in 1999. REUTERS/Stringer", "... June 1999 – Imperial
 * War Museum"): where a credit closing a caption line may start with no label.
 */
export function afterSentence(text: string, i: number, start: number): boolean {
  const here = codeAt(text, i);
  // (a capital letter A-Z, as the credit scan's expression reads it)
  if (here < 65 || here > 90 || i - 2 < start || codeAt(text, i - 1) !== 32) return false;
  const mark = codeAt(text, i - 2);
  return mark === 46 || mark === 33 || mark === 63 || mark === 0x201d || setsCreditOff(mark); // . ! ? ” and – — |
}

/** A dash or a bar, which set a credit off from its caption: "... June 1999 – Imperial War Museum", "... 1953. | Keystone". */
function setsCreditOff(mark: number): boolean {
  return mark === 0x2013 || mark === 0x2014 || mark === 124; // – — |
}

/**
 * Offsets in [start, limit) where creditCandidate may hold (in any of its readings), in order: a
 * capital, digit or opening mark glued to the text before it as isGluedStart, isCapitalRunSplit or
 * a lexicon form after two capitals ("USSR" + "AFP") say; '(' or '©'; or a credit label after a
 * space or at the start. Most lines of prose hold none.
 *
 * A regular expression first skips to the few places worth testing: a capital, digit or opening
 * mark (any non-ASCII character is let through, mayOpenPiece sorts them) after a character that can
 * end a glued piece, '(' or '©', or a label's opening (P, I, C, S or F before the next letters of
 * Photo, Picture, Image, Illustration, Credit, Courtesy, Copyright, Source or Foto; a test keeps this in
 * step with CREDIT_LABELS). It leaves out what can never open a credit: anything after a space but
 * those, digits after digits or a full stop (1956, 3.5), anything after ',', '$' or '-' (1,200, $5,
 * Anglo-American), and straight double quotes. It opens with one character class, so the engine
 * skips lower-case text at native speed, and the lookbehinds then read the character before it; it
 * runs on a slice so a line costs only its own length. No 'u' flag: one match is one code unit, as
 * the per-character tests read them. A literal is a fresh object on every call that shares its
 * compiled code; test() makes no match object: a match is one code unit, just before lastIndex.
 */
export function creditStarts(text: string, start: number, limit: number): number[] {
  const found: number[] = [];
  const slice = text.slice(start, limit);
  const pattern = creditStartPattern();
  while (pattern.test(slice)) {
    const at = start + pattern.lastIndex - 1;
    if (mayOpenPiece(text, at) && mayOpenCredit(text, at, start, limit)) found.push(at);
  }
  return found;
}

const creditStartPattern = (): RegExp =>
  /[A-Z0-9([\u00a9\u00ab\u00c0-\uffff](?:(?<=[^\s\d.,$\-][\s\S]|[\d.][^\d]|[([\u00a9]|[.!?\u201d\u2013\u2014|] [A-Z])|(?<=[PICSF])(?=hot|ict|mag|llu|red|our|opy|oto))/g;

/**
 * creditStarts of each of the sorted, disjoint, trimmed `lines` of `text`, found by one scan of the
 * whole text rather than one per line. Past a line's first character the expression reads only
 * that line; at its first character it may see the break before it, but there a credit may only
 * open with '(', '©' or a label, which mayOpenCredit checks without looking back.
 */
export function creditStartsOfLines(text: string, lines: ReadonlyArray<[number, number]>): number[][] {
  const starts: number[][] = [];
  for (let k = 0; k < lines.length; k++) starts.push([]);
  const pattern = creditStartPattern();
  let k = 0;
  while (pattern.test(text)) {
    const at = pattern.lastIndex - 1;
    while (k < lines.length && lines[k][1] <= at) k++;
    if (k === lines.length) break;
    const [start, limit] = lines[k];
    if (at >= start && mayOpenPiece(text, at) && mayOpenCredit(text, at, start, limit)) starts[k].push(at);
  }
  return starts;
}

/** Whether creditCandidate may hold at `at` of the line [start, limit), in any of its readings. */
function mayOpenCredit(text: string, at: number, start: number, limit: number): boolean {
  const here = text.charCodeAt(at);
  if (here === 40 || here === 91 || here === 0xa9) return true; // ( [ ©
  if (at === start || spaceAt(text, at - 1)) return labelAt(text, at, limit) !== undefined || (afterSentence(text, at, start) && (longestLexiconForm(text, at, limit) !== undefined || nameBeforeAgency(text, at, limit)));
  if (isGluedStart(text, at, start) || isCapitalRunSplit(text, at, start)) return true;
  return endsCapitalTriple(text, at, start) && longestLexiconForm(text, at, limit) !== undefined;
}

/** A dash and a space come just before `i`. */
function dashBefore(text: string, i: number): boolean {
  const mark = codeAt(text, i - 2);
  return mark === 0x2013 || mark === 0x2014;
}

/** True when `i` ends three capitals in a row inside the line starting at `start` ("USSR" + "AFP"). */
function endsCapitalTriple(text: string, i: number, start: number): boolean {
  return i - 2 >= start && upperAt(text, i - 2) && upperAt(text, i - 1) && upperAt(text, i);
}

/**
 * Whether to look for a credit glued inside a run of capitals: 'none'; 'any' lexicon form; or only
 * 'long' ones (3+ letters), so a lone line ending "ASAP" is not read as "AS" + "AP".
 */
type CapsSuffix = 'none' | 'any' | 'long';
const LONG_FORM = 3;

/** A dated caption glued to the credit before it opens at `at`: "...Getty Images12 June 2019: Police ...". */
const GLUED_DATE = /^\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}\b/;
/** Characters read for it: the longest such date and the character after it. */
const GLUED_DATE_REACH = 24;

function gluedDateAt(text: string, at: number): boolean {
  // (read on a slice with a plain expression: no shared lastIndex to set)
  return digitAt(text, at) && letterAt(text, at - 1) && GLUED_DATE.test(text.slice(at, at + GLUED_DATE_REACH));
}

/**
 * Inside a capital run a credit must open with a lexicon form (3+ letters when 'long'). After a
 * finished sentence, with no label, it must close the line (or the caption glued after it) and show itself a credit: two parts or
 * more ("REUTERS/Stringer"), a rights statement ("Public domain"), an archive after a dash or anything after a bar; a lone
 * "Reuters" after a full stop may be a dateline or a byline.
 */
function acceptable(parse: CreditParse, kind: CandidateKind, capsSuffix: CapsSuffix, text: string, limit: number): boolean {
  // (after a bar, "... 1953. | Keystone Press", any credit the lexicon proves: a bar sets a credit off, never a sentence)
  if (kind === 'after-sentence') return (parse.end === limit || gluedDateAt(text, parse.end)) && (parse.parts.length >= 2 || parse.parts[0]?.entry?.role === 'rights' || (dashBefore(text, parse.start) && parse.parts[0]?.entry?.role === 'archive') || codeAt(text, parse.start - 2) === 124);
  if (kind !== 'caps-suffix') return true;
  const first = parse.parts[0];
  return first.entry !== undefined && (capsSuffix === 'any' || first.end - first.start >= LONG_FORM);
}

/**
 * Credits found left to right in the line [start, limit). `capsSuffix` also looks for a credit glued
 * to an all-capital word ("USSR" + "AFP"), which is ambiguous.
 */
export function findCredits(
  text: string,
  start: number,
  limit: number,
  context: CreditContext,
  capsSuffix: CapsSuffix = 'none',
  starts: readonly number[] = creditStarts(text, start, limit),
): CreditParse[] {
  const credits: CreditParse[] = [];
  let next = start;
  for (const i of starts) {
    if (i < next) continue;
    const kind = creditCandidate(text, i, start, limit, capsSuffix);
    const parse = kind ? parseCreditAt(text, i, limit, context) : undefined;
    if (kind && parse && acceptable(parse, kind, capsSuffix, text, limit)) {
      credits.push(parse);
      next = parse.end;
    }
  }
  return credits;
}

function hasContent(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (letterAt(text, i) || digitAt(text, i)) return true;
  return false;
}

function trimmed(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && spaceAt(text, s)) s++;
  while (e > s && spaceAt(text, e - 1)) e--;
  return [s, e];
}

/** Adjacent credits with nothing between them are one credit ("Jane Doe/AP" + "Reuters" is not two pictures). */
function mergeAdjacent(text: string, credits: CreditParse[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const credit of credits) {
    const last = spans[spans.length - 1];
    if (last && !hasContent(text, last[1], credit.start)) last[1] = credit.end;
    else spans.push([credit.start, credit.end]);
  }
  return spans;
}

/** Caption/credit pairs tiling [start, end) of a line; any text after `end` is body text glued on. */
export interface CaptionRun {
  pairs: CaptionPair[];
  /** Where the captions begin; text before it is body text the first caption was glued to. */
  start: number;
  end: number;
}

/**
 * The caption/credit pairs tiling the line [start, limit), or undefined when the line is not a run
 * of captions. A run may be followed by glued body text (the next paragraph lost its line break).
 * `known` gives the creditStarts of the trimmed line when they were already found.
 */
export function captionPairs(
  text: string,
  start: number,
  limit: number,
  context: CreditContext,
  known?: readonly number[],
): CaptionRun | undefined {
  const [lineStart, lineEnd] = trimmed(text, start, limit);
  if (lineEnd <= lineStart) return undefined;
  const starts = known ?? creditStarts(text, lineStart, lineEnd);
  const plainCredits = findCredits(text, lineStart, lineEnd, context, 'none', starts);
  const plain = tile(text, lineStart, lineEnd, plainCredits);
  // The second reading differs only where a lexicon form starts after two capitals; without one it
  // would find the same credits.
  if (!starts.some((i) => endsCapitalTriple(text, i, lineStart) && longestLexiconForm(text, i, lineEnd) !== undefined)) return plain;
  // Look again for credits glued to capitals ("USSR" + "AFP"); stricter when nothing else says captions.
  const capsSuffix = plainCredits.length > 0 ? 'any' : 'long';
  const refined = tile(text, lineStart, lineEnd, findCredits(text, lineStart, lineEnd, context, capsSuffix, starts));
  if (!plain || !refined) return plain ?? refined;
  return refined.pairs.length > plain.pairs.length || extendsCredits(refined, plain) ? refined : plain;
}

/** True when `wider` has the same credits as `run`, some starting earlier ("SOPA Images/LightRocket"). */
function extendsCredits(wider: CaptionRun, run: CaptionRun): boolean {
  if (wider.pairs.length !== run.pairs.length) return false;
  let earlier = false;
  for (let k = 0; k < run.pairs.length; k++) {
    const [ws, we] = wider.pairs[k].credit;
    const [rs, re] = run.pairs[k].credit;
    if (we !== re || ws > rs) return false;
    earlier ||= ws < rs;
  }
  return earlier;
}

/** Least number of credits before glued body text, unless that text reads as finished sentences. */
const RUN_BEFORE_BODY = 2;

/** Labels that, opening a line, introduce its caption rather than credit it ("Photo: Troops arrive ... Photograph: Jo Lee/AP"). */
const CAPTION_PREFIXES: ReadonlySet<string> = new Set(['Photo:', 'Photos:', 'Picture:', 'Pictures:', 'Image:', 'Images:']);

function tile(text: string, lineStart: number, lineEnd: number, found: CreditParse[]): CaptionRun | undefined {
  // (a "Photo:" opening a line that goes on to a credit of its own is the caption's prefix: its "credit" is the caption's first words)
  const credits = found.length > 1 && found[0].start === lineStart && found[0].label !== undefined && CAPTION_PREFIXES.has(found[0].label) ? found.slice(1) : found;
  if (credits.length === 0) return undefined;
  const spans = mergeAdjacent(text, credits);
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (first[0] === lineStart && credits[0].label?.startsWith('Image source') && last[1] < lineEnd) {
    return creditBeforeCaption(text, lineEnd, spans);
  }
  if (first[0] === lineStart) return undefined;
  if (last[1] < lineEnd && !(spans.length >= RUN_BEFORE_BODY || /[.!?]["”’)]?$/.test(text.slice(lineEnd - 2, lineEnd)))) return undefined;
  return creditAfterCaption(text, lineStart, spans);
}

function creditAfterCaption(text: string, lineStart: number, spans: Array<[number, number]>): CaptionRun | undefined {
  const pairs: CaptionPair[] = [];
  let captionStart = lineStart;
  for (const credit of spans) {
    if (!hasContent(text, captionStart, credit[0])) return undefined;
    pairs.push({ caption: withoutDash(text, trimmed(text, captionStart, credit[0])), credit });
    captionStart = credit[1];
  }
  const start = gluedBodyEnd(text, pairs[0].caption[0], pairs[0].caption[1]);
  if (start > lineStart) pairs[0] = { ...pairs[0], caption: trimmed(text, start, pairs[0].caption[1]) };
  return { pairs, start, end: captionStart };
}

/** The caption without the dash or bar that set its credit off ("... in June 1999 – Imperial War Museum", "... 1953. | Keystone"). */
function withoutDash(text: string, [start, end]: [number, number]): [number, number] {
  const mark = codeAt(text, end - 1);
  return end - start > 2 && setsCreditOff(mark) && spaceAt(text, end - 2) ? trimmed(text, start, end - 1) : [start, end];
}

/** Fewest spaces in body text before a glued caption: a few words are a caption's own sentence. */
const MIN_GLUED_BODY_SPACES = 8;

/**
 * Where a caption starts when body text was glued before it with no space ("... the revolution." +
 * "Soviet tanks in Budapest"): after the last sentence end glued to a capital or digit, when enough
 * words come before it. Returns `start` when there is none. Captions keep spaces after their own
 * full stops, so a glued one marks a lost line break.
 */
function gluedBodyEnd(text: string, start: number, end: number): number {
  let spaces = 0;
  let found = start;
  let spacesBefore = 0;
  for (let i = start + 1; i < end; i++) {
    if (spaceAt(text, i)) spaces++;
    const mark = codeAt(text, i - 1);
    if ((mark === 46 || mark === 33 || mark === 63) && gluedSentenceStart(text, i)) { // . ! ?
      found = i;
      spacesBefore = spaces;
    }
  }
  return found > start && spacesBefore >= MIN_GLUED_BODY_SPACES ? found : start;
}

/** Marks a word may end with before a sentence mark: ' ’ " ” ) */
function isWordCloser(k: number): boolean {
  return k === 39 || k === 0x2019 || k === 34 || k === 0x201d || k === 41;
}

/** A capitalised word or a number glued right after a sentence mark that ends a word. */
function gluedSentenceStart(text: string, i: number): boolean {
  const prev = codeAt(text, i - 2);
  if (!isLetterCode(prev) && !isDigitCode(prev) && !isWordCloser(prev)) return false;
  if (isDigitCode(prev) && digitAt(text, i)) return false; // 3.5
  if (codeAt(text, i - 3) === 46 || (isUpperCode(prev) && !letterAt(text, i - 3))) return false; // U.S., a.m., J.
  return digitAt(text, i) || (upperAt(text, i) && (lowerAt(text, i + 1) || codeAt(text, i + 1) === 32));
}

function creditBeforeCaption(text: string, lineEnd: number, spans: Array<[number, number]>): CaptionRun | undefined {
  const pairs: CaptionPair[] = [];
  for (let k = 0; k < spans.length; k++) {
    const captionEnd = k + 1 < spans.length ? spans[k + 1][0] : lineEnd;
    if (!hasContent(text, spans[k][1], captionEnd)) return undefined;
    pairs.push({ caption: trimmed(text, spans[k][1], captionEnd), credit: spans[k] });
  }
  return { pairs, start: spans[0][0], end: lineEnd };
}

/** Labels that say "photo credit" plainly enough to stand on a line of their own. */
const LONE_LINE_LABELS = /^(?:Photo|Picture|Image|Illustration|Credit|Courtesy|Copyright|Source|Foto|\(|\[|©|\(c\))/i;

/** The first characters of LONE_LINE_LABELS (P, I, C, S, F in either case, '(', '[' and '©'): a cheap first test. */
function opensLoneCredit(k: number): boolean {
  const letter = k | 32;
  return letter === 112 || letter === 105 || letter === 99 || letter === 115 || letter === 102 || k === 40 || k === 91 || k === 0xa9;
}

/** The longest line read as a credit with no label: "Patrick Piel/Gamma-Rapho via Getty Images". */
const MAX_UNLABELLED_LONE_CREDIT = 80;

/**
 * The credit filling the line [start, limit) on its own, when a photo label or parenthesis opens it
 * ("Photograph: Jane Roe/Reuters", "(AP Photo/Jo Lee)") or, with no label, when it shows itself a
 * credit of several parts ("Keystone/Hulton Archive/Getty Images", "Jo Lee via Getty Images"); a bare
 * agency name is left alone because a line "Reuters" may be a byline.
 */
export function loneCreditLine(text: string, start: number, limit: number, context: CreditContext): [number, number] | undefined {
  const [lineStart, lineEnd] = trimmed(text, start, limit);
  const labelled = opensLoneCredit(text.charCodeAt(lineStart)) && LONE_LINE_LABELS.test(text.slice(lineStart, lineStart + 12));
  // (in a gallery an institution's name alone may credit the picture above: "Arquivo Municipal de Lisboa")
  const gallery = context.gallery === true;
  // ("dpa/picture alliance via Getty Images": an agency written in lower case opens it)
  const opens = upperAt(text, lineStart) || longestLexiconForm(text, lineStart, lineEnd) !== undefined;
  if (!labelled && !(lineEnd - lineStart <= MAX_UNLABELLED_LONE_CREDIT && opens && (gallery || /\/| via /.test(text.slice(lineStart, lineEnd))))) return undefined;
  const parse = parseCreditAt(text, lineStart, lineEnd, gallery ? { ...context, loneLine: true } : context);
  if (!parse || parse.end !== lineEnd) return undefined;
  // (once a gallery has credited pictures, an archive's name alone under a caption credits it: "Wikimedia Commons";
  // an agency's alone, "Reuters", may sign a story off)
  if (!labelled) return parse.parts.length >= 2 || parse.evidence === 'layout' || (gallery && parse.parts[0].entry?.role === 'archive') ? [lineStart, lineEnd] : undefined;
  return parse.label !== undefined || text[lineStart] === '(' || text[lineStart] === '[' ? [lineStart, lineEnd] : undefined;
}

/** True when [from, to) holds a space; read from the end, as the space nearest `to` is likeliest. */
function hasSpace(text: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) if (spaceAt(text, i)) return true;
  return false;
}

/** How often an unknown credit was seen glued, and whether once with the next caption glued after it. */
interface Sighting {
  count: number;
  inRun: boolean;
}

/** Counts into `seen` the unknown credits glued at the junctions of the line [start, limit). */
function learnFromLine(text: string, start: number, limit: number, lineStarts: readonly number[], seen: Map<string, Sighting>): void {
  let lastJunction = start;
  for (let n = 0; n < lineStarts.length; n++) {
    const i = lineStarts[n];
    if (i === start || (!isGluedStart(text, i, start) && !isCapitalRunSplit(text, i, start))) continue;
    const afterWords = hasSpace(text, lastJunction + 1, i);
    lastJunction = i;
    if (!afterWords) continue;
    const candidate = unknownCreditAt(text, i, limit);
    if (!candidate || candidate.body.length < MIN_LEARNT_LENGTH) continue;
    const entry = seen.get(candidate.body) ?? { count: 0, inRun: false };
    entry.count++;
    entry.inRun ||= candidate.gluedAfter;
    seen.set(candidate.body, entry);
  }
}

/** How many times an unknown credit must be seen glued before it is learnt. */
const LEARN_THRESHOLD = 2;
const MIN_LEARNT_LENGTH = 3;

/**
 * Credits learnt from the document: an unknown name glued at junctions at least twice, at least once
 * with the next caption glued after it (so glued headings at line ends are not learnt). Only
 * junctions ending a piece of several words count, so camel-case noise ("abcDabcD") teaches nothing.
 * `starts` holds the creditStarts of each line when they were already found.
 */
export function learnCredits(
  text: string,
  lines: ReadonlyArray<[number, number]>,
  starts: ReadonlyArray<readonly number[]> = lines.map(([start, limit]) => creditStarts(text, start, limit)),
): Set<string> {
  const seen = new Map<string, Sighting>();
  for (let k = 0; k < lines.length; k++) {
    if (starts[k].length > 0) learnFromLine(text, lines[k][0], lines[k][1], starts[k], seen);
  }
  const learnt = new Set<string>();
  for (const [body, { count, inRun }] of seen) if (count >= LEARN_THRESHOLD && inRun) learnt.add(body);
  return learnt;
}
