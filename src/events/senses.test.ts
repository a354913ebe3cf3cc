/**
 * Word senses that are not events: figures of speech, market reports, sport and criticism of
 * works, beside the literal uses that stay events. Each test pairs a non-event with an event.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument, DEFAULT_OPTIONS } from '../pipeline/run.js';
import { quantitiesStage } from '../quantities/index.js';
import { eventsStage } from './index.js';

/** The events of a text with no entities or timexes: only the trigger lexicon and its rules speak. */
function coded(text: string): string[] {
  const doc = createDocument({ name: 't', text });
  doc.quantities = quantitiesStage.run(doc, DEFAULT_OPTIONS).quantities ?? [];
  return (eventsStage.run(doc, DEFAULT_OPTIONS).events ?? []).map((e) => `${e.type}:${e.trigger.text}`);
}

test('a campaign against a social ill is no assault, an attack on a town is', () => {
  assert.deepEqual(coded('The minister launched a fresh attack on inflation.'), []);
  assert.deepEqual(coded('The bank has fought a long battle against rising prices.'), []);
  assert.deepEqual(coded('Rebels launched an attack on the town at dawn.'), ['ASSAULT:attack']);
});

test('attacking a policy in words is criticism, attacking a work of art is neither', () => {
  assert.deepEqual(coded('Opposition leaders attacked the budget as a betrayal of pensioners.'), ['ACCUSE:attacked']);
  assert.deepEqual(coded('Critics attacked the script but praised the sound design.'), []);
  assert.deepEqual(coded('The coach praised his players.'), []);
  assert.deepEqual(coded('The president praised the peace plan.'), ['SUPPORT:praised']);
});

test('criticism of a policy in company news is not turned into an assault', () => {
  // The business words silence verbal events; the policy target still keeps the attack from being violence.
  assert.deepEqual(coded("The company's chief executive attacked the tariff plan as shares fell 4 percent."), []);
});

test('market figures that retreat or decline are no withdrawal and no refusal', () => {
  assert.deepEqual(coded('Inflation retreated to 1.9 percent in May. Bond yields retreated after the speech. Home values have declined.'), []);
  assert.deepEqual(coded('The rebels retreated to the hills. The minister declined to sign the decree.'), ['RETREAT:retreated', 'REJECT:declined']);
});

test('conceding an election or a goal is no concession, conceding a demand is', () => {
  assert.deepEqual(coded('The chancellor conceded defeat after the first projections.'), []);
  assert.deepEqual(coded('The government conceded and freed the prisoners.'), ['CONCEDE:conceded', 'RETREAT:freed']);
});

test('storming back and storms in the news are no assault, storming a building is', () => {
  assert.deepEqual(coded('The Left party stormed back into parliament. The worst of the storm has passed.'), []);
  assert.deepEqual(coded('Militias stormed the barracks.'), ['ASSAULT:stormed']);
});

test('a camera shot, a fair shot and a film sequence are no shooting', () => {
  assert.deepEqual(coded('The director shot most of the battle scenes in Finland. Everyone deserves a fair shot.'), []);
  assert.deepEqual(coded('The invasion sequence took three months to film.'), []);
  assert.deepEqual(coded('Soldiers shot two farmers near the border.'), ['ASSAULT:shot']);
});

test('killing a bill or killing off a game ends no life', () => {
  assert.deepEqual(coded('Lobbyists are trying to kill the reform bill. A late goal killed off the contest.'), []);
  assert.deepEqual(coded('Gunmen killed four guards.'), ['ASSAULT:killed']);
});

test('protesting one\'s innocence is no protest', () => {
  assert.deepEqual(coded('The defendant protested his innocence throughout the trial.'), []);
  assert.deepEqual(coded('Farmers protested outside the ministry.'), ['PROTEST:protested']);
});

test('a request that another act answers is not a new request', () => {
  assert.deepEqual(coded('The minister rejected calls for a wealth tax.'), ['REJECT:rejected']);
  assert.deepEqual(coded('The council calls for calm.'), ['REQUEST:calls for']);
});

test('what a threat or a fear names has not happened', () => {
  assert.deepEqual(coded('They live every day with the threat of deportation.'), []);
  assert.deepEqual(coded('The government ordered the closing of the detention center.'), []);
});

