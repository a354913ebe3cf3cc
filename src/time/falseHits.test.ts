import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, tag } from './testing.js';
import { analyse } from '../pipeline/run.js';

function texts(sentence: string, dct = '1998-01-08'): string[] {
  return tag(sentence, dct).map((t) => t.text);
}

test('"march" as a walk and "may" as a modal are not months', () => {
  assert.deepEqual(texts('The students may march to the square.'), []);
  assert.deepEqual(texts('May I ask whether the student march went ahead?'), []);
});

test('May as a surname is not a month, but "in May" is', () => {
  assert.deepEqual(texts('Theresa May spoke to reporters.'), []);
  assert.deepEqual(texts('The vote was held in May.'), ['May']);
});

test('"second" as an ordinal, scores and plain counts are not times', () => {
  assert.deepEqual(texts('The second round ended 3-2 after 2500 soldiers and 1500 troops arrived.'), []);
  assert.deepEqual(texts('It cost $1999 and weighed 1,956 kg at 45%.'), []);
});

test('model numbers and ages are not times', () => {
  assert.deepEqual(texts('A T-1955 tank passed; a 15-year-old girl watched.'), []);
});

test('a lone "dawn" or "morning" show is no time expression; "Friday morning" and "at night" are', () => {
  const t = tag('The raid came at dawn, after the morning show. Officials met Friday morning and talked into the night.', '1998-01-08');
  const texts = t.map((x) => x.text);
  assert.ok(!texts.includes('dawn'));
  assert.ok(!texts.includes('morning'));
  assert.ok(texts.includes('Friday morning'));
  assert.ok(texts.some((x) => x.endsWith('night')));
});

test('news: "since" points back ("since the Oct. 23 attack" in a May report is last year)', () => {
  const t = tag('Police have searched for him since the Oct. 23 attack.', '1999-05-06');
  assert.equal(t.find((x) => x.text === 'Oct. 23')?.value, '1998-10-23');
});

test('"in the long run" is an idiom, not a time expression', () => {
  assert.deepEqual(texts('In the long run, the plan should pay off.'), []);
});

test('amounts per unit ("$2 million a year", "700 seats a week") are no time expressions in news; "twice a year" is a set', () => {
  assert.deepEqual(texts('The plan saves $2 million a year and adds 700 seats a week.'), []);
  const t = tag('The board meets twice a year.', '1998-01-08');
  assert.equal(t.find((x) => x.text === 'twice a year')?.type, 'SET');
});

test('a rate after a counted noun ("5 million barrels a day", "9% a year") is no time expression in news, but a day after a date is', () => {
  assert.deepEqual(texts('Output was 5 million barrels a day; exports grew 9% a year.'), []);
  assert.deepEqual(texts('Libya pumped 1.6 million barrels of oil a day, down from 200,000 barrels per day.'), []);
  const t = tag('The Senate returns Nov. 13, a week after the vote.', '2012-11-02');
  assert.equal(find(t, 'a week').type, 'DURATION');
});

test('a house number is no year ("1830 Elm Street"), but "in 1987 Wall Street fell" holds one', () => {
  assert.deepEqual(texts('The fire started at 1830 Elm Street; he lived at 1600 Pennsylvania Avenue.'), []);
  assert.deepEqual(texts('In 1987 Wall Street crashed.'), ['1987']);
  assert.deepEqual(texts('The shop at 1950 W. Main St. closed; 1830 North Elm Street burned.'), []);
});

test('a programme\'s title ("Saturday Night Live", "Monday Night Football") holds no day; "Saturday night" does', () => {
  assert.deepEqual(texts('She hosted Saturday Night Live and watched Monday Night Football.'), []);
  assert.deepEqual(texts('The game on Saturday night was close.'), ['Saturday night']);
});

test('a lap time ("1:21.342"), "overnight lows", "an overnight success" and the "recently" of "as recently as October" are no time expressions', () => {
  assert.deepEqual(texts('He set the fastest lap in 1:21.342. Overnight lows will fall to 20 degrees after an overnight success.'), []);
  assert.deepEqual(texts('The party looked unshakable as recently as October.'), ['October']);
});

