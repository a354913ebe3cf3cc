import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, tag } from './testing.js';
import { tagTimes } from './tagger.js';
import { analyse } from '../pipeline/run.js';

// 1998-01-08 is a Thursday.
const DCT = '1998-01-08';

test('news: deictic words resolve against the creation date', () => {
  const t = tag('Officials said yesterday that talks last week and last year failed; a vote comes next month.', DCT);
  assert.equal(find(t, 'yesterday').value, '1998-01-07');
  assert.equal(find(t, 'last week').value, '1998-W01');
  assert.equal(find(t, 'last year').value, '1997');
  assert.equal(find(t, 'next month').value, '1998-02');
  assert.equal(find(t, 'yesterday').anchor?.kind, 'dct');
});

test('news: "two weeks ago" and "a year ago" are dates, "this week" the ISO week', () => {
  const t = tag('The plant closed two weeks ago; a year ago it was busy. This week it reopens.', '2009-12-16');
  assert.equal(find(t, 'two weeks ago').value, '2009-W49');
  assert.equal(find(t, 'a year ago').value, '2008');
  assert.equal(find(t, 'This week').value, '2009-W51');
});

test('news: the tense of the verb picks the weekday direction', () => {
  const t = tag('The minister said Tuesday that the cabinet will meet Friday.', DCT);
  assert.equal(find(t, 'Tuesday').value, '1998-01-06');
  assert.equal(find(t, 'Friday').value, '1998-01-09');
});

test('news: times of day join the day they belong to', () => {
  const t = tag('Police arrived Tuesday morning and left at midnight.', DCT);
  const morning = find(t, 'Tuesday morning');
  assert.equal(morning.type, 'TIME');
  assert.equal(morning.value, '1998-01-06TMO');
});

test('narrative: relative dates follow the last date told', () => {
  const t = tag('On September 1, 1939 the invasion began. Two days later Britain declared war. The following year France fell; in the spring of 1941 the Balkans followed.');
  assert.equal(find(t, 'Two days later').value, '1939-09-03');
  assert.equal(find(t, 'The following year').value, '1940');
  assert.equal(find(t, 'the spring of 1941').value, '1941-SP');
});

test('narrative: "three decades later" moves by decades', () => {
  const t = tag('The rising of 23 October 1956 failed, but it shaped events three decades later.');
  const later = find(t, 'three decades later');
  assert.equal(later.value, '198');
  assert.equal(later.edtf, '198X');
  assert.equal(later.precision, 'decade');
});

test('narrative: BC years carry their era into later dates', () => {
  const t = tag('The revolt began in 499 BC. The following year the rebels burned Sardis.');
  assert.equal(find(t, 'The following year').value, 'BC0498');
});

test('histories: a year written without its era in a story told in BC years is BC; "AD 14" and 1453 stay as written', () => {
  const t = tag('In 415 BC the fleet sailed. In 413 BC it was destroyed. In 411 the oligarchs seized power, and in 404 the city surrendered. Augustus died in AD 14. In 1453 the city fell.');
  assert.equal(find(t, '411').value, 'BC0411');
  assert.equal(find(t, '404').value, 'BC0404');
  assert.equal(find(t, 'AD 14').value, '0014');
  assert.equal(find(t, '1453').value, '1453');
});

test('histories: a BC year named in an aside of a story told in our era does not carry its era to the years after it', () => {
  const t = tag('In the spring of AD 378 the emperor marched east. On 9 August 378 his army was destroyed, the worst defeat since Cannae in 216 BC. On 19 January 379 a new emperor was raised.');
  assert.equal(find(t, '216 BC').value, 'BC0216');
  assert.equal(find(t, '19 January 379').value, '0379-01-19');
  // a story that turns to BC years from a modern frame still drops the era
  const frame = tag('The dig of 1998 found the wreck. In 480 BC the Persian fleet sailed. In 479 it was destroyed.');
  assert.equal(find(frame, '479').value, 'BC0479');
});

test('news: a clock told in the past that falls in the part of the day just retold goes on in that scene, however long ago', () => {
  const t = tag('He was convicted on Tuesday of a killing on the night of Nov. 6, 2021. The clerk was shot twice. A customer survived.\n\nProsecutors said he walked into the store shortly after 11 p.m. and opened fire.', '2023-10-18');
  assert.equal(find(t, '11 p.m.').value, '2021-11-06T23:00');
});

test('news: in an anniversary report, a day told after "this year" is of the report\'s year, and so is the next; the anniversary\'s own week stays remembered', () => {
  const t = tag('Ten years ago tonight, gunmen seized 276 girls in Chibok. The anniversary follows another kidnapping this year. On 7 March, gunmen seized 137 pupils. They were released on 24 March.', '2024-04-14');
  assert.equal(find(t, '7 March').value, '2024-03-07');
  assert.equal(find(t, '24 March').value, '2024-03-24');
  const remembered = tag('Ten years ago tonight, gunmen seized 276 girls in Chibok. The raid had been planned since March.', '2024-04-14');
  assert.equal(find(remembered, 'March').value, '2014-03');
});

test('news: "overnight" told in the past is the night into the report\'s day, and the report\'s clocks stay on its day', () => {
  const t = tag('Two levees gave way overnight, and the mayor spoke at a noon news conference.', '2005-08-30');
  assert.equal(find(t, 'overnight').value, '2005-08-29TNI');
  assert.equal(find(t, 'noon').value, '2005-08-30T12:00');
  assert.equal(find(tag('Rain will continue overnight.', '2005-08-30'), 'overnight').value, '2005-08-30TNI');
});

test('histories: "two days after that" counts from the date just told; news tags its stretch; "every six months after that" stays a set', () => {
  const t = tag('The landing was on 6 June 1944. Two days after that Bayeux fell. A week after that Cherbourg was cut off.');
  assert.equal(find(t, 'Two days after that').value, '1944-06-08');
  assert.equal(find(t, 'A week after that').value, '1944-W24');
  const news = tag('The fort fell on Monday. Two days after that, the town surrendered. Tariffs fall every six months after that.', '2012-03-08');
  assert.equal(find(news, 'Two days').value, 'P2D');
  assert.equal(find(news, 'every six months').type, 'SET');
});

test('news: a clock after a part of day is in it ("yesterday afternoon at 2:19" is 14:19)', () => {
  const t = tag('He lifted off yesterday afternoon at 2:19, and the council met on Tuesday afternoon at 3:30.', '1998-06-18');
  assert.equal(find(t, '2:19').value, '1998-06-17T14:19');
  assert.equal(find(t, '3:30').value, '1998-06-16T15:30');
});

test('news: a deadline set by an order lies ahead ("were told to reply by Saturday", "ordered the boxes brought by noon Friday"), but "were ordered to Kuwait on Wednesday" is past', () => {
  const dct = '1999-02-18';
  assert.equal(find(tag('The parties were told to reply by Saturday.', dct), 'Saturday').value, '1999-02-20');
  assert.equal(find(tag('He ordered the boxes brought by noon Friday.', dct), 'noon Friday').value, '1999-02-19T12:00');
  assert.equal(find(tag('More soldiers were ordered to Kuwait on Wednesday.', dct), 'Wednesday').value, '1999-02-17');
});

test('"the 1st of June last", "the 4th of March next": the older order of "last June 1st"', () => {
  const t = tag('The steamer entered service on the 1st of June last, and the treaty expires on the 4th of March next.', '1847-01-01');
  assert.equal(find(t, 'the 1st of June last').value, '1846-06-01');
  assert.equal(find(t, 'the 4th of March next').value, '1847-03-04');
});

test('news: "the end of the week" told ahead after a bare year is the report\'s week; "the same week" told in the past stays the story\'s', () => {
  const t = tag('The baht collapsed in 1997. Leaders will endorse a plan by the end of the week.', '1998-11-16');
  assert.equal(find(t, 'the end of the week').value, '1998-W47');
  const past = tag('By the summer of 2012 he was losing money. Two years later, clients asked for their money back in the same week.', '2016-04-20');
  assert.equal(find(past, 'the same week').value, '2014-WXX');
});

test('a weekday naming the story\'s day again ("on 10 May 1857, a Sunday", "on that Monday") takes that day and speaks from no time of writing', () => {
  const t = tag('Google unveiled the phones on Oct. 29 and on that Monday shares rose. Forecasters warned that Friday could bring storms.', '2012-11-13');
  assert.equal(find(t, 'that Monday').value, '2012-10-29');
  assert.equal(find(t, 'Friday').value, '2012-11-09');
  const text = 'The revolt began at Meerut on 10 May 1857, a Sunday. Delhi fell in 1857, Lucknow was relieved in 1858 and the last rebels gave up in 1859. Historians today call it a war. On 18 June the rani died.';
  const r = tagTimes({ text, dct: '2009-07-15', documentType: 'auto', captions: [] });
  assert.equal(r.documentType.type, 'narrative');
  assert.equal(find(r.timexes, 'a Sunday').value, '1857-05-10');
});

test('"a fortnight" is two weeks: "a fortnight later", "for a fortnight", "every fortnight"', () => {
  const t = tag('The landing was on 6 June 1944. A fortnight later a storm struck; the siege lasted for a fortnight, and the mail came every fortnight.');
  assert.equal(find(t, 'A fortnight later').value, '1944-W25');
  assert.equal(find(t, 'a fortnight').value, 'P2W');
  assert.equal(find(t, 'every fortnight').value, 'P2W');
});

test('auto: an obituary opening on "died yesterday" is news, however many old years it retells', () => {
  const text = 'Ann Lee died yesterday. She was born in 1917, studied in 1936, married in 1940, moved in 1948, taught in 1952, wrote in 1961 and 1970, and retired in 1982. She finished her memoir on April 12.';
  const r = tagTimes({ text, dct: '1996-06-19', documentType: 'auto', captions: [] });
  assert.equal(r.documentType.type, 'news');
  assert.equal(find(r.timexes, 'April 12').value, '1996-04-12');
});

test('a decade tells its century but no year: "The 1990s were good. The end of the century ..." is 19; "in the 1980s ... by the end of the year" the report\'s year', () => {
  assert.equal(find(tag('The 1990s were good. The end of the century brought trouble.', '1999-12-29'), 'The end of the century').value, '19');
  assert.equal(find(tag('Banks grew fast in the 1980s and must meet new standards by the end of the year.', '1989-08-10'), 'the end of the year').value, '1989');
});

test('histories: a date in a past-perfect relative clause set off by commas is background ("The fleet, which had sailed in October 1904, reached Tsushima on 27 May")', () => {
  const t = tag('The Mukden battle ended on 10 March 1905. The fleet, which had sailed in October 1904, reached Tsushima on 27 May.');
  assert.equal(find(t, 'October 1904').value, '1904-10');
  assert.equal(find(t, '27 May').value, '1905-05-27');
});

test('auto: a clock lent its weekday speaks once, and "the last minute" little, of the time of writing', () => {
  const text = 'Crises came in 1948, 1953 and 1958. On 3 May 1961 the talks opened in Geneva. In June 1961 they moved to Vienna, and in July 1961 they failed. On Sunday, 13 August 1961, the border was closed, and at 10 a.m. on Wednesday the wall went up. Talks went on until the last minute.';
  const r = tagTimes({ text, dct: '2009-07-15', documentType: 'auto', captions: [] });
  assert.equal(r.documentType.type, 'narrative');
  assert.equal(find(r.timexes, 'Wednesday').value, '1961-08-16');
});

test('histories: a past-perfect month the story already stands in is that month, not a year back ("the previous month columns had crossed the border in October")', () => {
  const t = tag('Cuban troops arrived on 11 November 1975 and the previous month columns had crossed the border in October.');
  assert.equal(find(t, 'October').value, '1975-10');
});

test('news: "this weekend" told in the past late in the week is the coming one ("warned of blackouts if usage climbed again this weekend"); "over the weekend" the one gone', () => {
  assert.equal(find(tag('Utilities warned of blackouts if usage climbed again this weekend.', '1998-07-23'), 'this weekend').value, '1998-W30-WE');
  assert.equal(find(tag('Protesters gathered over the weekend.', '2003-03-20'), 'the weekend').value, '2003-W11-WE');
});

test('news: "the end of the century" after a year ahead of the report is the report\'s century', () => {
  assert.equal(find(tag('It will be fixed in 2005. They will be back by the end of the century.', '1998-11-16'), 'the end of the century').value, '19');
});

test('news: a futures month is the next to come ("Gasoline for June delivery rose"); "overnight" after a dateline naming the report\'s day is the night before', () => {
  assert.equal(find(tag('Gasoline for June delivery rose.', '1991-02-25'), 'June').value, '1991-06');
  assert.equal(find(tag('TOKYO, March 14 (Reuters) - Engineers fought overnight to cool a reactor.', '2011-03-14'), 'overnight').value, '2011-03-13TNI');
});

test('histories: "Planning began in 1941" tells when the planning happened, so the story goes there ("by the autumn" is 1941\'s)', () => {
  const t = tag('Planning had begun in early 1941, and by the autumn the crews were training.');
  assert.equal(find(t, 'the autumn').value, '1941-FA');
});

test('news: a midnight told in the past is the one that ended the day before the report ("the count stretched past midnight")', () => {
  assert.equal(find(tag('The count stretched past midnight.', '2012-03-07'), 'midnight').value, '2012-03-06T24');
  assert.equal(find(tag('The deadline is midnight tonight.', '1999-06-29'), 'midnight').value, '1999-06-29T24');
});

test('auto: no creation date means narrative, with a reason', () => {
  const r = tagTimes({ text: 'On 4 May 1970 the guards fired.', documentType: 'auto', captions: [] });
  assert.equal(r.documentType.type, 'narrative');
  assert.equal(r.documentType.decidedBy, 'auto');
  assert.match(r.documentType.reason, /no creation date/);
});

test('auto: a history told long after its download date is narrative', () => {
  const text = 'In 1939 the war began. In 1940 France fell. In 1941 the east was invaded. In 1942 the tide turned. In 1943 Italy left. On June 6, 1944 the landings came.';
  const r = tagTimes({ text, dct: '2009-12-19', documentType: 'auto', captions: [] });
  assert.equal(r.documentType.type, 'narrative');
});

test('auto: a bare weekday a few hits after a date written with its weekday is the story\'s ("Monday, 14 July ... By Wednesday"), no word from now', () => {
  const text = 'The quarrel went back to the spring of 1969 and a match in June 1969. Early on the evening of Monday, 14 July, the air force bombed targets across the border, and troops crossed at about 6 p.m. on two main roads. The other side struck back the next morning against the refinery at the port. By Wednesday the columns had pushed 40 kilometres in. A ceasefire came in 1969, peace only in 1980.';
  const r = tagTimes({ text, dct: '2009-07-15', documentType: 'auto', captions: [] });
  assert.equal(r.documentType.type, 'narrative');
  assert.equal(find(r.timexes, 'the evening of Monday, 14 July').value, '1969-07-14TEV');
});

test('auto: a history of recent years, dating its events by month and year and never speaking from now, is narrative', () => {
  const text = 'The rising began on 3 March 2001. Talks opened in May 2002 and collapsed that autumn. A truce was signed on 9 April 2003. In June the rebels split, and the following year the army retook the north.';
  const r = tagTimes({ text, dct: '2009-06-15', documentType: 'auto', captions: [] });
  assert.equal(r.documentType.type, 'narrative');
  assert.equal(find(r.timexes, 'June').value, '2003-06');
  assert.equal(find(r.timexes, 'the following year').value, '2004');
  // a report telling its news from now, with the same dates, stays news; "next October" speaks from now too
  const report = 'The court said Tuesday that the rising of 3 March 2001, the talks of May 2002 and the truce of 9 April 2003 would be reviewed next October.';
  assert.equal(tagTimes({ text: report, dct: '2009-06-15', documentType: 'auto', captions: [] }).documentType.type, 'news');
});

test('auto: a weekday written with its date ("Monday 29 October") does not speak from the time of writing', () => {
  const text = 'The canal was seized on 26 July 1938. Troops landed on Monday 29 October and the fleet sailed on 5 November 1938. Talks failed in 1939, and the treaty came in April 1940.';
  const r = tagTimes({ text, dct: '2009-07-15', documentType: 'auto', captions: [] });
  assert.equal(r.documentType.type, 'narrative');
  assert.equal(find(r.timexes, 'Monday 29 October').value, '1938-10-29');
});

test('auto: a report full of "yesterday" and "last week" near its date is news', () => {
  const text = 'Shares fell yesterday after a slump last week. The company said Tuesday that 1997 profit rose.';
  const r = tagTimes({ text, dct: DCT, documentType: 'auto', captions: [] });
  assert.equal(r.documentType.type, 'news');
});

test('auto: an anniversary piece speaking from today is news, and its reason says why and how to choose otherwise', () => {
  const text = 'Fifty years ago today, two men walked on the Moon. Apollo 11 lifted off on July 16, 1969, landed on 20 July 1969 and splashed down on July 24, 1969.';
  const r = tagTimes({ text, dct: '2019-07-20', documentType: 'auto', captions: [] });
  assert.equal(r.documentType.type, 'news');
  assert.match(r.documentType.reason, /3 of the 3 years .* but 1 word speaks from the time of writing/);
  assert.match(r.documentType.reason, /--type narrative/);
});

test('captions are dated by themselves and do not move the story anchor', () => {
  const text = 'On 30 October 1956 the leaders agreed. 1 November 1953: A crowd gathers in the square. The very next day they changed their minds.';
  const caption = { start: text.indexOf('1 November'), end: text.indexOf(' The very'), media: 'm1' };
  const r = tagTimes({ text, documentType: 'narrative', captions: [caption] });
  const inCaption = r.timexes.find((t) => t.text === '1 November 1953');
  assert.equal(inCaption?.media, 'm1');
  assert.equal(r.timexes.find((t) => t.text === 'The very next day')?.value, '1956-10-31');
});

test('ids run t1.. in text order and spans match the text', () => {
  const text = 'In 1953, then on 4 May 1970 and two days later.';
  const t = tag(text);
  t.forEach((x, k) => {
    assert.equal(x.id, `t${k + 1}`);
    assert.equal(text.slice(x.start, x.end), x.text);
  });
});

test('narrative: a lone ordinal day takes the month being told', () => {
  const t = tag('The offensive opened on 8 August 1918. On the 20th the second blow fell.');
  assert.equal(find(t, 'the 20th').value, '1918-08-20');
});

test('narrative: "July 25 of that year" joins the month to the story year', () => {
  const t = tag('The war began in April 1861. On July 25 of that year Congress acted.');
  assert.equal(find(t, 'July 25 of that year').value, '1861-07-25');
});

test('narrative: vague moves keep the anchor and mark the unknown unit', () => {
  const t = tag('The invasion began on June 25, 1950. Hours later the capital was shelled.');
  assert.equal(find(t, 'Hours later').value, '1950-06-25TXX');
});

test('history-only references ("former", "at that time") are tagged in narrative, not in news', () => {
  const text = 'In 1918 the former empire collapsed, and at that time the army dissolved. In 1919 peace came; in 1920 a treaty followed.';
  const narrative = tagTimes({ text, documentType: 'narrative', captions: [] }).timexes.map((x) => x.text);
  assert.ok(narrative.includes('former'));
  assert.ok(narrative.includes('that time'));
  const news = tagTimes({ text, dct: '1920-06-01', documentType: 'news', captions: [] }).timexes.map((x) => x.text);
  assert.ok(!news.includes('former'));
});

test('a caption anchors its own relative dates, and a glued credit does not hide a month', () => {
  const text = 'The rising began on 23 October 1956. 5 November 1956: Tanks enter the city; the next day they leave.Getty A car burns in NovemberFortepan';
  const first = { start: text.indexOf('5 November'), end: text.indexOf('Getty') + 5, media: 'm1' };
  const second = { start: text.indexOf('A car'), end: text.length, media: 'm2' };
  const r = tagTimes({ text, documentType: 'narrative', captions: [first, second] });
  const nextDay = r.timexes.find((t) => t.text === 'the next day');
  assert.equal(nextDay?.value, '1956-11-06');
  assert.equal(nextDay?.anchor?.kind, 'caption');
  const november = r.timexes.find((t) => t.text === 'November');
  assert.equal(november?.value, '1956-11');
  assert.equal(november?.media, 'm2');
  // (a caption without a date of its own goes on from the caption before)
  assert.equal(november?.anchor?.kind, 'caption');
});

