/**
 * Word lists for quantities: bound phrases and what a counted head or a nearby verb says is being
 * counted. Bounds are inclusive of the stated figure; the exact wording stays in `bound`, so
 * "more than 100,000" is {min: 100000, bound: "more than"} and readers who need a strict bound can
 * tell from the words.
 */
import type { QuantityCategory } from '../model/document.js';

export type BoundKind = 'min' | 'max' | 'approx' | 'approx-max';

export interface BoundPhrase {
  words: readonly string[];
  kind: BoundKind;
}

/** Bound phrases, as lowercase word sequences, longest first within each kind. */
export const BOUND_PHRASES: readonly BoundPhrase[] = [
  { words: ['more', 'than'], kind: 'min' },
  { words: ['in', 'excess', 'of'], kind: 'min' },
  { words: ['upwards', 'of'], kind: 'min' },
  { words: ['at', 'least'], kind: 'min' },
  { words: ['no', 'fewer', 'than'], kind: 'min' },
  { words: ['no', 'less', 'than'], kind: 'min' },
  { words: ['over'], kind: 'min' },
  { words: ['as', 'many', 'as'], kind: 'max' },
  { words: ['up', 'to'], kind: 'max' },
  { words: ['at', 'most'], kind: 'max' },
  { words: ['no', 'more', 'than'], kind: 'max' },
  { words: ['fewer', 'than'], kind: 'max' },
  { words: ['less', 'than'], kind: 'max' },
  { words: ['under'], kind: 'max' },
  { words: ['nearly'], kind: 'approx-max' },
  { words: ['almost'], kind: 'approx-max' },
  { words: ['close', 'to'], kind: 'approx-max' },
  { words: ['an', 'estimated'], kind: 'approx' },
  { words: ['estimated'], kind: 'approx' },
  { words: ['about'], kind: 'approx' },
  { words: ['around'], kind: 'approx' },
  { words: ['roughly'], kind: 'approx' },
  { words: ['approximately'], kind: 'approx' },
  { words: ['some'], kind: 'approx' },
  { words: ['perhaps'], kind: 'approx' },
];

/** The bound phrases by their last word, each list in BOUND_PHRASES order (so the first match is the same). */
export const BOUND_PHRASES_BY_LAST_WORD: ReadonlyMap<string, readonly BoundPhrase[]> = (() => {
  const byLast = new Map<string, BoundPhrase[]>();
  for (const phrase of BOUND_PHRASES) {
    const last = phrase.words[phrase.words.length - 1] as string;
    byLast.set(last, [...(byLast.get(last) ?? []), phrase]);
  }
  return byLast;
})();

/** Words after a number that end the search for its head noun. */
export const HEAD_STOP_WORDS = new Set([
  'were', 'was', 'are', 'is', 'be', 'been', 'being', 'had', 'has', 'have', 'will', 'would', 'could', 'may',
  'might', 'and', 'or', 'but', 'who', 'whom', 'which', 'that', 'in', 'on', 'at', 'to', 'from', 'by', 'with',
  'of', 'for', 'as', 'than', 'into', 'toward', 'towards', 'across', 'near', 'the', 'a', 'an', 'their', 'its',
  'his', 'her', 'during', 'after', 'before', 'while', 'since', 'said', 'including', 'among', 'per', 'more',
  'less', 'each', 'also', 'reportedly', 'all', 'still', 'then', 'there', 'when', 'where', 'out', 'this', 'these',
  'those', 'between', 'against', 'through', 'under', 'over', 'about', 'up', 'down', 'off', 'not', 'no', 'why', 'how',
  // irregular verbs a bare count is the subject of ("50,000 took part in the rally", "5,000 fled")
  'took', 'went', 'came', 'ran', 'fought', 'began', 'fled', 'stood', 'gave', 'rose', 'fell', 'spent', 'remain', 'remains',
  // ("200 held as curfew imposed")
  'held',
]);

/** Words ending in -ed/-ing that describe a counted noun rather than act as its verb. */
export const ADJECTIVES_LIKE_VERBS = new Set([
  'armoured', 'armored', 'armed', 'unarmed', 'wounded', 'injured', 'displaced', 'detained', 'trained',
  'mechanized', 'mechanised', 'motorized', 'motorised', 'uniformed', 'unidentified', 'suspected', 'alleged',
  'elected', 'striking', 'fighting', 'retreating', 'advancing', 'occupying', 'invading', 'marching',
  'protesting', 'demonstrating', 'missing', 'remaining', 'additional', 'red', 'united', 'allied', 'organised',
  'organized', 'unemployed', 'registered', 'interned', 'imprisoned', 'besieged', 'starving', 'fleeing', 'surviving', 'aged',
]);

