import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bylineDate } from './byline.js';

test('a byline near the top gives the creation date, as written, in the forms pages print it', async () => {
  assert.deepEqual(await bylineDate('Election night in pictures\nPublished 9 November 2016\nPolls closed at 7 p.m.'), { date: '2016-11-09', line: 'Published 9 November 2016' });
  assert.equal((await bylineDate('Title\nUpdated: Nov. 9, 2016 10:03 PM ET\nText.'))?.date, '2016-11-09');
  assert.equal((await bylineDate('Title\nFirst published on 3 June 2019\nText.'))?.date, '2019-06-03');
});

test('no byline, a byline without a full date, or one far down the text gives none', async () => {
  assert.equal(await bylineDate('The harbour froze on 20 January 1963.'), undefined);
  assert.equal(await bylineDate('Title\nPublished in 2016\nText.'), undefined);
  const late = [...Array.from({ length: 10 }, (_, k) => `Line ${k} of the story.`), 'Published 9 November 2016'].join('\n');
  assert.equal(await bylineDate(late), undefined);
  assert.equal(await bylineDate(`Published ${'and reprinted '.repeat(20)}on 9 November 2016`), undefined);
});
