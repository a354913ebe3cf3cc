/**
 * The trigger lexicon: words and phrases that report an event, coded in PLOVER (Political Language
 * Ontology for Verifiable Event Records, Open Event Data Alliance manual v0.7b1 and the POLECAT
 * revision, which renames DEMAND to REQUEST and adds the ASSAULT mode "aerial").
 *
 * Coding decisions where PLOVER leaves a choice:
 * - killing, shooting, invading, executing, lynching are ASSAULT; judicial executions and hangings
 *   take the mode "execute", as PLOVER's ASSAULT mode table lists them.
 * - withdrawals that happen are RETREAT/withdraw; withdrawals announced or promised (future or
 *   reported intention) are CONCEDE, as PLOVER codes declarations of withdrawal as verbal
 *   concessions (see the modality rules in extract.ts). Withdrawing from an alliance, treaty or talks
 *   is SANCTION/withdraw.
 * - a reversal of a concession ("changed their mind") is REJECT.
 * - DISPLACE is an extension: people fleeing or being displaced. PLOVER has no type for it (only a
 *   "migration" context); ACLED and xSub code displacement as its own event.
 * - troops taking position, being deployed or stationed are MOBILIZE/troops (or police).
 * - violence words aimed at things that cannot be hurt are figures of speech: a campaign against a
 *   social ill ("an attack on inflation", "fought a long battle against rising prices") is no event;
 *   a speaker attacking a policy, a text or a record in words criticises it (ACCUSE); critics
 *   attacking or praising a film, a book or a performance, and market figures that "retreat", are
 *   not political events. Winning, losing or conceding an election or a game is no event either.
 * - a ceasefire declared by one side is CONCEDE (PLOVER's ceasefire mode of concessions).
 * Verbal comments, the demands listed inside a noun phrase ("a list of demands") and words for
 * whole episodes ("uprising", "revolution", "war") are not triggers: they do not report one event.
 *
 * Each rule matches lowercase word forms (a phrase is several words, hyphens are their own tokens).
 * Conditions look a few tokens around the match.
 */

export type PartOfSpeech = 'verb' | 'noun';

export interface TriggerRule {
  /** Word forms or phrases (space-separated words), lowercase. */
  forms: string[];
  type: string;
  mode?: string;
  pos: PartOfSpeech;
  /** One of these words must follow within `window` tokens. */
  followedBy?: string[];
  /** None of these words may follow within `window` tokens. */
  notFollowedBy?: string[];
  /** One of these words must come within `window` tokens before. */
  precededBy?: string[];
  /** None of these words may come within `window` tokens before. */
  notPrecededBy?: string[];
  window?: number;
  /** The text must be written in lowercase (so "March" the month is not a march). */
  lowercaseOnly?: boolean;
  /** One of these words must name what the act is aimed at: a word after it in the same clause (a few tokens, up to a comma or a conjunction). */
  aimedAt?: string[];
  /** None of these words may name what the act is aimed at ("an attack on inflation"). */
  notAimedAt?: string[];
  /** Not a trigger when the sentence speaks of an accident or natural disaster. */
  violent?: boolean;
  /** Not a trigger in a sentence about company news: a verbal act a business makes to its customers or rivals. */
  verbal?: boolean;
  /** Not a trigger in a sentence about sport ("attacked the net", "was beaten in the final"). */
  playable?: boolean;
  /**
   * A word that is also a noun acts only as a verb: an object follows it (an article, a possessive or a
   * name: "storm the palace", "storm Sevastopol") or one of these words comes just before it ("troops storm", "to storm").
   */
  asVerbAfter?: string[];
  /** Applies only in a sentence about sport (or next to one): for blocks of words that are play there. */
  sportOnly?: boolean;
  /**
   * Told in the passive of a person ("he was executed", "Nagy was executed"), it is the act whatever
   * follows: "executed on the Sultan's orders" is no order carried out.
   */
  ofPerson?: boolean;
  /** Only a trigger in the passive of a person: "He has since been released", "Fatemi was caught in March 1954". */
  personPassive?: boolean;
  /** The mode may be refined from weapons named in the sentence. */
  instrumentMode?: boolean;
  /** A phrase that is not an event but stops a shorter trigger inside it from matching. */
  blocks?: boolean;
  /**
   * Only a trigger when a named place is what the act is done to: its object ("captured Philadelphia",
   * "annexed Crimea") or the subject of its passive ("Richmond was liberated"). "captured the suspect" is not.
   */
  placeObject?: boolean;
  /** Only a trigger when a named place is its subject, right before it: "Bucharest fell to the Central Powers". */
  placeSubject?: boolean;
  /** Only a trigger right after a name (a capitalised word not opening the sentence) or one of `precededBy` just before it. */
  afterName?: boolean;
  /** Only a trigger in a sentence that says what the crowd protests: "demanding", "against", "banners" (mourners gather too). */
  protestCue?: boolean;
}

/** Protests a side may call off, a concession ("the union called off the strike"). */
const PROTESTS_CALLED_OFF = ['strike', 'strikes', 'walkout', 'stoppage', 'boycott', 'protest', 'protests', 'blockade', 'march', 'general strike'];
const CALLING_OFF = ['called off', 'call off', 'calling off', 'calls off'];
const CALLED_OFF_PROTESTS = CALLING_OFF.flatMap((verb) =>
  ['', 'the ', 'their ', 'its ', 'a '].flatMap((determiner) => PROTESTS_CALLED_OFF.map((protest) => `${verb} ${determiner}${protest}`)),
);

/** After "withdrew"/"retreated", words that make it a figure of speech rather than a move of forces. */
const FIGURATIVE_RETREAT = ['account', 'accounts', 'savings', 'funds', 'money', 'cash', 'tax', 'deposits', 'pension', 'bill', 'law', 'legislation', 'proposal', 'plan', 'motion', 'position', 'stance', 'claim', 'claims', 'remarks', 'statement', 'offer', 'bid', 'candidacy', 'race', 'support', 'objection', 'objections', 'complaint', 'lawsuit', 'suit', 'nomination', 'application'];
const ORGANIZATION_WORDS = [
  'pact', 'alliance', 'treaty', 'talks', 'negotiations', 'union', 'organization', 'organisation', 'agreement',
  'league', 'nations', 'council', 'federation', 'coalition', 'accord', 'convention', 'commonwealth', 'bloc',
];
const RELEASED_WHO = [
  'prisoners', 'hostages', 'detainees', 'captives', 'political', 'students', 'activists', 'journalists', 'him',
  'her', 'them', 'from', 'soldiers', 'pilots', 'crew', 'leaders', 'dissidents', 'inmates', 'convicts',
];
const RESTRICTIONS = ['curfew', 'ban', 'restrictions', 'sanctions', 'martial', 'state', 'blockade', 'embargo', 'siege', 'censorship'];
/** Documents that "call for" things: their terms are not requests by anyone. */
const DOCUMENTS = ['plan', 'plans', 'proposal', 'agreement', 'strategy', 'budget', 'contract', 'bill', 'law', 'deal', 'program', 'programme', 'which', 'resolution', 'treaty', 'accord', 'scheme', 'rules', 'document', 'draft'];
/** Words of a figure that rose or fell: "revenue declined 8%". */
const FIGURES = ['%', 'percent', '$', '£', '€', 'million', 'billion', 'cents', 'points', 'sharply', 'slightly', 'steadily', 'marginally'];
/** What sources decline or request in news copy: not political events. */
const PRESS_ROUTINE = [
  'anonymity', 'identify', 'identified', 'named', 'comment', 'comments', 'elaborate', 'details', 'interview', 'interviews',
  'questions', 'say', 'discuss', 'disclose', 'reveal', 'confirm', 'specify', 'speculate',
];
/** Words naming force or a penalty, which make a warning a threat. */
const FORCE_WORDS = [
  'attack', 'attacks', 'strike', 'strikes', 'shot', 'war', 'force', 'military', 'retaliate', 'retaliation', 'sanctions',
  'arrest', 'arrested', 'consequences', 'action', 'invade', 'punish', 'punished', 'crush', 'expel', 'expelled', 'fire',
  'bomb', 'destroy', 'offensive', 'army', 'troops',
];
/** Social ills and economic figures that governments "attack" or "fight": campaigns, not assaults. */
const ABSTRACT_ADVERSARIES = [
  'inflation', 'poverty', 'crime', 'corruption', 'drugs', 'unemployment', 'deficit', 'deficits', 'debt', 'prices',
  'hunger', 'illiteracy', 'racism', 'discrimination', 'obesity', 'pollution', 'waste', 'fraud', 'bureaucracy',
  'addiction', 'cancer', 'disease', 'diseases', 'emissions', 'evasion', 'inequality', 'homelessness', 'smoking', 'costs',
  'emergency', 'problem', 'problems', 'shortage', 'shortages', 'slums', 'flood', 'floods', 'fires', 'flames', 'blaze', 'wildfire', 'wildfires', 'epidemic', 'pandemic', 'virus',
];
/** What a speaker can attack only in words: policies, texts, records. */
const CRITICISED_THINGS = [
  'plan', 'plans', 'budget', 'budgets', 'policy', 'policies', 'proposal', 'proposals', 'bill', 'bills', 'law', 'laws',
  'decision', 'decisions', 'ruling', 'verdict', 'reform', 'reforms', 'record', 'remarks', 'comments', 'statement',
  'statements', 'speech', 'report', 'deal', 'strategy', 'handling', 'programme', 'programmes', 'program', 'programs',
  'idea', 'ideas', 'tax', 'taxes', 'tariffs', 'tariff', 'measures', 'scheme', 'schemes', 'legislation', 'rhetoric',
  'leadership', 'response', 'stance', 'views', 'claims', 'manifesto', 'agenda', 'cuts', 'spending',
];
/** Rights and institutions attacked by laws and arguments: "attacks on collective bargaining", "an attack on democracy". */
const RIGHTS_AND_INSTITUTIONS = ['bargaining', 'democracy', 'privacy', 'freedoms', 'liberties', 'values', 'science', 'constitution', 'constitutional'];
/** Works and performances that critics and coaches judge: their praise or attack is no political act. */
const WORKS = [
  'script', 'screenplay', 'novel', 'novels', 'book', 'books', 'film', 'films', 'movie', 'album', 'song', 'songs',
  'language', 'prose', 'style', 'performance', 'performances', 'acting', 'cast', 'design', 'production', 'direction',
  'soundtrack', 'music', 'plot', 'dialogue', 'players', 'team', 'squad', 'character', 'play', 'exhibition', 'staging',
];
/** What is "shot" with a camera. */
const FILMED_THINGS = ['film', 'films', 'footage', 'photograph', 'photographs', 'photo', 'photos', 'scene', 'scenes', 'video', 'videos', 'movie', 'episode', 'episodes', 'documentary', 'pictures', 'picture', 'sequence', 'sequences'];
/** Figures of markets and the economy, which "retreat" and "advance" in price reports. */
const MARKET_SUBJECTS = [
  'prices', 'price', 'shares', 'stocks', 'stock', 'yields', 'yield', 'inflation', 'currency', 'index', 'indices',
  'markets', 'market', 'rates', 'rate', 'oil', 'gold', 'dollar', 'euro', 'pound', 'yen', 'bonds', 'sales', 'output',
  'exports', 'imports', 'unemployment', 'growth', 'earnings', 'profits', 'revenue', 'futures', 'investors', 'equities',
  'rents', 'costs', 'wages', 'values', 'bills',
];
/** What is executed when it is carried out: duties, programmes, trades. */
const TASKS = [
  'programs', 'programmes', 'program', 'programme', 'plan', 'plans', 'policy', 'policies', 'participation', 'duties', 'duty', 'contract', 'contracts',
  'will', 'orders', 'order', 'project', 'projects', 'work', 'tasks', 'task', 'agreement', 'provisions', 'mandate', 'operations', 'responsibilities',
  'transaction', 'transactions', 'trade', 'trades', 'strategy', 'strategies', 'decisions', 'laws', 'law', 'instructions', 'warrant', 'search', 'code',
  'it', 'treaty', 'treaties', 'convention', 'act', 'statute', 'offensive', 'manoeuvre', 'maneuver', 'plays', 'play', 'move', 'moves',
];
/** Living things and organs that germs, cells and drugs attack, invade and kill: biology, not violence. */
const BIOLOGY = ['cells', 'cell', 'tissue', 'tissues', 'tumours', 'tumors', 'tumour', 'tumor', 'organs', 'bacteria', 'germs', 'pests', 'weeds', 'immune', 'bloodstream', 'liver', 'lungs', 'brain', 'nerves', 'crops', 'roots'];
/** Things stormed, attacked or shot at in reports of entertainment and markets. */
const FIGURATIVE_TARGETS = ['charts', 'chart', 'box', 'airwaves', 'podium', 'speculators', 'rivals', 'competitors', 'stumps', 'bowling', 'net', 'basket'];
/** People whose attacks, sieges and raids are on plates, counters and bargains. */
const NON_COMBATANTS = ['critic', 'critics', 'customers', 'shoppers', 'buyers', 'diners', 'reviewers', 'viewers', 'readers', 'audiences', 'bidders', 'collectors', 'investors', 'traders'];
/** Germs and cells: "the virus attacks the cells", "cells that invade tumours and kill cancer cells". */
const GERMS = ['virus', 'viruses', 'bacteria', 'parasite', 'parasites', 'infection', 'antibodies', 'tumours', 'tumors', 'cancer', 'pests', 'locusts', 'insects', 'fungus'];
/** Words of a passive verb: "critics were attacked" names the victims, not the attackers. */
const PASSIVE_AUXILIARIES = ['were', 'was', 'been', 'being', 'be', 'is', 'are', 'got', 'get'];
/** What companies and governments deploy besides forces: technology and money. */
const RESOURCES = [
  'technology', 'technologies', 'generation', 'software', 'network', 'networks', 'system', 'systems', 'capital', 'resources',
  'funds', 'money', 'broadband', 'coverage', 'capacity', 'fix', 'update', 'updates', 'patch', 'patches', 'servers', 'chips', 'models', 'robots', 'solutions', 'tools', 'infrastructure', 'chargers', 'sensors', 'airbags', 'cash',
];
/** Armed forces that cross, advance and break through (police are left out: they cross streets). */
const ARMED_FORCES = [
  'troops', 'soldiers', 'tanks', 'army', 'armies', 'forces', 'paratroopers', 'marines', 'units', 'divisions', 'fighters',
  'rebels', 'guerrillas', 'columns', 'battalions', 'regiments', 'brigades', 'militias', 'militiamen', 'insurgents',
  'legions', 'legionaries', 'cavalry', 'infantry', 'crusaders', 'knights', 'hussars', 'cossacks',
  // ("a column of Jacques and Parisians advanced on Meaux", "the brigade marched on the capital")
  'column', 'brigade', 'regiment', 'battalion', 'legion',
];
/** What is conceded in an election or a game: no concession to an opponent's demands. */
const CONTEST_LOSSES = ['defeat', 'election', 'elections', 'goal', 'goals', 'victory', 'race', 'game', 'match', 'points', 'point', 'set', 'seat', 'seats', 'penalty', 'penalties', 'lead', 'ground', 'runs', 'wickets'];
/** Armies and the sides of a war that are driven back, routed or repulsed. */
const ENEMIES = [...ARMED_FORCES, 'invaders', 'enemy', 'garrison', 'garrisons', 'occupiers', 'attackers', 'besiegers', 'defenders', 'legions', 'cavalry', 'infantry', 'fleet', 'corps', 'host'];
/** Votes, bills and contests that are "defeated" in politics: no battle. */
const ELECTORAL = ['election', 'elections', 'electoral', 'polls', 'ballot', 'vote', 'votes', 'voters', 'primary', 'primaries', 'referendum', 'runoff', 'nomination', 'caucus', 'caucuses', 'seat', 'seats', 'landslide', 'amendment', 'motion', 'measure', 'resolution', 'senate', 'house', 'congress', 'parliament', 'legislature', 'committee', 'court'];
/** Ships sunk or torpedoed in war. */
const VESSELS = ['ship', 'ships', 'flagship', 'battleship', 'battleships', 'cruiser', 'cruisers', 'destroyer', 'destroyers', 'carrier', 'carriers', 'submarine', 'submarines', 'vessel', 'vessels', 'fleet', 'liner', 'transport', 'transports', 'galley', 'galleys', 'frigate', 'frigates', 'warship', 'warships', 'tanker', 'tankers', 'merchantmen', 'gunboat', 'gunboats'];
/** Places and craft an attacker takes: a trigger even when the place is not named ("seized the arsenal"). */
const STRONGHOLDS = ['arsenal', 'fort', 'fortress', 'citadel', 'castle', 'barracks', 'garrison', 'stronghold', 'bridge', 'bridgehead', 'airport', 'airfield', 'town', 'towns', 'city', 'capital', 'village', 'villages', 'palace', 'ship', 'ships', 'vessel', 'warship', 'frigate'];
/** Words before a verb of taking that leave the place untaken: "failed to seize the bridge". */
const LEFT_UNDONE = ['not', 'never', 'failed'];
/** Words that open a count of people: "cut down two of the marshals", "roughly two dozen". */
const COUNT_OPENERS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'scores', 'many', 'several', 'roughly', 'about', 'nearly', 'some'];
/** Networks a government cuts or slows: "shut down the internet". */
const NETWORKS = ['internet', 'websites', 'networks', 'facebook', 'twitter', 'whatsapp', 'telegram', 'youtube', 'broadband', 'connections'];

