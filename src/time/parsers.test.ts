import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, tag } from './testing.js';

test('full and partial calendar dates get their TIMEX3 values', () => {
  const t = tag('The treaty was signed on March 3, 1918 and ratified in May 1918; talks resumed on 9 Nov. 1989.');
  assert.equal(find(t, 'March 3, 1918').value, '1918-03-03');
  assert.equal(find(t, 'May 1918').value, '1918-05');
  assert.equal(find(t, '9 Nov. 1989').value, '1989-11-09');
  assert.equal(find(t, 'May 1918').precision, 'month');
});

test('digits-only dates: ISO and US month/day/year', () => {
  const t = tag('Filed 1998-01-08, amended 2/14/1999.');
  assert.equal(find(t, '1998-01-08').value, '1998-01-08');
  assert.equal(find(t, '2/14/1999').value, '1999-02-14');
});

test('years, decades, centuries and eras', () => {
  const t = tag('Built in 1953, rebuilt in the 1980s, a 19th century house; Marathon was fought in 490 BC.');
  assert.equal(find(t, '1953').value, '1953');
  assert.equal(find(t, 'the 1980s').value, '198');
  assert.equal(find(t, 'the 1980s').edtf, '198X');
  assert.equal(find(t, '19th century').value, '18');
  const bc = find(t, '490 BC');
  assert.equal(bc.value, 'BC0490');
  assert.equal(bc.edtf, '-0489');
});

test('a month before a year with its era is that month of the year ("January 27 BC"), not its 27th day', () => {
  const t = tag('In 31 BC the fleets met. In January 27 BC the Senate met; on 16 January 27 BC Octavian took his new name.');
  assert.equal(find(t, 'January 27 BC').value, 'BC0027-01');
  assert.equal(find(t, '16 January 27 BC').value, 'BC0027-01-16');
});

test('negated bounds: "no more than" is at most, "no less than" at least; "for over" bounds a count', () => {
  const t = tag('He faces no more than five years, served not less than ten years, and waited for over six weeks.', '2013-01-28');
  assert.equal(find(t, 'no more than five years').mod, 'EQUAL_OR_LESS');
  assert.equal(find(t, 'not less than ten years').mod, 'EQUAL_OR_MORE');
  assert.equal(find(t, 'over six weeks').mod, 'MORE_THAN');
});

test('"March 3 to 5" is a range of days without "from"; "May 4 to 5 percent", "to 5,000", "to 5 p.m." are not', () => {
  const t = tag('The talks ran March 3 to 5 in Hanoi. Prices rose on May 4 to 5 percent, turnout on May 7 rose to 5,000.', '1998-05-27');
  assert.equal(find(t, '5').value, '1998-03-05');
  assert.deepEqual(t.map((x) => x.text), ['March 3', '5', 'May 4', 'May 7']);
});

test('spoken clocks: "at ten past eight", "twenty to nine", "twenty-five past six in the evening"; "from five to five years" is a count', () => {
  const t = tag('Buying began at ten past eight, the bell rang at twenty to nine, and he left at twenty-five past six in the evening. It grew from five to five years.', '1998-06-18');
  assert.equal(find(t, 'ten past eight').value, '1998-06-18T08:10');
  assert.equal(find(t, 'twenty to nine').value, '1998-06-18T08:40');
  assert.equal(find(t, 'twenty-five past six in the evening').value, '1998-06-18T18:25');
  assert.ok(!t.some((x) => x.text.startsWith('five to five')));
});

test('decades in words with a part: "the early nineties", "the mid-seventies"; "her early forties" is an age', () => {
  const t = tag('It peaked in the early nineties after a slump in the mid-seventies; she was in her early forties.', '1998-06-18');
  assert.equal(find(t, 'the early nineties').mod, 'START');
  assert.equal(find(t, 'the mid-seventies').value, '197');
  assert.equal(t.length, 2);
});

test('Easter\'s neighbours: "Easter Saturday 1920", "Maundy Thursday"', () => {
  const t = tag('On Easter Saturday 1920 the barracks burned; on Maundy Thursday 1918 the line broke.');
  assert.equal(find(t, 'Easter Saturday 1920').value, '1920-04-03');
  assert.equal(find(t, 'Maundy Thursday 1918').value, '1918-03-28');
});

test('a range across the new year: "from 22 December to 7 January 1949" opens in 1948; "from Dec. 20, 2012, through Jan. 2" closes in 2013', () => {
  const t = tag('The siege lasted from 22 December to 7 January 1949.');
  assert.equal(find(t, '22 December').value, '1948-12-22');
  const news = tag('The holiday runs from Dec. 20, 2012, through Jan. 2.', '2012-08-23');
  assert.equal(find(news, 'Jan. 2').value, '2013-01-02');
  assert.equal(find(news, 'Dec. 20, 2012').range?.end, '2013-01-02');
});

test('"the quarter ended Sept. 30" is the third quarter even told in December; a fiscal quarter ending in July is not guessed', () => {
  const t = tag('Net income for the quarter ended Sept. 30 rose. For the quarter ending Dec. 31, 1988, it lost money.', '1989-12-05');
  assert.deepEqual(t.filter((x) => x.text === 'the quarter').map((x) => x.value), ['1989-Q3', '1988-Q4']);
  assert.equal(find(tag('Sales for the quarter ended July 31 fell.', '1989-12-05'), 'the quarter').value, '1989-Q4');
});

test('"the December quarter" is the quarter December closes', () => {
  const t = tag('Apple expects record revenue for the December quarter after sales rose in the June quarter.', '2012-10-25');
  assert.equal(find(t, 'the December quarter').value, '2012-Q4');
  assert.equal(find(t, 'the June quarter').value, '2012-Q2');
});

test('"at night" after an hour in words: "half past twelve at night" is 00:30, "eleven at night" 23:00', () => {
  const t = tag('It ended at half past twelve at night. He left at eleven at night when it rained.', '1998-06-18');
  assert.equal(find(t, 'half past twelve at night').value, '1998-06-18T00:30');
  assert.equal(find(t, 'eleven at night').value, '1998-06-18T23:00');
});

test('spoken forms: "at nine a.m.", "two p.m.", "March the fifth in Geneva"; "May the third division" is no day', () => {
  const t = tag('The announcement came at nine a.m.; talks opened on March the fifth in Geneva and went on until two p.m. In May the third division landed.', '1998-03-12');
  assert.equal(find(t, 'nine a.m.').value, '1998-03-12T09:00');
  assert.equal(find(t, 'two p.m.').value, '1998-03-05T14:00');
  assert.equal(find(t, 'March the fifth').value, '1998-03-05');
  assert.equal(find(t, 'May').value, '1998-05');
});

test('a clock ending its sentence keeps apart from the move opening the next ("at 9 p.m. The next day ..."), but "10 p.m. Wednesday" is one', () => {
  const t = tag('The town fell on 3 April 1982. The governor surrendered at 9 p.m. The next day the council met.');
  assert.equal(find(t, '9 p.m.').value, '1982-04-03T21:00');
  assert.equal(find(t, 'The next day').value, '1982-04-04');
  assert.equal(find(tag('The vote ended at 10 p.m. Wednesday.', '1998-02-13'), '10 p.m. Wednesday').value, '1998-02-11T22:00');
});

test('news: years cut short after a word that takes one ("rose in \'92", "the class of \'68"); a history\'s "Club of \'89" is a name', () => {
  const t = tag("Prices rose in '92 and fell in '93; the class of '68 met.", '1998-09-25');
  assert.deepEqual(t.map((x) => [x.text, x.value]), [["'92", '1992'], ["'93", '1993'], ["'68", '1968']]);
  assert.deepEqual(tag("In 1790 the Club of '89 split.").map((x) => x.text), ['1790']);
});

test('a clock without a.m. or p.m. soon after an evening one in its sentence is of the evening ("left at 8:18 p.m. and was lost at 9:31"), not hours on', () => {
  const t = tag('The flight left at 8:18 p.m. and radar contact was lost at 9:31. It closed at 4 p.m. and trading resumed at 9:30.', '1998-09-03');
  assert.equal(find(t, '9:31').value, '1998-09-03T21:31');
  assert.equal(find(t, '9:30').value, '1998-09-03T09:30');
});

test('a yearly day set off by commas is still the set\'s ("Every year, on 7 April, the country mourns")', () => {
  const t = tag('Every year, on 7 April, the country mourns.');
  assert.equal(find(t, 'Every year, on 7 April').value, 'XXXX-04-07');
});

test('"election night" is the night of Election Day, in lower case too', () => {
  const t = tag('It was his second call since election night; voters went to the polls on election day.', '2000-12-14');
  assert.equal(find(t, 'election night').value, '2000-11-07TNI');
  assert.equal(find(t, 'election day').value, '2000-11-07');
});

test('one-word lengths ("a weeklong trip"), "no longer than two weeks", and "said that March sales rose" (the month, not "that March")', () => {
  const t = tag('He is on a weeklong trip; the talks should last no longer than two weeks. Analysts said that March sales rose.', '1990-07-24');
  assert.equal(find(t, 'weeklong').value, 'P1W');
  assert.equal(find(t, 'no longer than two weeks').mod, 'EQUAL_OR_LESS');
  assert.equal(find(t, 'March').value, '1990-03');
});

test('histories: three-digit years before a name and its past verb ("and in 263 Shu surrendered"), after an event ("the battle of 234"), before "for"; "in 300 Greek cities" is a count', () => {
  const t = tag('Cao Cao died in 220, and in 263 Shu surrendered. The battle of 234 was a stalemate. Justinian bought peace in 532 for gold. They lived in 300 Greek cities.');
  assert.deepEqual(t.map((x) => x.value), ['0220', '0263', '0234', '0532']);
});

test('"Thanksgiving Eve" is the day before Thanksgiving; "the next century" after a year ahead of the report counts from the report', () => {
  assert.equal(find(tag('Three bids came on Thanksgiving Eve.', '1989-11-29'), 'Thanksgiving Eve').value, '1989-11-22');
  assert.equal(find(tag('The next eclipse is in August 2017. Many will travel again in the next century.', '1998-02-26'), 'the next century').value, '20');
});

test('seasons counted by the dozen are years ("for 87 seasons" P87Y); a year after an event is one before "killed" ("The flood of 1953 killed many"), a count is not ("a total of 1500 killed")', () => {
  const t = tag('The team has played at Fenway for 87 seasons. The flood of 1953 killed many people. A total of 1500 killed were counted.', '1999-06-29');
  assert.equal(find(t, '87 seasons').value, 'P87Y');
  assert.equal(find(t, '1953').value, '1953');
  assert.ok(!t.some((x) => x.text === '1500'));
});