test('"the evening news", "institutions that fall short" and the preposition of "resigned following 32 years" are no time expressions', () => {
  assert.deepEqual(texts('Good evening, and this is the evening news.'), []);
  assert.deepEqual(texts('Regulators may seize institutions that fall short.'), []);
  assert.deepEqual(texts('Suharto resigned following 32 years in power.'), ['32 years']);
});

test('"May" opening a sentence before a past verb is the month ("May brought the heaviest fighting"); "May God help us" is not', () => {
  const t = tag('The war began in April 1982. May brought the heaviest fighting. May God help us.');
  assert.deepEqual(t.map((x) => x.text), ['April 1982', 'May']);
  assert.equal(find(t, 'May').value, '1982-05');
});

test('a fraction listed with another ("between a quarter and a third of their men") and a speed with its conversion in brackets ("315 km (195 miles) an hour") hold no time', () => {
  assert.deepEqual(texts('They lost between a quarter and a third of their men; winds reached 315 km (195 miles) an hour.'), []);
});

test('"the Prague Spring" is a movement, no season; "the Spring of 1944" and "the Iraq Spring Fighting of 2004" keep theirs', () => {
  assert.deepEqual(texts('The Prague Spring ended in August 1968.'), ['August 1968']);
  assert.deepEqual(texts('In the Spring of 1944 the army moved.'), ['the Spring of 1944']);
});

test('programme names ("ABC World News Tonight", "the Today program") and "an all-night vigil" hold no time', () => {
  assert.deepEqual(texts('This is ABC World News Tonight. She appeared on the Today program after an all-night vigil. She told NBC\'s Today show she was tired. This is VOA News Now.'), []);
});

test('a programme called "This Week" is no week; a shouted headline still is', () => {
  assert.deepEqual(texts('The minister said on the programme "This Week" that talks go on.'), []);
  assert.deepEqual(texts('TALKS RESUME THIS WEEK'), ['THIS WEEK']);
});

test('"today\'s world" is the present age, not the day; "today\'s papers" is the day', () => {
  assert.deepEqual(texts('Such rules make little sense in today\'s world.'), []);
  assert.deepEqual(texts('It was on the front of today\'s papers.'), ['today']);
});

test('a half or quarter in a match report is a period of play, not of the year', () => {
  assert.equal(tag('Kane scored twice in the second half.', '2024-04-12').length, 0);
  // told in April, a second half in the past tense is last year's; one to come is this year's
  assert.deepEqual(tag('Profits rose in the second half.', '2024-04-12').map((t) => t.value), ['2023-H2']);
  assert.deepEqual(tag('Profits will rise in the second half.', '2024-04-12').map((t) => t.value), ['2024-H2']);
  assert.deepEqual(tag('Profits rose in the first half.', '2024-09-12').map((t) => t.value), ['2024-H1']);
});

test('"the former" standing for the first of two things told is no time', () => {
  const t = tag('In 1941 the navy did not consider the former an option; the former capital was abandoned, and the former, a general, resigned.');
  assert.equal(t.filter((x) => x.text === 'former').length, 1, 'only the former capital');
});

test('"high noon" is no clock time', () => {
  assert.deepEqual(texts('For Poland, high noon comes today, as in the film "High Noon".'), ['today']);
});

test('a month or season in a credit is a name ("Photo by May Chen/Reuters", "Damon Winter"), a date glued to one is kept', () => {
  const text = [
    'Election night in pictures',
    '',
    'Supporters cheer as results come in on 8 November 2016 in New York. Photo by May Chen/Reuters',
    'A volunteer counts ballots in Ohio. Credit: Damon Winter/The New York Times',
    'Crowds gather outside the White House.AFP9 November 2016: a protester holds a sign.',
  ].join('\n');
  const doc = analyse({ name: 'gallery', text }, { documentType: 'auto' }, ['time']);
  const values = doc.timexes.map((t) => t.value);
  assert.ok(!values.some((v) => v.endsWith('-05') || v.endsWith('-WI')), values.join(' '));
  assert.ok(values.includes('2016-11-09'));
});

