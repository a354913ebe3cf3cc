import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, tag } from './testing.js';

// 1998-01-08 is a Thursday.
const DCT = '1998-01-08';

test('tense: a plan told in the past perfect has passed ("had been due to close Friday")', () => {
  const t = tag('The offer had been due to close Friday, but the bidder kept it open.', DCT);
  assert.equal(find(t, 'Friday').value, '1998-01-02');
});

test('tense: "is to" and "agreed to" look ahead', () => {
  const t = tag('The bank is to reopen its doors Monday. The firm agreed to buy the plant in March.', DCT);
  assert.equal(find(t, 'Monday').value, '1998-01-12');
  assert.equal(find(t, 'March').value, '1998-03');
});

test('tense: reported "would" looks ahead, "would have" back', () => {
  const t = tag('Aides said the envoy would travel to Cairo Saturday.', DCT);
  assert.equal(find(t, 'Saturday').value, '1998-01-10');
  const back = tag('Aides said the envoy would have travelled to Cairo Saturday without the storm.', DCT);
  assert.equal(find(back, 'Saturday').value, '1998-01-03');
});

test('tense: irregular past verbs point back', () => {
  const t = tag('In November the company quietly sold its shipping arm.', DCT);
  assert.equal(find(t, 'November').value, '1997-11');
});

test('tense: a deadline is no cue by itself ("met by the Monday deadline")', () => {
  const t = tag('Most holders tendering their shares by the Monday deadline.', DCT);
  assert.equal(find(t, 'Monday').value, '1998-01-05');
});

test('tense: a deferral "until" a day looks ahead ("postponed the vote until Tuesday")', () => {
  const t = tag('The council postponed the vote until Tuesday.', DCT);
  assert.equal(find(t, 'Tuesday').value, '1998-01-13');
  const stayed = tag('The envoy stayed until Tuesday.', DCT);
  assert.equal(find(stayed, 'Tuesday').value, '1998-01-06');
});

test('tense: a possessive weekday is the nearest one, whatever the clause says', () => {
  const t = tag('Lawyers said they would look for ways around Wednesday\'s ruling.', DCT);
  assert.equal(find(t, 'Wednesday').value, '1998-01-07');
});

test('tense: "plans" as a noun is no cue ("vacation plans")', () => {
  const t = tag('On Monday, when she cancelled her vacation plans, the office closed.', DCT);
  assert.equal(find(t, 'Monday').value, '1998-01-05');
});

test('tense: names ending in "-ed" ("United States") are no past verbs', () => {
  const t = tag('Aides said the minister would be flying to the United States Saturday.', DCT);
  assert.equal(find(t, 'Saturday').value, '1998-01-10');
});

test('news reads "the past year" as last year; a history as a stretch', () => {
  const news = tag('Hate groups grew over the past year, the report said.', DCT, 'news');
  assert.equal(find(news, 'the past year').value, '1997');
  const history = tag('By June 1951 the front had barely moved in the past year.');
  assert.equal(find(history, 'the past year').value, 'P1Y');
});

test('tense: a credit line extended "through" a month looks ahead', () => {
  // DCT in October: "through January" is the coming January, though "extended" is past
  const t = tag('Lenders have extended the company a credit line through January.', '1989-10-30');
  assert.equal(find(t, 'January').value, '1990-01');
});

test('tense: "would be paid" looks ahead; "a still unannounced date" is no past verb', () => {
  const t = tag('The dividend would be paid on a still unannounced date in January.', '1989-10-26');
  assert.equal(find(t, 'January').value, '1990-01');
});

test('tense: "since" puts a date before the DCT, even when the nearest one is ahead', () => {
  const t = tag('The index change is measured since year-end.', '1989-10-30');
  assert.equal(find(t, 'year-end').value, '1988-12-31');
});

test('anchoring: "the previous Friday" counts back from the Friday the story told, not from the DCT', () => {
  // 1989-10-30 is a Monday; the story's Friday is 27 October
  const t = tag('Stocks fell sharply on Friday. By the close they were down 4% from the previous Friday.', '1989-10-30');
  assert.equal(find(t, 'Friday').value, '1989-10-27');
  assert.equal(find(t, 'the previous Friday').value, '1989-10-20');
});

test('clock: midnight is hour 24 of the day named (T24)', () => {
  const t = tag('The tender offer will expire at midnight Friday.', '1989-10-25');
  assert.equal(find(t, 'midnight Friday').value, '1989-10-27T24');
});

test('clock: midnight ending the last day of a year is the next year in EDTF (no hour 24 there)', () => {
  const t = tag('The curfew will lapse at midnight Sunday.', '1989-12-29');
  const midnight = find(t, 'midnight Sunday');
  assert.equal(midnight.value, '1989-12-31T24');
  assert.equal(midnight.edtf, '1990-01-01T00:00:00');
});

