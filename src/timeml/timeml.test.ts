import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readTimeML, writeTimeML, TimeMLError } from './index.js';

// A tiny TempEval-3 style document written for these tests.
const SAMPLE = `<?xml version="1.0" ?>
<TimeML>
<DOCID>SAMPLE001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2003-04-09" functionInDocument="CREATION_TIME">20030409</TIMEX3></DCT>
<TEXT>
Smith &amp; Sons <EVENT eid="e1" class="OCCURRENCE">reopened</EVENT> the mill <TIMEX3 tid="t1" type="DATE" value="2003-04-08">yesterday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3M" mod="MORE_THAN">more than three months</TIMEX3> <SIGNAL sid="s1">of</SIGNAL> <EVENT eid="e2" class="STATE">repairs</EVENT>.
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0" />
</TimeML>
`;

const withoutTimexTags = (xml: string): string => xml.replace(/<\/?TIMEX3[^>]*>/g, '');

function textTimexTagsRemoved(xml: string): string {
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>');
  return xml.slice(0, open) + withoutTimexTags(xml.slice(open, close)) + xml.slice(close);
}

test('reader returns the DCT, entity-decoded plain text and timex offsets into it', () => {
  const doc = readTimeML(SAMPLE);
  assert.equal(doc.dct, '2003-04-09');
  assert.equal(doc.docId, 'SAMPLE001');
  assert.ok(doc.text.startsWith('\nSmith & Sons reopened the mill yesterday after'));
  assert.equal(doc.timexes.length, 2);
  for (const timex of doc.timexes) assert.equal(doc.text.slice(timex.start, timex.end), timex.text);
  assert.deepEqual(
    doc.timexes.map((t) => [t.text, t.tid, t.type, t.value, t.mod]),
    [
      ['yesterday', 't1', 'DATE', '2003-04-08', undefined],
      ['more than three months', 't2', 'DURATION', 'P3M', 'MORE_THAN'],
    ],
  );
  assert.deepEqual(doc.elements.map((e) => [e.name, doc.text.slice(e.start, e.end)]), [
    ['EVENT', 'reopened'],
    ['SIGNAL', 'of'],
    ['EVENT', 'repairs'],
  ]);
});

test('writing the gold timexes back and reading again gives the same annotation', () => {
  const doc = readTimeML(SAMPLE);
  const written = writeTimeML(doc, doc.timexes);
  const again = readTimeML(written.xml);
  assert.equal(again.text, doc.text);
  assert.deepEqual(
    again.timexes.map((t) => [t.start, t.end, t.type, t.value, t.mod]),
    doc.timexes.map((t) => [t.start, t.end, t.type, t.value, t.mod]),
  );
  assert.deepEqual(written.dropped, []);
});

test('writer keeps every character except the TIMEX3 tags inside TEXT', () => {
  const doc = readTimeML(SAMPLE);
  const mill = doc.text.indexOf('the mill');
  const written = writeTimeML(doc, [{ start: mill, end: mill + 8, type: 'DATE', value: 'XXXX' }]);
  assert.equal(withoutTimexTags(textTimexTagsRemoved(written.xml)), withoutTimexTags(textTimexTagsRemoved(SAMPLE)));
  assert.equal(textTimexTagsRemoved(written.xml), textTimexTagsRemoved(SAMPLE));
  assert.ok(written.xml.includes('<DCT><TIMEX3 tid="t0"'), 'the DCT timex stays');
  assert.ok(written.xml.includes('<TIMEX3 tid="t1" type="DATE" value="XXXX">the mill</TIMEX3>'));
  assert.ok(written.xml.includes('Smith &amp; Sons'));
});

test('writer with no timexes removes every TEXT timex and nothing else', () => {
  const doc = readTimeML(SAMPLE);
  assert.equal(writeTimeML(doc, []).xml, textTimexTagsRemoved(SAMPLE));
});

test('writer shrinks a timex crossing an EVENT or SIGNAL edge to its larger part, ignoring old TIMEX3 tags', () => {
  const doc = readTimeML(SAMPLE);
  const start = doc.text.indexOf('mill');
  const end = doc.text.indexOf('yesterday') + 'yester'.length;
  const crossing = doc.text.indexOf('reopened') + 4;
  const written = writeTimeML(doc, [
    { start: crossing, end: doc.text.indexOf(' the mill') + 1, type: 'DATE', value: 'X1' },
    { start, end, type: 'DATE', value: 'X2' },
    { start: doc.text.indexOf('after'), end: doc.text.indexOf(' of ') + 2, type: 'DATE', value: 'X3' },
  ]);
  const again = readTimeML(written.xml);
  assert.equal(again.text, doc.text);
  assert.equal(written.adjusted, 2);
  assert.deepEqual(again.timexes.map((t) => t.text), ['ened', 'mill yester', 'after more than three months ']);
  assert.ok(written.xml.includes('<EVENT eid="e1" class="OCCURRENCE">reop<TIMEX3'), 'the crossing timex is shrunk into the EVENT');
});

