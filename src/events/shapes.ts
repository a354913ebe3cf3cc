/**
 * A cheap gate before a word lexicon: the set of shapes (first two letters a-z, length up to 15)
 * of its words. Most words of a sentence have a shape no lexicon word has, so they are never hashed
 * into a map. Words whose shape is not tracked (shorter, or not starting with two a-z letters) pass.
 */
const LENGTHS = 16;

/** The shape index of a word, or -1 when its shape is not tracked. */
function shapeOf(word: string): number {
  const first = word.charCodeAt(0) - 97;
  const second = word.charCodeAt(1) - 97;
  if (!(first >= 0 && first < 26 && second >= 0 && second < 26)) return -1;
  return (first * 26 + second) * LENGTHS + Math.min(word.length, LENGTHS - 1);
}

export class ShapeGate {
  private readonly shapes = new Uint8Array(26 * 26 * LENGTHS);

  constructor(words: Iterable<string>) {
    for (const word of words) {
      const shape = shapeOf(word);
      if (shape >= 0) this.shapes[shape] = 1;
    }
  }

  /** False when `word` cannot be one of the lexicon's words. */
  mayHold(word: string): boolean {
    const shape = shapeOf(word);
    return shape < 0 || this.shapes[shape] === 1;
  }
}