test('"the benefits that spring from" and "firms spring up" are the verb; "in the spring to end the war" the season', () => {
  const t = tag('The benefits that spring from devotion grew, and new firms spring up. In 1839 an attempt was made in the spring to end the war.');
  assert.deepEqual(t.map((x) => x.text), ['1839', 'the spring']);
});

test('an ordinal counting things, the current account and the end of a span of seasons are no times', () => {
  assert.deepEqual(texts('Haiyan is the 25th storm to strike; he was the 10th person to die.'), []);
  assert.deepEqual(texts("Japan's current-account surplus narrowed, and the current account of Spain too."), []);
  assert.deepEqual(texts('They finished the 2012-13 season with 89 points.', '2013-05-20'), ['2012', '13']);
  // a day of the month stays one after a preposition or before a clause
  assert.deepEqual(texts('On the 25th schools close. The 21st was quiet.'), ['the 25th', 'The 21st']);
});

test('greetings, a night\'s sleep, "talk about 1989", resolution numbers and palaces are no times or no approximations', () => {
  assert.deepEqual(texts('Good night. Good afternoon, everyone. He had a full night\'s sleep.'), []);
  assert.equal(tag('People still talk about 1989.', '1998-03-12')[0].mod, undefined);
  assert.deepEqual(texts('On 8 November 2002 the Council passed Resolution 1441; Flight 655 was lost.'), ['8 November 2002']);
  assert.deepEqual(texts('On 3 May 1920 the rebels stormed the Winter Palace.'), ['3 May 1920']);
});

test('"USA Today" and "VOA Today" are titles; "Today he flew" and "And Today" stay the day', () => {
  assert.deepEqual(texts('He read USA Today on the plane. This is VOA Today.'), []);
  assert.deepEqual(texts('Today he flew. And Today the talks end.'), ['Today', 'Today']);
});

test('rates and idioms of night, and the earls of March, name no night or month', () => {
  assert.deepEqual(texts('On 4 May 1900 the airlift flew 20 sorties a night, day and night, and lost ten planes in a single night.'), ['4 May 1900']);
  assert.deepEqual(texts('Rooms cost $55 a night.', '1989-10-26'), []);
  // "a night raid" still tells a part of a day
  assert.deepEqual(texts('In 1918 the Cheka made arrests in a night raid.'), ['1918', 'night']);
  assert.deepEqual(texts('Edward, Earl of March, was crowned in 1461. In March the army moved.'), ['1461', 'March']);
});

test('another country\'s Independence Day is not the Fourth of July', () => {
  assert.deepEqual(texts('It is celebrated today as Greek Independence Day, on 25 March.'), ['today', '25 March']);
  assert.equal(tag('Independence Day fireworks lit the sky.', '2013-07-05')[0].value, '2013-07-04');
});

test('"the last day of the season" and "Pompeii\'s last day" are no yesterday', () => {
  assert.deepEqual(texts('Fans will remember the last day of the season. Pompeii\'s last day is recreated. The last day for students is near.', '2012-11-21'), []);
  assert.equal(tag('He left last week.', '2012-11-21')[0].value, '2012-W46');
});

test('"a Christmas tree", "Christmas cards" are things, not days; "Christmas Day" is one', () => {
  assert.deepEqual(texts('He stood beside a Christmas tree. She sent Christmas cards. On Christmas Day they met.', '1989-07-03'), ['Christmas Day']);
});

test('race times, "the Sun.", "the Winter War" and a city\'s quarter in a history name no time', () => {
  assert.deepEqual(texts('Ndeti set the mark of 2:07:15 in 1994.', '2000-04-18'), ['1994']);
  assert.deepEqual(texts('Salazar won the "Duel in the Sun." in 1982.', '2000-04-18'), ['1982']);
  assert.deepEqual(texts('The Continuation War followed the Winter War in 1941.'), ['1941']);
  assert.deepEqual(tag('The Legation Quarter was besieged in 1900. The defenders held the quarter until August.').map((t) => t.text), ['1900', 'August']);
  // a report's "the quarter" is still its quarter
  assert.equal(tag('Profit rose 5% in the quarter.', '1989-10-26')[0].value, '1989-Q3');
});

