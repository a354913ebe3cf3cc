/**
 * Tokens as growable parallel typed arrays (start, end, one byte of kind and flags), filled in
 * text order by a tokenizer: no object per token, since most tokens are never looked at closely.
 * The time tagger's and the entity recognizer's tokenizers both fill one.
 */

/** English averages well over four characters a token (with its space): rarely a regrowth. */
const CHARACTERS_PER_TOKEN_GUESS = 4;

export class TokenColumns {
  length = 0;
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;

  constructor(characters: number) {
    const capacity = Math.ceil(characters / CHARACTERS_PER_TOKEN_GUESS) + 16;
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
  }

  push(start: number, end: number, flags: number): void {
    if (this.length === this.starts.length) this.grow();
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.flags[this.length] = flags;
    this.length++;
  }

  /** Doubles the room for tokens (also for a tokenizer that writes the arrays itself). */
  grow(): void {
    const capacity = this.starts.length * 2;
    const starts = new Int32Array(capacity);
    const ends = new Int32Array(capacity);
    const flags = new Uint8Array(capacity);
    starts.set(this.starts);
    ends.set(this.ends);
    flags.set(this.flags);
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
  }
}