test('"a few years back", "two decades back" count back from the report like "ago"', () => {
  const t = tag('I lived in Mexico a few years back. Two decades back, the town was poor.', '1998-01-14');
  assert.equal(find(t, 'a few years back').value, 'PAST_REF');
  assert.equal(find(t, 'Two decades back').value, '197');
});

test('a count opening its sentence before "after the ..." is a date in a history and a stretch in news', () => {
  const history = tag('The siege began on 3 May 1812. Three days after the assault, the town fell.');
  assert.equal(find(history, 'Three days').type, 'DATE');
  assert.equal(find(history, 'Three days').value, '1812-05-06');
  const news = tag('Nearly two months after his arrest, the judge freed him.', '2013-05-02');
  assert.equal(find(news, 'Nearly two months').type, 'DURATION');
  assert.equal(find(news, 'Nearly two months').mod, 'LESS_THAN');
  // mid-sentence the count describes the date just told
  const told = tag('The league was founded on 9 June 1921, exactly 50 years after the first match was played.');
  assert.equal(find(told, '50 years').type, 'DURATION');
});

test('a clock told with "ten days before" an event is one time, in news too', () => {
  const t = tag('Witnesses saw the van at 6 a.m. ten days before the fire.', '2004-03-02');
  assert.equal(find(t, '6 a.m. ten days').type, 'TIME');
});

test('modifiers widen the expression and set mod', () => {
  const t = tag('It happened in late 1956, early March 1957, mid-1990s and by the end of 1990.');
  assert.equal(find(t, 'late 1956').mod, 'END');
  assert.equal(find(t, 'early March 1957').mod, 'START');
  assert.equal(find(t, 'mid-1990s').mod, 'MID');
  assert.equal(find(t, 'the end of 1990').mod, 'END');
});

test('"early in" and "late in" a period widen it like "early" and "late"; "late in the year" is the story\'s year', () => {
  const t = tag('The siege began on 3 May 1950. Early in the month the rains came; late in the year the army withdrew, and early in 1951 it returned. Later in the day the bridge fell. Late in the month of June the talks ended.');
  assert.equal(find(t, 'June').value, '1951-06');
  assert.equal(find(t, 'Early in the month').value, '1950-05');
  assert.equal(find(t, 'Early in the month').mod, 'START');
  assert.equal(find(t, 'late in the year').value, '1950');
  assert.equal(find(t, 'late in the year').mod, 'END');
  assert.equal(find(t, 'early in 1951').value, '1951');
  // news annotation mostly leaves "later in the day" untagged
  assert.ok(!t.some((x) => x.text.endsWith('the day')));
});

test('a bare part of day told of no day in particular is generic; with a day or determiner it is the story\'s', () => {
  const t = tag('On 3 May 1950 the division, skilled at night fighting, moved only at night and in daytime hid; that night it crossed the river. Night fell on Friday.');
  assert.deepEqual(t.filter((x) => x.value.startsWith('XXXX-XX-XX')).map((x) => x.value), ['XXXX-XX-XXTNI', 'XXXX-XX-XXTNI', 'XXXX-XX-XXTDT']);
  assert.equal(find(t, 'that night').value, '1950-05-03TNI');
  assert.equal(find(t, 'Night').value, '1950-05-03TNI');
  const news = tag('Police said the raid began Friday night.', '2013-03-24');
  assert.equal(find(news, 'Friday night').value, '2013-03-22TNI');
});

test('"the fiscal year" is a length only before "ended"; otherwise the current year', () => {
  const during = tag('Earnings fell for the fiscal year, the chairman said.', '1989-10-24');
  assert.equal(find(during, 'the fiscal year').type, 'DATE');
  assert.equal(find(during, 'the fiscal year').value, '1989');
  const moved = tag('Revenue for the last fiscal year fell; sales in the current fiscal year and the next fiscal year will rise.', '1989-10-24');
  assert.equal(find(moved, 'the last fiscal year').value, '1988');
  assert.equal(find(moved, 'the current fiscal year').value, '1989');
  assert.equal(find(moved, 'the next fiscal year').value, '1990');
  const ended = tag('In the fiscal year ended Sept. 30, profit rose.', '1989-10-24');
  assert.equal(find(ended, 'the fiscal year').type, 'DURATION');
  assert.equal(find(ended, 'the fiscal year').value, 'P1Y');
});

test('durations with counts in digits or words, and bounds', () => {
  const t = tag('The revolt lasted for 13 days; the exile took more than 20 years and a five-year plan followed.');
  assert.equal(find(t, '13 days').value, 'P13D');
  const more = find(t, 'more than 20 years');
  assert.equal(more.value, 'P20Y');
  assert.equal(more.mod, 'MORE_THAN');
  assert.equal(find(t, 'five-year').type, 'DURATION');
});

test('sets: every weekday, adverbs of frequency', () => {
  const t = tag('The council met every Monday and published accounts annually.');
  assert.equal(find(t, 'every Monday').value, 'XXXX-WXX-1');
  assert.equal(find(t, 'every Monday').type, 'SET');
  assert.equal(find(t, 'annually').type, 'SET');
});

test('sets: news writes the period (P1D), history the open calendar unit (XXXX-XX-XX); "per day" is a length', () => {
  const news = tag('Rations are handed out daily and the figures published weekly.', '2013-03-22');
  assert.equal(find(news, 'daily').value, 'P1D');
  assert.equal(find(news, 'weekly').value, 'XXXX-WXX');
  const history = tag('In 1916 the guns fired daily, the council met annually, and the army used 200 shells per day.');
  assert.equal(find(history, 'daily').value, 'XXXX-XX-XX');
  assert.equal(find(history, 'annually').value, 'XXXX');
  assert.equal(find(history, 'per day').type, 'DURATION');
  assert.equal(find(history, 'per day').value, 'P1D');
});

test('clock times and parts of the day', () => {
  const t = tag('Shops closed at 3 p.m. and again at noon, then at 10:35 a.m. on 4 May 1970.', undefined, 'narrative');
  assert.equal(find(t, '3 p.m.').type, 'TIME');
  assert.match(find(t, '3 p.m.').value, /T15:00$/);
  assert.match(find(t, 'noon').value, /T12:00$/);
  assert.match(find(t, '10:35 a.m.').value, /T10:35$/);
});

test('seasons, quarters and fiscal years', () => {
  const t = tag('Sales rose in the third quarter and in fiscal 1998, as in the summer of 1998.', '1998-11-02');
  assert.equal(find(t, 'the third quarter').value, '1998-Q3');
  assert.equal(find(t, 'fiscal 1998').value, '1998');
  assert.equal(find(t, 'the summer of 1998').value, '1998-SU');
});

test('references to present, past and future', () => {
  const t = tag('Prices are high now, higher than in the past, and may fall in the future.', '1998-01-08');
  assert.equal(find(t, 'now').value, 'PRESENT_REF');
  assert.equal(find(t, 'the past').value, 'PAST_REF');
  assert.equal(find(t, 'the future').value, 'FUTURE_REF');
});

test('ranges keep both ends and lend the later end its year', () => {
  const t = tag('The rising lasted from 23 October to 4 November 1956, and the war from 1939 to 1945.');
  const begin = find(t, '23 October');
  assert.equal(begin.value, '1956-10-23');
  assert.deepEqual(begin.range, { begin: '1956-10-23', end: '1956-11-04' });
  assert.equal(begin.edtf, '1956-10-23/1956-11-04');
  assert.equal(find(t, '1939').range?.end, '1945');
});

test('a date glued to a preceding credit is still found', () => {
  const t = tag('Tanks in the squareAFP12 November 1956: Refugees at the border');
  assert.equal(find(t, '12 November 1956').value, '1956-11-12');
});

test('written and inferred components are kept apart', () => {
  const t = tag('On September 1, 1939 the war began. On September 17 the second front opened.');
  const later = find(t, 'September 17');
  assert.deepEqual(later.known, ['month', 'day']);
  assert.deepEqual(later.implied, ['year']);
  assert.equal(later.anchor?.kind, 'narrative');
  assert.equal(later.anchor?.timex, 't1');
});

test('short second ends of ranges: "1915-17" and "May 4 and 5"', () => {
  const t = tag('Throughout 1915-17 the front held; the garrison surrendered on May 4 and 5, 1865.');
  assert.equal(find(t, '17').value, '1917');
  assert.deepEqual(find(t, '1915').range, { begin: '1915', end: '1917' });
  assert.equal(find(t, '5, 1865').value, '1865-05-05');
});

test('reporting periods of financial news', () => {
  const t = tag('Profit rose in the third quarter, up from the year-ago quarter and the 1988 second quarter.', '1989-10-26');
  assert.equal(find(t, 'the third quarter').value, '1989-Q3');
  assert.equal(find(t, 'the year-ago quarter').value, '1988-Q3');
  assert.equal(find(t, 'the 1988 second quarter').value, '1988-Q2');
});

test('spelled-out years from broadcast transcripts', () => {
  const t = tag('The clinic was bombed in nineteen ninety-seven, long before the year two thousand.');
  assert.equal(find(t, 'nineteen ninety-seven').value, '1997');
  assert.equal(find(t, 'the year two thousand').value, '2000');
});

test('fractions of a unit spill into the next smaller one', () => {
  const t = tag('The talks lasted 3 1/2 years; the flight took about 2 1/2 hours and the wait a minute and a half, then half an hour more.', '1998-01-08');
  assert.equal(find(t, '3 1/2 years').value, 'P3Y6M');
  assert.equal(find(t, '2 1/2 hours').value, 'PT2H30M');
  assert.equal(find(t, 'a minute and a half').value, 'PT1M30S');
  assert.equal(find(t, 'half an hour').value, 'PT30M');
});

test('"the last half of 1999" is the second half; "the week of May 3" the week holding that day', () => {
  const t = tag('Sales should recover in the last half of 1999, after a review the week of May 3.', '1999-02-10');
  assert.equal(find(t, 'the last half of 1999').value, '1999-H2');
  assert.equal(find(t, 'the week of May 3').value, '1999-W18');
});

test('news tags "<count> days later" as the stretch, history as the date', () => {
  const news = tag('The plant closed. Three days later it reopened.', '1998-01-08', 'news');
  assert.equal(find(news, 'Three days').value, 'P3D');
  assert.equal(find(news, 'Three days').type, 'DURATION');
  const history = tag('The siege began on 3 May 1521. Three days later the walls fell.');
  assert.equal(find(history, 'Three days later').value, '1521-05-06');
});

