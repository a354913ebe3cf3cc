/**
 * Captions as evidence: each photograph gets the date and place its caption writes, the events it
 * shows (events told in the caption, and story events of the same type, day and place), and, when
 * a caption is silent on its date or place, the date or place of the one story event that matches
 * what it shows on the other two counts — marked `from: 'inherited'`.
 */
import type { AnnalistDocument, Entity, Event, MediaDate, MediaItem, MediaPlace, Timex } from '../model/document.js';
import { bucketBySpan } from '../events/buckets.js';
import { isDated } from '../events/when.js';
import { locationOf } from '../events/participants.js';

export interface CaptionFacts {
  date?: MediaDate;
  place?: MediaPlace;
  /** The caption's own timex and place entity, for events told in it. */
  timex?: Timex;
  entity?: Entity;
}

/** The date and place each caption writes itself, by media id. */
export function captionFactsOf(doc: Readonly<AnnalistDocument>): Map<string, CaptionFacts> {
  if (doc.media.length === 0) return new Map();
  const captions = [...doc.media].sort((a, b) => a.caption.start - b.caption.start).map((item) => ({ ...item.caption, item }));
  const timexes = bucketBySpan(captions, doc.timexes.filter(isDated));
  const places = bucketBySpan(captions, doc.entities.filter((e) => e.label === 'PLACE' && e.zone !== 'credit'));
  // (the segmenter's caption sentences: the first one of each caption ends where its photograph's date may stand)
  const sentences = bucketBySpan(captions, doc.sentences.filter((s) => s.kind === 'caption'));
  const facts = new Map<string, CaptionFacts>();
  captions.forEach(({ item }, k) => facts.set(item.id, factsOf(photoDate(doc.text, item.caption, timexes[k], sentences[k][0]), mostPrecise(places[k]))));
  return facts;
}

/**
 * The date a caption gives its photograph: its first, unless that one belongs to a relative clause on
 * someone ("Walesa, an electrician who had been sacked in 1976, addresses strikers ..., 17 August 1980"),
 * names something ("the face of the 1968 Prague Spring, speaks ... on 24 November") while a later date
 * is free of both; or could not be resolved while a resolved date closes the first sentence ("on the
 * final day of the strike, 12 May 1926.").
 */
function photoDate(text: string, caption: { start: number; end: number }, timexes: readonly Timex[], firstSentence: { end: number } = caption): Timex | undefined {
  if (timexes.length < 2) return timexes[0];
  const free = (t: Timex): boolean => !inRelativeClause(text, caption.start, t.start) && !namesSomething(text, t);
  const first = timexes.find(free) ?? timexes[0];
  if (!first.value.includes('X')) return first;
  // (the resolved date closing the caption's first sentence is the photograph's, not one told after it)
  return timexes.find((t) => t.start > first.start && free(t) && !t.value.includes('X') && closesSentence(text, firstSentence.end, t.end)) ?? first;
}

/** Only the sentence's closing mark (or nothing) stands between `end` and the sentence's end. */
function closesSentence(text: string, sentenceEnd: number, end: number): boolean {
  return end <= sentenceEnd && /^[.!?]?\s*$/.test(text.slice(end, sentenceEnd));
}

/** Words that open a relative clause. */
const RELATIVE_PRONOUNS = /\b(?:who|whom|whose|which)\b/;

/** A relative pronoun stands between the last comma (or the caption's start) and `at`. */
function inRelativeClause(text: string, captionStart: number, at: number): boolean {
  const from = Math.max(captionStart, text.lastIndexOf(',', at - 1) + 1);
  return RELATIVE_PRONOUNS.test(text.slice(from, at));
}

/** A year after "the" is a modifier of a name, and so are the name's words: "the 1968 Prague Spring", "the 1936 Games" (not "the Monday"). */
function namesSomething(text: string, timex: Timex): boolean {
  const before = text.slice(Math.max(0, timex.start - 30), timex.start);
  // (and the name's own words: "Spring" in "the 1968 Prague Spring")
  return (/^\d{4}$/.test(timex.text) && /\bthe\s$/i.test(before)) || /\bthe \d{4} (?:\p{Lu}\p{Ll}+ )+$/u.test(before);
}