test('technology and money are deployed without any mobilization', () => {
  assert.deepEqual(coded('Businesses will deploy the next generation of wireless networks.'), []);
  assert.deepEqual(coded('The army deployed two brigades to the border.'), ['MOBILIZE:deployed']);
});

test('a figurative hostage is no abduction', () => {
  assert.deepEqual(coded('The nominations should not be held hostage to the grudges of a few senators.'), []);
  assert.deepEqual(coded('Gunmen held twelve tourists hostage.'), ['ASSAULT:hostage']);
});

test('protesters entering a city march, troops entering it mobilize', () => {
  assert.deepEqual(coded('Students marched into the city from across the country.'), ['PROTEST:marched into']);
  assert.deepEqual(coded('Troops marched into the city at dawn.'), ['MOBILIZE:marched into']);
});

test('supporters gathering outside a building protest, a family gathering does not', () => {
  assert.deepEqual(coded('Hundreds of supporters gathered outside the courthouse.'), ['PROTEST:gathered']);
  assert.deepEqual(coded('The family gathered outside the hospital.'), []);
});

test('armies crossing and advancing attack, prices advancing do not', () => {
  assert.deepEqual(coded('German armies had crossed the river within weeks.'), ['ASSAULT:crossed']);
  assert.deepEqual(coded('Share prices advanced 3 percent.'), []);
});

test('bombers destroying a town attack it, an earthquake destroying one does not', () => {
  assert.deepEqual(coded('German bombers destroyed the town.'), ['ASSAULT:destroyed']);
  assert.deepEqual(coded('The quake destroyed the town.'), []);
});

test('a declared ceasefire is a concession', () => {
  assert.deepEqual(coded('The rebel leader declared a unilateral ceasefire.'), ['CONCEDE:ceasefire']);
});

test('a promise made with a participle is an agreement', () => {
  assert.deepEqual(coded('The minister spoke on Thursday, promising to freeze hiring.'), ['AGREE:promising']);
});

test('accidents named in the sentence keep deaths from being assaults', () => {
  assert.deepEqual(coded('A stampede killed twelve pilgrims.'), []);
  assert.deepEqual(coded('A council worker was killed by a falling tree. Gusts of 90mph killed two people.'), []);
});

test('the target scan stays linear on a long run of words', () => {
  const started = Date.now();
  coded(`Rebels attacked ${'the '.repeat(200_000)}town.`);
  assert.ok(Date.now() - started < 8000);
});

test('weapons named for assault and attacks on rights in argument are no assaults', () => {
  assert.deepEqual(coded('The law limits assault weapons. Attacks on collective bargaining went unanswered.'), []);
  assert.deepEqual(coded('Hackers should not invade the privacy of families.'), []);
  assert.deepEqual(coded('Gunmen attacked the convoy with assault rifles.'), ['ASSAULT:attacked']);
});

test('sentencing rules, savings withdrawn and democracy on the march are no events', () => {
  assert.deepEqual(coded('Three strikes and you are out. Savers may withdraw from the account tax-free. Democracy is on the march.'), []);
  assert.deepEqual(coded('Dock strikes spread to three ports.'), ['PROTEST:strikes']);
});

test('customers, critics and investors besiege and attack only figuratively', () => {
  assert.deepEqual(coded('Customers have besieged the counter since it opened. Our critic attacked a plate of wings.'), []);
  assert.deepEqual(coded('The dish took London by storm.'), []);
  assert.deepEqual(coded('Rebels besieged the garrison.'), ['ASSAULT:besieged']);
});

test('exchanges of fire, stones thrown and strikes on military sites are assaults', () => {
  assert.deepEqual(coded('Artillery exchanges along the border lasted all night.'), ['ASSAULT:Artillery exchanges']);
  assert.deepEqual(coded('Demonstrators threw stones at the police.'), ['ASSAULT:threw']);
  assert.deepEqual(coded('The air force struck nine sites across the border.'), ['ASSAULT:struck']);
  assert.deepEqual(coded('The storm struck several sites along the coast, a flood warning said.'), []);
});

test('a runner withdrawing from a race is no retreat, ships turning back are', () => {
  assert.deepEqual(coded('The defending champion withdrew after 30 kilometres of the marathon.'), []);
  assert.deepEqual(coded('Soviet ships carrying missiles turned back before the line.'), ['RETREAT:turned back']);
});

