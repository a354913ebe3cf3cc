/**
 * What a parser reads out of a time expression before it is anchored: the written components
 * (`fields`), a move from the anchor (`shift`), a length (`duration`) or a fixed value (`literal`).
 *
 * Every object of these kinds is made by the constructors below, with all its keys in one order and
 * `undefined` for what is not written, never a missing key. V8 then gives each kind one hidden
 * class, and the tagger's code is not thrown out of optimisation each time a document brings a
 * new combination of components (it was, several times per megabyte, with sparse objects).
 */
import type { TimexType } from '../model/document.js';
import type { HolidayRule, Season, Unit } from './lexicon.js';

export interface Fields {
  bc: boolean | undefined;
  century: number | undefined;
  decade: number | undefined;
  year: number | undefined;
  /** Fiscal year: written "fiscal 1998". */
  fiscal: boolean | undefined;
  half: number | undefined;
  quarter: number | undefined;
  season: Season | undefined;
  month: number | undefined;
  week: number | undefined;
  weekend: boolean | undefined;
  day: number | undefined;
  weekday: number | undefined;
  partOfDay: string | undefined;
  hour: number | undefined;
  minute: number | undefined;
  second: number | undefined;
  zone: string | undefined;
}

/** A move from the anchor: "two days later" = {unit: day, amount: 2, direction: 1}. */
export interface Shift {
  unit: Unit;
  /** Undefined for vague counts ("a few years ago"). */
  amount: number | undefined;
  direction: -1 | 0 | 1;
  /** True when it points back into the story ("two days later", "the following year"), not from now. */
  anaphoric: boolean | undefined;
  /** "the end of the year": the period named by its article, the story's unless the text looks ahead of it. */
  byArticle: boolean | undefined;
  /** "the new year": the year just begun when told in January, else the next. */
  newYear: boolean | undefined;
}

export interface Duration {
  unit: Unit;
  /** Undefined for vague counts ("several years", "decades"). */
  amount: number | undefined;
}

export interface Reading {
  type: TimexType;
  fields: Fields;
  shift: Shift | undefined;
  duration: Duration | undefined;
  /** A fixed value: PRESENT_REF, PAST_REF, FUTURE_REF, or a SET value. */
  literal: string | undefined;
  mod: string | undefined;
  /** For weekdays, months and seasons without a year: which way from the anchor (0: the tense decides). */
  lean: -1 | 0 | 1 | undefined;
  /** Set when the expression is a set ("every Monday"): the value pattern is made from fields. */
  set: boolean | undefined;
  /** Quantity of a set: "twice a week" etc. */
  quant: string | undefined;
  /** Only a time expression in narrative documents (history annotation tags "former"; news does not). */
  narrativeOnly: boolean | undefined;
  /** A year-ago period: 'story' follows the quarter the story is about, 'report' falls back on the DCT's quarter. */
  periodic: 'story' | 'report' | undefined;
  /** Holiday placed by weekday or from Easter (see HolidayRule). */
  holiday: HolidayRule | undefined;
  /** "the week": a week of the reference's year left unnamed (1989-WXX). */
  vague: Unit | undefined;
  /** How news annotation reads the same words ("the past year": the year before the DCT, not a stretch). */
  newsReading: Reading | undefined;
  /** Where news annotation starts the expression ("the night of Oct. 23" tags only "Oct. 23"). */
  newsFirst: number | undefined;
  /** Only a time expression in news ("soon" from the time of writing); history annotation leaves it untagged. */
  newsOnly: boolean | undefined;
  /** "this September": the reference's own year, whatever the tense; "this Sunday": the coming one unless told in the past. */
  thisYear: boolean | undefined;
  /** "three days later": news annotation tags the stretch ("three days", a duration) and leaves the move word out. */
  lengthInNews: boolean | undefined;
  /** "the week of March 6", "the weekend of 17 August": the ISO week (or its weekend) holding the day the fields name. */
  weekOf: 'week' | 'weekend' | undefined;
  /** Counted from the latest day the story tells even in news ("the previous Friday"). */
  fromStory: boolean | undefined;
  /** Reference to the current period of the finest known field ("the quarter" = the current one). */
  current: Unit | undefined;
  /** A part of day meant of no day in particular: "at night", "night attacks" (XXXX-XX-XXTNI). */
  generic: boolean | undefined;
  /** A month joined to the one before it ("the carnage of November and January"): a list, no step in the story. */
  listed: boolean | undefined;
  /** A clock counted like the day phrase right after it ("9:20 the next morning"): the phrase moves the story, not the clock too. */
  dayLent: boolean | undefined;
  /** "the day after Christmas", "the day before Thanksgiving": one day on from (or back from) the day the fields name. */
  dayStep: -1 | 1 | undefined;
  /** "Fifty years ago today": the day (or week, month) the rest names, this many years on (negative: back). */
  yearStep: number | undefined;
}

