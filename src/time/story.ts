/**
 * What moves the story: which resolved dates become the point later relative dates lean on
 * ("the next day", "in March"), and which are told from elsewhere (a report's own day, a plan,
 * a quotation's now, an aside in brackets) and leave the story where it was.
 */
import { DASHES, glued, innerStop, isCapitalized, mark, startsSentence, word, type Ctx } from './grammar.js';
import { NUM, WORD } from './tokens.js';
import { MONTHS, SEASONS, UNITS } from './lexicon.js';
import type { Resolved } from './resolve.js';
import type { Candidate } from './types.js';

/** Whether a resolved date is where the story now stands, for the dates after it to lean on. */
export function movesStory(ctx: Ctx, h: Candidate, r: Resolved, mode: 'news' | 'narrative', storyStarted = true): boolean {
  if (h.reading.periodic || h.reading.dayLent || !anchorsStory(r)) return false;
  if (r.point?.day !== undefined && toldWhenSaid(ctx, h)) return false;
  // a report's "overnight" is a stretch told in passing: "at about 2:15" and "at a noon news conference" after it are the report's day
  if (mode === 'news' && overnightInNews(h)) return false;
  // (in news a scheduled day is where the report's next clock times stand: "A launch is scheduled Friday. Liftoff is at 9:40 a.m.")
  // (a plan dated in full, "a banquet planned for Tuesday, 22 February 1848, and that morning ...", is where a history goes)
  const fullDate = h.reading.fields.year !== undefined && h.reading.fields.day !== undefined;
  if ((mode === 'narrative' ? !fullDate : r.point?.day === undefined) && toldAsPlan(ctx, h)) return false;
  // "their first win since January 1, 1997", "its high from Oct. 11, 2007": a bound counted from, not the day the report tells
  // ("the first Thanksgiving since the Sept. 11 attacks" too)
  const bound = word(ctx, h.first - 1) === 'the' ? h.first - 2 : h.first - 1;
  if (mode === 'news' && (word(ctx, bound) === 'since' || word(ctx, bound) === 'from' || comparedFrom(ctx, h) || inSinceClause(ctx, h))) return false;
  // ("after Thursday's general election ... by early afternoon": a day naming an event is no day the report goes on in;
  // "In Tokyo, where trading had been shut on Monday, the index sank ... by midday": nor one in a past-perfect aside)
  // ("The storm had been building throughout Saturday 31 January 1953": a day written with its year opens a retold story, past perfect or not)
  if (mode === 'news' && (possessiveDay(ctx, h) || relativeFlashback(ctx, h) || (namesDay(h) && h.reading.fields.year === undefined && toldInPastPerfect(ctx, h)))) return false;
  // "Italy, which had been at war since 1896, joined in May": a state's start told in the past perfect is a bound
  if (mode === 'narrative' && word(ctx, h.first - 1) === 'since' && (toldInPastPerfect(ctx, h) || comparedSince(ctx, h))) return false;
  // "students gathered at 3 p.m. They had drawn up their demands the day before. That night ...": a step back told in the past perfect is background
  // ("His first invasion had ended the previous September. ... during the summer": the same for a month or season counted back)
  // ("Harold had sworn to support his claim during a visit to Normandy two years earlier": its "had" further back in the sentence)
  if (mode === 'narrative' && (stepsBackFromStory(h) && (toldInPastPerfect(ctx, h) || sentenceInPastPerfect(ctx, h)))) return false;
  // "students marked the closure of the universities fifty years earlier. That evening ...": a long step back inside a sentence names an older event
  if (mode === 'narrative' && longStepBackInside(ctx, h)) return false;
  return mode === 'news' || (!fromSpeechTime(h) && !(storyStarted && toldAside(ctx, h)) && !inferredWinter(r) && !monthInName(ctx, h, r) && !yearAsAdjective(ctx, h, r) && !holidayAsAdjective(ctx, h) && !(storyStarted && relativeFlashback(ctx, h)));
}

/** Words back from a day to the "Since" opening its clause. */
const SINCE_CLAUSE_REACH = 8;

/** "the", and the possessives that stand where it does: before an event's noun ("since his arrest") or a superlative ("its largest"). */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'its', 'their']);