test('closing borders and airspace restricts movement', () => {
  assert.deepEqual(coded("The bloc closed its members' borders with the country."), ['COERCE:closed']);
  assert.deepEqual(coded('Pakistan closed its airspace to Indian airlines.'), ['COERCE:closed']);
});

test('capacity deployed by a company is no mobilization', () => {
  assert.deepEqual(coded('The firm would deploy more capacity this year.'), []);
});

test('a policy executed is carried out, a prisoner executed is put to death', () => {
  assert.deepEqual(coded('The council outlined the policy to be executed by the commission. The execution of these programs will cost money.'), []);
  assert.deepEqual(coded('The regime executed three dissidents.'), ['ASSAULT:executed']);
});

test('rents shooting up and a plan met with success tell no shooting and no meeting', () => {
  assert.deepEqual(coded('Rents shot to higher levels after the war. The plan has not met with unqualified success.'), []);
  assert.deepEqual(coded('The envoy met with rebel commanders in Doha.'), ['CONSULT:met with']);
});

test('armies meeting in battle fight, the two sides meeting hold talks', () => {
  assert.deepEqual(coded('The two armies met on the plain at dawn.'), ['ASSAULT:met']);
  assert.deepEqual(coded('The two forces met at dawn.'), []);
  assert.deepEqual(coded('The two sides met in Geneva.'), ['CONSULT:met']);
});

test('a count, a people counted or a flight abroad is a displacement without a crowd word; one suspect fleeing is not', () => {
  assert.deepEqual(coded('Some 90,000 fled the country that winter.'), ['DISPLACE:fled']);
  assert.deepEqual(coded('About 40,000 Armenians fled.'), ['DISPLACE:fled']);
  assert.deepEqual(coded('The deposed king went into exile in Rome.'), ['DISPLACE:into exile']);
  assert.deepEqual(coded('Refugees cross the river at dawn.'), ['DISPLACE:cross']);
  assert.deepEqual(coded('The suspect fled the scene.'), []);
  assert.deepEqual(coded('As the Saxons fled, the cavalry cut them down.'), []);
});

test('a caption\'s present tense signs an agreement; a sign of one does not', () => {
  assert.deepEqual(coded('The two leaders sign the border treaty in Lima.'), ['SUPPORT:sign']);
  assert.deepEqual(coded('It was a sign the treaty still held.'), []);
});

test('aid wanted is no aid given; rescuers sent are', () => {
  assert.deepEqual(coded('The drought left two million people in need of food aid.'), []);
  assert.deepEqual(coded('Norway sent 40 rescuers and two planes of tents.'), ['AID:sent']);
});

test('a movement hijacked abducts no one; a bus hijacked by gunmen does', () => {
  assert.deepEqual(coded('He said the protests had been hijacked by looters.'), []);
  assert.deepEqual(coded('Gunmen hijacked a bus near the border.'), ['ASSAULT:hijacked']);
});

test('fighting that flares and talks held are events', () => {
  assert.deepEqual(coded('Fighting erupted again near the dam.'), ['ASSAULT:Fighting']);
  assert.deepEqual(coded('The truce followed two weeks of talks in Doha.'), ['CONSULT:talks']);
});

test('reservists called up, military drills and units back at base are troop movements; breathing exercises are not', () => {
  assert.deepEqual(coded('The government called up reservists on Monday.'), ['MOBILIZE:called up']);
  assert.deepEqual(coded('Some 20,000 troops joined joint drills near the border.'), ['MOBILIZE:drills']);
  assert.deepEqual(coded('Patients learn breathing exercises at the clinic.'), []);
  assert.deepEqual(coded('Several units were returning to their bases.'), ['RETREAT:returning to their bases']);
  assert.deepEqual(coded('By the end of martial law, the camps were empty.'), []);
});

test('a body charged with a duty is not accused of anything', () => {
  assert.deepEqual(coded('The commission should be charged with investigating the dispute.'), []);
  assert.deepEqual(coded('Prosecutors charged the officer with manslaughter. Two men were charged with murder.'), ['ACCUSE:charged with']);
});

test('a campaign on an emergency and aims that clash are no violence', () => {
  assert.deepEqual(coded('A practical attack on the emergency will require local action. No objective of ours need clash with their peaceful aims.'), []);
});