/** Units of length, area, weight and temperature: "100 kilometres north", "61 acres", "30 degrees" measure, they count nothing. */
export const MEASURE_UNITS = new Set([
  'kilometres', 'kilometers', 'kilometre', 'kilometer', 'km', 'miles', 'mile', 'metres', 'meters', 'metre', 'meter', 'feet', 'foot', 'ft',
  'yards', 'inches', 'inch', 'centimetres', 'centimeters', 'cm', 'millimetres', 'millimeters', 'mm', 'acres', 'hectares', 'tons', 'tonnes',
  'kilograms', 'kg', 'pounds', 'lbs', 'ounces', 'grams', 'degrees', 'knots', 'mph',
]);

/** Animals: "four horses", "millions of chickens drowned" count no people. */
export const ANIMALS = new Set([
  'animals', 'horses', 'cattle', 'cows', 'sheep', 'goats', 'pigs', 'hogs', 'chickens', 'poultry', 'livestock', 'dogs', 'cats',
  'camels', 'mules', 'oxen', 'birds', 'fish', 'whales', 'dolphins', 'elephants',
]);

/** Time units: a number counting them is a duration, which the time stage owns. */
export const TIME_UNITS = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months',
  'year', 'years', 'decade', 'decades', 'century', 'centuries', 'times', 'o', 'am', 'pm', 'a.m', 'p.m',
]);

/** A word list as a Map, so a token such as "constructor" finds nothing on Object.prototype. */
function categories(entries: Record<string, QuantityCategory>): ReadonlyMap<string, QuantityCategory> {
  return new Map(Object.entries(entries));
}

/** What a counted head noun is, when the noun alone says it. */
export const HEAD_CATEGORIES = categories({
  dead: 'killed', deaths: 'killed', lives: 'killed', fatalities: 'killed', bodies: 'killed', killed: 'killed', victims: 'killed',
  wounded: 'injured', injured: 'injured', injuries: 'injured', casualties: 'casualties',
  prisoners: 'arrested', detainees: 'arrested', arrests: 'arrested', arrested: 'arrested', detained: 'arrested',
  refugees: 'displaced', evacuees: 'displaced', displaced: 'displaced', exiles: 'displaced', seekers: 'displaced', homeless: 'displaced',
  troops: 'troops', soldiers: 'troops', paratroopers: 'troops', marines: 'troops', police: 'troops',
  policemen: 'troops', militiamen: 'troops', guerrillas: 'troops', insurgents: 'troops', troopers: 'troops', rebels: 'troops', partisans: 'troops',
  reservists: 'troops', servicemen: 'troops', guardsmen: 'troops', sailors: 'troops', airmen: 'troops', commandos: 'troops',
  gendarmes: 'troops', constables: 'troops', officers: 'troops', fighters: 'troops', combatants: 'troops', peacekeepers: 'troops', militants: 'troops',
  forces: 'troops', janissaries: 'troops', legionaries: 'troops', knights: 'troops', cavalrymen: 'troops', infantrymen: 'troops',
  hoplites: 'troops', archers: 'troops', crusaders: 'troops', warriors: 'troops', riflemen: 'troops', musketeers: 'troops',
  horsemen: 'troops', cavalry: 'troops', infantry: 'troops',
  guards: 'troops', bodyguards: 'troops', regulars: 'troops', mercenaries: 'troops', conscripts: 'troops', sentries: 'troops', auxiliaries: 'troops',
  dragoons: 'troops', hussars: 'troops', lancers: 'troops', grenadiers: 'troops', pikemen: 'troops', spearmen: 'troops', legionnaires: 'troops', gunmen: 'troops',
  tanks: 'vehicles', vehicles: 'vehicles', trucks: 'vehicles', lorries: 'vehicles', aircraft: 'vehicles',
  planes: 'vehicles', jets: 'vehicles', bombers: 'vehicles', helicopters: 'vehicles', warships: 'vehicles',
  ships: 'vehicles', galleys: 'vehicles', frigates: 'vehicles', destroyers: 'vehicles', cruisers: 'vehicles', battleships: 'vehicles',
  vessels: 'vehicles', galleons: 'vehicles', boats: 'vehicles', carriers: 'vehicles', cars: 'vehicles', gunboats: 'vehicles', submarines: 'vehicles',
  // (craft of older navies: "353 triremes", "ten sloops of war")
  triremes: 'vehicles', biremes: 'vehicles', quinqueremes: 'vehicles', longships: 'vehicles', caravels: 'vehicles', carracks: 'vehicles',
  ironclads: 'vehicles', steamers: 'vehicles', corvettes: 'vehicles', sloops: 'vehicles', schooners: 'vehicles',
  tank: 'vehicles', vehicle: 'vehicles', soldier: 'troops', trains: 'vehicles', buses: 'vehicles', wagons: 'vehicles',
  captives: 'arrested', hostages: 'arrested',
  protesters: 'protesters', protestors: 'protesters', demonstrators: 'protesters', marchers: 'protesters',
  strikers: 'protesters', rioters: 'protesters', picketers: 'protesters', pickets: 'protesters',
});

