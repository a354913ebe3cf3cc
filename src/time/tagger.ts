/**
 * The temporal tagger: tokens → parser hits → refiners → anchored TIMEX3 values.
 * Configuration (parsers, refiners) is data; this file only wires the steps together.
 */
import { decimalPoint, hyphenAt, isCapitalized, mark, numAt, startsSentence, word, type Ctx } from './grammar.js';
import { MONTHS, NUMBER_WORDS } from './lexicon.js';
import { countBefore, type AnnalistDocument, type DocumentTypeDecision, type Timex } from '../model/document.js';
import { PARSERS } from './parsers/index.js';
import { buildTriggers, dropOverlaps, scan } from './scan.js';
import { REFINERS } from './refiners/index.js';
import { NUM, WORD, tokenize } from './tokens.js';
import { NARRATIVE_PERFECT_REACH, movesStory, sentenceEndAfter, sentenceEndFrom, sentenceInPastPerfect, toldAsFlashback, toldAside, toldInPastPerfect } from './story.js';
import { LazyDateOrder } from './dateOrder.js';
import { StoryLine } from './storyline.js';
import { tenseAround } from './tense.js';
import { decideDocumentType, retellsFarPast } from './doctype.js';
import { RETOLD_YEARS, dayOfValue, latestRetold, resolveReading, seasonMonth, type ReferencePoint, type ResolveEnv, type Resolved } from './resolve.js';
import { astroYear, precisionOf, timexValue, yearsBetween } from './calendar.js';
import { makeFields, withCandidate, withFields, withReading, type Candidate, type Fields, type Reading } from './types.js';

const TRIGGERS = buildTriggers(PARSERS);

export interface CaptionSpan {
  start: number;
  end: number;
  media?: string;
  /** Where the item's credit stands, when the segmenter found one. */
  credit?: { start: number; end: number };
}

export interface TagInput {
  text: string;
  dct?: string | undefined;
  documentType: 'news' | 'narrative' | 'auto';
  /** Caption spans with the media item holding each (undefined when only the segmenter's sentence kind marks it). */
  captions: readonly CaptionSpan[];
}

export interface TagOutput {
  timexes: Timex[];
  documentType: DocumentTypeDecision;
}

/** Reads a DCT written as 1998-01-08, 1998-01-08T08:02 or 19980108. */
export function parseDct(dct: string | undefined): Fields | undefined {
  if (!dct) return undefined;
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(dct);
  if (iso) return makeFields({ year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) });
  const year = /^(\d{4})/.exec(dct);
  return year ? makeFields({ year: Number(year[1]) }) : undefined;
}

const NO_PIECES: ReadonlySet<number> = new Set();

/** Where captions start, and where text goes on after a credit ("...Getty Images Today, many lots"). */
function pieceStartsOf(text: string, captions: readonly CaptionSpan[]): number[] {
  const starts: number[] = [];
  for (const c of captions) {
    starts.push(c.start);
    if (!c.credit) continue;
    let after = c.credit.end;
    while (after < text.length && (text.charCodeAt(after) === 32 || text.charCodeAt(after) === 9)) after++;
    if (after < text.length) starts.push(after);
  }
  return starts;
}

/**
 * The tokens of `text`, with the words that may wake a parser marked as they are found, and the
 * tokens opening the captions that start at `pieceStarts` (character offsets).
 */
export function contextOf(text: string, pieceStarts: readonly number[] = []): Ctx {
  const tokens = tokenize(text, TRIGGERS.words);
  const dateOrder = new LazyDateOrder(text);
  if (pieceStarts.length === 0) return { text, tokens, pieceStarts: NO_PIECES, dateOrder };
  const opening = new Set<number>();
  for (const offset of pieceStarts) {
    const k = firstTokenFrom(tokens, offset);
    if (k < tokens.length && tokens.start(k) === offset) opening.add(k);
  }
  return { text, tokens, pieceStarts: opening, dateOrder };
}