test('germs attacking cells and cells invading tumours are biology', () => {
  assert.deepEqual(coded('The virus attacks the cells that coordinate the immune response.'), []);
  assert.deepEqual(coded('Engineered immune cells invade tumours and kill cancer cells.'), []);
  assert.deepEqual(coded('Critics of the regime were attacked by masked men.'), ['ASSAULT:attacked']);
});

test('records stormed and charts conquered are no assaults, a cricket attack is play', () => {
  assert.deepEqual(coded('Their band stormed the charts in 1970.'), []);
  assert.deepEqual(coded('The bowlers attacked the stumps with the new ball.'), []);
  assert.deepEqual(coded('The cartel fired a warning shot at speculators.'), []);
});

test('battles told by their outcome and villages burned are assaults', () => {
  assert.deepEqual(coded('The king defeated the northern earls at Fulford.'), ['ASSAULT:defeated']);
  assert.deepEqual(coded('Revolts in the north were crushed.'), ['ASSAULT:crushed']);
  assert.deepEqual(coded('Soldiers burned villages across the valley.'), ['ASSAULT:burned']);
  assert.deepEqual(coded('The wildfire burned homes across the valley.'), []);
  assert.deepEqual(coded('American troops landed at Inchon.'), ['ASSAULT:landed']);
});

test('deaths in attacks already told are not a new assault', () => {
  assert.deepEqual(coded('At least a dozen people were killed in the assaults.'), []);
  assert.deepEqual(coded('At least a dozen people were killed in clashes with police.'), ['ASSAULT:clashes']);
});

test('prisoners freed in a jailbreak are released', () => {
  assert.deepEqual(coded('Gangs freed about 4,000 inmates.'), ['RETREAT:freed']);
});

test('a company apologising to its customers concedes nothing, a government apologising does', () => {
  assert.deepEqual(coded("The company's chief executive apologised to customers for the outage."), []);
  assert.deepEqual(coded('The government apologised to the families of the victims.'), ['CONCEDE:apologised']);
});

test('acts agreed to after "to" are part of the agreement, however many', () => {
  assert.deepEqual(coded('The rebels agreed to disarm and to hold talks on the future.'), ['AGREE:agreed']);
});

test('what a warning names has not happened, and a warning of force is a threat', () => {
  assert.deepEqual(coded('He resigned in July, warning that if the army shot, it would shoot to hit.'), ['RETREAT:resigned', 'THREATEN:warning that']);
});

test('phishing and cyber attacks are not physical assaults', () => {
  assert.deepEqual(coded('Hackers launched phishing attacks exploiting the confusion.'), []);
});

test('promises of measures and elections are agreements', () => {
  assert.deepEqual(coded('The junta promised elections within 18 months.'), ['AGREE:promised']);
});

test('praise in a sentence about sport is no political support', () => {
  assert.deepEqual(coded('He praised his rival and said he would play at the Olympics.'), []);
});

test('farmers blocking motorways protest', () => {
  assert.deepEqual(coded('Farmers blocked eight motorways leading to the capital.'), ['PROTEST:blocked']);
});

test('a treaty carried into execution and an offensive splendidly executed put no one to death', () => {
  assert.deepEqual(coded('The treaty has been carried into execution. The execution of it was marked by respect.'), []);
  assert.deepEqual(coded('The well-timed and splendidly executed advance from Egypt was part of the strategy.'), []);
  assert.deepEqual(coded('The rebels were executed at dawn.'), ['ASSAULT:executed']);
});

test('a person executed on orders is put to death; a plan or an order executed on orders is carried out', () => {
  assert.deepEqual(coded("The vizier reached Belgrade, where he was executed on the Sultan's orders."), ['ASSAULT:executed']);
  assert.deepEqual(coded('Nagy was executed on the orders of the Kremlin.'), ['ASSAULT:executed']);
  assert.deepEqual(coded('The plan was executed on orders from Rome. It was executed on the orders of the board.'), []);
});

test('a passive "met with" is a reception, not a meeting', () => {
  assert.deepEqual(coded('The expenditures have been met with a promptitude unusual in such cases.'), []);
});

test('play told in the sentence after a sport is named is still play', () => {
  assert.deepEqual(coded('She won the final in straight sets after a long tiebreak. Earlier she fought off three set points and beat the champion of 2019.'), []);
  assert.deepEqual(coded('The striker was named in the squad. He fired a shot into the top corner.'), []);
  // A sport named two sentences away does not reach: a digest may put war after sport.
  assert.deepEqual(
    coded('The league resumes on Friday. Ministers met on Monday. Troops attacked the town at dawn.').filter((e) => e.startsWith('ASSAULT')),
    ['ASSAULT:attacked'],
  );
});

