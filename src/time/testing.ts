/** Test helper: tags a sentence and finds the expression with the given text. */
import type { Timex } from '../model/document.js';
import { tagTimes } from './tagger.js';

export function tag(text: string, dct?: string, documentType: 'news' | 'narrative' | 'auto' = dct ? 'news' : 'narrative'): Timex[] {
  return tagTimes(dct ? { text, dct, documentType, captions: [] } : { text, documentType, captions: [] }).timexes;
}

/** The one expression whose text is `words`; throws with what was found otherwise. */
export function find(timexes: readonly Timex[], words: string): Timex {
  const hit = timexes.find((t) => t.text === words);
  if (!hit) throw new Error(`no time expression "${words}"; found ${JSON.stringify(timexes.map((t) => t.text))}`);
  return hit;
}