test('a price\'s rate in one hyphened word ("a $12-an-hour job") and "the first half-hour" name no time', () => {
  assert.deepEqual(texts('He rented a $40-a-day room and got a $12-an-hour job.', '1989-11-02'), []);
  assert.equal(texts('Stocks fell in the first half-hour.', '1989-11-02').includes('the first half'), false);
});

test('"the summer league", "the winter solstice" and "the overnight federal funds rate" name no time', () => {
  const t = tag('The summer league tips off July 12, after the winter solstice talk; the Fed cut the overnight federal funds rate.', '2013-06-26');
  assert.deepEqual(t.map((x) => x.text), ['July 12']);
});

test('"late-night" before a noun is a kind of thing, no night', () => {
  const t = tag('Residents complained about late-night noise after a Late-Night Show taping on Friday.', '2012-08-27');
  assert.deepEqual(t.map((x) => x.text), ['Friday']);
});

test('"NBC Nightly News", "the Daily Telegraph" are titles, no recurrence', () => {
  const t = tag('Tom Brokaw anchors NBC Nightly News and writes for the Daily Telegraph.', '1998-12-17');
  assert.deepEqual(t.map((x) => x.text), []);
});

test('a weather report\'s "lows in the twenties" are degrees, not the 1920s; "thrived in the twenties" is the decade', () => {
  const t = tag('Lows in the twenties and highs only in the fifties. Temperatures will be in the forties. Jazz thrived in the twenties.', '1998-11-03');
  assert.deepEqual(t.map((x) => [x.text, x.value]), [['the twenties', '192']]);
  assert.equal(t[0].start, 'Lows in the twenties and highs only in the fifties. Temperatures will be in the forties. Jazz thrived in '.length);
});

test('"a Long March 3B rocket", bills "S. 1630" and "H.R. 1990" hold no date; "1990\'s budget" is the year, "the 1990\'s" the decade', () => {
  const t = tag('The satellite flew on a Long March 3B rocket. The bills, S. 1630 and H.R. 1990, differ. Darman said 1990\'s budget will be tight. In the 1990\'s prices rose.', '1989-11-15');
  assert.deepEqual(t.map((x) => [x.text, x.value]), [['1990', '1990'], ["the 1990's", '199']]);
});

test('"the quarter-finals", "a day-care center", "a day-trip": a unit opening a compound noun holds no time', () => {
  const t = tag('He lost in the quarter-finals. She runs a day-care center and took a day-trip.', '1999-07-05');
  assert.deepEqual(t.map((x) => x.text), []);
});

test('"and May Chen declined": a first name after "and" before a capitalised word; "April and May." is the month', () => {
  assert.deepEqual(tag('Prices rose, and May Chen declined to comment. Talks ran through April and May.', '1989-11-02').map((x) => x.text), ['April', 'May']);
});

test('"the 17th hole", "the 18th green", "the 9th inning": an ordinal of a thing, no day of the month', () => {
  assert.deepEqual(tag('He sank a putt on the 17th hole and parred the 18th green; the Mets scored in the 9th inning. The meeting is on the 17th.', '1999-09-20').map((x) => x.text), ['the 17th']);
});

test('"the Spring Festival", "summer festivals": a festival named by its season holds no date; "the Spring Offensive" still does', () => {
  const t = tag('Shipments peak ahead of the Spring Festival. Other summer festivals moved. The Spring Offensive began in March 1918.', '1999-01-12');
  assert.deepEqual(t.map((x) => x.text), ['The Spring', 'March 1918']);
});

test('a quarter of people as the subject of a verb is a share ("fewer than a quarter returned"); "a quarter earlier" stays a time', () => {
  const t = tag('Of the men who landed, fewer than a quarter returned, and nearly a quarter were wounded. Profits fell from a quarter earlier.', '1990-05-05');
  assert.deepEqual(t.map((x) => x.text), ['a quarter earlier']);
});

test('"one by one this evening" holds no clock', () => {
  const t = tag('The balloons will be released one by one this evening.', '2014-11-09');
  assert.deepEqual(t.map((x) => x.text), ['this evening']);
});