/** "Since troops rolled into Kuwait last Thursday, the average has shed 190 points": the clause's day is a bound. */
function inSinceClause(ctx: Ctx, h: Candidate): boolean {
  for (let k = h.first - 1; k >= 0 && k >= h.first - SINCE_CLAUSE_REACH; k--) {
    if (ctx.tokens.kind(k) !== WORD) return false;
    // ("has dropped 5.6% in the two weeks since it set a record on Jan. 2": the start of a stretch too)
    // ("its lowest since the crash of October 1987", "free on bail since his arrest on March 3, 1988": the day of an event named after "since")
    if (word(ctx, k) === 'since') return startsSentence(ctx, k) || mark(ctx, k - 1) === ',' || UNITS.has(word(ctx, k - 1)) || DETERMINERS.has(word(ctx, k + 1));
  }
  return false;
}

/** Tokens back from a day over which "from" and the figure it compares may stand ("up from 155.5 million on Friday"). */
const COMPARED_REACH = 8;
/** Words of a figure between "from" and its day. */
const FIGURE_WORDS: ReadonlySet<string> = new Set(['million', 'billion', 'trillion', 'percent', 'points', 'shares', 'a', 'an', 'the', 'level', 'high', 'low', 'close']);

/** "volume rose to 180 million shares from 155.5 million on Friday": the day a figure is compared with, no day the report tells. */
function comparedFrom(ctx: Ctx, h: Candidate): boolean {
  if (word(ctx, h.first - 1) !== 'on') return false;
  let figure = false;
  for (let k = h.first - 2; k >= 0 && k >= h.first - 1 - COMPARED_REACH; k--) {
    const w = word(ctx, k);
    if (w === 'from') return figure;
    if (ctx.tokens.kind(k) === NUM) figure = true;
    else if (w ? !FIGURE_WORDS.has(w) : mark(ctx, k) !== '.' && mark(ctx, k) !== '$' && mark(ctx, k) !== ',' && mark(ctx, k) !== '%') return false;
  }
  return false;
}

/** The hit names a day, by its date or its weekday. */
function namesDay(h: Candidate): boolean {
  return h.reading.fields.day !== undefined || h.reading.fields.weekday !== undefined;
}

/** "Thursday's election": a bare weekday owning a noun. */
function possessiveDay(ctx: Ctx, h: Candidate): boolean {
  const f = h.reading.fields;
  return f.weekday !== undefined && f.day === undefined && f.hour === undefined && f.partOfDay === undefined && possessiveMark(ctx, h.last);
}

/** "the day before", "two years earlier", "the previous September": a step back from the story's date. */
function stepsBackFromStory(h: Candidate): boolean {
  const r = h.reading;
  return r.shift !== undefined ? r.shift.anaphoric === true && r.shift.direction < 0 : r.fromStory === true && r.lean === -1;
}

/** Words back from "since" within which a superlative makes the year the bound of a comparison. */
const COMPARISON_REACH = 8;
/** Superlatives without "-est": "the first ... since 1918", "the worst defeat since 1870". */
const SUPERLATIVES: ReadonlySet<string> = new Set(['first', 'worst', 'best', 'most', 'least', 'only', 'last']);

/** Words ending in "-est" that are no superlatives. */
const EST_NOUNS: ReadonlySet<string> = new Set(['protest', 'protests', 'interest', 'conquest', 'request', 'forest', 'harvest', 'contest', 'arrest', 'suggest', 'invest', 'manifest', 'inquest', 'honest', 'modest', 'northwest', 'southwest', 'midwest', 'unrest', 'behest']);

/** "the largest tank battle since 1943": a year a record is counted from, no step of the story. */
function comparedSince(ctx: Ctx, h: Candidate): boolean {
  for (let k = h.first - 2; k >= 0 && k >= h.first - 1 - COMPARISON_REACH; k--) {
    const w = word(ctx, k);
    if (!w) return false;
    if (SUPERLATIVES.has(w) || (w.length > 5 && w.endsWith('est') && !isCapitalized(ctx, k) && !EST_NOUNS.has(w))) return true;
  }
  return false;
}

/** Years back from which a move inside a sentence names an older event, not where the story goes. */
const LONG_STEP_YEARS = 5;

function longStepBackInside(ctx: Ctx, h: Candidate): boolean {
  const shift = h.reading.shift;
  if (!shift?.anaphoric || shift.direction >= 0 || shift.amount === undefined) return false;
  // ("Yeltsin, elected president only two months earlier, reached the White House": a step back in an aside between commas)
  if (mark(ctx, h.last) === ',' && commaShortlyBefore(ctx, h.first)) return true;
  const years = shift.unit === 'year' ? shift.amount : shift.unit === 'decade' ? shift.amount * 10 : shift.unit === 'century' ? shift.amount * 100 : 0;
  return years >= LONG_STEP_YEARS && !startsSentence(ctx, h.first);
}