test('auto: a news feature recalling old years stays news when it speaks of this week', () => {
  const text = 'The family fled in 1961, a brother followed in 1979 and a sister in 1980; the 1960s were hard. Until this week the case was quiet, but on Tuesday a judge ruled and yesterday the uncle spoke.';
  const r = tagTimes({ text, dct: '2000-02-24', documentType: 'auto', captions: [] });
  assert.equal(r.documentType.type, 'news');
  assert.equal(r.timexes.find((t) => t.text === 'this week')?.value, '2000-W08');
});

test('"soon" points ahead in news but is left untagged in a history', () => {
  const news = tag('The ministry will soon publish the figures.', DCT, 'news');
  assert.equal(find(news, 'soon').value, 'FUTURE_REF');
  const history = tag('The army crossed the river in 1809 and soon took the city.');
  assert.ok(!history.some((t) => t.text === 'soon'));
});

test('news: a clock time takes the day told after a bracketed aside', () => {
  const t = tag('The bomb went off at 10:15 a.m. (0815 GMT) Tuesday near the station.', DCT, 'news');
  assert.equal(find(t, '10:15 a.m.').value, '1998-01-06T10:15');
  assert.equal(find(t, 'Tuesday').value, '1998-01-06');
});

test('news tags only the day of "the night of Oct. 23"; a history keeps the part of day', () => {
  const news = tag('The doctor was shot on the night of Oct. 23 at his home.', '1998-11-20', 'news');
  assert.equal(find(news, 'Oct. 23').value, '1998-10-23');
  const history = tag('The march began on the night of April 18, 1775.');
  assert.equal(find(history, 'the night of April 18, 1775').value, '1775-04-18TNI');
});

test('months and seasons listed before one that writes its year share that year', () => {
  const news = tag('Payments fell due in April and July, 1844, and again in March, June and September 1845.', DCT);
  assert.equal(find(news, 'April').value, '1844-04');
  assert.deepEqual(['March', 'June'].map((m) => find(news, m).value), ['1845-03', '1845-06']);
  const story = tag('Fighting raged through the spring and summer of 1944.', undefined, 'narrative');
  assert.equal(find(story, 'the spring').value, '1944-SP');
  // a month told in its own clause keeps the story's year
  const apart = tag('The talks began in May 1990. They failed in March and resumed in June 1991.', undefined, 'narrative');
  assert.equal(find(apart, 'March').value, '1990-03');
});

test('narrative: a passing mention of a distant year does not anchor the dates after it when the story returns', () => {
  const aside = tag('The assembly met in May 1789. It had last met in 1614. On 20 June the deputies swore their oath. In 1791 a constitution followed.', undefined, 'narrative');
  assert.equal(find(aside, '20 June').value, '1789-06-20');
  // a story that moves on keeps the new year
  const moved = tag('The first war ended in 1945. In 1950 a new war began. In June the North attacked. In 1951 talks opened.', undefined, 'narrative');
  assert.equal(find(moved, 'June').value, '1950-06');
});

test('news: the day a report was made ("officials said on Thursday") is not the day a later clock time belongs to', () => {
  const timexes = tag('A strong earthquake struck the island on Tuesday afternoon, officials said on Thursday. The first shock came at 4:53 p.m.', '2010-01-14');
  assert.equal(find(timexes, 'Thursday').value, '2010-01-14');
  assert.equal(find(timexes, '4:53 p.m.').value, '2010-01-12T16:53');
});

test('narrative: a month just after a late-year day steps into the new year', () => {
  const t = tag('The Germans struck in the Ardennes on 16 December 1944. The offensive was halted by January, and in March the Allies crossed the Rhine.');
  assert.equal(find(t, 'January').value, '1945-01');
  assert.equal(find(t, 'March').value, '1945-03');
});

test('narrative: a year something was planned for does not move the story', () => {
  const t = tag('On 10 March 1975 the offensive began, ahead of a planned campaign in 1976. The defence collapsed on 11 March, and the capital fell on 30 April.');
  assert.equal(find(t, '1976').value, '1976');
  assert.equal(find(t, '11 March').value, '1975-03-11');
  assert.equal(find(t, '30 April').value, '1975-04-30');
});

test('narrative: "two years ago" in a quotation does not move the story', () => {
  const t = tag('On 21 April 1975 the president resigned, saying the accord signed "two years ago" had failed. On 25 April he left the country.');
  assert.equal(find(t, '25 April').value, '1975-04-25');
});

test('narrative: "the following year" counts from the story\'s year, past a passing mention', () => {
  const t = tag('In 492 BC the first expedition set out; Thrace had been taken in 513 BC. The following year envoys were sent to every city, and in 490 BC the army landed at Marathon.');
  assert.equal(find(t, 'The following year').value, 'BC0491');
});

test('narrative: a year in brackets is an aside and does not move the story', () => {
  const t = tag('In 1793 the peasants of the west revolted against the laws on the Church (1790). On 17 August the Convention voted for conscription.');
  assert.equal(find(t, '17 August').value, '1793-08-17');
});

test('narrative: a span in brackets ("(1756–63)") is an aside too, unless the story has no date yet', () => {
  const t = tag('The battle of 1759 belonged to a longer war (1756–63). The fleet put to sea in late May and fought in November.');
  assert.equal(find(t, 'late May').value, '1759-05');
  assert.equal(find(t, 'November').value, '1759-11');
  const opening = tag('The Great Revolt (66–73 AD) was the first rising against Rome. Fighting broke out that spring.');
  assert.equal(find(opening, 'that spring').value, '0066-SP');
});

test('narrative: a winter is named by the year it ends in, and the story stays in the year before', () => {
  const t = tag('The army gathered in the autumn of 481 BC and passed the winter at Sardis. The fleet sailed on 10 September.');
  assert.equal(find(t, 'the winter').value, 'BC0480-WI');
  assert.equal(find(t, '10 September').value, 'BC0481-09-10');
});

test('news: "this past weekend" is the last weekend before the creation date, a date', () => {
  const t = tag('The plan was dropped this past weekend.', '2013-04-15');
  assert.equal(find(t, 'this past weekend').value, '2013-W15-WE');
  assert.equal(find(t, 'this past weekend').type, 'DATE');
});

test('news: a clock time followed by "on" and a day takes that day', () => {
  const t = tag('A spokesman said at 16:00 GMT on Sunday that most hostages had been freed.', '2013-09-23');
  assert.equal(find(t, '16:00 GMT').value, '2013-09-22T16:00');
  assert.equal(find(t, 'Sunday').value, '2013-09-22');
});

test('narrative: a move set off by a comma after a date restates it ("on 5 May 1821, almost six years later")', () => {
  const t = tag('Napoleon left Elba in 1815. He died on 5 May 1821, almost six years later.');
  assert.equal(find(t, 'almost six years later').value, '1821');
});

test('narrative: "the night before" is the night of the day before the story\'s', () => {
  const t = tag('By 20 March 1815 he was in Paris; the king had fled the night before. The night before the battle it rained.');
  assert.equal(find(t, 'the night before').value, '1815-03-19TNI');
  assert.ok(!t.some((x) => x.text === 'The night before'), 'counted from an event, left as "The night"');
});

test('a past-perfect flashback becomes the story the next sentences go on from (a history\'s lead, then its background)', () => {
  const t = tag('The war lasted from 30 November 1939 to 13 March 1940. Moscow had opened talks in October 1939. The negotiations broke down on 13 November, and thirteen days later the shelling began.');
  assert.equal(find(t, '13 November').value, '1939-11-13');
  assert.equal(find(t, 'thirteen days later').value, '1939-11-26');
});

test('a weekday naming an event ("Bloody Sunday", "Black Monday") is not placed as a day', () => {
  const t = tag('Unrest had grown since Bloody Sunday in January, and Black Monday shook the markets on Friday.', '1987-10-24');
  assert.ok(!t.some((x) => x.text === 'Sunday' || x.text === 'Monday'));
  assert.equal(find(t, 'Friday').value, '1987-10-23');
});

test('"last summer" is the one before whenever this year\'s has not ended; "last spring" in June is this year\'s', () => {
  const june = tag('We have waited since last summer. Last spring it rained, and last April it snowed.', '1999-06-08');
  assert.equal(find(june, 'last summer').value, '1998-SU');
  assert.equal(find(june, 'Last spring').value, '1999-SP');
  assert.equal(find(june, 'last April').value, '1999-04');
  const april = tag('Last April it snowed.', '1999-04-20');
  assert.equal(find(april, 'Last April').value, '1998-04');
});

test('a restating move may be qualified ("on 16 November 1632, barely fourteen months later") but not led by a preposition', () => {
  const t = tag('Breitenfeld was won in September 1631. The king fell at Lützen on 16 November 1632, barely fourteen months later.');
  assert.equal(find(t, 'fourteen months later').value, '1632-11');
  const over = tag('Revenue for the year ending June 30, 1854, over the preceding year rose.', '1854-12-01', 'narrative');
  assert.equal(find(over, 'the preceding year').value, '1853');
});

test('"that winter" is named like "the winter": by the year it ends in', () => {
  const t = tag('In the autumn of 1813 Napoleon fell back. That winter the allies crossed the Rhine.');
  assert.equal(find(t, 'That winter').value, '1814-WI');
});

test('news: "the end of the year" told in the future is the report\'s year, not one the story left behind', () => {
  const t = tag('Jobs, who returned in 1997, said yesterday that Apple expects to ship it by the end of the year. Sales fell in 1998 and by the end of the year were flat.', '1999-10-14');
  const ends = t.filter((x) => x.text === 'the end of the year').map((x) => x.value);
  assert.deepEqual(ends, ['1999', '1998']);
});

test('news: a deadline the story told ahead of the report is not the month "the end of the month" means', () => {
  const t = tag('A temporary extension ends May 1. House leaders said Thursday they hoped to finish by the end of the month.', '1998-03-13');
  assert.equal(find(t, 'the end of the month').value, '1998-03');
});

test('a past-perfect date is counted from ("had moved to Canada in 1870 and to Boston a year later")', () => {
  const t = tag('Bell patented the telephone on 7 March 1876. He had moved to Canada in 1870 and to Boston a year later.');
  assert.equal(find(t, 'a year later').value, '1871');
});

test('news: a clock time takes the day told close by, past a year in between, and only on the side of now its tense points to', () => {
  const t = tag('Voters went to the polls Tuesday in the closest race since the 2008 election, and by midnight the result was clear.', '2012-11-07');
  assert.equal(find(t, 'midnight').value, '2012-11-06T24');
  const ahead = tag('The judge will hear motions next Monday. His lawyer told reporters at 3:15 p.m. that he was pleased.', '1998-05-14');
  assert.equal(find(ahead, '3:15 p.m.').value, '1998-05-14T15:15');
});

test('a restating move names the date it restates, however loosely it counts ("in 2006, two years later" after 2004)', () => {
  const t = tag('The tsunami struck on 26 December 2004. Warning buoys began operating in 2006, two years later.');
  assert.equal(find(t, 'two years later').value, '2006');
});

test('news: "that night" is the night of the day the story tells, "this morning" today\'s', () => {
  const t = tag('The quake hit on Monday, 2 March. That night aftershocks followed, and this morning rescuers returned.', '2020-03-09');
  assert.equal(find(t, 'That night').value, '2020-03-02TNI');
  assert.equal(find(t, 'this morning').value, '2020-03-09TMO');
});

test('a move followed by the date it reaches takes that date ("the next day, 5 June 1989", "six days later, on 20 September")', () => {
  const t = tag('Protests began on 13 May 1989. A man stopped the tanks the next day, 5 June 1989. In mid-September the army landed; six days later, on 20 September, it won.');
  assert.equal(find(t, 'the next day').value, '1989-06-05');
  assert.equal(find(t, 'six days later').value, '1989-09-20');
});

test('a flashback opening on a month without a year steps back ("had landed in November" after March 1855), not before a deadline ("had been repulsed by January")', () => {
  const t = tag('The siege ended in March 1855. The French had landed in November.');
  assert.equal(find(t, 'November').value, '1854-11');
  const deadline = tag('The offensive opened on 16 December 1944. It had been repulsed by January.');
  assert.equal(find(deadline, 'January').value, '1945-01');
  // a day of the month the story stands in is no flashback either
  assert.equal(find(tag('The siege was lifted in early May 1900. News came that the fort had been relieved on 17 May.'), '17 May').value, '1900-05-17');
  // "had to" tells a duty in the simple past, no flashback
  const duty = tag('In March 1066 William built a fleet. Harold had to disband his army on 8 September.');
  assert.equal(find(duty, '8 September').value, '1066-09-08');
});

test('"the following winter", "the previous winter" are named like "the winter": by the year they end in', () => {
  const t = tag('The army landed in June 1854. The following winter was cold. In October 1856 they marched, as the previous winter had been mild. He was crowned that June.');
  assert.equal(find(t, 'The following winter').value, '1855-WI');
  assert.equal(find(t, 'the previous winter').value, '1856-WI');
  assert.equal(find(t, 'that June').value, '1856-06');
});

test('a clock time takes the day after it across "local time on" and "on the morning of"', () => {
  const t = tag('In 1853 war loomed. At 11:00 on the morning of 25 October 1854 the brigade charged; the quake struck at 07:58 local time on 26 December 2004.');
  assert.equal(find(t, '11:00').value, '1854-10-25T11:00');
  assert.equal(find(t, '07:58').value, '2004-12-26T07:58');
});

test('hours and minutes counted from a clock time land on a clock time', () => {
  const t = tag('On 20 July 1969 Armstrong stepped out at 10:56 p.m., and Aldrin followed about 20 minutes later.');
  const later = find(t, '20 minutes later');
  assert.equal(later.value, '1969-07-20T23:16');
  assert.equal(later.type, 'TIME');
});

test('"the following weekend" after a weekday is that week\'s own', () => {
  const t = tag('The Wall opened on Thursday, 9 November 1989. Over the following weekend, millions crossed.');
  assert.equal(find(t, 'the following weekend').value, '1989-W45-WE');
});

test('a weekday written with a day and month chooses the year they agree in ("Thursday, 30 November" after 1940 is 1939\'s)', () => {
  const t = tag('The war lasted from 30 November 1939 to 13 March 1940. Late in 1940 peace held. On Thursday, 30 November, the Red Army had crossed.');
  assert.equal(find(t, 'Thursday, 30 November').value, '1939-11-30');
});

test('"the second half of the year" is one expression, in the year of the story or the report', () => {
  const t = tag('Profit should improve in the second half of the year.', '1995-04-11');
  assert.equal(find(t, 'the second half of the year').value, '1995-H2');
});

test('a move named by the date after it keeps its own part of the day, and gives none to a plain move', () => {
  const t = tag('The fleet sailed on 16 September 1894. The following afternoon, 17 September, it met the enemy. In July 1956 Nasser spoke; a week later, on the evening of Thursday 26 July, he seized the canal.');
  assert.equal(find(t, 'The following afternoon').value, '1894-09-17TAF');
  assert.equal(find(t, 'a week later').value, '1956-07-26');
});

test('a weekday before the calendar reform agrees with its date by the Julian calendar ("Saturday, 14 October" 1066)', () => {
  const t = tag('William landed on 28 September 1066. The battle was fought on Saturday, 14 October.');
  assert.equal(find(t, 'Saturday, 14 October').value, '1066-10-14');
});

test('"the following spring" after a season is the next year\'s; a winter named by its end year is followed by that spring', () => {
  const t = tag('She married in the summer of 1920, and their daughter was born the following spring. In the winter of 1854-55 the army froze; the following spring it attacked.');
  assert.equal(find(t, 'the following spring').value, '1921-SP');
  assert.deepEqual(t.filter((x) => x.text === 'the following spring').map((x) => x.value), ['1921-SP', '1855-SP']);
});

test('in a history a quarter without a year is of the year told, and "that autumn" skips a decade told in passing', () => {
  const quarter = tag('In 1998 the observatory merged with the university; the merger took effect in the third quarter.');
  assert.equal(find(quarter, 'the third quarter').value, '1998-Q3');
  const autumn = tag('In the summer of 1643 the king marched. In the 1640s such marches were common. That autumn he reached Oxford.');
  assert.equal(find(autumn, 'That autumn').value, '1643-FA');
});

test('"48 hours later" after a day is two days on', () => {
  const t = tag('On 16 August 1870 they fought at Mars-la-Tour, and 48 hours later at Gravelotte.');
  assert.equal(find(t, '48 hours later').value, '1870-08-18');
});

test('"the last day of the war" is the end of the war, not the day before; the story stays on its date', () => {
  const t = tag('The army attacked on 7 June 1967. On the last day of the war they stormed the Golan. The next day they rested.');
  assert.equal(find(t, 'the last day of the war').value, 'P1D');
  assert.equal(find(t, 'The next day').value, '1967-06-08');
});

test('a clock time before "last night", "yesterday" or "this morning" takes that day', () => {
  const t = tag('The storm hit at 9 p.m. last night; at noon yesterday it had been calm.', '2017-08-27');
  assert.equal(find(t, '9 p.m.').value, '2017-08-26T21:00');
  assert.equal(find(t, 'noon yesterday').value, '2017-08-26T12:00');
});

test('"from Jan. 10 to 18" ends on the 18th; the year after a range\'s second day is not tagged twice', () => {
  const t = tag('The show runs from Jan. 10 to 18. They met on May 4 and 5, 1865, and rates went from May 4 to 5 percent.', '2015-02-25');
  assert.equal(find(t, '18').value, '2015-01-18');
  assert.deepEqual(t.filter((x) => x.text.includes('1865')).map((x) => x.text), ['5, 1865']);
  assert.equal(t.some((x) => x.text === '5' ), false);
});

test('a clock before "this evening" or "tonight" is in that part of the day; a bare hour counts only after "at", not in a score', () => {
  const t = tag('Lines were long at 6:30 this evening; he spoke at 10:15 tonight; the call was at 5 this morning. The Yankees beat Seattle 7 to 4 last night.', '1998-11-03');
  assert.equal(find(t, '6:30').value, '1998-11-03T18:30');
  assert.equal(find(t, '10:15').value, '1998-11-03T22:15');
  assert.equal(find(t, '5').value, '1998-11-03T05:00');
  assert.equal(t.some((x) => x.text === '4'), false);
});

test('a bare January after December crosses into the next year; the two ends of a range are not an aside', () => {
  const december = tag('In December 1878 an ultimatum was delivered. The deadline passed on 11 January.');
  assert.equal(find(december, '11 January').value, '1879-01-11');
  const range = tag('The war lasted from 1961 to 1991. Eritrea became independent two years later. It had been a colony in 1941.');
  assert.equal(find(range, 'two years later').value, '1993');
});

test('in news "the last week of March" is a week-long stretch and a March ahead, not last week', () => {
  const t = tag('The last car will roll off the line in the last week of March.', '2014-12-29');
  assert.equal(find(t, 'the last week').type, 'DURATION');
  assert.equal(find(t, 'the last week').value, 'P1W');
  assert.equal(find(t, 'March').value, '2015-03');
});

test('"the first day of the war" and "the last day of his reign" take in the event they date; "the first day of October" is left to October', () => {
  const t = tag('On the first day of the war they advanced; on the last day of his reign he fled; the rent was due on the first day of October 1803.');
  assert.equal(find(t, 'the first day of the war').value, 'P1D');
  assert.equal(find(t, 'the last day of his reign').value, 'P1D');
  assert.equal(t.some((x) => x.text === 'the first day'), false);
});

test('"later that month, on 23 March" and "early the next month, on 4 June" keep their month; the day after them is its own', () => {
  const t = tag('An armistice came on 6 March 1881, and a peace was signed later that month, on 23 March. The siege began on 2 May 1863; early the next month, on 4 June, it ended.');
  assert.equal(find(t, 'later that month').value, '1881-03');
  assert.equal(find(t, 'early the next month').value, '1863-06');
  assert.equal(find(t, '4 June').value, '1863-06-04');
});

test('"the same period last year" after a half is that half a year back; "10 a.m. (0900 GMT) on Tuesday" is Tuesday\'s', () => {
  const half = tag('Output grew 5 percent in the first half of this year compared with the same period last year.', '1999-08-08');
  assert.equal(find(half, 'the same period last year').value, '1998-H1');
  const clock = tag('The ministers will meet at 10 a.m. (0900 GMT) on Tuesday.', '2000-03-15');
  assert.equal(find(clock, '10 a.m.').value, '2000-03-21T10:00');
});