/**
 * Protest verbs a counted crowd does itself ("about 70,000 people marched"), with the words that must
 * follow the ones that also mean something else ("three studies demonstrated that ...").
 */
export const PROTEST_VERBS: ReadonlyMap<string, ReadonlySet<string> | undefined> = new Map([
  ['marched', undefined], ['march', undefined], ['marching', undefined], ['rallied', undefined], ['rally', undefined], ['rallying', undefined],
  ['rioted', undefined], ['rioting', undefined], ['picketed', undefined],
  ...['demonstrated', 'protested', 'demonstrate', 'protest', 'demonstrating', 'protesting'].map((verb): [string, ReadonlySet<string>] => [verb, new Set(['against', 'in', 'outside', 'at', 'for', 'near', 'on', 'across', 'through', 'throughout', 'over', 'peacefully', ',', '.'])]),
]);

/** Who a protest verb may count when the noun itself says nothing: people (or a people, "Hungarians"), not troops or studies. */
export const CROWD_HEADS = new Set([
  'people', 'persons', 'men', 'women', 'students', 'workers', 'residents', 'citizens', 'youths', 'supporters', 'opponents',
  'activists', 'villagers', 'farmers', 'peasants', 'miners', 'teachers', 'nurses', 'doctors', 'employees', 'veterans',
  'pensioners', 'civilians', 'members', 'mothers', 'unionists', 'lawyers',
  'pupils', 'schoolchildren', 'growers', 'labourers', 'laborers', 'dockers', 'tenants', 'traders', 'shopkeepers', 'merchants', 'drivers',
  'monks', 'nuns', 'priests', 'parishioners', 'townspeople', 'inhabitants', 'parents', 'artisans', 'craftsmen', 'weavers', 'serfs',
  'burghers', 'settlers', 'colonists', 'volunteers', 'followers', 'tribesmen', 'clansmen',
]);

/** Words that may come between a counted crowd and its protest verb: "had marched", "also rallied", "were marching". */
export const VERB_LEADS = new Set(['had', 'have', 'has', 'also', 'reportedly', 'all', 'then', 'later', 'again', 'were', 'are']);
export const TO_THE_STREETS: readonly string[] = ['to', 'the', 'streets'];

/** Gatherings whose size a count may give: "a rally of 50,000", "a demonstration of 100,000 people", "the protests grew to tens of thousands". */
export const GATHERINGS = new Set(['rally', 'rallies', 'demonstration', 'demonstrations', 'march', 'marches', 'protest', 'protests', 'procession', 'strike', 'sit-in', 'walkout', 'stoppage']);

/** A crowd or a turnout is a protest's only in a sentence that speaks of protest ("estimated the crowd at 200,000"), not a stadium's. */
export const CROWDS = new Set(['crowd', 'crowds', 'turnout']);

/** Words that make a sentence one about a protest, for its crowds and gatherings. */
export const PROTEST_WORDS = new Set([
  'protest', 'protests', 'protested', 'protesting', 'protesters', 'protestors', 'demonstration', 'demonstrations', 'demonstrators',
  'rally', 'rallies', 'strike', 'strikes', 'strikers', 'striking', 'march', 'marches', 'marchers', 'riot', 'riots', 'rioters', 'sit-in',
  'marched', 'demonstrated', 'rallied', 'walkout', 'walkouts', 'demand', 'demanding',
]);

/** Verbs that give a figure as an estimate: "estimated at 9,000", "put the toll at 300", "a crowd estimated at 400,000". */
export const ESTIMATING = new Set(['estimated', 'estimate', 'estimates', 'estimating', 'put', 'puts', 'putting', 'reckoned', 'guessed']);

/** Verbs of a crowd filling a place: "more than a million people fill Chang'an Avenue". */
export const FILLING = new Set(['fill', 'fills', 'filled', 'filling', 'thronged', 'jammed']);