/** Words back from a step within which the comma opening its aside stands. */
const ASIDE_OPENING_REACH = 6;

function commaShortlyBefore(ctx: Ctx, first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - ASIDE_OPENING_REACH; k--) {
    if (mark(ctx, k) === ',') return true;
    if (ctx.tokens.kind(k) !== WORD) return false;
  }
  return false;
}

/** Tokens back from a date to the ", which had" opening the clause it stands in. */
const RELATIVE_REACH = 10;
/** Tokens after the date within which the clause's closing comma stands ("on Monday for a national holiday,"). */
const RELATIVE_CLOSE = 6;

/**
 * "The fleet, which had sailed in October 1904, reached Tsushima on 27 May"; "In Tokyo, where trading had
 * been shut on Monday for a holiday, the index sank": a date in a relative clause told in the past perfect,
 * set off by commas, is background; the story stays where it was.
 */
function relativeFlashback(ctx: Ctx, h: Candidate): boolean {
  let had = false;
  for (let k = h.first - 1; k >= 0 && k >= h.first - RELATIVE_REACH; k--) {
    const w = word(ctx, k);
    // ("who had served from 1953 to 1955,": the other end of a range stands between)
    if (!w && ctx.tokens.kind(k) === NUM) continue;
    if (!w) return false;
    if (w === 'had') had = true;
    if (w === 'which' || w === 'who' || w === 'where') {
      // ("Hu Yaobang, a reformist leader who had been pushed out two years earlier": "who" needs no comma)
      if (!had || (mark(ctx, k - 1) !== ',' && w !== 'who')) return false;
      // the clause closes with a comma soon after the date, or ends the sentence ("a leader who had been pushed out two years earlier.")
      for (let j = h.last; j < h.last + RELATIVE_CLOSE; j++) if (mark(ctx, j) === ',' || (j === h.last && mark(ctx, j) === '.')) return true;
      return false;
    }
  }
  return false;
}

/** A part of day alone whose tense decides its night: only "overnight" is read so (see partOfDay). */
export function overnightInNews(h: Candidate): boolean {
  const f = h.reading.fields;
  return h.reading.lean === 0 && f.partOfDay !== undefined && f.weekday === undefined && f.day === undefined && f.month === undefined;
}

/** Determiners before a year that name a thing by it: "the 1967 line", "its 1974 treaty". */
const NOUN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'our']);

/** Words after a year that show it is no adjective of a noun: "the 1967 and 1973 wars", "the 1967 to 1973 period". */
const AFTER_YEAR_JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'to', 'through', 'until', 'when', 'as', 'the', 'a', 'an']);

/**
 * "pushed back to the 1967 ceasefire line", "played in the 1970 World Cup": a year naming a thing of
 * another time is tagged, but the story does not go there (the following day is still the story's).
 */
function yearAsAdjective(ctx: Ctx, h: Candidate, r: Resolved): boolean {
  if (h.last - h.first !== 1 || r.known.length !== 1 || r.known[0] !== 'year' || !NOUN_DETERMINERS.has(word(ctx, h.first - 1))) return false;
  const after = word(ctx, h.last);
  // ("The 2006 Lebanon War" names the story's own war: an event's name may stand a word further on;
  // "recalled the 1964 border war" does not)
  // ("their 1982 summer offensives": the year of a season told next)
  return after !== '' && !AFTER_YEAR_JOINERS.has(after) && !YEAR_EVENTS.has(after) && !SEASONS.has(after) && !MONTHS.has(after) && !(YEAR_EVENTS.has(word(ctx, h.last + 1)) && isCapitalized(ctx, h.last + 1));
}

/** Things a holiday names that happen near it, not on the story's day: "a Christmas reception", "an Easter parade". */
const HOLIDAY_THINGS: ReadonlySet<string> = new Set(['party', 'parties', 'reception', 'receptions', 'parade', 'parades', 'dinner', 'dinners', 'lunch', 'tree', 'trees', 'card', 'cards', 'shopping', 'shoppers', 'sales', 'message', 'address', 'service', 'services', 'concert', 'gift', 'gifts', 'market', 'markets', 'lights', 'decorations', 'bonus', 'bonuses', 'special', 'mass', 'carols', 'pageant']);