test('"this September" keeps the reference year; "a couple of years" is two; "the past 24 hours" a day', () => {
  const t = tag('An election was called for this September. Prices may stay low for a couple of years. Rain fell in the past 24 hours.', '1998-02-05');
  assert.equal(find(t, 'this September').value, '1998-09');
  assert.equal(find(t, 'a couple of years').value, 'P2Y');
  assert.equal(find(t, 'the past 24 hours').value, 'P1D');
});

test('news: "a few days later" is a stretch of unknown length', () => {
  const t = tag('The board met. A few days later the chairman resigned.', '1998-01-08', 'news');
  assert.equal(find(t, 'A few days').value, 'PXD');
});

test('reporting periods: "the quarter a year ago", "the corresponding period last year", "the 1988 quarter"', () => {
  const t = tag('Profit rose in the second quarter. For the quarter a year ago it was lower, as in the corresponding period last year; the 1997 quarter was weak.', '1998-08-10');
  assert.equal(find(t, 'the quarter a year ago').value, '1997-Q2');
  assert.equal(find(t, 'the corresponding period last year').value, '1997-Q2');
  assert.equal(find(t, 'the 1997 quarter').value, '1997-Q2');
});

test('"the week" alone leaves the week unnamed; "this week" names it', () => {
  const t = tag('For the week, the index fell 2%. This week it rose.', '1989-10-30');
  assert.equal(find(t, 'the week').value, '1989-WXX');
  assert.equal(find(t, 'This week').value, '1989-W44');
});

test('quarters as lengths are counted in quarters; "three quarters of" is a fraction; "by year-end" the last day', () => {
  const t = tag('Losses piled up over the past two quarters, and three quarters of the staff left; a deal should close by year-end.', '1989-10-27');
  assert.equal(find(t, 'the past two quarters').value, 'P2Q');
  assert.ok(!t.some((x) => x.text === 'three quarters'));
  assert.equal(find(t, 'year-end').value, '1989-12-31');
});

test('approximate years of histories: "ca. 466 BC", "c. 1450", "circa 1600"', () => {
  const t = tag('The temple was rebuilt ca. 466 BC, the bridge c. 1450 and the walls circa 1600.');
  assert.equal(find(t, 'ca. 466 BC').mod, 'APPROX');
  assert.equal(find(t, 'c. 1450').value, '1450');
  assert.equal(find(t, 'circa 1600').mod, 'APPROX');
});

test('more widened expressions: "later in 1792", "the latter part of the year", "the year 1950", "night-time"', () => {
  const t = tag('Later in 1792 the king fled. In the latter part of the year the army retreated by a night-time march. The year 1950 began quietly.');
  assert.equal(find(t, 'Later in 1792').mod, 'END');
  assert.equal(find(t, 'the latter part of the year').mod, 'END');
  assert.equal(find(t, 'night-time').value, 'XXXX-XX-XXTNI');
  assert.equal(find(t, 'The year 1950').value, '1950');
});

test('a meridiem written without dots leaves the full stop to the sentence', () => {
  const t = tag('The garrison surrendered on May 8 1:00AM. The guns fell silent.', undefined, 'narrative');
  assert.equal(find(t, 'May 8 1:00AM').type, 'TIME');
});

test('lengths qualifying a noun: "a month-long siege", "3 year long war", "decades-long feud"', () => {
  const t = tag('After a month-long siege and a 3 year long war, the decades-long feud ended.');
  assert.equal(find(t, 'month-long').value, 'P1M');
  assert.equal(find(t, '3 year long').value, 'P3Y');
  assert.equal(find(t, 'decades-long').value, 'PXDE');
});

test('"the last two weeks of February 1951" is one stretch in a history, a stretch and a date in news', () => {
  const history = tag('In the last two weeks of February 1951 the front held, as it had for the first ten months of 1915.');
  assert.equal(find(history, 'the last two weeks of February 1951').value, 'P2W');
  assert.equal(find(history, 'the first ten months of 1915').value, 'P10M');
  const news = tag('Profit rose 8% in the first nine months of 1997, the company said.', '1998-02-06');
  assert.equal(find(news, 'the first nine months').value, 'P9M');
  assert.equal(find(news, '1997').value, '1997');
});

test('a period named in title case leaves its article to the name: "the Seven Years War"', () => {
  const t = tag('After the Seven Years War and the Hundred Days, the two years that followed were quiet.');
  assert.equal(find(t, 'Seven Years').value, 'P7Y');
  assert.equal(find(t, 'Hundred Days').value, 'P100D');
  assert.equal(find(t, 'the two years').value, 'P2Y');
});

test('"the following months", "the intervening years": stretches of unknown length', () => {
  const t = tag('Over the following months the insurgency grew, and in the intervening years it spread.');
  assert.equal(find(t, 'the following months').value, 'PXM');
  assert.equal(find(t, 'the intervening years').value, 'PXY');
});

test('moveable and more fixed holidays: Easter by the computus, Columbus Day, Presidents\' Day, Valentine\'s Day', () => {
  const t = tag('The rising began on Easter Monday 1916; Easter 2024 fell on the last day of March, and Good Friday 2013 on 29 March.');
  assert.equal(find(t, 'Easter Monday 1916').value, '1916-04-24');
  assert.equal(find(t, 'Easter 2024').value, '2024-03-31');
  assert.equal(find(t, 'Good Friday 2013').value, '2013-03-29');
  const news = tag('Banks close on Columbus Day and on Valentine\'s Day nothing closes.', '2013-10-01');
  assert.equal(find(news, 'Columbus Day').value, '2013-10-14');
  assert.equal(find(news, "Valentine's Day").value, '2014-02-14');
  assert.ok(!tag('It was a good year.', '2013-10-01').some((x) => x.text.startsWith('good')));
  assert.equal(find(tag('Protesters prayed as Easter week began.', '2000-04-17'), 'Easter week').value, '2000-W16');
});

test('the era written once holds for both years of a range: "431–404 BC", "264 to 241 BC"', () => {
  const t = tag('The war (431–404 BC) ended Athenian power. Carthage fought Rome from 264 to 241 BC. Rome grew between 30 and 45 AD.');
  assert.equal(find(t, '431').value, 'BC0431');
  assert.equal(find(t, '404 BC').value, 'BC0404');
  assert.equal(find(t, '264').value, 'BC0264');
  assert.equal(find(t, '30').value, '0030');
  // BC years run down: "3-5 BC" is no range of years
  const counts = tag('The herd grew from 3-5 BC cattle.');
  assert.ok(!counts.some((x) => x.text === '3'));
});

test('"the following April", "the previous March": the next or last such month from the story', () => {
  const history = tag('In 1805 the army marched east. Austria gave in the following April. By September 1806, the previous March seemed long ago.');
  assert.equal(find(history, 'the following April').value, '1806-04');
  assert.equal(find(history, 'the previous March').value, '1806-03');
  const news = tag('He was arrested in June 1997 and tried the following April.', '1999-01-10');
  assert.equal(find(news, 'the following April').value, '1998-04');
});

test('"last" as a verb stays out of the stretch: "meant to last fifty years"', () => {
  const t = tag('The truce was meant to last fifty years; the talks could last several days. Prices rose during the last two weeks.');
  assert.equal(find(t, 'fifty years').value, 'P50Y');
  assert.equal(find(t, 'several days').value, 'PXD');
  assert.equal(find(t, 'the last two weeks').value, 'P2W');
});

test('"another decade": one more of the unit, a stretch', () => {
  const t = tag('The siege dragged on for another decade, and the garrison held out another year.');
  assert.equal(find(t, 'another decade').value, 'P10Y');
  assert.equal(find(t, 'another year').type, 'DURATION');
});

test('"mid-March", "mid-May": the hyphened modifier is the cue a bare ambiguous month needs', () => {
  const t = tag('Hearings were held in mid-March and again in mid-May.', '1999-06-08');
  assert.equal(find(t, 'mid-March').value, '1999-03');
  assert.equal(find(t, 'mid-March').mod, 'MID');
  assert.equal(find(t, 'mid-May').value, '1999-05');
  assert.ok(!tag('The Anti-March group met.', '1999-06-08').some((x) => x.text.includes('March')));
});

test('24-hour clocks told by a zone or "hours": "0800 GMT", "at 0430 hours"; not "1200 hours of work" nor a bracketed conversion', () => {
  const t = tag('Trading opened at 0800 GMT, and the raid began at 0430 hours. Crews logged 1200 hours of flying. The blast came at 10:35 a.m. (0735 GMT) Friday.', '1998-08-08');
  assert.equal(find(t, '0800 GMT').value, '1998-08-08T08:00');
  assert.equal(find(t, '0430 hours').value, '1998-08-08T04:30');
  assert.ok(!t.some((x) => x.text.startsWith('1200') || x.text.startsWith('0735')));
});

test('"every winter", "each January": a season or month of every year', () => {
  const t = tag('Every winter since 1992 the pipes froze, and each January the council met.', '1998-11-26');
  assert.equal(find(t, 'Every winter').value, 'XXXX-WI');
  assert.equal(find(t, 'each January').type, 'SET');
  assert.equal(find(t, 'each January').value, 'XXXX-01');
});

test('"the first quarter of next year": a quarter of a year named from now', () => {
  const t = tag('Wages will be paid by the end of the first quarter of next year; profit fell in the fourth quarter of last year.', '1998-11-26');
  assert.equal(find(t, 'the end of the first quarter of next year').value, '1999-Q1');
  assert.equal(find(t, 'the fourth quarter of last year').value, '1997-Q4');
});

test('"a decade before that": a move counted from the date just told takes "that" with it', () => {
  const t = tag('In 1992 a smaller quake killed hundreds. A decade before that, thousands died in the east.');
  assert.equal(find(t, 'A decade before that').value, '198');
  // short units stay lengths in news ("two days later" is tagged "two days")
  const news = tag('The army came in June. Two days after that the rain began.', '1999-08-17');
  assert.equal(find(news, 'Two days').type, 'DURATION');
});

test('"the night of 1–2 May", "of 28/29 July": one night, of its first day; "the night of 1–5 May" opens a range', () => {
  const t = tag('Argentina invaded on 2 April 1982. On the night of 1–2 May, a bomber struck the airfield.');
  const night = find(t, 'the night of 1–2 May');
  assert.equal(night.value, '1982-05-01TNI');
  assert.equal(night.type, 'TIME');
  assert.equal(t.length, 2);
  assert.equal(find(tag('In 1588 the fleet waited. On the night of 28/29 July the fireships drifted in.'), 'the night of 28/29 July').value, '1588-07-28TNI');
  const nights = tag('Argentina invaded on 2 April 1982. On the night of 1–5 May, bombers struck the airfield.');
  assert.deepEqual(find(nights, 'the night of 1').range, { begin: '1982-05-01TNI', end: '1982-05-05' });
});