test('a bare definite noun points back to an event of its kind told before', () => {
  assert.deepEqual(coded('Gunmen attacked the airport on Tuesday. The attack was the first in the capital for a decade.'), ['ASSAULT:attacked']);
  // A new target, or a strike reaching new towns, is news.
  assert.deepEqual(coded('Gunmen attacked the airport. The attack on the barracks came later.'), ['ASSAULT:attacked', 'ASSAULT:attack']);
  assert.deepEqual(coded('Dockers went on strike. The next day the strike had spread to 400 towns.'), ['PROTEST:went on strike', 'PROTEST:strike']);
  assert.deepEqual(coded('The attack was the first in the capital for a decade.'), ['ASSAULT:attack']);
});

test('chess attacks are play, blocked aid and regained control are events', () => {
  assert.deepEqual(coded('Traded rooks left a lost pawn ending after the challenger attacked relentlessly.'), []);
  assert.deepEqual(coded('The army has blocked most aid from entering the territory.'), ['COERCE:blocked']);
  assert.deepEqual(coded('Soldiers regained control of the airport in the afternoon.'), ['ASSAULT:regained control of']);
});

test('executions and massacres told as phrases, surrender and release on bail, arrests told as custody', () => {
  assert.deepEqual(coded('The two envoys were put to death in the square.'), ['ASSAULT:put to death']);
  assert.deepEqual(coded('The whole garrison was put to the sword.'), ['ASSAULT:put to the sword']);
  assert.deepEqual(coded('The fugitive gave himself up to the border guards.'), ['RETREAT:gave himself up']);
  assert.deepEqual(coded('Most of the organisers were let out on bail within days.'), ['RETREAT:let out on bail']);
  assert.deepEqual(coded('Forty students were taken into custody.'), ['COERCE:taken into custody']);
  assert.deepEqual(coded('The organiser was led away by officers.'), ['COERCE:led away by officers']);
});

test('a strike called off is one concession, not a second strike; a charge with clubs is no accusation', () => {
  assert.deepEqual(coded('The dockers called off the strike after nine days.'), ['CONCEDE:called off the strike']);
  assert.deepEqual(coded('Prosecutors charged him with sedition.'), ['ACCUSE:charged him with']);
  assert.deepEqual(coded('Police charged them with clubs and dogs.'), []);
  assert.deepEqual(coded('She tried for years to leave.'), []);
  assert.deepEqual(coded('The five leaders were tried for treason.'), ['ACCUSE:tried for']);
});

test('troops patrol streets and are brought in, fleets sail home; a constable on his beat or a car brought in is no move of forces', () => {
  assert.deepEqual(coded('Soldiers with rifles patrolled the streets of the capital.'), ['MOBILIZE:patrolled']);
  assert.deepEqual(coded('A constable patrolled his beat.'), []);
  assert.deepEqual(coded('The governor brought in two regiments of infantry.'), ['MOBILIZE:brought in']);
  assert.deepEqual(coded('The garage brought in a new car.'), []);
  assert.deepEqual(coded('After the defeat the fleet sailed home.'), ['RETREAT:sailed home']);
});

test('protest told by banners and streets, force told by canisters and the Riot Act; the coach reading it to his team is neither', () => {
  assert.deepEqual(coded('The marchers carried banners calling for a fair wage.'), ['PROTEST:carried banners']);
  assert.deepEqual(coded('By noon the students were back on the streets.'), ['PROTEST:back on the streets']);
  assert.deepEqual(coded('A teacher was struck by a tear gas canister.'), ['ASSAULT:struck by']);
  assert.deepEqual(coded('The sheriff read the Riot Act to the crowd.'), ['COERCE:read the Riot Act']);
  assert.deepEqual(coded('The coach read the riot act to his team after the match.'), []);
  assert.deepEqual(coded('The regulator took the channel off the air.'), ['COERCE:off the air']);
  assert.deepEqual(coded('The senate stripped him of his immunity.'), ['COERCE:stripped']);
});