/** Verbs of gathering, a protest's only in a sentence about protest ("about 200 students gathered ... to protest"). */
export const GATHERING_VERBS = new Set(['gathered', 'gather', 'gathering', 'assembled', 'assemble', 'joined', 'join', 'massed', 'converged']);

/** Nouns that make a lone "one" a count ("one soldier was killed"). */
export const SINGLE_PERSON_NOUNS = new Set(['person', 'man', 'woman', 'child', 'civilian', 'soldier', 'policeman', 'officer', 'student', 'protester', 'demonstrator', 'journalist', 'boy', 'girl']);

/** Nouns for one person an article may count when what befell them is told ("a man died", "police arrested a 34-year-old woman"). */
export const ONE_PERSON_NOUNS = new Set([
  ...SINGLE_PERSON_NOUNS, 'baby', 'toddler', 'teenager', 'teen', 'youth', 'pensioner', 'policewoman', 'constable', 'guard',
  'firefighter', 'reporter', 'photographer', 'pedestrian', 'cyclist', 'motorcyclist', 'driver', 'passenger', 'resident',
  'bystander', 'tourist', 'worker', 'farmer', 'suspect', 'gunman', 'attacker', 'settler', 'villager', 'prisoner', 'priest', 'nurse', 'doctor', 'customer', 'clerk', 'shopkeeper', 'neighbour', 'neighbor', 'witness',
]);

/** Verbs after the counted noun (or just before the number) that say what happened to it. */
export const VERB_CATEGORIES = categories({
  killed: 'killed', dead: 'killed', died: 'killed', perished: 'killed', executed: 'killed', slain: 'killed',
  massacred: 'killed', murdered: 'killed', killing: 'killed', kill: 'killed', hanged: 'killed', dying: 'killed',
  crucified: 'killed', beheaded: 'killed', guillotined: 'killed', lynched: 'killed', slaughtered: 'killed', butchered: 'killed',
  exterminated: 'killed', assassinated: 'killed', drowned: 'killed',
  wounded: 'injured', injured: 'injured', hurt: 'injured', wounding: 'injured', injuring: 'injured',
  arrested: 'arrested', detained: 'arrested', imprisoned: 'arrested', jailed: 'arrested', captured: 'arrested',
  arresting: 'arrested', detaining: 'arrested', detain: 'arrested', detains: 'arrested', interned: 'arrested', enslaved: 'arrested', hospitalised: 'injured', hospitalized: 'injured', emigrated: 'displaced',
  fled: 'displaced', displaced: 'displaced', evacuated: 'displaced', deported: 'displaced', expelled: 'displaced',
  uprooted: 'displaced', fleeing: 'displaced', displacing: 'displaced', evacuating: 'displaced',
});

/** Verbs that may sit between a counted noun and its category verb without ending the search. */
export const AUXILIARIES = new Set([
  'were', 'was', 'had', 'have', 'has', 'been', 'being', 'are', 'is', 'reportedly', 'also', 'later', 'all',
  'eventually', 'subsequently', 'either', 'both', 'and', 'or', 'among', 'them', 'including', 'those',
  // ("have been confirmed dead", "are feared dead", "were reported killed")
  'confirmed', 'feared', 'presumed', 'believed', 'reported', 'now', 'still',
]);

/** "forced 30,000 from their homes", "drove thousands out of their villages": what people were driven from, and whose. */
export const HOMES = new Set(['home', 'homes', 'house', 'houses', 'village', 'villages', 'land', 'lands', 'farms']);
export const POSSESSIVES = new Set(['their', 'his', 'her', 'its']);

/** What people are "taken": "were taken prisoner", "taken hostage". */
export const CAPTIVES = new Set(['prisoner', 'prisoners', 'captive', 'captives', 'hostage', 'hostages']);

/** Words that open a verb's object after a participle ("militiamen killed 14 farmers", "killed the mayor"). */
export const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'two', 'three', 'several', 'dozens', 'hundreds', 'thousands', 'many', 'some', 'at', 'more', 'about', 'nearly']);

/**
 * Military formations: "six divisions" counts divisions, not soldiers, so it is no troop count (it would
 * add six to a sum of soldiers); "forces" counts soldiers only in the hundreds or more ("3,000 forces", not "the two forces").
 */
export const FORMATIONS = new Set(['divisions', 'brigades', 'battalions', 'regiments', 'squadrons', 'companies', 'corps', 'forces', 'legions', 'cohorts', 'columns']);
export const FORCES_AS_SOLDIERS_FROM = 100;

/** Who a count of a fighting side's strength may number, beside the forces themselves ("the defenders numbered 7,000"). */
export const ARMED_BODIES = new Set(['army', 'armies', 'force', 'forces', 'garrison', 'garrisons', 'defenders', 'attackers', 'besiegers', 'invaders', 'militia', 'host', 'fleet', 'crews', 'expedition', 'enemy']);