test('a bare month after October-December in a history steps into the next year, unless it is listed ("November and January")', () => {
  const t = tag('In November 1970 the army advanced. In February it attacked again.');
  assert.equal(find(t, 'February').value, '1971-02');
  // a January listed right after the story's December runs on into the new year
  const winter = tag('The offensive opened on 30 November 1939. Through December and January the defenders held. On 8 January they struck back.');
  assert.equal(find(winter, 'January').value, '1940-01');
  assert.equal(find(winter, '8 January').value, '1940-01-08');
});

test('narrative: "the largest tank battle since 1943" counts a record from that year; the story stays in its own', () => {
  const t = tag('The battle began on 14 October 1973. It was the largest tank battle since 1943. Two days later the canal was crossed.');
  assert.equal(find(t, 'Two days later').value, '1973-10-16');
  const unrest = tag('Riots broke out in March 1968, the worst unrest since 1956. On 2 April the army moved in.');
  assert.equal(find(unrest, '2 April').value, '1968-04-02');
});

test('a holiday naming a kind of thing ("a Christmas reception", "an Easter parade") leaves the story on its own day', () => {
  assert.equal(find(tag('On 27 December 1974 rebels seized a Christmas reception; the next day they freed the women.'), 'the next day').value, '1974-12-28');
  assert.equal(find(tag('On 3 March 1975, guerrillas attacked an Easter parade at 9 p.m.'), '9 p.m.').value, '1975-03-03T21:00');
});

test('narrative: a date in a "which had" clause opens the story when it has no date yet', () => {
  assert.equal(find(tag('The fort, which had fallen on 23 June 1565, was rebuilt the following year.'), 'the following year').value, '1566');
  assert.equal(find(tag('The writer, who had left the city in October 1941, finished the book that December.'), 'that December').value, '1941-12');
});

test('narrative: "Nearly a century later, in 1999": a long move is named by the year written after it', () => {
  const t = tag('In 1910 the Union was formed. Nearly a century later, in 1999, the centenary was marked.');
  assert.equal(find(t, 'Nearly a century later').value, '1999');
  const month = tag('Talks began on 28 October 1973. The accords five years later, in September 1978, followed.');
  assert.equal(find(month, 'five years later').value, '1978');
});

test('narrative: life dates in brackets ("(born 1934)", "(1933–2011)") are asides the story does not return to', () => {
  const t = tag('The talks opened in October 1960. In January 1966 a coup followed. On 29 July Gowon (born 1934) seized power.');
  assert.equal(find(t, '29 July').value, '1966-07-29');
  const span = tag('Talks began in January 1967. On 30 May the governor, Ojukwu (1933–2011), proclaimed secession.');
  assert.equal(find(span, '30 May').value, '1967-05-30');
});

test('"the last days of December", with no count, is the end of that December; "the first days of May" its start', () => {
  const t = tag('The siege began in 1944. The city fell in the last days of December, and relief came in the first days of May.');
  assert.equal(find(t, 'the last days of December').value, '1944-12');
  assert.equal(find(t, 'the last days of December').mod, 'END');
  assert.equal(find(t, 'the first days of May').mod, 'START');
});

test('in a history "the last week of August 1918" is one date (WikiWars: DATE P1W), "the last two weeks of February 1951" a stretch', () => {
  const t = tag('In the last week of August 1918 they advanced; in the last two weeks of February 1951 they fought.');
  assert.equal(find(t, 'the last week of August 1918').type, 'DATE');
  assert.equal(find(t, 'the last week of August 1918').value, 'P1W');
  assert.equal(find(t, 'the last two weeks of February 1951').type, 'DURATION');
});

test('in news "That summer" is the story\'s summer; "shortly after midnight on 23 December" is that day\'s first hour', () => {
  assert.equal(find(tag('He joined the firm in 1974. That summer he met his wife.', '2000-03-03'), 'That summer').value, '1974-SU');
  assert.equal(find(tag('Shortly after midnight on 23 December 1972 an earthquake struck.'), 'midnight').value, '1972-12-23T00:00');
});

test('the December after "the winter of 1941-42" is 1941\'s; "Independence Day on 25 March" is no 4 July', () => {
  const t = tag('The winter of 1941-42 was harsh. In December the Soviets counterattacked, and in February they stalled. Greeks celebrate Independence Day on 25 March.');
  assert.equal(find(t, 'December').value, '1941-12');
  assert.equal(find(t, 'February').value, '1942-02');
  assert.equal(t.some((x) => x.text.startsWith('Independence')), false);
  assert.deepEqual(tag('Nigeria marks Remembrance Day on 15 January.').map((x) => x.text), ['15 January']);
});

test('a past-perfect flashback after a bare year may lie in that year ("The war of 1965 ... had been rising since the spring")', () => {
  const t = tag('The war of 1965 was short. Tension had been rising since the spring, when the armies clashed in April.');
  assert.equal(find(t, 'the spring').value, '1965-SP');
  assert.equal(find(t, 'April').value, '1965-04');
});

test('"at about 9:20 the next morning" is the next day\'s and moves the story once; in news a "since" date frames no clock', () => {
  const t = tag('The army crossed on 3 May 1915 and attacked at about 9:20 the next morning. At 10 p.m. that night it rained.');
  assert.equal(find(t, '9:20').value, '1915-05-04T09:20');
  assert.equal(find(t, 'the next morning').value, '1915-05-04TMO');
  assert.equal(find(t, '10 p.m.').value, '1915-05-04T22:00');
  const news = tag('It was their first win since January 1, 1997. The game began at 2:10 p.m. local time.', '2010-01-01');
  assert.equal(find(news, '2:10 p.m.').value, '2010-01-01T14:10');
});

test('in a history a day of the year told in the present as a kept day is that day of any year ("23 March is the Day of the Sea")', () => {
  const t = tag('The fighting ended on 4 April 1884. In Bolivia, 23 March is the Day of the Sea, and Poles mark 11 November as a holiday. On 15 August 1920 the army won.');
  assert.equal(find(t, '23 March').value, 'XXXX-03-23');
  assert.equal(find(t, '11 November').value, 'XXXX-11-11');
  assert.equal(find(t, '15 August 1920').value, '1920-08-15');
  // a day named as a day of what is told is no kept day: "on 26 June, the first full day of the airlift"
  const told = tag('The airlift began in June 1948. A plane is unloaded at Tempelhof on 26 June, the first full day of the airlift.');
  assert.equal(find(told, '26 June').value, '1948-06-26');
});

test('a number inside an archive signature ("Bild 183-1989-1104-437") is no year', () => {
  const t = tag('Crowds at the wall, November 1989. Photograph: Bundesarchiv, Bild 183-1989-1104-437');
  assert.deepEqual(t.map((x) => x.text), ['November 1989']);
});

test('a clock takes the day told with it: "9 a.m. ET on Tuesday", "4:35 p.m. local time Saturday", "Thursday at 7:05 a.m."', () => {
  const t = tag('The vote is set for 9 a.m. ET on Tuesday. He landed at 4:35 p.m. local time Saturday. The launch is planned for Thursday at 7:05 a.m., a service for Saturday, Aug. 6, at 11 a.m.', '2011-08-03');
  assert.equal(find(t, '9 a.m. ET').value, '2011-08-09T09:00');
  assert.equal(find(t, '4:35 p.m.').value, '2011-07-30T16:35');
  assert.equal(find(t, '7:05 a.m.').value, '2011-08-04T07:05');
  assert.equal(find(t, '11 a.m.').value, '2011-08-06T11:00');
  // a two-letter zone only in capitals: "Mt." is no zone, so the year stays
  assert.equal(find(tag('In 1953 Mt. Everest was climbed.'), '1953').value, '1953');
});

test('"twelve hours later" counts from the clock told with the day; "that July" in a flashback is the story\'s July', () => {
  const t = tag('The armistice was signed at 10 a.m. on 27 July 1953 and took effect twelve hours later.');
  assert.equal(find(t, 'twelve hours later').value, '1953-07-27T22:00');
  assert.equal(find(t, 'twelve hours later').type, 'TIME');
  const flashback = tag('The revolution came in February 1979. Saddam Hussein, who had become president that July, broke the treaty.');
  assert.equal(find(flashback, 'that July').value, '1979-07');
});

test('"a month or more" is a length at least that long; "the second half of calendar 2014" is that half', () => {
  const t = tag('Lifting the ship could take a month or more, and the repairs three weeks or longer.', '2014-04-17');
  assert.equal(find(t, 'a month or more').mod, 'EQUAL_OR_MORE');
  assert.equal(find(t, 'three weeks or longer').value, 'P3W');
  assert.equal(find(tag('No recovery is seen until the second half of calendar 2014.', '2013-08-06'), 'the second half of calendar 2014').value, '2014-H2');
});

test('histories: a bracketed Old Style date is an aside, a range sums up a stretch, and "the following year" after a clause moves on', () => {
  const oldStyle = tag('Empress Elizabeth died on 5 January 1762 (25 December 1761 Old Style). Peter III was deposed that summer.');
  assert.equal(find(oldStyle, 'that summer').value, '1762-SU');
  const range = tag('Baghdad tore up the accord on 17 September 1980. The war lasted from 1980 to 1988. Five days later its aircraft struck.');
  assert.equal(find(range, 'Five days later').value, '1980-09-22');
  const clause = tag('After the treaty was signed in 1763, the following year was quiet. The army came back in 1765, the following year, and stayed.');
  assert.deepEqual(clause.filter((t) => t.text === 'the following year').map((t) => t.value), ['1764', '1765']);
  assert.equal(find(tag('He spent the winter of 1777-1778 at Valley Forge. The following spring he marched.'), 'The following spring').value, '1778-SP');
});

test('clocks in words ("half past two", "a quarter to five in the afternoon"), the Ides of March, "under two hours", and a month in a "when" clause after a year', () => {
  const t = tag('On 2 July 1644 the fighting began at half past two; by a quarter to five in the afternoon it was over, in under two hours. In 44 BC Caesar died on the Ides of March.');
  assert.equal(find(t, 'half past two').value, '1644-07-02T02:30');
  assert.equal(find(t, 'a quarter to five in the afternoon').value, '1644-07-02T16:45');
  assert.equal(find(t, 'under two hours').mod, 'LESS_THAN');
  assert.equal(find(t, 'Ides of March').value, 'BC0044-03-15');
  const news = tag('It is the worst ferry disaster since 1993, when a ferry sank in October.', '2014-04-17');
  assert.equal(find(news, 'October').value, '1993-10');
});

test('"A.D. 250" is a year; "in afternoon trading" is the report\'s afternoon, "at night" no night in particular', () => {
  assert.equal(find(tag('The empire was at its height in A.D. 250.'), 'A.D. 250').value, '0250');
  const t = tag('Stocks rose in afternoon trading. He works at night.', '2013-03-20');
  assert.equal(find(t, 'afternoon').value, '2013-03-20TAF');
  assert.equal(find(t, 'night').value, 'XXXX-XX-XXTNI');
});

test('quarters with digit ordinals: "the 4th quarter of the year", "the 3rd quarter of 1998", "2nd-quarter"', () => {
  const t = tag('During the 4th quarter of the year receipts rose; in the 3rd quarter of 1998 they had fallen, and the 2nd-quarter loss was large.', '1999-12-02');
  assert.equal(find(t, 'the 4th quarter of the year').value, '1999-Q4');
  assert.equal(find(t, 'the 3rd quarter of 1998').value, '1998-Q3');
  assert.equal(find(t, '2nd-quarter').type, 'DATE');
});

test('news: Election Day and the Fourth of July, "6 p.m. Eastern", "this Sunday" ahead, "in the U.S. on Friday" keeps its tense', () => {
  const t = tag('The race ends on Election Day; polls close at 6 p.m. Eastern on November 4. Leaders are meeting this Sunday. The stock will be listed in the U.S. on Friday.', '2008-10-30');
  assert.equal(find(t, 'Election Day').value, '2008-11-04');
  assert.equal(find(t, '6 p.m. Eastern').value, '2008-11-04T18:00');
  assert.equal(find(t, 'this Sunday').value, '2008-11-02');
  assert.equal(find(t, 'Friday').value, '2008-10-31');
  assert.equal(find(tag('This Monday he resigned.', '2008-10-30'), 'This Monday').value, '2008-10-27');
  assert.equal(find(tag('On the fourth of July 1776 they signed.'), 'the fourth of July 1776').value, '1776-07-04');
});

test('news: a quarter already over, told ahead, is next year\'s; a winter is named by the year it ends in', () => {
  assert.equal(find(tag('We will see a pickup by the third quarter.', '1989-12-29'), 'the third quarter').value, '1990-Q3');
  assert.equal(find(tag('It will report third-quarter results next week.', '1989-10-10'), 'third-quarter').value, '1989-Q3');
  assert.equal(find(tag('The winter was mild.', '1989-04-19'), 'The winter').value, '1989-WI');
  assert.equal(find(tag('Sales slumped last winter.', '2014-11-04'), 'last winter').value, '2014-WI');
  assert.equal(find(tag('Sales slumped last winter.', '2010-02-10'), 'last winter').value, '2009-WI');
  assert.equal(find(tag('He spent this winter shaking hands.', '2000-03-03'), 'this winter').value, '2000-WI');
});

test('histories: a move counts from the year in its own sentence; "sailed for France a week later" is a move; "a quarter of a century later"', () => {
  const t = tag('The war ended in 1970. The country became independent in 1960 and a republic three years later. In 1966 a coup failed.');
  assert.equal(find(t, 'three years later').value, '1963');
  const week = tag('The king arrived on 3 May 1920. He sailed for France a week later and never returned.');
  assert.equal(find(week, 'a week later').type, 'DATE');
  assert.equal(find(tag('In 1950 war came. A quarter of a century later it ended.'), 'A quarter of a century later').value, '1975');
  assert.equal(find(tag('It took a quarter of an hour.', '2013-11-20'), 'a quarter of an hour').value, 'PT15M');
});

test('a heading range does not carry a bare month past the year the text goes on to write ("1920–1922 ... in January and shot on 7 February 1920")', () => {
  const t = tag('Heavy fighting, 1920–1922. Kolchak was handed over in January and shot on 7 February 1920.');
  assert.equal(find(t, 'January').value, '1920-01');
});

test('histories: a flashback years back is background once its sentence ends; a hope is no step; "the spring of the following year"', () => {
  const background = tag('The invasion began on 24 June 1812. Relations had soured in 1810. The French took Smolensk on 17 August.');
  assert.equal(find(background, '17 August').value, '1812-08-17');
  // months back, and ending its sentence near the story, a flashback goes on in its own time
  const near = tag('The war lasted from 30 November 1939 to 13 March 1940. Moscow had opened talks in 1938, and in October 1939 it made demands. The talks broke down on 13 November.');
  assert.equal(find(near, '13 November').value, '1939-11-13');
  const hope = tag('The campaign began in early June 1863. Lee hoped to sway the elections the following year. On June 9 a cavalry battle was fought.');
  assert.equal(find(hope, 'June 9').value, '1863-06-09');
  const spring = tag('Talks went on through 1414 and into the spring of the following year.');
  assert.equal(find(spring, 'the spring of the following year').value, '1415-SP');
});

test('news, from the last blind batch: "most of the day" is the report\'s, a far day frames only clocks in its own sentence, bounds "or so" and "late on"', () => {
  assert.equal(find(tag('Investors had expected the Fed to wait until next year. Stocks were flat for most of the day.', '2013-12-18'), 'the day').value, '2013-12-18');
  const market = tag('Its record was set on Oct. 9, 2007. It broke its high from Oct. 11 of that year, trading higher in the afternoon.', '2013-03-05');
  assert.equal(find(market, 'the afternoon').value, '2013-03-05TAF');
  const obituary = tag('On April 1, 1960, she watched the first photographs arrive at 2 a.m. from a station.', '2021-11-25');
  assert.equal(find(obituary, '2 a.m.').value, '1960-04-01T02:00');
  const t = tag('He left a week or so ago, after a year in office. The storm hit late on Saturday. The union plans a strike on Saturday. The envoy will brief the U.N. Security Council on Friday.', '2012-03-14');
  assert.equal(find(t, 'a week or so ago').mod, 'APPROX');
  assert.equal(find(t, 'a year').value, 'P1Y');
  assert.deepEqual(t.filter((x) => x.text === 'Saturday').map((x) => [x.value, x.mod]), [['2012-03-10', 'END'], ['2012-03-17', undefined]]);
  assert.equal(find(t, 'Friday').value, '2012-03-16');
});

test('histories: a move may count from a background flashback, not from a bound; nights; "for decades afterwards" is a stretch', () => {
  const move = tag('The war began in 1870. Prussia had beaten Austria in 1866. Two years later Spain lost its queen.');
  assert.equal(find(move, 'Two years later').value, '1868');
  const bound = tag('Nasser acted on 18 May 1967 against the force, which had patrolled the border since 1957. Four days later he closed the straits.');
  assert.equal(find(bound, 'Four days later').value, '1967-05-22');
  const nights = tag('The assault opened on the night of 11 June 1982. The hill was taken two nights later, after three nights of fighting.');
  assert.equal(find(nights, 'two nights later').value, '1982-06-13TNI');
  assert.equal(find(nights, 'three nights').value, 'P3D');
  assert.deepEqual(tag('He worked nights.').map((t) => t.text), []);
  assert.equal(find(tag('The siege ended in 1855. For decades afterwards it remained a byword.'), 'decades').value, 'PXDE');
});

test('histories: a date whose clause has its "had" after it is background too ("by the end of 1810 the tsar had withdrawn")', () => {
  const t = tag('The invasion began on 24 June 1812. Relations had worsened steadily since the treaty signed at Tilsit in 1807, and by the end of 1810 the tsar had left the blockade. The French took Smolensk on 17 August.');
  assert.equal(find(t, '17 August').value, '1812-08-17');
  // another clause's "had" is not the date's
  const other = tag('On 30 April 1973 the aides resigned. In mid-July an aide revealed that Nixon had taped his talks since 1971. Late that year the prosecutor was fired.');
  assert.equal(find(other, 'Late that year').value, '1973');
});

test('"the spring of that year", "its March meeting" and a past-perfect "since" bound; "the summer residence" is no season', () => {
  const t = tag('He ran the hospital in 1996. Agents raided its offices in the spring of that year. A grand jury indicted him the following January. The report comes before its March meeting; the May elections were calm and the May government fell.', '1998-11-05');
  assert.equal(find(t, 'the spring of that year').value, '1996-SP');
  assert.equal(find(t, 'the following January').value, '1997-01');
  assert.deepEqual(t.filter((x) => x.text === 'March' || x.text === 'May').map((x) => x.value), ['1999-03', '1998-05']);
  const since = tag('The war began in 1898. Italy, which had been at war since 1896, joined in May.');
  assert.equal(find(since, 'May').value, '1898-05');
  assert.deepEqual(tag('He will live at the papal summer residence after a winter storm.', '2013-02-11').map((x) => x.text), []);
});

test('histories: "the final day of the battle" is a day of the story\'s time, as far as it is told; news leaves "the final week of talks" alone', () => {
  const t = tag('In August 480 BC the Persians came, and on the final day of the battle they won.');
  assert.equal(find(t, 'the final day of the battle').value, 'BC0480-08-XX');
  assert.deepEqual(tag('He barely slept during the final week of negotiations.', '1998-04-11').map((x) => x.text), []);
});

test('news: "the end of the month" told ahead is the report\'s month, not one told in an earlier sentence; told in the past it stays the story\'s', () => {
  const ahead = tag('The fund pledged aid in October. Banks have until the end of the month to reach a deal.', '1998-01-12');
  assert.equal(find(ahead, 'the end of the month').value, '1998-01');
  const past = tag('On July 24 the court ruled. Three days later the committee voted, and two more votes followed by the end of the month.', '1994-08-08');
  assert.equal(find(past, 'the end of the month').value, '1994-07');
});

test('"later in the week" and "the end of the week" are the week the story stands in; "for the week" stays unnamed', () => {
  const news = tag('The agency will launch a wider appeal later in the week and rest its case by the end of the week. For the week, the index rose.', '2013-11-12');
  assert.equal(find(news, 'later in the week').value, '2013-W46');
  assert.equal(find(news, 'the end of the week').value, '2013-W46');
  assert.equal(find(news, 'the week').value, '2013-WXX');
  assert.equal(find(tag('On 12 March 1945 the bridge fell. Later in the week the army crossed.'), 'Later in the week').value, '1945-W11');
});

