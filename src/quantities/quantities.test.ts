import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyse, createDocument } from '../pipeline/run.js';
import { quantitiesStage } from './index.js';
import { DEFAULT_OPTIONS } from '../pipeline/run.js';
import { sharedFile, SHARED_MISSING, SEED_PATH_PARTS } from '../testing/shared.js';
import type { Quantity } from '../model/document.js';

function quantities(text: string): Quantity[] {
  return quantitiesStage.run(createDocument({ name: 't', text }), DEFAULT_OPTIONS).quantities ?? [];
}

function only(text: string): Quantity {
  const found = quantities(text);
  assert.equal(found.length, 1, `expected one quantity in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((q) => q.text))}`);
  return found[0];
}

test('bound words give open or approximate bounds, inclusive of the stated figure', () => {
  const more = only('More than 8,000 soldiers crossed the river.');
  assert.deepEqual([more.min, more.max, more.approximate, more.bound], [8000, undefined, false, 'More than']);
  const upTo = only('Up to 350 tanks took part.');
  assert.deepEqual([upTo.min, upTo.max, upTo.category], [undefined, 350, 'vehicles']);
  const about = only('About 40 officers were present.');
  assert.deepEqual([about.min, about.max, about.approximate], [40, 40, true]);
  const nearly = only('Nearly 90 villagers were wounded.');
  assert.deepEqual([nearly.min, nearly.max, nearly.approximate, nearly.category], [undefined, 90, true, 'injured']);
});

test('number words, scales and vague counts are read', () => {
  assert.equal(only('Two hundred and fifty refugees waited.').min, 250);
  assert.equal(only('The army sent 1.2 million soldiers.').min, 1_200_000);
  const dozens = only('Dozens of students were arrested.');
  assert.deepEqual([dozens.min, dozens.max, dozens.approximate, dozens.category], [12, undefined, true, 'arrested']);
  assert.equal(only('Tens of thousands of people marched.').min, 10_000);
  assert.equal(only('Twenty-five guards were detained.').min, 25);
});

test('fractions of a scale are read whole', () => {
  assert.deepEqual([only('Half a million people fled the city.').text, only('Half a million people fled the city.').min], ['Half a million', 500_000]);
  assert.equal(only('One and a half million people were displaced.').min, 1_500_000);
  assert.equal(only('Nearly a quarter of a million troops were massed on the border.').max, 250_000);
  assert.equal(only('About three-quarters of a million refugees returned.').min, 750_000);
  assert.equal(only('Half a dozen guards were hurt.').min, 6);
  // a fraction of a measure or of a group is no count
  assert.deepEqual(quantities('They walked half a mile.'), []);
  assert.deepEqual(quantities('A quarter of the army deserted.'), []);
});

test('ranges give both bounds', () => {
  const between = only('Between 30 and 45 fishermen were missing.');
  assert.deepEqual([between.min, between.max, between.bound], [30, 45, 'between']);
  const dash = only('Officials said 12-15 houses burned.');
  assert.deepEqual([dash.min, dash.max], [12, 15]);
  // the upper figure's own bound word: open above, or approximate
  const open = only('Estimates of the dead run from 80,000 to more than two million.');
  assert.deepEqual([open.text, open.category, open.min, open.max, open.bound], ['80,000 to more than two million', 'killed', 80000, undefined, 'more than']);
  // a count given for the dead is of the killed, whatever the next clause's verb
  assert.deepEqual(quantities('Estimates of the dead range from 900 to 1,500, and over 4,000 people were arrested.').map((q) => q.category), ['killed', 'arrested']);
  // a figure that changed, or a vote, is two figures, not a range
  assert.deepEqual(quantities('The number of clinics grew from fewer than 20 to nearly 400.').map((q) => [q.text, q.min, q.max]), [['fewer than 20', undefined, 20], ['nearly 400', undefined, 400]]);
  assert.deepEqual(quantities('The council voted 7 to 4 to close the road.').map((q) => q.text), ['7', '4']);
  const about = only('Officials put the number of dead at 40 to about 60.');
  assert.deepEqual([about.min, about.max, about.approximate], [40, 60, true]);
  // a range cut off at the end of the text is a single figure
  assert.deepEqual([only('The count went from 12 to').min, only('The count went from 12 to').max], [12, 12]);
});

test('the verb decides what is counted, even across a coordinated count', () => {
  const [first, second, third] = quantities('Some 90 villagers and 14 policemen were killed and 6,000 people fled their homes.');
  assert.equal(first.category, 'killed');
  assert.equal(first.head?.text, 'villagers');
  assert.equal(second.category, 'killed');
  assert.equal(second.head?.text, 'policemen');
  assert.equal(third.category, 'displaced');
  assert.equal(only('Rebels killed 31 soldiers near the bridge.').category, 'killed');
  // a count right after its verb is its object; a count opening a clause of its own borrows no verb
  assert.deepEqual(quantities('Police killed 3 and 40 were wounded.').map((q) => q.category), ['killed', 'injured']);
  assert.deepEqual(quantities('At least 12 people died and 30 are missing.').map((q) => q.category), ['killed', 'other']);
  assert.deepEqual(quantities('More than 300,000 were injured and about 1.5 million left homeless.').map((q) => q.category), ['injured', 'displaced']);
  assert.equal(only('A force of 3,000 troops advanced on the town.').category, 'troops');
  // people driven from their homes are displaced, whatever the verb before them
  assert.equal(only('The fighting forced more than 40,000 from their homes.').category, 'displaced');
  assert.equal(only('The militia drove 800 families out of their villages.').category, 'displaced');
  assert.equal(only('The cyclone left 5,000 people homeless.').category, 'displaced');
  assert.equal(only('More than 9,000 people were dying each week.').category, 'killed');
  assert.equal(only('The firm moved 300 staff from their offices.').category, 'other');
  assert.equal(only('Tens of thousands of villagers were driven out of the valley.').category, 'displaced');
  assert.equal(only('About 9,000 families were forced from the coast.').category, 'displaced');
  assert.equal(only('The fort surrendered with some 2,000 surviving soldiers.').category, 'troops');
  // formations are not soldiers: they must not add to a sum of soldiers
  assert.deepEqual(quantities('Two divisions and 9,000 soldiers were withdrawn.').map((q) => q.category), ['other', 'troops']);
  assert.equal(only('Some 4,000 government forces were deployed.').category, 'troops');
  assert.equal(only('The two forces clashed at dawn.').category, 'other');
});