/** The first token starting at or after `offset` (binary search). */
function firstTokenFrom(tokens: Ctx['tokens'], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens.start(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Hits found in the text (tokens from `contextOf`), refined, in text order. */
export function findCandidates(ctx: Ctx): Candidate[] {
  let hits = dropOverlaps(scan(ctx, TRIGGERS), TRIGGERS);
  // nothing to refine; and the refiners then only ever see lists that hold hits (one kind of array)
  if (hits.length === 0) return hits;
  for (const refine of REFINERS) hits = refine(ctx, hits);
  return hits;
}

/** Finds the caption holding a span by binary search over captions sorted by start. */
function captionAt(captions: readonly CaptionSpan[], start: number, end: number): CaptionSpan | undefined {
  const c = captions[countBefore(captions, (caption) => caption.start <= start) - 1];
  return c && end <= c.end ? c : undefined;
}

/** News readings: "three days later" is the stretch "three days" (a duration, the move word left out); "the past year" last year; "the night of Oct. 23" the day alone. */
function asNewsLength(ctx: Ctx, h: Candidate): Candidate {
  const news = h.reading.newsReading;
  // ("nearly two months after his arrest": the modifier found holds for the stretch too; "late on the
  // night of Oct. 16" tags the day alone, and "late" was the night's)
  const newsFirst = h.reading.newsFirst;
  if (news) return withCandidate(h, { first: newsFirst ?? h.first, reading: h.reading.mod && !news.mod && newsFirst === undefined ? withReading(news, { mod: h.reading.mod }) : news });
  const shift = h.reading.shift;
  if (!h.reading.lengthInNews || !shift) return h;
  const duration = { unit: shift.unit, amount: shift.amount };
  // "five days after that": both words of the move stay out
  const moveWords = word(ctx, h.last - 1) === 'that' || word(ctx, h.last - 1) === 'then' ? 2 : 1;
  return withCandidate(h, { last: h.last - moveWords, reading: withReading(h.reading, { type: 'DURATION', duration, shift: undefined, lengthInNews: undefined, periodic: undefined }) });
}

/**
 * What the resolver knows about one hit. The tense is read from the words around the hit only when
 * the resolver asks (most dates carry their year and never do).
 */
class HitEnvironment implements ResolveEnv {
  private direction: -1 | 0 | 1 | undefined;

  constructor(
    readonly mode: 'news' | 'narrative',
    readonly dct: ReferencePoint | undefined,
    readonly story: readonly ReferencePoint[],
    private readonly ctx: Ctx,
    private readonly hit: Candidate,
    readonly nextYear: number | undefined,
    readonly movesFrom: readonly ReferencePoint[],
    readonly anniversaries: readonly ReferencePoint[],
    readonly daysTold: readonly ReferencePoint[],
    readonly gallery: boolean,
    readonly retelling: boolean,
  ) {}

  get at(): number {
    return this.hit.first;
  }

  get since(): boolean {
    return word(this.ctx, this.hit.first - 1) === 'since';
  }

  get wordBefore(): string {
    return word(this.ctx, this.hit.first - 1);
  }

  get firstWord(): string {
    return word(this.ctx, this.hit.first);
  }

  get pastPerfect(): boolean {
    return toldInPastPerfect(this.ctx, this.hit);
  }

  get monthsCounted(): number | undefined {
    return monthsCountedBefore(this.ctx, this.hit.first);
  }

  get tense(): -1 | 0 | 1 {
    this.direction ??= tenseAround(this.ctx, this.hit.first, this.hit.last);
    return this.direction;
  }

  inClause(at: number): boolean {
    if (at > this.hit.first || this.hit.first - at > CLAUSE_REACH) return false;
    for (let k = at + 1; k < this.hit.first; k++) if (CLAUSE_BREAKS.has(mark(this.ctx, k)) || this.ctx.tokens.newline(k)) return false;
    return true;
  }

  /** (asked only of points a bounded reach back, so the walk is short) */
  inParagraph(at: number): boolean {
    for (let k = at + 1; k <= this.hit.first; k++) if (this.ctx.tokens.newline(k)) return false;
    return at <= this.hit.first;
  }

  namesEvent(at: number): boolean {
    return EVENT_NAMING_DETERMINERS.has(word(this.ctx, at - 1));
  }

  toldInPassing(at: number): boolean {
    return dayToldInPassing(this.ctx, at);
  }

  inSentence(at: number): boolean {
    return at <= this.hit.first && sentenceEndFrom(this.ctx, at + 1) >= this.hit.first;
  }

  /**
   * "The shortlist will be announced in September": a date after a preposition in a clause told with
   * "will", which cannot lie before the report ("will release the April report" names a past month).
   */
  get plainFuture(): boolean {
    const ctx = this.ctx;
    const preposition = word(ctx, this.hit.first - 1);
    if (!PLAIN_FUTURE_PREPOSITIONS.has(preposition)) return false;
    // "on" only before a day: "will be conducted on November 1" (not "will release its report on September retail sales")
    if (preposition === 'on' && ctx.tokens.kind(this.hit.last - 1) !== NUM && ctx.tokens.kind(this.hit.first) !== NUM) return false;
    let perfect = false;
    for (let k = this.hit.first - 2; k >= 0 && k >= this.hit.first - PLAIN_FUTURE_REACH; k--) {
      const w = word(ctx, k);
      if (!w) return false;
      if (w === 'will' || w === 'shall' || w === 'll') return true;
      // "The court may rule in January", "Ministers could meet in December"; "could have met in December" looks back
      if (w === 'have') perfect = true;
      if (MAY_MODALS.has(w) && !isCapitalized(ctx, k)) return !perfect;
    }
    return false;
  }

  /** Whether the hit starting at `at` writes a month's name ("in November", "mid-March"), not a move ("last month"). */
  namesMonth(at: number): boolean {
    // ("in the three months to June": the month closes a longer period, compared as a whole)
    if (PERIOD_CLOSERS.has(word(this.ctx, at - 1))) return false;
    for (let k = at; k < at + 3; k++) if (MONTHS.has(word(this.ctx, k)) && isCapitalized(this.ctx, k)) return true;
    return false;
  }

  /** "In 1987, it lost 23% on Oct. 19": whether the year at `at` opens the sentence as its frame. */
  framesSentence(at: number): boolean {
    const ctx = this.ctx;
    // ("Last year the bill cleared the House on June 5": a year counted from now opening the sentence frames it too)
    const lastYear = word(ctx, at) === 'last' && word(ctx, at + 1) === 'year' && startsSentence(ctx, at);
    // ("Two years ago, prices topped $10 in the early summer": so does a count of years back set off by a comma)
    const yearsAgo = startsSentence(ctx, at) && word(ctx, at + 1).startsWith('year') && word(ctx, at + 2) === 'ago' && mark(ctx, at + 3) === ',';
    // ("In 1956 students drew up 16 demands in October" too, but not "In 1990 dollars" or "In 1990 terms")
    const framing = this.opensSentence(at) && (mark(ctx, at + 1) === ',' || (ctx.tokens.kind(at + 1) === WORD && !YEAR_UNIT_NOUNS.has(word(ctx, at + 1))));
    return (framing || lastYear || yearsAgo) && this.inSentence(at);
  }

  get meanwhile(): boolean {
    return parallelSentence(this.ctx, this.hit.first);
  }

  /** Whether the year at `at` opens its sentence after "In" ("In 1956 the uprising began"). */
  opensSentence(at: number): boolean {
    return startsSentence(this.ctx, at - 1) && word(this.ctx, at - 1) === 'in';
  }
}

/** Tokens back from a day within which the words of a comparison or a relative clause hang it on something else. */
const PASSING_REACH = 10;

/** Words opening a comparison or a relative clause: "compared with 127.60 on Friday", "the volcano, which began erupting last Thursday". */
const PASSING_OPENERS: ReadonlySet<string> = new Set(['compared', 'than', 'which']);

/** Words before "from" that make it a comparison: "up from 1.4485 late Friday". */
const COMPARING_BEFORE_FROM: ReadonlySet<string> = new Set(['up', 'down', 'rose', 'fell', 'rising', 'falling', 'climbed', 'dropped']);

/** Tokens back within which a date may share the expression's clause. */
const CLAUSE_REACH = 30;
/** Marks that close a clause. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', ';', ':', '.', '!', '?']);

/** Words before a date that make it part of an event's name ("the Dec. 21, 1988, bombing", "its 1977 title"). */
const EVENT_NAMING_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'his', 'her', 'its', 'their', 'our']);