test('a decimal point is no sentence end for the tense ("grew at a 4.1 percent rate in the fourth quarter")', () => {
  const t = tag('Officials said the economy grew at a 4.1 percent annual rate in the fourth quarter and would probably slow later this year.', '1998-03-31');
  assert.equal(find(t, 'the fourth quarter').value, '1997-Q4');
});

test('a scheduled event in the present tense lies ahead: "Talks resume at noon Monday"', () => {
  const t = tag('Talks resume at noon Monday, and the session opens Tuesday.', '1998-02-13');
  assert.equal(find(t, 'noon Monday').value, '1998-02-16T12:00');
  assert.equal(find(t, 'Tuesday').value, '1998-02-17');
});

test('a modal right before the day\'s verb looks ahead; "remain closed" is a state, not a past', () => {
  const t = tag('The ministers might meet Saturday, and the airport will remain closed until Thursday.', '1992-08-24');
  assert.equal(find(t, 'Saturday').value, '1992-08-29');
  assert.equal(find(t, 'Thursday').value, '1992-08-27');
  // "could" is as often a past in news: "could not be reached Wednesday"
  assert.equal(find(tag('He could not be reached Wednesday.', '1992-08-24'), 'Wednesday').value, '1992-08-19');
});

test('the dots of "p.m." end no sentence: "will announce at 2 p.m. on Wednesday" looks ahead', () => {
  const t = tag('The Fed will announce its decision at 2 p.m. on Wednesday.', '2010-06-18');
  assert.equal(find(t, 'Wednesday').value, '2010-06-23');
});

test('"is due in court Tuesday" and a fixture in the simple present ("Italy plays Paraguay on Monday") look ahead; "was due" looks back', () => {
  assert.equal(find(tag('He is due in court Tuesday.', '2015-03-08'), 'Tuesday').value, '2015-03-10');
  assert.equal(find(tag('Italy plays Paraguay on Monday.', '2010-06-13'), 'Monday').value, '2010-06-14');
  assert.equal(find(tag('He was due in court Tuesday.', '2015-03-12'), 'Tuesday').value, '2015-03-10');
});

test('a fixture in the plural present looks ahead ("The Giants play in Green Bay on Sunday"); "failed to meet Tuesday" looks back', () => {
  const t = tag('The Giants play in Green Bay on Sunday. Officials failed to meet Tuesday.', '2010-12-24');
  assert.equal(find(t, 'Sunday').value, '2010-12-26');
  assert.equal(find(t, 'Tuesday').value, '2010-12-21');
});

test('"won\'t be counted before Thursday", "are planned for Saturday" and a modal a few words back look ahead', () => {
  const t = tag('Votes won\'t be counted before Thursday, more protests are planned for Saturday, and he must surrender his passport by Friday.', '1998-11-03');
  assert.equal(find(t, 'Thursday').value, '1998-11-05');
  assert.equal(find(t, 'Saturday').value, '1998-11-07');
  assert.equal(find(t, 'Friday').value, '1998-11-06');
});

test('the tense reaches sixteen words back: "will report fourth-quarter results in early February and hold its annual meeting in May"', () => {
  const t = tag('The company will report fourth-quarter results in early February and hold its annual meeting in May.', '2014-12-29');
  assert.equal(find(t, 'May').value, '2015-05');
});

test('"Polls close at 8 p.m. Tuesday" and "may not come until Monday" look ahead; "at the close of business Thursday" does not', () => {
  assert.equal(find(tag('Polls close at 8 p.m. Tuesday.', '2000-03-03'), '8 p.m. Tuesday').value, '2000-03-07T20:00');
  assert.equal(find(tag('The real test may not come until Monday.', '1999-12-30'), 'Monday').value, '2000-01-03');
  assert.equal(find(tag('At the close of business Thursday, shares rose.', '2000-03-03'), 'Thursday').value, '2000-03-02');
});

test('"who takes office at noon Monday" and "hoped to have service back by Friday" look ahead; quarters and halves of a game are no time', () => {
  assert.equal(find(tag('Kline, who takes office at noon Monday, spoke.', '2011-01-02'), 'noon Monday').value, '2011-01-03T12:00');
  assert.equal(find(tag('The utility said it hoped to have most service back by Friday.', '1989-10-18'), 'Friday').value, '1989-10-20');
  assert.deepEqual(tag('Ohio State led 19-10 after three quarters, and Oregon did not score in the second half.', '2010-01-01').map((x) => x.text), []);
});