test('a crowd counted by its noun, its protest verb or its gathering is of protesters', () => {
  assert.equal(only('Tens of thousands of demonstrators filled the avenue.').category, 'protesters');
  assert.equal(only('About 60,000 people marched through Dresden.').category, 'protesters');
  assert.equal(only('By noon several hundred students had rallied outside the ministry.').category, 'protesters');
  assert.equal(only('Some 150,000 Czechs took to the streets.').category, 'protesters');
  assert.equal(only('Police broke up a rally of 20,000 near the port.').category, 'protesters');
  assert.equal(only('More than 4,000 bargees demonstrated against the closures.').category, 'other', 'a noun the crowd list lacks says nothing');
  assert.equal(only('More than 4,000 workers demonstrated against the closures.').category, 'protesters');
  // what happened to protesters, troops marching, and the other sense of "demonstrated", are not crowd sizes
  assert.equal(only('Police detained 250 protesters.').category, 'arrested');
  assert.equal(only('Some 6,000 soldiers marched into the capital.').category, 'troops');
  assert.equal(only('The garrison of about 9,000 men marched out under a flag of truce.').category, 'troops');
  assert.equal(only('Two trials demonstrated that the vaccine works.').category, 'other');
  assert.equal(only('He left with about 700 wounded prisoners, who were marched north.').category, 'arrested');
});

test('a toll, the dead or a state told further off in the clause says what a count is', () => {
  assert.equal(only('The death toll from the blast at the bus station in Quetta rose to 64 on Sunday.').category, 'killed');
  const past = only('By Friday the toll had climbed past 3,000.');
  assert.deepEqual([past.category, past.min, past.max, past.bound], ['killed', 3000, undefined, 'past']);
  assert.equal(only('Estimates of the dead differ, from about 300 to nearly 2,000.').category, 'killed');
  assert.equal(only('At least 1,200 people are now confirmed dead.').category, 'killed');
  assert.equal(only('Doctors said 85 people had been treated for burns.').category, 'injured');
  assert.equal(only('Officials said 14 were still in critical condition.').category, 'injured');
  assert.equal(only('Some 9,000 prisoners of the beaten army were interned.').category, 'arrested');
  assert.equal(only('About 4,000 rebels went into captivity.').category, 'arrested');
  assert.equal(only('Some 40,000 people left the country that winter.').category, 'displaced');
  // a count after "and" with a verb of its own borrows nothing from the verb before it
  assert.deepEqual(quantities('About 90 were executed and 6,000 sentenced to prison.').map((q) => q.category), ['killed', 'arrested']);
  assert.equal(only('As the toll from the strongest storm in half a century climbed past 400, aid arrived.').category, 'killed');
  assert.equal(only('Three guards were badly hurt.').category, 'injured');
  // the whole a part is counted from is no count of what happened to the part
  assert.deepEqual(quantities('Nearly 40 of the 120 passengers were killed.').map((q) => q.category), ['killed', 'other']);
});

test('a part of a count takes its category and is marked as its part', () => {
  const [all, part] = quantities('Gunmen killed nearly 80 people, 50 of them women.');
  assert.deepEqual([all.category, part.category, part.partOf], ['killed', 'killed', all.id]);
  const [army, capital] = quantities('Some 12,000 police had been deployed, 3,000 of them in the capital.');
  assert.deepEqual([army.category, capital.category, capital.partOf], ['troops', 'troops', army.id]);
  const [uprooted, inside] = quantities('The fighting has uprooted 2 million people, including 1.5 million displaced inside the country.');
  assert.equal(inside.partOf, uprooted.id);
  assert.equal(only('Some 900 villagers were wounded.').partOf, undefined);
});

test('crowds and gatherings in a protest are protesters, a stadium crowd is not', () => {
  assert.equal(only('Organisers put the crowd at 250,000 at the protest.').category, 'protesters');
  assert.equal(only('The demonstrations grew to hundreds of thousands.').category, 'protesters');
  assert.equal(only('About 300 students gathered outside the ministry to protest.').category, 'protesters');
  assert.equal(only('A crowd of 60,000 watched the final.').category, 'other');
  assert.equal(only('About 300 relatives gathered for the funeral.').category, 'other');
});

test('historical soldiers and ships are troops and vehicles; a hedge before a range is approximate', () => {
  const janissaries = only('Perhaps 8,000 to 12,000 janissaries held the walls.');
  assert.deepEqual([janissaries.category, janissaries.approximate], ['troops', true]);
  assert.equal(only('Four galleys broke through the blockade.').category, 'vehicles');
  assert.equal(only('The city was held by 2,000 cavalry.').category, 'troops');
});

