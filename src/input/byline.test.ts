import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bylineDate } from './byline.js';

test('a byline near the top gives the creation date, as written, in the forms pages print it', async () => {
  assert.deepEqual(await bylineDate('Election night in pictures\nPublished 9 November 2016\nPolls closed at 7 p.m.'), { date: '2016-11-09', line: 'Published 9 November 2016' });
  assert.equal((await bylineDate('Title\nUpdated: Nov. 9, 2016 10:03 PM ET\nText.'))?.date, '2016-11-09');
  assert.equal((await bylineDate('Title\nFirst published on 3 June 2019\nText.'))?.date, '2019-06-03');
});

test('a byline date in digits that reads both ways is read as the rest of the document writes its dates', async () => {
  assert.equal((await bylineDate('Bridge approved\nPublished 03/04/2022\nThe council voted on 1 April.'))?.date, '2022-04-03');
  assert.equal((await bylineDate('Bridge approved\nPublished 03/04/2022\nThe council voted on April 1.'))?.date, '2022-03-04');
  assert.equal((await bylineDate('Bridge approved\nPublished 03/04/2022\nThe council voted.'))?.date, '2022-03-04');
});

test("a wire story's dateline with its year gives the creation date; one without a year, or a sentence, does not", async () => {
  const wire = 'Flood waters recede\n\nDHAKA, Bangladesh, Aug 3, 2024 (Reuters) - Relief workers reached the last cut-off villages on Saturday.';
  assert.deepEqual(await bylineDate(wire), { date: '2024-08-03', line: 'DHAKA, Bangladesh, Aug 3, 2024 (Reuters) -' });
  assert.equal((await bylineDate('NEW YORK, Jan. 5, 1998 — The strike ended at dawn after a night of talks.'))?.date, '1998-01-05');
  assert.equal((await bylineDate('KHARTOUM/GENEVA, 24 May 2023 — Talks resumed on Tuesday.'))?.date, '2023-05-24');
  assert.equal(await bylineDate('GENEVA, March 3 (Reuters) - Talks resumed on Tuesday.'), undefined);
  assert.equal(await bylineDate('In Paris, on 3 March 1871 - a cold day - the guns were moved.'), undefined);
  assert.equal(await bylineDate(`ROME,${' x'.repeat(5000)} 2020 - end`), undefined);
});

test('a timestamp alone on a line gives the creation date; a date heading without a clock time, or a sentence with one, does not', async () => {
  assert.equal((await bylineDate('Sunday 10 July 2022 07.40 BST\n\nThe president will step down.'))?.date, '2022-07-10');
  assert.equal((await bylineDate('Mon 3 Jun 2019 14:05 EDT\nText.'))?.date, '2019-06-03');
  assert.equal(await bylineDate('The Easter Rising\n\nMonday 24 April 1916\n\nAt noon the rebels seized the Post Office.'), undefined);
  // a date alone beside the author's line is the story's
  assert.equal((await bylineDate('Jury convicts man\n\nBy The Associated Press\nOctober 18, 2023\n\nA jury on Tuesday found him guilty.'))?.date, '2023-10-18');
  assert.equal((await bylineDate('Jury convicts man\n18 October 2023\nBy Jane Roe\n\nText.'))?.date, '2023-10-18');
  assert.equal(await bylineDate('At 07.40 on 10 July 2022 the crowd broke in.\nText.'), undefined);
});

test('no byline, a byline without a full date, or one far down the text gives none', async () => {
  assert.equal(await bylineDate('The harbour froze on 20 January 1963.'), undefined);
  assert.equal(await bylineDate('Title\nPublished in 2016\nText.'), undefined);
  const late = [...Array.from({ length: 10 }, (_, k) => `Line ${k} of the story.`), 'Published 9 November 2016'].join('\n');
  assert.equal(await bylineDate(late), undefined);
  assert.equal(await bylineDate(`Published ${'and reprinted '.repeat(20)}on 9 November 2016`), undefined);
});