test('days of history known by name: "D-Day", "V-E Day"', () => {
  const t = tag('On D-Day the Allies landed in Normandy; V-E Day was celebrated in London. I\'d like to see the V-8 engine.');
  assert.equal(find(t, 'D-Day').value, '1944-06-06');
  assert.equal(find(t, 'V-E Day').value, '1945-05-08');
  assert.equal(t.length, 2);
});

test('"the morning of Sunday, 7 December 1941" is a time; news tags only the day of "the night of Friday, Oct. 23"', () => {
  const history = tag('Early on the morning of Sunday, 7 December 1941, aircraft struck Pearl Harbor.');
  const morning = find(history, 'the morning of Sunday, 7 December 1941');
  assert.equal(morning.type, 'TIME');
  assert.equal(morning.value, '1941-12-07TMO');
  const news = tag('The fire broke out on the night of Friday, Oct. 23, officials said.', '1998-11-21');
  assert.equal(find(news, 'Friday, Oct. 23').value, '1998-10-23');
});

test('decades take their article and may carry an era: "the 1870s", "the 470s BC"', () => {
  const t = tag('In the 1870s the railways spread. Throughout the 470s BC the League campaigned; a decade later it was an empire.');
  assert.equal(find(t, 'the 1870s').value, '187');
  const bc = find(t, 'the 470s BC');
  assert.equal(bc.value, 'BC047');
  assert.equal(bc.edtf, '-047X');
  assert.equal(find(t, 'a decade later').value, 'BC046');
});

test('an amount per unit: a length in a history ("30 a day"), untagged in news', () => {
  const text = 'Attacks averaged 30 a day, and aid fell to $700 million a year.';
  assert.deepEqual(tag(text).map((x) => [x.text, x.value]), [['a day', 'P1D'], ['a year', 'P1Y']]);
  assert.equal(tag(text, '2006-01-10').length, 0);
});

test('"weekly" before a preposition is the adverb, a set; before a noun an adjective', () => {
  const t = tag('Crowds gathered weekly after prayers to hear the weekly address.', '2009-05-01');
  assert.equal(t.filter((x) => x.text === 'weekly').length, 1);
  assert.equal(find(t, 'weekly').value, 'XXXX-WXX');
});

test('a modifier bounds the count of a single move: "less than a year later", "nearly a year later"', () => {
  const t = tag('The city fell in 1813. Less than a year later the emperor abdicated, and nearly a year later he returned.');
  const less = find(t, 'Less than a year later');
  assert.equal(less.mod, 'LESS_THAN');
  assert.equal(less.value, '1814');
});

test('clock times with the half of the day after them: "3:02 in the morning", "11:45 at night"', () => {
  const t = tag('The quake struck at 3:02 in the morning; the last aftershock came at 11:45 at night.', '1999-08-17');
  assert.equal(find(t, '3:02 in the morning').value, '1999-08-17T03:02');
  assert.equal(find(t, '11:45 at night').value, '1999-08-17T23:45');
});

test('a four-digit number before a time zone is no year: "(1500 GMT)"', () => {
  const t = tag('The talks opened at 10 a.m. (1500 GMT) on Monday.', '2001-11-05');
  assert.ok(!t.some((x) => x.value === '1500'));
});

test('a month told in the future tense is not one already past this year', () => {
  const t = tag('The House will vote in June.', '1999-10-14');
  assert.equal(find(t, 'June').value, '2000-06');
});

test('"a single week", "in decades", "the years that followed": lengths', () => {
  const t = tag('Three defeats came in a single week. No free vote had been held in decades. In the years that followed, peace held.', '2004-09-17');
  assert.equal(find(t, 'a single week').value, 'P1W');
  assert.equal(find(t, 'decades').value, 'PXDE');
  assert.equal(find(t, 'the years that followed').value, 'PXY');
});

test('a length written in parts is one: "two years and eight months", "3 hours, 20 minutes"', () => {
  const t = tag('The war had lasted two years and eight months; the last battle took 3 hours, 20 minutes, and the siege three years, two months and six days.');
  assert.equal(find(t, 'two years and eight months').value, 'P2Y8M');
  assert.equal(find(t, '3 hours, 20 minutes').value, 'PT3H20M');
  assert.equal(find(t, 'three years, two months and six days').value, 'P3Y2M6D');
  // parts out of order are two lengths
  assert.equal(tag('for six months and two years').length, 2);
});

test('a set keeps its frequency: "twice a year", "three times a week"', () => {
  const t = tag('The board meets twice a year and the staff three times a week.', '2000-01-01');
  assert.equal(find(t, 'twice a year').value, 'P1Y');
  assert.equal(find(t, 'three times a week').type, 'SET');
});

test('"for nearly a decade afterwards" is a stretch, not a date a decade on', () => {
  const t = tag('The war ended in 1880; for nearly a decade afterwards the border was contested.');
  const stretch = find(t, 'nearly a decade');
  assert.equal(stretch.type, 'DURATION');
  assert.equal(stretch.mod, 'LESS_THAN');
});

test('"every four years", "every 18 months", "every other week": sets with a count', () => {
  const t = tag('Elections are held every four years, audits every 18 months and meetings every other week.', '2004-01-01');
  assert.equal(find(t, 'every four years').value, 'P4Y');
  assert.equal(find(t, 'every four years').type, 'SET');
  assert.equal(find(t, 'every 18 months').value, 'P18M');
  assert.equal(find(t, 'every other week').value, 'P2W');
});

test('"140 miles per hour" is a speed and "a quarter point" a size; "the year before" a date', () => {
  const t = tag('Winds reached 140 miles per hour and the bank cut rates by a quarter point. Wages rose 8 percent in 2009, after 5 percent the year before.', '2010-03-03');
  assert.deepEqual(t.map((x) => x.text), ['2009', 'the year before']);
  assert.equal(find(t, 'the year before').value, '2008');
});

test('three-digit years in a history after a word that introduces a year: "in 476", "from 476 to 493"', () => {
  const t = tag('Rome was sacked in 410 and again in 455; Odoacer ruled Italy from 476 to 493. Attacks numbered between 200 and 300 per week, in 300 villages.');
  assert.deepEqual(t.filter((x) => x.type === 'DATE').map((x) => x.value), ['0410', '0455', '0476', '0493']);
  // news has no such years
  assert.equal(tag('Rome was sacked in 410.', '2001-01-01').length, 0);
});

test('"May the 3rd, 1808", "June the third"; not "March the third army"', () => {
  const t = tag('On May the 3rd, 1808, the rebels were shot. It ended on June the third. In March the third army attacked.');
  assert.equal(find(t, 'May the 3rd, 1808').value, '1808-05-03');
  assert.equal(find(t, 'June the third').value, '1808-06-03');
  assert.equal(find(t, 'March').value, '1808-03');
});

test('"the winter of 1846–47" is one winter, named by the year it ends in', () => {
  assert.equal(find(tag('During the winter of 1846–47 famine spread.'), 'the winter of 1846–47').value, '1847-WI');
  assert.equal(find(tag('In the winter of 1941/42 the front froze.'), 'the winter of 1941/42').value, '1942-WI');
  assert.equal(find(tag('In the winter of 424/423 BC the general fled.'), 'the winter of 424/423 BC').value, 'BC0423-WI');
});

test('"the closing months of 1989", "the first weeks of 1945": the end or start of the year', () => {
  const t = tag('In the closing months of 1989 the regimes fell; in the first weeks of 1945 the front moved west.');
  assert.equal(find(t, 'the closing months of 1989').mod, 'END');
  assert.equal(find(t, 'the first weeks of 1945').mod, 'START');
});

test('"a half-century": fifty years, and "a half century later" fifty years on', () => {
  const t = tag('The city was founded in 1900. A half century later it was rebuilt, and over the next half-century it grew.');
  assert.equal(find(t, 'A half century later').value, '1950');
  assert.equal(find(t, 'the next half-century').value, 'P50Y');
});

test('"the first half of the 19th century", "the last quarter of the 18th century": the century, with its start or end', () => {
  const t = tag('Europe changed in the second half of 1848. The last quarter of the 18th century was calmer; the first half of the 19th century saw growth.');
  assert.equal(find(t, 'the second half of 1848').value, '1848-H2');
  const last = find(t, 'The last quarter of the 18th century');
  assert.equal(last.value, '17');
  assert.equal(last.mod, 'END');
  assert.equal(find(t, 'the first half of the 19th century').mod, 'START');
});

test('"over a year", "some fifty years" hold their modifier; "over three years" is mostly across them, "over the past decade" no bound', () => {
  const t = tag('The siege lasted over a year; some fifty years later the city was rebuilt. Costs were spread over three years and rose over the past decade.', '2000-01-01');
  assert.equal(find(t, 'over a year').mod, 'MORE_THAN');
  assert.equal(find(t, 'three years').mod, undefined);
  assert.equal(find(t, 'the past decade').mod, undefined);
  const history = tag('Carthage fought on for some eight years.');
  assert.equal(find(history, 'some eight years').mod, 'APPROX');
});

test('Easter before the Gregorian reform is the Julian one, in the Julian dates the sources write', () => {
  const t = tag('The armies met on Palm Sunday, 29 March 1461, and again on Easter Sunday 1471.');
  assert.equal(find(t, 'Palm Sunday, 29 March 1461').value, '1461-03-29');
  assert.equal(find(t, 'Easter Sunday 1471').value, '1471-04-14');
});

test('Palm Sunday of 1461 by the Julian computus is 29 March', () => {
  assert.equal(find(tag('The armies met on Palm Sunday 1461.'), 'Palm Sunday 1461').value, '1461-03-29');
});

test('dates in digits written day first: "26/12/2004", "22.8.1968"; US order stays the slash default', () => {
  const t = tag('Photos dated 22.8.1968, 26/12/2004, 12.26.2009 and 2/14/1999.');
  assert.equal(find(t, '22.8.1968').value, '1968-08-22');
  assert.equal(find(t, '26/12/2004').value, '2004-12-26');
  assert.equal(find(t, '12.26.2009').value, '2009-12-26');
  assert.equal(find(t, '2/14/1999').value, '1999-02-14');
});