/** Bodies of armed men a count may give the strength of: "an army of some 25,000 men". */
export const FORCES = new Set(['army', 'armies', 'force', 'forces', 'garrison', 'corps', 'division', 'brigade', 'regiment', 'legion', 'column', 'contingent', 'detachment', 'host', 'militia']);

/** Verbs of a figure that changed: "grew from 200 to 8,000" tells two figures, not a range. */
export const CHANGE_VERBS = new Set([
  'grew', 'grown', 'grow', 'grows', 'rose', 'risen', 'rise', 'rises', 'rising', 'fell', 'fallen', 'fall', 'falls', 'falling',
  'dropped', 'drop', 'drops', 'declined', 'decline', 'reduced', 'increased', 'increase', 'climbed', 'climb', 'jumped',
  'soared', 'surged', 'doubled', 'tripled', 'cut', 'slashed', 'shrank', 'shrunk', 'shrink', 'shrinks', 'reduce', 'reduces', 'swelled', 'swollen', 'went', 'gone',
  'expanded', 'raised', 'lowered', 'boosted', 'trimmed', 'plunged', 'slipped', 'revised', 'up', 'down',
]);

/** Nouns for the dead a count may be given for, and the words that may link them to it ("Estimates of the dead range from"). */
export const DEATH_NOUNS = new Set(['dead', 'deaths', 'toll', 'fatalities']);
/** A side's losses, the dead and the wounded and the captured together: "losses were estimated at 9,000". */
export const CASUALTY_NOUNS = new Set(['casualties', 'losses']);
/** Verbs of a side losing men: "lost 20,000 men", "losing nearly 6,000 soldiers". */
export const LOSING = new Set(['lost', 'losing', 'lose', 'loses']);
export const TOLL_LINKS = new Set(['range', 'ranges', 'ranged', 'from', 'at', 'to', 'was', 'were', 'is', 'are', 'stood', 'put', 'reached', 'rose', 'climbed', 'estimated', 'numbered', 'totalled', 'totaled']);

/** "132 of them", "seven of whom": a part of the count before. */
export const PARTITIVE_PRONOUNS = new Set(['them', 'whom']);

/** Determiners: an -ed word after one describes a noun ("of the defeated army"). */
export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those']);

/** What people are treated for: "had been treated for injuries", "admitted with burns". */
export const WOUNDS = new Set(['injuries', 'wounds', 'burns', 'injury']);

/** The words that give a toll its figure: "rose to", "stood at", "from ... to", "climbed past". */
export const TOLL_FIGURE_LINKS = new Set(['to', 'at', 'from', 'past', 'reached', 'topped', 'passed', 'exceeded', 'hit', 'between', 'was', 'is']);

/** Words that give another estimate of a figure just told: "other chroniclers give between ...", "later estimates run from ...". */
export const ESTIMATE_WORDS = new Set([
  'estimates', 'estimate', 'give', 'gives', 'put', 'puts', 'reckon', 'reckons', 'suggest', 'suggests', 'others', 'sources', 'historians', 'chroniclers', 'accounts',
  'spoke', 'speak', 'speaks', 'claimed', 'claim', 'claims', 'counted',
]);

/** Verbs that put soldiers in place, a troop count when the noun says nothing of its own: "reinforced to some 25,000". */
export const TROOP_MOVES = new Set(['reinforced', 'massed', 'mobilised', 'mobilized', 'deployed', 'garrisoned', 'conscripted', 'drafted']);

export const THE_NUMBER_OF: readonly string[] = ['the', 'number', 'of'];

/** Verbs of a commander having men, a troop count with no noun or "men": "commanded some 20,000", "mustered 8,000 men". */
export const COMMANDING = new Set(['commanded', 'commanding', 'commands', 'command', 'mustered', 'mustering', 'musters', 'fielded', 'fielding', 'fields']);
/** Verbs that also take crowds, workers or money, a troop count only with "men": "led 5,000 men", "raised 20,000 men". */
export const LEADING = new Set(['led', 'leading', 'leads', 'raised', 'raising', 'recruited', 'recruiting', 'levied', 'levying']);
/** "at the head of 150,000 men", "placed himself at the head of some 3,000". */
export const THE_HEAD_OF: readonly string[] = ['the', 'head', 'of'];
/** What men are fit for when they can fight: "5,000 men fit for duty". */
export const DUTIES = new Set(['duty', 'service', 'battle', 'combat', 'action']);