test('histories: a bare date the range\'s last year would put after it, and its first year within it, lies in the first year', () => {
  const t = tag('The campaign lasted from 17 February 1915 to 9 January 1916. The bombardment began on 19 February. On 18 March the fleet attacked.');
  assert.equal(find(t, '19 February').value, '1915-02-19');
  assert.equal(find(t, '18 March').value, '1915-03-18');
  // after the range in either year, the story goes on past it; within the range's last month it stays there
  assert.equal(find(tag('It lasted from November 21, 1948 to January 31, 1949. On April 21, the river was crossed.'), 'April 21').value, '1949-04-21');
  assert.equal(find(tag('The war was fought from February 1919 to October 1920. An armistice was agreed on 12 October.'), '12 October').value, '1920-10-12');
});

test('news: "the middle of the decade" told ahead after a year gone by is the report\'s decade; "the following week" after a bare year counts from the report', () => {
  assert.equal(find(tag('Prices rose in 1988. They will not return to 1988 levels until the middle of the decade.', '1990-09-10'), 'the middle of the decade').value, '199');
  assert.equal(find(tag('The rate rose to 28% in 1987. The Senate will take up the bill the following week.', '1989-10-04'), 'the following week').value, '1989-W41');
});

test('news: "12 seconds later" is a stretch as "three days later" is; "a year ago" compares with no quarter still ahead', () => {
  assert.equal(find(tag('The first bomb went off at 2:49 p.m. The second blast came 12 seconds later.', '2013-04-22'), '12 seconds').value, 'PT12S');
  const t = tag('They expect to complete the merger in the third quarter of next year. Prices are down from $20 a year ago.', '1998-12-01');
  assert.equal(find(t, 'a year ago').value, '1997');
});

test('news: a scheduled day frames the clock told next; "since the start of the year" is the report\'s year', () => {
  assert.equal(find(tag('A launch is scheduled Friday. Liftoff is set for 9:40 a.m.', '1998-11-19'), '9:40 a.m.').value, '1998-11-20T09:40');
  assert.equal(find(tag('Delta merged with Northwest in 2008. The stock has doubled since the start of the year.', '2013-11-12'), 'the start of the year').value, '2013');
});

test('histories: a month naming a thing ("the April Laws") is tagged but does not take the story back', () => {
  const t = tag('In December 1848 Ferdinand abdicated and Franz Joseph rejected the April Laws. The Hungarians were defeated at the end of February. In April Nixon appointed a prosecutor.');
  assert.equal(find(t, 'April').value, '1848-04');
  assert.equal(find(t, 'the end of February').value, '1849-02');
});

test('auto type: years a news report projects ahead ("by 2050", "in 2100") are no retold past', () => {
  const text = 'Sea levels could rise by 2050 and again by 2100, the panel said on Friday. Costs may double by 2030, and by 2040 the coasts will change. Officials expect the effects to last past 2060 and 2080.';
  assert.equal(tagTimes({ text, dct: '2013-09-27', documentType: 'auto', captions: [] }).documentType.type, 'news');
});

test('a clock of the small hours told right after a night-time clock is on the day after', () => {
  const t = tag('The fight began at 11:45 p.m. Saturday. At 12:20 a.m., a caller reported shots.', '2013-03-18');
  assert.equal(find(t, '12:20 a.m.').value, '2013-03-17T00:20');
  const m = tag('The officer was shot at 10:30 p.m. Thursday. The driver escaped shortly after midnight.', '2013-04-22');
  assert.equal(find(m, 'midnight').value, '2013-04-19T00:00');
  // a morning clock after an afternoon one stays on its day
  assert.equal(find(tag('The march began at 3 p.m. Saturday. At 5 a.m. the square was empty.', '2013-03-18'), '5 a.m.').value, '2013-03-16T05:00');
});

test('news: a month told in the sentence of a day dated a year or more back shares its year; "April next", "March last" lean', () => {
  const t = tag('The war began on 12 July 2006 and ended on 14 August.', '2009-06-15');
  assert.equal(find(t, '14 August').value, '2006-08-14');
  // a month told after a bare year or "last year" keeps its own reading
  assert.equal(find(tag('The agency, which last year called for action, will meet in Geneva in September.', '2012-07-18'), 'September').value, '2012-09');
  const older = tag('The act passed on April 14, 1818 will expire in April next. Relations suspended in March last were renewed.', '1822-01-01');
  assert.equal(find(older, 'April next').value, '1822-04');
  assert.equal(find(older, 'March last').value, '1821-03');
});

test('news: a day of no month takes the month told close before it; "the final is in October" looks ahead', () => {
  const t = tag('The team plays twice in October. It visits Kiev on the 11th.', '2013-03-27');
  assert.equal(find(t, 'the 11th').value, find(t, 'October').value + '-11');
  assert.equal(find(tag('The final is in October.', '2013-03-27'), 'October').value, '2013-10');
});

test('news: "the next quarter", "within the next month" after a bare year count from the report; "at the last minute" is an idiom', () => {
  assert.equal(find(tag('It will buy back stock by the end of 1991. "We must look beyond the next quarter," he said.', '1990-03-08'), 'the next quarter').value, '1990-Q2');
  assert.equal(find(tag('The port was overtaken in 2010. "I expect a deal within the next month."', '2013-04-19'), 'the next month').value, '2013-05');
  assert.deepEqual(tag('Congress usually acts at the last minute.', '1989-11-15'), []);
});

test('histories: a day listed before one that writes its year shares it; "the first half of the following year" is one date', () => {
  const t = tag('Fighting continued in 1955. The army attacked on 24 October and 10 November 1956. War broke out again in 1991 and went on through the first half of the following year.');
  assert.equal(find(t, '24 October').value, '1956-10-24');
  assert.equal(find(t, 'the first half of the following year').value, '1992-H1');
});

test('histories: a year naming a thing ("the 1967 ceasefire line") does not take the story there; "the 1990 election" does', () => {
  const t = tag('By 10 October 1973 the Syrians had been pushed back to the 1967 ceasefire line, and the following day Israeli forces advanced.');
  assert.equal(find(t, 'the following day').value, '1973-10-11');
  assert.equal(find(tag('Violeta Chamorro won the 1990 election and took office on 25 April.'), '25 April').value, '1990-04-25');
});

test('"in the new year" is the year after the report\'s in news, after the story\'s in a history', () => {
  assert.equal(find(tag('It expects to make an appointment in the new year.', '2013-11-27'), 'the new year').value, '2014');
  assert.equal(find(tag('In December 1848 Ferdinand abdicated. Early in the new year, Windischgrätz entered Buda.'), 'Early in the new year').value, '1849');
});

test('histories: a year in the name of another event ("the 1970 World Cup") does not take the story there; "The 2006 Lebanon War" does', () => {
  assert.equal(find(tag('The war ended in July 1969. El Salvador played in the 1970 World Cup, held in Mexico the next summer.'), 'the next summer').value, '1970-SU');
  assert.equal(find(tag('The 2006 Lebanon War, known in Lebanon as the July War, began on 12 July.'), '12 July').value, '2006-07-12');
});

test('news: "the same evening" is the day the report tells, past a year mentioned in passing', () => {
  const t = tag('A triptych sold for $142 million on Tuesday night. Freud died in 2011, nearly 20 years after Bacon. The same evening, a sculpture sold for $58 million.', '2013-11-13');
  assert.equal(find(t, 'The same evening').value, '2013-11-12TEV');
});

test('histories: "its 1974 treaty" and "the 1964 border war" do not take the story there; "their 1982 summer offensives" do', () => {
  assert.equal(find(tag('On 13 November 1977 Somalia broke its 1974 treaty. In December the airlift began.'), 'December').value, '1977-12');
  assert.equal(find(tag('In March 1979 the army recalled the 1964 border war. On 5 April it attacked.'), '5 April').value, '1979-04-05');
  assert.equal(find(tag('The front held in 1983. After the failure of their 1982 summer offensives, Iran regrouped.'), 'summer').value, '1982-SU');
});

test('histories: a past-perfect date days after the story\'s day is of the same year, not a year back', () => {
  const t = tag('The treaty was signed on 30 May 1913. Serbia and Greece had secretly agreed on 1 June to resist its claims. On 29 June Bulgaria attacked.');
  assert.equal(find(t, '1 June').value, '1913-06-01');
  assert.equal(find(t, '29 June').value, '1913-06-29');
  // months after it, the flashback still steps back: "The siege ended in March 1855. The French had landed in November"
  assert.equal(find(tag('The siege ended in March 1855. The French had landed in November.'), 'November').value, '1854-11');
});

test('"the previous summer" told while a summer runs is the year before', () => {
  const t = tag('On 12 July 1801 the squadron, which had left port the previous summer, reached the cape.');
  assert.equal(find(t, 'the previous summer').value, '1800-SU');
  const later = tag('On 20 October 1801 the squadron, which had left port the previous summer, reached the cape.');
  assert.equal(find(later, 'the previous summer').value, '1801-SU');
});

test('centuries and decades take the era of a BC story and of the one listed after them', () => {
  const t = tag('The city was sacked in 612 BC. Its kings had ruled since the 8th century. Bronze came in the 10th and 9th centuries BC, and coins from the 6th to the 5th century BC.');
  assert.equal(find(t, 'the 8th century').value, 'BC07');
  assert.equal(find(t, 'the 10th').value, 'BC09');
  assert.equal(find(t, 'the 6th').value, 'BC05');
  const decades = tag('In 171 BC the war resumed. In the 160s the kingdom split, as it had in the 190s and 180s BC.');
  assert.equal(find(decades, 'the 160s').value, 'BC016');
  assert.equal(find(decades, 'the 190s').value, 'BC019');
  // near the turn of the era a century stays as written
  const ad = tag('The town was founded in 15 BC. A temple rose there in the 2nd century.');
  assert.equal(find(ad, 'the 2nd century').value, '01');
});

test('"the last hour", "the next fortnight" are stretches from now', () => {
  const t = tag('In the last hour the river rose again. More rain is due over the next fortnight.', DCT);
  assert.equal(find(t, 'the last hour').value, 'PT1H');
  assert.equal(find(t, 'the next fortnight').value, 'P2W');
});

test('"late June of that year" keeps its modifier; "2 hours 9 minutes" is one length', () => {
  const t = tag('The siege began in 1683. The relief came in late June of that year, and the envoys left in early March of the following year.');
  assert.equal(find(t, 'late June of that year').mod, 'END');
  assert.equal(find(t, 'early March of the following year').value, '1684-03');
  assert.equal(find(t, 'early March of the following year').mod, 'START');
  const race = tag('She won in 2 hours 9 minutes 47 seconds, and the record stood at 4 minutes 14 seconds.', DCT);
  assert.equal(find(race, '2 hours 9 minutes 47 seconds').value, 'PT2H9M47S');
  assert.equal(find(race, '4 minutes 14 seconds').value, 'PT4M14S');
});

test('"just weeks before", "came hours after": a stretch in news, a date of unknown day in a history', () => {
  const news = tag('The walkout comes just weeks before the vote, and the arrest came hours after the attack.', DCT);
  assert.equal(find(news, 'weeks').value, 'PXW');
  assert.equal(find(news, 'hours').value, 'PTXH');
  const history = tag('The league split in 1911. Just months after the split, a new club was founded.');
  assert.equal(find(history, 'months').type, 'DATE');
  assert.equal(find(history, 'months').value, 'XXXX-XX');
});

test('a move named by the date after it keeps its own unit: "next week, April 23-25" is that week', () => {
  const t = tag('The leaders will meet next week, April 23-25, and again next month, on May 5.', '1999-04-14');
  assert.equal(find(t, 'next week').value, '1999-W16');
  assert.equal(find(t, 'next month').value, '1999-05');
  const history = tag('The fleet sailed on 30 May 1941. The next day, 31 May 1941, it was sighted.');
  assert.equal(find(history, 'The next day').value, '1941-05-31');
});

test('"match" as a verb is no match report: "fourth-quarter earnings will match estimates"', () => {
  const t = tag('Fourth-quarter earnings will match analysts’ estimates.', '1989-10-25');
  assert.equal(find(t, 'Fourth-quarter').value, '1989-Q4');
});

test('"the end of the month" after a season or a year in news is the report\'s month', () => {
  const t = tag('Sales slumped over the summer and should recover by the end of the month.', '2013-11-07');
  assert.equal(find(t, 'the end of the month').value, '2013-11');
});

test('"Feb. 7 in the morning" is the morning of that day, not seven o\'clock', () => {
  const t = tag('Oil washed ashore on Feb. 7 in the morning; the crews came back at 7 in the evening.', '1990-05-02');
  assert.equal(find(t, 'Feb. 7 in the morning').value, '1990-02-07TMO');
  assert.equal(find(t, '7 in the evening').value.endsWith('T19:00'), true);
});

test('a bare weekday just after a date long past is the story\'s, no word from the time of writing', () => {
  const text = 'The war began on 14 July 1969 when the army crossed the border. By Wednesday its columns had reached the town. A ceasefire came on 20 July 1969. A treaty followed in 1980, and the court ruled in 1992.';
  const r = tagTimes({ text, dct: '2009-07-15', documentType: 'auto', captions: [] });
  assert.equal(r.documentType.type, 'narrative');
  assert.equal(r.timexes.find((x) => x.text === 'Wednesday')?.value, '1969-07-16');
});

test('news: a year opening its sentence as "In 1987," frames the dates of that sentence', () => {
  const t = tag('In 1987, the market lost 23% on Oct. 19. Shares rose on Oct. 19 again, a year after 1988 began.', '1989-10-30');
  assert.equal(t.filter((x) => x.text === 'Oct. 19').map((x) => x.value).join(' '), '1987-10-19 1989-10-19');
});

test('"Friday the 13th" is one date, in the month near the anchor whose 13th is a Friday', () => {
  const t = tag('The market plunged on Friday the 13th, and the vote is on Tuesday the 14th.', '1989-11-02');
  assert.equal(find(t, 'Friday the 13th').value, '1989-10-13');
  assert.equal(find(t, 'Tuesday the 14th').value, '1989-11-14');
});

test('"by mid-month", "mid-year": the middle of the story\'s month or year', () => {
  const t = tag('The Allies attacked on 3 January 1945, and by mid-month the pincers had met.');
  assert.equal(find(t, 'mid-month').value, '1945-01');
  assert.equal(find(t, 'mid-month').mod, 'MID');
  const news = tag('Profits should recover by mid-year.', '2013-05-08');
  assert.equal(find(news, 'mid-year').value, '2013');
});

test('a date in a "when" clause after a month and year takes that year, in news too', () => {
  const t = tag('He was 20 in August 1961, when soldiers began laying wire on Aug. 13.', '1999-11-09');
  assert.equal(find(t, 'Aug. 13').value, '1961-08-13');
});

test('a move of months counts from the month told, past a season mentioned in passing', () => {
  const t = tag('The rate rose in November, as a slump that began in the summer spread. It was 5.7 percent the previous month.', '1990-12-07');
  assert.equal(find(t, 'the previous month').value, '1990-10');
});

test('news: "a year earlier" after a month named in its sentence is that month a year back', () => {
  const t = tag('Plants ran at 88% of capacity in February, against 85% a year earlier.', '1990-03-14');
  assert.equal(find(t, 'a year earlier').value, '1989-02');
  // a month told as a move ("later this month") is no period compared
  const q = tag('Fourth-quarter profits, to be reported later this month, should fall from the year-earlier period.', '1990-01-10');
  assert.equal(find(q, 'the year-earlier period').value.startsWith('1988'), true);
});

test('after a bare year, "the winter" the story goes on into is named by the next year it writes', () => {
  const t = tag('The army arrived in 1805. The city held out through the winter and surrendered in April 1806.');
  assert.equal(find(t, 'the winter').value, '1806-WI');
  // with no later year written, the winter of the year told
  const alone = tag('The army arrived in 1805. The city held out through the winter.');
  assert.equal(find(alone, 'the winter').value, '1805-WI');
});

test('a year something is "due to" run until is no date the story moves to', () => {
  const t = tag('Nasser spoke on 26 July 1956. The concession was due to run until 1968. Britain froze Egyptian assets the following week.');
  assert.equal(find(t, 'the following week').value, '1956-W31');
});

test('an obituary opening on "died on Sunday" is news, however many old years it tells', () => {
  const text = 'Born in 1928, he taught from 1952 to 1977 and was mayor from 1977 to 1987. He died on Sunday at his home.';
  const r = tagTimes({ text, dct: '2012-12-03', documentType: 'auto', captions: [] });
  assert.equal(r.documentType.type, 'news');
  assert.equal(r.timexes.find((x) => x.text === 'Sunday')?.value, '2012-12-02');
});

test('news: "hours later", "weeks earlier" tag the stretch, as "two days later" does', () => {
  const t = tag('The first blast went off on Friday, and a second bomb exploded hours later.', '1998-08-12');
  assert.equal(find(t, 'hours').value, 'PTXH');
  assert.equal(find(t, 'hours').type, 'DURATION');
});

test('a clock takes the day phrase told across "Eastern time": "at 8:30 a.m. Eastern time tomorrow", "at 10:15 Eastern time tonight"', () => {
  const t = tag('The firm will host a call at 8:30 a.m. Eastern time tomorrow; the president speaks at 10:15 Eastern time tonight.', '2013-09-26');
  assert.equal(find(t, '8:30 a.m.').value, '2013-09-27T08:30');
  assert.equal(find(t, '10:15').value, '2013-09-26T22:15');
});

test('news: a day of the month just named with its year shares that year ("in April 1987, once on April 2")', () => {
  const t = tag('The senators met regulators in April 1987, once on April 2 and again later.', '1990-03-02');
  assert.equal(find(t, 'April 2').value, '1987-04-02');
  // a bare month named again is another month
  const other = tag('Santer, who took office in January 1995, had survived a censure vote in January.', '1999-03-16');
  assert.equal(other[1].value, '1999-01');
});

test('news retelling a past year goes on in it: "began in mid-April 1989, after a death on 15 April. By May ..."', () => {
  const t = tag('The protests began in mid-April 1989, after the death of a leader on 15 April. By May, the crowds had swelled.', '2014-06-04');
  assert.equal(find(t, 'May').value, '1989-05');
  // a year named in passing with one date of it does not carry the report's own dates
  const storm = tag('Officials compared it to the 1938 hurricane, which struck on September 21 of that year. Sandy formed on Oct. 22.', '2012-10-30');
  assert.equal(find(storm, 'Oct. 22').value, '2012-10-22');
  // nor does it carry what is told ahead
  const ahead = tag('They were invited to join in July 1997 and signed on Feb. 10, 1997. They will join on March 12.', '1999-02-26');
  assert.equal(find(ahead, 'March 12').value, '1999-03-12');
  // one full date told just before is enough for what follows it in the past
  const anniversary = tag('The bomb exploded on April 19, 1995. The last bodies were recovered on May 4.', '2000-04-19');
  assert.equal(find(anniversary, 'May 4').value, '1995-05-04');
  // a year long past opening its sentence after "In" does too, but not for a bound after "since"
  assert.equal(find(tag('In 1956 the uprising began. On 4 November tanks returned.', '2006-10-23'), '4 November').value, '1956-11-04');
  assert.equal(find(tag('In 1954, the river flooded. The water has risen every day since July 2.', '1998-07-27'), 'July 2').value, '1998-07-02');
  const obituary = tag('He gave his last concert on Dec. 31, 1996, at a New Year\'s Eve show that ran past 2 a.m.', '1998-03-12');
  assert.equal(find(obituary, "New Year's Eve").value, '1996-12-31');
});

test('"5 o\'clock yesterday afternoon": the day joins its part, and the clock moves past noon', () => {
  const t = tag('The strikes began at about five o\'clock yesterday afternoon.', '1998-12-17');
  assert.equal(find(t, 'five o\'clock').value, '1998-12-16T17:00');
  assert.equal(find(t, 'yesterday afternoon').value, '1998-12-16TAF');
});

test('"at dawn on 21 July" is the morning of that day in a history; news keeps the day alone', () => {
  const t = tag('The war began in 1974. At dawn on 21 July the guns fell silent.');
  assert.equal(find(t, 'dawn on 21 July').value, '1974-07-21TMO');
  const news = tag('Troops crossed at dawn on Tuesday.', '2013-05-08');
  assert.equal(find(news, 'Tuesday').value, '2013-05-07');
});