test('"meets", "expect" and "go" tell a time ahead; an "-ed" adjective after "will <verb>" is no past', () => {
  assert.equal(find(tag('The central bank meets Thursday in Frankfurt.', '2014-11-04'), 'Thursday').value, '2014-11-06');
  assert.equal(find(tag('Forecasters expect the storm to reach Canada Thursday.', '2012-10-30'), 'Thursday').value, '2012-11-01');
  assert.equal(find(tag('Voters go to the polls Tuesday.', '2012-12-19'), 'Tuesday').value, '2012-12-25');
  assert.equal(find(tag('Inspectors will examine damaged homes on Friday.', '2012-10-30'), 'Friday').value, '2012-11-02');
  assert.equal(find(tag('The storm damaged homes on Friday.', '2012-10-30'), 'Friday').value, '2012-10-26');
});

test('in January and February "the fourth quarter" is the one just ended, even told ahead ("will report fourth-quarter results")', () => {
  assert.equal(find(tag('It will report fourth-quarter results on Feb. 14.', '2012-01-31'), 'fourth-quarter').value, '2011-Q4');
  assert.equal(find(tag('It will report results for the fourth quarter in January.', '2012-09-14'), 'the fourth quarter').value, '2012-Q4');
});

test('"could begin Monday" looks ahead; "could be located Wednesday" tells of a past try', () => {
  assert.equal(find(tag('The debate could begin Monday.', '1998-03-17'), 'Monday').value, '1998-03-23');
  assert.equal(find(tag('His family could be located Wednesday in Cardenas.', '2000-01-06'), 'Wednesday').value, '2000-01-05');
});

test('tense: "has until Monday" and "starting Saturday" look ahead; "had until Friday" back', () => {
  const t = tag('Cyprus has until Monday to raise the money. Tours are canceled starting Saturday. The firm had until Friday to answer.', DCT);
  assert.equal(find(t, 'Monday').value, '1998-01-12');
  assert.equal(find(t, 'Saturday').value, '1998-01-10');
  assert.equal(find(t, 'Friday').value, '1998-01-02');
  assert.equal(find(tag('A strike beginning on Friday will shut the ports.', DCT), 'Friday').value, '1998-01-09');
});

test('tense: "following Friday\'s plunge" is after that Friday, not the Friday that follows', () => {
  const t = tag("Stocks rose as buyers moved in following Friday's plunge.", '1989-10-16');
  assert.equal(find(t, 'Friday').value, '1989-10-13');
});

test('tense: "Italians vote on Sunday" looks ahead; "the final vote" and "Tuesday\'s vote" are the noun', () => {
  assert.equal(find(tag('Italians vote on Sunday to choose a parliament.', DCT), 'Sunday').value, '1998-01-11');
  assert.equal(find(tag("Tuesday's vote left the party in control.", DCT), 'Tuesday').value, '1998-01-06');
});

test('tense: a day owning a fixture ("Saturday\'s match") goes the verb\'s way; one owning an outcome stays past', () => {
  assert.equal(find(tag("He is expected to be fit for Saturday's match.", DCT), 'Saturday').value, '1998-01-10');
  assert.equal(find(tag("The firm will appeal Wednesday's ruling.", DCT), 'Wednesday').value, '1998-01-07');
});

test('tense: "planned for early December" is a plan; "had been planned for" has passed', () => {
  assert.equal(find(tag('The session, planned for early December, will be held in Geneva.', '1989-04-19'), 'early December').value, '1989-12');
  assert.equal(find(tag('The session had been planned for December but was called off.', '1989-04-19'), 'December').value, '1988-12');
});

test('tense: a fixture stated in the present ("The game is on Monday", "the vote is Tuesday") looks ahead', () => {
  const t = tag('The game is on Monday. The vote is Tuesday. The bill was passed on Wednesday.', DCT);
  assert.equal(find(t, 'Monday').value, '1998-01-12');
  assert.equal(find(t, 'Tuesday').value, '1998-01-13');
  assert.equal(find(t, 'Wednesday').value, '1998-01-07');
});

test('tense: "will last into October" and "runs until Nov. 30" look ahead; "May last" is last May; "put the population at" is past', () => {
  const t = tag('The drought will last into October. The season runs through Nov. 30.', '1999-04-07');
  assert.equal(find(t, 'October').value, '1999-10');
  assert.equal(find(t, 'Nov. 30').value, '1999-11-30');
  assert.equal(find(tag('On the adjournment of Congress in May last the minister left.', '1820-01-01'), 'May last').value, '1819-05');
  assert.equal(find(tag('The count put the population at 281 million on April 1.', '2000-12-28'), 'April 1').value, '2000-04-01');
  // a noun or a state is no past: "a half-point cut on Wednesday", "will remain shut Monday"
  assert.equal(find(tag('Most economists expect a half-point cut on Wednesday.', '2008-10-27'), 'Wednesday').value, '2008-10-29');
  assert.equal(find(tag('Federal offices will remain shut Monday.', '2010-02-06'), 'Monday').value, '2010-02-08');
});

