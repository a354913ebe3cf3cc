/**
 * The dates a narrative has told so far, as relative dates lean on them. A past-perfect flashback
 * years back from where the story stood is background: once its sentence ends the story returns to
 * where it was ("The invasion began on 24 June 1812. Relations had soured in 1810. The French took
 * Smolensk on 17 August" is 1812), while a move may still count from it ("Prussia had beaten Austria
 * in 1866. Two years later" is 1868).
 */
import type { Ctx } from './grammar.js';
import { astroYear } from './calendar.js';
import { NARRATIVE_PERFECT_REACH, sentenceEndFrom, toldInPastPerfect } from './story.js';
import type { ReferencePoint } from './resolve.js';
import type { Candidate } from './types.js';

/** Years a past-perfect flashback must reach back to be background the story does not stay in. */
const BACKGROUND_YEARS = 2;

export class StoryLine {
  /** Where the story stands: what dates without a year, and days, lean on. */
  readonly told: ReferencePoint[] = [];
  /** Every date told, background flashbacks too: what a move like "two years later" counts from. */
  readonly movesFrom: ReferencePoint[] = [];
  /** How many dates the story held when a flashback's sentence began (-1: none open), and where that sentence ends. */
  private flashbackFrom = -1;
  private flashbackUntil = -1;

  constructor(private readonly ctx: Ctx) {}

  /** Closes a flashback whose sentence has ended before the hit, leaving it as background if it was. */
  before(h: Candidate): void {
    if (this.flashbackFrom < 0 || h.first < this.flashbackUntil) return;
    if (this.isBackground()) this.told.length = this.flashbackFrom;
    this.flashbackFrom = -1;
  }

  /** The story moves to a date told at hit h. */
  tell(point: ReferencePoint, h: Candidate, narrative: boolean): void {
    if (narrative && this.flashbackFrom < 0 && toldInPastPerfect(this.ctx, h, NARRATIVE_PERFECT_REACH)) {
      this.flashbackFrom = this.told.length;
      this.flashbackUntil = sentenceEndFrom(this.ctx, h.last, false);
    }
    this.told.push(point);
    this.movesFrom.push(point);
  }

  /**
   * The flashback ended its sentence years back from where the story stood on a day or month
   * ("Moscow had opened talks in 1938, and in October 1939 it demanded" ends months back and may go
   * on in its own time; a lead's range or a bare year is no place the story returns to).
   */
  private isBackground(): boolean {
    const told = this.told;
    const from = this.flashbackFrom;
    if (told.length <= from || from === 0 || told[from - 1].fields.month === undefined || (told[from - 1].rangeEnd && !spanOfDays(told, from))) return false;
    const stood = astroYear(told[from - 1].fields);
    const reached = lastYearOf(told, from);
    // ("By 23 November ... 200,000 had fled the country by early 1957. Nagy left the embassy on 22 November": a past
    // perfect reaching ahead of the story sums up what followed, and the story goes back to its day)
    return stood !== undefined && reached !== undefined && (stood - reached >= BACKGROUND_YEARS || reached > stood);
  }
}

/**
 * The story stood on a lead's span of whole days ("fought from 11 October 1899 to 31 May 1902"): a flashback after
 * it is background, the story told from the span's opening (a range of months or years is no place it returns to).
 */
function spanOfDays(told: readonly ReferencePoint[], from: number): boolean {
  const end = told[from - 1];
  const start = told[from - 2];
  return end.fields.day !== undefined && start !== undefined && start.rangeEnd && start.fields.day !== undefined;
}

/** The year the flashback reached: its last date with a year, or the first year of its last decade ("in 1886 ... during the 1890s"). */
function lastYearOf(told: readonly ReferencePoint[], from: number): number | undefined {
  const last = told[told.length - 1].fields;
  const year = astroYear(last);
  if (year !== undefined || last.decade === undefined) return year;
  const before = told.length - 1 > from ? astroYear(told[told.length - 2].fields) : undefined;
  return before ?? last.decade * 10;
}