test('writer wraps whole elements a timex covers and keeps adjacent timexes apart', () => {
  const doc = readTimeML(SAMPLE);
  const of = doc.text.indexOf(' of ') + 1;
  const repairs = doc.text.indexOf('repairs');
  const written = writeTimeML(doc, [
    { start: of, end: repairs + 7, type: 'DATE', value: 'A' },
    { start: repairs + 7, end: repairs + 8, type: 'DATE', value: 'B' },
  ]);
  assert.ok(written.xml.includes('<TIMEX3 tid="t1" type="DATE" value="A"><SIGNAL sid="s1">of</SIGNAL> <EVENT eid="e2" class="STATE">repairs</EVENT></TIMEX3><TIMEX3 tid="t2" type="DATE" value="B">.</TIMEX3>'));
  assert.equal(readTimeML(written.xml).timexes.length, 2);
});

test('writer escapes attribute values and drops overlapping or empty timexes', () => {
  const doc = readTimeML(SAMPLE);
  const at = doc.text.indexOf('mill');
  const written = writeTimeML(doc, [
    { start: at, end: at + 4, type: 'DATE', value: 'a"<b>&c' },
    { start: at + 2, end: at + 6, type: 'DATE', value: 'overlap' },
    { start: 5, end: 5, type: 'DATE', value: 'empty' },
  ]);
  assert.ok(written.xml.includes('value="a&quot;&lt;b&gt;&amp;c"'));
  assert.equal(readTimeML(written.xml).timexes[0].value, 'a"<b>&c');
  assert.equal(written.dropped.length, 2);
});

test('a boundary inside an entity reference moves outward to the whole reference', () => {
  const doc = readTimeML(SAMPLE);
  const amp = doc.text.indexOf('&');
  const written = writeTimeML(doc, [{ start: amp, end: amp + 1, type: 'DATE', value: 'X' }]);
  assert.ok(written.xml.includes('Smith <TIMEX3 tid="t1" type="DATE" value="X">&amp;</TIMEX3> Sons'));
});

test('a boundary splitting a surrogate pair moves outward to the whole character', () => {
  const doc = readTimeML('<TimeML><TEXT>at \u{1F550} noon</TEXT></TimeML>');
  const clock = doc.text.indexOf('\u{1F550}');
  const written = writeTimeML(doc, [{ start: clock + 1, end: clock + 7, type: 'TIME', value: 'T12:00' }]);
  assert.equal(written.adjusted, 1);
  assert.equal(readTimeML(written.xml).timexes[0].text, '\u{1F550} noon');
});

test('reader rejects malformed XML and a file without TEXT with one-line errors', () => {
  assert.throws(() => readTimeML('<TimeML><TEXT>a <EVENT>b</TEXT></TimeML>'), (error: unknown) => {
    assert.ok(error instanceof TimeMLError);
    assert.match(error.message, /^malformed XML at line 1: <\/TEXT> does not close <EVENT>$/);
    return true;
  });
  assert.throws(() => readTimeML('<TimeML><DCT>x</DCT></TimeML>'), /no <TEXT> element/);
  assert.throws(() => readTimeML('<TimeML><TEXT>a <EVENT eid="e1"'), /unterminated tag/);
});

test('reader stays linear on adversarial input', () => {
  const digits = '7'.repeat(1 << 20);
  assert.equal(readTimeML(`<TimeML><TEXT>${digits}</TEXT></TimeML>`).text.length, 1 << 20);
  const ampersands = '&#1'.repeat(200_000);
  assert.equal(readTimeML(`<TimeML><TEXT>${ampersands}</TEXT></TimeML>`).text, ampersands);
  assert.throws(() => readTimeML(`<TimeML><TEXT>${'<a '.repeat(200_000)}</TEXT></TimeML>`), TimeMLError);
});

test('writer stays fast with many elements and many crossing or overlapping timexes', () => {
  const unit = '<EVENT eid="e">ab</EVENT> '; // plain "ab " per unit
  const count = 10_000;
  const doc = readTimeML(`<TimeML><TEXT>${unit.repeat(count)}</TEXT></TimeML>`);
  // Each timex starts inside one EVENT and ends inside the next: every one must be shrunk.
  const crossing = Array.from({ length: count - 1 }, (_, i) => ({ start: i * 3 + 1, end: i * 3 + 4, type: 'DATE', value: 'X' }));
  const written = writeTimeML(doc, crossing);
  assert.equal(readTimeML(written.xml).text, doc.text);
  assert.equal(written.adjusted + written.dropped.length, count - 1);
  // One huge timex followed by many it overlaps: the rest are dropped, not compared pairwise.
  const overlapping = [{ start: 0, end: doc.text.length, type: 'DATE', value: 'ALL' }, ...crossing];
  const all = writeTimeML(doc, overlapping);
  assert.equal(all.dropped.length, count - 1);
  assert.equal(readTimeML(all.xml).timexes.length, 1);
});