test('tense: ", followed by ... on July 20" lists what comes next; "approved by both boards late Monday" is past', () => {
  assert.equal(find(tag('The Avengers opens on May 4, followed by The Dark Knight Rises on July 20.', '2012-03-26'), 'July 20').value, '2012-07-20');
  assert.equal(find(tag('Under the agreement, approved by both boards late Monday, Pacific will pay $32 a share.', '1995-04-11'), 'late Monday').value, '1995-04-10');
});

test('tense: "as early as Thursday" and "hope for a call on Sunday night" look ahead', () => {
  assert.equal(find(tag('A deal could be announced as early as Thursday.', '2013-11-20'), 'Thursday').value, '2013-11-21');
  assert.equal(find(tag('We hope for a call on Sunday night.', '2013-09-27'), 'Sunday night').value, '2013-09-29TNI');
});

test('tense: a day set for a thing someone is told to do looks ahead; a modal right after the time too', () => {
  assert.equal(find(tag('The judge told jurors to avoid news coverage over the weekend.', '2012-10-05'), 'the weekend').value, '2012-W40-WE');
  assert.equal(find(tag('The new rulers ordered shops to reopen on Wednesday.', '2013-03-26'), 'Wednesday').value, '2013-03-27');
  assert.equal(find(tag('"The weekend weather should give us a break," he said.', '2012-06-28'), 'The weekend').value, '2012-W26-WE');
  // a clock the men were asked to leave around keeps the day told
  const t = tag('The trouble began shortly before midnight Saturday. Staff asked the men to leave around 11:45 p.m.', '2013-03-18');
  assert.equal(find(t, 'around 11:45 p.m.').value, '2013-03-16T23:45');
  // "called to the shop" is a place they were called to, no errand set for later
  const called = tag('A man was stabbed on Sunday night. Emergency services were called to the shop shortly before 10.30pm.', '2023-03-14');
  assert.equal(find(called, '10.30pm').value, '2023-03-12T22:30');
});

test('tense: a title\'s stop ("Mr. Gephardt", "Gov. Carlson") ends no sentence', () => {
  assert.equal(find(tag('He will speak with Mr. Gephardt on Thursday.', '1998-10-27'), 'Thursday').value, '1998-10-29');
});

test('tense: what a warning or forecast is for lies ahead', () => {
  assert.equal(find(tag('The weather service issued a blizzard warning for Friday.', '2013-02-07'), 'Friday').value, '2013-02-08');
});

test('tense: schedules in the present ("On Tuesday he flies to Uganda") look ahead; "the day before for bringing a gun" is the day before', () => {
  assert.equal(find(tag('On Tuesday he flies to Uganda.', '1998-03-20'), 'Tuesday').value, '1998-03-24');
  const t = tag('The boy fired on Thursday. He had been suspended the day before for bringing a gun.', '1998-05-26');
  assert.equal(find(t, 'the day before').value, '1998-05-20');
});

test('tense: what a strike or fixture is called or set for lies ahead', () => {
  assert.equal(find(tag('Union leaders called a strike for Thursday.', '2000-11-28'), 'Thursday').value, '2000-11-30');
});

test('a fixture told in the present with a plural subject lies ahead ("The talks begin Monday"); "did not end Monday" is past', () => {
  const dct = '1989-11-10';
  assert.equal(find(tag('The talks begin Monday in Geneva.', dct), 'Monday').value, '1989-11-13');
  assert.equal(find(tag('The shows begin Wednesday morning.', dct), 'Wednesday morning').value, '1989-11-15TMO');
  assert.equal(find(tag('Hostilities did not end Monday.', dct), 'Monday').value, '1989-11-06');
});

test('"can" looks ahead like "may": "Residents can sign up until Monday"', () => {
  assert.equal(find(tag('Residents can sign up until Monday.', '2013-10-31'), 'Monday').value, '2013-11-04');
  assert.equal(find(tag('He has been told he can spend again in the summer.', '2013-01-31'), 'the summer').value, '2013-SU');
});

test('"open" after "were" is an adjective in the past ("Shops were open Thursday"); "will be open Friday" looks ahead', () => {
  assert.equal(find(tag('Shops were open Thursday.', '2000-02-19'), 'Thursday').value, '2000-02-17');
  assert.equal(find(tag('The library will be open on Friday.', '2000-02-19'), 'Friday').value, '2000-02-25');
});

test('"face" and "open" as nouns or in compounds tell no tense ("at 98% of face amount on Friday"); "expecting" looks ahead', () => {
  assert.equal(find(tag('The bonds traded at 98% of face amount on Friday.', '1989-10-17'), 'Friday').value, '1989-10-13');
  assert.equal(find(tag("We're expecting landfall on Sunday.", '1998-09-25'), 'Sunday').value, '1998-09-27');
});