/**
 * The day at `at` is told in passing, in a comparison or a clause opened by "which" ("ended at 1.4620
 * marks, up from 1.4485 late Friday", "the volcano, which began erupting last Thursday"), not as the
 * scene of what the sentences after it tell (a relative "that" is left alone: "the bomb that killed
 * 201 people on Friday" is the scene).
 */
function dayToldInPassing(ctx: Ctx, at: number): boolean {
  // (a decimal point is no stop: "up from 1.4485 late Friday")
  for (let k = at - 1, n = 0; k >= 0 && n < PASSING_REACH && (!startsSentence(ctx, k + 1) || decimalPoint(ctx, k)); k--, n++) {
    const w = word(ctx, k);
    if (mark(ctx, k) === ',' || mark(ctx, k) === ';') return false;
    if (PASSING_OPENERS.has(w) || (w === 'from' && COMPARING_BEFORE_FROM.has(word(ctx, k - 1)))) return true;
  }
  return false;
}

/** Tokens back to its sentence's opening within which "Meanwhile" is looked for. */
const PARALLEL_REACH = 40;

/** The sentence holding token `first` opens with "Meanwhile" or "In the meantime": a thread told beside the story's, not after it. */
function parallelSentence(ctx: Ctx, first: number): boolean {
  for (let k = first; k >= 0 && k >= first - PARALLEL_REACH; k--) {
    if (!startsSentence(ctx, k)) continue;
    return word(ctx, k) === 'meanwhile' || (word(ctx, k) === 'in' && word(ctx, k + 1) === 'the' && word(ctx, k + 2) === 'meantime');
  }
  return false;
}

/** Tokens back within its sentence a stretch of months is looked for before a year-ago comparison. */
const MONTHS_COUNTED_REACH = 30;

/**
 * "For the nine months ended Sept. 30, net was ... a year earlier", "in the six-month period": months
 * counted (not three, a quarter) earlier in the sentence (a stop before a capital ends it; "Sept. 30" does not):
 * the token of "months".
 */
function monthsCountedBefore(ctx: Ctx, first: number): number | undefined {
  for (let k = first - 1; k >= 0 && k >= first - MONTHS_COUNTED_REACH; k--) {
    if (mark(ctx, k) === '.' && isCapitalized(ctx, k + 1)) return undefined;
    const w = word(ctx, k);
    if (w !== 'months' && w !== 'month') continue;
    const at = hyphenAt(ctx, k - 1) ? k - 2 : k - 1;
    const n = ctx.tokens.kind(at) === NUM ? numAt(ctx, at) : NUMBER_WORDS.get(word(ctx, at));
    if (n !== undefined && n > 3 && n < 12) return k;
  }
  return undefined;
}

/** Nouns a year measures rather than frames: "In 1990 dollars", "in 1985 prices". */
const YEAR_UNIT_NOUNS: ReadonlySet<string> = new Set(['dollars', 'prices', 'terms', 'money', 'pounds', 'francs', 'marks', 'yen']);

/** Words before a month that make it the end of a longer period: "the three months to June", "the year ended March". */
const PERIOD_CLOSERS: ReadonlySet<string> = new Set(['to', 'through', 'ended', 'ending', 'until']);

/** Prepositions before a date told with "will" that put it ahead ("will open in September", "will be held on November 1"). */
const PLAIN_FUTURE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'by', 'until', 'before', 'through']);
/** Modals of what may yet happen, which put a date after a preposition ahead as "will" does unless "have" follows them. */
const MAY_MODALS: ReadonlySet<string> = new Set(['may', 'might', 'could']);
/** Words back from the preposition within which "will" governs the date. */
const PLAIN_FUTURE_REACH = 8;

/**
 * The time expression as the document model holds it. Every key is set, absent parts undefined
 * (JSON leaves them out), so all timexes share one hidden class (see types.ts).
 */
function toTimex(id: string, start: number, end: number, text: string, r: Resolved, media: string | undefined): Timex {
  return {
    id,
    start,
    end,
    text,
    type: r.type,
    value: r.value,
    known: r.known,
    implied: r.implied,
    mod: r.mod || undefined,
    edtf: r.edtf || undefined,
    precision: r.precision || undefined,
    anchor: r.anchor,
    media: media || undefined,
    range: undefined,
  };
}