/** Orders and restrictions that are revoked, and the verbs of revoking them. */
const REVOKING = ['revoked', 'rescinded', 'repealed', 'annulled'];
const REVOCABLE = ['order', 'orders', 'decree', 'decrees', 'edict', 'proclamation', 'ban', 'curfew', 'restrictions', 'sanctions', 'measures'];
/** Verbs of razing, and of shutting institutions down. */
const RAZING = ['destroyed', 'razed', 'demolished', 'desecrated', 'bulldozed', 'dynamited'];
const CLOSING = ['closed', 'shut', 'shut down', 'closed down'];
/** Places of worship and burial that are razed or desecrated (homes and villages are as often lost to storms). */
const DESTROYED_PLACES = ['mosque', 'mosques', 'church', 'churches', 'synagogue', 'synagogues', 'temple', 'temples', 'cemetery', 'cemeteries', 'graves', 'monastery', 'monasteries', 'shrine', 'shrines'];
/** Those who charge a crowd or a line: mounted police, cavalry, troops. */
const CHARGERS = ['police', 'cavalry', 'troops', 'troopers', 'soldiers', 'horsemen', 'hussars', 'knights', 'lancers', 'dragoons', 'infantry', 'militiamen', 'gendarmes', 'cossacks', 'regiment', 'brigade'];
/** What saboteurs and armies blow up. */
const DEMOLISHED_THINGS = ['bridge', 'bridges', 'railway', 'railways', 'tracks', 'line', 'lines', 'train', 'trains', 'depot', 'depots', 'arsenal', 'magazine', 'fortifications', 'tunnel', 'dam', 'building', 'buildings', 'headquarters', 'barracks', 'station', 'embassy', 'pipeline', 'plant', 'factory', 'ammunition', 'munitions', 'fort', 'walls', 'tower', 'mine', 'mines', 'car', 'bus', 'plane', 'aircraft', 'ship', 'ships', 'tank', 'tanks', 'road', 'roads', 'hotel', 'palace', 'monument', 'statue'];
/** Operations that are launched without force: rescues, searches, police work, business. */
const PEACEFUL_OPERATIONS = ['rescue', 'search', 'recovery', 'relief', 'humanitarian', 'evacuation', 'salvage', 'cleanup', 'clean', 'police', 'sting', 'undercover', 'investigation', 'surveillance', 'airlift', 'aid', 'medical', 'mining', 'business', 'commercial', 'marketing', 'advertising', 'election', 'fundraising', 'publicity', 'charm', 'diplomatic', 'vaccination', 'census', 'rescuers', 'firefighters', 'divers', 'investigators', 'detectives', 'officials'];
const FORCES = ['troops', 'soldiers', 'tanks', 'army', 'forces', 'paratroopers', 'marines', 'police', 'units', 'warships', 'reinforcements', 'divisions'];