test('crowds dispersed, constitutions suspended and networks shut down are coercion; a protest banned is not held, a banned one that went ahead is', () => {
  assert.deepEqual(coded('Riot police dispersed the crowd outside the palace.'), ['COERCE:dispersed']);
  assert.deepEqual(coded('The clouds dispersed by noon.'), []);
  assert.deepEqual(coded('The junta suspended the constitution.'), ['COERCE:suspended']);
  assert.deepEqual(coded('Authorities shut down the internet for three days.'), ['COERCE:shut down']);
  assert.deepEqual(coded('The plant was shut down for repairs.'), []);
  assert.deepEqual(coded('Messaging apps were throttled across the country.'), ['COERCE:throttled']);
  assert.deepEqual(coded('The government banned all demonstrations.'), ['COERCE:banned']);
  assert.deepEqual(coded('Thousands joined a banned demonstration in the capital.'), ['PROTEST:demonstration']);
});

test('strongholds taken, towns sacked or laid waste and gates opened to besiegers are events even when the place has no name; a road taken is not', () => {
  assert.deepEqual(coded('The mutineers seized the arsenal.'), ['ASSAULT:seized']);
  assert.deepEqual(coded('The raiders sacked the town and burned the abbey.'), ['ASSAULT:sacked', 'ASSAULT:burned']);
  assert.deepEqual(coded('The insurgents took the barracks at dawn.'), ['ASSAULT:took']);
  assert.deepEqual(coded('The rebels took the road to the coast.'), []);
  assert.deepEqual(coded('The duke laid waste to the valley.'), ['ASSAULT:laid waste']);
  assert.deepEqual(coded('After a month the city opened its gates to the besiegers.'), ['RETREAT:opened its gates']);
  assert.deepEqual(coded('The tenants were driven from their land.'), ['DISPLACE:driven from their land']);
});

test('what a protest calls for is not yet done: an amnesty or a boycott called for is the demand, not a concession or a boycott', () => {
  assert.deepEqual(coded('The marchers carried banners calling for an amnesty.'), ['PROTEST:carried banners']);
  assert.deepEqual(coded('Students called for a boycott of the elections.'), ['REQUEST:called for']);
  assert.deepEqual(coded('The government declared an amnesty.'), ['CONCEDE:amnesty']);
});

test('a crowd that was acted upon does not make the next blockade a protest', () => {
  assert.deepEqual(coded('Authorities detained about 300 people and blocked access to the square.'), ['COERCE:detained', 'COERCE:blocked']);
  assert.deepEqual(coded('Hundreds of people blocked the main road.'), ['PROTEST:blocked']);
});

test('envoys sent are a consultation; manor houses burned an assault', () => {
  assert.deepEqual(coded('The sultan sent an envoy to the emperor.'), ['CONSULT:sent an envoy']);
  assert.deepEqual(coded('The peasants burned the manor houses.'), ['ASSAULT:burned']);
  assert.deepEqual(coded('He burned the midnight oil.'), []);
});

test('fighting that entered its third day moved no troops; troops that entered the city on the third day did', () => {
  assert.deepEqual(coded('Fighting between the army and the Rapid Support Forces entered a third day.'), []);
  assert.deepEqual(coded('Government troops entered the city on the third day.'), ['MOBILIZE:entered']);
});

test('fighting that broke out, heavy fighting, a stabbing, a mass kidnapping, pupils seized, a column overrun and a truce agreed are events', () => {
  assert.deepEqual(coded('Fighting broke out in Khartoum on Saturday. Heavy fighting was reported near the airport.'), ['ASSAULT:Fighting', 'ASSAULT:fighting']);
  assert.deepEqual(coded('A man died after a stabbing outside a bar. He complained of stabbing pains.'), ['ASSAULT:stabbing']);
  assert.deepEqual(coded('Gunmen seized 137 pupils in Kuriga. It was another mass kidnapping. An alleged kidnapping attempt failed.'), ['ASSAULT:seized', 'ASSAULT:kidnapping']);
  assert.deepEqual(coded('A large force overran the column at Amba Alagi.'), ['ASSAULT:overran']);
  assert.deepEqual(coded('A week-long ceasefire agreed in Jeddah entered its second day. The truce collapsed at once.'), ['AGREE:ceasefire']);
});

