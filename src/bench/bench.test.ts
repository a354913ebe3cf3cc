import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_DOCUMENT, buildCorpus, cutAddress, sentenceEnds, splitByAddress, withParagraphs, type Address } from './corpus.js';
import { measure, measureUnseen } from './measure.js';
import { BENCH_SYSTEMS, benchSystem } from './systems.js';

// Two made-up addresses; each sentence is ~60 characters.
function address(year: number, sentences: number): Address {
  const text = Array.from({ length: sentences }, (_, i) => `In year ${year} the clerk filed report number ${i} with care.`).join(' ');
  return { year, name: 'Test Speaker', text };
}

test('addresses are cut at sentence ends into documents of at most 5 KB with paragraphs', () => {
  const pieces = cutAddress(address(1901, 400).text);
  assert.ok(pieces.length >= 5);
  for (const piece of pieces) {
    assert.ok(piece.length <= MAX_DOCUMENT, `piece of ${piece.length}`);
    assert.ok(piece.endsWith('care.'), 'cut at a sentence end');
    assert.ok(piece.includes('\n\n'), 'has paragraphs');
  }
  assert.ok(pieces.slice(0, -1).every((piece) => piece.length >= 3900));
});

test('text without sentence ends or spaces is still cut at the hard limit, in linear time', () => {
  const digits = '9'.repeat(1 << 20);
  const pieces = cutAddress(digits);
  assert.equal(pieces.join(''), digits);
  assert.ok(pieces.every((piece) => piece.length <= MAX_DOCUMENT));
  assert.equal(sentenceEnds('. '.repeat(100_000)).length, 100_000);
  assert.equal(withParagraphs('word '.repeat(200_000)).length, 'word '.repeat(200_000).trimEnd().length);
});

test('the corpus repeats the addresses when more text is asked for, and says so', () => {
  const addresses = [address(1901, 100), address(1902, 100)];
  const small = buildCorpus(0.005, addresses);
  assert.equal(small.passes, 1);
  assert.ok(small.bytes >= 5000);
  const large = buildCorpus(0.05, addresses);
  assert.ok(large.passes > 1);
  assert.ok(large.bytes >= 50_000);
  assert.equal(new Set(large.documents.map((d) => d.id)).size, large.documents.length, 'ids stay unique');
  assert.equal(large.documents[0].dct, '1901-01-01');
});

test('the real State of the Union corpus loads from node_modules and reaches the size asked for', () => {
  const corpus = buildCorpus(0.2);
  assert.ok(corpus.addresses > 200);
  assert.ok(corpus.bytes >= 200_000);
});

test('measure runs Annalist over every document and samples memory at each quarter', async () => {
  const corpus = buildCorpus(0.02, [address(1950, 400)]);
  const run = await (benchSystem('annalist-time')?.load() ?? Promise.reject(new Error('no annalist-time')));
  const result = measure('annalist-time', run, corpus.documents, 1);
  assert.equal(result.documents, corpus.documents.length);
  assert.equal(result.complete, true);
  const fractions = result.samples.map((s) => s.fraction);
  assert.equal(fractions.length, 4, 'one sample per quarter (rounded to whole documents)');
  assert.equal(fractions[3], 1);
  assert.ok(fractions.every((f, i) => i === 0 || f > fractions[i - 1]));
  assert.ok(result.peakRssMB > 0);
  assert.equal(result.bytes, corpus.bytes);
});

test('measure stops at the time budget and reports how far it got', () => {
  const corpus = buildCorpus(0.02, [address(1950, 400)]);
  const result = measure('slow', () => 0, corpus.documents, 0, 0, 3);
  assert.equal(result.complete, false);
  assert.equal(result.documents, 0);
  assert.equal(result.samples.length, 1);
  assert.deepEqual(result.passSeconds, []);
  assert.equal(result.warmSeconds, undefined, 'no warm figure without whole passes');
});

test('measure times further passes over the whole corpus and reports the last as warm', () => {
  const corpus = buildCorpus(0.02, [address(1950, 400)]);
  const seen: string[] = [];
  const result = measure('counting', (d) => seen.push(d.id), corpus.documents, 2, Infinity, 3);
  assert.equal(seen.length, 2 + 3 * corpus.documents.length, 'warm-up documents, then three whole passes');
  assert.equal(result.passSeconds.length, 3);
  assert.equal(result.passSeconds[0], result.seconds, 'the first pass is the cold one');
  assert.equal(result.warmSeconds, result.passSeconds[2]);
  assert.equal(result.documents, corpus.documents.length);
  const single = measure('once', () => 0, corpus.documents, 0, Infinity, 1);
  assert.equal(single.warmSeconds, undefined, 'one pass has no warm figure');
});

test('the corpus splits into two halves that share no address', () => {
  const corpus = buildCorpus(0.05, [address(1901, 100), address(1902, 100), address(1903, 100)]);
  const [even, odd] = splitByAddress(corpus.documents);
  assert.equal(even.length + odd.length, corpus.documents.length);
  assert.ok(even.length > 0 && odd.length > 0);
  const years = (documents: typeof even): Set<string> => new Set(documents.map((d) => d.dct));
  assert.deepEqual([...years(even)].sort(), ['1901-01-01', '1903-01-01']);
  assert.deepEqual([...years(odd)], ['1902-01-01']);
});

test('the unseen measure reads the seen half the number of passes asked, then times the other half once', () => {
  const corpus = buildCorpus(0.02, [address(1950, 200), address(1951, 200)]);
  const [seen, unseen] = splitByAddress(corpus.documents);
  const read: string[] = [];
  const result = measureUnseen('counting', (d) => read.push(d.id), seen, unseen, Infinity, 2);
  assert.deepEqual(read, [...seen, ...seen, ...unseen].map((d) => d.id));
  assert.equal(result.warmPasses, 2);
  assert.equal(result.documents, unseen.length);
  assert.equal(result.bytes, unseen.reduce((sum, d) => sum + Buffer.byteLength(d.text, 'utf8'), 0));
  assert.ok(result.seconds !== undefined && result.seconds >= 0);
  const starved = measureUnseen('slow', () => 0, seen, unseen, 0, 2);
  assert.equal(starved.seconds, undefined, 'no figure when the budget is spent before the unseen pass');
  assert.equal(starved.warmPasses, 0);
});

test('every benchmarked system has a unique name', () => {
  assert.equal(new Set(BENCH_SYSTEMS.map((s) => s.name)).size, BENCH_SYSTEMS.length);
});