test('a date in digits that reads both ways is read as the document writes its dates: day first in a British report, month first in an American one', () => {
  const british = tag('The council met on 14/02/2022 and will vote on 03/04/2022.');
  assert.equal(find(british, '03/04/2022').value, '2022-04-03');
  assert.equal(find(tag('The council met on 14 February and will vote on 03/04/2022.'), '03/04/2022').value, '2022-04-03');
  assert.equal(find(tag('The council met on February 14 and will vote on 03/04/2022.'), '03/04/2022').value, '2022-03-04');
  // dots stay day first unless the document shows month first
  assert.equal(find(tag('Stamped 03.04.2022.'), '03.04.2022').value, '2022-04-03');
  assert.equal(find(tag('Stamped 12.26.2021 and 03.04.2022.'), '03.04.2022').value, '2022-03-04');
});

test('"two and a half years", "four uneasy years", "three bloody days": counts with a half or a word of feeling', () => {
  const t = tag('After four uneasy years of truce and three bloody days of fighting, the war lasted two and a half years.');
  assert.equal(find(t, 'four uneasy years').value, 'P4Y');
  assert.equal(find(t, 'three bloody days').value, 'P3D');
  assert.equal(find(t, 'two and a half years').value, 'P2Y6M');
});

test('"the night of 4/5 June": a slash joins the days of a night like a dash', () => {
  const t = tag('The siege began in May 1900. On the night of 4/5 June the garrison broke out.');
  assert.equal(find(t, 'the night of 4/5 June').value, '1900-06-04TNI');
});

test('bare plural units after "took" or "may last" are stretches, and "after weeks of" in histories', () => {
  const history = tag('After weeks of reorganisation the army attacked; recovery took decades, and the fighting may last weeks.');
  assert.deepEqual(history.map((x) => [x.text, x.value]), [['weeks', 'PXW'], ['decades', 'PXDE'], ['weeks', 'PXW']]);
  assert.deepEqual(tag('After weeks of sparring the two met.', '2000-02-24').map((x) => x.text), []);
});

test('"1 March every year" is one set; "1,425 days" a count of days', () => {
  const t = tag('The siege lasted 1,425 days, and the nation marks 1 March every year.');
  assert.equal(find(t, '1,425 days').value, 'P1425D');
  const set = find(t, '1 March every year');
  assert.equal(set.type, 'SET');
  assert.equal(set.value, 'XXXX-03-01');
});

test('"every morning", "each night", "every Thursday evening": parts of day that recur are sets', () => {
  const t = tag('He wrote every morning, walked each night and met his editor every Thursday evening.');
  assert.deepEqual(t.map((x) => [x.text, x.type, x.value]), [
    ['every morning', 'SET', 'XXXX-XX-XXTMO'],
    ['each night', 'SET', 'XXXX-XX-XXTNI'],
    ['every Thursday evening', 'SET', 'XXXX-WXX-4TEV'],
  ]);
});

test('a day of the year that recurs is a set: "every 13 March", "each June 14", "every year on 27 May", "every May"', () => {
  const t = tag('The war ended in 1940. It is remembered every 13 March, each June 14, every year on 27 May and every May.');
  for (const [text, value] of [['every 13 March', 'XXXX-03-13'], ['each June 14', 'XXXX-06-14'], ['every year on 27 May', 'XXXX-05-27'], ['every May', 'XXXX-05']]) {
    const x = find(t, text);
    assert.equal(x.type, 'SET', text);
    assert.equal(x.value, value, text);
  }
});

test('hours written in words: "two o\'clock in the afternoon", "at nine in the morning", "by eleven at night"', () => {
  const t = tag('On 30 January 1649 the king walked out at about two o\'clock in the afternoon; the gates opened at nine in the morning and shut by eleven at night.');
  assert.equal(find(t, "two o'clock in the afternoon").value, '1649-01-30T14:00');
  assert.equal(find(t, "two o'clock in the afternoon").mod, 'APPROX');
  assert.equal(find(t, 'nine in the morning').value, '1649-01-30T09:00');
  assert.equal(find(t, 'eleven at night').value, '1649-01-30T23:00');
  // a number of people is no hour
  assert.deepEqual(tag('Three in the crowd were hurt.').map((x) => x.text), []);
});

test('"the 1800s" is the 19th century, "the 2000s" the decade', () => {
  const t = tag('By the late 1800s the town had three mills; in the 2000s it had none.');
  assert.equal(find(t, 'the late 1800s').value, '18');
  assert.equal(find(t, 'the late 1800s').mod, 'END');
  assert.equal(find(t, 'the 2000s').value, '200');
});

test('"the final quarter of 1988" is its fourth quarter, "the last half of 1989" its second half', () => {
  const t = tag('In the final quarter of 1988 stocks drifted, and the last half of 1989 was calm.', '1990-01-05');
  assert.equal(find(t, 'the final quarter of 1988').value, '1988-Q4');
  assert.equal(find(t, 'the last half of 1989').value, '1989-H2');
});

test('"18 March the first British units": a day written before the month keeps "the first" out of the date', () => {
  const t = tag('The war began in 1991. On 18 March the first British units landed.');
  assert.equal(find(t, '18 March').value, '1991-03-18');
});

test('no time in "overnight rates", "up to date" or "year to date"; "to date" alone is now', () => {
  const t = tag('The Fed cut overnight rates; the list is up to date and sales are up 5% year to date. To date, no one has paid.', '2021-01-04');
  assert.deepEqual(t.map((x) => [x.text, x.value]), [['date', 'PRESENT_REF']]);
});

test('a month joined to another is a month even where it could be a march: "for March and April"', () => {
  const t = tag('The company said sales would be weak for March and April.', '1991-03-01');
  assert.deepEqual(t.map((x) => x.text), ['March', 'April']);
});

test('"18 days from now" is a date counted from the report, "just over three days" a bound with "just" left out', () => {
  const t = tag('He will take office on Jan. 20, 18 days from now, after a count that lasted just over three days.', '2021-01-02');
  assert.equal(find(t, '18 days from now').value, '2021-01-20');
  assert.equal(find(t, 'over three days').mod, 'MORE_THAN');
});

test('"from 1990 to the present" and "2015 to present" end now; "to present the award" is a verb', () => {
  const t = tag('He served from 1990 to the present, she from 2015 to present; they came to present the award.');
  assert.deepEqual(t.map((x) => [x.text, x.value]), [['1990', '1990'], ['the present', 'PRESENT_REF'], ['2015', '2015'], ['present', 'PRESENT_REF']]);
});

test('rates and speeds are no lengths of time: "60 miles an hour"; "slightly over the next 48 hours" is across them', () => {
  const t = tag('Winds reached 60 miles an hour and will weaken slightly over the next 48 hours.', '2017-09-08');
  assert.deepEqual(t.map((x) => [x.text, x.mod]), [['the next 48 hours', undefined]]);
});

test('"the week after next", "the day after tomorrow", "the year before last" are two units from now; "the day before last Tuesday" is not', () => {
  const t = tag('Congress returns the week after next, the vote is the day after tomorrow, sales fell the year before last, and he left the day before last Tuesday.', '1998-11-03');
  assert.equal(find(t, 'the week after next').value, '1998-W47');
  assert.equal(find(t, 'the day after tomorrow').value, '1998-11-05');
  assert.equal(find(t, 'the year before last').value, '1996');
  assert.equal(t.some((x) => x.text === 'the day before last'), false);
});

test('"every few weeks" and "every other Thursday" are sets', () => {
  const t = tag('They meet every few weeks and every other Thursday.', '1998-11-03');
  assert.deepEqual(t.map((x) => [x.text, x.type, x.value]), [['every few weeks', 'SET', 'PXW'], ['every other Thursday', 'SET', 'XXXX-WXX-4']]);
});

test('another calendar\'s new year ("the Lunar New Year", "Chinese New Year 2020") is placed in its year, never on 1 January', () => {
  const t = tag('In 1968, during the Lunar New Year holiday, the offensive began. Chinese New Year 2020 was spent in lockdown. New Year\'s Day 1969 was quiet.');
  assert.equal(find(t, 'Lunar New Year').value, '1968');
  assert.deepEqual(find(t, 'Lunar New Year').implied, ['year']);
  assert.equal(find(t, 'Chinese New Year 2020').value, '2020');
  assert.equal(find(t, "New Year's Day 1969").value, '1969-01-01');
});

test('May Day, All Saints\' Day and the English quarter days are holidays; "May Chen" and "All day" are not', () => {
  const t = tag('She died on May Day 1886. On All Saints\' Day 1755 Lisbon shook. Rents fell due at Michaelmas 1700 and on Lady Day 1701. May Chen spoke; all day they fought.');
  assert.equal(find(t, 'May Day 1886').value, '1886-05-01');
  assert.equal(find(t, "All Saints' Day 1755").value, '1755-11-01');
  assert.equal(find(t, 'Michaelmas 1700').value, '1700-09-29');
  assert.equal(find(t, 'Lady Day 1701').value, '1701-03-25');
  assert.equal(t.length, 4);
});

test('"every weekend" is a set of weekends; "the second half of the war" no half of a year; the last group of a telephone number no year', () => {
  const t = tag('He has visited every weekend. The second half of the war is studied. Call 1-888-872-2000 for updates; the war of 499-493 BC.', '2000-03-03');
  assert.deepEqual(t.map((x) => [x.text, x.value]), [['every weekend', 'XXXX-WXX-WE'], ['499', 'BC0499'], ['493 BC', 'BC0493']]);
});

test('"the decade that followed", "the decades since," and "a quarter-century" are stretches', () => {
  const t = tag('The war ended in 1990. In the decade that followed, the country rebuilt; in the decades since, historians have argued. For a quarter-century she ran it.');
  assert.equal(find(t, 'the decade that followed').value, 'P10Y');
  assert.equal(find(t, 'the decades since').value, 'PXDE');
  assert.equal(find(t, 'a quarter-century').value, 'P25Y');
});

test('the items listed after a set recur too: "every Tuesday and Thursday", "every spring and summer", "every Monday, Wednesday and Friday"', () => {
  const t = tag('Briefings are held every Tuesday and Thursday; every spring and summer the river floods; they meet every Monday, Wednesday and Friday.', '2000-06-06');
  for (const [text, value] of [['Thursday', 'XXXX-WXX-4'], ['summer', 'XXXX-SU'], ['Wednesday', 'XXXX-WXX-3'], ['Friday', 'XXXX-WXX-5']]) {
    assert.equal(find(t, text).type, 'SET', text);
    assert.equal(find(t, text).value, value, text);
  }
});