export function tagTimes(input: TagInput): TagOutput {
  const captions = input.captions.length > 0 ? [...input.captions].sort((a, b) => a.start - b.start) : input.captions;
  const ctx = contextOf(input.text, pieceStartsOf(input.text, captions));
  const found = outsideCreditNames(ctx, findCandidates(ctx), captions);
  const dctFields = parseDct(input.dct);
  const body = outsideCaptions(ctx, found, captions);
  const documentType = decideDocumentType(input.documentType, dctFields?.year, body, ctx);
  const wholeOf = new Map<Candidate, Candidate>();
  const movesAs = new Map<Candidate, Candidate>();
  const hits = hitsFor(ctx, documentType.type, found, dctFields?.year, wholeOf, movesAs);
  if (hits.length === 0) return { timexes: [], documentType };
  const retelling = documentType.type === 'news' && retellsFarPast(dctFields?.year, body);
  return { timexes: anchorAll(ctx, hits, captions, documentType.type, dctFields, { wholeOf, movesAs }, retelling), documentType };
}

/**
 * A credit names people and agencies: "Photo by May Chen/Reuters", "Damon Winter/The New York Times"
 * hold no month or season. Hits with digits stay: a date glued to a credit ("AFP12 November 1956").
 */
function outsideCreditNames(ctx: Ctx, found: Candidate[], captions: readonly CaptionSpan[]): Candidate[] {
  if (!captions.some((c) => c.credit)) return found;
  return found.filter((h) => {
    const caption = captionAt(captions, ctx.tokens.start(h.first), ctx.tokens.end(h.last - 1));
    const credit = caption?.credit;
    if (!credit || ctx.tokens.start(h.first) < credit.start || ctx.tokens.end(h.last - 1) > credit.end) return true;
    for (let k = h.first; k < h.last; k++) if (ctx.tokens.kind(k) === NUM) return true;
    return false;
  });
}

/** The hits in the body text: captions tell their own time and do not decide how the story is told. */
function outsideCaptions(ctx: Ctx, found: readonly Candidate[], captions: readonly CaptionSpan[]): Candidate[] {
  const body: Candidate[] = [];
  for (const h of found) if (!captionAt(captions, ctx.tokens.start(h.first), ctx.tokens.end(h.last - 1))) body.push(h);
  return body;
}

/** Other readings of news hits: the whole of a part of a day cut to its day, and the move a stretch was read from. */
interface NewsReadings {
  wholeOf: ReadonlyMap<Candidate, Candidate>;
  movesAs: ReadonlyMap<Candidate, Candidate>;
}

/**
 * "Two days later, they pitched a tent": the hit and reading the story is told, which for a stretch
 * read from a forward move opening its sentence is the move and the day it lands on ("survived an
 * accident in London two days later" is told in passing; "Two years earlier, ..." steps back).
 */
function toldAs(ctx: Ctx, h: Candidate, r: Resolved, mover: Candidate | undefined, env: ResolveEnv): [Candidate, Resolved] {
  if (!mover || (mover.reading.shift?.direction ?? 0) <= 0) return [h, r];
  if (!startsSentence(ctx, mover.first) && mark(ctx, mover.first - 1) !== ';') return [h, r];
  const moved = resolveReading(mover.reading, env);
  return moved.point?.day !== undefined ? [mover, moved] : [h, r];
}

/**
 * Resolves the hits in text order, each against the dates told before it (the story, or its own
 * caption's), and links the two ends of each range.
 */