/** "rebels seized a Christmas reception; the next day ...": the holiday names a kind of thing, the story stays on its own day. */
function holidayAsAdjective(ctx: Ctx, h: Candidate): boolean {
  return h.parser === 'holiday' && HOLIDAY_THINGS.has(word(ctx, h.last)) && !isCapitalized(ctx, h.last);
}

/** Events a year names that the story may go on from: "won the 1990 election and took office on 25 April". */
const YEAR_EVENTS: ReadonlySet<string> = new Set(['election', 'elections', 'war', 'revolution', 'campaign', 'invasion', 'offensive', 'crisis', 'coup', 'uprising', 'vote', 'referendum', 'season', 'games', 'olympics', 'championship', 'championships', 'congress', 'conference', 'summit', 'strike', 'earthquake', 'flood', 'floods', 'famine', 'riots', 'revolt', 'rebellion', 'war\'s']);

/**
 * "recognised the April Laws", "issued the October Manifesto": a month naming a thing of the story's
 * past is tagged as histories tag it, but the story does not go back to it ("In April Nixon
 * appointed" is a date: no article before it).
 */
function monthInName(ctx: Ctx, h: Candidate, r: Resolved): boolean {
  return h.last - h.first === 1 && r.known.length === 1 && r.known[0] === 'month' && word(ctx, h.first - 1) === 'the' && isCapitalized(ctx, h.last);
}

/**
 * A winter without a written year is named by the year it ends in (the one after the autumn of
 * 1918 is 1919-WI) while the story is still in the year before, so it does not move the story.
 */
function inferredWinter(r: Resolved): boolean {
  return r.point?.season === 'WI' && !r.known.includes('year');
}

/** Whether a resolved value is a calendar point a later relative date may lean on. */
function anchorsStory(r: Resolved): boolean {
  return (r.type === 'DATE' || r.type === 'TIME') && !!r.point && (r.point.year !== undefined || r.point.decade !== undefined || r.point.century !== undefined) && r.point.week === undefined;
}

const REPORTING_VERBS = new Set(['said', 'says']);

/**
 * "..., officials said on Thursday": the day of the report, not of what the story tells, so a
 * clock time in the next sentence ("The quake hit at 4:53 p.m.") does not take it as its day.
 * (Only "said": "reported third-quarter profit" names what the story is about.)
 */
function toldWhenSaid(ctx: Ctx, h: Candidate): boolean {
  const before = word(ctx, h.first - 1);
  return REPORTING_VERBS.has(before) || (before === 'on' && REPORTING_VERBS.has(word(ctx, h.first - 2)));
}

/**
 * "two years ago", "last year" in a history: counted from when someone spoke (a quotation), not
 * from the story's date, so the story does not move there.
 */
function fromSpeechTime(h: Candidate): boolean {
  const shift = h.reading.shift;
  return shift !== undefined && shift.direction !== 0 && shift.anaphoric === false;
}

/** Tokens a bracketed date may carry before its closing bracket: "(25 December 1761 Old Style)", "(O.S.)". */
const ASIDE_TAIL = 4;

/**
 * A date in brackets is an aside ("the Civil Constitution of the Clergy (1790)", "(25 December 1761
 * Old Style)"): the story stays where it was. (A date naming a thing, "the June 1916 offensive", may
 * move it, so only brackets.) Before the story has a date, the aside is the best it has: "The First
 * Jewish-Roman War (66–73 AD) ... began in the spring" opens on the war's span.
 */
export function toldAside(ctx: Ctx, h: Candidate): boolean {
  const open = asideOpen(ctx, h.first);
  if (open < 0) return false;
  for (let k = h.last; k <= h.last + ASIDE_TAIL; k++) {
    if (mark(ctx, k) === ')') return true;
    // a span in brackets, "(1756–63)", "(1756 to 1763)", is the span of what it follows
    if (ctx.tokens.kind(k) !== WORD && mark(ctx, k) !== '.' && !(ctx.tokens.kind(k) === NUM && k > h.last) && !DASHES.has(mark(ctx, k))) return false;
  }
  return false;
}

/**
 * The "(" a bracketed date opens on: right before it, before a word or two ("(born 1934)", "(r.
 * 1682–1725)"), or before the first year of its span ("(1756–63)"); -1 if none.
 */
function asideOpen(ctx: Ctx, first: number): number {
  const joined = DASHES.has(mark(ctx, first - 1)) || word(ctx, first - 1) === 'to';
  const start = joined && ctx.tokens.kind(first - 2) === NUM ? first - 2 : first;
  for (let k = start - 1; k >= 0 && k >= start - 1 - ASIDE_HEAD; k--) {
    if (mark(ctx, k) === '(') return k;
    if (ctx.tokens.kind(k) !== WORD && mark(ctx, k) !== '.') return -1;
  }
  return -1;
}

