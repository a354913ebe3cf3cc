import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../pipeline/run.js';

test("a caption's photo date is its first, unless that one is in a relative clause or names something", () => {
  const text = [
    'The strike in pictures.',
    '',
    'Jan Kos, an electrician who had been fired in 1976, speaks to strikers from a cart, 17 August 1980.Photograph: Jo Lee/AP',
    '18 August 1980: Workers who had struck in 1970 hold a Mass at the gate.Photograph: Ana Ruiz/Reuters',
    'Strikers sleep in the hall of a yard founded in 1945.Photograph: Jo Lee/AP',
    'The leader of the 1980 Gdansk Strike speaks to a crowd on 24 November 1989.Photograph: Ana Ruiz/Reuters',
  ].join('\n');
  const dates = analyse({ name: 'g', text }).media.map((m) => m.date?.value);
  assert.deepEqual(dates, ['1980-08-17', '1980-08-18', '1945', '1989-11-24']);
});

test("an unresolved first date gives way to the resolved one closing the caption's first sentence, not to one told after it", () => {
  const text = [
    'The strike in pictures.',
    '',
    'Wives queue for relief in the autumn of 1926, months after the strike.Photograph: Jo Lee/AP',
    'Crowds gather in the park on the final day of the strike, 12 May 1926.Photograph: Ana Ruiz/Reuters',
    'Wives queue for relief in the autumn of 1926, months after the strike.Photograph: Jo Lee/AP',
    'Miners march on the final day of the strike. They had come out on 3 May 1926.Photograph: Ana Ruiz/Reuters',
  ].join('\n');
  const dates = analyse({ name: 'g', text }).media.map((m) => m.date?.value);
  assert.deepEqual(dates, ['1926-FA', '1926-05-12', '1926-FA', '1926-XX-XX']);
});
