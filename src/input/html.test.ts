import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSpans } from '../model/spans.js';
import { parseCredit } from '../segment/index.js';
import { htmlToDocument } from './html.js';

const BODY = [
  '<p>Engineers closed the old railway bridge on Monday after inspectors found cracks in two of its piers, the regional council said in a statement.</p>',
  '<p>Trains between the two towns will be replaced by buses for at least six weeks, and freight will be diverted through the northern line.</p>',
  '<p>The bridge, opened in 1911, carried about 80 trains a day before the closure, according to the operator.</p>',
].join('');

function page(head: string, article: string): string {
  return `<!doctype html><html><head>${head}</head><body><nav><a href="/">Home</a></nav><article>${article}</article><footer>Contact us</footer></body></html>`;
}

test('figures become media items whose caption and credit spans point into the assembled text', () => {
  const html = page(
    '<title>Bridge closed | Example News</title>',
    `<h1>Bridge closed</h1>${BODY}` +
      '<figure><img src="a.jpg" alt=""><figcaption>Inspectors on the north pier <span class="image-credit">Jane Roe/Example Agency</span></figcaption></figure>' +
      '<figure><img src="b.jpg"><figcaption>The bridge in 1930. Photograph: City Archive</figcaption></figure>' +
      '<figure><img src="c.jpg"><figcaption>A bus replaces the train <small>© John Doe</small></figcaption></figure>',
  );
  const result = htmlToDocument(html, { name: 'bridge.html' });
  checkSpans(result);
  assert.deepEqual(
    result.media.map((m) => [m.caption.text, m.credit.text, m.origin]),
    [
      ['Inspectors on the north pier', 'Jane Roe/Example Agency', 'html-figure'],
      ['The bridge in 1930.', 'Photograph: City Archive', 'html-figure'],
      ['A bus replaces the train', '© John Doe', 'html-figure'],
    ],
  );
  assert.ok(result.text.startsWith('Bridge closed\nEngineers closed'), 'the title once, without the site name');
  assert.ok(result.text.includes('Trains between the two towns'));
  assert.ok(!result.text.includes('Contact us'), 'page furniture stays out of the article text');
  const captionLines = result.text.split('\n').slice(-3);
  assert.equal(captionLines[0], 'Inspectors on the north pier Jane Roe/Example Agency');
});

test('credit words are handed to the credit parser', () => {
  const html = page('', `${BODY}<figure><figcaption>Buses wait <cite>Jane Roe/Reuters</cite></figcaption></figure>`);
  const calls: string[] = [];
  const result = htmlToDocument(html, {
    name: 'x.html',
    parseCredit: (credit) => {
      calls.push(credit);
      return { photographer: 'P', agency: 'A', rights: 'licensed' };
    },
  });
  assert.deepEqual(calls, ['Jane Roe/Reuters']);
  assert.deepEqual(
    { ...result.media[0].credit },
    { start: result.media[0].credit.start, end: result.media[0].credit.end, text: 'Jane Roe/Reuters', photographer: 'P', agency: 'A', rights: 'licensed' },
  );
  const real = htmlToDocument(html, { name: 'x.html', parseCredit }).media[0].credit;
  assert.equal(real.photographer, 'Jane Roe');
});

test('the publication date comes from article metadata, JSON-LD or a <time> element, as written', () => {
  const meta = '<meta property="article:published_time" content="2019-04-15T23:30:00-04:00">';
  assert.equal(htmlToDocument(page(meta, BODY), { name: 'a' }).dct, '2019-04-15');
  const jsonLd = '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2011-03-11"}]}</script>';
  assert.equal(htmlToDocument(page(jsonLd, BODY), { name: 'b' }).dct, '2011-03-11');
  assert.equal(htmlToDocument(page('', `<time datetime="2001-09-12">Sept 12</time>${BODY}`), { name: 'c' }).dct, '2001-09-12');
  assert.equal(htmlToDocument(page('<script type="application/ld+json">{broken</script>', BODY), { name: 'd' }).dct, undefined);
  const related = '<aside><time datetime="2020-01-01">older story</time></aside>';
  assert.equal(htmlToDocument(page(jsonLd, `${related}${BODY}`), { name: 'e' }).dct, '2011-03-11', 'JSON-LD wins over a stray <time>');
});

test('the title comes from og:title before <title>', () => {
  const head = '<meta property="og:title" content="Old bridge shut"><title>Site | Old bridge shut</title>';
  const result = htmlToDocument(page(head, BODY), { name: 'a' });
  assert.equal(result.title, 'Old bridge shut');
  assert.ok(result.text.startsWith('Old bridge shut\n'));
});

test('scripts, styles and templates never reach the text', () => {
  const html = page(
    '<style>.x{content:"style words"}</style><script>var secret = "script words";</script>',
    `${BODY}<noscript>noscript words</noscript><template><p>template words</p></template><script>document.write("late words")</script>`,
  );
  const { text } = htmlToDocument(html, { name: 'a' });
  for (const words of ['style words', 'script words', 'noscript words', 'template words', 'late words']) {
    assert.ok(!text.includes(words), `${words} leaked into the text`);
  }
});

test('an HTML fragment without <html> or <body> is read too', () => {
  const result = htmlToDocument('<p>The ferry sailed at noon.</p><p>It reached port by six.</p>', { name: 'frag.html' });
  assert.equal(result.text, 'The ferry sailed at noon.\nIt reached port by six.');
});

test('a large page of repeated words is handled in linear time', () => {
  const paragraph = `<p>${'word '.repeat(200)}</p>`;
  const started = performance.now();
  const result = htmlToDocument(page('', paragraph.repeat(500)), { name: 'big.html' });
  assert.ok(result.text.length > 400_000);
  assert.ok(performance.now() - started < 20_000);
});

test('deeply nested blocks and thousands of figures are read in about linear time', () => {
  const nested = `${'<ul><li>'.repeat(3000)}deep item${'</li></ul>'.repeat(3000)}`;
  const figures = '<figure><figcaption>A quay at dusk <span class="credit">Jane Roe/Example Agency</span></figcaption></figure>'.repeat(3000);
  const started = performance.now();
  const result = htmlToDocument(page('', `${BODY}${nested}${figures}`), { name: 'deep.html' });
  assert.equal(result.media.length, 3000);
  assert.ok(result.text.includes('\ndeep item\n'));
  assert.match(result.warnings[0], /too deeply nested/);
  checkSpans(result);
  // A quadratic step would take many minutes here; linear work takes seconds even on a loaded machine.
  assert.ok(performance.now() - started < 60_000);
});

test('line breaks and blocks inside a paragraph or caption separate words', () => {
  const html = page('', `${BODY}<p>First line<br>second line</p><figure><figcaption><p>Boats at dawn</p><p>in the bay</p><small>Jane Roe</small></figcaption></figure>`);
  const result = htmlToDocument(html, { name: 'br.html' });
  assert.ok(result.text.includes('\nFirst line second line\n'));
  assert.equal(result.media[0].caption.text, 'Boats at dawn in the bay');
  assert.equal(result.media[0].credit.text, 'Jane Roe');
});

test('a figure holding a pull quote or a table is body text, not a photograph', () => {
  const html = page('', `${BODY}<figure><blockquote><p>We will rebuild it stone by stone.</p></blockquote><figcaption>The mayor</figcaption></figure>`);
  const result = htmlToDocument(html, { name: 'quote.html' });
  assert.equal(result.media.length, 0);
  assert.ok(result.text.includes('We will rebuild it stone by stone.'));
});