/** Words a bracketed date may carry after its opening bracket: "(born 1934)", "(c. 1450)". */
const ASIDE_HEAD = 2;

/** Words telling that a date is meant, not reached: "the push planned for 1976". */
const PLAN_WORDS = new Set(['planned', 'planning', 'scheduled', 'slated', 'projected', 'intended']);
/** Verbs after a plan word that tell the planning itself happened: "Planning began in 1941", "Planning had begun in early 1941". */
const STARTED: ReadonlySet<string> = new Set(['began', 'begun', 'started', 'begins', 'starts', 'was', 'were', 'ended', 'resumed', 'continued']);
/** Verbs of hope before "to" that make the time after them one aimed at: "Lee hoped to sway the elections the following year". */
const HOPE_WORDS = new Set(['hoped', 'hoping', 'hopes', 'aimed', 'wanted', 'intended', 'promised', 'promising', 'vowed', 'vowing', 'pledged', 'pledging', 'expected', 'expecting']);
/** Verbs after "due to" that make it a thing still to come: "due to run until 1968", "due to expire in 1999". */
const DUE_VERBS: ReadonlySet<string> = new Set(['run', 'expire', 'end', 'last', 'begin', 'start', 'arrive', 'open', 'close', 'be', 'take', 'return', 'leave', 'retire', 'lapse']);
/** How many words back a hope may stand ("hoped to sway the elections the following year"). */
const HOPE_REACH = 7;
/** How many words back a plan word may stand ("a planned campaign in 1976"). */
const PLAN_REACH = 4;

/**
 * A date something was planned for is not where the story stands: after "a planned campaign in
 * 1976", "collapsed on 11 March" is still in the year the story told last.
 */
function toldAsPlan(ctx: Ctx, h: Candidate): boolean {
  for (let k = h.first - 1; k >= h.first - HOPE_REACH && k >= 0; k--) {
    const w = word(ctx, k);
    // ("Planning began in 1941": the planning is what happened then)
    if (PLAN_WORDS.has(w) && k >= h.first - PLAN_REACH) return !STARTED.has(word(ctx, k + 1)) && !(word(ctx, k + 1) === 'had' && STARTED.has(word(ctx, k + 2)));
    if (HOPE_WORDS.has(w) && word(ctx, k + 1) === 'to') return true;
    // "the concession was due to run until 1968" ("losses due to the war in 1941" are a cause)
    if (w === 'due' && word(ctx, k + 1) === 'to' && DUE_VERBS.has(word(ctx, k + 2))) return true;
    if (ctx.tokens.kind(k) !== WORD) return false;
  }
  return false;
}

/** How many words back "had" may stand from the date it puts before the story ("had sailed from Libau in"). */
const FLASHBACK_REACH = 6;

/**
 * A date told in the past perfect ("The French had landed in November") steps back from the story.
 * It then becomes the story's date like any other: histories often open a flashback that the
 * following sentences go on telling from ("Moscow had opened talks in October 1939. The
 * negotiations broke down on 13 November").
 */
export function toldAsFlashback(ctx: Ctx, h: Candidate): boolean {
  for (let k = h.first - 1; k >= h.first - FLASHBACK_REACH && k >= 0; k--) {
    if (ctx.tokens.kind(k) !== WORD && !numberOpeningName(ctx, k)) return false;
    // ("Harold had to disband his army on 8 September": a duty, told in the simple past)
    if (word(ctx, k) === 'had') return word(ctx, k + 1) !== 'to';
  }
  return false;
}

/**
 * "had taken 203 Metre Hill in early December": a number opening a name goes on with the clause
 * (a clock does not: "had been planned for 10am on Sunday").
 */
function numberOpeningName(ctx: Ctx, k: number): boolean {
  return ctx.tokens.kind(k) === NUM && isCapitalized(ctx, k + 1);
}

/** Words around a date its clause's "had" may stand ("had deteriorated steadily since the Treaty of Tilsit in 1807"; "by the end of 1810 Tsar Alexander I had withdrawn"). */
const PERFECT_REACH = 10;
/** Words back from a date within which a history's "had" opens a flashback ("had grown since the discovery of gold on the Witwatersrand in 1886"). */
export const NARRATIVE_PERFECT_REACH = 12;