test('histories: "since February" after a December lies before it; a month listed before "the summer of 1814" after a comma keeps the story\'s year', () => {
  const t = tag('The battle opened on 21 February 1916. By mid-December most of the ground lost since February had been recovered.');
  assert.equal(find(t, 'February').value, '1916-02');
  const listed = tag('On 1 March 1812 he arrived. Others came in April, and the summer of 1814 was hot.');
  assert.equal(find(listed, 'April').value, '1812-04');
  const dawn = tag('Visitors gather for the dawn service. At dawn today the guns fell silent.', '1998-07-20');
  assert.deepEqual(dawn.map((x) => x.text), ['dawn today']);
});

test('"at 10:30 p.m. on Thursday. Shortly after midnight": the small hours after a night clock told before its day are the day after', () => {
  const t = tag('A gunman opened fire at 10:30 p.m. on Thursday. Shortly after midnight, police cornered him.', '2013-03-05');
  assert.equal(find(t, 'midnight').value, '2013-03-01T00:00');
});

test('the small hours after an evening or a night told last are the next day', () => {
  const t = tag('The attack began on the evening of 3 December 1971. Gandhi spoke shortly after midnight.');
  assert.equal(find(t, 'midnight').value, '1971-12-04T00:00');
  const news = tag('"Voters sent a clear message last night," she said shortly after 1 a.m.', '2006-11-08');
  assert.equal(find(news, '1 a.m.').value, '2006-11-08T01:00');
});

test('news: "the same day" after a month told ahead is the last day told, not a day of that month', () => {
  const t = tag('The company reported a loss Tuesday. It will report again next month. On the same day, it named a new chairman.', '1989-10-18');
  assert.equal(find(t, 'the same day').value, '1989-10-17');
  const clock = tag('The primary is set for Sept. 12, and candidates have until mid-June to file. He said he would vote at 7 a.m. that day.', '2000-03-14');
  assert.equal(find(clock, '7 a.m. that day').value, '2000-09-12T07:00');
});

test('a clock of no a.m. or p.m. after "tonight" or "this evening" in its sentence is an evening clock; one with its own day keeps its hour', () => {
  assert.equal(find(tag("Tonight the President speaks at eight o'clock.", '1998-04-10'), "eight o'clock").value, '1998-04-10T20:00');
  assert.equal(find(tag('This evening the vote is at 7:30.', '1998-04-10'), '7:30').value, '1998-04-10T19:30');
  assert.equal(find(tag('Tonight the crews rest; work resumes at 9:30 tomorrow.', '1998-04-10'), '9:30 tomorrow').value, '1998-04-11T09:30');
});

test('news: "the next decade" told ahead counts from the report, not from a year of the story long past', () => {
  assert.equal(find(tag('The plant opened in 1975. Output will double in the next decade.', '1989-11-14'), 'the next decade').value, '199');
});

test('news retelling a year long past: a clock or part of day told in the past just after its day is of that day', () => {
  const t = tag('The coup began on September 11, 1973. By 8:30 a.m. troops had the palace, and the president died that afternoon.', '1998-09-11');
  assert.equal(find(t, '8:30 a.m.').value, '1973-09-11T08:30');
  assert.equal(find(t, 'that afternoon').value, '1973-09-11TAF');
  // a day of this year does not frame the clocks of the next sentence ("expired on Dec. 31 ... ran past midnight")
  const recent = tag('The previous agreement expired on Dec. 31, and talks broke down three weeks ago after a session that ran past midnight.', '2013-06-11');
  assert.notEqual(find(recent, 'midnight').value, '2012-12-31T24');
  // "worked the night shift": a turn of work, no night
  assert.deepEqual(tag('His father worked the night shift at a steel mill.', '2012-03-14'), []);
});

test('a written weekday no year near the story fits takes a year of the story it fits ("left in 1953 ... on Friday, May 29")', () => {
  assert.equal(find(tag('Climbers left Kathmandu in 1953. They reached the top on Friday, May 29.', '2000-05-25'), 'Friday, May 29').value, '1953-05-29');
  // a year told in a past-perfect flashback counts too
  assert.equal(find(tag('The memorial opened on 1 May 1990. Germany had invaded the Soviet Union on 22 June 1941. On Monday, 8 September, troops took the town.'), 'Monday, 8 September').value, '1941-09-08');
});

test('auto: a history whose only words from now are "this month", "later this year", "today" in its closing paragraph is narrative', () => {
  const text = 'Fighting broke out on 28 February 1998 in the Drenica valley. By the summer of 1998 the rebels held a third of the province.\n\nAir strikes began on 24 March 1999 and lasted 78 days. On 3 June the government accepted a peace plan, and troops entered on 12 June.\n\nThe province declared independence on 17 February 2008. Talks on its status resume this month, and a court opinion is due later this year.';
  const r = tagTimes({ text, dct: '2009-02-09', documentType: 'auto', captions: [] });
  assert.equal(r.documentType.type, 'narrative');
  assert.equal(find(r.timexes, '3 June').value, '1999-06-03');
});

test('an anniversary report: a month told in the past leads up to the day remembered, until the story goes on to a later year', () => {
  const t = tag('Sixty years ago today the rising was crushed. The trouble had begun in May, when students marched.', '2016-10-23');
  assert.equal(find(t, 'May').value, '1956-05');
  const later = tag('Fifty years ago today the national side lost the final at home, and the country went into mourning. The goalkeeper was blamed for decades and was turned away from the team\'s camp as late as 1993. He died in April, only months before the anniversary.', '2000-07-16');
  assert.equal(find(later, 'April').value, '2000-04');
});

test('"Fifty years ago today" told on 29 February lands on 28 February of a year without one, never on a day that does not exist', () => {
  const t = tag('Fifty years ago today the bridge opened. Twenty years ago today it closed for repairs.', '2016-02-29');
  assert.equal(find(t, 'Fifty years ago today').value, '1966-02-28');
  assert.equal(find(t, 'Twenty years ago today').value, '1996-02-29');
});

test('"Fifty years ago today", "Forty years ago this week": one expression, that day or week so many years back', () => {
  const t = tag('Fifty years ago today, students marched. Forty years ago this week, a treaty was signed. Ten years ago, the plant closed.', '2006-10-23');
  assert.deepEqual(t.map((x) => [x.text, x.value]), [['Fifty years ago today', '1956-10-23'], ['Forty years ago this week', '1966-W43'], ['Ten years ago', '1996']]);
});

test('news gallery: a caption date without a year is of the year the caption before it wrote, when that lies years back', () => {
  const doc = analyse({ name: 'g', text: 'Fifty years on, the city remembers.\n\nCrowds gather in Budapest on 23 October 1956.AFP/Getty Images\n\nNagy speaks to the crowd on 28 October.AP Photo\n', dct: '2006-10-23' }, { documentType: 'auto' }, ['time']);
  const t = doc.timexes.find((x) => x.text === '28 October');
  assert.equal(t?.value, '1956-10-28');
});

test('a written weekday told in the past is not moved to the year after the report to fit', () => {
  const t = tag('Ten years ago the storm struck. It came ashore at dawn on Monday, 29 August, as a Category 3 storm.', '2015-08-29');
  assert.notEqual(find(t, 'Monday, 29 August').value.slice(0, 4), '2016');
});

test('"By mid-morning crowds had gathered": the middle of the story\'s morning, not a morning of no day', () => {
  assert.equal(find(tag('On 18 March 1871 the rising began. By mid-morning crowds had gathered.'), 'mid-morning').value, '1871-03-18TMO');
});

test('a span in a section heading ("Campaigns of 1812-13") opens its section on its first year', () => {
  const t = tag('The war began in 1812.\n\nCampaigns of 1812-13\nHull surrendered on 16 August. The following year Perry won.\n');
  assert.equal(find(t, '16 August').value, '1812-08-16');
  assert.equal(find(t, 'The following year').value, '1813');
});

test('news: a clock time a long sentence after the day it belongs to still takes that day', () => {
  const filler = 'as sellers rushed in from every corner of the market and the specialists on the floor struggled for hours to match the orders that kept on coming';
  const t = tag(`On Friday, the Dow tumbled ${filler}. Traders said the selling snowballed at 2:45 p.m.`, '1989-10-17');
  assert.equal(find(t, '2:45 p.m.').value, '1989-10-13T14:45');
});

test('news: "a year earlier" after "this year" in its sentence compares years, past a quarter told before', () => {
  const t = tag('Profit fell in the third quarter. Volume averaged 160 million shares this year, compared with 161 million a year earlier.', '1989-10-17');
  assert.equal(find(t, 'a year earlier').value, '1988');
  const quarter = tag('Profit fell 5% in the third quarter from $2 million a year earlier.', '1989-10-17');
  assert.equal(find(quarter, 'a year earlier').value, '1988-Q3');
});

test('auto: "next month" and "today" in a history\'s closing paragraph, its only words from now, do not make it news', () => {
  const text = 'The war began in 1998. The bombing started on 24 March 1999.\n\nOn 23 April the television building was hit, and six days later talks began. The war ended in June 1999.\n\nThe court will hear the case next month, and troops remain there today.';
  const r = tagTimes({ text, dct: '2009-11-15', documentType: 'auto', captions: [] });
  assert.equal(r.documentType.type, 'narrative');
  assert.equal(find(r.timexes, '23 April').value, '1999-04-23');
});

test('"two and a half hours later" after a clock keeps the half hour', () => {
  assert.equal(find(tag('The meeting began at 9 a.m. on 3 May 1920. Two and a half hours later it broke up.'), 'Two and a half hours later').value, '1920-05-03T11:30');
});

test('narrative: a bare year told in the past perfect is background the story returns from when the next year written is the story\'s', () => {
  const t = tag('The war broke out in 1918. Both sides had armed themselves during 1917. The fighting began on 27 January. It ended on 16 May 1918.');
  assert.equal(find(t, '27 January').value, '1918-01-27');
});

test('narrative: "the largest charge of the century. That evening": a century told in passing is no day to count from', () => {
  const t = tag('The battle began on 12 September 1683. Sobieski led the largest cavalry charge of the century. That evening he rode into Vienna.');
  assert.equal(find(t, 'That evening').value, '1683-09-12TEV');
});

test('narrative: a range in a "who had" clause is background, both its ends ("who had served from 1953 to 1955,")', () => {
  const t = tag('Rakosi was forced out of office in July 1956. Nagy, who had served as prime minister from 1953 to 1955, remained popular. The reburial of Rajk on 6 October drew a crowd.');
  assert.equal(find(t, '6 October').value, '1956-10-06');
});

test('narrative: a step back told in the past perfect ("had drawn up their demands the day before") is background', () => {
  const t = tag('On Tuesday, 23 October 1956, students gathered at 3 p.m. They had drawn up their demands the day before. That night the police opened fire.');
  assert.equal(find(t, 'That night').value, '1956-10-23TNI');
  const fleet = tag('Port Arthur fell on 2 January 1905. The Baltic Fleet had sailed in October of the previous year. It reached the strait on 27 May.');
  assert.equal(find(fleet, '27 May').value, '1905-05-27');
});

test('narrative: a flashback going on is no second step back; a long step back inside a sentence names an older event', () => {
  const t = tag('In January 1989 police had broken up a rally; Havel had been jailed in February and freed in May.');
  assert.equal(find(t, 'February').value, '1989-02');
  const older = tag('On Friday, 17 November 1989, students marked the closure of the universities fifty years earlier. That evening police beat them.');
  assert.equal(find(older, 'fifty years earlier').value, '1939');
  assert.equal(find(older, 'That evening').value, '1989-11-17TEV');
});

test('news: a year opening its sentence after "In" frames it without a comma too ("In 2012 Typhoon Bopha killed ... in December")', () => {
  assert.equal(find(tag('In 2012 Typhoon Bopha killed more than 1,000 people on Mindanao in December.', '2013-11-12'), 'December').value, '2012-12');
  assert.equal(find(tag('In 2008 he quit the race two days after Super Tuesday, on Feb. 7.', '2012-03-07'), 'Feb. 7').value, '2008-02-07');
});

test('news: "Last year" opening a sentence frames the months and days told in it', () => {
  assert.equal(find(tag('Last year the bill cleared the House on June 5.', '1998-03-12'), 'June 5').value, '1997-06-05');
  assert.equal(find(tag('Last year Congress stayed in session until mid-November.', '1998-09-24'), 'mid-November').value, '1997-11');
});

test('auto: a bare weekday a long paragraph after a full date long before the report is the story\'s', () => {
  const filler = 'The rebels held the post office and the mills along the canal while the garrison waited for the guns that were on their way from the camp in the west, and the city watched from behind closed shutters as the first fires spread along the quays and the streets emptied.';
  const text = `The rising began on Monday, 24 April 1916. ${filler} ${filler} By Wednesday the army had brought up artillery. The leaders were shot in May 1916, and the republic came in 1922 and 1949.`;
  const r = tagTimes({ text, dct: '2009-02-20', documentType: 'auto', captions: [] });
  assert.equal(r.documentType.type, 'narrative');
});

test('narrative: a plan dated in full ("a banquet planned for Tuesday, 22 February 1848, and that morning") is where the history goes', () => {
  const t = tag('In July 1847 the banquets began. The government prohibited a banquet planned for Tuesday, 22 February 1848, and that morning students began to march. On Wednesday the guard refused.');
  assert.equal(find(t, 'that morning').value, '1848-02-22TMO');
  assert.equal(find(t, 'Wednesday').value, '1848-02-23');
});

test('narrative: a step back in an aside between commas ("Yeltsin, elected only two months earlier, reached ...") leaves the story on its day', () => {
  const t = tag('On 19 August 1991 tanks entered Moscow. Yeltsin, elected president only two months earlier, reached the White House shortly after 9 a.m.');
  assert.equal(find(t, 'two months earlier').value, '1991-06');
  assert.equal(find(t, '9 a.m.').value, '1991-08-19T09:00');
});

test('narrative: "That night" after a clock of a day left unknown is the night, not the clock', () => {
  assert.equal(find(tag('In May 1848 the king dismissed Guizot at about 2:30 in the afternoon. That night soldiers fired into a crowd.'), 'That night').value, '1848-05-XXTNI');
});

test('narrative with a creation date: a move ahead told ahead ("is planned for next year") counts from the time of writing', () => {
  const text = 'The war began in 1950. Seoul fell in 1950 and again in 1951. Talks began in 1951 and an armistice was signed in 1953. No treaty has followed since 1953, and a new memorial is planned for next year.';
  assert.equal(find(tagTimes({ text, dct: '2009-08-10', documentType: 'auto', captions: [] }).timexes, 'next year').value, '2010');
});

test('narrative: a bare weekday before the calendar reform is counted on the Julian calendar ("On Saturday" after 6 May 1429 is the 7th)', () => {
  const t = tag('The French stormed the bastion on 6 May 1429. On Saturday the last fort fell, and the next morning the besiegers withdrew.');
  assert.equal(find(t, 'Saturday').value, '1429-05-07');
  assert.equal(find(t, 'the next morning').value, '1429-05-08TMO');
});

test('narrative: a year in the past perfect across a possessive ("had been building since Prussia\'s victory over Austria in 1866") is background', () => {
  const t = tag('France declared war on 19 July 1870. Tension had been building since Prussia\'s victory over Austria in 1866. The first battle came on 4 August.');
  assert.equal(find(t, '4 August').value, '1870-08-04');
});

test('"the ’30s" with a typographic apostrophe is the decade', () => {
  const t = tag('It has been the law since the ’30s.', '2021-03-01');
  assert.equal(find(t, 'the ’30s').value, '193');
});

test('auto: old years only, days dated by month alone and no word from now tell a history; a wire dateline keeps it news', () => {
  const history = 'After his win in early May 1863, the general marched north. The army left camp on June 3 and crossed the river on June 15. On July 1 the two armies met.';
  const r = tagTimes({ text: history, dct: '2009-11-20', documentType: 'auto', captions: [] });
  assert.equal(r.documentType.type, 'narrative');
  assert.equal(find(r.timexes, 'June 3').value, '1863-06-03');
  const wire = tagTimes({ text: `GETTYSBURG, Pa. (AP) -- ${history}`, dct: '2009-11-20', documentType: 'auto', captions: [] });
  assert.equal(wire.documentType.type, 'news');
});

test('narrative: a story carried "into January" after August goes on into the next year', () => {
  const t = tag('Iraq invaded its neighbour on 2 August 1990. Talks went on into January. On 17 January the bombing began.');
  assert.equal(find(t, 'January').value, '1991-01');
  assert.equal(find(t, '17 January').value, '1991-01-17');
});

test('narrative: "the previous September" told in the past perfect is background the story returns from', () => {
  const t = tag('After his victory in early May 1863, the general resolved to invade. His first invasion had ended the previous September. He hoped to spare the farms during the summer.');
  assert.equal(find(t, 'the previous September').value, '1862-09');
  assert.equal(find(t, 'the summer').value, '1863-SU');
});

test('news: a day told in the past that would follow the report is of the date retold just before ("April 26, 1986 ... not evacuated until April 27")', () => {
  const t = tag('Mourners gathered today, 25 years after the reactor blew apart on April 26, 1986. Later this morning the president was due to lay a wreath. The town was not evacuated until April 27.', '2011-04-26');
  assert.equal(find(t, 'April 27').value, '1986-04-27');
  const plain = tag('The town was not evacuated until April 27.', '2011-04-26');
  assert.equal(find(plain, 'April 27').value, '2011-04-27');
});

test('news: one retold day told twice ("at 7:03 p.m. on Dec. 21, 1988") does not carry its year to a day told paragraphs later', () => {
  const t = tag('The jet exploded at 7:03 p.m. on Dec. 21, 1988, over the town. All aboard were killed, and relatives have pressed for answers ever since, meeting officials in several capitals and writing to every new government that took office. The trial, which opened on May 3, has heard 60 witnesses.', '2000-06-13');
  assert.equal(find(t, 'May 3').value, '2000-05-03');
});

test('news: a clock takes the day named after its zone and an aside ("3:02 a.m. local time (0002 GMT) on August 17")', () => {
  const t = tag('The quake struck at 3:02 a.m. local time (0002 GMT) on August 17 and flattened whole towns.', '1999-08-23');
  assert.equal(find(t, '3:02 a.m.').value, '1999-08-17T03:02');
});

test('narrative: "By evening", "by nightfall" alone are the part of the day the story has reached', () => {
  const t = tag('The battle opened on 2 August 216 BC. By evening the Roman army had been encircled.');
  assert.equal(find(t, 'evening').value, 'BC0216-08-02TEV');
  assert.equal(tag('The show aired at dawn on state television.').length, 0);
});

test('news: a weekday owning a noun ("after Thursday\'s election") does not frame the clock times after it', () => {
  const t = tag('Britain woke up today to a hung parliament after Thursday\'s election. With almost all seats declared by early afternoon, no party had a majority.', '2010-05-07');
  assert.equal(find(t, 'early afternoon').value, '2010-05-07TAF');
});

test('news: a day in a past-perfect relative clause is background ("In Tokyo, where trading had been shut on Monday for a holiday, ...")', () => {
  const t = tag('Markets fell today. In Tokyo, where trading had been shut on Monday for a national holiday, the index sank, and European shares recovered by midday.', '2008-09-16');
  assert.equal(find(t, 'midday').value, '2008-09-16T12:00');
});

test('news: "Tuesday of last week", "Friday next week" are that weekday of the week counted from the report', () => {
  const t = tag('On Tuesday of last week its stock lost 45 percent, and the next day the bank reported a loss. A vote is due on Friday next week.', '2008-09-16');
  assert.equal(find(t, 'Tuesday of last week').value, '2008-09-09');
  assert.equal(find(t, 'the next day').value, '2008-09-10');
  assert.equal(find(t, 'Friday next week').value, '2008-09-26');
});

test('news: a part of a day retold from years before the report keeps its part ("the afternoon of 23 October 1956" in 2006); one of the report\'s own weeks is the day alone', () => {
  const t = tag('Students set off towards parliament on the afternoon of 23 October 1956.', '2006-10-23');
  assert.equal(find(t, 'the afternoon of 23 October 1956').value, '1956-10-23TAF');
  const recent = tag('The doctor was shot on the night of Oct. 23, 1998, at his home.', '1998-11-02');
  assert.equal(find(recent, 'Oct. 23, 1998').value, '1998-10-23');
});

