/**
 * Orders, vows, welcomes and concessions: what a leader says that is itself the event, beside
 * the same words where nothing is done.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { told } from '../testing/events.js';


test('an order that sends forces is a mobilisation; an order to disobey or a curfew ordered is not', () => {
  assert.deepEqual(told('On Monday the president ordered the armed forces to deploy along the border.'), ['MOBILIZE:ordered']);
  assert.deepEqual(told('Last week the Pentagon ordered an additional 3,000 soldiers to Poland.'), ['MOBILIZE:ordered']);
  assert.deepEqual(told('The president ordered soldiers to disobey the rebels.'), ['REQUEST:ordered']);
  assert.deepEqual(told('The junta declared martial law and ordered a dusk-to-dawn curfew.'), ['COERCE:martial law', 'COERCE:curfew']);
  // forces sent to help after an earthquake are relief, not a build-up
  assert.deepEqual(told('After the earthquake the king ordered the armed forces to deploy search teams and tents.').filter((e) => e.startsWith('MOBILIZE')), []);
});

test('a vow of stern action is a threat; welcoming a deal is support; welcoming guests is neither', () => {
  assert.deepEqual(told('The prime minister vowed stern action against those behind the attack.').filter((e) => e.startsWith('THREATEN')), ['THREATEN:vowed']);
  assert.deepEqual(told('The United Nations welcomed the deal on Sunday.'), ['SUPPORT:welcomed']);
  assert.deepEqual(told('The mayor welcomed the visitors at the town hall.'), []);
});

test('concessions made are a concession; concessions refused are not', () => {
  assert.deepEqual(told('The rebels said they had made painful concessions to end the war.'), ['CONCEDE:concessions']);
  assert.deepEqual(told('The government refused to make any concessions.'), ['REJECT:refused']);
});
