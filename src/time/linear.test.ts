import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagTimes } from './tagger.js';

const SIZE = 1_000_000;

/** Prose of made-up news sentences with dates, about `size` characters. */
function prose(size: number): string {
  const parts = ['The council met on', 'Officials said that', 'Prices rose', 'In the afternoon', 'the mayor spoke about roads and schools', 'after talks that lasted for three days', 'on 4 May 1970', 'last week', 'and the vote was delayed until next year', 'while crowds gathered'];
  const out: string[] = [];
  let length = 0;
  for (let k = 0; length < size; k++) {
    const s = `${parts[k % parts.length]} ${parts[(k * 7 + 3) % parts.length]}. `;
    out.push(s);
    length += s.length;
  }
  return out.join('').slice(0, size);
}

function repeat(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function timeOf(text: string): number {
  const t0 = performance.now();
  tagTimes({ text, dct: '1998-01-08', documentType: 'news', captions: [] });
  return performance.now() - t0;
}

test('adversarial inputs take at most 10x the time of prose of the same size', () => {
  const base = Math.max(timeOf(prose(SIZE)), 50);
  const inputs: Record<string, string> = {
    digits: repeat('7', SIZE),
    'spaced digits': repeat('19 ', SIZE),
    'month names': repeat('October ', SIZE),
    'of the': repeat('of the ', SIZE),
    'unclosed brackets': repeat('((([[[{{{', SIZE),
    'numbers and dashes': repeat('12-', SIZE),
    'unit words': repeat('two days later ', SIZE),
    'restated dates': repeat('on 5 May 1821, six years later, ', SIZE),
    'stretches of periods': repeat('the last week of August 1918 ', SIZE),
    holidays: repeat('Easter week Good Friday 1916 ', SIZE),
  };
  for (const [name, text] of Object.entries(inputs)) {
    const ms = timeOf(text);
    assert.ok(ms <= 10 * base, `${name}: ${ms.toFixed(0)} ms against ${base.toFixed(0)} ms for prose`);
  }
});