test('more of the same, soldiers moved into place, and a noun numbered before or named after a count', () => {
  assert.deepEqual(quantities('Police arrested 30 people in the capital and another two dozen in the port.').map((q) => [q.text, q.category]), [['30', 'arrested'], ['two dozen', 'arrested']]);
  assert.equal(only('The garrison was reinforced to some 12,000 by June.').category, 'troops');
  assert.equal(only('About 3,000 more were deployed along the river.').category, 'troops');
  assert.equal(only('The army deployed 60 tanks along the river.').category, 'vehicles');
  assert.equal(only('Its rebels, who number about 8,000, hold the hills.').category, 'troops');
  assert.equal(only('The order raises to 9,000 the number of British soldiers in the region.').category, 'troops');
});

test('active killers are not counted as the killed', () => {
  const [attackers, victims] = quantities('About 200 militiamen killed 14 farmers.');
  assert.equal(attackers.category, 'troops');
  assert.equal(victims.category, 'killed');
});

test('years, dates, times, ordinals, percentages, model names and ages are not counts', () => {
  const text =
    'In 1968 the T-62 and T55 tanks rolled in on 21 August at 11:30, the 3rd time since 1945; ' +
    '40% of voters and a 17-year-old student watched, three decades later the 1990s came.';
  assert.deepEqual(quantities(text).map((q) => q.text), []);
});

test('wire-copy dates, clock times, names with numbers and measures are not counts', () => {
  const text = 'On Aug. 7 at 0735 GMT a Boeing 747 hit a 22-story tower and a two-day search began.';
  assert.deepEqual(quantities(text).map((q) => q.text), []);
  assert.equal(only('A 300-strong force crossed.').min, 300);
});

test('figures in a table take their category from the label', () => {
  const [dead, injured] = quantities('Total dead: 41; Injured: 230');
  assert.deepEqual([dead.category, injured.category], ['killed', 'injured']);
});

test('number scanning stays linear on adversarial input', () => {
  const digits = '7'.repeat(1_000_000);
  const words = 'hundred and '.repeat(100_000);
  const started = Date.now();
  quantities(`${digits} soldiers. ${words} troops. ${'1,'.repeat(200_000)}5 tanks.`);
  assert.ok(Date.now() - started < 5000, 'quantities took too long on adversarial input');
});

test('the seed article yields its counts with honest bounds', { skip: sharedFile(...SEED_PATH_PARTS) ? false : SHARED_MISSING }, () => {
  const text = readFileSync(sharedFile(...SEED_PATH_PARTS)!, 'utf8');
  const found = quantities(text);
  const byHead = (head: string, min?: number, max?: number): Quantity | undefined =>
    found.find((q) => q.head?.text === head && q.min === min && q.max === max);
  assert.equal(byHead('troops', 100_000, undefined)?.category, 'troops');
  assert.equal(byHead('tanks', undefined, 4500)?.category, 'vehicles');
  assert.equal(byHead('Hungarians', 2500, undefined)?.category, 'killed');
  assert.equal(byHead('troops', 700, 700)?.category, 'killed');
  assert.equal(byHead('refugees', 200_000, 200_000)?.category, 'displaced');
  assert.ok(!found.some((q) => /^(?:1956|1953|54|55|15)$/.test(q.text)), 'years, model names and ages are not counts');
});

test('the tokenizer splits text exactly as its defining regular expression does', async () => {
  const fc = (await import('fast-check')).default;
  const { tokenize } = await import('./tokens.js');
  const definition = /(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)|[^\s\p{L}\p{M}\d]/gu;
  const byDefinition = (text: string, from: number, to: number) =>
    [...text.slice(from, to).matchAll(definition)].map((m) => {
      const start = from + (m.index ?? 0);
      const kind = m[1] !== undefined ? 'number' : m[2] !== undefined ? 'word' : 'punct';
      return { text: m[0], lower: kind === 'number' ? m[0] : m[0].toLowerCase(), start, end: start + m[0].length, kind };
    });
  // Accents, combining marks, astral letters, lone surrogates, Unicode spaces, non-ASCII digits.
  const pieces = ['a', 'Z', 'é', '\u0301', '1', '9', '.', ',', "'", '’', ' ', '\n', '\u00a0', '\u2028', '\ufeff', '-', '%', '𝐀', '\ud835', '\udc00', '٣', 'İ', '😀'];
  const input = fc.tuple(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join('')), fc.nat(35), fc.nat(35));
  fc.assert(
    fc.property(input, ([text, a, b]) => {
      const from = Math.min(a, text.length);
      const to = Math.max(from, Math.min(b, text.length));
      assert.deepEqual(tokenize(text, from, to), byDefinition(text, from, to));
    }),
    { numRuns: 3000 },
  );
});

test('words named like Object.prototype members are neither heads nor verbs', () => {
  assert.deepEqual(quantities('Some 40 constructor toString valueOf hasOwnProperty __proto__ followed.').map((q) => q.category), ['other']);
  assert.equal(quantities('Dead: 12; constructor: 30').find((q) => q.text === '30')?.category, 'other');
});