test('a report or data release a weekday owns is as near or far as the verb says ("await Friday\'s payrolls report"); a deadline given ("giving counties until 5 p.m. Sunday") lies ahead', () => {
  assert.equal(find(tag("Investors await Friday's payrolls report.", '2013-06-05'), 'Friday').value, '2013-06-07');
  assert.equal(find(tag('The court ruled Tuesday, giving counties until 5 p.m. Sunday to finish.', '2000-11-22'), '5 p.m. Sunday').value, '2000-11-26T17:00');
});

test('"the heads of two studios" is a noun, no present-tense plan ("replaced the heads of two studios on Friday" is past)', () => {
  assert.equal(find(tag('Sony replaced the heads of two studios on Friday.', '1990-02-27'), 'Friday').value, '1990-02-23');
});

test('"last" after a possessive is an adjective, no past: "will meet his last visitors on Friday"', () => {
  const t = tag('The minister will meet his last visitors on Friday.', '2013-11-07');
  assert.equal(find(t, 'Friday').value, '2013-11-08');
});

test('release and launch dates told in the present look ahead; the nouns do not', () => {
  const t = tag('The band release their album on Monday.', '2013-09-05');
  assert.equal(find(t, 'Monday').value, '2013-09-09');
  const noun = tag('The test followed a rocket launch in December that the UN condemned.', '2013-03-08');
  assert.equal(find(noun, 'December').value, '2012-12');
});

test('a forecast told as "likely" looks ahead; "were likely" keeps its past', () => {
  const t = tag('Showers are likely Wednesday.', '2012-08-27');
  assert.equal(find(t, 'Wednesday').value, '2012-08-29');
  const past = tag('Showers were likely Wednesday, but none fell.', '2012-08-27');
  assert.equal(find(past, 'Wednesday').value, '2012-08-22');
});

test('a month after "in" in a clause told with "will" never lies before the report', () => {
  const t = tag('The shortlist will be announced in September, and the program will end in December.', '2013-11-26');
  assert.equal(find(t, 'September').value, '2014-09');
  assert.equal(find(t, 'December').value, '2013-12');
});

test('"may", "might" and "could" put a month ahead as "will" does, a season still running included; "could have" looks back', () => {
  assert.equal(find(tag('The court may rule on the appeal in January.', '1999-02-18'), 'January').value, '2000-01');
  assert.equal(find(tag('Ministers could meet in December.', '1999-02-18'), 'December').value, '1999-12');
  assert.equal(find(tag('Ministers could have met in December.', '1999-02-18'), 'December').value, '1998-12');
  assert.equal(find(tag('He warned that Congress could revive the bills in the spring.', '1990-04-04'), 'the spring').value, '1990-SP');
  // the month May is no modal: "in May last year and again in March"
  assert.equal(find(tag('We have been here before, in May last year and again in March.', '2011-07-22'), 'March').value, '2011-03');
});

test('"was due to leave on Saturday" is a plan still ahead; "was due Friday" has passed', () => {
  const t = tag('The minister was due to leave on Saturday, and the payment was due Friday.', '2000-06-14');
  assert.equal(find(t, 'Saturday').value, '2000-06-17');
  assert.equal(find(t, 'Friday').value, '2000-06-09');
});

test('"were to meet Saturday": a plan told from the past still lies ahead', () => {
  const t = tag('Republican leaders were to meet Saturday to decide their response.', '2013-09-27');
  assert.equal(find(t, 'Saturday').value, '2013-09-28');
});

test('a modal a few words back still looks ahead: "may reach the Outer Banks by Sunday", "may revisit parts of the law in the spring"', () => {
  const t = tag('The storm may reach the Outer Banks by Sunday.', '1999-08-27');
  assert.equal(find(t, 'Sunday').value, '1999-08-29');
  const spring = tag('He said Friday he may revisit parts of the law in the spring.', '1996-11-09');
  assert.equal(find(spring, 'the spring').value, '1997-SP');
});

test('"could" a few words back looks ahead too: "Highs could climb back into the upper 90s by Thursday"', () => {
  const t = tag('Highs could climb back into the upper 90s by Thursday.', '1998-07-14');
  assert.equal(find(t, 'Thursday').value, '1998-07-16');
});

test('"could be ready Thursday" looks ahead; "could be reached Wednesday" tells of a past try', () => {
  const t = tag('It could be ready Thursday, and we could be back at the polls by the autumn.', '1999-06-08');
  assert.equal(find(t, 'Thursday').value, '1999-06-10');
  assert.equal(find(t, 'the autumn').value, '1999-FA');
  const tried = tag('He could not be located Friday.', '1999-06-08');
  assert.equal(find(tried, 'Friday').value, '1999-06-04');
});

test('"threw open the gates on Thursday" is past: "open" is the adjective of "threw"', () => {
  const t = tag('They threw open the gates on Thursday.', '1990-06-04');
  assert.equal(find(t, 'Thursday').value, '1990-05-31');
});

