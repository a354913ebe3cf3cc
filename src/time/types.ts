/**
 * What a parser reads out of a time expression before it is anchored: the written components
 * (`fields`), a move from the anchor (`shift`), a length (`duration`) or a fixed value (`literal`).
 */
import type { TimexType } from '../model/document.js';
import type { Season, Unit } from './lexicon.js';

export interface Fields {
  bc?: boolean;
  century?: number;
  decade?: number;
  year?: number;
  /** Fiscal year: written "fiscal 1998". */
  fiscal?: boolean;
  half?: number;
  quarter?: number;
  season?: Season;
  month?: number;
  week?: number;
  weekend?: boolean;
  day?: number;
  weekday?: number;
  partOfDay?: string;
  hour?: number;
  minute?: number;
  second?: number;
  zone?: string;
}

/** A move from the anchor: "two days later" = {unit: day, amount: 2, direction: 1}. */
export interface Shift {
  unit: Unit;
  /** Undefined for vague counts ("a few years ago"). */
  amount?: number;
  direction: -1 | 0 | 1;
  /** Keep the anchor's finer fields (a year ago → same day last year): false means the unit's granularity. */
  keepDay?: boolean;
  /** True when it points back into the story ("two days later", "the following year"), not from now. */
  anaphoric?: boolean;
}

export interface Duration {
  unit: Unit;
  /** Undefined for vague counts ("several years", "decades"). */
  amount?: number;
}

export interface Reading {
  type: TimexType;
  fields: Fields;
  shift?: Shift;
  duration?: Duration;
  /** A fixed value: PRESENT_REF, PAST_REF, FUTURE_REF, or a SET value. */
  literal?: string;
  mod?: string;
  /** For weekdays, months and seasons without a year: which way from the anchor (0: the tense decides). */
  lean?: -1 | 0 | 1;
  /** Set when the expression is a set ("every Monday"): the value pattern is made from fields. */
  set?: boolean;
  /** Quantity of a set: "twice a week" etc. */
  quant?: string;
  /** Only a time expression in narrative documents (history annotation tags "former"; news does not). */
  narrativeOnly?: boolean;
  /** A year-ago period: 'story' follows the quarter the story is about, 'report' falls back on the DCT's quarter. */
  periodic?: 'story' | 'report';
  /** Holiday on the nth weekday of a month: [month, weekday, n]. */
  holiday?: [number, number, number];
  /** "the week": a week of the reference's year left unnamed (1989-WXX). */
  vague?: Unit;
  /** How news annotation reads the same words ("the past year": the year before the DCT, not a stretch). */
  newsReading?: Reading;
  /** Where news annotation starts the expression ("the night of Oct. 23" tags only "Oct. 23"). */
  newsFirst?: number;
  /** Only a time expression in news ("soon" from the time of writing); history annotation leaves it untagged. */
  newsOnly?: boolean;
  /** "this September": the reference's own year, whatever the tense. */
  thisYear?: boolean;
  /** "three days later": news annotation tags the stretch ("three days", a duration) and leaves the move word out. */
  lengthInNews?: boolean;
  /** "the week of March 6": the ISO week holding the day the fields name. */
  weekOf?: boolean;
  /** Counted from the latest day the story tells even in news ("the previous Friday"). */
  fromStory?: boolean;
  /** Reference to the current period of the finest known field ("the quarter" = the current one). */
  current?: Unit;
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
