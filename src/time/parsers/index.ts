/** The configuration: every parser the scanner wakes, in priority order (earlier wins ties). */
import type { Parser } from '../grammar.js';
import { monthNameParser } from './monthName.js';
import { dayMonthParser, ordinalDayMonthParser } from './dayMonth.js';
import { numericDateParser } from './numericDate.js';
import { yearParser } from './year.js';
import { pluralWeekdayParser, weekdayParser } from './weekday.js';
import { clockParser, clockWordParser, noonParser } from './timeOfDay.js';
import { partOfDayParser } from './partOfDay.js';
import { dayWordParser, phraseParser, refParser } from './deictic.js';
import { longWordParser, midWordParser, unitPhraseParser } from './unitPhrase.js';
import { seasonParser } from './season.js';
import { quarterCodeParser, quarterParser } from './quarter.js';
import { centuryParser } from './century.js';
import { everyParser, setAdverbParser } from './sets.js';
import { holidayParser } from './holiday.js';
import { periodParser } from './period.js';
import { spelledYearParser } from './spelledYear.js';
import { timeWordParser } from './timeWord.js';

export const PARSERS: readonly Parser[] = [
  numericDateParser,
  dayMonthParser,
  ordinalDayMonthParser,
  monthNameParser,
  yearParser,
  clockParser,
  clockWordParser,
  noonParser,
  weekdayParser,
  pluralWeekdayParser,
  holidayParser,
  dayWordParser,
  partOfDayParser,
  quarterParser,
  quarterCodeParser,
  centuryParser,
  seasonParser,
  everyParser,
  setAdverbParser,
  periodParser,
  spelledYearParser,
  unitPhraseParser,
  longWordParser,
  midWordParser,
  refParser,
  phraseParser,
  timeWordParser,
];