test('a day opening a clause after ", and" takes that clause\'s tense, not the one before it', () => {
  assert.equal(find(tag('Shares rose last week, and on Friday the company will report earnings.', '1998-01-20'), 'Friday').value, '1998-01-23');
  assert.equal(find(tag('He has spent the past week traveling, and on Friday he is scheduled to meet the leaders.', '2013-02-27'), 'Friday').value, '2013-03-01');
  // with no verb of its own after it, the clause before still speaks
  assert.equal(find(tag('The shares fell sharply, and on Friday too.', '1998-01-20'), 'Friday').value, '1998-01-16');
});

test('"will be conducted on November 1": a day after "on" in a clause told with "will" lies ahead; "on September retail sales" is no date of it', () => {
  assert.equal(find(tag('A national census will be conducted on November 1.', '2000-01-20'), 'November 1').value, '2000-11-01');
  assert.equal(find(tag('Tomorrow the department will release its report on September retail sales.', '1989-10-16'), 'September').value, '1989-09');
});

test('"has issued an amber warning for snow on Saturday": a warning for a day ahead, past the noun it is for', () => {
  assert.equal(find(tag('The Met Office has issued an amber warning for snow on Saturday.', '2012-02-03'), 'Saturday').value, '2012-02-04');
});

test('told in the past after "in" or "on", a month is not one of the year after the report; a deadline after "by" or "until" may be', () => {
  assert.equal(find(tag('Output peaked in January.', '1989-12-15'), 'January').value, '1989-01');
  assert.equal(find(tag('The council voted to act unless troops pull out by Jan. 15.', '1990-11-30'), 'Jan. 15').value, '1991-01-15');
});

test('the present progressive of a plan looks ahead: "is retiring in January", "who is leaving at the end of the month"', () => {
  assert.equal(find(tag('He first flew in 1962. He is retiring from the Senate in January after four terms, and said so Tuesday.', '1998-11-05'), 'January').value, '1999-01');
  assert.equal(find(tag('The commissioner, who is leaving the department at the end of the month, said officers had studied it.', '2013-12-12'), 'the end of the month').value, '2013-12');
});

test('a condition still to be met looks ahead: "If Chicago wins on Friday", "if he wins in November"', () => {
  assert.equal(find(tag('If Chicago wins on Friday, the series is over.', '1998-06-09'), 'Friday').value, '1998-06-12');
  assert.equal(find(tag('Romney promised to repeal the law if he wins in November.', '2012-06-28'), 'November').value, '2012-11');
});

test('"The union voted yesterday to strike Friday": a decision to act looks ahead past the day word between', () => {
  assert.equal(find(tag('The union voted yesterday to strike Friday.', '1998-03-26'), 'Friday').value, '1998-03-27');
});

test('tense: a time fronted before a comma takes the verb of its clause, however late ("In January, a week after the anniversary, a bomb killed")', () => {
  const t = tag('In January, a week after the anniversary of the ruling, a bomb outside a clinic killed a guard.', '1998-10-25');
  assert.equal(find(t, 'January').value, '1998-01');
});

test('tense: a typographic apostrophe reads as a plain one ("Wednesday’s ruling" as "Wednesday\'s ruling")', () => {
  const t = tag('Lawyers said the court would study Wednesday’s ruling.', DCT);
  assert.equal(find(t, 'Wednesday').value, '1998-01-07');
});

test('tense: a hearing that "continues Wednesday", talks that "continue on Monday" lie ahead', () => {
  const t = tag('Testimony continues Wednesday. The talks continue on Monday. The rally continued Tuesday.', DCT);
  assert.equal(find(t, 'Wednesday').value, '1998-01-14');
  assert.equal(find(t, 'Monday').value, '1998-01-12');
  assert.equal(find(t, 'Tuesday').value, '1998-01-06');
});

test('tense: what a bureau "forecast" lies ahead ("forecast more showers over the weekend"); "forecast Wednesday" is the day it spoke', () => {
  const t = tag('The weather bureau forecast more showers over the weekend.', '1998-08-21');
  assert.equal(find(t, 'the weekend').value, '1998-W34-WE');
  const spoke = tag('The ministry issued its forecast Wednesday.', '1998-08-21');
  assert.equal(find(spoke, 'Wednesday').value, '1998-08-19');
});

test('tense: an adverb inside a past perfect keeps it one ("had originally been scheduled to begin on Monday")', () => {
  const t = tag('The summit had originally been scheduled to begin on Monday but was put off by a day.', '2000-06-15');
  assert.equal(find(t, 'Monday').value, '2000-06-12');
});

test('tense: more irregular past forms read as past ("The shots rang out at about 12:30 p.m.")', () => {
  const t = tag('On Nov. 22, 1963, the president was shot in Dallas. The shots rang out at about 12:30 p.m. local time; he died soon after.', '2011-11-22');
  assert.equal(find(t, '12:30 p.m.').value, '1963-11-22T12:30');
});