function anchorAll(ctx: Ctx, hits: readonly Candidate[], captions: readonly CaptionSpan[], mode: 'news' | 'narrative', dctFields: Fields | undefined, { wholeOf, movesAs }: NewsReadings, retelling: boolean): Timex[] {
  const { text } = ctx;
  const dct: ReferencePoint | undefined = dctFields ? { fields: dctFields, value: timexValue(dctFields), kind: 'dct', timex: undefined, at: undefined, rangeEnd: false } : undefined;
  const story = new StoryLine(ctx);
  // dates a caption tells itself anchor the rest of that caption, never the story
  let captionStory: ReferencePoint[] = [];
  let currentCaption: CaptionSpan | undefined;
  // the last date a caption told (a gallery's captions run on in its year)
  let lastCaptionDate: ReferencePoint | undefined;
  const timexes: Timex[] = [];
  const rangeEnds = new Map<Candidate, Timex>();
  const pendingRanges: [Timex, Candidate][] = [];
  // the closing ends of ranges whose opening end was met (few documents have any)
  let closingEnds: Set<Candidate> | undefined;
  // only a narrative's dates without a year look ahead (see yearAnchor)
  const nextYears = mode === 'narrative' ? writtenYearsAhead(ctx, hits) : [];
  // the sentence a past-perfect flashback opens in (see stepsBack)
  let flashbackUntil = -1;
  // the days an anniversary report names ("Fifty years ago today"), which the captions' days near them belong to
  const anniversaries: ReferencePoint[] = [];
  // every whole day the body told, the story's or not ("since April 19, 1995"), for "that Wednesday" to name again
  // and for a report's yesterday told only as the day something was said
  const daysTold: ReferencePoint[] = [];
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    const start = ctx.tokens.start(h.first);
    const end = ctx.tokens.end(h.last - 1);
    const caption = captionAt(captions, start, end);
    if (caption !== currentCaption) {
      currentCaption = caption;
      // (a gallery's first captions, before any dates one, go on in the past its introduction retold: "images from that summer")
      // (in a history, only when the body ended on a later fate: "He was executed in June 1958")
      // (a history told in pictures goes on from the caption before: "7 March 1965: ... / Two days later ...")
      const seed = !caption ? undefined : mode === 'news' ? lastCaptionDate ?? retoldInBody(story.told, dctFields) : beforeLaterFate(story.told, dctFields) ?? lastCaptionDate;
      captionStory = seed ? [seed] : [];
    }
    story.before(h);
    const inCaption = captionStory.length > 0;
    const told = inCaption ? captionStory : story.told;
    const env = new HitEnvironment(mode, dct, told, ctx, h, nextYears[k], inCaption ? captionStory : story.movesFrom, anniversaries, daysTold, captions.length > 0, retelling);
    const dayAlone = resolveReading(readingInPlace(ctx, hits, k, told, mode, h.first < flashbackUntil), env);
    // ("Moscow said nothing until the evening of 28 April", thirty years on: a day retold keeps its part, as a dated one does)
    const whole = wholeOf.get(h);
    const retold = whole !== undefined && yearsBetween(dayAlone.point, dctFields) >= RETOLD_PART_YEARS;
    const r = retold ? resolveReading(whole.reading, env) : dayAlone;
    const first = retold ? ctx.tokens.start(whole.first) : start;
    const id = `t${timexes.length + 1}`;
    const timex = toTimex(id, first, end, text.slice(first, end), r, caption?.media);
    if (h.reading.yearStep !== undefined) {
      const remembered = rememberedDay(r.point, dctFields);
      if (remembered) anniversaries.push({ fields: remembered, value: timexValue(remembered), kind: 'narrative', timex: id, at: h.first, rangeEnd: false, yearWritten: true });
    }
    timexes.push(timex);
    // (whole days only: "gave way overnight" is a night told in passing, no day of the report's)
    if (!caption && r.point?.day !== undefined && r.point.year !== undefined && r.point.hour === undefined && r.point.partOfDay === undefined) daysTold.push({ fields: r.point, value: r.value, kind: 'narrative', timex: id, at: h.first, rangeEnd: false, plan: toldAhead(r, dct, env) });
    rangeEnds.set(h, timex);
    if (h.rangeEnd) {
      pendingRanges.push([timex, h.rangeEnd]);
      (closingEnds ??= new Set()).add(h.rangeEnd);
    }
    const [tellHit, tellR] = toldAs(ctx, h, r, movesAs.get(h), env);
    // ("Campaigns of 1812-13 / Hull surrendered on 16 August": a heading's span opens its section on its first year)
    if (tellR.point && movesStory(ctx, tellHit, tellR, mode, story.told.length > 0) && !(closingEnds?.has(h) && onHeadingLine(ctx, h)) && !(mode === 'narrative' && laterFateAside(story.told, tellR.point, nextYears[k]))) {
      if (caption) {
        const point: ReferencePoint = { fields: tellR.point, value: tellR.value, kind: 'caption', timex: id, at: h.first, rangeEnd: false };
        captionStory.push(point);
        // ("Ramsey had predicted in 1963 that England would win": background, not the year the next captions go on in)
        if (!sentenceInPastPerfect(ctx, h)) lastCaptionDate = point;
      }
      else {
        const flashback = mode === 'narrative' && toldAsFlashback(ctx, h);
        if (flashback && h.first >= flashbackUntil) flashbackUntil = sentenceEndAfter(ctx, h);
        // ("In January 1989 police had broken up a rally": its "had" may come after the date)
        const background = flashback || (mode === 'narrative' && toldInPastPerfect(ctx, h, NARRATIVE_PERFECT_REACH));
        story.tell({ fields: lateInYear(tellHit, tellR.point, mode), value: tellR.value, kind: 'narrative', timex: id, at: h.first, rangeEnd: h.rangeEnd !== undefined || closingEnds?.has(h) === true, yearWritten: h.reading.fields.year !== undefined || h.reading.yearStep !== undefined, flashback: background, plan: toldAhead(tellR, dct, env) }, tellHit, mode === 'narrative');
      }
    }
  }
  joinRanges(pendingRanges, rangeEnds);
  return timexes;
}

/**
 * A day of the report's or after it told in a clause looking ahead ("was due to fly back today"), as a
 * plan (never "yesterday"); only news has a report's day here.
 */
function toldAhead(r: Resolved, dct: ReferencePoint | undefined, env: ResolveEnv): boolean {
  return dct !== undefined && r.point?.day !== undefined && dayOfValue(r.value, dct) >= dct.value && env.tense > 0;
}

/** Years ahead of the story's month beyond which a bare year the story then returns from is told in passing. */
const ASIDE_YEARS = 2;

/**
 * "Díaz resigned on 25 May, sailing for France. He never returned, and died in Paris in 1915. Madero won
 * the election in October and took office on 6 November 1911": a bare year well after the month the story
 * stands in, the story returning to that month's year next, is a later fate told in passing.
 */
function laterFateAside(told: readonly ReferencePoint[], point: Fields, nextYear: number | undefined): boolean {
  const latest = told[told.length - 1];
  const stood = latest ? astroYear(latest.fields) : undefined;
  const year = astroYear(point);
  if (!latest || stood === undefined || year === undefined || latest.fields.month === undefined || precisionOf(point) !== 'year') return false;
  return year - stood > ASIDE_YEARS && nextYear === stood;
}

/** The month a history stands in after "late 870", "at the end of 1943": months before it are of the next year ("In January"). */
const LATE_IN_YEAR_MONTH = 10;

/** A year told with its end ("the end of 870") as the story's point: standing late in that year. */
function lateInYear(h: Candidate, point: Fields, mode: 'news' | 'narrative'): Fields {
  if (mode !== 'narrative' || h.reading.mod !== 'END' || precisionOf(point) !== 'year') return point;
  return withFields(point, { month: LATE_IN_YEAR_MONTH });
}

