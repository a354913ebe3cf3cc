import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentText } from './index.js';
import { segmentationProblems } from './invariants.js';
import { measureFalseMedia } from './measure.js';
import { SHARED_MISSING, sharedFile } from '../testing/shared.js';

const PROSE = [
  'General MacArthur landed at Inchon in September 1950, and NATO leaders watched the UN forces advance.',
  'A 15-year-old reporter filmed the T-54 and T55 tanks on an iPhone and posted the clips on YouTube',
  'Mr. McDonald told the BBC that the USSR had never admitted the losses. President de Gaulle disagreed.',
  'The PlayStation generation grew up far from the Cold War, said Dr. O\'Neill of the AP',
  'Reuters and AFP reported the news within minutes. Getty Images bought the archive in 1999.',
  'Fortepan, the Hungarian photo archive, holds thousands of amateur pictures',
  'War in the north, 1775-1780Massachusetts',
  'The "Vietnamization" policy, announced in 1969, was meant to hand the fighting to the ARVN',
  'Later the "Vietnamization" programme ran into trouble.',
].join('\n');

test('ordinary prose full of camel-case names, model numbers and acronyms yields no media', () => {
  const seg = segmentText(PROSE);
  assert.equal(seg.media.length, 0);
  assert.ok(seg.paragraphs.every((p) => p.kind !== 'captions'));
  assert.deepEqual(segmentationProblems(PROSE, seg), []);
});

test('no sentence or paragraph boundary falls inside a word', () => {
  const seg = segmentText(PROSE);
  for (const span of [...seg.sentences, ...seg.paragraphs]) {
    const before = PROSE[span.start - 1];
    const after = PROSE[span.end];
    assert.ok(before === undefined || !/[\p{L}\d]/u.test(before), `starts inside a word: ${span.text}`);
    assert.ok(after === undefined || !/[\p{L}\d]/u.test(after), `ends inside a word: ${span.text}`);
  }
});

test('credits are never cut out of camel-case names or model numbers inside captions', () => {
  const text = 'Mr. McDonald shows his iPhone beside a T-54 at the NATO museumReutersA PlayStation stand at the fairAFP';
  const seg = segmentText(text);
  assert.deepEqual(
    seg.media.map((m) => [m.caption.text, m.credit.text]),
    [
      ['Mr. McDonald shows his iPhone beside a T-54 at the NATO museum', 'Reuters'],
      ['A PlayStation stand at the fair', 'AFP'],
    ],
  );
});

test('an unknown agency glued twice is learnt; seen once it is not', () => {
  const twice = 'Boats leave the harbourNordfotoDockers on strike at the gateNordfoto';
  assert.deepEqual(segmentText(twice).media.map((m) => m.credit.text), ['Nordfoto', 'Nordfoto']);
  const once = 'Boats leave the harbourNordfoto';
  assert.equal(segmentText(once).media.length, 0);
});

test('a caption run glued after capitals splits before a lexicon credit', () => {
  const text = 'Soldiers of NATOReutersA convoy of tanksAFP';
  assert.deepEqual(
    segmentText(text).media.map((m) => [m.caption.text, m.credit.text]),
    [
      ['Soldiers of NATO', 'Reuters'],
      ['A convoy of tanks', 'AFP'],
    ],
  );
});

const ONE_MB = 1 << 20;
const ADVERSARIAL: Record<string, string> = {
  'all capitals': 'A'.repeat(ONE_MB),
  'AFP repeated': 'AFP'.repeat(ONE_MB / 3),
  'lower/upper alternation': 'aB'.repeat(ONE_MB / 2),
  digits: '7'.repeat(ONE_MB),
  'digit/capital alternation': '1A'.repeat(ONE_MB / 2),
  'full stops': 'a.B'.repeat(ONE_MB / 3),
  'short lines': 'A\n'.repeat(ONE_MB / 2),
  'caption lines': 'Tanks in the streetReuters\n'.repeat(ONE_MB / 27),
};

for (const [name, text] of Object.entries(ADVERSARIAL)) {
  test(`1 MB adversarial input (${name}) is segmented in linear time`, () => {
    const started = performance.now();
    const seg = segmentText(text);
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 20_000, `took ${Math.round(elapsed)} ms`);
    assert.ok(seg.paragraphs.length >= 1);
  });
}