test('text skipped as holding no digit or number word yields no number reading', async () => {
  const fc = (await import('fast-check')).default;
  const { tokenize } = await import('./tokens.js');
  const { NUMBER_CUE_WORDS, readNumber } = await import('./numbers.js');
  const { mayHoldNumber } = await import('./cues.js');
  // Mostly near misses (a, often, someone, tenth, lookalike letters), sometimes a cue word.
  const cue = fc.constantFrom(...NUMBER_CUE_WORDS, 'One', 'FEW', 'Dozens');
  const filler = fc.constantFrom('a', 'an', 'A', 'and', 'of', 'someone', 'often', 'tenth', 'x', 'é', '\u212a', '\u0130', '\u0301', '7', '٣');
  const separator = fc.constantFrom(' ', ' ', ' ', '-', "'", '’', '_', '.', '\n', '');
  const word = fc.oneof({ weight: 1, arbitrary: cue }, { weight: 5, arbitrary: filler });
  const input = fc.array(fc.tuple(word, separator), { maxLength: 8 }).map((pairs) => pairs.flat().join(''));
  fc.assert(
    fc.property(input, (text) => {
      if (mayHoldNumber(text)) return;
      const tokens = tokenize(text);
      for (let i = 0; i < tokens.length; i++) assert.equal(readNumber(tokens, i), undefined, `${JSON.stringify(text)} at token ${i}`);
    }),
    { numRuns: 10_000 },
  );
  for (const cueWord of NUMBER_CUE_WORDS) assert.ok(mayHoldNumber(`x ${cueWord.toUpperCase()}.`), cueWord);
  assert.equal(mayHoldNumber('no number here, only often and someone'), false);
  assert.equal(mayHoldNumber('a FEW left'), true);
});

test('a year with its era is a date, not a count', () => {
  assert.deepEqual(quantities('Rome fought Carthage from 264 BC to 146 BC with 30,000 men.').map((q) => q.text), ['30,000']);
  assert.deepEqual(quantities('Vesuvius erupted in AD 79 and killed 2,000 people.').map((q) => q.text), ['2,000']);
});

test('numbers of dates and clock times count nothing once the time layer has marked them', () => {
  const counted = analyse({ name: 't', text: 'Polls closed at 8 p.m. on 4 May 1998, and police arrested 40 people. In 865 the army landed with 3,000 men.' }).quantities;
  assert.deepEqual(counted.map((q) => [q.text, q.category]), [['40', 'arrested'], ['3,000', 'troops']]);
});

test("a person's age is no count", () => {
  assert.deepEqual(quantities('Police charged Ann Kerr, 41, and Tom Bell, 39. He was 86. She turned 25.').map((q) => q.text), []);
  // a count after a name or a verb still is one
  assert.deepEqual(quantities('The toll was 53. The number of offices in the United States is 12,553, and the fleet is 120.').map((q) => q.text), ['53', '12,553', '120']);
});

test('counts joined to a told count, reduced participles, armies of men, prisoners taken, and number words in names', () => {
  const categories = (text: string) => quantities(text).map((q) => [q.text, q.category]);
  assert.deepEqual(categories('Gunmen killed at least 12 soldiers and 20 militants.'), [['at least 12', 'killed'], ['20', 'killed']]);
  assert.deepEqual(categories('The blast left at least 30 people injured.'), [['at least 30', 'injured']]);
  assert.deepEqual(categories('A Russian army of some 25,000 men laid siege to the town.'), [['some 25,000', 'troops']]);
  assert.deepEqual(categories('More than 9,000 soldiers were taken prisoner, and some 4,000 rebels fled.'), [['More than 9,000', 'arrested'], ['some 4,000', 'displaced']]);
  // an active verb with its object is no reduced passive
  assert.deepEqual(categories('About 200 militiamen killed 14 farmers.'), [['About 200', 'troops'], ['14', 'killed']]);
  assert.deepEqual(categories('Rebels held the Four Courts, and the Six Nations signed.'), []);
});

test('measures of length, area, weight and temperature count nothing', () => {
  assert.deepEqual(quantities('The plant lies about 100 kilometres north of the capital; 61 acres burned at 30 degrees, and 12 people were hurt.').map((q) => [q.text, q.category]), [['12', 'injured']]);
});

test('a fighting side numbered, or men fit to bear arms, are troops; a population numbered is not', () => {
  assert.equal(only('The defenders numbered about 7,000.').category, 'troops');
  assert.equal(only('The garrison numbered 8,000.').category, 'troops');
  assert.equal(only('The census found 4,983 Greeks fit to bear arms.').category, 'troops');
  assert.equal(only('The republic had 200,000 men under arms.').category, 'troops');
  assert.equal(only('The population numbered about 40,000.').category, 'other');
});

test('a figure estimated at is approximate, whatever its bound word', () => {
  const losses = only('Losses were estimated at more than 9,000.');
  assert.deepEqual([losses.min, losses.approximate], [9000, true]);
  assert.equal(only('Organisers put the crowd at 200,000.').approximate, true);
  assert.equal(only('Police detained protesters at 12 locations.').approximate, false);
});

test("a side's losses told without the dead apart are casualties; jobs and seats lost are not", () => {
  assert.equal(only('The British lost 20,000 men on the first day.').category, 'casualties');
  assert.equal(only('The army fell back after losing nearly 6,000 soldiers.').category, 'casualties');
  assert.equal(only("Lee's army suffered 28,000 casualties.").category, 'casualties');
  assert.equal(only('Russian losses were estimated at more than 9,000.').category, 'casualties');
  assert.equal(only('American losses were about 19,000 killed.').category, 'killed');
  assert.equal(only('The factory lost 300 jobs.').category, 'other');
  assert.equal(only("The company's losses were put at 3,000 jobs.").category, 'other');
});

test('people sent to prison camps are counted as detained; children sent to summer camps are not', () => {
  assert.equal(only('Tens of thousands were sent on to concentration camps.').category, 'arrested');
  assert.equal(only('About 1,800 were sent to internment camps in Wales.').category, 'arrested');
  assert.notEqual(only('Tens of thousands of children were sent to summer camps.').category, 'arrested');
});