/**
 * The latest point the body told from two or more years before the report, among its last few, as a
 * caption's; or, when most of the body's retold dates lie in another year, the latest of those ("On 23
 * October 1956 ... on 4 November ... Nagy was executed in June 1958": the captions go on in 1956).
 */
function retoldInBody(told: readonly ReferencePoint[], dct: Fields | undefined): ReferencePoint | undefined {
  const retold = latestRetold(told, dct, RETOLD_BODY_LOOKBACK);
  if (!retold) return undefined;
  const byYear = retoldYears(told, dct);
  let main: { count: number; latest: ReferencePoint } | undefined;
  // (years were met latest first, so a tie keeps the later year)
  for (const entry of byYear.values()) if (!main || entry.count > main.count) main = entry;
  const retoldCount = byYear.get(astroYear(retold.fields) ?? Number.NaN)?.count ?? 0;
  return { ...(main && main.count > retoldCount ? main.latest : retold), kind: 'caption' };
}

/** How many of the body's last points lie in each year retold from two or more years before the report, and the latest of them. */
function retoldYears(told: readonly ReferencePoint[], dct: Fields | undefined): Map<number, { count: number; latest: ReferencePoint }> {
  const byYear = new Map<number, { count: number; latest: ReferencePoint }>();
  for (let k = told.length - 1; k >= 0 && k >= told.length - MAIN_YEAR_LOOKBACK; k--) {
    const year = astroYear(told[k].fields);
    if (year === undefined || yearsBetween(told[k].fields, dct) < RETOLD_YEARS) continue;
    const entry = byYear.get(year);
    if (entry) entry.count++;
    else byYear.set(year, { count: 1, latest: told[k] });
  }
  return byYear;
}

/** In a history, the body's main retold point when the story ended elsewhere (a later fate), for captions without their own year. */
function beforeLaterFate(told: readonly ReferencePoint[], dct: Fields | undefined): ReferencePoint | undefined {
  const main = retoldInBody(told, dct);
  const latest = told[told.length - 1];
  return main && latest && main.timex !== latest.timex ? main : undefined;
}

/** Story points of the body looked back through for the past a gallery's captions go on in. */
const RETOLD_BODY_LOOKBACK = 4;
/** Story points of the body counted for the year most of its retold dates lie in. */
const MAIN_YEAR_LOOKBACK = 16;

/**
 * How the dates around a hit change its reading: a move the date after it names is that date; a move
 * restating the date before it is that date, at the move's own unit; a flashback opening on a month
 * steps back from the story.
 */
function readingInPlace(ctx: Ctx, hits: readonly Candidate[], k: number, told: readonly ReferencePoint[], mode: 'news' | 'narrative', inFlashback: boolean): Reading {
  const h = hits[k];
  const named = namedAfter(ctx, h, hits[k + 1]);
  // the day is the written date's, the part of it the move's own ("The following afternoon, 17 September")
  if (named) return namedAtUnit(h, named);
  const whenYear = yearOfWhenClause(ctx, h, hits[k - 1]);
  if (whenYear !== undefined) return withReading(h.reading, { fields: withFields(h.reading.fields, { year: whenYear }) });
  if (restates(ctx, h, hits[k - 1], told)) return withReading(h.reading, { shift: { ...h.reading.shift!, amount: 0 } });
  if (!inFlashback && stepsBack(ctx, h, mode, told[told.length - 1])) return withReading(h.reading, { lean: -1 });
  return h.reading;
}

/**
 * The move h read as the date written after it. A move in the story lands on that day ("the next day,
 * 5 June 1989", "a week later, on 26 July"); a move from now keeps its own unit: "next month, on May 5"
 * is that month, "next week, April 23-25" and "two weeks ago, on Nov. 22" (as "two weeks ago" alone)
 * the week holding the day.
 */
function namedAtUnit(h: Candidate, named: Candidate): Reading {
  // ("Eighteen years later, in October 1899": the year, as the move counts years)
  if (h.reading.shift && LONG_NAMED_UNITS.has(h.reading.shift.unit)) {
    return withReading(named.reading, { type: h.reading.type, mod: h.reading.mod, fields: makeFields({ year: named.reading.fields.year, bc: named.reading.fields.bc }) });
  }
  const unit = h.reading.shift?.anaphoric ? undefined : h.reading.shift?.unit;
  const fields = withFields(named.reading.fields, { partOfDay: h.reading.fields.partOfDay, hour: undefined, minute: undefined });
  const base = withReading(named.reading, { type: h.reading.type, mod: h.reading.mod, fields });
  if (unit === 'month') return withReading(base, { fields: withFields(fields, { day: undefined, weekday: undefined, partOfDay: undefined }) });
  return unit === 'week' || unit === 'weekend' ? withReading(base, { weekOf: unit }) : base;
}

/** Tokens from a year to a month in the "when" clause after it. */
const WHEN_CLAUSE_TOKENS = 25;

/**
 * "the worst disaster since 1993, when a ferry sank in October": a month or day in a "when" clause
 * is in the year the clause hangs on (in news too, where it would otherwise take the report's year).
 */
function yearOfWhenClause(ctx: Ctx, h: Candidate, previous: Candidate | undefined): number | undefined {
  const f = h.reading.fields;
  const p = previous?.reading.fields;
  if (!previous || !p || (f.month === undefined && f.season === undefined) || f.year !== undefined || h.reading.shift || h.reading.lean) return undefined;
  // ("in August 1961, when soldiers began laying wire on Aug. 13" too)
  if (p.year === undefined || p.bc || p.day !== undefined || previous.reading.shift || mark(ctx, previous.last) !== ',' || word(ctx, previous.last + 1) !== 'when') return undefined;
  if (h.first - previous.last > WHEN_CLAUSE_TOKENS || sentenceEndFrom(ctx, previous.last + 2) < h.first) return undefined;
  return p.year;
}

