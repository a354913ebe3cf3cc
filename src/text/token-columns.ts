/**
 * Tokens as growable parallel typed arrays (start, end, one byte of kind and flags), filled in
 * text order by a tokenizer: no object per token, since most tokens are never looked at closely.
 * The time tagger's and the entity recognizer's tokenizers both fill one.
 */

/** English averages well over four characters a token (with its space): rarely a regrowth. */
const CHARACTERS_PER_TOKEN_GUESS = 4;

/** Bytes a token takes in the columns: two 32-bit offsets and one byte of flags. */
const BYTES_PER_TOKEN = 9;

export class TokenColumns {
  length = 0;
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;

  constructor(characters: number) {
    [this.starts, this.ends, this.flags] = columns(Math.ceil(characters / CHARACTERS_PER_TOKEN_GUESS) + 16);
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
    const [starts, ends, flags] = columns(this.starts.length * 2);
    starts.set(this.starts);
    ends.set(this.ends);
    flags.set(this.flags);
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
  }
}

/** The three columns for `capacity` tokens as views of one buffer: one allocation instead of three, the costlier part for short documents. */
function columns(capacity: number): [Int32Array, Int32Array, Uint8Array] {
  const buffer = new ArrayBuffer(capacity * BYTES_PER_TOKEN);
  return [new Int32Array(buffer, 0, capacity), new Int32Array(buffer, capacity * 4, capacity), new Uint8Array(buffer, capacity * 8, capacity)];
}
