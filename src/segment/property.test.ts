import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { generatedDocument, generatedProse, sampleDocuments } from './generate.js';
import { measureRecovery } from './measure.js';
import { segmentText } from './index.js';
import { segmentationProblems } from './invariants.js';

test('generated glued galleries: at least 99% of caption/credit pairs recovered exactly', () => {
  const report = measureRecovery(sampleDocuments(500, 1956));
  assert.ok(report.expectedPairs > 1000, `only ${report.expectedPairs} pairs generated`);
  assert.ok(report.rate >= 0.99, `recovered ${report.recoveredPairs}/${report.expectedPairs}; misses: ${JSON.stringify(report.misses.slice(0, 3))}`);
  assert.ok(report.spuriousPairs <= report.expectedPairs * 0.01, `${report.spuriousPairs} spurious media items`);
});

test('generated glued galleries: spans are exact and no character is left unassigned', () => {
  fc.assert(
    fc.property(generatedDocument, (doc) => {
      const seg = segmentText(doc.text);
      assert.deepEqual(segmentationProblems(doc.text, seg), []);
      for (const item of seg.media) {
        assert.ok(item.caption.end <= item.credit.start || item.credit.end <= item.caption.start, 'caption and credit overlap');
      }
    }),
    { numRuns: 200, seed: 68 },
  );
});

test('generated prose with the same tricky words yields no media', () => {
  fc.assert(
    fc.property(generatedProse, (text) => {
      const seg = segmentText(text);
      assert.equal(seg.media.length, 0);
      assert.ok(seg.paragraphs.every((p) => p.kind === 'body'));
    }),
    { numRuns: 200, seed: 89 },
  );
});