test('a person caught, captured or seized is arrested, one released or freed let go; not a report released, a mania seized with, a batsman caught', () => {
  assert.deepEqual(coded('Smith was captured near the border. He has since been released. In 2016, 21 girls were released.'), ['COERCE:captured', 'RETREAT:released', 'RETREAT:released']);
  assert.deepEqual(coded('The Iraq Study Group Report was released on December 6. Investors, who were seized with a mania, bought land. He was released from hospital.'), []);
  assert.deepEqual(coded('Jaiswal batted for five hours before he was caught behind by the wicketkeeper in the Test.'), []);
});

test('men disarmed and a coup that failed are events; "the coup failed" tells again of a rising told before', () => {
  assert.deepEqual(coded("Loyal soldiers disarmed Nassiri's men. Before sunrise the radio announced that a coup had failed."), ['COERCE:disarmed', 'ASSAULT:coup']);
  assert.deepEqual(coded('The coup failed in Madrid.'), []);
});

test('an accusation whose accused take several words, a meeting with ministers, a ruling welcomed', () => {
  assert.deepEqual(coded('The government accuses the BNP and its ally Jamaat-e-Islami of hijacking the protests.'), ['ACCUSE:accuses']);
  assert.deepEqual(coded('Student coordinators met the law, education and information ministers on Friday night.'), ['CONSULT:met']);
  assert.deepEqual(coded('Student leaders welcomed the ruling.'), ['SUPPORT:welcomed']);
  assert.deepEqual(coded('The plan met the demands of the ministers.'), []);
});

test('people counted as displaced who fled or crossed a border are a displacement; one suspect fleeing is not', () => {
  assert.deepEqual(coded('Of those uprooted, more than 250,000 have fled across the borders.'), ['DISPLACE:fled']);
  assert.deepEqual(coded('Aid groups said some 30,000 people had crossed into eastern Chad.'), ['DISPLACE:crossed into']);
  assert.deepEqual(coded('The suspect fled the scene.'), []);
});

test('youths charged, windows smashed, a door set alight, a war that began and gunfire heard are assaults; a trade war and no gunfire are not', () => {
  assert.deepEqual(coded('Riot police charged groups of masked youths who smashed shop and bank windows.'), ['ASSAULT:charged', 'ASSAULT:smashed']);
  assert.deepEqual(coded('Protesters set the heavy wooden door of the town hall alight.'), ['ASSAULT:alight']);
  assert.deepEqual(coded('The war began on 15 April. Heavy gunfire was heard near the palace.'), ['ASSAULT:war', 'ASSAULT:gunfire']);
  assert.deepEqual(coded('The trade war began in 2018. No gunfire was heard.'), []);
});

test('reservists called up, troops deployed in the capital, captives handed over, fighters released, an exchange agreed, a charge denied, shots that rang out, leaders who met briefly', () => {
  assert.deepEqual(coded('About 1,500 reservists were called up. Some 3,000 soldiers were deployed in the capital. The fund deployed capital in Asia.'), ['MOBILIZE:called up', 'MOBILIZE:deployed']);
  assert.deepEqual(coded('Border guards handed over the prisoners. The government released 706 Houthi fighters.'), ['RETREAT:handed over', 'RETREAT:released']);
  assert.deepEqual(coded('The exchange had been agreed in Switzerland. The Houthis denied the charge. It will not be denied that claims are made.'), ['AGREE:agreed', 'REJECT:denied']);
  assert.deepEqual(coded('Shots rang out near the cathedral. The presidents met briefly on Friday.'), ['ASSAULT:Shots', 'CONSULT:met']);
});

test('eggs and bottles hurled at barricades, manure sprayed at police lines, street battles, a white flag raised, prisoners recaptured, a person tried; not fireworks at a party, pesticide on fields, a hearing "tried on" a day', () => {
  assert.deepEqual(coded('Demonstrators hurled eggs, fireworks and bottles at the barricades. Some sprayed liquid manure at police lines.'), ['ASSAULT:hurled', 'ASSAULT:sprayed']);
  assert.deepEqual(coded('The rally ended in street battles with police. The crew raised a white flag.'), ['PROTEST:rally', 'ASSAULT:street battles', 'RETREAT:raised a white flag']);
  assert.deepEqual(coded('By evening 41 of the escaped prisoners had been recaptured. He was tried and acquitted.'), ['COERCE:recaptured', 'COERCE:tried']);
  assert.deepEqual(coded('They threw a party with fireworks. Farmers sprayed pesticide on their fields. He was tried on a Tuesday.'), []);
});