test('auto: a recent war told as history (years all before the report, days by month alone, the present only at its close) is a history', () => {
  const text = 'The war was fought in August 2008. In April, leaders promised membership. On the night of 7 August, artillery began shelling the city, and on 11 August troops took Gori. A ceasefire was signed on 15 August.\n\nThe border remains disputed to the present.';
  const r = tagTimes({ text, dct: '2010-01-12', documentType: 'auto', captions: [] });
  assert.equal(r.documentType.type, 'narrative');
  assert.equal(find(r.timexes, 'April').value, '2008-04');
  assert.equal(find(r.timexes, '11 August').value, '2008-08-11');
});

test('news: "Thirty years ago today" is a retold date the days told after it in the past take their year from, past the report\'s own days', () => {
  const t = tag('Thirty years ago today a test went wrong at the reactor. Moscow said nothing until 28 April. Flowers will be laid later today, and a new arch is due by the end of this year. Pilots photographed the ruin from a helicopter on 27 April.', '2016-04-26');
  assert.equal(find(t, '28 April').value, '1986-04-28');
  assert.equal(find(t, '27 April').value, '1986-04-27');
});

test('news: in an anniversary report a caption\'s day near the anniversary\'s is of the year remembered, whatever caption came before', () => {
  const text = 'Twenty-five years ago tonight, guards opened the checkpoints in Berlin.\nA guard leaps the wire on 15 August 1961.Photo: AP\nA man lies at the foot of the wall on 17 August 1962.Photo: Reuters\nCrowds gather at the crossing on the evening of 9 November.Photo: AFP\nBerliners chip at the concrete the next morning.Photo: Reuters';
  const r = tagTimes({ text, dct: '2014-11-09', documentType: 'news', captions: [] });
  assert.equal(find(r.timexes, 'the evening of 9 November').value, '1989-11-09TEV');
  assert.equal(find(r.timexes, 'the next morning').value, '1989-11-10TMO');
});

test('news: a day told in the past perfect does not frame the clock times after it ("had been scheduled to begin on Monday ... at 5 p.m.")', () => {
  const t = tag('Leaders signed the accord today. The summit had originally been scheduled to begin on Monday but was put off by a day. Speaking at the airport at 5 p.m., the president hailed it.', '2000-06-15');
  assert.equal(find(t, '5 p.m.').value, '2000-06-15T17:00');
});

test('a decimal point is no sentence end for the rules reading a sentence ("7.3 percent in November, against 2.6 percent a year earlier")', () => {
  const t = tag('The jobless rate was 7.3 percent in November, against 2.6 percent a year earlier.', '1999-01-07');
  assert.equal(find(t, 'a year earlier').value, '1997-11');
});

test('news: "the evening of 28 April" resolved to a day retold from years back keeps its part of the day', () => {
  const t = tag('Thirty years ago today a test went wrong at the reactor. Moscow said nothing until the evening of 28 April.', '2016-04-26');
  assert.equal(find(t, 'the evening of 28 April').value, '1986-04-28TEV');
  const recent = tag('Police said the shots were fired on the night of Oct. 23 at his home.', '1998-11-02');
  assert.equal(find(recent, 'Oct. 23').value, '1998-10-23');
});

test('narrative: after a flashback the story goes on forward ("had met in the autumn of 481 BC ... In August" is 480 BC)', () => {
  const t = tag('Xerxes invaded Greece in the spring of 480 BC. The Greek cities had met at Corinth in the autumn of 481 BC. In August a small force held the pass.');
  assert.equal(find(t, 'August').value, 'BC0480-08');
});

test('news: a clock told in the past perfect takes the day retold before it, past a day of the report\'s week ("had locked the door at around 11 p.m.")', () => {
  const t = tag('A trucker was charged in the death of a waitress who vanished on the night of Aug. 17, 1979. He was arraigned on Monday. She had locked the front door at around 11 p.m. The next morning a fisherman found her.', '2015-08-06');
  assert.equal(find(t, 'around 11 p.m.').value, '1979-08-17T23:00');
  assert.equal(find(t, 'The next morning').value, '1979-08-18TMO');
});

test('news: an item of a day\'s-history column headed "Ten years ago:" is this day ten years back, and its days follow it', () => {
  const text = 'Today in History\n\nTen years ago: Americans sat down to the first Thanksgiving since the Sept. 11 attacks. The president, who had visited troops the day before, spent the holiday at Camp David.\n\nOne year ago: The prime minister, pressed over a bailout requested the previous day, said parliament would be dissolved after a budget passed in early December.';
  const t = tag(text, '2011-11-22');
  assert.equal(find(t, 'Ten years ago').value, '2001-11-22');
  assert.equal(find(t, 'Thanksgiving').value, '2001-11-22');
  assert.equal(find(t, 'Sept. 11').value, '2001-09-11');
  assert.equal(find(t, 'the day before').value, '2001-11-21');
  assert.equal(find(t, 'the previous day').value, '2010-11-21');
});

test('news: a holiday told in the past that would follow the report is of the date retold just before ("by September 1950 ... On Thanksgiving Day the Marines ate turkey")', () => {
  const t = tag('By September 1950 he was coming ashore at Inchon. On Thanksgiving Day the Marines ate turkey near the reservoir.', '2012-09-19');
  assert.equal(find(t, 'Thanksgiving Day').value, '1950-11-23');
});

test('narrative with a creation date: "This November" not told in the past speaks from the time of writing; "that November" stays in the story', () => {
  const t = tagTimes({ text: 'The revolution broke out in November 1910 and ended in 1920. The party ruled until 2000. This November the country marks the centenary.', dct: '2010-08-05', documentType: 'narrative', captions: [] }).timexes;
  assert.equal(find(t, 'This November').value, '2010-11');
  const past = tag('The party ruled until 2000. That November it lost the election.');
  assert.equal(find(past, 'That November').value, '2000-11');
});

test('narrative: a day just before a past-perfect day of the same month stays in its year ("by 8 June they had reached the canal ... on 7 June")', () => {
  const t = tag('The war began on 5 June 1967. By 8 June they had reached the canal; paratroopers entered the Old City on 7 June.');
  assert.equal(find(t, '7 June').value, '1967-06-07');
});

test('news: a clock told in the past with no day close by takes "yesterday", the last day of the report\'s own told, past a date retold from years back', () => {
  const text = 'A jury convicted the former aide yesterday on three counts. The case grew out of events that began on Nov. 3, 1986, when a magazine first reported the arms sales. Jurors had deliberated for twelve days, reading thousands of pages of documents and listening to hours of taped testimony from witnesses across the country. The verdict was read in court shortly after 2 p.m., and the aide left without comment.';
  const t = tag(text, '1989-05-05');
  assert.equal(find(t, '2 p.m.').value, '1989-05-04T14:00');
});

test('news: a day a figure is compared with ("from 155.5 million on Friday") does not frame the clocks of yesterday\'s session', () => {
  const text = 'Stock prices fell sharply yesterday. Since troops rolled in last Thursday, the average has shed 190 points. Volume swelled to 212 million shares from 155.5 million on Friday. Traders said selling began at the 9:30 a.m. opening bell and barely let up until the close at 4 p.m.';
  const t = tag(text, '1990-08-07');
  assert.equal(find(t, '9:30 a.m.').value, '1990-08-06T09:30');
  assert.equal(find(t, '4 p.m.').value, '1990-08-06T16:00');
});

test('auto: a day-by-day history told by weekdays after a date written with its weekday stays a history ("Monday, 22 October ... On Thursday ... Friday evening ... Saturday morning")', () => {
  const text = 'In July 1962 Soviet ships began sailing to Cuba. On 14 October a U-2 photographed missile sites. At 7 p.m. on Monday, 22 October, the president spoke to the nation. The quarantine took effect at 10 a.m. on Wednesday, and ships turned back that day. On Thursday the ambassador showed the photographs. A letter arrived on Friday evening. A second letter was broadcast on Saturday morning, and that afternoon a U-2 was shot down.';
  const r = tagTimes({ text, dct: '2009-06-20', documentType: 'auto', captions: [] });
  assert.equal(r.documentType.type, 'narrative');
  assert.equal(find(r.timexes, 'Thursday').value, '1962-10-25');
  assert.equal(find(r.timexes, 'Saturday morning').value, '1962-10-27TMO');
});

test('narrative: a past perfect reaching ahead of the story ("had fled the country by early 1957") is an aside the story returns from', () => {
  const t = tag('Soviet tanks returned on 4 November 1956. Some 200,000 Hungarians had fled the country by early 1957. Nagy left the embassy on 22 November.');
  assert.equal(find(t, '22 November').value, '1956-11-22');
});

test('news gallery: a caption\'s bare weekday is of the week of the day the caption before retold, when that is the year remembered', () => {
  const text = 'Forty years ago today, Saigon fell to northern troops.\n\nThe ambassador leaves on one of the last helicopters at 4.58am on 30 April 1975.Photograph: AP\n\nA tank crashes through the palace gate at about 11.30am on Wednesday.Photo: AFP\n';
  const doc = analyse({ name: 'g', text, dct: '2015-04-30' }, { documentType: 'auto' }, ['time']);
  assert.equal(find(doc.timexes, 'Wednesday').value, '1975-04-30');
});

test('a clock told with a set or a habit beside it is a time of no day in particular ("Every morning at 6 a.m.", "usually from 9:30 a.m. to 5 p.m.")', () => {
  const t = tag('Every morning at 6 a.m., he raises the flag. Jurors met every day, usually from 9:30 a.m. to 5 p.m. The verdict came at 3 p.m. on Friday.', '2012-06-19');
  assert.equal(find(t, '6 a.m.').value, 'XXXX-XX-XXT06:00');
  assert.equal(find(t, '9:30 a.m.').value, 'XXXX-XX-XXT09:30');
  assert.equal(find(t, '5 p.m.').value, 'XXXX-XX-XXT17:00');
  assert.equal(find(t, '3 p.m.').value, '2012-06-15T15:00');
});

test('news: a count of years back opening its sentence frames its months and seasons; a season in a gallery caption follows the caption before', () => {
  const framed = tag('Two years ago, wheat briefly topped $6 in the early summer. A year ago, the mill closed in March. Sales fell from $4 million a year ago.', '1990-07-10');
  assert.equal(find(framed, 'the early summer').value, '1988-SU');
  assert.equal(find(framed, 'March').value, '1989-03');
  // a year ago compared with is the story's period, not a frame
  assert.equal(find(framed, 'a year ago').value, '1989');
  const told = tag('Last year\'s storms left 90 inches of snow over the winter. Lawyers had argued in April 1996 and again in May 1996. The jury had listened throughout the spring.', '1998-06-12');
  assert.equal(find(told, 'the winter').value, '1997-WI');
  // a year retold in an earlier sentence does not reach a season
  assert.equal(find(told, 'the spring').value, '1998-SP');
});

test('news: "Two days later" opening a sentence is tagged as a stretch but moves the story to the day it lands on', () => {
  const t = tag('Sixty years ago today the pair reached the top. A first try on 26 May 1953 failed. Two days later, they set up a last camp. They left it at 6.30am the next morning.', '2013-05-29');
  assert.equal(find(t, 'Two days').value, 'P2D');
  assert.equal(find(t, 'the next morning').value, '1953-05-29TMO');
  // a move told in passing inside a sentence leaves the story where it was
  const passing = tag('The film was shot on 6 June 1944 and developed in London two days later. Troops landed on the eastern beach that morning.', '2019-06-04');
  assert.equal(find(passing, 'that morning').value, '1944-06-06TMO');
});

test('document type: weekdays after a day whose year was written just before are the story\'s, so a day-by-day history stays a history', () => {
  const text = 'The revolt had been planned since the winter of 1847. Arms were landed on 3 June 1848 and hidden the next night. On Saturday evening the leaders met. They met again the next morning and agreed to act the following day. On the feast day, 12 June, crowds took the squares at 9 a.m. Shortly after noon a proclamation was read. That evening looting began. Troops arrived on Tuesday, and on Wednesday guns shelled the barricades. By Thursday the revolt had failed. Exiles returned in 1850, and the last veteran died in 1901. Historians are currently debating its legacy.';
  const doc = tagTimes({ text, dct: '2009-04-07', documentType: 'auto', captions: [] });
  assert.equal(doc.documentType.type, 'narrative');
  assert.equal(find(doc.timexes, 'Wednesday').value, '1848-06-14');
});

test('news: a month told in the past that would follow the report takes the year written just before', () => {
  const t = tag('The lake flooded the town in 1993. The water did not fall below the quays until early October.', '2013-07-12');
  assert.equal(find(t, 'early October').value, '1993-10');
  // told ahead, or with no retold year before it, the month stays the report's
  assert.equal(find(tag('The lake flooded the town in 1993. A memorial opens in October.', '2013-07-12'), 'October').value, '2013-10');
});

test('galleries: a word opening the text after a credit opens a sentence ("Getty Images Today, the lots are empty" is the report\'s day)', () => {
  const text = 'Ten years on, the city remembers.\n\nWater fills the streets of the east side on 30 August 2005.Photograph: Ana Ruiz/Getty ImagesResidents wait on a roof the next morning.Photograph: Ana Ruiz/Getty Images Today, many of the lots are still empty.\n';
  const doc = analyse({ name: 'g', text, dct: '2015-08-28' }, { documentType: 'auto' }, ['time']);
  assert.equal(find(doc.timexes, 'Today').value, '2015-08-28');
  assert.equal(find(doc.timexes, 'the next morning').value, '2005-08-31TMO');
});

test('news: a retold year carries on through a run of days and months of it ("late June 1993 ... 16 July ... that evening ... August ... September ... until early October")', () => {
  const text = 'The lake began rising in late June 1993 after weeks of rain. On the morning of 16 July the dyke gave way, and by that evening the square was under water. "Then it was August," said a baker. "Then it was September." The water did not fall until early October.';
  const t = tag(text, '2013-07-12');
  assert.equal(find(t, 'September').value, '1993-09');
  assert.equal(find(t, 'early October').value, '1993-10');
});

test('news: a date retold from far back (8+ years) frames the months and seasons told in the past over its paragraph, not only the next few words', () => {
  const club = 'The club was bought by a local brewer in the spring of 1981, after two seasons near the foot of the table and a cup run that ended at the first hurdle. Supporters doubted him, and the local paper said as much, but he kept the manager and paid off the debts. They lost their first game at home in September and were top by early November.';
  assert.equal(find(tag(club, '2021-05-02'), 'September').value, '1981-09');
  // a year retold only a few years back still frames just the words close after it
  assert.equal(find(tag(club.replace('1981', '2018'), '2021-05-02'), 'September').value, '2020-09');
  // not past the paragraph's end
  const later = 'The club was bought by a local brewer in the spring of 1981.\n\nThe present owners, who have kept the manager and paid off the debts after two seasons near the foot of the table, lost their first game of the campaign at home in September.';
  assert.equal(find(tag(later, '2021-05-02'), 'September').value, '2020-09');
  // nor from a date naming an event, or told in a comparison
  const named = 'The plot was linked to the March 12, 1993, bombings, which killed 257 people in the city, and to a string of raids on banks and jewellers in the years that followed. The suspect was extradited in July and appeared in court on a charge of conspiracy.';
  assert.equal(find(tag(named, '2004-11-20'), 'July').value, '2004-07');
  const compared = 'Today\'s fall is far smaller than the one on October 19, 1987, when the index lost nearly a quarter of its value in a single session and brokers stopped answering their telephones. The index is still up since January, and it set a record as recently as August.';
  assert.equal(find(tag(compared, '1997-10-27'), 'August').value, '1997-08');
});

test('news: a day told in the past that would follow the report looks back past the other dates its retold year went on in ("April 5, 1948 ... by mid-May ... that spring ... June 2 ... June 21")', () => {
  const text = 'Eleven of the strikers are still living, and eight of them met on Tuesday in a church hall to mark the 50th anniversary of the walkout.\n\nThe strike began on April 5, 1948, after the owners said they would cut wages by a sixth. Within a week, the owners had brought in guards from the city; by mid-May, pickets were being arrested almost every day. "We were only children," said one weaver, who was 17 that spring. It did not end quickly. The worst night came on June 2, when a shed burned and each side blamed the other. Two days later, the governor sent in the police. The strike ended on June 21 with a contract that restored half the cut.';
  const t = tag(text, '1998-04-09');
  assert.equal(find(t, 'mid-May').value, '1948-05');
  assert.equal(find(t, 'that spring').value, '1948-SP');
  // mid-May and that spring are of 1948 too, and a "night" of the report's own lies between: the retold day is still found
  assert.equal(find(t, 'June 21').value, '1948-06-21');
});

test('news retelling a far past: months and seasons told in the past go on in the story across its paragraph; the report\'s own weekdays and later paragraphs stay the report\'s', () => {
  const works = 'The strike at the works began on 3 March 1962, when the night shift walked out over a cut in piece rates and the day shift joined it at noon. By May the pickets had been arrested twice, and in August the owners gave way and restored the old rates.';
  const t = tag(works, '2012-03-03');
  assert.equal(find(t, 'May').value, '1962-05');
  assert.equal(find(t, 'August').value, '1962-08');
  // an anniversary report goes on in the year it remembers
  const cup = 'Forty years ago this week, a small club from the coast won the national cup.\n\nThe run began in the spring of 1983, with a replay won in the rain. By early April the side had reached the quarter-finals, and in May the town emptied for the final. The players flew home in June, and the cup was paraded along the front.';
  assert.equal(find(tag(cup, '2023-05-10'), 'June').value, '1983-06');
  // a bare weekday said by the report's sources, and a month told paragraphs after the old date, are the report's
  const port = 'The rebels entered the capital on 1 January 1959 and the dictator fled to an island in the south, where he lived for many years.\n\nOfficials in the port said on Tuesday that the fishing boat, an old wooden trawler with fourteen people aboard, sank in late November off the coast.';
  const p = tag(port, '2000-04-01');
  assert.equal(find(p, 'Tuesday').value, '2000-03-28');
  assert.equal(find(p, 'late November').value, '1999-11');
  // nor does a date told in a comparison frame the report's own months after it
  const market = 'Shares fell sharply, though the drop was far smaller than the one on October 19, 1987, when the market lost nearly a quarter of its value and brokers stopped answering their telephones for most of the afternoon. The index is still up for the year, and it set a record as recently as August and again in September.';
  assert.equal(find(tag(market, '1997-10-27'), 'September').value, '1997-09');
});

test('narrative: a superlative\'s past-perfect clause ("the harshest the country had known") leaves the date before it in the story', () => {
  const text = 'The siege dragged on until 28 September 1708.\n\nThe winter of 1708-1709 was the harshest the country had known in living memory. By the spring the army was half its size, and in May the king marched south.';
  const t = tagTimes({ text, dct: '2009-11-20', documentType: 'narrative', captions: [] }).timexes;
  assert.equal(find(t, 'the spring').value, '1709-SP');
  assert.equal(find(t, 'May').value, '1709-05');
});

test('news retelling a far past: a bare year frames the months told in its own clause, not past a comma that sets it off', () => {
  const scholar = tag('Her father farmed millet in the north, and she often said her life began in the dry years. She won a place at a college in the capital in 1961 and arrived there in September, never having seen a train. That December she saw snow.', '2015-11-20');
  assert.equal(find(scholar, 'September').value, '1961-09');
  assert.equal(find(scholar, 'That December').value, '1961-12');
  const works = tag('The works, opened in 1921, posted a loss in the year that ended in September, the company said. That December it cut jobs.', '2015-11-20');
  assert.equal(find(works, 'September').value, '2015-09');
});

test('news remembering a day: "the Monday" and "the Wednesday" told in the past fall in the week of the day remembered; a day written with its year opens the story even in the past perfect', () => {
  const t = tag('Twenty-five years ago tonight, the town\'s team won the cup in a foreign city. Fans sailed on the Monday, and the weather on the Wednesday was awful. The team flew home the next day.', '2008-05-11');
  assert.equal(find(t, 'Monday').value, '1983-05-09');
  assert.equal(find(t, 'Wednesday').value, '1983-05-11');
  assert.equal(find(t, 'the next day').value, '1983-05-12');
  const storm = tag('Fifty years ago this week the sea broke through the walls. The storm had been building throughout Saturday 31 January 1953, and that afternoon it sank a ferry.', '2003-01-30');
  assert.equal(find(storm, 'that afternoon').value, '1953-01-31TAF');
  // in the year remembered, "the Thursday" is no event's name, and a month whose tense is not read still goes on in the story
  const tip = tag('In the autumn of 1966 it rained for weeks. Fifty years ago this morning, a tip slid onto the village school.\n\nThe dead were buried on the Thursday, in a long double grave on the hillside, while thousands of mourners in black lined the slopes and the choirs of three chapels sang for them. In December the chairman of the Coal Board visited the village.', '2016-10-21');
  assert.equal(find(tip, 'Thursday').value, '1966-10-27');
  assert.equal(find(tip, 'December').value, '1966-12');
});