/**
 * "He died on 5 May 1821, almost six years later": a move told right after a date, set off by a
 * comma, restates that date's distance from the one before, so it names that date (written dates
 * are surer than a loosely counted distance: "in 2006, two years later" after 2005).
 */
function restates(ctx: Ctx, h: Candidate, previous: Candidate | undefined, story: readonly ReferencePoint[]): boolean {
  if (!previous || !h.reading.shift?.anaphoric || mark(ctx, previous.last) !== ',') return false;
  // up to two words may qualify the move: "on 16 November 1632, barely fourteen months later"
  const between = h.first - 1 - previous.last;
  if (between < 0 || between > 2) return false;
  for (let k = previous.last + 1; k < h.first; k++) if (!RESTATING_WORDS.has(word(ctx, k))) return false;
  // "in 1764, the following year, ..." restates; "After the treaty was signed in 1763, the following year was quiet" moves on
  if (word(ctx, h.first) === 'the' && ctx.tokens.kind(h.last) === WORD) return false;
  return story.length > 0 && story[story.length - 1].at === previous.first;
}

/**
 * "The siege ended in March 1855. The French had landed in November": the month a flashback opens
 * with is the one before ("had been repulsed by January" looks ahead to a deadline, so not after "by").
 */
function stepsBack(ctx: Ctx, h: Candidate, mode: 'news' | 'narrative', latest: ReferencePoint | undefined): boolean {
  const r = h.reading;
  const f = r.fields;
  // "that July" is the story's own July, flashback or not
  if (mode !== 'narrative' || r.lean !== undefined || r.shift || r.fromStory || f.year !== undefined || f.decade !== undefined || f.century !== undefined) return false;
  // after a bare year the flashback may lie in that year ("The war of 1965 was short. Tension had been rising since the spring")
  if (!latest || (latest.fields.month === undefined && latest.fields.season === undefined)) return false;
  if (word(ctx, h.first - 1) === 'by') return false;
  // ("In January 1989 police had broken up a rally; Havel had been jailed in February": a flashback going on, not a second step back)
  if (latest.flashback) return false;
  // "the previous month columns had crossed the border in October": the month the story already stands in
  // ("early May 1900. News came that the fort had been relieved on 17 May": a day of that month too)
  if (f.month !== undefined && latest.fields.month === f.month && latest.fields.day === undefined) return false;
  if (f.month !== undefined && f.day === undefined && latest.fields.month === f.month) return false;
  // "signed on 30 May 1913 ... had secretly agreed on 1 June": days after the story's day, the past
  // perfect looks back from a later point of the same year, not a year back
  if (f.day !== undefined && f.month !== undefined && latest.fields.day !== undefined && latest.fields.month !== undefined) {
    const after = (f.month - latest.fields.month) * 31 + f.day - latest.fields.day;
    if (after > 0 && after <= DAYS_AHEAD_OF_A_FLASHBACK) return false;
  }
  // ("In November the French returned. Palafox had spent the autumn repairing the walls": the season the story's month is in)
  if (f.season !== undefined && f.season !== 'WI' && latest.fields.month !== undefined && latest.fields.month >= seasonMonth(f.season) && latest.fields.month <= seasonMonth(f.season) + 2) return false;
  // ("failed on 30 July ... whose army had joined the campaign in August", "In April ... the squadron, which had slipped into
  // the harbour on May 19": the month after the story's, or a day of it, of the same year)
  if (f.month !== undefined && latest.fields.month !== undefined && f.month === latest.fields.month + 1) return false;
  return (f.month !== undefined || f.season !== undefined) && toldAsFlashback(ctx, h);
}

/** Days after the story's day within which a past-perfect date is of the same year. */
const DAYS_AHEAD_OF_A_FLASHBACK = 31;

/** Moves small enough that a day written after them names where they land. */
const NAMED_UNITS: ReadonlySet<string> = new Set(['day', 'week', 'weekend', 'month']);

/**
 * "the next day, 5 June 1989", "six days later, on 20 September": a move followed by the date it
 * reaches, set off by a comma; the written date is surer than the count.
 */
function namedAfter(ctx: Ctx, h: Candidate, next: Candidate | undefined): Candidate | undefined {
  // a real, plain move: "later that month, on 23 March" and "early the next month, on 4 June" keep their month
  const part = h.reading.mod === 'START' || h.reading.mod === 'MID' || h.reading.mod === 'END';
  if (!next || !h.reading.shift || h.reading.shift.amount === 0 || part || mark(ctx, h.last) !== ',') return undefined;
  const f = next.reading.fields;
  if (next.reading.shift) return undefined;
  // "Nearly a century later, in 1999": a long move named by the year written after it
  if (LONG_NAMED_UNITS.has(h.reading.shift.unit)) return f.year !== undefined && word(ctx, h.last + 1) === 'in' && next.first === h.last + 2 ? next : undefined;
  const at = word(ctx, h.last + 1) === 'on' ? h.last + 2 : h.last + 1;
  return next.first === at && f.day !== undefined && f.month !== undefined && NAMED_UNITS.has(h.reading.shift.unit) ? next : undefined;
}

/** Moves a year written after them names: "a century later, in 1999". */
const LONG_NAMED_UNITS: ReadonlySet<string> = new Set(['year', 'decade', 'century']);

