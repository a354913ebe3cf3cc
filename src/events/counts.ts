/**
 * Attaches the counts of a sentence to its events: each quantity goes to the nearest trigger whose
 * event type can have that kind of count (the killed to an ASSAULT, refugees to a DISPLACE, a crowd to a PROTEST ...).
 * Bounds of several quantities of one category add up, but a crowd's estimates span a range; an open bound stays open.
 */
import type { Bounds, Event, Quantity, QuantityCategory } from '../model/document.js';

const ACCEPTED: Record<string, readonly QuantityCategory[]> = {
  ASSAULT: ['killed', 'injured', 'casualties', 'troops', 'vehicles'],
  COERCE: ['arrested', 'displaced', 'killed'],
  DISPLACE: ['displaced'],
  MOBILIZE: ['troops', 'vehicles'],
  PROTEST: ['protesters'],
  RETREAT: ['troops', 'vehicles', 'arrested'],
};

/** Adds the sentence's quantities to the sentence's events (mutates the events just built). */
export function attachCounts(events: Event[], quantities: readonly Quantity[]): void {
  for (const quantity of quantities) {
    // a part of a count already told ("132 of them children") is inside its total, not added to it
    if (quantity.partOf !== undefined) continue;
    const candidates = events.filter((e) => (ACCEPTED[e.type] ?? []).includes(quantity.category));
    if (candidates.length === 0) continue;
    const distance = (e: Event): number => (quantity.end <= e.trigger.start ? e.trigger.start - quantity.end : Math.abs(quantity.start - e.trigger.end));
    const nearest = candidates.reduce((best, e) => (distance(e) < distance(best) ? e : best));
    const total = nearest.counts[quantity.category];
    // several figures for one crowd are estimates of it ("the ministry put the turnout at 1.28 million,
    // the union said half a million"), not crowds to add up: they span the range the estimates give
    nearest.counts[quantity.category] = quantity.category === 'protesters' && total ? spanBounds(total, quantity) : addBounds(total, quantity);
    nearest.quantities = [...(nearest.quantities ?? []), quantity.id];
  }
}

/** The range from the lowest to the highest of two estimates; an open bound stays open. */
function spanBounds(total: Bounds, quantity: Quantity): Bounds {
  const span: Bounds = {};
  if (total.min !== undefined && quantity.min !== undefined) span.min = Math.min(total.min, quantity.min);
  if (total.max !== undefined && quantity.max !== undefined) span.max = Math.max(total.max, quantity.max);
  return span;
}

function addBounds(total: Bounds | undefined, quantity: Quantity): Bounds {
  if (!total) {
    const bounds: Bounds = {};
    if (quantity.min !== undefined) bounds.min = quantity.min;
    if (quantity.max !== undefined) bounds.max = quantity.max;
    return bounds;
  }
  // A missing lower bound means "at least zero"; a missing upper bound means open above.
  const sum: Bounds = {};
  const min = (total.min ?? 0) + (quantity.min ?? 0);
  if (min > 0) sum.min = min;
  if (total.max !== undefined && quantity.max !== undefined) sum.max = total.max + quantity.max;
  return sum;
}