test('news: "that summer" after the report\'s own days points back to the past the report retells', () => {
  const t = tag('The final was played in July 1966. The old team will meet again on Sunday afternoon. Here are some pictures from that summer.', '2016-07-28');
  assert.equal(find(t, 'that summer').value, '1966-SU');
  // with no retold past, the report's own summer
  assert.equal(find(tag('The team will meet again on Sunday afternoon. Sales rose that summer.', '2016-07-28'), 'that summer').value, '2016-SU');
});

test('document type: a history dating its days by month alone stays a history without a month dated with its year, and weekdays far into a dated day\'s account are the story\'s', () => {
  const offensive = 'The offensive was fought in early 1968. It opened on 30 January, during the lunar new year truce agreed on 21 January. Fighting in the capital lasted until 24 February, and the last district was retaken on 27 February. On 31 March the president announced he would not run again. In August the talks opened, and a ceasefire followed in 1973.\n\nToday the battle is taught in staff colleges.';
  const a = tagTimes({ text: offensive, dct: '2010-03-08', documentType: 'auto', captions: [] });
  assert.equal(a.documentType.type, 'narrative');
  assert.equal(find(a.timexes, '31 March').value, '1968-03-31');
  const putsch = `On Thursday, 8 November 1923, the commissioner was addressing some 3,000 officials in a beer hall. At about 8:30 p.m. armed men surrounded the building and their leader burst into the hall, fired a shot into the ceiling and declared that the revolution had begun. He led the three men into a side room and pressed them to join him. An old general arrived an hour later and lent his name to the plotters, and the three men at last pledged their support on the stage in front of the crowd, to loud cheering from the floor of the hall and the galleries above it. Later that night the leader left the hall to deal with a clash at a barracks, and the general let the three prisoners go home. Once free, they took back their promises and called in troops from the country around the city. His men held the war ministry, but by early Friday morning troops and police had sealed off the centre. Late on Friday morning some 2,000 marchers set out. He was arrested on Sunday evening. His trial opened on 26 February 1924, and he was freed in December. After 1933 a march was held every November.`;
  const b = tagTimes({ text: putsch, dct: '2010-08-05', documentType: 'auto', captions: [] });
  assert.equal(b.documentType.type, 'narrative');
  assert.equal(find(b.timexes, 'Sunday evening').value, '1923-11-11TEV');
});

test('galleries: the first captions go on in the past the introduction retold, and a caption\'s flashback is no year for the next', () => {
  const text = 'The 1966 final, fifty years on\n\nThe old team meets again in London on Saturday. Here are pictures from that summer.\n\nThe manager had said in 1963 that his side would win at home.Photograph: Ana Ruiz/Getty ImagesThe side opened with a draw on 11 July.Photograph: Ana Ruiz/Getty ImagesOn Tuesday 26 July, two goals won the semi-final.Photograph: Ana Ruiz/Getty Images\n';
  const doc = analyse({ name: 'g', text, dct: '2016-07-28' }, { documentType: 'auto' }, ['time']);
  assert.equal(find(doc.timexes, '11 July').value, '1966-07-11');
  assert.equal(find(doc.timexes, 'Tuesday 26 July').value, '1966-07-26');
});

test('galleries: a clock or a part of day in a caption goes on in the day the captions before it retold', () => {
  const text = 'The final, fifty years on\n\nThe old team meets again in London on Saturday.\n\nCrowds filled the stadium on Saturday 30 July 1966.Photograph: Ana Ruiz/Getty ImagesThe visitors scored first, but the home side levelled soon after and then went ahead late in the second half of normal time.Photograph: Ana Ruiz/Getty ImagesIn extra time a shot bounced down off the bar and the linesman signalled a goal, and the argument about it has never ended since.Photograph: Ana Ruiz/Getty ImagesFans spilled on to the pitch as the last goal went in.Photograph: Ana Ruiz/Getty ImagesThe winners lifted the cup at about 5.15pm.Photograph: Ana Ruiz/Getty ImagesThat evening the players waved from a hotel balcony.Photograph: Ana Ruiz/Getty Images\n';
  const doc = analyse({ name: 'g', text, dct: '2016-07-28' }, { documentType: 'auto' }, ['time']);
  assert.equal(find(doc.timexes, '5.15pm').value, '1966-07-30T17:15');
  assert.equal(find(doc.timexes, 'That evening').value, '1966-07-30TEV');
});

test('galleries: a date set off after a past-perfect clause in a caption is background too ("had reached the top four days earlier, on 29 May")', () => {
  const text = 'The coronation, sixty years on\n\nOn the morning of 2 June 1953 the crowds heard the news from Everest.Photograph: Ana Ruiz/Getty ImagesTwo climbers had reached the top four days earlier, on 29 May, but the news was held back.Photograph: Ana Ruiz/Getty ImagesThe coach left the palace at about 10.30am.Photograph: Ana Ruiz/Getty Images\n';
  const doc = analyse({ name: 'g', text, dct: '2013-06-02' }, { documentType: 'auto' }, ['time']);
  assert.equal(find(doc.timexes, '10.30am').value, '1953-06-02T10:30');
});

test('histories: a day promised ("promising to have the troops home by Christmas") is no day the story moves to', () => {
  const t = tag('The war began in June 1950. The offensive opened on Friday, 24 November, promising to have the troops home by Christmas; the next evening the enemy struck.');
  assert.equal(find(t, 'the next evening').value, '1950-11-25TEV');
});

test('histories: "the previous July" told in July is the July a year before', () => {
  const t = tag('The war began in 1980. On 18 July 1988 the government accepted the resolution, which had been passed the previous July.');
  assert.equal(find(t, 'the previous July').value, '1987-07');
});

test('a small-hours clock told after an afternoon of the same day is on the next day ("the afternoon of 15 October ... Shortly after midnight ... By 3am")', () => {
  const t = tag('The forecast on the afternoon of 15 October 1987 was calm. Shortly after midnight, gusts began to rise. By 3am the trees were down.');
  assert.equal(find(t, 'midnight').value, '1987-10-16T00:00');
  assert.equal(find(t, '3am').value, '1987-10-16T03:00');
});

test('news: a stretch read from a step back ("Four days earlier, the president had flown out") does not move the story', () => {
  const t = tag('Forty years ago today the city fell. On 29 April 1975 the last helicopters left the embassy roof. Four days earlier, the president had quietly flown out. Shortly before 11am, the radio played a song.', '2015-04-30');
  assert.equal(find(t, '11am').value, '1975-04-29T11:00');
});

test('news: a bare weekday close after a day retold from years back with its weekday goes on in that week', () => {
  const t = tag('The trial opened on Tuesday. On Saturday, June 10, 1944, partisans ambushed a convoy near the village. Early on Monday, police auxiliaries arrived.', '2011-05-10');
  assert.equal(find(t, 'Monday').value, '1944-06-12');
  assert.equal(find(t, 'Tuesday').value, '2011-05-10');
});

test('narrative: a number opening a name does not hide the past perfect ("had taken 203 Metre Hill in early December")', () => {
  const t = tag('The siege began in 1904. The garrison gave up on 2 January 1905, after the besiegers had taken 174 Metre Hill in early December. In February the armies met again.', '2009-11-20', 'narrative');
  assert.equal(find(t, 'early December').value, '1904-12');
  assert.equal(find(t, 'February').value, '1905-02');
});

test('a bare morning told after a night or an evening is the next morning, not one looked back on', () => {
  const news = tag('Doctors said the astronaut had slept well last night. Controllers spent much of the morning studying the launch video. They finished by midday.', '1998-10-30', 'news');
  assert.equal(find(news, 'the morning').value, '1998-10-30TMO');
  assert.equal(find(news, 'midday').value, '1998-10-30T12:00');
  const history = tag('The talks ran late into the evening of 3 December 1971. In the morning the delegates left.', '2009-05-01', 'narrative');
  assert.equal(find(history, 'the morning').value, '1971-12-04TMO');
  const lookedBack = tag('The storm reached the coast early Monday at about 6:30 a.m., after a long night of wind. By late morning it had slowed.', '1998-09-28', 'news');
  assert.equal(find(lookedBack, 'late morning').value, '1998-09-28TMO');
});

test('"that Wednesday" names again the day told before on that weekday, even one told as a bound; its clock goes with it', () => {
  const t = tag('Survivors have waited for this verdict since April 19, 1995, one of them said. The bomb went off at 9:02 a.m. on that Wednesday.', '1997-06-03', 'news');
  assert.equal(find(t, 'that Wednesday').value, '1995-04-19');
  assert.equal(find(t, '9:02 a.m.').value, '1995-04-19T09:02');
  const earlier = tag('The attack came on May 28, 1997. Talks opened on May 30, 1997. On that Wednesday the army had withdrawn.', '1997-06-06', 'news');
  assert.equal(find(earlier, 'that Wednesday').value, '1997-05-28');
});

test('news: a day told as still ahead is no scene for a later clock told in the past; in the clock\'s own sentence it is', () => {
  const t = tag('Tanks rolled into the capital yesterday after the junta spoke early Monday. The president was due to fly back today for the signing. The mayor climbed onto a tank shortly after noon.', '1991-08-20', 'news');
  assert.equal(find(t, 'noon').value, '1991-08-19T12:00');
  const same = tag('The team will learn its opponent this afternoon, when the draw is announced at 4:30 p.m.', '2014-11-17', 'news');
  assert.equal(find(same, '4:30 p.m.').value, '2014-11-17T16:30');
});

test('news: the day a stretch is counted since is a bound, not the scene of a later clock ("in the two weeks since ... on Jan. 2")', () => {
  const t = tag('Stocks skidded yesterday. The index has fallen 5% in the two weeks since it set a record on Jan. 2. Traders said selling picked up after about 2 p.m.', '1990-01-16', 'news');
  assert.equal(find(t, '2 p.m.').value, '1990-01-15T14:00');
});

test('news: "by the weekend" with no verb pointing back is the coming weekend; told in the past, the last one', () => {
  assert.equal(find(tag('"Let us see what happens by the weekend," the envoy said.', '1998-10-13', 'news'), 'the weekend').value, '1998-W42-WE');
  assert.equal(find(tag('Talks had collapsed by the weekend, officials said.', '1998-10-13', 'news'), 'the weekend').value, '1998-W41-WE');
});

test('a history dated before our era with no word from now is told as a history, however few its years', () => {
  const t = tagTimes({ text: 'In the spring of 218 BC the army left the coast. It spent the summer subduing the tribes. The following year the consul marched north.', dct: '2009-08-14', documentType: 'auto', captions: [] });
  assert.equal(t.documentType.type, 'narrative');
  assert.equal(t.timexes.find((x) => x.text === 'The following year')?.value, 'BC0217');
});

test('narrative: a year told with its end ("At the end of 870") puts the next early months in the year after', () => {
  const t = tag('In 869 the army wintered at Thetford. At the end of 870 the raiders took Reading, and they won at Ashdown in January. The king died in April.', '2009-04-17', 'narrative');
  assert.equal(find(t, 'the end of 870').value, '0870');
  assert.equal(find(t, 'January').value, '0871-01');
  assert.equal(find(t, 'April').value, '0871-04');
});

test('news: a clock told in the past is of the report\'s yesterday, told far back or only as the day something was said', () => {
  const said = tag('The firm said yesterday that its profit fell. The results came after the 4 p.m. close of trading.', '1989-10-25', 'news');
  assert.equal(find(said, '4 p.m.').value, '1989-10-24T16:00');
  const filler = ' Economists said the figures matched their forecasts for the month.'.repeat(40);
  const far = tag(`Consumer prices rose 0.2% last month, the Labor Department said yesterday.${filler} The Dow rose 18 points at 4 p.m.`, '1989-10-19', 'news');
  assert.equal(find(far, '4 p.m.').value, '1989-10-18T16:00');
});

test('news: the day a report\'s lead tells in passing frames its later past clocks; a yesterday said later in passing does not', () => {
  const t = tag('The jobless rate held at 5.7% in October, the Labor Department said today. A Fed governor said yesterday that rates could fall. Bond prices rallied by late afternoon.', '1990-11-02', 'news');
  assert.equal(find(t, 'late afternoon').value, '1990-11-02TAF');
});

test('news: "the start of the year" is the report\'s year, not a year ahead told in another sentence', () => {
  const t = tag('Yields ranged up to 7.45% on bonds maturing in 2019. Investors who bought at the start of the year have earned 15%.', '1989-11-10', 'news');
  assert.equal(find(t, 'the start of the year').value, '1989');
});

test('news: a clock of the report\'s day told close before is the day of a part of day told after it ("at 8 a.m. today ... by midmorning")', () => {
  const t = tag('The President spoke last night at 9 p.m. The truce took effect at 8 a.m. today, and commanders reported that the guns had fallen silent by midmorning.', '1991-02-28', 'news');
  assert.equal(find(t, 'midmorning').value, '1991-02-28TMO');
  const passed = tag('Leaders reached a deal today. It was announced late this afternoon, hours after the deadline had passed at midnight.', '1998-04-10', 'news');
  assert.equal(find(passed, 'midnight').value, '1998-04-09T24');
});

test('news: a move told in the past perfect counts from the day retold years back ("had threatened him during the previous month")', () => {
  const t = tag('Lawyers opened the trial Tuesday. Prosecutors said the man set the fire on Feb. 18, 1996, hours after he was fired. He had threatened his boss during the previous month, they said.', '1998-03-10', 'news');
  assert.equal(find(t, 'the previous month').value, '1996-01');
});

test('narrative: a later fate told in passing ("died in Paris in 1915") does not carry the story years ahead when it returns to its year', () => {
  const t = tag('In February 1911 the rebels crossed the border. On 21 May envoys signed the treaty, and the old president sailed for France. He never returned, and died in Paris in 1915. The rebel leader won the election in October and took office on 6 November 1911.', '2009-11-14', 'narrative');
  assert.equal(find(t, 'October').value, '1911-10');
  assert.equal(find(t, '1915').value, '1915');
});

test('news: a day before the report is never a plan ahead, whatever verb follows it ("yesterday morning carrying the telescope")', () => {
  const t = tag('The shuttle thundered away yesterday morning carrying a telescope astronomers have been waiting for since the 1970s. Liftoff came at 8:33 a.m. EDT.', '1990-04-25', 'news');
  assert.equal(find(t, '8:33 a.m. EDT').value, '1990-04-24T08:33');
});

test('narrative: a span told in one sentence ("began on 10 July 1943 and continued until ... 2 May 1945") is a range the story opens from', () => {
  const t = tag('The campaign began with the landing on 10 July 1943 and continued until the surrender on 2 May 1945. The island fell in 38 days. On 25 July the dictator was dismissed.', '2010-06-11', 'narrative');
  assert.equal(find(t, '25 July').value, '1943-07-25');
});

test('news: "a year earlier" after months counted in its sentence compares years, not the quarter told before', () => {
  const t = tag('Fourth-quarter profit fell. For the nine months ended Sept. 30, the company earned $61.2 million, down from $94.7 million a year earlier.', '1989-11-08', 'news');
  assert.equal(find(t, 'a year earlier').value, '1988');
  const quarter = tag('Third-quarter net rose to $87 million from $58 million a year earlier.', '1989-10-26', 'news');
  assert.equal(find(quarter, 'a year earlier').value, '1988-Q3');
});

test('news: the day of an event named after "since the" is a bound, not where the report goes on ("its lowest since the crash of October 1987")', () => {
  const t = tag('The shares had their worst week since the crash of October 1987. They had traded near $280 at the start of the month.', '1989-10-26', 'news');
  assert.equal(find(t, 'the start of the month').value, '1989-10');
});

test('narrative: a step back told in the past perfect further back in its sentence is background ("had sworn to support his claim during a visit two years earlier")', () => {
  const t = tag('The king died on 5 January 1066. The duke said the earl had sworn to support his claim during a visit to Normandy two years earlier. He spent that summer gathering ships.', '2009-06-14', 'narrative');
  assert.equal(find(t, 'two years earlier').value, '1064');
  assert.equal(find(t, 'that summer').value, '1066-SU');
});

test('news: a day told in the past that would follow the report takes a bare year told just before it ("in 1977 he was named ... On Nov. 20")', () => {
  const t = tag('He was born on July 25, 1954, in Columbia. The team drafted him in 1975, and in 1977 he was named the league\'s best player. On Nov. 20, playing with a fever, he ran for 275 yards.', '1999-11-02', 'news');
  assert.equal(find(t, 'Nov. 20').value, '1977-11-20');
});

test('news: "the next year" told ahead counts from the report, not from a year retold before it', () => {
  const t = tag('The ruling narrowed the 1973 decision, and both sides said yesterday that they expected the court to take up the question within the next year or two.', '1991-05-24', 'news');
  assert.equal(find(t, 'the next year').value, '1992');
});

test('news: "the end of the month" told ahead is the report\'s month, not a month retold years back in its sentence', () => {
  const t = tag('Mr. Smith, who was named president in March 1987, will leave the company at the end of the month.', '1990-01-10', 'news');
  assert.equal(find(t, 'the end of the month').value, '1990-01');
});

test('news remembering a day: a month told in the past before it and the clocks after its days are of the year remembered', () => {
  const t = tag('Sixty years ago today, hundreds of thousands of East Germans took to the streets in the first mass revolt against Soviet rule in the eastern bloc. The trouble had begun in May, when the ruling party raised work quotas by 10% without any rise in pay. On the morning of 16 June, building workers downed tools and marched to the government offices on the main avenue, demanding that the new quotas be withdrawn. By the evening, their calls had turned political.', '2013-06-17', 'news');
  assert.equal(find(t, 'May').value, '1953-05');
  assert.equal(find(t, 'the evening').value, '1953-06-16TEV');
  const since = tag('Seventy years ago today, two climbers reached the summit. This spring has been one of the deadliest seasons, with 12 climbers killed since April.', '2023-05-29', 'news');
  assert.equal(find(since, 'April').value, '2023-04');
});

test('a gallery\'s first captions go on in the year most of its introduction retold, not a later fate told last', () => {
  const text = 'Hungary 1956 in pictures\nOn 23 October 1956, students gathered at the statue. Soviet tanks rolled in the next morning, and on 28 October the prime minister announced a ceasefire. On 1 November he left the Warsaw Pact. On 4 November the tanks returned. He was executed in June 1958.\nCrowds on the square on the afternoon of 23 October.Photograph: Fortepan/Someone\nA burnt-out tank on 30 October.Photograph: Fortepan/Someone';
  const doc = analyse({ name: 'g', text, dct: '2016-10-22', format: 'text' }, { documentType: 'auto' }, ['time']);
  assert.equal(doc.timexes.find((x) => x.text === '30 October')?.value, '1956-10-30');
});

test('news: a step back in a "who had" clause ending its sentence is background ("a leader who had been pushed out two years earlier.")', () => {
  const t = tag('Thirty years ago, troops cleared the square. The protests began in mid-April 1989 after the death of Hu Yaobang, a reformist leader who had been pushed out two years earlier. His funeral on 22 April drew tens of thousands.', '2019-06-03', 'news');
  assert.equal(find(t, '22 April').value, '1989-04-22');
});

test('narrative: a month told in the past perfect just after the story\'s month is of its year ("on 30 July ... whose army had joined the campaign in August")', () => {
  const t = tag('The siege began in July 1877. A second assault on 30 July fared no better. The prince, whose army had joined the campaign in August, was given command. The third assault began on 11 September.', '2009-11-20', 'narrative');
  assert.equal(find(t, 'August').value, '1877-08');
  assert.equal(find(t, '11 September').value, '1877-09-11');
});

test('news: a day named after "since his" is a bound, not the year of a deadline told next in its sentence', () => {
  const t = tag('Mr. Stroud, who has been free on bail since his arrest on March 3, 1988, was ordered to surrender to federal marshals by noon on Dec. 4.', '1989-11-17', 'news');
  assert.equal(find(t, 'Dec. 4').value, '1989-12-04');
});