/** Words that may qualify a restating move between the comma and it ("barely fourteen months later"; not "over the preceding year"). */
const RESTATING_WORDS = new Set(['only', 'just', 'barely', 'scarcely', 'hardly', 'nearly', 'almost', 'some', 'about', 'roughly', 'exactly', 'precisely', 'fully', 'being', 'now']);

/** Both ends of "from 1939 to 1945" learn the range; EDTF writes it as one interval. */
function joinRanges(pending: readonly [Timex, Candidate][], timexOf: ReadonlyMap<Candidate, Timex>): void {
  for (const [begin, endHit] of pending) {
    const endTimex = timexOf.get(endHit);
    if (!endTimex) continue;
    const range = { begin: begin.value, end: endTimex.value };
    begin.range = range;
    endTimex.range = range;
    if (begin.edtf && endTimex.edtf) begin.edtf = endTimex.edtf = `${begin.edtf}/${endTimex.edtf}`;
  }
}

/** The hits the document type reads as time expressions, read its way. */
function hitsFor(ctx: Ctx, mode: 'news' | 'narrative', found: readonly Candidate[], dctYear: number | undefined, wholeOf: Map<Candidate, Candidate>, movesAs: Map<Candidate, Candidate>): Candidate[] {
  // one plain loop, so every list the anchoring loop walks is the same kind of array
  const hits: Candidate[] = [];
  for (const h of found) {
    if (mode === 'narrative' ? !h.reading.newsOnly : !h.reading.narrativeOnly) {
      const hit = mode === 'narrative' || retoldPartOfDay(h, dctYear) ? h : asNewsLength(ctx, h);
      // ("the evening of 28 April": whole again if the day turns out to be one retold from years back)
      if (hit !== h && h.reading.newsFirst !== undefined && h.reading.fields.partOfDay !== undefined) wholeOf.set(hit, h);
      // ("Two days later, they pitched a tent. They left at 6.30am the next morning": the stretch still moves the story)
      if (hit !== h && h.reading.lengthInNews) movesAs.set(hit, h);
      hits.push(hit);
    }
  }
  return hits;
}

/** Years before the report from which a dated part of a day is history retold, told whole. */
const RETOLD_PART_YEARS = 2;


/**
 * "the afternoon of 23 October 1956" in a gallery of 2006: a part of a day written with its year, years
 * before the report, is history the report retells, and keeps its part ("the night of Oct. 23", of the
 * report's own weeks, is tagged as the day alone, as news annotation does).
 */
function retoldPartOfDay(h: Candidate, dctYear: number | undefined): boolean {
  const f = h.reading.fields;
  return h.reading.newsFirst !== undefined && f.partOfDay !== undefined && f.year !== undefined && dctYear !== undefined && dctYear - f.year >= RETOLD_PART_YEARS;
}

/** Words a heading line may hold besides its dates. */
const HEADING_WORDS = 8;

/** The hit stands on a short line of its own with no full stop: a section heading ("Campaigns of 1812-13"). */
function onHeadingLine(ctx: Ctx, h: Candidate): boolean {
  let words = 0;
  for (let k = h.first; k > 0 && !ctx.tokens.newline(k); ) {
    k--;
    if (mark(ctx, k) === '.' || mark(ctx, k) === ',') return false;
    if (ctx.tokens.kind(k) === WORD) words++;
  }
  let k = h.last;
  for (; k < ctx.tokens.length && !ctx.tokens.newline(k); k++) {
    if (mark(ctx, k) === '.' || mark(ctx, k) === ',') return false;
    if (ctx.tokens.kind(k) === WORD) words++;
  }
  return words <= HEADING_WORDS && k < ctx.tokens.length;
}

/** For each hit, the next year a later hit writes out of brackets (BC years negative), or undefined. */
function writtenYearsAhead(ctx: Ctx, hits: readonly Candidate[]): (number | undefined)[] {
  const ahead: (number | undefined)[] = new Array(hits.length);
  let next: number | undefined;
  for (let k = hits.length - 1; k >= 0; k--) {
    ahead[k] = next;
    const f = hits[k].reading.fields;
    // ("On 29 July Gowon (born 1934) seized power": a year in brackets is no year the story returns to)
    if (f.year !== undefined && !hits[k].reading.shift && !toldAside(ctx, hits[k])) next = f.bc ? 1 - f.year : f.year;
  }
  return ahead;
}

/** Caption spans of a document: its media captions, else sentences the segmenter marked as captions. */
export function captionSpans(doc: Readonly<AnnalistDocument>): CaptionSpan[] {
  const spans: CaptionSpan[] = doc.media.map((m) => ({
    start: m.caption.start,
    end: m.credit ? Math.max(m.caption.end, m.credit.end) : m.caption.end,
    media: m.id,
    credit: m.credit ? { start: m.credit.start, end: m.credit.end } : undefined,
  }));
  if (spans.length > 0) return spans;
  for (const s of doc.sentences) if (s.kind === 'caption') spans.push({ start: s.start, end: s.end });
  return spans;
}

/**
 * The day an anniversary report remembers: the one it names ("Sixty years ago today"), or for a week or month
 * remembered ("Twenty years ago this week") the report's own day in the year remembered.
 */
function rememberedDay(point: Fields | undefined, dct: Fields | undefined): Fields | undefined {
  if (!point || point.day !== undefined) return point;
  // ("Twenty-five years ago next month" names a month, not the report's day, in the year remembered)
  if (point.year === undefined || dct?.month === undefined || dct.day === undefined || (point.week === undefined && point.month !== dct.month)) return undefined;
  return makeFields({ year: point.year, bc: point.bc, month: dct.month, day: dct.day });
}