test('body text glued after a run of captions becomes a body paragraph of its own', () => {
  const text = 'Crowds in the main squareReutersA tank on the bridgeAFPThe fighting ended within a week. Thousands fled west.';
  const seg = segmentText(text);
  assert.deepEqual(seg.paragraphs.map((p) => p.kind), ['captions', 'body']);
  assert.equal(seg.paragraphs[1].text, 'The fighting ended within a week. Thousands fled west.');
  assert.deepEqual(seg.media.map((m) => m.credit.text), ['Reuters', 'AFP']);
  assert.deepEqual(segmentationProblems(text, seg), []);
});

test('a lone line ending in capitals is not cut into a caption and a short credit', () => {
  for (const text of ['The ministry asked for the figures ASAP', 'He served with the RAF and later the NEPA', 'The NAPA']) {
    assert.equal(segmentText(text).media.length, 0, text);
  }
});

test('lower-case agency forms are found after a label or a photographer', () => {
  const text = 'Soldiers rest by the road.Photo: Jan Novak/dpaA field kitchen near the frontJan Novak/akg-images';
  assert.deepEqual(
    segmentText(text).media.map((m) => [m.credit.text, m.credit.agency]),
    [
      ['Photo: Jan Novak/dpa', 'dpa'],
      ['Jan Novak/akg-images', 'akg-images'],
    ],
  );
});

test('a closing quote before a glued credit does not hide the junction', () => {
  const text = 'A banner reads "Freedom"ReutersStudents sing the "Kossuth song"AFP';
  assert.deepEqual(segmentText(text).media.map((m) => m.caption.text), ['A banner reads "Freedom"', 'Students sing the "Kossuth song"']);
});

test('a labelled credit alone on a line is the credit of the line before it', () => {
  const text = 'Students march to the radio building on 23 October\nPhotograph: Jane Roe/Reuters\nBy nightfall the crowd had grown.\nReuters';
  const seg = segmentText(text);
  assert.deepEqual(seg.paragraphs.map((p) => p.kind), ['captions', 'captions', 'body', 'body']);
  assert.deepEqual(seg.media.map((m) => [m.caption.text, m.credit.text, m.credit.photographer]), [
    ['Students march to the radio building on 23 October', 'Photograph: Jane Roe/Reuters', 'Jane Roe'],
  ]);
  assert.deepEqual(seg.sentences.map((s) => s.kind), ['caption', 'body', 'body']);
  assert.deepEqual(segmentationProblems(text, seg), []);
});

test('a body paragraph glued before a run of captions becomes a body paragraph of its own', () => {
  const body = 'The army withdrew from the capital on the last day of October. Within a week it had returned in force.';
  const text = `${body}Tanks cross the bridge at dawnReuters4 November: Smoke over the old townAFP`;
  const seg = segmentText(text);
  assert.deepEqual(seg.paragraphs.map((p) => [p.kind, p.text]), [
    ['body', body],
    ['captions', 'Tanks cross the bridge at dawnReuters4 November: Smoke over the old townAFP'],
  ]);
  assert.deepEqual(seg.media.map((m) => m.caption.text), ['Tanks cross the bridge at dawn', '4 November: Smoke over the old town']);
  assert.deepEqual(segmentationProblems(text, seg), []);
});

test('a caption of its own short sentences glued together is not split off as body', () => {
  const text = 'Dawn.Tanks cross the bridgeReutersSmoke over the townAFP';
  assert.deepEqual(segmentText(text).media.map((m) => m.caption.text), ['Dawn.Tanks cross the bridge', 'Smoke over the town']);
});

const devData = sharedFile('data');

test('the caption-free development documents (TimeBank, AQUAINT, WikiWars) yield no media', { skip: devData ? false : SHARED_MISSING }, () => {
  const report = measureFalseMedia();
  assert.ok(report && report.documents > 200, 'development documents read');
  assert.equal(report?.media, 0);
});

test('a wire-service tag in parentheses ends a story, it is not a photo credit', () => {
  for (const text of ['Talks will resume on Monday, officials said. (Reuters)', 'The border stayed closed overnight (AP)\nTrains ran again at noon.']) {
    assert.equal(segmentText(text).media.length, 0, text);
  }
  assert.equal(segmentText('Crowds at the border crossing (AP Photo/Jo Lee)').media.length, 1);
  assert.equal(segmentText('Crowds at the border crossing (Getty Images)').media.length, 1);
});