export const TRIGGER_RULES: readonly TriggerRule[] = [
  // ASSAULT
  // "killed off", "lobbyists are trying to kill the bill": an end put to a plan, not to a life.
  { forms: ['licence to kill', 'license to kill'], type: '', pos: 'noun', blocks: true },
  { forms: ['killed off', 'kill off', 'killing off', 'kills off'], type: '', pos: 'verb', blocks: true },
  { forms: ['killed', 'kill', 'kills', 'killing', 'killings'], type: 'ASSAULT', pos: 'verb', violent: true, instrumentMode: true, notAimedAt: [...CRITICISED_THINGS, ...BIOLOGY, 'jobs', 'hopes', 'chances', 'momentum', 'talks', 'project', 'projects', 'livestock', 'cattle', 'animals', 'chickens', 'sheep', 'goats'] },
  { forms: ['massacred', 'massacre', 'massacres', 'slaughtered', 'murdered'], type: 'ASSAULT', pos: 'verb', violent: true, instrumentMode: true },
  // "fired a shot into the top corner", "shot wide": in a match report, shooting is play
  // (not a person who "was shot", whatever the sentence before says of a "match")
  { forms: ['shot', 'shots', 'shoot', 'shoots', 'shooting', 'fired', 'firing'], type: '', pos: 'verb', blocks: true, sportOnly: true, notPrecededBy: ['was', 'were', 'been', 'being'], window: 1 },
  // "rents shot to higher levels", "shot to fame": a rise, not gunfire.
  { forms: ['shot', 'shot up'], type: '', pos: 'verb', blocks: true, precededBy: MARKET_SUBJECTS, window: 3 },
  { forms: ['shot to fame', 'shot to prominence', 'shot to stardom', 'shot to the top', 'shot to number', 'shot to higher'], type: '', pos: 'verb', blocks: true },
  // "a fair shot", "a long shot", "a booster shot": chances and injections.
  { forms: ['shot', 'shots'], type: '', pos: 'noun', blocks: true, precededBy: ['fair', 'long', 'big', 'best', 'good', 'parting', 'booster', 'flu', 'mug', 'moon', 'another', 'real', 'decent', 'first', 'second', 'last', 'final', 'opening', 'slap', 'snap', 'screen'], window: 1 },
  { forms: ['shot', 'shoot', 'shoots', 'shooting', 'shootings', 'gunned', 'opened fire', 'open fire', 'opening fire', 'machine - gunned'], type: 'ASSAULT', mode: 'firearms', pos: 'verb', notAimedAt: [...FILMED_THINGS, ...FIGURATIVE_TARGETS, 'investors', 'markets', 'critics'] },
  { forms: ['fired', 'firing', 'fire'], type: 'ASSAULT', mode: 'firearms', pos: 'verb', followedBy: ['on', 'at', 'upon', 'into', 'shots', 'rounds'], window: 1 },
  // "fired without warning into a crowd"; "was fired from his job" is a dismissal.
  { forms: ['fired'], type: 'ASSAULT', mode: 'firearms', pos: 'verb', followedBy: ['into', 'upon', 'crowd', 'crowds'], notPrecededBy: ['was', 'were', 'been', 'being', 'be', 'is', 'get', 'got'], window: 3, playable: true },
  { forms: ['fired', 'firing'], type: 'ASSAULT', pos: 'verb', followedBy: ['tear', 'rubber', 'bullets', 'rockets', 'missiles', 'shells', 'mortars', 'grenades', 'live'], window: 2, instrumentMode: true },
  // Riot-control weapons used on people: deliberate force that can cause physical harm.
  { forms: ['tear gas', 'teargas', 'water cannon', 'water cannons', 'stun grenades', 'rubber bullets', 'baton charge', 'baton charges', 'baton - charged', 'pepper spray'], type: 'ASSAULT', pos: 'noun', precededBy: ['fired', 'firing', 'used', 'using', 'with', 'and', 'fire'], window: 3 },
  { forms: ['exchanged fire', 'exchange of fire', 'exchanges of fire', 'traded fire', 'exchanged gunfire', 'artillery exchanges', 'exchanged artillery fire', 'artillery duels'], type: 'ASSAULT', pos: 'verb', instrumentMode: true },
  { forms: ['threw', 'hurled', 'throwing', 'hurling', 'pelted'], type: 'ASSAULT', pos: 'verb', followedBy: ['stones', 'rocks', 'bricks', 'bottles', 'molotov', 'petrol', 'firebombs', 'fireworks', 'grenades', 'grenade', 'rocks', 'projectiles', 'missiles', 'eggs', 'tomatoes', 'paint', 'manure'], notFollowedBy: ['party', 'parties', 'celebration', 'display', 'show'], window: 5, instrumentMode: true },
  // ("hurled eggs, fireworks and bottles at the barricades", "sprayed liquid manure at police lines", "pelted police with eggs")
  { forms: ['threw', 'hurled', 'throwing', 'hurling', 'pelted', 'sprayed', 'spraying'], type: 'ASSAULT', pos: 'verb', followedBy: ['police', 'officers', 'lines', 'barricades', 'troops', 'soldiers', 'guards', 'riot', 'gendarmes', 'cordon', 'cordons'], notFollowedBy: ['weight', 'support', 'party', 'parties', 'light', 'doubt', 'crops', 'fields', 'pesticide', 'pesticides'], window: 9, violent: true },
  { forms: ['bombed', 'bombing', 'bombings', 'bomb attack', 'bomb attacks', 'car bomb'], type: 'ASSAULT', mode: 'explosives', pos: 'verb', notPrecededBy: ['carpet'], window: 1, instrumentMode: true },
  { forms: ['suicide bombing', 'suicide bomber', 'suicide attack'], type: 'ASSAULT', mode: 'suicide-attack', pos: 'noun' },
  { forms: ['shelled', 'shelling', 'bombarded', 'bombardment'], type: 'ASSAULT', mode: 'heavy-weapons', pos: 'verb' },
  { forms: ['air strike', 'air strikes', 'airstrike', 'airstrikes', 'air raid', 'air raids', 'carpet bombing', 'carpet - bombed'], type: 'ASSAULT', mode: 'aerial', pos: 'noun' },
  // "put down scattered revolts": an adjective, not the verb of a rout
  { forms: ['scattered'], type: '', pos: 'verb', blocks: true, followedBy: ['revolts', 'revolt', 'uprisings', 'attacks', 'fighting', 'resistance', 'clashes', 'skirmishes', 'incidents', 'units', 'groups', 'bands', 'pockets', 'remnants', 'showers'], window: 1 },
  // Weapons and craft named for their use: "assault weapons", "attack helicopters" tell no attack.
  {
    forms: [
      'assault weapon', 'assault weapons', 'assault rifle', 'assault rifles', 'assault ship', 'assault ships', 'assault craft', 'assault course',
      'attack helicopter', 'attack helicopters', 'attack aircraft', 'attack submarine', 'attack submarines', 'attack dog', 'attack dogs', 'attack ad', 'attack ads',
    ],
    type: '', pos: 'noun', blocks: true,
  },
  // "customers besieged the counter", "our critic attacked a plate of wings", "took London by storm": figures.
  { forms: ['attacked', 'attack', 'attacks', 'attacking', 'stormed', 'storming', 'besieged', 'invaded', 'invade', 'invades', 'invading', 'raided', 'ambushed'], type: '', pos: 'verb', blocks: true, precededBy: [...NON_COMBATANTS, ...GERMS], notPrecededBy: PASSIVE_AUXILIARIES, window: 3 },
  { forms: ['kill', 'kills', 'killed', 'killing'], type: '', pos: 'verb', blocks: true, precededBy: GERMS, notPrecededBy: PASSIVE_AUXILIARIES, window: 3 },
  { forms: ['by storm'], type: '', pos: 'noun', blocks: true },
  // "weather the storm", "a political storm", "during a violent storm": the weather or an uproar, not an assault.
  { forms: ['storm', 'storms'], type: '', pos: 'noun', blocks: true, precededBy: ['the', 'a', 'this', 'that', 'perfect', 'political', 'tropical', 'winter', 'snow', 'dust', 'financial', 'economic', 'of', 'weather', 'diplomatic', 'media', 'violent', 'severe', 'heavy', 'fierce', 'powerful', 'sudden', 'freak', 'summer', 'autumn', 'spring', 'rain', 'hail', 'ice', 'thunder', 'electrical', 'sand', 'solar', 'geomagnetic', 'firestorm', 'great'], window: 1 },
  // "attacked the budget as a betrayal": words aimed at a policy criticise it.
  { forms: ['attacked', 'attacking', 'attacks'], type: 'ACCUSE', pos: 'verb', aimedAt: CRITICISED_THINGS, notAimedAt: WORKS },
  { forms: ['attacked', 'attack', 'attacks', 'attacking', 'assaulted', 'assault', 'assaults', 'ambushed', 'ambush', 'raided', 'raid', 'stormed', 'storming'], type: 'ASSAULT', pos: 'verb', notPrecededBy: ['heart', 'panic', 'asthma', 'phishing', 'cyber', 'ransomware', 'hacking', 'malware', 'verbal', 'personal', 'scathing', 'blistering', 'sharp', 'stinging', 'political'], notAimedAt: [...ABSTRACT_ADVERSARIES, ...RIGHTS_AND_INSTITUTIONS, ...CRITICISED_THINGS, ...WORKS, ...BIOLOGY, ...FIGURATIVE_TARGETS], window: 1, instrumentMode: true , playable: true },
  // "storm the palace", "troops storm parliament", "to storm Sevastopol"; not "a category 5 storm", "storms made the sound too dangerous"
  { forms: ['storm', 'storms'], type: 'ASSAULT', pos: 'verb', asVerbAfter: ['to', 'will', 'would', 'could', 'can', 'must', 'might', 'may', 'should', 'did', 'not', 'troops', 'soldiers', 'police', 'rebels', 'protesters', 'demonstrators', 'forces', 'militants', 'crowds', 'fighters', 'gunmen', 'students', 'marines', 'commandos', 'mobs', 'rioters', 'insurgents'], notAimedAt: [...ABSTRACT_ADVERSARIES, ...RIGHTS_AND_INSTITUTIONS, ...CRITICISED_THINGS, ...WORKS, ...BIOLOGY, ...FIGURATIVE_TARGETS], window: 1, instrumentMode: true, playable: true },
  // "stormed back into parliament", "stormed off the stage": a comeback or a walkout, not an assault.
  { forms: ['stormed back', 'storm back', 'storming back', 'storms back', 'stormed off', 'stormed out', 'storming out', 'stormed to victory', 'storm to victory'], type: '', pos: 'verb', blocks: true },
  { forms: ['invaded', 'invasion', 'invade', 'invading', 'invades'], type: 'ASSAULT', pos: 'verb', instrumentMode: true, notAimedAt: ['privacy', 'space', 'market', 'markets', 'pitch', 'field', 'stage', 'lives', 'dreams', 'thoughts', ...BIOLOGY] },
  // Armies or fleets that meet give battle ("the two armies met at Hastings"); people who meet hold talks (CONSULT).
  { forms: ['met'], type: 'ASSAULT', pos: 'verb', precededBy: ['armies', 'fleets'], window: 1 },
  // "Fighting had flared again in late August", "violence erupted in the north"
  { forms: ['fighting', 'violence'], type: 'ASSAULT', pos: 'noun', followedBy: ['flared', 'erupted', 'resumed', 'raged', 'intensified', 'escalated', 'broke', 'breaks', 'spread', 'spilled', 'continued', 'engulfed'], window: 3 },
  // "heavy fighting was reported", "street fighting"
  { forms: ['fighting'], type: 'ASSAULT', pos: 'noun', precededBy: ['heavy', 'fierce', 'intense', 'street', 'sporadic', 'renewed', 'bitter', 'bloody', 'factional', 'house-to-house'], window: 1 },
  { forms: ['clashed', 'clashes', 'clash', 'fought', 'skirmishes', 'skirmished', 'skirmish'], type: 'ASSAULT', pos: 'verb', notFollowedBy: ['over', 'about', 'for'], notAimedAt: [...ABSTRACT_ADVERSARIES, 'legal', 'court', 'courts', 'lawsuit', 'courtroom', 'tears', 'cancer', 'aims', 'interests', 'principles', 'goals', 'objectives', 'beliefs', 'schedule', 'schedules'], window: 1, instrumentMode: true , playable: true },
  // (a force five words back: "rebel fighters led by Laurent Nkunda advanced"; not "forces advanced 3 percent", though armies cross "at several points")
  { forms: ['crossed', 'advanced', 'pushed into', 'crossed into'], type: 'ASSAULT', pos: 'verb', precededBy: ARMED_FORCES, notFollowedBy: ['%', 'percent', 'cents', 'sharply', 'slightly', 'steadily'], window: 5, instrumentMode: true },
  { forms: ['offensive', 'offensives'], type: 'ASSAULT', pos: 'noun', precededBy: ['launched', 'launch', 'launching', 'resume', 'resumed', 'began', 'begun', 'new', 'spring', 'major', 'ground', 'military', 'its', 'their', 'counter', 'final', 'surprise', 'strategic'], window: 4, instrumentMode: true , playable: true },
  // "launched Operation Georgette", "Operation Marne was launched on 15 July"
  { forms: ['launched', 'launch', 'launching'], type: 'ASSAULT', pos: 'verb', followedBy: ['operation', 'operations', 'counteroffensive', 'counteroffensives', 'offensives'], notFollowedBy: PEACEFUL_OPERATIONS, notPrecededBy: PEACEFUL_OPERATIONS, notAimedAt: [...ABSTRACT_ADVERSARIES, ...PEACEFUL_OPERATIONS], window: 3, violent: true, playable: true },
  { forms: ['launched'], type: 'ASSAULT', pos: 'verb', precededBy: ['operation', 'offensive', 'counteroffensive', 'invasion'], notPrecededBy: PEACEFUL_OPERATIONS, window: 4, playable: true },
  // "halted the German advance at the Marne", "the offensive was halted": a battle fought off
  { forms: ['halted', 'stopped', 'checked', 'blunted'], type: 'ASSAULT', pos: 'verb', followedBy: ['advance', 'offensive', 'drive', 'onslaught', 'invasion'], notAimedAt: [...CRITICISED_THINGS, ...RIGHTS_AND_INSTITUTIONS, ...ABSTRACT_ADVERSARIES, ...MARKET_SUBJECTS, ...FIGURES], window: 4, playable: true },
  { forms: ['halted', 'stopped', 'checked', 'blunted'], type: 'ASSAULT', pos: 'verb', precededBy: ['advance', 'offensive', 'drive', 'onslaught', 'invasion'], notFollowedBy: ['by'], window: 3, playable: true },
  // "won a decisive victory at Five Forks", "a victory over the Persians"; not an election or a case won
  { forms: ['victory', 'victories'], type: 'ASSAULT', pos: 'noun', precededBy: ['won', 'win', 'wins', 'winning', 'scored', 'gained', 'achieved'], notPrecededBy: [...ELECTORAL, 'legal', 'moral', 'diplomatic', 'political', 'propaganda', 'pyrrhic'], aimedAt: ['at', 'near', 'over', 'against', 'outside'], notAimedAt: [...ELECTORAL, ...CONTEST_LOSSES], window: 4, violent: true, playable: true },
  // "the Germans used chlorine gas at Ypres"; tear gas is its own trigger
  { forms: ['used', 'using', 'released'], type: 'ASSAULT', pos: 'verb', followedBy: ['chlorine', 'mustard', 'phosgene', 'sarin', 'napalm', 'poison', 'chemical', 'nerve'], notFollowedBy: ['tear', 'pepper', 'weapons'], window: 3, violent: true },
  // "the British lost 20,000 men on the first day": the fighting told by the men it cost
  { forms: ['lost', 'losing'], type: 'ASSAULT', pos: 'verb', followedBy: ['men', 'soldiers', 'troops'], notFollowedBy: ['jobs', 'contact', 'touch', 'faith', 'confidence', 'weight'], window: 4, violent: true, playable: true },
  // "suffered heavy losses at the Battle of Binh Gia", "Lee's army suffered 28,000 casualties": the fighting told by its cost
  { forms: ['suffered', 'sustained'], type: 'ASSAULT', pos: 'verb', followedBy: ['losses', 'casualties'], precededBy: ENEMIES, window: 4 },
  { forms: ['suffered', 'sustained'], type: 'ASSAULT', pos: 'verb', followedBy: ['losses', 'casualties'], aimedAt: ['battle', 'siege', 'assault', 'attack', 'offensive', 'fighting'], window: 4 },
  { forms: ['broke through', 'overran', 'overrun', 'shelled'], type: 'ASSAULT', pos: 'verb', precededBy: FORCES, window: 3, instrumentMode: true },
  // "a squadron under Miaoulis broke through the blockade": ships and mounted troops break through as armies do
  { forms: ['broke through', 'breaking through', 'break through'], type: 'ASSAULT', pos: 'verb', precededBy: ['squadron', 'squadrons', 'fleet', 'ships', 'cavalry', 'infantry', 'column', 'columns', 'regiment', 'brigade', 'battalion', 'division', 'army'], window: 5, playable: true },
  { forms: ['overthrew', 'overthrown', 'overthrow', 'ousted', 'toppled'], type: 'ASSAULT', pos: 'verb', followedBy: ['government', 'regime', 'president', 'king', 'monarchy', 'prime', 'leader', 'the', 'him', 'dictator', 'shah', 'tsar', 'emperor'], window: 2 },
  { forms: ['captured', 'seized', 'snatched'], type: 'ASSAULT', mode: 'abduct', pos: 'verb', followedBy: ['soldiers', 'soldier', 'civilians', 'hostages', 'journalists', 'workers', 'tourists', 'officers', 'aid', 'missionaries', 'pilots', 'sailors', 'pupils', 'schoolchildren', 'schoolgirls', 'schoolboys', 'students', 'girls', 'boys', 'children', 'villagers', 'passengers', 'worshippers'], window: 4 },
  { forms: ['seized', 'captured', 'stormed', 'recaptured', 'retook', 'retaken'], type: 'ASSAULT', pos: 'verb', followedBy: ['control', 'town', 'city', 'airport', 'building', 'buildings', 'village', 'base', 'territory', 'capital', 'parliament', 'port', 'bridge', 'station', 'office', 'headquarters', 'embassy', 'palace', 'fort', 'barracks', 'garrison', 'island', 'hill', 'province', 'region', 'forts', 'towns', 'cities', 'villages', 'territories', 'ports', 'bases', 'islands', 'positions', 'peninsula', 'colonies', 'possessions', 'fortress', 'islet', 'castle', 'castles', 'galleys', 'ships', 'vessels', 'frigates', 'stations', 'armouries', 'armories', 'arsenal', 'arsenals', 'airfield', 'airfields', 'airstrip', 'airbase', 'redoubt', 'redoubts', 'trenches', 'citadel', 'stronghold', 'strongholds', 'outpost', 'outposts', 'pass'], window: 4 },
  { forms: ['struck', 'strike', 'pounded', 'hit', 'destroyed', 'flattened', 'levelled', 'leveled'], type: 'ASSAULT', pos: 'verb', precededBy: ['aircraft', 'jets', 'missiles', 'bombers', 'planes', 'warplanes', 'drones', 'artillery', 'rockets', 'gunboats', 'warships'], window: 2, instrumentMode: true , playable: true },
  // "India struck nine sites": strikes on military targets, whoever the subject.
  { forms: ['struck', 'strikes', 'hit', 'pounded'], type: 'ASSAULT', pos: 'verb', followedBy: ['targets', 'sites', 'positions', 'camps', 'bases', 'depots', 'convoy', 'convoys', 'bunkers', 'airfields', 'airbase', 'airbases', 'strongholds', 'hideouts'], violent: true, playable: true, window: 3, instrumentMode: true },
  // Battles told by their outcome: "defeated the northern earls", "destroyed the Norwegian army", "revolts were crushed".
  { forms: ['defeated', 'routed', 'crushed', 'annihilated', 'destroyed', 'wiped out', 'crush', 'crushing', 'broke', 'scattered', 'defeating'], type: 'ASSAULT', pos: 'verb', followedBy: ['army', 'armies', 'forces', 'troops', 'rebels', 'rebellion', 'revolt', 'revolts', 'uprising', 'earls', 'fleet', 'garrison', 'insurgents', 'insurgency', 'legions', 'invaders', 'militia', 'militias', 'guerrillas', 'offensive', 'offensives', 'invasion', 'positions', 'fortifications', 'depots', 'squadron', 'squadrons', 'divisions', 'regiments', 'corps', 'navy', 'navies', 'force', 'expedition', 'host'], window: 5, violent: true, playable: true },
  // "defeated Bragg at Chattanooga", "the French were defeated near Sedan"; not "defeated at the polls", "the bill was defeated in the Senate"
  { forms: ['defeated', 'routed'], type: 'ASSAULT', pos: 'verb', followedBy: ['at', 'near', 'outside'], notAimedAt: [...ELECTORAL, ...CRITICISED_THINGS, ...CONTEST_LOSSES], window: 4, violent: true, playable: true },
  // "defeated Russia in a series of battles"
  { forms: ['defeated', 'routed'], type: 'ASSAULT', pos: 'verb', aimedAt: ['battle', 'battles', 'siege', 'engagement'], notAimedAt: [...ELECTORAL, ...CONTEST_LOSSES], violent: true, playable: true },
  // "suffered a heavy defeat at Ostrołęka", "inflicted a crushing defeat on the Persians": a battle named by its place or foe; not an electoral defeat
  { forms: ['defeat', 'defeats'], type: 'ASSAULT', pos: 'noun', precededBy: ['suffered', 'suffering', 'suffers', 'inflicted', 'inflicting', 'inflicts', 'inflict'], followedBy: ['at', 'near', 'outside', 'on'], notPrecededBy: ELECTORAL, notAimedAt: ELECTORAL, window: 4, playable: true },
  // "the garrison was driven back", "having been pushed back into Libya": armies moved by force
  { forms: ['driven out', 'driven back', 'pushed back', 'beaten back', 'forced back', 'thrown back', 'repulsed', 'repelled', 'driven off', 'beaten off'], type: 'ASSAULT', pos: 'verb', precededBy: ENEMIES, window: 6, playable: true },
  // ("drove the Reichswehr and Freikorps units out of Essen")
  { forms: ['drove', 'driving', 'pushed', 'repulsed', 'repelled', 'beat'], type: 'ASSAULT', pos: 'verb', followedBy: ['out', 'back', 'off'], aimedAt: [...ENEMIES, 'attack', 'attacks', 'assault', 'assaults', 'offensive', 'invasion'], window: 6, playable: true },
  { forms: ['repulsed', 'repelled'], type: 'ASSAULT', pos: 'verb', aimedAt: [...ENEMIES, 'attack', 'attacks', 'assault', 'assaults', 'offensive', 'invasion', 'landing', 'landings'], playable: true },
  // "launched an uprising": the rising begins with its fighting
  // "a sortie towards Versailles was routed", "flew 200 sorties": a sally or a combat flight
  // (not a rate: "pilots flew four or five sorties a day", "hundreds of sorties flown every day")
  { forms: ['sortie', 'sorties'], type: 'ASSAULT', pos: 'noun', notPrecededBy: ['fashion', 'literary', 'political'], notFollowedBy: ['day', 'daily', 'per', 'every', 'each'], window: 3 },
  // "the garrison threw them back", "beat back the assault"
  { forms: ['threw them back', 'threw back', 'beat back', 'beaten back', 'beat them back', 'hurled back', 'hurled them back', 'flung back'], type: 'ASSAULT', pos: 'verb', notFollowedBy: ['drink', 'drinks', 'head', 'covers', 'curtains', 'shoulders'], window: 2, violent: true, playable: true },
  { forms: ['launched', 'launch', 'launching'], type: 'ASSAULT', pos: 'verb', followedBy: ['uprising', 'rising', 'revolt', 'rebellion', 'insurrection', 'insurgency', 'counterattack', 'sortie', 'sorties'], window: 3 },
  // "mounted police charged the crowd", "the cavalry charged"; not "charged the suspect with theft"
  // a charge over ground ("charged down the slopes") is never the legal sense
  { forms: ['charged down', 'charged up', 'charged across', 'charged through', 'charged into'], type: 'ASSAULT', pos: 'verb', precededBy: CHARGERS, window: 8, playable: true },
  // "mounted policemen rode into the crowd swinging clubs"
  { forms: ['rode into the crowd', 'rode into the crowds', 'rode into the protesters', 'rode into the marchers', 'rode down'], type: 'ASSAULT', pos: 'verb', precededBy: [...CHARGERS, 'policemen', 'constables', 'specials', 'mounted'], window: 6, violent: true, playable: true },
  // "the mob turned on their Protestant neighbours", "the soldiers turned on the crowd"
  { forms: ['turned on', 'turned upon', 'turn on', 'turning on'], type: 'ASSAULT', pos: 'verb', precededBy: [...ARMED_FORCES, 'mob', 'mobs', 'crowd', 'crowds', 'rioters', 'militia', 'guards', 'police', 'gangs', 'townspeople', 'peasants'], notFollowedBy: ['lights', 'light', 'tv', 'television', 'radio', 'engine', 'heating', 'tap', 'taps', 'charm', 'computer'], window: 5, violent: true, playable: true },
  // "cut down two of the marshals", "guards cut down roughly two dozen attendants", "they were cut down as they fled";
  // not trees, costs or a state "cut down and divided": people or a count of them must be named
  { forms: ['cut down', 'cutting down', 'cuts down'], type: 'ASSAULT', pos: 'verb', followedBy: [...COUNT_OPENERS, 'him', 'them', 'her', 'men', 'soldiers', 'civilians', 'prisoners', 'defenders', 'fugitives', 'survivors'], notFollowedBy: ['on', 'trees', 'forests', 'costs', 'prices'], window: 3, violent: true, playable: true },
  { forms: ['were cut down', 'was cut down'], type: 'ASSAULT', pos: 'verb', precededBy: ['they', 'he', 'she', 'who', 'men', 'fugitives', 'survivors', 'prisoners', 'defenders', ...ENEMIES], window: 4, violent: true, playable: true },
  // "ran him through", "was run through with a pike"
  { forms: ['ran him through', 'ran them through', 'run him through', 'was run through', 'were run through'], type: 'ASSAULT', pos: 'verb' },
  // "broke through the gate of the headquarters", "broke through police cordons"
  { forms: ['broke through', 'breaking through', 'broken through'], type: 'ASSAULT', pos: 'verb', followedBy: ['gate', 'gates', 'cordon', 'cordons', 'barricade', 'barricades', 'barriers', 'defences', 'defenses', 'walls', 'lines'], window: 4, violent: true, playable: true },
  // "rode from village to village hanging suspected rebels"
  { forms: ['hanging'], type: 'ASSAULT', mode: 'execute', pos: 'verb', followedBy: ['rebels', 'prisoners', 'suspects', 'deserters', 'peasants', 'insurgents', 'mutineers', 'ringleaders', 'men'], window: 3 },
  { forms: ['charged'], type: 'ASSAULT', pos: 'verb', precededBy: CHARGERS, notFollowedBy: ['with', 'that', 'in', 'fees', 'fee', 'prices', 'interest'], window: 4, playable: true },
  // a caption's present tense: "State troopers with clubs and tear gas charge about 600 marchers"; not "charge them with obstruction"
  // ("the knights rode out over the bridge and charged the crowd")
  { forms: ['charge', 'charges', 'charged'], type: 'ASSAULT', pos: 'verb', followedBy: ['marchers', 'protesters', 'demonstrators', 'crowd', 'crowds', 'strikers', 'students', 'pickets', 'picketers', 'rioters', 'youths', 'mob', 'mobs'], notFollowedBy: ['with', 'for'], window: 4, playable: true },
  // "dropped atomic bombs on Hiroshima"
  { forms: ['dropped'], type: 'ASSAULT', mode: 'aerial', pos: 'verb', followedBy: ['bombs', 'bomb', 'atomic', 'napalm', 'incendiaries', 'incendiary', 'nuclear'], window: 3 },
  // "sank the Bismarck", "U-boats torpedoed three transports"; not "the ferry sank" (an accident) nor "torpedoed the talks";
  // ships scuttled to block a harbour are no attack"
  { forms: ['sank', 'sunk', 'sinking', 'torpedoed'], type: 'ASSAULT', pos: 'verb', aimedAt: VESSELS, notPrecededBy: PASSIVE_AUXILIARIES, window: 1, instrumentMode: true },
  { forms: ['sunk', 'torpedoed'], type: 'ASSAULT', pos: 'verb', precededBy: VESSELS, window: 4, instrumentMode: true },
  // "partisans blew up the bridge", "the depot was blown up"
  { forms: ['blew up', 'blow up', 'blowing up', 'dynamited'], type: 'ASSAULT', mode: 'explosives', pos: 'verb', aimedAt: DEMOLISHED_THINGS },
  { forms: ['blown up', 'dynamited'], type: 'ASSAULT', mode: 'explosives', pos: 'verb', precededBy: DEMOLISHED_THINGS, window: 4 },
  { forms: ['crushed', 'routed', 'put down', 'suppressed'], type: 'ASSAULT', pos: 'verb', precededBy: ['rebellion', 'revolt', 'revolts', 'uprising', 'uprisings', 'rising', 'mutiny', 'insurrection', 'rebels', 'rebellions', 'insurrections'], window: 5, violent: true },
  // "burned the lawyers' records", "a soldier burns books": records and books destroyed (PLOVER's CAMEO 1712)
  { forms: ['burned', 'burnt', 'burns', 'burning', 'burn'], type: 'ASSAULT', mode: 'destroy', pos: 'verb', followedBy: ['records', 'archives', 'books', 'documents', 'files', 'registers', 'charters', 'deeds', 'manuscripts', 'ledgers'], notFollowedBy: ['calories', 'fat', 'energy', 'fuel', 'cd', 'cds', 'dvd', 'dvds', 'disc', 'discs'], window: 4, violent: true },
  // "set much of the street ablaze"
  // (not "poured lighter fluid on his guitar and set it ablaze": a thing of one's own)
  // ("set the heavy wooden door of the town hall alight": the thing set on fire may take several words)
  { forms: ['ablaze', 'alight', 'on fire'], type: 'ASSAULT', mode: 'destroy', pos: 'verb', precededBy: ['set', 'sets', 'setting'], notPrecededBy: ['it', 'guitar', 'candle', 'candles', 'pyre', 'bonfire', 'fireplace', 'torch', 'heater', 'heaters', 'cigarette', 'lightning', 'spark', 'sparks', 'wiring', 'stove'], window: 10, violent: true },
  // "cemeteries were destroyed", "razed the mosque": places of worship and burial destroyed (PLOVER's CAMEO 1712)
  { forms: RAZING, type: 'ASSAULT', mode: 'destroy', pos: 'verb', precededBy: DESTROYED_PLACES, notFollowedBy: ['by'], window: 3, violent: true },
  { forms: RAZING, type: 'ASSAULT', mode: 'destroy', pos: 'verb', followedBy: DESTROYED_PLACES, window: 3, violent: true },
  // ("burned more than sixty castles": a count may stand between)
  { forms: ['burned', 'burnt', 'torched'], type: 'ASSAULT', mode: 'destroy', pos: 'verb', followedBy: ['villages', 'village', 'houses', 'homes', 'churches', 'church', 'cathedral', 'monastery', 'abbey', 'temple', 'palace', 'palaces', 'castle', 'castles', 'manors', 'barns', 'mills', 'mosques', 'mosque', 'synagogues', 'synagogue', 'town', 'towns', 'farms', 'shops', 'cars', 'vehicles', 'police', 'stations', 'offices', 'buildings', 'warships', 'ships', 'fleet', 'merchantmen', 'vessels', 'crops', 'fields'], notPrecededBy: ['fire', 'fires', 'flames', 'blaze', 'wildfire', 'wildfires', 'lightning'], notFollowedBy: ['out'], window: 5, violent: true },
  { forms: ['landed'], type: 'ASSAULT', pos: 'verb', precededBy: ARMED_FORCES, window: 3, instrumentMode: true },
  // "landed his army at Saint-Vaast", "landed at Peenemünde with an army of 13,000 men": forces put ashore (an army
  // that lands and fights is told by the fighting); not "landed with seven companions"
  { forms: ['landed'], type: 'MOBILIZE', mode: 'troops', pos: 'verb', followedBy: ['army', 'troops', 'soldiers', 'marines', 'legions', 'expeditionary', 'regiments', 'divisions'], window: 8 },
  { forms: ['took control of', 'seized control of', 'taken control of', 'regained control of', 'regained control', 'retook control of', 'seized power', 'took power'], type: 'ASSAULT', pos: 'verb', violent: true },
  { forms: ['occupied'], type: 'ASSAULT', pos: 'verb', notFollowedBy: ['with', 'by', 'in', 'himself', 'herself', 'themselves', 'positions', 'territories', 'territory', 'zone'], notPrecededBy: ['in', 'of', 'the', 'an', 'a', 'from', 'into', 'israeli', 'german', 'soviet'], window: 1 },
  { forms: ['besieged', 'siege'], type: 'ASSAULT', pos: 'verb', notPrecededBy: ['lifted', 'ended', 'broke', 'lift'], notFollowedBy: ['lifted', 'ended', 'broken'], window: 3 },
  { forms: ['beaten', 'beating', 'beatings', 'beat up', 'clubbed', 'lynched', 'lynching', 'bayoneted'], type: 'ASSAULT', mode: 'beat', pos: 'verb' , playable: true },
  { forms: ['beat'], type: 'ASSAULT', mode: 'beat', pos: 'verb', precededBy: ['police', 'soldiers', 'troops', 'guards', 'militiamen', 'mob', 'officers', 'paratroopers', 'thugs', 'gangs'], window: 1 , playable: true },
  { forms: ['tortured', 'torture'], type: 'ASSAULT', mode: 'torture', pos: 'verb' },
  // "the policy to be executed", "the execution of these programs": carrying out, not putting to death.
  { forms: ['burned at the stake', 'burnt at the stake', 'beheaded', 'guillotined', 'crucified'], type: 'ASSAULT', mode: 'execute', pos: 'verb' },
  // "he was strangled with a silk cord"; not an economy or a trade strangled
  // "social media were being throttled", "authorities shut down the internet": censorship, not a strangling
  { forms: ['throttled', 'throttling', 'shut down', 'shuts down', 'shutting down', 'cut off', 'switched off', 'restricted', 'restricting'], type: 'COERCE', mode: 'censor', pos: 'verb', aimedAt: NETWORKS },
  { forms: ['throttled', 'throttling'], type: 'COERCE', mode: 'censor', pos: 'verb', precededBy: [...NETWORKS, 'media', 'apps', 'platforms', 'services'], window: 4 },
  { forms: ['strangled', 'garrotted', 'garroted', 'throttled'], type: 'ASSAULT', pos: 'verb', notAimedAt: [...ABSTRACT_ADVERSARIES, 'economy', 'trade', 'growth', 'competition', 'supply', 'supplies', 'industry', 'investment', 'credit', 'sanctions', 'embargo', 'blockade', 'regulation', 'regulations', 'tape'] },
  // "the soldiers cut down the unarmed crowd"; not trees, spending or a rival's argument
  { forms: ['cut down', 'cutting down', 'cuts down'], type: 'ASSAULT', pos: 'verb', followedBy: ['crowd', 'crowds', 'them', 'protesters', 'demonstrators', 'civilians', 'fugitives', 'stragglers', 'defenders', 'prisoners', 'rebels', 'survivors', 'villagers', 'worshippers', 'people'], window: 3, violent: true },
  { forms: ['brawled', 'brawl', 'brawls', 'brawling', 'scuffled', 'scuffles', 'scuffle'], type: 'ASSAULT', mode: 'beat', pos: 'verb', playable: true },
  // "patrols pursued them", "police with dogs chase them"; not a case or a policy pursued
  // ("the whole army was in retreat, pursued by Oromo cavalry")
  { forms: ['pursued by', 'harried by', 'hunted by'], type: 'ASSAULT', pos: 'verb', followedBy: ENEMIES, window: 4, playable: true },
  // ("fell on the Roman flank", "fell upon the enemy's rear")
  { forms: ['fell on', 'fell upon'], type: 'ASSAULT', pos: 'verb', followedBy: ['flank', 'flanks', 'rear', 'camp', 'enemy', 'column', 'columns', 'army', 'garrison', 'troops', 'baggage', 'lines', 'town', 'village', 'city', 'invaders', 'defenders'], window: 4, playable: true },
  // ("The remaining brigades were fed into the fight one at a time and overwhelmed in turn")
  { forms: ['overwhelmed', 'overrun'], type: 'ASSAULT', pos: 'verb', precededBy: ['brigades', 'brigade', 'troops', 'army', 'garrison', 'defenders', 'positions', 'regiments', 'battalions', 'division', 'divisions', 'column', 'outposts', 'lines'], window: 12, playable: true },
  { forms: ['pursued', 'chased', 'chase', 'chases', 'chasing', 'hunted down'], type: 'ASSAULT', pos: 'verb', precededBy: ['police', 'soldiers', 'troops', 'patrols', 'cavalry', 'horsemen', 'militiamen', 'gendarmes', 'guards', 'army', 'forces'], notAimedAt: ['investigation', 'inquiry', 'case', 'cases', 'leads', 'charges', 'policy', 'policies', 'claims', 'reforms', 'talks', 'goal', 'goals', 'options', 'strategy', 'ball', 'march', 'course', 'journey', 'way', 'advance', 'route', 'studies', 'career'], window: 4, playable: true },
  // "waged a guerrilla war"; not a war on drugs, nor the power to wage war ("to wage war" is an intention)
  { forms: ['waged', 'waging'], type: 'ASSAULT', pos: 'verb', followedBy: ['war', 'wars', 'guerrilla', 'insurgency'], notPrecededBy: ['power', 'powers', 'right', 'authority'], notAimedAt: [...ABSTRACT_ADVERSARIES, 'terror', 'terrorism'], window: 3, violent: true },
  { forms: ['mortally wounded', 'fatally wounded', 'mortally injured', 'fatally injured'], type: 'ASSAULT', pos: 'verb', violent: true },
  // "the army staged a coup", "a failed coup", "a military coup"; the coup named as an episode ("since the coup",
  // "plotting a coup"), a diplomatic coup and a coup de grâce are not a new act
  // ("before sunrise the radio was announcing that a coup had failed"; "The coup failed in Madrid" tells again of the rising told before it)
  { forms: ['coup', 'putsch'], type: 'ASSAULT', pos: 'noun', followedBy: ['failed', 'collapsed', 'succeeded', 'toppled', 'ousted', 'overthrew', 'began', 'unfolded', 'attempt'], notPrecededBy: ['no', 'not', 'any', 'the'], window: 3 },
  { forms: ['coup', 'coups', "coup d ' etat", "coup d ' état", 'putsch'], type: 'ASSAULT', pos: 'noun', precededBy: ['staged', 'stage', 'staging', 'launched', 'attempted', 'mounted', 'led', 'military', 'bloodless', 'failed', 'abortive', 'palace', 'army'], notFollowedBy: ['de'], window: 3 },
  // "he was wounded at Gettysburg" (not the wounded counted beside the killed: "12 were killed and 30 were wounded")
  { forms: ['was wounded', 'was badly wounded', 'was seriously wounded', 'was severely wounded', 'was slightly wounded', 'was gravely wounded'], type: 'ASSAULT', pos: 'verb', notPrecededBy: ['killed', 'dead', 'died', 'injured'], window: 6, violent: true, playable: true },
  // "guards beat eleven detainees to death"
  { forms: ['beat', 'beaten'], type: 'ASSAULT', mode: 'beat', pos: 'verb', followedBy: ['death'], window: 5 },
  { forms: ['flogged', 'whipped', 'caned', 'scourged'], type: 'ASSAULT', mode: 'beat', pos: 'verb', playable: true },
  // "protesters overran his official residence" (armies overrun positions, above)
  { forms: ['overran', 'overrun'], type: 'ASSAULT', pos: 'verb', precededBy: ['protesters', 'demonstrators', 'crowds', 'crowd', 'rioters', 'mob', 'mobs'], window: 3 },
  { forms: ['took revenge on', 'took revenge against', 'take revenge on', 'exacted revenge on', 'reprisals against', 'reprisals on'], type: 'ASSAULT', pos: 'verb' },
  // "most towns had thrown out their garrisons"
  { forms: ['threw out', 'thrown out', 'throw out'], type: 'ASSAULT', pos: 'verb', followedBy: ['garrison', 'garrisons', 'troops', 'soldiers', 'occupiers', 'invaders'], window: 3 },
  // "exploded mines beneath the walls", "blew open the door with a bazooka round"
  { forms: ['exploded', 'exploding', 'detonated', 'detonating'], type: 'ASSAULT', mode: 'explosives', pos: 'verb', followedBy: ['mine', 'mines', 'bomb', 'bombs', 'charge', 'charges', 'explosives'], window: 3, violent: true },
  { forms: ['blew open', 'blown open', 'blasted open', 'blow open'], type: 'ASSAULT', mode: 'explosives', pos: 'verb', followedBy: ['door', 'doors', 'gate', 'gates', 'wall', 'walls', 'vault', 'safe'], window: 5, violent: true },
  // "demonstrators break into the building"; not tears, song, a market or the top ten
  { forms: ['broke into', 'break into', 'breaking into', 'breaks into', 'broken into', 'burst into'], type: 'ASSAULT', pos: 'verb', notFollowedBy: ['tears', 'song', 'songs', 'laughter', 'smile', 'grin', 'sweat', 'run', 'market', 'markets', 'top', 'business', 'industry', 'politics', 'films', 'television', 'cheers', 'applause', 'dance', 'chorus', 'flames', 'flower', 'bloom', 'print', 'sobs', 'programming', 'programme', 'programmes', 'program', 'programs', 'broadcast', 'broadcasts', 'regular', 'fragments', 'pieces', 'halves', 'factions', 'open', 'revolt', 'rebellion', 'mutiny'], window: 2, playable: true },
  // "the television centre was fought over for days" (the active "fought over money" is a quarrel)
  { forms: ['was fought over', 'were fought over', 'been fought over', 'is fought over'], type: 'ASSAULT', pos: 'verb', notAimedAt: ['court', 'courts', 'congress', 'parliament', 'senate', 'committee', 'courtroom'], playable: true },
  // a besieged garrison that breaks out (an armed sortie); not fighting or a fire that broke out
  { forms: ['break out', 'broke out', 'breaking out', 'broken out'], type: 'ASSAULT', pos: 'verb', precededBy: ['garrison', 'defenders', 'besieged', 'townspeople', 'encircled', 'trapped', 'surrounded'], notPrecededBy: ['between', 'among', 'fighting', 'war', 'violence', 'fire', 'fires', 'revolt', 'rebellion', 'mutiny', 'riots', 'clashes', 'protests', 'battle', 'epidemic', 'panic', 'disease', 'plague', 'hostilities', 'unrest', 'strike', 'strikes', 'uprising', 'insurrection', 'rioting', 'cholera'], window: 6, violent: true },
  // "were put to death in the main square", "impaled at Sardis", "burned at the stake"
  { forms: ['put to death', 'impaled', 'burned at the stake', 'burnt at the stake', 'broken on the wheel'], type: 'ASSAULT', mode: 'execute', pos: 'verb', violent: true },
  // "the garrison was put to the sword": a massacre
  { forms: ['put to the sword'], type: 'ASSAULT', pos: 'verb', violent: true },
  // "waylaid the magistrate on the road home"
  { forms: ['waylaid', 'waylay'], type: 'ASSAULT', pos: 'verb', violent: true },
  // "a protester struck by a tear gas canister", "was hit by a rubber bullet"
  { forms: ['struck by', 'hit by'], type: 'ASSAULT', pos: 'verb', followedBy: ['canister', 'canisters', 'bullet', 'bullets', 'baton', 'batons', 'truncheon', 'shell', 'shells', 'shrapnel', 'grenade', 'grenades', 'rocket', 'missile', 'sniper', 'stones', 'stone', 'rubber', 'tear', 'gunfire', 'shot', 'shots'], violent: true, window: 3 },
  // "forced their way into the National Assembly"
  { forms: ['forced their way into', 'forced its way into', 'forced his way into', 'forced their way in', 'broke their way into'], type: 'ASSAULT', pos: 'verb', violent: true },
  { forms: ['executed', 'execution', 'executions', 'hanged'], type: 'ASSAULT', mode: 'execute', pos: 'verb', ofPerson: true, notFollowedBy: ['plan', 'order', 'orders', 'strategy', 'manoeuvre', 'maneuver', 'contract'], window: 3, notAimedAt: TASKS, notPrecededBy: ['policy', 'policies', 'plan', 'plans', 'program', 'programs', 'programme', 'programmes', 'strategy', 'contract', 'contracts', 'order', 'orders', 'project', 'projects', 'trade', 'trades', 'agreement', 'perfectly', 'well', 'poorly', 'flawlessly', 'skilfully', 'skillfully', 'splendidly', 'brilliantly', 'carefully', 'badly', 'into'] },
  { forms: ['assassinated', 'assassination', 'assassinate'], type: 'ASSAULT', mode: 'assassinate', pos: 'verb' },
  // "the demonstrations had been hijacked by criminals": a movement taken over, no one abducted
  { forms: ['hijacked'], type: '', pos: 'verb', blocks: true, precededBy: ['demonstrations', 'protests', 'protest', 'movement', 'process', 'debate', 'agenda', 'campaign', 'rally', 'election', 'revolution', 'uprising', 'cause'], window: 4 },
  { forms: ['kidnapped', 'abducted', 'abduction', 'hijacked', 'taken hostage', 'took hostage'], type: 'ASSAULT', mode: 'abduct', pos: 'verb' },
  // ("another mass kidnapping from a school"; not "an alleged kidnapping attempt", "kidnapping charges")
  { forms: ['kidnapping', 'kidnappings', 'abductions'], type: 'ASSAULT', mode: 'abduct', pos: 'noun', notFollowedBy: ['attempt', 'attempts', 'plot', 'plots', 'charge', 'charges', 'case', 'cases', 'ring', 'rings', 'gang', 'gangs', 'industry', 'trial'], notPrecededBy: ['alleged', 'attempted', 'prolonged', 'of'], window: 1 },
  // "held hostage to the pet projects of a few": a figure of speech.
  { forms: ['hostage to', 'captive to', 'hostages to'], type: '', pos: 'noun', blocks: true },
  { forms: ['hostage', 'hostages', 'captive', 'captives'], type: 'ASSAULT', mode: 'abduct', pos: 'noun', precededBy: ['took', 'taken', 'taking', 'takes', 'seized', 'held'], window: 4 },
  // "the hostages were held for 444 days", "detainees are held in the stadium"; not "prisoners held talks"
  // (a passive: not "200 prisoners held in Israel", a state told in passing)
  { forms: ['were held', 'are held', 'was held', 'is held', 'being held', 'been held'], type: 'COERCE', mode: 'arrest', pos: 'verb', precededBy: ['hostages', 'captives', 'prisoners', 'detainees', 'internees'], notFollowedBy: ['talks', 'out', 'up', 'responsible', 'accountable', 'liable'], window: 2 },
  { forms: ['raped'], type: 'ASSAULT', mode: 'sexual', pos: 'verb' },
  { forms: ['stabbed', 'stoned'], type: 'ASSAULT', mode: 'primitive', pos: 'verb' },
  // "Man dies after stabbing", "a stabbing outside a bar" (not "stabbing pains")
  { forms: ['stabbing', 'stabbings'], type: 'ASSAULT', mode: 'primitive', pos: 'noun', notFollowedBy: ['pain', 'pains', 'motion', 'motions', 'sensation'], window: 1 },
  { forms: ['set fire to', 'set on fire', 'set ablaze', 'torched', 'burned down', 'burnt down', 'razed', 'demolished'], type: 'ASSAULT', mode: 'destroy', pos: 'verb', violent: true },
  // ("youths who smashed shop and bank windows")
  { forms: ['smashed', 'smashing', 'vandalised', 'vandalized', 'ransacked'], type: 'ASSAULT', mode: 'destroy', pos: 'verb', followedBy: ['windows', 'window', 'shopfronts', 'storefronts', 'shops', 'cars', 'vehicles', 'offices', 'banks', 'property', 'statues', 'monuments', 'headquarters', 'homes', 'houses', 'polling'], window: 4, violent: true, playable: true },
  // ("ended in street battles with police", "running battles with riot police")
  { forms: ['street battles', 'pitched battles', 'running battles', 'pitched battle', 'running battle', 'gun battle', 'gun battles', 'firefight', 'firefights', 'shootout'], type: 'ASSAULT', pos: 'noun' },
  // ("the crew raised a white flag", "hoisted the white flag")
  { forms: ['raised a white flag', 'raised the white flag', 'hoisted a white flag', 'hoisted the white flag', 'ran up the white flag'], type: 'RETREAT', mode: 'surrender', pos: 'verb' },
  // ("The war began on 15 April", "when war broke out in 1914")
  { forms: ['war', 'civil war'], type: 'ASSAULT', pos: 'noun', followedBy: ['began', 'broke', 'erupted', 'started'], notPrecededBy: ['trade', 'price', 'tariff', 'bidding', 'cold', 'culture', 'words', 'ratings'], window: 1 },
  // ("Heavy gunfire was heard near the palace", "residents heard explosions")
  { forms: ['gunfire', 'gunshots', 'shots', 'explosions', 'shelling', 'artillery fire'], type: 'ASSAULT', pos: 'noun', followedBy: ['heard', 'rang', 'echoed', 'erupted', 'reported'], notPrecededBy: ['no'], window: 4, violent: true },
  { forms: ['gunfire', 'gunshots', 'explosions', 'artillery fire'], type: 'ASSAULT', pos: 'noun', precededBy: ['heard', 'reported'], window: 3, violent: true },

  // PROTEST
  { forms: ['march', 'marches', 'marched', 'marching'], type: 'PROTEST', mode: 'demo', pos: 'verb', lowercaseOnly: true, notFollowedBy: ['into'], window: 1 },
  // "protested his innocence": a denial, not a protest.
  { forms: ['protested', 'protesting', 'protests', 'protest'], type: '', pos: 'verb', blocks: true, followedBy: ['innocence'], window: 3 },
  { forms: ['protest', 'protests', 'protested', 'protesting'], type: 'PROTEST', mode: 'demo', pos: 'verb', notPrecededBy: ['in'], window: 1 },
  // Gatherings are protests only when the gatherers are named as protesters or supporters.
  { forms: ['gathered', 'assembled', 'converged'], type: 'PROTEST', mode: 'demo', pos: 'verb', precededBy: ['protesters', 'protestors', 'demonstrators', 'supporters', 'opponents', 'crowds', 'strikers', 'marchers'], followedBy: ['outside', 'in', 'at', 'near', 'opposite', 'before', 'around'], window: 5 },
  // (after the rule above: its crowds need no cue)
  // "thousands gathered outside the palace demanding his release", "students assembled in the square to protest"
  { forms: ['gathered', 'gather', 'gathers', 'gathering', 'assembled', 'assemble', 'massed'], type: 'PROTEST', mode: 'demo', pos: 'verb', precededBy: ['crowd', 'crowds', 'thousands', 'hundreds', 'people', 'students', 'workers', 'residents', 'villagers', 'peasants', 'women', 'youths', 'citizens', 'miners'], followedBy: ['outside', 'in', 'at', 'near', 'opposite', 'before', 'around', 'on'], window: 5, protestCue: true },
  // a caption's present tense, said of protesters (crowds that gather are as often mourners or onlookers)
  { forms: ['gather', 'gathers', 'assemble', 'assembles'], type: 'PROTEST', mode: 'demo', pos: 'verb', precededBy: ['protesters', 'protestors', 'demonstrators', 'strikers', 'marchers', 'supporters', 'opponents'], window: 3 },
  // a protest banned is the ban's object, not a protest held: "the government banned all demonstrations"
  // (but "a banned march" went ahead)
  { forms: ['demonstration', 'demonstrations', 'protest', 'protests', 'rally', 'rallies', 'march', 'marches', 'strike', 'strikes', 'gatherings', 'meetings'], type: '', pos: 'noun', blocks: true, precededBy: ['banned', 'banning', 'bans', 'prohibited', 'prohibiting', 'prohibits', 'forbade', 'forbidding', 'forbids', 'outlawed', 'outlawing', 'outlaws'], notPrecededBy: ['a', 'an'], window: 2 },
  { forms: ['demonstration', 'demonstrations'], type: 'PROTEST', mode: 'demo', pos: 'noun', notFollowedBy: ['of', 'that', 'how'], window: 1 },
  // The verb also means "showed": it is a protest only when a place, a time or a cause follows.
  { forms: ['demonstrated', 'demonstrating', 'demonstrate'], type: 'PROTEST', mode: 'demo', pos: 'verb', followedBy: ['against', 'in', 'outside', 'at', 'for', 'near', 'on', 'across', 'throughout', 'peacefully', 'again', 'today', 'yesterday', ',', '.', 'there', 'daily', 'through'], window: 1 },
  { forms: ['rally', 'rallies'], type: 'PROTEST', mode: 'demo', pos: 'noun', precededBy: ['a', 'the', 'mass', 'peace', 'protest', 'day', 'large', 'huge', 'big', 'opposition', 'election', 'campaign', 'anti', 'pro', 'street', 'student', 'nationwide', 'several', 'separate', 'rights'], window: 1 },
  { forms: ['rallied'], type: 'PROTEST', mode: 'demo', pos: 'verb', followedBy: ['in', 'at', 'outside', 'near', 'against', 'on', 'across', 'through', 'throughout'], window: 1 },
  { forms: ['took to the streets', 'take to the streets', 'taking to the streets', 'sit - in', 'sit - ins'], type: 'PROTEST', mode: 'demo', pos: 'noun' },
  // "young people were back on the streets", "calls to bring people onto the streets"
  { forms: ['back on the streets', 'people onto the streets', 'people into the streets', 'supporters onto the streets', 'supporters into the streets'], type: 'PROTEST', mode: 'demo', pos: 'noun' },
  // "carried banners calling for the release of", "waving placards"
  { forms: ['carried banners', 'carrying banners', 'waved banners', 'waving banners', 'carried placards', 'carrying placards', 'waved placards', 'waving placards', 'held placards', 'holding placards'], type: 'PROTEST', mode: 'demo', pos: 'verb' },
  { forms: ['looted', 'looting', 'ransacked'], type: 'PROTEST', mode: 'riot', pos: 'verb' },
  // a crowd tearing down a regime's statue, a soldiers' mutiny, a self-immolation: protest acts
  { forms: ['pulled down', 'tore down', 'torn down', 'toppled', 'pulling down', 'tearing down'], type: 'PROTEST', mode: 'riot', pos: 'verb', aimedAt: ['statue', 'statues', 'monument', 'monuments', 'bust', 'busts', 'emblem', 'emblems', 'portraits', 'symbols', 'flag', 'flags'] },
  { forms: ['mutinied'], type: 'PROTEST', pos: 'verb' },
  // "the Nama rose against the colonial power": a people taking up arms ("were revolted by" is disgust)
  // (not "the dollar rose against the yen")
  { forms: ['rose against', 'rose up against', 'rose in revolt', 'rose in rebellion', 'rose in arms'], type: 'MOBILIZE', pos: 'verb', notPrecededBy: MARKET_SUBJECTS, notFollowedBy: [...FIGURES, 'yen', 'dollar', 'euro', 'pound', 'franc', 'mark', 'sterling', 'rouble', 'ruble', 'yuan'], window: 3 },
  { forms: ['rebelled', 'revolted'], type: 'MOBILIZE', pos: 'verb', notPrecededBy: ['was', 'were', 'been', 'is', 'are', 'be', 'felt'], window: 1 },
  // "Some 500 students march into the city centre" (troops that march into a town are a build-up)
  { forms: ['march into', 'marched into', 'marching into', 'marches into'], type: 'PROTEST', mode: 'demo', pos: 'verb', precededBy: ['students', 'protesters', 'protestors', 'demonstrators', 'workers', 'pupils', 'marchers', 'strikers', 'women', 'crowds', 'miners', 'farmers', 'peasants'], window: 4 },
  // "joined hands to form a human chain" is one act, told by its first words
  { forms: ['joined hands', 'joining hands', 'join hands', 'linked arms', 'linking arms'], type: 'PROTEST', mode: 'demo', pos: 'verb', followedBy: ['chain', 'chains'], window: 5 },
  { forms: ['human chain', 'human chains'], type: 'PROTEST', mode: 'demo', pos: 'noun', notPrecededBy: ['hands', 'arms'], window: 4 },
  { forms: ['camped', 'camp', 'camping', 'encamped'], type: 'PROTEST', mode: 'demo', pos: 'verb', precededBy: ['protesters', 'protestors', 'demonstrators', 'students', 'marchers', 'strikers', 'activists'], window: 3 },
  // "residents block an army truck"
  { forms: ['blocked', 'block', 'blocks', 'blocking'], type: 'PROTEST', mode: 'obstruct', pos: 'verb', precededBy: ['residents', 'protesters', 'protestors', 'demonstrators', 'crowds', 'crowd', 'students', 'villagers', 'strikers', 'citizens'], window: 3 },
  // "mourners raise clenched fists", "raised their fists"
  { forms: ['raised', 'raise', 'raises', 'raising'], type: 'PROTEST', mode: 'demo', pos: 'verb', followedBy: ['fists', 'fist'], window: 3 },
  // (crowds that pour into the streets to celebrate a victory are no protest)
  { forms: ['poured into the streets', 'poured onto the streets', 'pour into the streets', 'spilled into the streets', 'spilled onto the streets', 'flooded the streets', 'filled the streets', 'fill the streets', 'thronged the streets'], type: 'PROTEST', mode: 'demo', pos: 'verb', notFollowedBy: ['celebrate', 'celebrating', 'celebration', 'celebrations', 'party', 'partying', 'dancing', 'cheering', 'jubilant', 'rejoice', 'rejoicing', 'honking'], window: 12 },
  // "workers fill Opera Square"
  { forms: ['filled', 'fill', 'fills', 'thronged'], type: 'PROTEST', mode: 'demo', pos: 'verb', followedBy: ['square', 'squares', 'plaza'], notPrecededBy: ['tourists', 'shoppers', 'fans', 'traffic', 'cars', 'smoke', 'water', 'stalls', 'market'], window: 3, playable: true },
  // a leader jeered, a speech drowned out by whistles; not fans booing a player
  { forms: ['jeered', 'booed', 'heckled', 'jeering', 'booing', 'heckling', 'jeers', 'catcalls'], type: 'PROTEST', mode: 'demo', pos: 'verb', notPrecededBy: ['fans', 'audience', 'audiences', 'supporters'], notAimedAt: WORKS, window: 4, playable: true },
  { forms: ['mutiny', 'mutinies'], type: 'PROTEST', pos: 'noun', notPrecededBy: ['bounty'], window: 2 },
  { forms: ['set himself on fire', 'set herself on fire', 'set themselves on fire', 'set himself alight', 'set herself alight', 'self - immolation', 'immolated himself', 'immolated herself', 'burned himself to death', 'burnt himself to death'], type: 'PROTEST', pos: 'verb' },
  { forms: ['riot', 'riots', 'rioted', 'rioting'], type: 'PROTEST', mode: 'riot', pos: 'verb', notPrecededBy: ['anti'], window: 2 },
  // "riot police", "riot gear": the word names equipment, not a riot.
  // "the mayor read the Riot Act" to a crowd: an order to disperse on pain of arrest
  { forms: ['read the riot act', 'reading the riot act', 'reads the riot act'], type: 'COERCE', pos: 'verb', playable: true },
  { forms: ['riot police', 'riot gear', 'riot squad', 'riot shields', 'riot control', 'riot act', 'riot troops'], type: '', pos: 'noun', blocks: true },
  { forms: ['general strike', 'general strikes'], type: 'PROTEST', mode: 'strike-gen', pos: 'noun' },
  // Plural "strikes" are labour strikes unless a weapon or an army strikes "on" something.
  { forms: ['strikes'], type: 'PROTEST', mode: 'strike-lim', pos: 'noun', notPrecededBy: ['air', 'drone', 'missile', 'military', 'rocket', 'artillery', 'preemptive', 'surgical', 'nuclear', 'retaliatory', 'israeli', 'american', 'russian', 'allied', 'lightning', 'he', 'she', 'it', 'who', 'which', 'that', 'lightning', 'tragedy', 'disaster', 'when', 'misfortune', 'illness', 'crisis', 'catastrophe'], notFollowedBy: ['on', 'against', 'at', 'hit', 'targeted', 'again', 'back', 'a', 'the'], window: 2 },
  // "the strike committee called off the walkout": a strike ended is a concession
  // (the protest called off is read with it, its object, not a second event: "called off the walkout")
  { forms: CALLED_OFF_PROTESTS, type: 'CONCEDE', pos: 'verb' },
  { forms: CALLING_OFF, type: 'CONCEDE', pos: 'verb', followedBy: PROTESTS_CALLED_OFF.filter((protest) => !protest.includes(' ')), window: 3 },
  { forms: ['went on strike', 'go on strike', 'going on strike', 'walked out', 'walkout', 'downed tools', 'down tools', 'downing tools', 'walked off the job', 'stopped work', 'stop work', 'stopping work'], type: 'PROTEST', mode: 'strike-lim', pos: 'verb' },
  // ("a one-day strike", "a 24-hour strike")
  { forms: ['strike'], type: 'PROTEST', mode: 'strike-lim', pos: 'noun', precededBy: ['the', 'a', 'their', 'nationwide', 'national', 'indefinite', 'rail', 'miners', "miners'", 'dock', 'factory', 'student', 'day', 'hour', 'week'], notFollowedBy: ['warning', 'threat', 'ballot', 'vote', 'fund', 'pay', 'on', 'against', 'force', 'price', 'zone', 'aircraft', 'group'], window: 1 },
  { forms: ['hunger strike', 'hunger strikes'], type: 'PROTEST', mode: 'strike-hun', pos: 'noun' },
  { forms: ['boycott', 'boycotted', 'boycotts'], type: 'PROTEST', mode: 'boycott', pos: 'verb' },
  { forms: ['blockaded the', 'barricades', 'barricaded'], type: 'PROTEST', mode: 'obstruct', pos: 'verb' },

  // COERCE
  { forms: ['arrested', 'arrest', 'arrests', 'detained', 'detention', 'imprisoned', 'jailed', 'rounded up', 'interned'], type: 'COERCE', mode: 'arrest', pos: 'verb', notFollowedBy: ['warrant', 'warrants', 'record', 'records'], window: 1 },
  { forms: ['sentenced', 'convicted'], type: 'COERCE', mode: 'arrest', pos: 'verb' },
  // (not capitalists "seized with the same speculative mania", nor someone "caught up in" or "caught in the crossfire")
  // ("41 of the escaped prisoners had been recaptured")
  { forms: ['recaptured', 'rearrested', 're - arrested'], type: 'COERCE', mode: 'arrest', pos: 'verb', precededBy: ['prisoners', 'inmates', 'fugitives', 'escapees', 'convicts', 'detainees', 'escaped'], window: 6 },
  // ("he was tried and beheaded", "were tried by a court-martial")
  { forms: ['tried'], type: 'COERCE', mode: 'arrest', pos: 'verb', personPassive: true, notFollowedBy: ['to', 'on', 'out', 'hard', 'again'], window: 1 },
  { forms: ['caught', 'captured', 'seized'], type: 'COERCE', mode: 'arrest', pos: 'verb', personPassive: true, playable: true, notFollowedBy: ['with', 'behind', 'out', 'up', 'crossfire', 'fire', 'rain', 'storm', 'traffic', 'unawares', 'napping', 'off'], window: 2 },
  // "disarmed Nassiri's men", "disarmed the garrison"
  { forms: ['disarmed', 'disarming'], type: 'COERCE', mode: 'confiscate', pos: 'verb', followedBy: ['men', 'soldiers', 'troops', 'rebels', 'police', 'policemen', 'militia', 'militias', 'guards', 'fighters', 'garrison', 'units', 'crew', 'crews', 'mutineers', 'insurgents', 'them'], window: 4 },
  // "more than 100 people had been taken into custody"
  { forms: ['taken into custody', 'took into custody', 'taken into detention', 'remanded in custody'], type: 'COERCE', mode: 'arrest', pos: 'verb' },
  { forms: ['led away by police', 'taken away by police', 'dragged away by police', 'led away by soldiers', 'led away by troops', 'carried away by police', 'led away by officers', 'led away by guards', 'dragged away by officers'], type: 'COERCE', mode: 'arrest', pos: 'verb' },
  // "pickets are turned back by police at a roadblock"
  { forms: ['turned back by police', 'turned back by troops', 'turned back by soldiers', 'turned away by police', 'turned back by officers'], type: 'COERCE', mode: 'restrict', pos: 'verb' },
  // "most were let out on bail", "was freed on bail"
  { forms: ['let out on bail', 'released on bail', 'freed on bail', 'granted bail'], type: 'RETREAT', mode: 'release', pos: 'verb' },
  { forms: ['relieved of his command', 'relieved of command', 'relieved of their command', 'relieved of her command', 'relieved him of his command', 'relieved him of command', 'relieved them of their command', 'relieved her of her command'], type: 'COERCE', pos: 'verb' },
  // "a magistrate remanded him in custody", "was remanded in custody"
  { forms: ['remanded'], type: 'COERCE', mode: 'arrest', pos: 'verb', followedBy: ['custody', 'prison', 'jail', 'detention'], window: 4 },
  // "were picked up in overnight raids"
  { forms: ['picked up'], type: 'COERCE', mode: 'arrest', pos: 'verb', precededBy: PASSIVE_AUXILIARIES, followedBy: ['raids', 'raid', 'police', 'sweep', 'sweeps', 'soldiers', 'security', 'troops'], window: 4 },
  // "were forced into fortified villages", "herded into camps"
  { forms: ['forced into', 'herded into', 'driven into'], type: 'COERCE', pos: 'verb', followedBy: ['villages', 'camps', 'camp', 'reservations', 'reservation', 'ghettos', 'ghetto', 'reserves', 'settlements'], window: 3 },
  // "the government cut the internet and mobile phone networks"
  { forms: ['cut', 'cuts', 'cutting'], type: 'COERCE', mode: 'censor', pos: 'verb', followedBy: NETWORKS, notFollowedBy: ['prices', 'costs', 'price', 'fees', 'tariffs', 'cables'], window: 3, violent: true },
  // "the internet has been cut off" (not power lost in a storm)
  { forms: ['cut off', 'shut down', 'blocked'], type: 'COERCE', mode: 'censor', pos: 'verb', precededBy: ['internet', 'phone', 'telephone', 'communications'], window: 4, violent: true },
  // a caption's present tense, "police detain dozens"; not "the right to detain ships"
  { forms: ['detain', 'detains', 'detaining'], type: 'COERCE', mode: 'arrest', pos: 'verb', notPrecededBy: ['to', 'right', 'power', 'authority'], window: 2 },
  // "condemned to death", "condemned to exile": a sentence passed (a policy condemned is an accusation)
  { forms: ['condemned'], type: 'COERCE', mode: 'arrest', pos: 'verb', followedBy: ['death', 'exile', 'hang', 'die', 'penal', 'life'], window: 5 },
  // "some senators were banished", "banished them to Siberia"; not fears banished, nor "the exiled king"
  { forms: ['banished'], type: 'COERCE', mode: 'deport', pos: 'verb', precededBy: ['were', 'was', 'been', 'be', 'being', 'are', 'is'], notFollowedBy: ['by'], window: 1 },
  { forms: ['banished'], type: 'COERCE', mode: 'deport', pos: 'verb', followedBy: ['from', 'to'], notFollowedBy: ['god', 'fear', 'fears', 'doubt', 'doubts', 'thoughts', 'memories'], notPrecededBy: ['were', 'was', 'been', 'be', 'being', 'are', 'is'], window: 4 },
  { forms: ['exiled'], type: 'COERCE', mode: 'deport', pos: 'verb', notFollowedBy: ['thoughts', 'thought', 'memories', 'doubts', 'fears', 'fear', 'worries', 'king', 'leader', 'leaders', 'government', 'opposition', 'community', 'poet', 'writer', 'dissident', 'dissidents', 'prince', 'queen', 'shah', 'emperor', 'president', 'governments', 'kings', 'princes'], notPrecededBy: ['the', 'an', 'a', 'his', 'her', 'their', 'its', 's', "'s"], window: 1 },
  // "sold into slavery"; "enslaved people" names them
  { forms: ['sold into slavery', 'sold as slaves', 'carried off into slavery', 'taken into slavery', 'enslaved'], type: 'COERCE', pos: 'verb', notFollowedBy: ['people', 'persons', 'africans', 'men', 'women', 'children', 'workers', 'labourers', 'laborers', 'population', 'ancestors', 'person'], window: 1 },
  { forms: ['forced labour', 'forced labor', 'forced labourers', 'forced laborers', 'slave labour', 'slave labor'], type: 'COERCE', pos: 'noun', precededBy: ['as', 'into', 'to', 'for', 'sentenced', 'condemned'], window: 2 },
  // "held for years without trial"; not elections held without a vote
  { forms: ['held'], type: 'COERCE', mode: 'arrest', pos: 'verb', followedBy: ['without'], notFollowedBy: ['talks', 'elections', 'vote', 'votes', 'ceremony', 'meeting', 'incident', 'interruption', 'problems', 'success', 'quorum'], notPrecededBy: ['elections', 'election', 'vote', 'referendum', 'talks', 'meeting', 'ceremony', 'funeral', 'games', 'race', 'contest', 'poll', 'polls', 'summit', 'conference'], window: 3 },
  // "issued arrest warrants for 113 suspects": a legal charge, not yet an arrest
  { forms: ['arrest warrant', 'arrest warrants', 'warrant for the arrest', 'warrants for the arrest'], type: 'ACCUSE', pos: 'noun', precededBy: ['issued', 'issues', 'issue', 'issuing', 'sought', 'seeks', 'seeking'], window: 2 },
  // "the summary trial of the Ceausescus", "put on trial"
  { forms: ['show trial', 'show trials', 'summary trial', 'summary trials', 'put on trial', 'placed on trial'], type: 'ACCUSE', pos: 'noun' },
  { forms: ['taken prisoner', 'taken captive', 'taken prisoners', 'made prisoner'], type: 'COERCE', mode: 'arrest', pos: 'verb' },
  // "had him seized the moment he arrived", "had them arrested"
  { forms: ['had him seized', 'had them seized', 'had her seized', 'had him arrested', 'had them arrested', 'had her arrested'], type: 'COERCE', mode: 'arrest', pos: 'verb' },
  // "Puran Appu was captured on 21 August": a person taken (a town "was captured" is recoded an assault, see extract.ts)
  { forms: ['captured'], type: 'COERCE', mode: 'arrest', pos: 'verb', precededBy: ['was', 'were', 'been', 'being'], window: 1 },
  { forms: ['curfew', 'curfews'], type: 'COERCE', mode: 'curfew', pos: 'noun', notPrecededBy: ['lifted', 'lift', 'lifting', 'ended', 'eased', 'relaxed', 'defied', 'violating', 'broke', 'against', 'under'], window: 3 },
  { forms: ['martial law', 'state of emergency'], type: 'COERCE', mode: 'martial-law', pos: 'noun', notPrecededBy: ['lifted', 'lift', 'lifting', 'ended', 'end', 'under', 'against'], window: 3 },
  { forms: ['banned', 'outlawed'], type: 'COERCE', mode: 'ban', pos: 'verb' },
  { forms: ['censored', 'censorship'], type: 'COERCE', mode: 'censor', pos: 'verb' },
  { forms: ['deported', 'deportation', 'deportations'], type: 'COERCE', mode: 'deport', pos: 'verb' },
  // "tens of thousands were sent on to concentration camps"; not aid sent to refugee camps
  { forms: ['sent', 'shipped', 'transported'], type: 'COERCE', mode: 'arrest', pos: 'verb', followedBy: ['concentration', 'labour', 'labor', 'prison', 'gulag', 'internment', 'detention', 'penal', 'filtration', 'jail', 'death'], notFollowedBy: ['refugee', 'aid', 'supplies', 'food'], window: 5 },
  { forms: ['blocked', 'blockaded', 'sealed', 'closed'], type: 'COERCE', mode: 'restrict', pos: 'verb', followedBy: ['aid', 'supplies', 'deliveries', 'convoys', 'airspace', 'motorways', 'motorway', 'railways', 'tracks', 'junctions', 'access', 'roads', 'road', 'entry', 'border', 'borders', 'frontier', 'routes', 'off', 'crossing', 'crossings', 'checkpoints', 'ports', 'buildings', 'building', 'entrances', 'streets', 'street', 'square', 'bridge', 'bridges', 'highway', 'highways', 'railway', 'port', 'offices', 'parliament'], window: 4 },
  { forms: ['blockade', 'blockades', 'economic blockade', 'naval blockade'], type: 'COERCE', mode: 'restrict', pos: 'noun', notPrecededBy: ['lifted', 'lift', 'lifting', 'ended', 'broke', 'break', 'eased', 'against', 'run', 'ran', 'running', 'through'], window: 3 },
  // "tanks cleared the square of students", "police clear the streets"
  { forms: ['cleared', 'clear', 'clears', 'clearing'], type: 'COERCE', mode: 'restrict', pos: 'verb', followedBy: ['square', 'squares', 'streets', 'protesters', 'demonstrators', 'encampment', 'barricades', 'crowd', 'crowds', 'occupiers', 'camp', 'pickets', 'strikers', 'marchers'], notFollowedBy: ['snow', 'debris', 'rubble', 'ice', 'rubbish', 'garbage', 'litter', 'way', 'path', 'name', 'names', 'hurdle', 'air', 'minefields', 'mines'], precededBy: ['police', 'troops', 'soldiers', 'tanks', 'army', 'forces', 'guards', 'gendarmes', 'militiamen', 'authorities', 'riot', 'paratroopers', 'cars', 'vehicles', 'constables', 'specials', 'horseback', 'cavalry', 'officers'], window: 5 },
  { forms: ['confiscated', 'nationalised', 'nationalized', 'expropriated', 'plundered', 'pillaged'], type: 'COERCE', mode: 'confiscate', pos: 'verb' },
  // "rebels seized 5,000 rifles from police stations", "seized the estates of the nobility"
  { forms: ['seized', 'seizing', 'seize'], type: 'COERCE', mode: 'confiscate', pos: 'verb', followedBy: ['rifles', 'weapons', 'arms', 'guns', 'ammunition', 'munitions', 'carbines', 'muskets', 'property', 'land', 'lands', 'estates', 'assets', 'cattle', 'grain', 'supplies', 'arsenal', 'armoury', 'armory', 'convoy', 'convoys', 'wagons', 'cargo', 'cargoes', 'goods', 'treasury', 'stores'], window: 4 },
  // "closed the universities", "shut down opposition newspapers"; not schools closed for a storm or an epidemic
  // "mosques were closed": the same, told in the passive
  { forms: CLOSING, type: 'COERCE', mode: 'restrict', pos: 'verb', precededBy: ['universities', 'newspapers', 'monasteries', 'churches', 'mosques', 'synagogues', 'seminaries'], notFollowedBy: ['for', 'because'], window: 3, violent: true },
  { forms: CLOSING, type: 'COERCE', mode: 'restrict', pos: 'verb', followedBy: ['universities', 'university', 'newspapers', 'newspaper', 'schools', 'monasteries', 'churches', 'mosques', 'synagogues', 'seminaries', 'theatres', 'journals'], window: 4, violent: true },

  // MOBILIZE
  // "riot police dispersed the crowd with batons"
  { forms: ['dispersed', 'disperse', 'dispersing', 'disperses', 'broke up', 'break up', 'breaking up'], type: 'COERCE', mode: 'restrict', pos: 'verb', aimedAt: ['crowd', 'crowds', 'protesters', 'protestors', 'demonstrators', 'protest', 'protests', 'demonstration', 'demonstrations', 'rally', 'rallies', 'marchers', 'march', 'students', 'gathering', 'sit-in', 'pickets', 'strikers', 'mob', 'rioters'], violent: true },
  // "the junta suspended the constitution", "dissolved parliament"
  { forms: ['suspended', 'suspends', 'suspending', 'suspend', 'dissolved', 'dissolves', 'dissolving', 'dissolve'], type: 'COERCE', pos: 'verb', aimedAt: ['constitution', 'parliament', 'assembly', 'legislature', 'congress', 'senate', 'duma', 'courts', 'judiciary'] },
  // ("were deployed in the capital": a city, where "deployed capital" is money)
  { forms: ['deployed', 'deploy', 'deploys', 'deployment', 'mobilized', 'mobilised', 'mobilization', 'mobilisation', 'stationed', 'massed'], type: 'MOBILIZE', mode: 'troops', pos: 'verb', notAimedAt: RESOURCES.filter((word) => word !== 'capital'), notFollowedBy: ['capital'], window: 1 },
  // ("About 1,500 reservists were called up")
  { forms: ['called up', 'call up', 'calling up'], type: 'MOBILIZE', mode: 'troops', pos: 'verb', precededBy: ['reservists', 'conscripts', 'troops', 'soldiers', 'recruits', 'men', 'reserves'], window: 3 },
  { forms: ['called up', 'call up', 'calling up'], type: 'MOBILIZE', mode: 'troops', pos: 'verb', followedBy: ['reservists', 'conscripts', 'troops', 'soldiers', 'recruits', 'men', 'reserves', 'reserve'], window: 3 },
  // "soldiers with machine guns patrolled the streets"; not a lone officer on his beat
  { forms: ['patrolled', 'patrolling'], type: 'MOBILIZE', mode: 'troops', pos: 'verb', precededBy: ['soldiers', 'troops', 'tanks', 'vehicles', 'police', 'militiamen', 'paratroopers', 'guns', 'army', 'gendarmes', 'marines'], followedBy: ['streets', 'avenues', 'city', 'capital', 'town', 'towns', 'border', 'roads', 'squares', 'districts', 'neighbourhoods', 'neighborhoods'], window: 6 },
  // "brought in Senegalese infantry", "rushed in reinforcements"
  { forms: ['brought in', 'bring in', 'bringing in', 'rushed in'], type: 'MOBILIZE', mode: 'troops', pos: 'verb', followedBy: ['troops', 'infantry', 'soldiers', 'reinforcements', 'paratroopers', 'marines', 'cavalry', 'regiments', 'battalions', 'legionnaires', 'gendarmes'], window: 3 },
  // "a Persian army and some 600 ships had converged on Miletus"
  { forms: ['converged on', 'converged upon'], type: 'MOBILIZE', mode: 'troops', pos: 'verb', precededBy: ['army', 'armies', 'fleet', 'fleets', 'ships', 'troops', 'forces', 'columns', 'legions', 'divisions', 'regiments'], window: 8 },
  // "the brigade marched on the capital", "a column advanced on Meaux" (crowds marching on a parliament protest)
  { forms: ['marched on', 'marched against', 'advanced on', 'advanced against', 'moved against', 'marched upon', 'advanced upon'], type: 'MOBILIZE', mode: 'troops', pos: 'verb', precededBy: ARMED_FORCES, window: 6, playable: true },
  // "the fleet sailed home"
  { forms: ['sailed home', 'sailed away', 'sailed back'], type: 'RETREAT', mode: 'withdraw', pos: 'verb', precededBy: ['fleet', 'fleets', 'ships', 'squadron', 'galleys', 'triremes', 'navy', 'armada', 'warships'], window: 4 },
  // "called up reservists", "taking part in joint drills", "large-scale military exercises"
  { forms: ['called up', 'call up', 'calling up'], type: 'MOBILIZE', mode: 'troops', pos: 'verb', followedBy: ['reservists', 'reserves', 'conscripts', 'troops', 'recruits'], window: 2 },
  { forms: ['drills', 'exercises', 'manoeuvres', 'maneuvers', 'war games'], type: 'MOBILIZE', mode: 'troops', pos: 'noun', precededBy: ['military', 'joint', 'naval', 'live-fire', 'large-scale', 'snap', 'army', 'air', 'combat'], window: 2 },
  { forms: ['on alert', 'on high alert', 'on full alert', 'on full combat alert', 'combat alert', 'on a war footing'], type: 'MOBILIZE', mode: 'troops', pos: 'noun' },
  { forms: ['surrounded', 'encircled', 'cordoned off', 'sealed off', 'surround', 'surrounds', 'encircle'], type: 'MOBILIZE', mode: 'troops', pos: 'verb', precededBy: FORCES, notFollowedBy: ['by'], window: 3 },
  // "troops were sent to the border", "two divisions were dispatched" (a passive: "paratroopers sent to Gwangju beat
  // students" tells the beating)
  { forms: ['were sent', 'was sent', 'been sent', 'be sent', 'being sent', 'were dispatched', 'was dispatched', 'been dispatched'], type: 'MOBILIZE', mode: 'troops', pos: 'verb', precededBy: FORCES, notFollowedBy: ['home', 'back'], window: 3 },
  { forms: ['take position', 'took position', 'takes position', 'takes positions', 'take positions', 'took positions', 'taking position', 'taking positions', 'took up positions', 'marched into', 'marched back into'], type: 'MOBILIZE', mode: 'troops', pos: 'verb' },
  // (not a war that "entered its third day", "fighting between the army and the Support Forces moved into a second week")
  // ("four Italian brigades set off along mountain tracks", "the army set out for the coast")
  { forms: ['set off', 'set out', 'moved off', 'marched off'], type: 'MOBILIZE', mode: 'troops', pos: 'verb', precededBy: ARMED_FORCES, notFollowedBy: ['bomb', 'bombs', 'alarm', 'alarms', 'explosion', 'explosions', 'fireworks', 'plans', 'proposals', 'to'], window: 3 },
  // ("By early afternoon the whole army was in retreat")
  { forms: ['in retreat', 'in full retreat'], type: 'RETREAT', mode: 'withdraw', pos: 'verb', precededBy: ENEMIES, window: 4, playable: true },
  { forms: ['moved into', 'rolled into', 'poured into', 'entered'], type: 'MOBILIZE', mode: 'troops', pos: 'verb', precededBy: FORCES, notFollowedBy: ['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'phase', 'stage', 'round', 'weekend', 'decade'], window: 3 },
  { forms: ['sent', 'sends', 'dispatched', 'sending', 'send', 'dispatching', 'ferried', 'ferrying', 'shipped', 'shipping', 'rushed', 'brought up'], type: 'MOBILIZE', mode: 'troops', pos: 'verb', followedBy: FORCES, window: 3 },
  // a besieging army before a town: "appeared before its walls"; not before a court
  { forms: ['appeared before', 'arrived before', 'encamped before', 'camped before', 'appeared outside', 'arrived outside', 'encamped outside'], type: 'MOBILIZE', mode: 'troops', pos: 'verb', followedBy: ['walls', 'gates'], window: 3 },
  // "the garrison was reinforced", "reinforced the garrison with two regiments"; not "reinforced concrete"
  { forms: ['reinforced', 'reinforcing'], type: 'MOBILIZE', mode: 'troops', pos: 'verb', precededBy: ENEMIES, window: 4 },
  { forms: ['reinforced', 'reinforcing'], type: 'MOBILIZE', mode: 'troops', pos: 'verb', aimedAt: ENEMIES },
  // "a relief army assembled at Tulln", "by Friday 16,000 troops had arrived"
  { forms: ['assembled', 'massed', 'gathered'], type: 'MOBILIZE', mode: 'troops', pos: 'verb', precededBy: ['army', 'armies', 'troops', 'forces', 'host', 'fleet', 'legions', 'regiments'], window: 2 },
  { forms: ['arrived', 'arriving', 'landed'], type: 'MOBILIZE', mode: 'troops', pos: 'verb', precededBy: ['troops', 'soldiers', 'reinforcements', 'regiments', 'divisions', 'battalions', 'marines', 'paratroopers', 'legions'], window: 3 },
  // civilians taking up arms: "the townspeople armed themselves", "formed a citizens' militia"
  { forms: ['armed themselves', 'took up arms', 'take up arms', 'taking up arms'], type: 'MOBILIZE', pos: 'verb' },
  // "the defenders fortified the town" (not "fortified camps", nor food fortified with vitamins)
  { forms: ['fortified'], type: 'MOBILIZE', mode: 'troops', pos: 'verb', followedBy: ['the', 'its', 'their', 'his', 'her'], notPrecededBy: ['heavily', 'well', 'the', 'a', 'an', 'strongly', 'hastily'], window: 1 },
  { forms: ['formed', 'raised', 'gathered', 'assembled', 'mustered'], type: 'MOBILIZE', pos: 'verb', followedBy: ['militia', 'militias', 'army', 'regiment', 'regiments', 'legion', 'legions', 'fleet', 'host'], notFollowedBy: ['into', 'government', 'party', 'coalition', 'cabinet'], window: 4 },
  // "conscripted thousands of students", "introduced conscription"
  { forms: ['conscripted', 'introduced conscription', 'imposed conscription', 'press - ganged', 'pressganged'], type: 'MOBILIZE', mode: 'troops', pos: 'verb' },

  // "captured Philadelphia", "conquered Burma", "Paris was liberated": a named place taken (only when one is).
  // Listed after the other rules for these words, which it would otherwise shadow ("the queen was captured").
  // strongholds and towns taken by force, named or not: "the mutineers seized the ship", "sacked the town", "took the arsenal"
  { forms: ['captured', 'seized', 'sacked', 'stormed', 'overran'], type: 'ASSAULT', pos: 'verb', followedBy: STRONGHOLDS, notPrecededBy: LEFT_UNDONE, window: 3, playable: true },
  // "overran Major Toselli's column", "overran the handful of soldiers posted there", "overwhelmed the defenders"
  { forms: ['overran', 'overrun', 'overwhelmed'], type: 'ASSAULT', pos: 'verb', followedBy: ['column', 'columns', 'soldiers', 'troops', 'defenders', 'garrison', 'positions', 'position', 'lines', 'trenches', 'camp', 'brigade', 'brigades', 'battalion', 'regiment', 'outpost', 'outposts', 'checkpoint', 'base', 'army', 'rearguard', 'guards'], window: 6, playable: true },
  { forms: ['took', 'taken'], type: 'ASSAULT', pos: 'verb', followedBy: STRONGHOLDS.filter((place) => !VESSELS.includes(place)), notFollowedBy: ['part', 'over', 'refuge', 'shelter', 'control', 'photographs', 'pictures', 'tour', 'tours', 'train', 'road', 'bus', 'stand', 'care'], precededBy: ARMED_FORCES.concat(['mutineers', 'insurgents', 'rebels', 'mob', 'crowd', 'crowds', 'rioters', 'attackers', 'besiegers', 'enemy']), window: 3, playable: true },
  { forms: ['captured', 'seized', 'conquered', 'recaptured', 'retook', 'liberated', 'sacked'], type: 'ASSAULT', pos: 'verb', placeObject: true, playable: true },
  // "the army laid waste to the province"
  { forms: ['laid waste', 'lay waste', 'laying waste', 'laid it waste', 'laid them waste'], type: 'ASSAULT', mode: 'destroy', pos: 'verb', violent: true },
  // "the town opened its gates to the besiegers": a surrender
  { forms: ['opened its gates', 'opened their gates', 'opened the gates', 'open its gates'], type: 'RETREAT', mode: 'disarm', pos: 'verb', followedBy: ['to'], window: 1 },
  // "recovered Cyprus", "reduced Caria town by town", "subdued Bohemia": a named place taken back or brought under
  { forms: ['recovered', 'reduced', 'subdued', 'reconquered'], type: 'ASSAULT', pos: 'verb', placeObject: true, playable: true },
  { forms: ['annexed'], type: 'COERCE', mode: 'confiscate', pos: 'verb', placeObject: true },
  // "Bucharest fell to the Central Powers on 6 December", "Vicksburg fell the following day"; not prices or a city's temperature
  { forms: ['fell'], type: 'ASSAULT', pos: 'verb', placeSubject: true, notFollowedBy: [...FIGURES, 'silent', 'ill', 'asleep', 'apart', 'short', 'behind', 'below', 'victim', 'quiet', 'dark', 'steeply', 'love', 'decline', 'disrepair', 'disuse', 'points', 'by'], window: 4, violent: true, playable: true },
  // "took the village of Passchendaele", "had taken the fortress"; not a city bus or a town hall
  { forms: ['took', 'taken', 'take'], type: 'ASSAULT', pos: 'verb', followedBy: ['village', 'town', 'city', 'fortress', 'fort', 'citadel', 'capital', 'port', 'island', 'hill', 'ridge', 'heights', 'redoubt', 'airfield', 'peninsula', 'stronghold', 'garrison'], notFollowedBy: ['bus', 'buses', 'council', 'hall', 'office', 'mayor', 'tour', 'walk', 'train', 'ferry', 'road', 'route', 'stage', 'centre', 'center', 'by', 'seriously', 'part', 'care', 'place', 'to'], window: 3, violent: true, playable: true },
  // "the capture of Vimy Ridge", "after the sack of Rome": a named place taken
  { forms: ['capture', 'sack', 'liberation', 'conquest'], type: 'ASSAULT', pos: 'noun', placeObject: true, playable: true },

  // "three strikes and you're out": a baseball rule, and sentencing law named for it.
  { forms: ['three strikes', 'two strikes', 'strikes and'], type: '', pos: 'noun', blocks: true, precededBy: ['three', 'two'], window: 1 },
  // "democracy is on the march": a figure of speech.
  { forms: ['on the march'], type: '', pos: 'noun', blocks: true },

  // RETREAT (turned into CONCEDE when only announced or promised)
  // "inflation retreated to 1.9 percent", "shares retreated": market figures, not forces.
  { forms: ['retreated', 'retreat', 'retreats', 'retreating', 'withdrew', 'pulled out', 'fell back'], type: '', pos: 'verb', blocks: true, precededBy: MARKET_SUBJECTS, window: 3 },
  { forms: ['retreated', 'retreat', 'retreats', 'retreating', 'fell back'], type: '', pos: 'verb', blocks: true, followedBy: FIGURES, window: 4 },
  // Runners withdraw from races: in a sentence about sport a withdrawal is play.
  { forms: ['withdrew', 'withdrawn', 'withdrawing', 'withdraw', 'withdraws', 'pulled out', 'pull out', 'retreated', 'evacuated their'], type: 'RETREAT', mode: 'withdraw', pos: 'verb', playable: true, notFollowedBy: [...ORGANIZATION_WORDS, ...FIGURATIVE_RETREAT], window: 4 },
  // "as they fell back they set fire to the palace", "the legions fled before the enemy", "the besiegers broke and fled":
  // an army giving way (PLOVER's CAMEO 0874, retreat militarily); people who flee are DISPLACE
  // ("futures prices rose sharply last month, then fell back late last week": a figure, however far back its noun)
  { forms: ['fell back', 'falling back', 'fall back'], type: '', pos: 'verb', blocks: true, precededBy: MARKET_SUBJECTS, window: 12 },
  { forms: ['fell back', 'falling back', 'fall back'], type: 'RETREAT', mode: 'withdraw', pos: 'verb', violent: true, playable: true, notFollowedBy: ['on', 'upon', 'asleep', 'silent', 'into'], window: 1 },
  // "After the battle Cetshwayo fled into the Ngome forest", "the king fled towards the frontier", "Spartacus and his men
  // fled to the slopes": a leader or a band escaping somewhere (not "a suspect fled the scene", nor a people in flight)
  { forms: ['fled', 'escaped'], type: 'RETREAT', mode: 'withdraw', pos: 'verb', afterName: true, precededBy: ['king', 'queen', 'emperor', 'empress', 'tsar', 'shah', 'sultan', 'regent', 'prince', 'president', 'dictator', 'leader', 'leaders', 'men', 'followers', 'family'], followedBy: ['to', 'into', 'towards', 'toward', 'across'], window: 1 },
  // "President Ebert and most of his ministers fled": a government leaving its seat
  { forms: ['fled'], type: 'RETREAT', mode: 'withdraw', pos: 'verb', precededBy: ['ministers', 'cabinet', 'government', 'court', 'courtiers'], window: 2 },
  // "A month later the dauphin slipped out of the capital"
  { forms: ['slipped out of', 'escaped from', 'stole out of', 'fled from'], type: 'RETREAT', mode: 'withdraw', pos: 'verb', followedBy: ['capital', 'city', 'palace', 'fortress', 'castle', 'citadel', 'town'], window: 3 },
  { forms: ['fled', 'broke and fled', 'broke and scattered'], type: 'RETREAT', mode: 'withdraw', pos: 'verb', precededBy: ENEMIES, notPrecededBy: ['former', 'ex'], window: 3, playable: true },
  // "some units were returning to their bases"
  { forms: ['returned to base', 'returning to base', 'returned to their bases', 'returning to their bases', 'return to their bases', 'returned to barracks', 'returning to barracks', 'returned to their barracks'], type: 'RETREAT', mode: 'withdraw', pos: 'verb' },
  { forms: ['turned back', 'turned around', 'turned round'], type: 'RETREAT', mode: 'withdraw', pos: 'verb', precededBy: ['ships', 'troops', 'convoy', 'convoys', 'columns', 'fleet', 'vessels', 'forces', 'army', 'tanks', 'boats', 'warships', 'soldiers'], window: 4 },
  { forms: ['released', 'freed'], type: 'RETREAT', mode: 'release', pos: 'verb', followedBy: RELEASED_WHO, notFollowedBy: ['hospital', 'hospitals', 'clinic'], window: 3 },
  // "ordered him released", "had them freed"
  { forms: ['released', 'freed'], type: 'RETREAT', mode: 'release', pos: 'verb', precededBy: ['him', 'her', 'them'], window: 1 },
  // ("released 706 Houthi fighters", "handed over two captured soldiers")
  { forms: ['released', 'freed', 'handed over', 'handed back'], type: 'RETREAT', mode: 'release', pos: 'verb', followedBy: ['fighters', 'militants', 'combatants', 'captives', 'hostages', 'prisoners', 'detainees', 'captured', 'soldiers'], notFollowedBy: ['hospital', 'statement'], window: 4 },
  // ("He has since been released", "21 girls were released"; not "the report was released")
  { forms: ['released', 'freed'], type: 'RETREAT', mode: 'release', pos: 'verb', personPassive: true, notFollowedBy: ['hospital', 'statement', 'statements', 'details', 'figures'], notPrecededBy: ['report', 'study', 'film', 'album', 'book', 'figures', 'data', 'statement', 'results', 'video', 'documents', 'record', 'single', 'version'], window: 3 },
  { forms: ['released', 'freed'], type: 'RETREAT', mode: 'release', pos: 'verb', precededBy: ['girls', 'boys', 'pupils', 'schoolgirls', 'schoolchildren', 'children', 'women', 'passengers', 'crew', 'sailors', 'villagers', 'missionaries'], notFollowedBy: ['hospital', 'statement'], window: 3 },
  { forms: ['released', 'freed'], type: 'RETREAT', mode: 'release', pos: 'verb', precededBy: ['hostages', 'prisoners', 'detainees', 'captives', 'activists', 'dissidents', 'journalists', 'internees', 'convicts', 'deportees'], window: 3 },
  { forms: ['resigned', 'resignation', 'stepped down', 'resign', 'resigns', 'step down', 'abdicated'], type: 'RETREAT', mode: 'resign', pos: 'verb' },
  // "handed power to General Spinola"
  { forms: ['handed power', 'handed over power', 'ceded power', 'relinquished power', 'gave up power', 'handing power', 'hand power'], type: 'CONCEDE', pos: 'verb' },
  { forms: ['surrendered', 'capitulated', 'laid down their arms', 'forced to surrender', 'forced to capitulate'], type: 'RETREAT', mode: 'disarm', pos: 'verb' },
  // "the agents gave themselves up the next morning"
  { forms: ['gave themselves up', 'gave himself up', 'give themselves up', 'give himself up', 'giving themselves up', 'given themselves up', 'turned himself in', 'turned themselves in'], type: 'RETREAT', mode: 'disarm', pos: 'verb' },
  // "Serbian forces were evacuated by ship to Greece": an army taken out is a withdrawal, not a displacement
  { forms: ['evacuated'], type: 'RETREAT', mode: 'withdraw', pos: 'verb', precededBy: ARMED_FORCES, notPrecededBy: ['wounded', 'injured', 'sick'], notFollowedBy: ['residents', 'civilians', 'people', 'villagers', 'families', 'inhabitants', 'thousands', 'hundreds', 'about', 'some', 'more', 'nearly', 'over'], window: 4 },
  { forms: ['surrender', 'capitulation'], type: 'RETREAT', mode: 'disarm', pos: 'noun', notPrecededBy: ['demanded', 'demand', 'demands', 'demanding', 'calling', 'called', 'urged', 'refused', 'ultimatum', 'not', 'rejected', 'to'], window: 4 },

  // SANCTION
  { forms: ['withdrew', 'withdraw', 'withdrawing', 'withdrawn', 'withdraws', 'pulled out'], type: 'SANCTION', mode: 'withdraw', pos: 'verb', followedBy: ORGANIZATION_WORDS, window: 4 },
  { forms: ['imposed sanctions', 'sanctions against', 'sanctions on', 'embargo'], type: 'SANCTION', pos: 'noun', notPrecededBy: ['lifted', 'lift', 'lifting', 'ended', 'eased'], window: 3 },
  { forms: ['suspended', 'froze', 'halted', 'cancelled', 'canceled'], type: 'SANCTION', mode: 'sever', pos: 'verb', followedBy: ['aid', 'sales', 'talks', 'relations', 'ties', 'trade', 'cooperation', 'membership', 'exports', 'imports', 'loans', 'assets', 'arms'], window: 3 },
  { forms: ['severed', 'broke off', 'cut off'], type: 'SANCTION', mode: 'sever', pos: 'verb', followedBy: ['relations', 'ties', 'aid', 'talks'], window: 3 },
  { forms: ['expelled'], type: 'SANCTION', mode: 'expel', pos: 'verb', followedBy: ['diplomats', 'ambassador', 'envoy', 'embassy', 'observers', 'journalists', 'correspondents'], window: 3 },
  { forms: ['recalled'], type: 'SANCTION', mode: 'withdraw', pos: 'verb', followedBy: ['ambassador', 'envoy', 'diplomats'], window: 3 },

  // CONCEDE
  { forms: ['lifted', 'eased', 'relaxed', 'ended'], type: 'CONCEDE', pos: 'verb', followedBy: RESTRICTIONS, window: 3 },
  { forms: ['lifted', 'eased', 'relaxed'], type: 'CONCEDE', pos: 'verb', precededBy: RESTRICTIONS, window: 3 },
  // "the extermination order was revoked", "repealed the decree"
  { forms: REVOKING, type: 'CONCEDE', pos: 'verb', precededBy: REVOCABLE, window: 3 },
  { forms: REVOKING, type: 'CONCEDE', pos: 'verb', followedBy: REVOCABLE, window: 3 },
  { forms: ['conceded', 'concede', 'concedes', 'conceding'], type: '', pos: 'verb', blocks: true, followedBy: CONTEST_LOSSES, window: 3 },
  { forms: ['pardoned', 'amnesty', 'conceded'], type: 'CONCEDE', pos: 'verb' },
  // "Spain ceded Florida to the United States": territory given up
  // active only: "the territory ceded by France" and "was ceded to the United States" name a land by its past, in old addresses mostly
  { forms: ['ceded', 'cede', 'cedes', 'ceding'], type: 'CONCEDE', pos: 'verb', notFollowedBy: ['ground', 'control', 'power', 'authority', 'responsibility', 'market', 'share', 'lead', 'initiative'], notPrecededBy: ['territory', 'territories', 'lands', 'land', 'country', 'provinces', 'province', 'portion', 'tract', 'district', 'those', 'the', 'to', 'was', 'were', 'been', 'be', 'is', 'are', 'being', 'as'], window: 1 },
  // "made painful concessions", "offered concessions to the strikers"
  { forms: ['concessions', 'concession'], type: 'CONCEDE', pos: 'noun', precededBy: ['made', 'make', 'making', 'offered', 'offer', 'offering', 'painful', 'major', 'territorial', 'key'], notPrecededBy: ['no', 'any', 'demanded', 'demand', 'sought', 'seeking', 'refused', 'rejected', 'without'], window: 3 },
  // "the death sentences were commuted", "commuted his sentence to life"
  { forms: ['commuted'], type: 'CONCEDE', pos: 'verb', followedBy: ['sentence', 'sentences', 'to'], window: 3 },
  { forms: ['commuted'], type: 'CONCEDE', pos: 'verb', precededBy: ['sentence', 'sentences'], window: 3 },
  // a border or gates opened to let people through: restrictions eased
  { forms: ['opened'], type: 'CONCEDE', pos: 'verb', followedBy: ['border', 'borders', 'frontier', 'checkpoints', 'crossings'], notFollowedBy: ['fire'], window: 3 },
  // "the guards opened the gates"; not a club opening a stadium's gates
  { forms: ['opened'], type: 'CONCEDE', pos: 'verb', followedBy: ['gates', 'gate'], precededBy: ['guards', 'garrison', 'defenders', 'authorities', 'regime', 'soldiers', 'troops'], window: 4 },
  // A company apologising to its customers concedes nothing political.
  { forms: ['apologised', 'apologized'], type: 'CONCEDE', pos: 'verb', verbal: true },
  { forms: ['ceasefire', 'cease - fire', 'truce'], type: 'CONCEDE', pos: 'noun', precededBy: ['declared', 'announced', 'unilateral', 'proclaimed', 'ordered'], window: 3 },
  // "a week-long ceasefire agreed in Jeddah", "the truce brokered by Qatar took hold"
  { forms: ['ceasefire', 'cease - fire', 'truce'], type: 'AGREE', pos: 'noun', followedBy: ['agreed', 'brokered', 'took', 'takes', 'holding', 'held'], notFollowedBy: ['collapsed', 'broke', 'failed', 'talks'], window: 2 },

  // AGREE, SUPPORT, CONSULT, AID
  // "agreed to an unconditional surrender": the surrender is the event (RETREAT), not an agreement
  { forms: ['agreed'], type: 'RETREAT', mode: 'disarm', pos: 'verb', followedBy: ['surrender', 'capitulation', 'capitulate'], window: 4 },
  // ("The exchange had been agreed in Switzerland")
  { forms: ['agreed'], type: 'AGREE', pos: 'verb', precededBy: ['been', 'was', 'were'], notFollowedBy: ['that'], window: 1 },
  { forms: ['agreed', 'promised', 'pledged', 'promising', 'pledging'], type: 'AGREE', pos: 'verb', followedBy: ['to', 'on', 'that', 'measures', 'reforms', 'elections', 'aid', 'talks', 'referendum', 'dialogue', 'investigation', 'inquiry', 'amnesty', 'ceasefire'], notFollowedBy: ['be', 'have', 'become'], window: 2 },
  { forms: ['signed', 'ratified'], type: 'SUPPORT', pos: 'verb', followedBy: ['agreement', 'treaty', 'accord', 'pact', 'deal', 'armistice', 'declaration', 'protocol', 'charter', 'agreements', 'treaties', 'accords', 'deals', 'declarations', 'ceasefire', 'truce', 'alliance', 'convention'], window: 8 },
  // a caption's present tense: "Walesa signs the Gdansk Agreement"; not "a sign the agreement holds", "signs of a deal"
  { forms: ['signs', 'sign'], type: 'SUPPORT', pos: 'verb', followedBy: ['agreement', 'treaty', 'accord', 'pact', 'deal', 'armistice', 'protocol', 'ceasefire', 'truce', 'agreements', 'treaties', 'accords'], asVerbAfter: ['to', 'will', 'would', 'did', 'not', 'must', 'could', 'can'], notPrecededBy: ['a', 'no', 'any', 'clear', 'first', 'positive', 'early'], window: 4 },
  // "The Treaty of Paris was signed on 30 March": the agreement named before the passive verb
  { forms: ['signed', 'ratified'], type: 'SUPPORT', pos: 'verb', precededBy: ['agreement', 'treaty', 'accord', 'pact', 'deal', 'armistice', 'protocol', 'ceasefire', 'truce', 'peace'], window: 5 },
  // "recognised the killings as genocide": past killings named a crime
  { forms: ['recognised', 'recognized', 'recognises', 'recognizes'], type: 'ACCUSE', pos: 'verb', followedBy: ['genocide', 'massacre', 'crime', 'crimes'], window: 5 },
  { forms: ['recognised', 'recognized'], type: 'SUPPORT', pos: 'verb', followedBy: ['government', 'independence', 'state', 'republic', 'regime'], window: 4 },
  { forms: ['endorsed', 'praised', 'expressed support'], type: 'SUPPORT', pos: 'verb', notAimedAt: WORKS, playable: true },
  // "welcomed the deal", "welcomed the release of the hostages"; not guests welcomed
  { forms: ['welcomed', 'welcomes', 'hailed'], type: 'SUPPORT', pos: 'verb', followedBy: ['deal', 'agreement', 'accord', 'decision', 'move', 'ceasefire', 'truce', 'treaty', 'release', 'announcement', 'proposal', 'talks', 'resolution', 'verdict', 'election', 'vote', 'step', 'pledge', 'ruling', 'judgment', 'judgement', 'offer', 'plan', 'reforms'], window: 3 },
  // "met with unqualified success", "met with resistance": a reception, not a meeting.
  { forms: ['met with', 'meet with', 'meets with', 'been met with', 'was met with', 'were met with'], type: '', pos: 'verb', blocks: true, followedBy: ['success', 'approval', 'resistance', 'criticism', 'skepticism', 'scepticism', 'silence', 'disapproval', 'applause', 'indifference', 'failure', 'derision', 'praise', 'suspicion', 'hostility', 'outrage', 'anger', 'dismay', 'enthusiasm', 'disbelief', 'ridicule', 'acclaim', 'delight', 'relief', 'mixed', 'little', 'some', 'much', 'widespread', 'general', 'unqualified', 'considerable', 'limited', 'cautious', 'guarded', 'muted', 'optimism', 'concern', 'alarm', 'surprise'], window: 3 },
  { forms: ['been met with', 'was met with', 'were met with', 'be met with', 'is met with', 'are met with'], type: '', pos: 'verb', blocks: true },
  { forms: ['held talks', 'hold talks', 'peace talks', 'negotiated', 'negotiations', 'met with'], type: 'CONSULT', pos: 'verb' },
  // "after a week of talks in Pretoria", "direct talks", "talks mediated by the African Union"
  { forms: ['talks'], type: 'CONSULT', pos: 'noun', precededBy: ['of', 'direct', 'bilateral', 'ceasefire', 'truce', 'crisis', 'fresh', 'secret', 'mediated', 'brokered', 'preliminary', 'formal', 'high-level', 'televised'], window: 1 },
  { forms: ['talks'], type: 'CONSULT', pos: 'noun', followedBy: ['mediated', 'brokered', 'hosted', 'between'], window: 1 },
  // "the sultan sent an envoy to Vienna"
  // "invited the peasant captain to talks", "invited the rebels to negotiate"
  { forms: ['invited', 'invites', 'inviting'], type: 'CONSULT', pos: 'verb', followedBy: ['talks', 'negotiations', 'negotiate', 'parley', 'conference', 'truce'], window: 6 },
  { forms: ['sent an envoy', 'sent envoys', 'sent an embassy', 'dispatched an envoy', 'dispatched envoys', 'sent a delegation', 'sent delegates', 'sent emissaries', 'sent an emissary'], type: 'CONSULT', pos: 'verb' },
  { forms: ['visited', 'state visit'], type: 'CONSULT', mode: 'visit', pos: 'verb' },
  { forms: ['met'], type: 'CONSULT', pos: 'verb', followedBy: ['in', 'with', 'at', 'on', 'privately', 'secretly', 'face', 'briefly', 'again'], notPrecededBy: ['were', 'was', 'been', 'be', 'is', 'are', 'being', 'forces', 'armies', 'fleets', 'troops', 'columns'], window: 1 },
  // ("met the law, education and information ministers", "met the president")
  { forms: ['met'], type: 'CONSULT', pos: 'verb', followedBy: ['ministers', 'minister', 'president', 'premier', 'leaders', 'officials', 'envoy', 'envoys', 'delegation', 'delegates', 'counterpart', 'counterparts', 'representatives', 'chancellor', 'king', 'pope', 'ambassador', 'mediators', 'negotiators'], notFollowedBy: ['resistance', 'opposition', 'fire', 'criticism', 'demand', 'demands', 'deadline', 'target', 'targets', 'requirements', 'expectations', 'death', 'end', 'fate'], notPrecededBy: ['were', 'was', 'been', 'be', 'is', 'are', 'being', 'forces', 'armies', 'fleets', 'troops', 'columns'], window: 8 },
  // "hundreds of people had taken refuge in the embassy"
  // (not shelter from a raid: "civilians who had taken refuge in the shelter")
  { forms: ['taken refuge', 'took refuge', 'taking refuge', 'sought refuge', 'seeking refuge', 'seek refuge', 'take refuge', 'were sheltering', 'sheltered in', 'took shelter'], type: 'DISPLACE', pos: 'verb', notFollowedBy: ['shelter', 'shelters', 'basement', 'basements', 'cellar', 'cellars', 'bunker', 'bunkers', 'subway', 'metro'], window: 4 },
  { forms: ['offered asylum', 'granted asylum', 'offered settlement', 'offered refuge', 'gave refuge', 'offered shelter', 'given asylum', 'given refuge'], type: 'AID', mode: 'asylum', pos: 'verb' },
  // "left millions in need of food aid", "appealed for humanitarian aid": aid wanted, not given
  { forms: ['humanitarian aid', 'food aid', 'relief supplies'], type: '', pos: 'noun', blocks: true, precededBy: ['need', 'needed', 'needing', 'appeal', 'appealed', 'appealing', 'calls', 'called', 'asked', 'requested', 'without', 'awaiting'], window: 3 },
  { forms: ['airlifted', 'airlifting', 'airlift', 'humanitarian aid', 'food aid', 'relief supplies', 'sent aid', 'delivered aid'], type: 'AID', mode: 'humanitarian', pos: 'verb' },
  // "sent three planes carrying 168 search-and-rescue personnel", "dispatched 60 rescuers"; not "relief armies", "a team of specialists" (investigators too)
  { forms: ['sent', 'dispatched'], type: 'AID', mode: 'humanitarian', pos: 'verb', followedBy: ['rescuers', 'rescue', 'doctors', 'medics', 'supplies', 'tents', 'medicine', 'medicines', 'firefighters', 'aid'], notFollowedBy: ['seize', 'capture', 'take', 'attack', 'destroy', 'burn', 'raid', 'intercept'], window: 9 },
  { forms: ['delivered', 'distributed', 'handed out'], type: 'AID', mode: 'humanitarian', pos: 'verb', followedBy: ['food', 'aid', 'supplies', 'medicine', 'medicines', 'water', 'medical', 'blankets', 'tents'], window: 2 },
  // "landed food and powder", "tried to bring in supplies"
  { forms: ['landed', 'brought in', 'bring in', 'bringing in', 'ferried', 'smuggled in', 'flew in', 'flown in', 'trucked in', 'shipped in'], type: 'AID', pos: 'verb', followedBy: ['food', 'supplies', 'provisions', 'medicine', 'medicines', 'tents', 'blankets', 'powder', 'ammunition', 'grain', 'water', 'flour'], window: 3 },
  // "a United Nations convoy", "an aid convoy"
  { forms: ['convoy', 'convoys'], type: 'AID', mode: 'humanitarian', pos: 'noun', precededBy: ['aid', 'relief', 'humanitarian', 'nations', 'un', 'food', 'cross', 'crescent'], window: 2 },
  // "pledged €1.1 billion in development aid"
  { forms: ['pledged', 'pledging', 'pledges'], type: 'AID', mode: 'economic', pos: 'verb', followedBy: ['$', '€', '£', 'billion', 'million'], window: 3 },
  { forms: ['military aid', 'supplied arms', 'sent arms', 'shipped arms'], type: 'AID', mode: 'military', pos: 'verb' },
  { forms: ['economic aid', 'loan', 'loans', 'grant of'], type: 'AID', mode: 'economic', pos: 'noun', precededBy: ['granted', 'gave', 'offered', 'approved', 'provided', 'extended'], window: 3 },

  // REQUEST, ACCUSE, REJECT, THREATEN
  // "presented their demands to the government", "the strikers listed 21 demands"
  { forms: ['demands'], type: 'REQUEST', pos: 'noun', precededBy: ['listed', 'lists', 'issued', 'issues', 'presented', 'presents', 'published', 'submitted', 'drew', 'forward', 'made'], window: 4 },
  // "begged the emperor to pardon them", "pleaded for mercy"; not "pleaded guilty"
  { forms: ['begged', 'pleaded', 'implored', 'beseeched', 'besought', 'entreated'], type: 'REQUEST', pos: 'verb', followedBy: ['to', 'for', 'with'], notFollowedBy: ['guilty', 'innocent', 'ignorance', 'fifth', 'insanity', 'no', 'not'], window: 4 },
  { forms: ['demanded', 'called for', 'called on', 'urged', 'appealed', 'requested', 'petitioned', 'asked for'], type: 'REQUEST', pos: 'verb', notFollowedBy: PRESS_ROUTINE, notPrecededBy: DOCUMENTS, window: 3 },
  // "rejected calls for a wealth tax", "despite appeals for calm": the noun is what another act is about.
  { forms: ['appeals for', 'calls for', 'demands for'], type: 'REQUEST', pos: 'verb', notFollowedBy: PRESS_ROUTINE, notPrecededBy: [...DOCUMENTS, 'rejected', 'rejects', 'dismissed', 'ignored', 'resisted', 'rebuffed', 'despite', 'amid', 'growing', 'renewed', 'repeated', 'mounting', 'heeded', 'after', 'following', 'to'], window: 3 },
  // "ordered the armed forces to deploy", "ordered 3,000 more soldiers to Poland": the order moves the forces (an order to withdraw, to fire or to disobey is not a build-up)
  { forms: ['ordered'], type: 'MOBILIZE', mode: 'troops', pos: 'verb', aimedAt: FORCES, followedBy: ['deploy', 'advance', 'move', 'march', 'mobilise', 'mobilize', 'reinforce', 'enter', 'occupy', 'invade', 'storm', 'forward', 'into', 'cross', 'more', 'additional', 'extra'], notPrecededBy: ['was', 'were', 'been', 'be', 'being'], window: 7, violent: true },
  { forms: ['ordered'], type: 'REQUEST', pos: 'verb', followedBy: ['to'], notPrecededBy: ['was', 'were', 'been', 'be', 'being'], window: 3 },
  // "asked the alliance for help"
  { forms: ['asked'], type: 'REQUEST', pos: 'verb', followedBy: ['help', 'assistance', 'aid', 'support', 'intervention', 'protection', 'troops'], notPrecededBy: ['was', 'were', 'when', 'be', 'been', 'being', 'who'], window: 8 },
  { forms: ['asked'], type: 'REQUEST', pos: 'verb', followedBy: ['to'], notFollowedBy: PRESS_ROUTINE, notPrecededBy: ['was', 'were', 'when', 'be', 'been', 'being', 'who'], window: 3 },
  { forms: ['protest note', 'formal protest', 'lodged a protest', 'lodged protests', 'diplomatic protest'], type: 'ACCUSE', pos: 'noun' },
  // "charged with investigating": a duty given, not an accusation.
  { forms: ['charged with'], type: '', pos: 'verb', blocks: true, followedBy: ['investigating', 'overseeing', 'ensuring', 'making', 'developing', 'implementing', 'managing', 'running', 'drafting', 'enforcing', 'protecting', 'organising', 'organizing', 'coordinating', 'supervising', 'monitoring', 'preparing', 'reviewing', 'administering', 'carrying', 'the', 'responsibility', 'a', 'an'], window: 1 },
  { forms: ['excommunicated', 'anathematised', 'anathematized'], type: 'ACCUSE', pos: 'verb' },
  { forms: ['accused', 'condemned', 'denounced', 'criticised', 'criticized', 'blamed', 'sued', 'charged with', 'censured', 'rebuked', 'reprimanded', 'deplored', 'decried'], type: 'ACCUSE', pos: 'verb' },
  // "charged him with disturbing public order", "accusing them of showing the violence"
  // (not a charge with weapons: "paratroopers charged them with clubs and bayonets")
  { forms: ['charged him with', 'charged her with', 'charged them with'], type: 'ACCUSE', pos: 'verb', notFollowedBy: ['clubs', 'bayonets', 'batons', 'sabres', 'sabers', 'swords', 'truncheons', 'lances', 'spears', 'fixed', 'drawn', 'rifles', 'tanks', 'horses', 'dogs'], window: 2 },
  // ("accuses the BNP and its ally Jamaat-e-Islami of hijacking the protests": the accused may take several words)
  { forms: ['accusing', 'accuses'], type: 'ACCUSE', pos: 'verb', followedBy: ['of'], window: 12 },
  // "were tried for seditious conspiracy", "stood trial for treason"; not "tried for years to"
  { forms: ['tried for', 'stood trial', 'stand trial', 'went on trial', 'brought to trial'], type: 'ACCUSE', pos: 'verb', precededBy: ['was', 'were', 'be', 'been', 'being', 'eventually', 'later', 'he', 'she', 'they', 'leaders', 'men', 'officers'], notFollowedBy: ['years', 'months', 'decades', 'weeks', 'days', 'hours', 'ages', 'some', 'several', 'many', 'long'], window: 2 },
  // "stripped him of his parliamentary immunity", "was stripped of his citizenship"
  { forms: ['stripped'], type: 'COERCE', pos: 'verb', followedBy: ['immunity', 'citizenship', 'nationality', 'rank', 'title', 'titles', 'command', 'powers', 'seat', 'licence', 'license', 'accreditation', 'passport'], window: 5 },
  // "took two private television channels off the air"
  { forms: ['off the air'], type: 'COERCE', mode: 'censor', pos: 'verb', precededBy: ['took', 'taken', 'take', 'takes', 'taking', 'pulled', 'forced', 'knocked'], window: 6 },
  { forms: ['rejected', 'refused', 'vetoed', 'defied', 'turned down', 'renounced', 'repudiated', 'ruled out'], type: 'REJECT', pos: 'verb', notFollowedBy: [...PRESS_ROUTINE, ...FIGURES], window: 3 },
  // "declined to sign", "declined the invitation"; "home values have declined" is a fall.
  { forms: ['declined', 'declines', 'declining'], type: '', pos: 'verb', blocks: true, precededBy: MARKET_SUBJECTS, window: 3 },
  { forms: ['declined'], type: 'REJECT', pos: 'verb', followedBy: ['to', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'all', 'any'], notAimedAt: [...PRESS_ROUTINE, ...FIGURES], window: 1 },
  // ("The Houthis denied the charge", "denied involvement")
  { forms: ['denied', 'denies', 'deny', 'denying'], type: 'REJECT', pos: 'verb', followedBy: ['charge', 'charges', 'accusation', 'accusations', 'allegation', 'allegations', 'involvement', 'responsibility', 'claim', 'claims', 'wrongdoing', 'reports'], notPrecededBy: ['be', 'been', 'is', 'was', 'were'], window: 3 },
  { forms: ['changed their mind', 'changed their minds', 'changed its mind', 'changed his mind', 'changed course'], type: 'REJECT', pos: 'verb' },
  { forms: ['reversed'], type: 'REJECT', pos: 'verb', followedBy: ['decision', 'course', 'policy', 'position', 'itself', 'stance'], window: 3 },
  { forms: ['threatened', 'ultimatum'], type: 'THREATEN', pos: 'verb' },
  // "authorised the security forces to shoot to kill without warning": force announced, not yet used
  { forms: ['shoot to kill', 'shoot - to - kill', 'shoot on sight', 'shoot - on - sight'], type: 'THREATEN', mode: 'violence', pos: 'verb' },
  // "the power to declare war" is the constitution's, not an act
  { forms: ['declare war', 'declaring war'], type: '', pos: 'verb', blocks: true, precededBy: ['power', 'powers', 'right', 'authority', 'sole', 'exclusive', 'constitution', 'constitutional'], window: 8 },
  // "Italy declared war on Germany": force announced, the nearest PLOVER type (fighting that follows is ASSAULT)
  { forms: ['declared war', 'declares war', 'declaring war', 'declaration of war', 'declare war'], type: 'THREATEN', mode: 'violence', pos: 'verb', notFollowedBy: [...ABSTRACT_ADVERSARIES, 'terror', 'terrorism'], window: 2 },
  // A warning is a threat only when force or a penalty is named: "warned that they would be shot".
  { forms: ['warned', 'warning that'], type: 'THREATEN', pos: 'verb', followedBy: FORCE_WORDS, window: 12 },
  { forms: ['warned'], type: 'THREATEN', pos: 'verb', precededBy: FORCE_WORDS, window: 14 },
  { forms: ['vowed', 'pledged', 'swore'], type: 'THREATEN', mode: 'violence', pos: 'verb', followedBy: ['fight', 'fighting', 'retaliate', 'revenge', 'avenge', 'crush', 'destroy', 'attack', 'resist', 'punish', 'retaliation', 'stern', 'harsh', 'tough', 'severe', 'decisive', 'merciless'], window: 3 },

  // DISPLACE (extension)
  { forms: ['fled', 'flee', 'fleeing', 'flees', 'driven from their homes', 'forced from their homes', 'exodus', 'evacuated', 'driven from their land', 'driven off their land', 'driven from their villages', 'forced from their land', 'forced off their land', 'driven from their lands'], type: 'DISPLACE', pos: 'verb' },
  // "some 70,000 people had left the country" (a crowd or a count: one traveller leaving is no displacement, see extract.ts)
  { forms: ['left the country', 'leave the country', 'leaving the country', 'left their homeland', 'left their homes'], type: 'DISPLACE', pos: 'verb' },
  // "thousands were driven out of the city", "7,000 people were flown out"; not "forced out of office"
  { forms: ['driven out', 'forced out', 'flown out', 'driven from', 'expelled from'], type: 'DISPLACE', pos: 'verb', notFollowedBy: ['office', 'power', 'government', 'party', 'job', 'post', 'race', 'business', 'market', 'league', 'tournament', 'competition'], window: 3 },
  // exile: "went into exile", "were driven into exile"; emigration
  { forms: ['into exile', 'emigrated'], type: 'DISPLACE', pos: 'verb' },
  // refugees on the move: "Refugees cross a canal bridge", "evacuees arrived in Vienna"
  { forms: ['cross', 'crossed', 'crossing', 'arrive', 'arrived', 'arriving', 'streamed', 'poured', 'queue', 'queued', 'wait', 'waited'], type: 'DISPLACE', pos: 'verb', precededBy: ['refugees', 'evacuees', 'migrants'], window: 2 },
  // ("some 30,000 people had crossed into eastern Chad")
  { forms: ['crossed into', 'crossed the border', 'crossed the frontier', 'streamed across', 'poured across'], type: 'DISPLACE', pos: 'verb', precededBy: ['people', 'civilians', 'families', 'residents', 'villagers', 'children', 'women', 'inhabitants'], window: 3 },
  { forms: ['reached safety', 'reach safety', 'made it to safety', 'made it across', 'make it across', 'made it over'], type: 'DISPLACE', pos: 'verb', playable: true },
  // "displaced people" names a group; "were displaced" tells the event.
  { forms: ['displaced'], type: 'DISPLACE', pos: 'verb', notFollowedBy: ['people', 'persons', 'families', 'civilians', 'residents', 'children', 'person', 'camp', 'camps'], window: 1 },
];

/** Weapons named in a sentence, by ASSAULT mode, used to refine modes of generic triggers. */
export const INSTRUMENT_MODES: Record<string, string> = {
  shot: 'firearms', shots: 'firearms', gunfire: 'firearms', guns: 'firearms', gunmen: 'firearms', rifles: 'firearms',
  // not "fired": it fires tear gas and rockets too, and says nothing of the weapon by itself
  bullets: 'firearms', snipers: 'firearms', machine: 'firearms', pistols: 'firearms',
  bomb: 'explosives', bombs: 'explosives', explosion: 'explosives', explosives: 'explosives', grenades: 'explosives',
  grenade: 'explosives', landmine: 'explosives', landmines: 'explosives',
  tanks: 'heavy-weapons', tank: 'heavy-weapons', artillery: 'heavy-weapons', shells: 'heavy-weapons',
  mortars: 'heavy-weapons', mortar: 'heavy-weapons', rockets: 'heavy-weapons', cannon: 'heavy-weapons',
  aircraft: 'aerial', planes: 'aerial', warplanes: 'aerial', drones: 'aerial', drone: 'aerial', jets: 'aerial', bombers: 'aerial', helicopters: 'aerial', airstrikes: 'aerial',
  knives: 'primitive', machetes: 'primitive', clubs: 'primitive', stones: 'primitive', rocks: 'primitive',
};

/** Words that show a sentence is about sport, where attacking, fighting and beating are play. */
export const SPORTS_CONTEXT = new Set([
  'champion', 'championship', 'championships', 'match', 'matches', 'serve', 'tiebreak', 'tournament', 'league',
  'coach', 'goals', 'striker', 'midfielder', 'scored', 'innings', 'wicket', 'cup', 'olympic', 'olympics', 'medal',
  'playoff', 'playoffs', 'referee', 'semifinal', 'quarterfinal', 'seeded', 'opponent', 'lap', 'laps',
  'goalkeeper', 'whistle', 'defender', 'penalty', 'penalties', 'kickoff', 'equaliser', 'equalizer', 'halftime',
  'tennis', 'football', 'soccer', 'rugby', 'cricket', 'basketball', 'baseball', 'hockey', 'boxing', 'chess', 'fixture',
  'header', 'stoppage', 'heavyweight', 'middleweight', 'welterweight', 'knockout', 'bout', 'boxer', 'scorer', 'goalless',
  'winger', 'volley', 'touchdown', 'quarterback', 'pitcher', 'umpire', 'batsman', 'bowler', 'grandmaster', 'peloton',
  'cyclist', 'sprinter', 'racquet', 'finals', 'semifinals', 'quarterfinals', 'champions', 'titleholder',
  'stumps', 'crease', 'bowled', 'batting', 'bowling', 'spinner', 'paceman', 'batter', 'batters',
  'rook', 'rooks', 'pawn', 'pawns', 'checkmate', 'stalemate', 'endgame',
]);

/** Words of company news: there, agreeing, rejecting and negotiating are business, not politics. */
export const BUSINESS_CONTEXT = new Set([
  'acquire', 'acquired', 'acquisition', 'merger', 'merge', 'shares', 'share', 'stock', 'stocks', 'revenue', 'profit',
  'profits', 'earnings', 'dividend', 'takeover', 'inc', 'corp', 'plc', 'bancorp', 'transactions', 'shareholders',
  'quarter', 'investors', 'bid', 'subsidiary', 'ltd', 'co', 'assets', 'stake', 'transaction', 'businesses', 'firm', 'firms',
  'company', 'companies', 'market', 'markets', 'trading', 'bonds', 'shareholder', 'sell', 'sold',
  // Possessives are single tokens: "the company's chief executive apologised".
  "company's", "firm's", "companies'", 'ceo', 'customers', 'clients',
]);
export const VERBAL_EVENT_TYPES = new Set(['AGREE', 'REJECT', 'CONSULT', 'ACCUSE', 'REQUEST', 'SUPPORT']);

/** Words that show deaths or damage came from an accident or a natural disaster, not an assault. */
export const NON_VIOLENT_CAUSES = new Set([
  'accident', 'crash', 'crashed', 'earthquake', 'flood', 'floods', 'flooding', 'storm', 'hurricane', 'avalanche',
  'landslide', 'epidemic', 'disease', 'collision', 'tornado', 'tsunami', 'eruption', 'typhoon', 'cyclone',
  'drought', 'heatwave', 'derailed', 'derailment', 'pandemic', 'illness', 'cancer', 'cholera', 'malaria', 'typhus',
  'collided', 'sank', 'capsized', 'drowned', 'measles', 'ebola', 'influenza', 'flu', 'famine', 'starvation', 'malnutrition', 'dysentery', 'outbreak', 'virus',
  'quake', 'aftershock', 'stampede', 'mudslide', 'wildfire', 'wildfires', 'blaze', 'overdose', 'overdoses', 'heatstroke',
  'rain', 'rains', 'rainfall', 'downpour', 'downpours', 'monsoon', 'cloudburst', 'floodwaters', 'lightning', 'blizzard', 'snowstorm',
  'storms', 'hurricanes', 'earthquakes', 'landslides', 'mudslides', 'avalanches', 'heatwaves',
  'typhoid', 'hunger', 'scurvy', 'plague', 'smallpox', 'tuberculosis', 'pneumonia', 'fever', 'dehydration', 'frostbite', 'plunged',
  // ("killed by a falling tree", "gusts of 100mph")
  'tree', 'trees', 'gust', 'gusts', 'gale', 'gales', 'windstorm',
]);