test('men a commander leads, musters or has at his head are troops; workers led are not', () => {
  assert.equal(only('By June the marshal commanded some 90,000 men.').category, 'troops');
  assert.equal(only('The khan rode north at the head of perhaps 40,000 men.').category, 'troops');
  assert.equal(only('The duke mustered about 6,000 on the plain.').category, 'troops');
  assert.equal(only('The general led 12,000 men across the river.').category, 'troops');
  const legions = quantities('The senate raised four legions, about 20,000 men.');
  assert.deepEqual(legions.map((q) => [q.text, q.category]), [['four', 'other'], ['about 20,000', 'troops']]);
  assert.equal(only('The union leader led 3,000 workers to the gates.').category, 'other');
  assert.equal(only('The council raised 5,000 from the sale.').category, 'other');
});

test('men fit for duty, and soldiers hastily raised, are troops; a participle before another noun is no head', () => {
  assert.equal(only('By March the fort had fewer than 900 men fit for duty.').category, 'troops');
  assert.equal(only('The town was held by about 2,000 hastily raised militiamen.').category, 'troops');
  assert.notEqual(only('Her work led to two widely used vaccines, she said.').category, 'killed');
});

test('captives put to death on the cross or block are killed; people rounded up and then shot too', () => {
  assert.equal(only('Some 300 captives were crucified outside the walls.').category, 'killed');
  assert.equal(only('Dozens of traders were dragged from their shops and murdered.').category, 'killed');
  assert.equal(only('Hundreds of villagers were rounded up and executed.').category, 'killed');
  // the singular verb is the leader's, not the count's
  assert.notEqual(only('The chief fled with some 2,000 followers and was captured and beheaded.').category, 'killed');
});

test('a garrison that numbered only so many is troops; a sentence to prison or exile is detention, one to death is not', () => {
  assert.equal(only('The garrison in the fortress numbered only about 700 at first.').category, 'troops');
  assert.equal(only('The tribunal sentenced some 900 of them to deportation.').category, 'arrested');
  assert.notEqual(only('The tribunal sentenced 40 to death.').category, 'arrested');
});

test('those who died, a walkout by workers and trains are counted as what they are', () => {
  assert.equal(only('Estimates of those who died on the march range between 20,000 and 40,000.').category, 'killed');
  assert.equal(only('A walkout by some 12,000 dock workers closed the port.').category, 'protesters');
  assert.equal(only('The deportees were packed into about 60 freight trains.').category, 'vehicles');
});

test('a list of peoples before the counted noun is read through to it, and a range after "numbered" or in apposition keeps its army', () => {
  assert.equal(only('It numbered between 30,000 and 40,000 Saxon, Bavarian and Austrian troops.').category, 'troops');
  assert.equal(only('On 13 May some 250,000 German and Italian soldiers surrendered.').category, 'troops');
  const legions = quantities('The consul raised two legions, between 9,000 and 10,000 men.');
  assert.equal(legions[1].category, 'troops');
  assert.equal(only('About 300 Christians, Jews and Muslims were killed.').category, 'killed');
});

test('people held in custody, a crowd that took part in a rally and a people crossing a border are counted as what they are', () => {
  assert.equal(only('Eleven reporters remain in custody.').category, 'arrested');
  assert.equal(only('Organisers said 60,000 took part in the march.').category, 'protesters');
  assert.equal(only('Some 2,000 athletes took part in the games.').category, 'other');
  assert.equal(only('An estimated 200,000 Rohingya crossed into Bangladesh.').category, 'displaced');
  assert.equal(only('More than 50,000 people have crossed the border since Friday.').category, 'displaced');
  assert.equal(only('About 5,000 troops crossed into Kuwait.').category, 'troops');
  assert.equal(only('His army of some 5,000 men crossed into England.').category, 'troops');
  assert.notEqual(only('Over a million people poured into the streets.').category, 'displaced');
});

test('another estimate of a toll just told counts the same; a figure with a noun of its own does not', () => {
  const cats = (text: string) => quantities(text).map((q) => q.category);
  assert.deepEqual(cats('The official toll of the first weeks was 176, but later estimates run from 450 to as many as 700.'), ['killed', 'killed']);
  assert.deepEqual(cats('The chronicler puts the dead at about 20,000; others give between 20,000 and 25,000.'), ['killed', 'killed']);
  assert.deepEqual(cats('The toll was 40, and the fire destroyed 300 homes.'), ['killed', 'other']);
  assert.deepEqual(cats('Officials put the death toll at 86; the opposition spoke of thousands.'), ['killed', 'killed']);
  assert.deepEqual(cats('The toll was 12, and thousands watched the funeral.'), ['killed']);
});

test('fighters by what they are called or carry, and the part of a crowd named after "of them"', () => {
  assert.equal(only('Behind the rampart stood between 4,000 and 5,000 armed Greeks.').category, 'troops');
  assert.equal(only('The gang carried out at least five armed robberies.').category, 'other');
  assert.equal(only('The emperor relied on a few thousand guards.').category, 'troops');
  assert.equal(only('He arrived with roughly 10,000 Egyptian regulars.').category, 'troops');
  assert.equal(quantities('Close to 9,000 people, about 3,000 of them fighters, crossed the ditch.')[1]?.category, 'troops');
});

test('the wounded "more", people treated in hospital, left homeless, detained in a caption or sold into slavery', () => {
  assert.deepEqual(quantities('At least eight people were killed and dozens more wounded.').map((q) => q.category), ['killed', 'injured']);
  assert.equal(only('The ombudsman said 75 people had been treated in hospital.').category, 'injured');
  assert.equal(only('Four passengers were taken to hospital.').category, 'injured');
  assert.equal(only('More than a million people have been left homeless.').category, 'displaced');
  assert.equal(only('Police detain dozens of students.').category, 'arrested');
  assert.equal(only('Between 3,000 and 4,000 women and children were sold into slavery.').category, 'arrested');
});