test('"by nearly a quarter" is a share, and "December next Thursday" leaves "next" to the weekday', () => {
  assert.deepEqual(tag('Cheap imports drove prices down by nearly a quarter.', '1999-10-05').map((x) => x.text), []);
  const t = tag('The agency will publish its figures for sales in December next Thursday.', '2000-01-07');
  assert.equal(find(t, 'next Thursday').value, '2000-01-13');
  assert.deepEqual(t.map((x) => x.text), ['December', 'next Thursday']);
});

test('a month inside a name after a capitalised word mid-sentence is no date ("the Black September group"), but a date after a name is', () => {
  assert.deepEqual(tag('Eight members of the Black September group climbed the fence.', '2022-09-05').map((x) => x.text), []);
  assert.equal(find(tag('Mr. Jones will succeed Daniel P. Davison Feb. 1.', '1990-01-05'), 'Feb. 1').value, '1990-02-01');
  assert.equal(find(tag('"The September figure was a warning," he said.', '1990-11-02'), 'September').value, '1990-09');
});

test('"about" after worries or concerns is "concerning", no approximation ("worries about third-quarter earnings")', () => {
  assert.equal(find(tag('Stocks fell on worries about third-quarter earnings.', '1989-10-19'), 'third-quarter').mod, undefined);
  assert.equal(find(tag('The storm came ashore about 3 a.m.', '1999-09-16'), '3 a.m.').mod, 'APPROX');
});

test('a branch\'s number is no year ("UAW Local 1123"), a year after a lower-case "local" is', () => {
  const t = tag('The president of UAW Local 1123 spoke. In local 1990 elections the turnout fell.', '1990-09-12');
  assert.deepEqual(t.map((x) => x.text), ['1990']);
});

test('"too soon" and "how soon" judge timing and name no time ahead; a plain "soon" does', () => {
  assert.deepEqual(tag('It was too soon to say whether the rebels had won. How soon aid comes is unclear.', '1991-08-20').map((x) => x.text), []);
  assert.equal(find(tag('The envoy will return soon.', '1991-08-20'), 'soon').value, 'FUTURE_REF');
});

test('"an overnight express train", "the overnight ferry": a kind of service, no night of the story', () => {
  assert.deepEqual(tag('An overnight express train hit a freight train. The overnight ferry was cancelled.', '1998-09-14').map((x) => x.text), []);
});

test('"a quarter-point cut" and "a half-percentage-point rise" are shares of a measure, not stretches of time; "a quarter" of a year still is', () => {
  assert.deepEqual(texts('Traders expect a quarter-point cut in the funds rate and a half-percentage-point rise in yields.'), []);
  assert.deepEqual(texts('Profit rose in the quarter and fell for a quarter after that.').includes('a quarter'), true);
});

test('"15 percent more than a year earlier" compares amounts: the time is "a year earlier", with no bound on it', () => {
  const t = tag('Exports reached $16 billion, 15.2 percent more than a year earlier, and it took more than a year to build the port.', '1999-11-16');
  assert.deepEqual(t.map((x) => [x.text, x.mod]), [['a year earlier', undefined], ['more than a year', 'MORE_THAN']]);
});

test('"now and then" and "now and again" are an idiom of "at times", no present; a plain "now" still is', () => {
  assert.deepEqual(texts('He still sat in now and then, and now and again he sang. He lives in Ohio now.'), ['now']);
});

test('"the winter wheat harvest", "the spring crop": a kind of crop, no season of a year', () => {
  assert.deepEqual(texts('In Kansas the winter wheat harvest began, and the spring crop looks poor.'), []);
});

test('a clock ending its sentence with "p.m." is not joined to a possessive weekday opening the next ("after 9 p.m. Thursday\'s sighting came")', () => {
  assert.deepEqual(texts('On Thursday the crew saw a flare shortly after 9 p.m. Thursday\'s sighting came after two days of silence.', '1998-02-13'), ['Thursday', '9 p.m.', 'Thursday', 'two days']);
});

test('"it will feel like yesterday", "seems like only yesterday": an idiom, no day; "it happened yesterday" is one', () => {
  assert.deepEqual(texts('When I walk into that gym it will feel like yesterday, and it seems like only yesterday. The reunion was announced yesterday.', '1997-03-07'), ['yesterday']);
});