test('tense: after a fronted time the clause\'s modal looks ahead however far it stands ("By Saturday, forecasters say, there could be four hurricanes")', () => {
  const t = tag('By Saturday, forecasters say, there could be four hurricanes in the basin, something that has not happened since 1893.', '1998-09-25');
  assert.equal(find(t, 'Saturday').value, '1998-09-26');
});

test('tense: an "-ed" complement of a verb told with "would" is no past ("would keep its fleet grounded through Wednesday"); "unlikely to" looks ahead', () => {
  const kept = tag('Officials said the carrier would keep its fleet grounded through Wednesday.', '1989-03-06');
  assert.equal(find(kept, 'Wednesday').value, '1989-03-08');
  const landed = tag('The pilots said the fleet was grounded on Wednesday.', '1989-03-06');
  assert.equal(find(landed, 'Wednesday').value, '1989-03-01');
  const count = tag('Officials said counting was unlikely to be completed before Tuesday.', '2016-02-29');
  assert.equal(find(count, 'Tuesday').value, '2016-03-01');
});

test('news: a plan dated in a sentence before does not cut a past clock from "yesterday"', () => {
  const t = tag('A grand jury yesterday indicted the mayor on drug charges. His trial is to begin June 4. The indictment was handed up at 2:15 p.m.', '1990-02-16');
  assert.equal(find(t, '2:15 p.m.').value, '1990-02-15T14:15');
  // a plan in the clock's own sentence still frames it
  const next = tag('Drivers struck yesterday. They will strike again next Tuesday, the last trains leaving at about 20:00.', '2016-04-20');
  assert.equal(find(next, '20:00').value, '2016-04-26T20:00');
});

test('tense: words ending in "-ed" that are no verb ("several hundred veterans will gather") do not read as past', () => {
  const t = tag('On Thursday several hundred veterans will gather on the beaches.', '2019-06-04');
  assert.equal(find(t, 'Thursday').value, '2019-06-06');
});

test('tense: "Sunday marks 30 years since" looks ahead; "1.53 marks late Tuesday" is money', () => {
  assert.equal(find(tag('Sunday marks 30 years since the tanker ran aground.', '2019-03-22'), 'Sunday').value, '2019-03-24');
  assert.equal(find(tag('The dollar was quoted at 1.5470 marks, up from 1.5355 marks late Tuesday.', '1990-08-23'), 'late Tuesday').value, '1990-08-21');
});

test('tense: an order or a closure lasting "until" a day sets it ahead ("ordered flags flown at half-staff until Wednesday")', () => {
  assert.equal(find(tag('The president ordered flags flown at half-staff until Wednesday.', '1998-08-10'), 'Wednesday').value, '1998-08-12');
  assert.equal(find(tag('He stayed in the city until Wednesday.', '1998-08-10'), 'Wednesday').value, '1998-08-05');
});

test('tense: a stranded "to" ("a package agreed to in October") is no infinitive looking ahead', () => {
  assert.equal(find(tag('The country will stick to the rescue package agreed to in October.', '1998-01-12'), 'October').value, '1997-10');
  assert.equal(find(tag('The union agreed to strike in October.', '1998-01-12'), 'October').value, '1998-10');
});

test('tense: "close to" is nearness, no fixture ahead ("appeared close to collapse in December")', () => {
  const t = tag('The party appeared close to collapse in December.', '1990-03-19');
  assert.equal(find(t, 'December').value, '1989-12');
  assert.equal(find(tag('The shops close Monday.', DCT), 'Monday').value, '1998-01-12');
});

test('tense: a participle after "be" and an adverb is no past ("should be fully unfurled by Thursday"); after "was" it is', () => {
  assert.equal(find(tag('The panels should be fully unfurled by Thursday.', '1990-04-25'), 'Thursday').value, '1990-04-26');
  assert.equal(find(tag('The panels were fully unfurled by Thursday.', '1990-04-25'), 'Thursday').value, '1990-04-19');
});

test('tense: "go back to", "dates back to" look back ("The roots of the famine go back to January")', () => {
  assert.equal(find(tag('The roots of this famine go back to January, aid workers say.', '1998-07-22'), 'January').value, '1998-01');
  assert.equal(find(tag('Rations go to the camps in January.', '1998-07-22'), 'January').value, '1999-01');
});

test('tense: "canceled ... through at least Friday" defers to a day ahead', () => {
  assert.equal(find(tag('The airline canceled all of its flights through at least Friday.', '1998-09-01'), 'Friday').value, '1998-09-04');
});

test('tense: "approaches on Saturday" looks ahead', () => {
  assert.equal(find(tag('As the anniversary of the landing approaches on Saturday, we look back.', '2019-07-16'), 'Saturday').value, '2019-07-20');
});