test('crowds marching, taking part in a march or led on one are protesters, wherever they came from', () => {
  assert.equal(only('Police scattered several thousand supporters who were marching on the palace.').category, 'protesters');
  assert.equal(only('Thousands of coca growers from the Chapare region had marched towards the city.').category, 'protesters');
  assert.equal(only('Between 200,000 and 250,000 people took part in a silent march.').category, 'protesters');
  assert.equal(only('The rector led some 80,000 students and teachers on a protest march.').category, 'protesters');
  assert.equal(only('The guide led some 40 students through the museum.').category, 'other');
});

test('a toll given for "the French dead", men a commander landed with, galleys captured, a list of peoples with lower-case adjectives', () => {
  assert.equal(only('The number of Saxon dead has been put at anywhere from 2,000 to 5,000.').category, 'killed');
  assert.equal(only('The king landed at Dover on 3 May with between 6,000 and 7,000 men.').category, 'troops');
  assert.equal(only('The admiral captured about 30 of his galleys off the cape.').category, 'vehicles');
  assert.equal(only('The columns crossed the river, about 12,000 British and colonial troops in all.').category, 'troops');
  assert.deepEqual(quantities('The king was followed by four of his successors.').map((q) => q.text), []);
});

test("a part takes its whole's outcome whatever it is called, unless it names its own; the other side's count and a second object share their verb", () => {
  const cats = (text: string) => quantities(text).map((q) => q.category);
  assert.deepEqual(cats('More than 900 of them died, including 40 officers.'), ['killed', 'killed']);
  assert.deepEqual(cats('By nightfall the army had suffered some 57,000 casualties, nearly 20,000 of them killed.'), ['casualties', 'killed']);
  assert.deepEqual(cats('At least 40 people, among them two firemen, were taken to the Central Hospital with injuries.'), ['injured', 'injured']);
  assert.deepEqual(cats('Twelve soldiers have died, two of them found beheaded.'), ['killed', 'killed']);
  assert.deepEqual(cats('About 9,000 rebels were killed, against fewer than 300 soldiers and 20 civilians.'), ['killed', 'killed', 'killed']);
  assert.deepEqual(cats('That night the police arrested the editor and about 120 other suspected organisers.'), ['arrested']);
  assert.deepEqual(cats('Nineteen soldiers had been killed and 99 wounded.'), ['killed', 'injured']);
  assert.deepEqual(cats('The rioters beat four guards to death.'), ['killed']);
  assert.deepEqual(cats('The tribunal condemned more than a thousand people to death.'), ['other']);
});

test('crowds that demand, fill an avenue or "took part" in what organisers count are protesters', () => {
  assert.equal(only('A crowd of several thousand set out for the governor\'s house to demand their release.').category, 'protesters');
  assert.equal(only('Organisers claimed that more than 50,000 people took part.').category, 'protesters');
  assert.equal(only('More than a million people fill the avenue to support the strikers.').category, 'protesters');
  assert.equal(only('About 3,000 runners took part.').category, 'other');
});

test('craft named for their age are counted as craft, and a part of a whole of craft or people takes the whole noun', () => {
  assert.equal(only('Corinth sent eight triremes to the island.').category, 'vehicles');
  const [part, whole] = quantities('At dawn 30 of the 90 Phoenician ships turned back.');
  assert.deepEqual([part.text, part.category, whole.category], ['30', 'vehicles', 'vehicles']);
  assert.deepEqual(quantities('The jury found him guilty on four of the 11 counts.').map((q) => q.text), ['11']);
  // the whole's own participle is its own: "killed" tells what befell the twelve, not the part
  const [, twelve] = quantities('The remains of ten of the twelve sailors killed in the raid came home.');
  assert.equal(twelve.category, 'killed');
  const [some, all] = quantities('Fifteen of the 60 passengers aboard lost their lives.');
  assert.deepEqual([some.category, all.category], ['killed', 'other']);
});

test('a blow dealt fatally kills, people rounded up or taken into custody are held, people treated for injuries are hurt', () => {
  assert.equal(only('Three miners were fatally shot near the gate.').category, 'killed');
  assert.equal(only('Some 2,000 villagers were rounded up by the militia.').category, 'arrested');
  assert.equal(only('Hundreds of villagers were rounded up and executed.').category, 'killed');
  assert.equal(only('Police said 64 people had been taken into custody.').category, 'arrested');
  assert.equal(only('Medics treated 120 people for injuries overnight.').category, 'injured');
});

test('strikers and street crowds are protesters, an army reckoned at a figure is troops, a crowd before whom something happens is no victim', () => {
  assert.equal(only('About 12,000 dockers downed tools at noon.').category, 'protesters');
  assert.equal(only('Some 4,000 teachers went on strike in March.').category, 'protesters');
  assert.equal(only('By noon several hundred students were back on the streets.').category, 'protesters');
  assert.equal(only('Up to 3,000 pickets blocked the road.').category, 'protesters');
  assert.equal(only('He marched north with an army estimated at between 20,000 and 30,000.').category, 'troops');
  assert.equal(only('The council hired some 500 special constables.').category, 'troops');
  assert.equal(only('Before a crowd of some 5,000 townspeople, the governor was hanged.').category, 'other');
  assert.equal(quantities('Thousands went on to study abroad.').filter((q) => q.category === 'protesters').length, 0);
});

test('people among those arrested or killed share that fate; hostages are held', () => {
  assert.equal(only('Three reporters were among those detained.').category, 'arrested');
  assert.equal(only('Two nurses were among those killed in the shelling.').category, 'killed');
  assert.equal(only('Gunmen took 40 hostages at the hotel.').category, 'arrested');
});