test('news: a month told in the past after "during", "as of" or "as recently as" is this year\'s, not the coming one; "crude for January" is still ahead', () => {
  const dct = '1991-12-18';
  assert.equal(find(tag('The shares traded above $30 as recently as February.', dct), 'February').value, '1991-02');
  assert.equal(find(tag('Output was strong during February.', dct), 'February').value, '1991-02');
  assert.equal(find(tag('Crude for January settled at $19.10 a barrel.', dct), 'January').value, '1992-01');
});

test('news: a month told in the past just after a season of a year long past is of that year ("That summer ... twice in June")', () => {
  const t = tag('The girl vanished in May 1962. That summer, detectives questioned a neighbour twice in June and let him go.', '2000-11-08');
  assert.equal(find(t, 'That summer').value, '1962-SU');
  assert.equal(find(t, 'June').value, '1962-06');
});

test('a bare hour in the sentence after an evening clock is of the evening too ("at 8:15 p.m. to buy popcorn. By 9 o\'clock")', () => {
  const t = tag('On May 19 the girl left her parents at 8:15 p.m. to buy popcorn. By 9 o\'clock, loudspeakers were calling her name.', '1962-05-21');
  assert.equal(find(t, "9 o'clock").value, '1962-05-19T21:00');
});

test('news: "the next decade" told twice ahead names the same decade, not one after the other', () => {
  const t = tag('Analysts expect sales to triple over the next decade. The company will spend $2 billion over the next decade.', '1998-10-20');
  assert.deepEqual(t.filter((x) => x.text === 'the next decade').map((x) => x.value), ['200', '200']);
});

test('narrative: a lead summing up a span of whole days ("began on 25 June 1950 ... and ended on 27 July 1953") is told from its opening', () => {
  const t = tag('The war began on 25 June 1950, when troops crossed the border, and ended with an armistice at Panmunjom on 27 July 1953. Seoul fell on 28 June. On 15 September marines landed at Inchon.', '2010-03-02', 'narrative');
  assert.equal(find(t, '28 June').value, '1950-06-28');
  assert.equal(find(t, '15 September').value, '1950-09-15');
});

test('news: in a report remembering a day, a day of an earlier month told in the past or with no tense is of the year remembered', () => {
  const t = tag('Forty years ago today, a draw at Coventry made Forest champions. After a goalless final at Wembley on 18 March, Forest beat Liverpool in the replay.', '2018-04-22');
  assert.equal(find(t, '18 March').value, '1978-03-18');
});

test('news: a season or a holiday in a "YEAR, when" clause is of that year, however long the clause ("since 1985, when ... flying home for Christmas")', () => {
  const t = tag('It was the worst crash since 1985, when a charter went down at Gander, killing 256 people, most of them soldiers flying home for Christmas. The strike was the largest since 1987, when a summer of walkouts followed military rule.', '1998-09-05');
  assert.equal(find(t, 'Christmas').value, '1985-12-25');
  assert.equal(find(t, 'summer').value, '1987-SU');
});

test('narrative: a season told in the past perfect that holds the story\'s month is that month\'s season, not the year before\'s', () => {
  const t = tag('The French returned in November 1808. Palafox had spent the autumn repairing the walls. The siege began on 20 December.', '2009-03-14', 'narrative');
  assert.equal(find(t, 'the autumn').value, '1808-FA');
  assert.equal(find(t, '20 December').value, '1808-12-20');
});

test('narrative: a day of the month after the story\'s, told in the past perfect, is of the same year ("In April ... which had slipped into the harbour on May 19")', () => {
  const t = tag('War was declared in April 1898. The squadron, which had slipped into the harbour on May 19, was soon blockaded.', '2009-07-25', 'narrative');
  assert.equal(find(t, 'May 19').value, '1898-05-19');
});

test('news: "the end of the month" told ahead after a month gone by is the report\'s month ("announced in August, is expected to close by the end of the month")', () => {
  const t = tag('The purchase of Amoco, announced in August, is expected to close by the end of the month.', '1998-12-02');
  assert.equal(find(t, 'the end of the month').value, '1998-12');
});

test('news: a month named with "contract" or "futures" is a futures month, the next to come ("the December contract rose", told in July)', () => {
  const t = tag('The December contract rose 6 cents, and the more actively traded May contract gained 3 cents.', '1989-07-11');
  assert.equal(find(t, 'December').value, '1989-12');
  assert.equal(find(t, 'May').value, '1990-05');
});

test('narrative: a flashback after a lead\'s span of whole days is background, its "had" up to 12 words back, and the story is told from the span\'s opening', () => {
  const t = tag('The war was fought from 11 October 1899 to 31 May 1902 between the empire and the two republics. Friction had grown since the discovery of gold on the Witwatersrand in 1886, which drew miners there during the 1890s. When the ultimatum expired at 5 p.m. on 11 October, commandos crossed the border.', '2010-01-15', 'narrative');
  assert.equal(find(t, '11 October').value, '1899-10-11');
});

test('narrative: a history\'s flashback is told in the past perfect with its "had" up to 12 words back ("had agreed on a joint offensive at the Chantilly conference in December 1915")', () => {
  const t = tag('The battle was fought between 1 July and 18 November 1916. The Allied commanders had agreed on a joint offensive at the Chantilly conference in December 1915. The German attack at Verdun, which had begun on 21 February, had drained the French reserves.', '2009-07-14', 'narrative');
  assert.equal(find(t, '21 February').value, '1916-02-21');
});

test('news: a report remembering a week or month of its own ("Twenty years ago this week") keeps the months and days it retells in the year remembered; "ago next month" names no day', () => {
  const t = tag('Twenty years ago this week, the army cleared the square. The protests began in mid-April, after a leader died on 15 April. Martial law was declared on 20 May.', '2009-06-05');
  assert.deepEqual(['mid-April', '15 April', '20 May'].map((x) => find(t, x).value), ['1989-04', '1989-04-15', '1989-05-20']);
  const later = tag('Twenty-five years ago next month, the bridge fell. A quake near Napa on Aug. 24 was felt widely.', '2014-09-15');
  assert.equal(find(later, 'Aug. 24').value, '2014-08-24');
});

test('news: a weekday describing the date told just before it ("on 15 April 1989, a warm, bright Saturday") is that date, and the story stays there', () => {
  const t = tag('The match was played on 15 April 1989, a warm, bright Saturday. At 3.06pm the game was stopped.', '2014-04-15');
  assert.equal(find(t, 'Saturday').value, '1989-04-15');
  assert.equal(find(t, '3.06pm').value, '1989-04-15T15:06');
});

test('a clock with "tomorrow" or "yesterday" takes the part of day after it into one time ("at 8:30 tomorrow morning")', () => {
  const t = tag('The crew will be awakened at 8:30 tomorrow morning. The storm came ashore at 5:30 yesterday morning.', '1998-10-28');
  assert.deepEqual(t.map((x) => [x.text, x.value]), [['8:30 tomorrow morning', '1998-10-29T08:30'], ['5:30 yesterday morning', '1998-10-27T05:30']]);
});

test('news: months counted in figures compare years as words do ("For the 9 months ended Sept. 30 ... a year earlier")', () => {
  const t = tag('Fourth-quarter profit fell. For the 9 months ended Sept. 30, the company earned $61.2 million, down from $94.7 million a year earlier.', '1989-11-08', 'news');
  assert.equal(find(t, 'a year earlier').value, '1988');
});

test('"three and a half months later" adds the half month as days: 30 November and three and a half months is March', () => {
  const t = tag('The invasion began on 30 November 1939. It ended three and a half months later, and the truce held a month and a half later still.');
  assert.equal(find(t, 'three and a half months later').value, '1940-03');
  assert.equal(find(t, 'a month and a half later').value, '1940-04');
});

test('news: "the day" told in the past is the report\'s day, not a day still ahead that a plan named before it', () => {
  // 2000-11-10 is a Friday
  const t = tag('County officials plan to begin a hand count on Saturday. The vice president stayed out of sight for most of the day.', '2000-11-10');
  assert.equal(find(t, 'Saturday').value, '2000-11-11');
  assert.equal(find(t, 'the day').value, '2000-11-10');
});

test('news: "the end of the week" told ahead is the report\'s week, not the week of a day months back', () => {
  const t = tag('The hostages were seized on April 23 from a resort. The negotiator said Monday he hoped to free the rest by the end of the week.', '2000-08-28');
  assert.equal(find(t, 'the end of the week').value, '2000-W35');
  // told in the past, the week stays the story's
  const past = tag('The ferry sank on April 23. By the end of the week, divers had found 40 bodies.', '2000-08-28');
  assert.equal(find(past, 'the end of the week').value, '2000-W16');
});

test('news: a day told weeks before the report in an earlier sentence does not frame a later clock time; the report\'s day told before does', () => {
  const t = tag('The commission granted the increase yesterday. A judge had ruled against it in a decision issued Jan. 18. In a vote taken shortly after 11 a.m., the commissioners rejected that finding.', '1991-03-07');
  assert.equal(find(t, '11 a.m.').value, '1991-03-06T11:00');
  // two weeks back, the day retold still frames its clock
  const retold = tag('Investigators are still sifting the rubble. The two bombs exploded on Aug. 7 in Nairobi and Dar es Salaam. They went off within minutes of each other, shortly after 10:30 a.m. local time.', '1998-08-21');
  assert.equal(find(retold, '10:30 a.m.').value, '1998-08-07T10:30');
});

test('news: "the past year" after a perfect\'s "for" is a stretch up to now; "the figures for the past year" stay the year before', () => {
  const t = tag('The coach has insisted for the past year that he will not return. The figures for the past year show a loss.', '1998-06-15');
  const [stretch, year] = t.filter((x) => x.text === 'the past year');
  assert.equal(stretch.type, 'DURATION');
  assert.equal(stretch.value, 'P1Y');
  assert.equal(year.value, '1997');
});

test('a clock without a.m. or p.m.: the afternoon runs on from one lent it, and a spoken hour of one to five is of the afternoon unless a morning or night is near', () => {
  const t = tag('The first circuit breaker kicked in at 2:36 p.m. When trading resumed at 3:06, the selling grew, and at 3:30 the exchange closed.', '1997-10-27');
  assert.equal(find(t, '3:06').value, '1997-10-27T15:06');
  assert.equal(find(t, '3:30').value, '1997-10-27T15:30');
  assert.equal(find(tag('The clerk read the verdict shortly before 2 o\'clock.', '1997-12-23'), '2 o\'clock').value, '1997-12-23T14:00');
  assert.equal(find(tag('The fire broke out early this morning. Crews arrived at 4 o\'clock.', '1997-12-23'), '4 o\'clock').value, '1997-12-23T04:00');
});

test('news: "a year earlier" after months counted compares with the report\'s year, not a year told before the months', () => {
  const t = tag('The company, which had sales of $1.4 billion last year, earned $61 million in the first nine months, down from $74 million a year earlier.', '1989-12-12');
  assert.equal(find(t, 'a year earlier').value, '1988');
  // a year written after the months is theirs
  const written = tag('It lost $5 million in the first nine months of 1989, compared with a loss of $18 million a year earlier.', '1990-01-10');
  assert.equal(find(written, 'a year earlier').value, '1988');
});

test('news: a clock told ahead is of the day still to come its sentence names; "would have full access" looks ahead', () => {
  // 1990-02-16 is a Friday
  const t = tag('The agency said the branches would reopen Saturday and that depositors would have full access to their accounts by 9 a.m.', '1990-02-16');
  assert.equal(find(t, 'Saturday').value, '1990-02-17');
  assert.equal(find(t, '9 a.m.').value, '1990-02-17T09:00');
});

test('the clock opening a span "from 4 to 8 p.m. Friday" is on the closing clock\'s day', () => {
  // 1996-11-14 is a Thursday
  const t = tag('Visitation will be from 4 to 8 p.m. Friday, and the store is open from 9 a.m. to 5 p.m. on Saturday.', '1996-11-14');
  assert.equal(find(t, '4').value, '1996-11-15T16:00');
  assert.equal(find(t, '9 a.m.').value, '1996-11-16T09:00');
  // "between ... and ..." opens a span as "from ... to ..." does
  const between = tag('Anyone who was on the street between 10pm and 11pm on Sunday has been asked to call.', '2023-03-14');
  assert.equal(find(between, '10pm').value, '2023-03-12T22:00');
});

test('news: a season told in the past just after a full date of a year long past is of that year; one after a month retold in passing is the report\'s', () => {
  const t = tag('Crowds filled the square on May 1, 1968. Over the spring and summer, censorship was relaxed.', '2018-08-21');
  assert.equal(find(t, 'the spring').value, '1968-SP');
  assert.equal(find(t, 'summer').value, '1968-SU');
  const trial = tag('He resigned in April 1996 and was indicted 11 months later. Defense lawyers had argued throughout the spring that he followed orders.', '1998-06-12');
  assert.equal(find(trial, 'the spring').value, '1998-SP');
});

test('news: a century named in passing after a retold date leaves the story in that date\'s year', () => {
  const t = tag('A man stood alone in front of a column of tanks on June 5, 1989. The picture became one of the defining images of the 20th century. By the end of June, hundreds of people had been arrested.', '2019-06-04');
  assert.equal(find(t, 'the end of June').value, '1989-06');
});

test('narrative: after a span summed up in one long sentence, a date told in the past perfect before its opening day is a flashback from that opening', () => {
  const t = tag('The siege began on 8 September 1941, when German troops took the fortress town on the southern shore of the lake and cut the last land route into the city, and it ended on 27 January 1944 after 872 days. The German advance had been rapid. Army Group North had crossed the border on 22 June, and by late August it was near the city.', '2009-11-20', 'narrative');
  assert.equal(find(t, '22 June').value, '1941-06-22');
  assert.equal(find(t, 'late August').value, '1941-08');
});

test('a clock that says a.m. keeps it after a night named before it ("a wrap-up of the night at 7 a.m. tomorrow")', () => {
  assert.equal(find(tag('We will have a complete wrap-up of the night at 7 a.m. tomorrow.', '1998-11-03'), '7 a.m. tomorrow').value, '1998-11-04T07:00');
  assert.equal(find(tag('Officials met Tuesday night at 11:30 to count the ballots.', '1998-11-04'), '11:30').value, '1998-11-03T23:30');
});


test('news gallery: a day told in the past that the report\'s year would put after the report is of the date the story retold, past captions and the report\'s own clock', () => {
  const text = "Operation Desert Storm at 30: the bombing of Iraq \u2013 in pictures\n\nThirty years ago, on 17 January 1991, a US-led coalition started bombing Iraq. The raids began less than a day after a United Nations deadline for Iraq to pull its troops out of Kuwait, which it had invaded the previous August.\n\nFlak lights up the night sky over the capital soon after the first raids, 17 January 1991.Photograph: Jean Martin/APThe first bombs hit the city at about 2.30am local time. Audiences around the world watched the raids live on television, as reporters described the flak from a hotel room in the city centre.\n\nA jet takes off from an airbase in the Saudi desert, January 1991.Photograph: Tom Baker/US Air Force\n\nOver the following five weeks, the coalition's aircraft flew more than 100,000 missions. Iraq replied with missiles fired at Israel and Saudi Arabia, the first of which hit Tel Aviv on 18 January.\n";
  const doc = analyse({ name: 'g', text, dct: '2021-01-17' }, { documentType: 'auto' }, ['time']);
  assert.equal(find(doc.timexes, '18 January').value, '1991-01-18');
});

test('a bare clock with "this morning" right after it stays in the morning, even after an evening clock', () => {
  assert.equal(find(tag('The president landed a little after 8 p.m. local time, which was about 8 o\'clock this morning Eastern.', '1998-06-25'), '8 o\'clock').value, '1998-06-25T08:00');
});

test('auto type: an obituary whose lead tells a death "on Sunday" is news, however many old years its life story writes', () => {
  const text = 'Arthur Kemp, who landed in Normandy on D-Day and later ran the town\'s hardware shop for forty years, died on Sunday in a care home. He was 89.\n\n' +
    'Born in March 1920, he left school at 14 and enlisted in the autumn of 1939. His battalion crossed the Channel on June 5, 1944, and he was wounded on September 17 of that year. ' +
    'He married in 1947, opened the shop in 1951 and retired in 1989. In 1994 he told this newspaper about the war; in 2004 he went back to the beaches.\n\n' +
    'His funeral will be held at St Mary\'s next Wednesday.';
  const doc = analyse({ name: 'o', text, dct: '2009-11-12' }, { documentType: 'auto' }, ['time']);
  assert.equal(doc.documentType?.type, 'news');
  assert.equal(find(doc.timexes, 'Sunday').value, '2009-11-08');
  assert.equal(find(doc.timexes, 'next Wednesday').value, '2009-11-18');
});

test('narrative: a month in a sentence opening "Meanwhile" is the nearest one, before the story\'s point if need be', () => {
  const t = tag('The Huaihai campaign ended on 10 January 1949. Meanwhile, in the Pingjin campaign, which began late in November, the army surrounded the city. Tianjin was stormed on 15 January.');
  assert.equal(find(t, 'late in November').value, '1948-11');
  assert.equal(find(t, '15 January').value, '1949-01-15');
  // without it the story goes forward
  assert.equal(find(tag('The campaign ended on 10 January 1949. The army crossed the river late in November.'), 'late in November').value, '1949-11');
});

test('narrative: a month told in the past perfect after a past-perfect point lies before it, in its year, not in the year after', () => {
  const t = tag('The great sortie began on the night of 29 November 1870, and by the evening of 2 December the troops had fallen back across the river. Rationing had been introduced in mid-October, and during December butchers sold horse.');
  assert.equal(find(t, 'mid-October').value, '1870-10');
  assert.equal(find(t, 'December').value, '1870-12');
});

test('news: a day told in a comparison or a "which" clause does not frame the clock times after it', () => {
  // 1991-02-12 is a Tuesday
  const t = tag('The dollar rose against the mark yesterday after the central banks bought dollars. It ended at 1.4620 marks, up from 1.4485 late Friday. Dealers said the Fed entered the market shortly before 10 a.m. EST.', '1991-02-12');
  assert.equal(find(t, '10 a.m. EST').value, '1991-02-11T10:00');
  const volcano = tag('The volcano blasted ash into the sky early on Tuesday. The volcano, which began its latest eruption last Thursday, produced five explosions. The strongest came at 6:17 a.m. local time.', '2000-02-29');
  assert.equal(find(volcano, '6:17 a.m.').value, '2000-02-29T06:17');
  // a day told as the scene still frames them
  const bomb = tag('A truck bomb killed 201 people on Friday. It went off behind the embassy at 10:35 a.m. local time.', '1998-08-10');
  assert.equal(find(bomb, '10:35 a.m.').value, '1998-08-07T10:35');
});

test('news: a move of days counts from the latest whole day told, not from a year the story told before it', () => {
  // 2003-03-13 is a Thursday
  const court = tag("The brothers fell out in 1994. Last Tuesday's hearing was short. The younger one was in court the next morning.", '2003-03-13');
  assert.equal(find(court, 'the next morning').value, '2003-03-12TMO');
  const clinic = tag("The clinic opened in 2001. Wednesday's report counted 212 cases, down from 230 the previous day.", '2003-03-13');
  assert.equal(find(clinic, 'the previous day').value, '2003-03-11');
  // with no day told since, the year still bounds the move
  const office = tag('The agency was founded in 1994. It opened its first office the next day.', '2003-03-13');
  assert.equal(find(office, 'the next day').value, '1994-XX-XX');
});

test('a history told in pictures goes on from the caption before: days without a year and "two days later" take its date; a time counted from now does not', () => {
  const gallery = [
    'Selma, 1965: the march in pictures',
    '',
    'In early 1965 the voting rights campaign in Alabama came to a head.',
    '',
    '7 March 1965: State troopers charge marchers on the bridge. Photograph: Jan Doe/AP',
    'Two days later the leader took some 2,000 people back to the bridge. Photograph: Ann Roe/Getty Images',
    'Marchers camp in a field on 23 March. (AP)',
    "Veterans at last year's commemoration on the bridge. Photograph: Tom Poe/Reuters",
  ].join('\n');
  const values = Object.fromEntries(analyse({ name: 'g', text: gallery }).timexes.map((t) => [t.text, t.value]));
  assert.equal(values['Two days later'], '1965-03-09');
  assert.equal(values['23 March'], '1965-03-23');
  assert.equal(values['last year'], 'PAST_REF');
});