function factsOf(timex: Timex | undefined, entity: Entity | undefined): CaptionFacts {
  const facts: CaptionFacts = {};
  if (timex) {
    facts.timex = timex;
    facts.date = { value: timex.value, edtf: timex.edtf ?? timex.value, timex: timex.id, from: 'caption' };
  }
  if (entity) {
    facts.entity = entity;
    facts.place = placeOf(entity, 'caption');
  }
  return facts;
}

/** The most precise place (a town before its country); the first named on ties. */
function mostPrecise(places: readonly Entity[]): Entity | undefined {
  let best: Entity | undefined;
  for (const place of places) {
    if (!best || (place.place?.precision ?? 5) < (best.place?.precision ?? 5)) best = place;
  }
  return best;
}

function placeOf(entity: Entity, from: MediaPlace['from']): MediaPlace {
  return { ...locationOf(entity), from };
}

function dayOf(value: string | undefined): string | undefined {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
}

function placeKey(name: string | undefined): string | undefined {
  return name ? name.toLowerCase() : undefined;
}

/** Story events indexed by type+day, type+place and type+day+place, for matching captions in constant time. */
interface StoryIndex {
  /** Story events of a type on a day, placed or not. */
  byDay: Map<string, Event[]>;
  /** Story events of a type at a place, dated or not. */
  byPlace: Map<string, Event[]>;
  byDayAndPlace: Map<string, Event[]>;
}

function push(map: Map<string, Event[]>, key: string, event: Event): void {
  const list = map.get(key);
  if (list) list.push(event);
  else map.set(key, [event]);
}

function indexStory(events: readonly Event[]): StoryIndex {
  const index: StoryIndex = { byDay: new Map(), byPlace: new Map(), byDayAndPlace: new Map() };
  for (const event of events) {
    if (event.media) continue;
    const day = dayOf(event.when.value);
    const place = event.where.basis === 'none' ? undefined : placeKey(event.where.name);
    if (day) push(index.byDay, `${event.type}|${day}`, event);
    if (place) push(index.byPlace, `${event.type}|${place}`, event);
    if (day && place) push(index.byDayAndPlace, `${event.type}|${day}|${place}`, event);
  }
  return index;
}

/** The media items with their dates, places and events. */
export function linkMedia(doc: Readonly<AnnalistDocument>, events: readonly Event[], facts: ReadonlyMap<string, CaptionFacts>): MediaItem[] {
  // Most documents have no photographs: nothing to index.
  if (doc.media.length === 0) return [];
  const story = indexStory(events);
  const byMedia = new Map<string, Event[]>();
  for (const event of events) if (event.media) push(byMedia, event.media, event);
  const entitiesById = new Map(doc.entities.map((e) => [e.id, e]));
  return doc.media.map((item) => {
    const own = facts.get(item.id) ?? {};
    let date = own.date;
    let place = own.place;
    const linked = new Set<string>();
    for (const captionEvent of byMedia.get(item.id) ?? []) {
      linked.add(captionEvent.id);
      const day = dayOf(date?.value);
      const where = placeKey(place?.name);
      if (day && where) for (const e of story.byDayAndPlace.get(`${captionEvent.type}|${day}|${where}`) ?? []) linked.add(e.id);
      if (!date && where) {
        // The one dated story event of this type at this place dates the photograph.
        const match = onlyOne(story.byPlace.get(`${captionEvent.type}|${where}`) ?? []);
        const inherited = dayOf(match?.when.value);
        if (match && inherited) {
          date = { value: inherited, edtf: inherited, from: 'inherited' };
          if (match.when.timex) date.timex = match.when.timex;
          linked.add(match.id);
        }
      }
      if (!place && day) {
        // The one placed story event of this type on this day places the photograph.
        const match = onlyOne(story.byDay.get(`${captionEvent.type}|${day}`) ?? []);
        const entity = match?.where.entity ? entitiesById.get(match.where.entity) : undefined;
        if (match && entity) {
          place = placeOf(entity, 'inherited');
          linked.add(match.id);
        }
      }
    }
    const result: MediaItem = { ...item };
    if (date) result.date = date;
    if (place) result.place = place;
    if (linked.size > 0) result.events = [...linked].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
    return result;
  });
}

function onlyOne<T>(list: readonly T[]): T | undefined {
  return list.length === 1 ? list[0] : undefined;
}