test('lives claimed or people slaughtered are the dead, a crowd attending a rally protests, and animals are no count of people', () => {
  assert.equal(only('The famine claimed the lives of at least 9,000 peasants.').category, 'killed');
  assert.equal(only('Some 2,000 prisoners were slaughtered at the gate.').category, 'killed');
  assert.equal(only('More than 15,000 people attended the rally.').category, 'protesters');
  assert.equal(only('About 3,000 people attended the funeral.').category, 'other');
  assert.deepEqual(quantities('The army crossed the pass with several dozen elephants and 400 horses.'), []);
});

test('a count told by its own participle after another\'s keeps its own: "12 died and 300 hurt"', () => {
  const [dead, hurt] = quantities('Rioting went on for a second night; at least 12 people died and more than 300 hurt.');
  assert.deepEqual([dead.category, hurt.category], ['killed', 'injured']);
  assert.equal(quantities('Nurses counted 40 wounded soldiers on the quay.')[0].category, 'troops');
});

test('struck down, cut down, the parts named after "of them" and what a fight cost a side tell what befell the men', () => {
  assert.equal(only('Guards cut down three of the envoy\'s servants at the gate.').category, 'killed');
  assert.deepEqual(
    quantities('The raiders ambushed a patrol and killed eight of them, five squires and three officers.').map((q) => q.category),
    ['killed', 'killed', 'killed'],
  );
  assert.equal(only('The failed crossing cost the invaders roughly 9,000 men.').category, 'casualties');
  // guns lost beside the men are no casualties, and "shot down" is said of aircraft
  const [, guns] = quantities('The battle cost him 800 men and twelve guns.');
  assert.equal(guns.category, 'other');
  assert.equal(only('The squadron shot down 14 enemy bombers.').category, 'vehicles');
});

test('a force sized by "N strong", reduced to a figure, or armed men numbered in apposition are troops', () => {
  assert.equal(only('The rebel legion, some 6,000 strong, camped by the river.').category, 'troops');
  assert.equal(only('Disease had reduced the garrison to 900 men by spring.').category, 'troops');
  assert.equal(only('Armed dockers, perhaps 20,000 of them, held the harbour.').category, 'troops');
  assert.equal(only('The club, 40 strong, arrived late.').category, 'other');
});

test('people treated for named wounds are injured, a sit-in\'s size and a crowd that fills a square protest, the number of people killed is a toll', () => {
  assert.equal(only('Volunteers treated hundreds of people for gunshot wounds.').category, 'injured');
  assert.equal(only('Riot police broke up a sit-in of about 2,000 people.').category, 'protesters');
  assert.equal(only('A crowd that organisers put at 300,000 fills the square.').category, 'protesters');
  assert.equal(only('The clashes brought the number of people killed since Monday to 27.').category, 'killed');
});

test('a crowd its organisers counted or that filled a square, hunger strikers and miners who stayed out are protesters; a crowd at a match is not', () => {
  assert.equal(only('That night a crowd estimated at 300,000 filled the main square.').category, 'protesters');
  assert.equal(only('Organisers later put the crowd at 150,000.').category, 'protesters');
  assert.equal(only('By the fourth day more than 1,000 students were refusing food.').category, 'protesters');
  assert.equal(only('For a year tens of thousands of dockers stayed out.').category, 'protesters');
  assert.equal(only('A crowd estimated at 60,000 watched the final.').category, 'other');
});

test('bare figures given as estimates in the sentence after a toll left open are that toll; figures of other things are not', () => {
  const tolls = quantities('The number of rebel dead has never been settled. The governor admitted 400 and later about 900; the rebels spoke of 6,000.');
  assert.deepEqual(tolls.map((q) => q.category), ['killed', 'killed', 'killed']);
  const other = quantities('The death toll is disputed. Officials said 12 of the 40 hospitals were damaged.');
  assert.equal(other.some((q) => q.category === 'killed'), false);
  // a toll already given a figure leaves the next sentence alone
  const given = quantities('The death toll rose to 80. Officials said 300 homes were lost.');
  assert.deepEqual(given.map((q) => q.category), ['killed', 'other']);
});

test('an article counts one person when the verb says they were killed, injured or arrested: "a man died", "police arrested a 34-year-old woman"', () => {
  const found = quantities('A man in his 70s died after his car left the road. Police arrested a 34-year-old woman on Sunday. Another officer was slightly hurt. A gunman killed a security guard.');
  assert.deepEqual(
    found.map((q) => [q.text, q.category, q.min, q.max, q.head?.text]),
    [
      ['A man', 'killed', 1, 1, 'man'],
      ['a 34-year-old woman', 'arrested', 1, 1, 'woman'],
      ['Another officer', 'injured', 1, 1, 'officer'],
      ['a security guard', 'killed', 1, 1, 'guard'],
    ],
  );
  // each of two people joined by "and" is counted
  assert.deepEqual(quantities('A man and a woman were injured in the blast.').map((q) => [q.text, q.category]), [['A man', 'injured'], ['a woman', 'injured']]);
});

test('an article counts no one said, negated, generic, wished, possessed or fleeing: "a man said", "not a soldier was taken", "if a man is injured"', () => {
  const none = [
    'A man said he had seen the smoke.',
    'Not a soldier or sailor was taken prisoner.',
    'If a man is injured at work, the law protects him.',
    'It is trying to kill a man you do not know.',
    "A man's body was found in the river.",
    'A man fled the scene in a grey van.',
    'Such a man was never arrested.',
  ];
  for (const text of none) assert.deepEqual(quantities(text), [], text);
});