/** A parser's hit: token range [first, last) and what it means. */
export interface Candidate {
  first: number;
  last: number;
  reading: Reading;
  /** Name of the parser, for debugging and tie-breaking. */
  parser: string;
  /** The other end when this hit opens a range ("from 1939 to 1945"). */
  rangeEnd: Candidate | undefined;
}

/** What a parser may write: any components, the rest left out. */
export type FieldsInit = Partial<Fields>;

export type ReadingInit = Partial<Omit<Reading, 'fields' | 'shift' | 'duration'>> & {
  fields?: FieldsInit;
  shift?: Partial<Shift> & Pick<Shift, 'unit' | 'direction'>;
  duration?: Partial<Duration> & Pick<Duration, 'unit'>;
};

/** A field set with nothing written: every key present, in one order. */
function blankFields(): Fields {
  return {
    bc: undefined,
    century: undefined,
    decade: undefined,
    year: undefined,
    fiscal: undefined,
    half: undefined,
    quarter: undefined,
    season: undefined,
    month: undefined,
    week: undefined,
    weekend: undefined,
    day: undefined,
    weekday: undefined,
    partOfDay: undefined,
    hour: undefined,
    minute: undefined,
    second: undefined,
    zone: undefined,
  };
}

/**
 * The written components on a blank field set. Object.assign keeps the blank's hidden class and,
 * being one builtin call, stays small where V8 inlines this into the many parsers that make fields.
 */
export function makeFields(f: FieldsInit): Fields {
  return Object.assign(blankFields(), f);
}

/** `top`'s written components over `base`'s: the date "October 23" takes its year from "1956". */
export function overlay(base: FieldsInit, top: FieldsInit): Fields {
  return {
    bc: top.bc ?? base.bc,
    century: top.century ?? base.century,
    decade: top.decade ?? base.decade,
    year: top.year ?? base.year,
    fiscal: top.fiscal ?? base.fiscal,
    half: top.half ?? base.half,
    quarter: top.quarter ?? base.quarter,
    season: top.season ?? base.season,
    month: top.month ?? base.month,
    week: top.week ?? base.week,
    weekend: top.weekend ?? base.weekend,
    day: top.day ?? base.day,
    weekday: top.weekday ?? base.weekday,
    partOfDay: top.partOfDay ?? base.partOfDay,
    hour: top.hour ?? base.hour,
    minute: top.minute ?? base.minute,
    second: top.second ?? base.second,
    zone: top.zone ?? base.zone,
  };
}

function makeShift(s: NonNullable<ReadingInit['shift']>): Shift {
  return { unit: s.unit, amount: s.amount, direction: s.direction, anaphoric: s.anaphoric, byArticle: s.byArticle, newYear: s.newYear };
}

function makeDuration(d: NonNullable<ReadingInit['duration']>): Duration {
  return { unit: d.unit, amount: d.amount };
}

function blankReading(type: TimexType, fields: Fields): Reading {
  return {
    type,
    fields,
    shift: undefined,
    duration: undefined,
    literal: undefined,
    mod: undefined,
    lean: undefined,
    set: undefined,
    quant: undefined,
    narrativeOnly: undefined,
    periodic: undefined,
    holiday: undefined,
    vague: undefined,
    newsReading: undefined,
    newsFirst: undefined,
    newsOnly: undefined,
    thisYear: undefined,
    lengthInNews: undefined,
    weekOf: undefined,
    fromStory: undefined,
    current: undefined,
    generic: undefined,
    listed: undefined,
    dayLent: undefined,
    dayStep: undefined,
    yearStep: undefined,
  };
}

/** A reading with what a parser wrote; its fields, move and length normalised to their one shape each. */
export function makeReading(type: TimexType, r: ReadingInit = {}): Reading {
  const fields = makeFields(r.fields ?? {});
  const reading = Object.assign(blankReading(type, fields), r) as Reading;
  reading.type = type;
  reading.fields = fields;
  reading.shift = r.shift === undefined ? undefined : makeShift(r.shift);
  reading.duration = r.duration === undefined ? undefined : makeDuration(r.duration);
  return reading;
}

/*
 * Copies with changes. A spread ({ ...reading, mod }) would give the copy a hidden class of its own,
 * different from the constructors' one (V8 builds spread copies another way), and every function
 * reading both kinds would be deoptimised once more; assigning onto a blank keeps the one class.
 */

export function withFields(base: Fields, changes: FieldsInit): Fields {
  return Object.assign(blankFields(), base, changes);
}

export function withReading(base: Reading, changes: Partial<Reading>): Reading {
  return Object.assign(blankReading(base.type, base.fields), base, changes);
}

export function withCandidate(base: Candidate, changes: Partial<Candidate>): Candidate {
  return Object.assign({ first: base.first, last: base.last, reading: base.reading, parser: base.parser, rangeEnd: base.rangeEnd }, changes);
}
