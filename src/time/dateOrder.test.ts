import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateOrderOf, LazyDateOrder } from './dateOrder.js';

test('dates in digits that read one way only decide the order: "14/02/2022" day first, "02/14/2022" month first', () => {
  assert.equal(dateOrderOf('Filed on 14/02/2022 and amended on 03/04/2022.'), 'day-first');
  assert.equal(dateOrderOf('Filed on 02/14/2022 and amended on 03/04/2022.'), 'month-first');
  assert.equal(dateOrderOf('Stamped 25.12.1989 at the border.'), 'day-first');
  // the one that reads both ways tells nothing
  assert.equal(dateOrderOf('Filed on 03/04/2022.'), undefined);
});

test('where digits do not tell, the order of spelled dates does: "14 February" against "February 14"', () => {
  assert.equal(dateOrderOf('Filed on 03/04/2022; the hearing was on 14 February and the appeal on the 2nd of March.'), 'day-first');
  assert.equal(dateOrderOf('Filed on 03/04/2022; the hearing was on February 14 and the appeal on March 2nd.'), 'month-first');
  // the digits outvote the spelling
  assert.equal(dateOrderOf('Filed on 02/14/2022; the hearing was on 14 February and 2 March.'), 'month-first');
});

test('what only looks like a date in its order is not counted: a month and a year, a large number, a verb, a version', () => {
  assert.equal(dateOrderOf('In May 2022 the firm said 5 may leave; May 10,000 people come? Version 1.13.2 and 2.14.20 shipped.'), undefined);
  assert.equal(dateOrderOf('Totals of 13/12/2021/5 and 1.2.14.2022 are codes.'), undefined);
});

test('the order is worked out once, when first asked for', () => {
  const order = new LazyDateOrder('Signed on 31/01/2020.');
  assert.equal(order.get(), 'day-first');
  assert.equal(order.get(), 'day-first');
});

test('the order is read in linear time on adversarial input', () => {
  const hostile = '1/1/'.repeat(100_000) + '12 '.repeat(100_000) + 'May '.repeat(100_000);
  const started = performance.now();
  dateOrderOf(hostile);
  assert.ok(performance.now() - started < 2000);
});