test('a count after "and" with a verb of its own in the past is no more of what befell the count before: "and 1.4 million homes lost power"', () => {
  const found = quantities('Three people were killed and more than 1.4 million homes lost power.');
  assert.deepEqual(found.map((q) => [q.text, q.category]), [['Three', 'killed'], ['more than 1.4 million', 'other']]);
});

test('ages and money are no counts: "woman, 19,", "aged 23", "ages 22 and 30", "aged 18 to 79", "$300", "£5 million"', () => {
  assert.deepEqual(quantities('A woman, 19, was questioned. The men, ages 22 and 30, were held on $100,000 bond. Volunteers aged 18 to 79 joined. He took less than $300 and a £5 million painting.'), []);
  const second = quantities('A second man, aged 23, was taken to hospital.');
  assert.deepEqual(second.map((q) => [q.text, q.category]), [['A second man', 'injured']]);
});

test('a count after a comma has a verb of its own: "some 4,000 of them Italians, and around 1,500 were wounded"', () => {
  const found = quantities("About 7,000 of Baratieri's men were killed, some 4,000 of them Italians, and around 1,500 were wounded.");
  assert.deepEqual(found.map((q) => [q.text, q.category]), [['About 7,000', 'killed'], ['some 4,000', 'killed'], ['around 1,500', 'injured']]);
  // with no comma, two counts share the verb after them
  assert.deepEqual(quantities('300 soldiers and 20 officers were killed.').map((q) => q.category), ['killed', 'killed']);
});

test('adverbs between "was" and the participle keep it passive; a charge for a crime and "the arrest of" count the arrested', () => {
  const found = quantities('A boy who had been with her was also arrested. Four officers were later charged with assault. The case was delayed by the arrest of two men. The evacuation of 3,000 residents began. 500 horsemen charged the line.');
  assert.deepEqual(found.map((q) => [q.text, q.category]), [['A boy', 'arrested'], ['Four', 'arrested'], ['two', 'arrested'], ['3,000', 'displaced'], ['500', 'troops']]);
  // not a negated passive, nor a duty one is charged with
  assert.deepEqual(quantities('Two men were not arrested. The two Houses charged with the duty met.').map((q) => q.category), ['other', 'other']);
});

test('men counted in a sentence of armies and battles are troops; the enemy numbered is a strength; "the two men" are no body of men', () => {
  const found = quantities('Scouts said the enemy numbered only about 10,000. By February the commander had gathered roughly 17,700 men. Historians put the force at between 15,000 and 30,000 men.');
  assert.deepEqual(found.map((q) => [q.text, q.category]), [['about 10,000', 'troops'], ['roughly 17,700', 'troops'], ['between 15,000 and 30,000', 'troops']]);
  assert.deepEqual(quantities('As allies, the two men had fought against the French in the Battle of Puebla.').map((q) => q.category), ['other']);
  assert.deepEqual(quantities('Some 300 men were laid off at the mill.').map((q) => q.category), ['other']);
});

test('a headline\'s count before a protest verb in the present is a crowd; its one person with no article is counted', () => {
  const found = quantities('More than a million march as pension anger boils over');
  assert.deepEqual(found.map((q) => [q.text, q.category]), [['More than a million', 'protesters']]);
  const heads = quantities('Man dies after stabbing outside bottle shop; woman, 19, arrested');
  assert.deepEqual(heads.map((q) => [q.text, q.category, q.min]), [['Man', 'killed', 1], ['woman', 'arrested', 1]]);
  // the union's figure of those who "had taken part" in its marches
  const union = quantities('The union, which organises the marches, said 3.5 million had taken part, including 800,000 in the capital.');
  assert.deepEqual(union.map((q) => [q.text, q.category]), [['3.5 million', 'protesters'], ['800,000', 'protesters']]);
});

test('one person charged with their murder, taken to hospital with stab wounds, hit in the leg, or whose killing one is convicted of; a pension age is no count', () => {
  const found = quantities('A 19-year-old woman has been charged with his murder. A second man was taken to The Alfred with stab wounds. A customer who was hit in the leg survived. He was convicted of killing a gas station clerk.');
  assert.deepEqual(found.map((q) => [q.text, q.category]), [['A 19-year-old woman', 'arrested'], ['A second man', 'injured'], ['A customer', 'injured'], ['a gas station clerk', 'killed']]);
  assert.deepEqual(quantities('The plan raises the pension age from 62 to 64. He talked about killing a man.'), []);
});

test('one person whose death, killing or murder is told ("the shooting death of a gas station clerk") is counted; "two streets away" is a distance', () => {
  const found = quantities('He was found guilty in the shooting death of a gas station clerk. The killing of a teenager shocked the town. A knife was found two streets away.');
  assert.deepEqual(found.map((q) => [q.text, q.category]), [['a gas station clerk', 'killed'], ['a teenager', 'killed']]);
});

test('"200 held as curfew imposed" are arrested, members of a guard deployed are troops, people moved out of villages displaced; conferences held and banners held count no arrest', () => {
  const found = quantities('Police tear-gas students, 200 held as curfew imposed. Some 3,000 members of the Border Guard were deployed in the capital. Some 136,000 people had been moved out of front-line villages.');
  assert.deepEqual(found.map((q) => [q.text, q.category]), [['200', 'arrested'], ['Some 3,000', 'troops'], ['Some 136,000', 'displaced']]);
  assert.deepEqual(quantities('Thousands of conferences held in recent months helped. 50 people held banners. Of these divisions, only seven were deployed.').map((q) => q.category), ['other', 'other']);
});
