/** Test helper: the events the whole pipeline finds in a text, as "TYPE:trigger" (entities included). */
import { analyse } from '../pipeline/run.js';

export function told(text: string): string[] {
  return analyse({ name: 't', text }).events.map((e) => `${e.type}:${e.trigger.text}`);
}