test('"the 12th and 13th centuries" are two centuries; "In May the 3rd Division landed" is May alone', () => {
  const t = tag('Trade grew in the 12th and 13th centuries. In May 1943 the 3rd Division landed.');
  assert.equal(find(t, 'the 12th').value, '11');
  assert.equal(find(t, '13th centuries').value, '12');
  assert.equal(t.some((x) => x.text.includes('3rd')), false);
});

test('weekdays in the plural and with a plural part of day recur: "on Saturdays", "Tuesday nights"', () => {
  const t = tag('The shop is open on Saturdays and closed on Mondays; the club meets Tuesday nights and Saturday mornings.', '2019-04-08');
  assert.deepEqual(t.map((x) => [x.text, x.type, x.value]), [
    ['Saturdays', 'SET', 'XXXX-WXX-6'],
    ['Mondays', 'SET', 'XXXX-WXX-1'],
    ['Tuesday nights', 'SET', 'XXXX-WXX-2TNI'],
    ['Saturday mornings', 'SET', 'XXXX-WXX-6TMO'],
  ]);
});

test('clocks: "midnight EST Friday" is one time of that Friday; the British "10.30am" is a clock, "4.30 percent" no clock', () => {
  const t = tag('The offer was extended until midnight EST Friday. The service begins at 10.30am on Tuesday; rates rose 4.30 percent.', '1989-11-08');
  assert.equal(find(t, 'midnight EST Friday').value, '1989-11-10T24');
  assert.equal(find(t, '10.30am').value, '1989-11-14T10:30');
  assert.equal(t.some((x) => x.text.includes('4.30')), false);
});

test('"the weekend of 17 August" is the weekend of the week holding that day', () => {
  const t = tag('The season starts on the weekend of 17 August.', '2013-05-20');
  assert.equal(find(t, 'the weekend of 17 August').value, '2013-W33-WE');
});

test('news: "a year ago" after a past verb counts from the report, in a comparison from the quarter told', () => {
  const t = tag('It lost money in the first half of 1989. The agency was created a year ago. Sales fell from $3 million a year ago.', '1990-08-22');
  assert.deepEqual(t.filter((x) => x.text === 'a year ago').map((x) => x.value), ['1989', '1988-H1']);
});

test('"this summer or fall", "hourly when", "midafternoon": a listed fall, an adverb before a clause, a part of the day', () => {
  const t = tag('A new phone may come this summer or fall. Forecasters update the track hourly when a storm nears land. Fans waited since midafternoon.', '2013-03-15');
  assert.equal(find(t, 'fall').value, '2013-FA');
  assert.equal(find(t, 'hourly').type, 'SET');
  assert.equal(find(t, 'midafternoon').value, '2013-03-15TAF');
});

test('"for more than a century afterwards" is a stretch; "by mid-morning some men" is the story\'s morning', () => {
  const t = tag('He arrived in 1833, and for more than a century afterwards the country was poor.');
  assert.equal(find(t, 'more than a century').value, 'P100Y');
  const m = tag('On 19 May 1915 the soldiers attacked. By mid-morning some men had fallen.');
  assert.equal(find(m, 'mid-morning').value, '1915-05-19TMO');
});

test('"every single day" is a set; "in the final weeks" a stretch ("the final months of 1989" still that year\'s end)', () => {
  const t = tag('We will campaign every single day. The campaign spent heavily in the final weeks.', '2013-09-11');
  assert.equal(find(t, 'every single day').type, 'SET');
  assert.equal(find(t, 'the final weeks').value, 'PXW');
  assert.equal(find(tag('Demand was weak in the final months of 1989.', '1990-03-14'), 'the final months of 1989').value, '1989');
});

test('three-digit years in histories: after a month, a day or a season, in dashed ranges, "by 651", "In 610 Heraclius", "the 630s"', () => {
  const t = tag('The war of 602–628 was long. In November 602 Maurice was overthrown. In 610 Heraclius sailed. In the spring of 622 he left, and in the summer of 626 an army came. The siege (622–627) ended on 25 February 628. The empire collapsed by 651. In the 630s Arab armies came.');
  assert.deepEqual(t.map((x) => x.value), ['0602', '0628', '0602-11', '0610', '0622-SP', '0626-SU', '0622', '0627', '0628-02-25', '0651', '063']);
  // counts stay counts, and an era still goes with its year
  const counts = tag('In May 1915 the line held. In May 300 soldiers died; a force of 300–400 men, a low in January of 114 to over 250.');
  assert.deepEqual(counts.map((x) => x.text), ['May 1915', 'May', 'January']);
  assert.equal(find(tag('In April 480 BC the fleet sailed.'), 'April 480 BC').value, 'BC0480-04');
});

test('a BC winter across two years is one winter, named by the year it ends in', () => {
  const t = tag('During the winter of 218–217 BC Hannibal rested. The following spring he crossed the Apennines.');
  assert.equal(find(t, 'the winter of 218–217 BC').value, 'BC0217-WI');
  assert.equal(find(t, 'The following spring').value, 'BC0217-SP');
});

test('"the first Monday in October", "the last Friday of March 1990": that weekday of the month', () => {
  const t = tag('The court will return on the first Monday in October. The last Friday of March 1990 was quiet. Congress met on the first Monday of August of the year 1820.', '1989-07-03');
  assert.equal(find(t, 'the first Monday in October').value, '1989-10-02');
  assert.equal(find(t, 'The last Friday of March 1990').value, '1990-03-30');
  assert.equal(find(t, 'the first Monday of August of the year 1820').value, '1820-08-07');
});

test('"on weekends" recurs, as "on Saturdays" does', () => {
  assert.equal(find(tag('The mall is usually crowded on weekends.', '2013-09-22'), 'weekends').value, 'XXXX-WXX-WE');
});

test('histories: "for the next decade" is a stretch (P10Y), as WikiWars gives it; news dates it', () => {
  assert.equal(find(tag('In 1976 the rebels retreated and fought a guerrilla campaign for the next decade.'), 'the next decade').value, 'P10Y');
  assert.equal(find(tag('The plant will stay shut for the next month.', '2013-04-19'), 'the next month').type, 'DATE');
  assert.equal(find(tag('Defeated in 1895, the navy spent the next decade rebuilding its fleet.'), 'the next decade').value, 'P10Y');
  assert.equal(find(tag('In 1933 the army advanced. Over the next year it pushed west.'), 'the next year').value, 'P1Y');
});

test('"seven days a week", "eight hours a day" are sets, as "twice a week" is', () => {
  const t = tag('Crews will work seven days a week and eight hours a day.', '2013-04-10');
  assert.deepEqual(t.map((x) => [x.text, x.type, x.value]), [['seven days a week', 'SET', 'P1W'], ['eight hours a day', 'SET', 'P1D']]);
});

test('"would one day join" is some day ahead, no day-long stretch', () => {
  assert.equal(find(tag('He said the country would one day join the union.', '1999-10-14'), 'one day').value, 'FUTURE_REF');
  assert.equal(find(tag('The talks lasted one day.', '1999-10-14'), 'one day').value, 'P1D');
});

test('counts said with "hundred and" are whole: "a hundred and thirty years", "two hundred and thirty-five days"', () => {
  const t = tag('Nothing like it had happened for a hundred and thirty years; the siege lasted two hundred and thirty-five days.', '1998-12-19');
  assert.equal(find(t, 'a hundred and thirty years').value, 'P130Y');
  assert.equal(find(t, 'two hundred and thirty-five days').value, 'P235D');
});

test('broadcast forms: spoken days after or before the month, and decades in words', () => {
  const t = tag('The vote is on the twenty-second of May, and the rally on Saturday, November seventh. Crowds were bigger in the late nineteen-sixties.', '1998-04-10');
  assert.equal(find(t, 'the twenty-second of May').value, '1998-05-22');
  assert.equal(find(t, 'Saturday, November seventh').value, '1998-11-07');
  assert.equal(find(t, 'the late nineteen-sixties').value, '196');
  // an ordinal that counts a noun after the month is no day
  const sales = tag('In May second-quarter sales rose.', '1998-04-10');
  assert.equal(find(sales, 'May').value, '1998-05');
});

test('clock times said in words with their minutes: "at eleven-thirty", "at seven-oh-five p.m."', () => {
  const t = tag('He speaks at eleven-thirty this morning; the vote is at seven-oh-five p.m. It was a six-thirty start.', '1998-04-10');
  assert.equal(find(t, 'eleven-thirty').value, '1998-04-10T11:30');
  assert.equal(find(t, 'seven-oh-five p.m.').value, '1998-04-10T19:05');
  // without a word that introduces a time, a hyphened pair is no clock
  assert.ok(!t.some((x) => x.text.includes('six-thirty')));
});

test('"every half hour" recurs every thirty minutes', () => {
  const t = tag('Forecasters will update the warning every half hour.', '1999-09-15');
  assert.equal(find(t, 'every half hour').type, 'SET');
  assert.equal(find(t, 'every half hour').value, 'PT30M');
});

test('"the early afternoon", "the late evening" carry their modifier', () => {
  const t = tag('On 13 September 1759 the attack came in the early afternoon and ended in the late evening.');
  assert.equal(find(t, 'the early afternoon').mod, 'START');
  assert.equal(find(t, 'the late evening').mod, 'END');
});

test('"early fall", "late fall", "until fall" are the season; "may fall by 5%" the verb', () => {
  const t = tag('They will act in early spring or late fall, and the ban stays until fall. Stocks may fall by 5%.', '1990-03-02');
  assert.equal(find(t, 'late fall').value, '1990-FA');
  assert.equal(find(t, 'fall').value, '1990-FA');
  assert.equal(t.filter((x) => x.text.endsWith('fall')).length, 2);
});

test('a spoken clock keeps the zone named after it: "at eleven-thirty Eastern tonight"', () => {
  const t = tag('He will speak at eleven-thirty Eastern tonight.', '1998-08-07');
  assert.equal(find(t, 'eleven-thirty Eastern').value, '1998-08-07T23:30');
});

test('"the last couple of days", "the next couple of years" are two of the unit', () => {
  const t = tag('Polls taken in the last couple of days show support; rates may rise over the next couple of years.', '1998-12-17');
  assert.equal(find(t, 'the last couple of days').value, 'P2D');
  assert.equal(find(t, 'the next couple of years').value, 'P2Y');
});

test('a spoken year after the comma joins its date: "the ninth of November, nineteen eighty-nine"', () => {
  const t = tag('The wall fell on the ninth of November, nineteen eighty-nine.', '1999-11-09');
  assert.equal(find(t, 'the ninth of November, nineteen eighty-nine').value, '1989-11-09');
});