test('tense: a deadline set by an order reaches over a longer object ("ordered all foreign embassies in Kuwait City to close by Friday")', () => {
  assert.equal(find(tag('Iraq has ordered all foreign embassies in Kuwait City to close by Friday.', '1990-08-20'), 'Friday').value, '1990-08-24');
});

test('tense: a present passive of a coming event looks ahead ("before the euro is born on Jan. 1")', () => {
  assert.equal(find(tag('It is the last summit before the euro is born on Jan. 1.', '1998-06-15'), 'Jan. 1').value, '1999-01-01');
});

test('tense: "would have to" is an obligation ahead ("would have to start closing over the weekend"); "would have closed" looks back', () => {
  assert.equal(find(tag('Officials warned that parks would have to start closing over the weekend.', DCT), 'the weekend').value, '1998-W02-WE');
  assert.equal(find(tag('Officials said the parks would have closed on Monday without the money.', DCT), 'Monday').value, '1998-01-05');
});

test('tense: "Monday\'s opening" is a fixture whose verb decides ("attention would turn to Monday\'s opening")', () => {
  assert.equal(find(tag('Attention would turn to Monday\'s opening in Hong Kong.', DCT), 'Monday').value, '1998-01-12');
});

test('tense: a fixture verb with a capital inside its sentence is a name ("stood on Launch Pad 39A on Tuesday")', () => {
  assert.equal(find(tag('The astronaut stood on Launch Pad 39A on Tuesday with his family.', DCT), 'Tuesday').value, '1998-01-06');
});

test('tense: an "-ed" adjective after a modal\'s verb is no past ("could bring scattered storms by Thursday night"); "In May there occurred" keeps its past', () => {
  assert.equal(find(tag('The weather service said a cold front could bring scattered storms by Thursday night.', DCT), 'Thursday night').value, '1998-01-08TNI');
  assert.equal(find(tag('In May there occurred a general suspension of payments.', DCT), 'May').value, '1997-05');
});

test('tense: the end of a compound adjective is no verb ("delayed its hand-held machine until the spring" keeps "until"); "re-elected" is one', () => {
  assert.equal(find(tag('A rival delayed its hand-held machine until the spring.', '1996-10-02'), 'the spring').value, '1997-SP');
  assert.equal(find(tag('The mayor was re-elected on Tuesday.', DCT), 'Tuesday').value, '1998-01-06');
});

test('what forecasters predicted lies ahead; the day a prediction was made, or one told in the past perfect, does not', () => {
  // 1999-12-20 is a Monday
  assert.equal(find(tag('Forecasters predicted lighter rain through Wednesday.', '1999-12-20', 'news'), 'Wednesday').value, '1999-12-22');
  assert.equal(find(tag('The mayor predicted Tuesday that the city would recover.', '1999-12-20', 'news'), 'Tuesday').value, '1999-12-14');
  assert.equal(find(tag('The speaker, who had predicted on Tuesday that the bill would pass, conceded defeat.', '1999-12-20', 'news'), 'Tuesday').value, '1999-12-14');
});

test('a storm that "reaches" a coast by a weekday reaches it ahead', () => {
  // 1999-09-15 is a Wednesday
  assert.equal(find(tag('Rain will spread north when the storm reaches New England by Friday afternoon.', '1999-09-15', 'news'), 'Friday afternoon').value, '1999-09-17TAF');
});

test('a deadline set by an order lies ahead, unless the order is told in the past perfect', () => {
  // 1999-09-15 is a Wednesday
  assert.equal(find(tag('Residents were told to leave by Friday.', '1999-09-15', 'news'), 'Friday').value, '1999-09-17');
  assert.equal(find(tag('Two million people had been told to leave by Tuesday evening.', '1999-09-15', 'news'), 'Tuesday evening').value, '1999-09-14TEV');
});

test('a schedule told in the present looks ahead: "joins them on Saturday", "Saturday\'s sessions will focus"', () => {
  // 2000-07-19 is a Wednesday
  const t = tag('Putin joins them on Saturday morning for two days of talks. Saturday\'s sessions will focus on the economy.', '2000-07-19', 'news');
  assert.equal(find(t, 'Saturday morning').value, '2000-07-22TMO');
  assert.equal(find(t, 'Saturday').value, '2000-07-22');
});

test('what "is possible" on a weekday lies ahead; "possible links" says nothing of tense', () => {
  // 1996-01-08 is a Monday
  assert.equal(find(tag('Forecasters say light snow is possible again Wednesday night.', '1996-01-08', 'news'), 'Wednesday night').value, '1996-01-10TNI');
  assert.equal(find(tag('Police are studying possible links to a man who in February called for attacks.', '1998-08-10', 'news'), 'February').value, '1998-02');
});