/**
 * A date told in the past perfect, its "had" before it ("had soured in 1810") or after it in the same
 * clause ("by the end of 1810 the tsar had withdrawn"; not "on 18 May he demanded ..., which had").
 */
export function toldInPastPerfect(ctx: Ctx, h: Candidate, reach = PERFECT_REACH): boolean {
  // ("had been building since Prussia's victory over Austria in 1866": a possessive's mark is no clause break)
  for (let k = h.first - 1, n = 0; k >= 0 && n < reach; k--) {
    if (possessiveMark(ctx, k)) continue;
    if (ctx.tokens.kind(k) !== WORD && !numberOpeningName(ctx, k)) break;
    n++;
    if (perfectAt(ctx, k)) return true;
    if (CLAUSE_OPENERS.has(word(ctx, k))) break;
  }
  // ("The winter of 1708-1709 was the coldest Europe had known": a superlative's clause tells what went before, not the winter's tense)
  for (let k = h.last; k < ctx.tokens.length && k < h.last + PERFECT_REACH; k++) {
    if (ctx.tokens.kind(k) !== WORD || CLAUSE_OPENERS.has(word(ctx, k)) || superlativeAt(ctx, k)) return false;
    if (perfectAt(ctx, k)) return true;
  }
  return false;
}

/** Superlatives not spelt with "-est". */
const SUPERLATIVE_WORDS: ReadonlySet<string> = new Set(['best', 'worst', 'most', 'least']);

/** "the coldest", "the worst", "its largest": a superlative after its determiner. */
function superlativeAt(ctx: Ctx, k: number): boolean {
  const w = word(ctx, k);
  return DETERMINERS.has(word(ctx, k - 1)) && (SUPERLATIVE_WORDS.has(w) || (w.length > 5 && w.endsWith('est')));
}

/**
 * "had reached the summit four days earlier, on 29 May": the hit stands in a sentence told in the past
 * perfect up to it, past commas (a date set off after the clause is the clause's).
 */
export function sentenceInPastPerfect(ctx: Ctx, h: Candidate): boolean {
  for (let k = h.first - 1, n = 0; k >= 0 && n < SENTENCE_PERFECT_REACH && !startsSentence(ctx, k + 1); k--, n++) {
    if (perfectAt(ctx, k)) return true;
    if (ctx.tokens.kind(k) === WORD && CLAUSE_OPENERS.has(word(ctx, k))) return false;
    if (ctx.tokens.kind(k) !== WORD && mark(ctx, k) !== ',') return false;
  }
  return false;
}

/** Tokens back from a hit within which its sentence's "had" is looked for. */
const SENTENCE_PERFECT_REACH = 16;

/** The mark of a possessive "'s" glued to its word ("Prussia's"). */
function possessiveMark(ctx: Ctx, k: number): boolean {
  return mark(ctx, k) === "'" && glued(ctx, k) && word(ctx, k + 1) === 's' && glued(ctx, k + 1);
}

function perfectAt(ctx: Ctx, k: number): boolean {
  return word(ctx, k) === 'had' && ctx.tokens.kind(k + 1) === WORD && word(ctx, k + 1) !== 'to';
}

/** Words opening another clause, whose "had" is not the date's ("In mid-July an aide revealed that Nixon had"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'when', 'while', 'because', 'after', 'before', 'as', 'and', 'but']);

/** Tokens a flashback's sentence is looked through for its end (bounded, so tagging stays linear). */
const FLASHBACK_SENTENCE = 60;

/** The token index where the sentence holding a hit ends (its stop, a line break, or a bound). */
export function sentenceEndAfter(ctx: Ctx, h: Candidate): number {
  return sentenceEndFrom(ctx, h.last);
}

/**
 * The token index where the sentence holding token `from` ends (its stop, a line break, or a bound);
 * with `semicolons` false, a clause after a semicolon still belongs to the sentence.
 */
export function sentenceEndFrom(ctx: Ctx, from: number, semicolons = true): number {
  const limit = Math.min(ctx.tokens.length, from + FLASHBACK_SENTENCE);
  for (let k = from; k < limit; k++) {
    const stop = mark(ctx, k);
    // ("7.3 percent in November, against 2.6 percent a year earlier": a decimal point, an abbreviation's stop go on)
    if ((stop === '.' && !innerStop(ctx, k)) || stop === '!' || stop === '?' || (semicolons && stop === ';') || ctx.tokens.newline(k)) return k;
  }
  return limit;
}