test('"the last quarter of this year", "the final quarter of the year", "the last half of this year"', () => {
  const t = tag('The audit covers the last quarter of this year; sales rose in the last half of this year.', '2013-11-21');
  assert.equal(find(t, 'the last quarter of this year').value, '2013-Q4');
  assert.equal(find(t, 'the last half of this year').value, '2013-H2');
});

test('"every year in late February", "each year in June": that month of every year, one set', () => {
  const t = tag('The battle ended in March 1916. Every year in late February a ceremony is held, and each year in June the town floods.');
  assert.equal(find(t, 'Every year in late February').value, 'XXXX-02');
  assert.equal(find(t, 'Every year in late February').mod, 'END');
  assert.equal(find(t, 'each year in June').value, 'XXXX-06');
});

test('"the spring of last year" is one date; "February twenty-third" keeps its day before a verb; "from now on" is no move', () => {
  const t = tag('We have waited since the spring of last year. The accord signed on February twenty-third promised access, with rallies twice a day from now on.', '1999-06-08');
  assert.equal(find(t, 'the spring of last year').value, '1998-SP');
  assert.equal(find(t, 'February twenty-third').value, '1999-02-23');
  assert.equal(find(t, 'twice a day').type, 'SET');
  assert.ok(!t.some((x) => x.text === 'a day from now'));
});

test('"In October the Second Army landed" names an army, no day; "On June the second they met" is a day', () => {
  const t = tag('In 1894 the war began. In October the Second Army landed. On June the second they met.');
  assert.equal(find(t, 'October').value, '1894-10');
  assert.equal(find(t, 'June the second').value, '1894-06-02');
});

test('"the day after Christmas", "the day before Thanksgiving", "the day after March 3": the day next to a named day, one expression', () => {
  const t = tag('Volume was the thinnest since the day after Christmas. The wells were reopened the day before Thanksgiving. He left the day after March 3.', '1989-11-30');
  assert.deepEqual(t.map((x) => [x.text, x.value]), [['the day after Christmas', '1988-12-26'], ['the day before Thanksgiving', '1989-11-22'], ['the day after March 3', '1989-03-04']]);
});

test('"by midsummer", "midwinter", "midyear", "midweek": the middle of the period written as one word', () => {
  const t = tag('The decline would end by midsummer; midyear results came, and trading slowed midweek.', '2000-04-15');
  assert.deepEqual(t.map((x) => [x.text, x.value, x.mod]), [['midsummer', '2000-SU', 'MID'], ['midyear', '2000', 'MID'], ['midweek', '2000-W15', 'MID']]);
});

test('a bare hour in words before its day is a clock, as "at 5 this morning" is: "at nine tomorrow morning" (one time with its part of day), "at eight tonight"', () => {
  assert.equal(find(tag('The debate begins at nine tomorrow morning.', '1998-12-16'), 'nine tomorrow morning').value, '1998-12-17T09:00');
  assert.equal(find(tag('We go live at eight tonight.', '1998-12-16'), 'eight').value, '1998-12-16T20:00');
  // no cue before it, no clock: "nine this morning" alone may be a count
  assert.equal(tag('Nine this morning were hurt.', '1998-12-16').some((t) => t.text === 'Nine'), false);
});

test('British dotted clocks with a zone or after "at": "07.45 GMT", "at 19.30"; "4.30 percent" is a number', () => {
  const t = tag('The ferry left at 07.45 GMT. The statement came at 09.00 EDT. Shares rose 4.30 percent. He arrived at 19.30 and left.', '2014-11-09');
  assert.deepEqual(t.map((x) => [x.text, x.value]), [['07.45 GMT', '2014-11-09T07:45'], ['09.00 EDT', '2014-11-09T09:00'], ['19.30', '2014-11-09T19:30']]);
});

test('"March–April 2003": a month joined by an en dash to the next is a month too', () => {
  assert.deepEqual(tag('Invasion (March–April 2003)').map((x) => [x.text, x.value]), [['March', '2003-03'], ['April 2003', '2003-04']]);
});

test('"as soon as March", "as early as May": a month a thing may come by, not a verb or a name', () => {
  assert.equal(find(tag('A vote could come as soon as March.', '1989-10-27'), 'March').value, '1990-03');
});

test('"every Sunday at 10 a.m.", "every day at noon": the clock of each time the set recurs', () => {
  const t = tag('The band played every Sunday at 10 a.m. and every day at noon.', '1990-10-22');
  assert.deepEqual(t.map((x) => [x.text, x.type, x.value]), [['every Sunday at 10 a.m.', 'SET', 'XXXX-WXX-7T10:00'], ['every day at noon', 'SET', 'XXXX-XX-XXT12:00']]);
});

test('a spoken clock before the clause it opens: "At eight-thirty we go live", "at roughly ten-thirty local time"', () => {
  assert.equal(find(tag('At eight-thirty we go live.', '2000-11-08'), 'eight-thirty').value, '2000-11-08T08:30');
});

test('"every Feb. 6", "Every Sept. 16": a day of every year with its month abbreviated', () => {
  assert.equal(find(tag('Fans gather at the stadium every Feb. 6.', '2008-02-06'), 'every Feb. 6').value, 'XXXX-02-06');
});

test('the older ordinals "2d", "23d" of 19th-century print are days ("the act of March 2d, 1827", "the 23d of May"); "3D" films are no day', () => {
  const t = tag('Under the act of March 2d, 1827, the board met on the 23d of May. Sales of 3d films rose.', '1828-12-02');
  assert.equal(find(t, 'March 2d, 1827').value, '1827-03-02');
  assert.ok(find(t, 'the 23d of May').value.endsWith('-05-23'));
  assert.equal(t.length, 2);
});

test('"2100 Universal Time" is a clock in UTC, not the year 2100', () => {
  const t = tag('Reporting from Washington at 2100 Universal Time, this is the news.', '1998-05-28');
  assert.equal(find(t, '2100 Universal Time').value, '1998-05-28T21:00');
});

test('a British dotted clock before a day counted from now is a time ("at 9.15 this morning"); "at 4.30 on Friday" stays a number', () => {
  const t = tag('The country falls silent at 9.15 this morning. Shares closed at 4.30 on Friday.', '2016-10-21');
  assert.equal(find(t, '9.15').value, '2016-10-21T09:15');
  assert.equal(t.filter((x) => x.text.includes('4.30')).length, 0);
});

test('"the 1998 fiscal year" and "fiscal year 1976" are one fiscal year each, not a year and a length', () => {
  const t = tag('Output fell in the 1998 fiscal year, and outlays for fiscal year 1976 rose.', '1999-01-07');
  assert.equal(find(t, 'the 1998 fiscal year').value, '1998');
  assert.equal(find(t, 'fiscal year 1976').value, '1976');
  assert.equal(t.length, 2);
});

test('"within seconds" is a vague length; "came second" is no time', () => {
  const t = tag('The engine shut down within seconds. He came second.', '2000-02-09');
  assert.equal(find(t, 'seconds').value, 'PTXS');
  assert.equal(t.length, 1);
});

test('a caption glued to a credit in capitals or a camel-case credit keeps its opening words', () => {
  const t = tag('Troops reached the bridge on 4 May 1945.Photograph: Ana Kovac/TANJUGThe next day the town surrendered.Photograph: ArchivpixEach year on that day wreaths are laid.');
  assert.equal(find(t, 'The next day').value, '1945-05-05');
  assert.equal(find(t, 'Each year').type, 'SET');
  // a glued word alone, or a plural of capitals, stays a name
  assert.deepEqual(tag('Shares of MindSpring rose; the POWs were freed in 1973.').map((x) => x.text), ['1973']);
});

test('a bare plural unit opening a stretch before "of", "after" or "before" is a duration of unknown length', () => {
  const t = tag('The vote ended weeks of talks. Hours after the raid, crowds gathered, despite decades of calm.', '1999-05-20');
  assert.equal(find(t, 'weeks').value, 'PXW');
  assert.equal(find(t, 'Hours').value, 'PTXH');
  assert.equal(find(t, 'decades').value, 'PXDE');
  // "a matter of days before" and the second of "weeks or months" are left alone
  assert.deepEqual(tag('It is a matter of days before the money runs out.', '1999-05-20').map((x) => x.text), []);
});

test('"Coming" opening a sentence before a count is the verb, not part of the stretch ("Coming one day after the victory")', () => {
  const t = tag('The siege ended on 4 July 1863. Coming one day after the victory in the east, the surrender was a heavy blow. Over the coming two weeks the army rested.');
  assert.equal(find(t, 'one day').value, 'P1D');
  assert.equal(find(t, 'the coming two weeks').value, 'P2W');
});

test('"a half hour", "the last half hour", "a half-hour" are thirty minutes, and "the first half hour" no half of a year', () => {
  const t = tag('They waited a half hour. The side played the last half hour with ten men after a half-hour delay. Shares fell in the first half hour of trading, two and a half hours before the close.', '1998-07-12');
  assert.equal(find(t, 'a half hour').value, 'PT30M');
  assert.equal(find(t, 'the last half hour').value, 'PT30M');
  assert.equal(find(t, 'a half-hour').value, 'PT30M');
  assert.equal(find(t, 'the first half hour').value, 'PT30M');
  assert.equal(find(t, 'two and a half hours').value, 'PT2H30M');
});

test('a spoken hour after an afternoon or a p.m. clock in its sentence is past noon ("on Sunday afternoon, which ran past 5 o\'clock")', () => {
  assert.equal(find(tag('Talks on Sunday afternoon, which ran past 5 o\'clock, were tense.', '1995-11-20'), '5 o\'clock').value, '1995-11-19T17:00');
  assert.equal(find(tag('The jury came back at 3:40 p.m. and stayed until 8 o\'clock.', '1995-11-20'), '8 o\'clock').value, '1995-11-20T20:00');
  // written with digits, a clock long after the p.m. one is the next morning's
  assert.equal(find(tag('The market shut at 4 p.m. and opened again at 9:30.', '1995-11-20'), '9:30').value, '1995-11-20T09:30');
});

test('"Twenty-five years ago tomorrow", "... ago next month" are that day or month so many years back', () => {
  assert.equal(find(tag('Twenty-five years ago tomorrow, the border opened.', '2014-11-08'), 'Twenty-five years ago tomorrow').value, '1989-11-09');
  assert.equal(find(tag('Twenty-five years ago next month, the ground shook.', '2014-09-15'), 'Twenty-five years ago next month').value, '1989-10');
});

test('a clock, a weekday and a part of day are one time in that half of the day ("at 8:18 Wednesday evening")', () => {
  const t = tag('The jet took off at 8:18 Wednesday evening and the crew met at 10:30 Thursday morning.', '1998-09-04');
  assert.equal(find(t, '8:18 Wednesday evening').value, '1998-09-02T20:18');
  assert.equal(find(t, '10:30 Thursday morning').value, '1998-09-03T10:30');
});

test('a bare hour opening a range takes the half of the day the closing clock writes ("from 4 to 8 p.m.", "from 11 to 2 p.m.")', () => {
  const t = tag('Visitors are welcome on Thursday from 4 to 8 p.m. The stall opens from 11 to 2 p.m.', '2008-03-12');
  assert.equal(find(t, '4').value, '2008-03-13T16:00');
  assert.equal(find(t, '11').value.endsWith('T11:00'), true);
  assert.deepEqual(tag('Scores rose from 4 to 8 points.', '2008-03-12').map((x) => x.text), []);
});

test('"the first hour", "the final hour" of a session are stretches of one hour', () => {
  const t = tag('The index jumped 6 percent in the first hour and fell in the final hour of the session.', '2000-07-03');
  assert.equal(find(t, 'the first hour').value, 'PT1H');
  assert.equal(find(t, 'the final hour').value, 'PT1H');
});

test('"In the century since," is a stretch of one century, as "the decades since," is of decades', () => {
  assert.equal(find(tag('The war ended in 1905. In the century since, historians have seen it as a prelude.'), 'the century since').value, 'P100Y');
});

test('a month listed after one counted from now is counted the same way ("by next June or July", "Last February and March")', () => {
  assert.equal(find(tag('A ruling is expected by next June or July.', '1989-07-04'), 'July').value, '1990-07');
  assert.equal(find(tag('Last February and March a conference met in Mexico City.', '1946-01-01'), 'March').value, '1945-03');
});

test('"the first fiscal quarter" and "the last fiscal quarter of 1988" are quarters, the ordinal before "fiscal"', () => {
  assert.equal(find(tag('For the first fiscal quarter, earnings rose 8%.', '1989-11-29'), 'the first fiscal quarter').value, '1989-Q1');
  assert.equal(find(tag('The last fiscal quarter of 1988 was weak.', '1989-11-29'), 'The last fiscal quarter of 1988').value, '1988-Q4');
});

test('"the first hour of trading" is a stretch of one hour, as "the first hour" is; "the first day of the war" stays a day of the war', () => {
  assert.equal(find(tag('Shares fell 6 percent in the first hour of trading.', '1991-08-20'), 'the first hour').value, 'PT1H');
  assert.equal(find(tag('On the first day of the war the border fell.', '2009-05-01', 'narrative'), 'the first day of the war').value, 'P1D');
});

test('"the new year" is the next year, or the year just begun when told in January', () => {
  assert.equal(find(tag('Stocks had their worst day of the new year yesterday.', '1990-01-16'), 'the new year').value, '1990');
  assert.equal(find(tag('The council will vote on the budget in the new year.', '1990-12-12'), 'the new year').value, '1991');
});

test('a day of a month takes a year written with its era after it ("the morning of 21 June 217 BC", "June 21, 217 BC")', () => {
  assert.equal(find(tag('On the morning of 21 June 217 BC the army was trapped.', '2009-08-14', 'narrative'), 'the morning of 21 June 217 BC').value, 'BC0217-06-21TMO');
  assert.equal(find(tag('On June 21, 217 BC the army was trapped.', '2009-08-14', 'narrative'), 'June 21, 217 BC').value, 'BC0217-06-21');
});

test('a clock of no a.m. or p.m. in the sentence after an evening told is of the evening ("through Sunday night. ... at eight o\'clock")', () => {
  const t = tag('Millions will travel through Sunday night. In Boston, the orchestra will play at eight o\'clock, followed by fireworks.', '1997-07-04');
  assert.equal(find(t, "eight o'clock").value.slice(-5), '20:00');
});

test('"the 13th and 14th": both days of the month; "the 5th and 6th Armies", "the 6th and 7th articles" are no days', () => {
  const t = tag('In September 1515 the armies met near Milan, on the 13th and 14th. The 5th and 6th Armies advanced under the 6th and 7th articles of the treaty.', '2010-08-09', 'narrative');
  assert.deepEqual(t.map((x) => [x.text, x.value]), [['September 1515', '1515-09'], ['the 13th', '1515-09-13'], ['14th', '1515-09-14']]);
});

test('"for the next century and a half" is one and a half centuries', () => {
  assert.equal(find(tag('Spain was the dominant power in Italy for the next century and a half.', '2010-08-09', 'narrative'), 'the next century and a half').value, 'P150Y');
});

test('"a short time ago" and "a long time ago" are some time before now', () => {
  assert.equal(find(tag('The jury returned its verdict a short time ago.', '1998-02-10'), 'a short time ago').value, 'PAST_REF');
});

test('"the figures for May" is the month, "a tribute for May Sarton" a name; "three times a year afterward" a frequency', () => {
  assert.equal(find(tag('The jobless figures for May are due on June 30.', '1998-06-12'), 'May').value, '1998-05');
  assert.deepEqual(tag('A tribute for May Sarton was read.', '1998-06-12').map((x) => x.text), []);
  assert.equal(find(tag('The two sides plan to meet three times a year afterward.', '1990-04-06'), 'three times a year').type, 'SET');
});

test('a range end that writes a year alone lends no year to the other ("between Oct. 1 and the end of 1991")', () => {
  const t = tag('Gains on assets sold between Oct. 1 and the end of 1991 would be taxed less.', '1989-09-29');
  assert.equal(find(t, 'Oct. 1').value, '1989-10-01');
  assert.equal(find(tag('Talks ran between May and July 1940.', '2009-05-01', 'narrative'), 'May').value, '1940-05');
});

test('"By nightfall around 156,000 troops were ashore": a count after the edge of the day is no noun it qualifies', () => {
  assert.equal(find(tag('The landings began on 6 June 1944. By nightfall around 156,000 troops were ashore.', '2019-06-05'), 'nightfall').value, '1944-06-06TEV');
});

test('a holiday\'s weekend is the weekend it closes or opens ("the Memorial Day weekend", "the Thanksgiving weekend")', () => {
  assert.equal(find(tag('The strike will continue through the Memorial Day weekend.', '1990-05-22'), 'the Memorial Day weekend').value, '1990-W21-WE');
  assert.equal(find(tag('Sales rose over the Thanksgiving weekend.', '1989-12-04'), 'the Thanksgiving weekend').value, '1989-W47-WE');
});

test('a day of the year "celebrated every year" is that day of any year, even told in the past', () => {
  const t = tag('The revolution came in 1917. For most of the Soviet period 7 November was celebrated every year as a public holiday.', '2009-05-01', 'narrative');
  assert.equal(find(t, '7 November').value, 'XXXX-11-07');
});

test('a year between its event and "killed" is the event\'s ("The fire in 1993 killed 188 people"); "1500 killed" is a count', () => {
  assert.equal(find(tag('The fire in 1993 killed 188 people.', '1998-06-18'), '1993').value, '1993');
  assert.deepEqual(tag('Officials said 1500 killed in the fighting were buried.', '1998-06-18').map((x) => x.text), []);
});

test('"32 shopping days" is a stretch; "It\'s now March" names the month; "gold for current delivery" names no present', () => {
  assert.equal(find(tag('That left 32 shopping days before the holiday.', '1990-12-27'), '32 shopping days').value, 'P32D');
  assert.equal(find(tag("It's now March, and the carriers wait.", '1990-03-08'), 'March').value, '1990-03');
  assert.deepEqual(tag('Gold for current delivery settled at $380.', '1990-08-15').map((x) => x.text), []);
});

test('a stretch after a limiting word is still one ("lasted only weeks", "took just days")', () => {
  const found = tag('The truce lasted only weeks, and the repairs took just days.', '2009-07-27').map((t) => [t.text, t.value]);
  assert.deepEqual(found, [['weeks', 'PXW'], ['days', 'PXD']]);
});

test('a range of counts is one stretch of its lower count at least ("six to eight weeks"); "from six to eight weeks" may be a change and is left in two', () => {
  const one = tag('The trial could last six to eight weeks, and rates may rise over the next 12 to 18 months.', '1998-10-20').map((t) => [t.text, t.value, t.mod]);
  assert.deepEqual(one, [['six to eight weeks', 'P6W', 'EQUAL_OR_MORE'], ['the next 12 to 18 months', 'P12M', 'EQUAL_OR_MORE']]);
  assert.deepEqual(tag('The wait grew from six to eight weeks.', '1998-10-20').map((t) => t.text), ['eight weeks']);
});

test('a week counted into a month is one stretch in a history ("the third week of October" DATE P1W, as "the last week of August"); news keeps the month alone', () => {
  const history = tag('The war began on 6 October 1973. During the third week of October, the army pushed south.', '2010-08-09', 'narrative').map((t) => [t.text, t.value]);
  assert.deepEqual(history.at(-1), ['the third week of October', 'P1W']);
  const news = tag('The storm hit during the second week of January.', '1998-03-02').map((t) => [t.text, t.value]);
  assert.deepEqual(news, [['January', '1998-01']]);
});

test('"a thousand" and "two thousand" count a stretch ("nearly a thousand years" P1000Y LESS_THAN)', () => {
  const t = tag('It ended nearly a thousand years of rule; the city stood for two thousand years.', '2010-03-02', 'narrative').map((x) => [x.text, x.value, x.mod]);
  assert.deepEqual(t, [['nearly a thousand years', 'P1000Y', 'LESS_THAN'], ['two thousand years', 'P2000Y', undefined]]);
});

test('the second of two near three-digit years after a cue is a year too ("built in 641 or 642"); "in 300 or 400 ships" names none', () => {
  assert.deepEqual(tag('The mosque, built in 641 or 642, was the first. They came in 300 or 400 ships.', '2010-03-02', 'narrative').map((t) => t.value), ['0641', '0642']);
});

test('"a week from today" is the day seven days on; "the quarter-point reduction" is no quarter', () => {
  assert.equal(find(tag('The ministers will meet in Luxembourg a week from today.', '1999-04-06'), 'a week from today').value, '1999-04-13');
  assert.equal(find(tag('The election is five weeks from today.', '1998-09-29'), 'five weeks from today').value, '1998-11-03');
  assert.deepEqual(tag('The Fed announced the quarter-point reduction and a quarter-percentage-point cut.', '1998-10-16').map((t) => t.text), []);
});
