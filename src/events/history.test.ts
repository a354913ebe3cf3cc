/**
 * How histories tell events: battles by their outcome, towns taken by name, declarations of war,
 * ships sunk, bridges blown up, universities closed, conscription, mutinies and acts of protest.
 * Each test pairs the historical sense with a sentence where the same word is no event.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../pipeline/run.js';
import { told } from '../testing/events.js';


test('a battle told by its outcome is an assault; a defeat at the polls is not', () => {
  assert.deepEqual(told('In 1709 Peter the Great defeated the Swedes at Poltava.'), ['ASSAULT:defeated']);
  assert.deepEqual(told('The Prussians were defeated near Jena in October 1806.'), ['ASSAULT:defeated']);
  assert.deepEqual(told('The Danes suffered a heavy defeat at Lyndanisse in 1219.'), ['ASSAULT:defeat']);
  assert.deepEqual(told('The governor was defeated at the polls in November.'), []);
  assert.deepEqual(told('The party suffered its worst defeat since 1949.'), []);
  assert.deepEqual(told('The amendment was defeated in the Senate.'), []);
});

test('a named town taken is an assault, a person taken is not', () => {
  assert.deepEqual(told('In 1099 the crusaders captured Jerusalem.'), ['ASSAULT:captured']);
  assert.deepEqual(told('Ottoman forces conquered Belgrade in 1521.'), ['ASSAULT:conquered']);
  assert.deepEqual(told('Paris was liberated on 25 August 1944.'), ['ASSAULT:liberated']);
  assert.deepEqual(told('The detectives captured the forger in a hotel room.'), []);
  // a person captured is still an arrest, as before
  assert.deepEqual(told('The rebel leader was captured on 3 May.'), ['COERCE:captured']);
});

test('an annexation is coercion of a named territory', () => {
  assert.deepEqual(told('In 1908 Austria-Hungary annexed Bosnia.'), ['COERCE:annexed']);
});

test('armies driven back or out, and attacks repulsed, are assaults; a deadline pushed back is not', () => {
  assert.deepEqual(told('By nightfall the rebels had been driven out of the capital.'), ['ASSAULT:driven out']);
  assert.deepEqual(told('The garrison repulsed three assaults on the walls.'), ['ASSAULT:repulsed']);
  assert.deepEqual(told('In 1683 a relief army drove the Ottoman troops back from Vienna.'), ['ASSAULT:drove']);
  assert.deepEqual(told('The ministry pushed back the deadline by a month.'), []);
  // civilians driven out are still displaced
  assert.deepEqual(told('Thousands of villagers were driven out of the valley.'), ['DISPLACE:driven out']);
});

test('an attack named after "in a" is the act its verb told, not a second one', () => {
  assert.deepEqual(told('On 3 June troops stormed the palace in a night attack.'), ['ASSAULT:stormed']);
  // deaths in a raid keep the raid as the event
  assert.deepEqual(told('Seven people were killed in an air raid on Monday.'), ['ASSAULT:air raid']);
});

test('declaring war is a threat of force; the power to declare it is not an act', () => {
  assert.deepEqual(told('On 6 April 1917 the United States declared war on Germany.'), ['THREATEN:declared war']);
  assert.deepEqual(told('The constitution gives the legislature the power to declare war.'), []);
  assert.deepEqual(told('Congress alone has the sole and exclusive power under the Constitution "to declare war."'), []);
});

test('ships sunk and bridges blown up in war are assaults; a ferry sinking is an accident', () => {
  assert.deepEqual(told('In May 1941 British ships sank the battleship Bismarck.'), ['ASSAULT:sank']);
  assert.deepEqual(told('Partisans blew up the railway bridge at night.'), ['ASSAULT:blew up']);
  assert.deepEqual(told('The bridge was blown up as the tanks approached.'), ['ASSAULT:blown up']);
  assert.deepEqual(told('The ferry sank in a storm off the coast.'), []);
  assert.deepEqual(told('The defenders scuttled ships across the harbour mouth.'), []);
  assert.deepEqual(told('The merger talks blew up over the price.'), []);
});

test('atomic bombs dropped are an aerial assault', () => {
  assert.deepEqual(told('On 6 August 1945 an American bomber dropped an atomic bomb on Hiroshima.'), ['ASSAULT:dropped']);
});

test('universities closed and men conscripted are coercion and mobilisation; schools shut by a storm are neither', () => {
  assert.deepEqual(told('After the rising the tsar closed the universities of Warsaw and Vilnius.'), ['COERCE:closed']);
  assert.deepEqual(told('In 1863 the authorities conscripted thousands of young men.'), ['MOBILIZE:conscripted']);
  assert.deepEqual(told('Schools were closed for two days after the storm.'), []);
});

test('a mutiny, a statue pulled down and a self-immolation are protest acts', () => {
  assert.deepEqual(told('In June 1905 the crew of the battleship Potemkin mutinied.'), ['PROTEST:mutinied']);
  assert.deepEqual(told('The threat of mutiny was rife.'), []);
  assert.deepEqual(told('On 23 October the crowd pulled down the statue of Stalin.'), ['PROTEST:pulled down']);
  assert.deepEqual(told('In January 1969 a student set himself on fire in Wenceslas Square.'), ['PROTEST:set himself on fire']);
  assert.deepEqual(told('The storm pulled down power lines across the county.'), []);
});

test('people taking up arms, armies sent or reinforced and militias formed are mobilisations', () => {
  assert.deepEqual(told('In 1794 the townspeople of Kraków armed themselves with scythes.'), ['MOBILIZE:armed themselves']);
  assert.deepEqual(told('The emperor was sending an army of 60,000 men to the frontier.'), ['MOBILIZE:sending']);
  assert.deepEqual(told('The garrison was reinforced by two regiments in March.'), ['MOBILIZE:reinforced']);
  assert.deepEqual(told('The miners formed a workers\' militia.'), ['MOBILIZE:formed']);
  assert.deepEqual(told('The seamen might be formed into a special militia.'), []);
  assert.deepEqual(told('The bridge is built of reinforced concrete.'), []);
});

test('an uprising launched and a cavalry charge are assaults; officers charged in a death are not', () => {
  assert.deepEqual(told('On 1 August 1944 the Home Army launched an uprising in Warsaw.'), ['ASSAULT:launched']);
  assert.deepEqual(told('At noon the French cavalry charged the English lines.'), ['ASSAULT:charged']);
  assert.deepEqual(told('Four police officers charged in the death of the student went on trial.'), []);
  assert.deepEqual(told('The police charged the suspect with theft.'), []);
});

test('weapons seized and towns plundered are coercion; sentences commuted and borders opened are concessions', () => {
  assert.deepEqual(told('The insurgents seized some 3,000 rifles from the armoury.'), ['COERCE:seized']);
  assert.deepEqual(told('For three days the soldiers plundered the town.'), ['COERCE:plundered']);
  assert.deepEqual(told('His death sentence was commuted to life imprisonment in 1957.'), ['CONCEDE:commuted']);
  assert.deepEqual(told('In May 1989 Hungary opened its border with Austria.'), ['CONCEDE:opened']);
  assert.deepEqual(told('That afternoon the club opened the gates of the stadium.'), []);
});

test('a crowd leaving the country is displaced; one traveller leaving is not', () => {
  assert.deepEqual(told('By the spring some 80,000 people had left the country.'), ['DISPLACE:left the country']);
  assert.deepEqual(told('The president left the country on Monday for a summit.'), []);
});

test('demands listed or presented are a request', () => {
  assert.deepEqual(told('On 17 August the strike committee presented its demands to the government.'), ['REQUEST:demands']);
});

test('offensives and operations launched, and advances halted, are assaults; a rescue operation is not', () => {
  assert.deepEqual(told('On 22 June the Soviets launched a strategic offensive in Belorussia.'), ['ASSAULT:offensive']);
  assert.deepEqual(told('In March 1971 the army launched Operation Lam Son into Laos.'), ['ASSAULT:launched']);
  assert.deepEqual(told('Operation Uranus was launched on 19 November.'), ['ASSAULT:launched']);
  assert.deepEqual(told('Rescuers launched an operation to free the trapped miners.'), []);
  assert.deepEqual(told('In September the French halted the German advance at the Marne.'), ['ASSAULT:halted']);
  assert.deepEqual(told('The committee halted the advance of the bill.'), []);
});

test('losses suffered by an army and defeats in a series of battles are assaults; a company\'s losses are not', () => {
  assert.deepEqual(told('In May the government forces suffered heavy losses near the river.'), ['ASSAULT:suffered']);
  assert.deepEqual(told('Russia was defeated in a series of battles in 1915.'), ['ASSAULT:defeated']);
  assert.deepEqual(told('The company suffered heavy losses in the third quarter.'), []);
});

test('a treaty signed with a long name between is still a signing', () => {
  assert.deepEqual(told('In August 1939 the two powers signed the German-Soviet Non-Aggression Pact.'), ['SUPPORT:signed']);
});

test('deaths on another date are an event of their own, not the outcome of a later battle', () => {
  const events = analyse({ name: 't', text: 'In 1460 the war resumed. On 30 December York was killed at Wakefield, and in February 1461 the queen\'s army defeated Warwick in the second battle of St Albans.' }).events;
  assert.deepEqual(events.map((e) => `${e.type}:${e.trigger.text}:${e.when.value}`), ['ASSAULT:killed:1460-12-30', 'ASSAULT:defeated:1461-02']);
});

test('an army landed is a mobilisation; warships burned and a king beheaded are assaults; a prince landing with seven companions is neither', () => {
  assert.deepEqual(told('In 1066 William landed an army on the Sussex coast.'), ['MOBILIZE:landed']);
  assert.deepEqual(told('On 19 June 1667 the Dutch burned several warships at Chatham.'), ['ASSAULT:burned']);
  assert.deepEqual(told('Charles I was beheaded in January 1649.'), ['ASSAULT:beheaded']);
  assert.deepEqual(told('Jan Hus was burned at the stake in 1415.'), ['ASSAULT:burned at the stake']);
  assert.deepEqual(told('The prince landed on the island in July 1745 with seven companions.'), []);
});

test('police stations seized and a navy defeated are assaults', () => {
  assert.deepEqual(told('In February 1979 revolutionaries seized police stations across the capital.'), ['ASSAULT:seized']);
  assert.deepEqual(told('In 480 BC the Greek fleet defeated the Persian navy at Salamis.'), ['ASSAULT:defeated']);
});

test('a death after "but" is an event of its own, not the outcome of the act before', () => {
  assert.deepEqual(told('In 1814 Ross attacked the American lines at North Point, but he was killed by a rifleman within hours.'), ['ASSAULT:attacked', 'ASSAULT:killed']);
  assert.deepEqual(told('Police opened fire on the crowd on Monday, killing four.'), ['ASSAULT:opened fire']);
});

test('men lost in a fight are an assault with casualties; jobs lost are not', () => {
  const [battle] = analyse({ name: 't', text: 'On 1 July 1916 the British lost 57,000 men.' }).events;
  assert.deepEqual([battle.type, battle.trigger.text, battle.counts.casualties], ['ASSAULT', 'lost', { min: 57000, max: 57000 }]);
  assert.deepEqual(told('The factory lost 300 jobs in 2009.'), []);
});

test('a named town that fell, a victory won at a place, a surrender forced and gas used are events', () => {
  assert.deepEqual(told('Bucharest fell to the Central Powers on 6 December 1916.'), ['ASSAULT:fell']);
  assert.deepEqual(told('The Union won a decisive victory at Five Forks on 1 April 1865.'), ['ASSAULT:victory']);
  assert.deepEqual(told('In February 1943 the German troops at Stalingrad were forced to surrender.'), ['RETREAT:forced to surrender']);
  assert.deepEqual(told('On 22 April 1915 the Germans used chlorine gas at Ypres.'), ['ASSAULT:used']);
  assert.deepEqual(told('In 1917 Canadian troops took the village of Passchendaele.'), ['ASSAULT:took']);
  assert.deepEqual(told('In January 1916 Serbian forces were evacuated by ship to Corfu.'), ['RETREAT:evacuated']);
});

test('markets that fall, an election victory and evacuated residents or wounded are no such events', () => {
  assert.deepEqual(told('On Monday Tokyo fell 2 percent.'), []);
  assert.deepEqual(told('Exports to Malaysia fell by nearly a third in 1997.'), []);
  assert.deepEqual(told('Kohl won a narrow victory four years ago.'), []);
  assert.deepEqual(told('In August the army evacuated about 20,000 residents from the valley.'), ['DISPLACE:evacuated']);
  // an act that counts only on a named place is not merged into the act before it
  assert.deepEqual(told('In 216 BC some 50,000 Romans were killed or captured.'), ['ASSAULT:killed']);
});

test("an event takes the day its own clause names, not the opener's written date", () => {
  const events = analyse({ name: 't', text: 'In 1847 Scott moved on the capital. On the morning of 13 September his troops stormed Chapultepec, and Mexico City fell the next day.' }).events;
  assert.deepEqual(events.map((e) => `${e.trigger.text}:${e.when.value}`), ['stormed:1847-09-13TMO', 'fell:1847-09-14']);
  // a part of the day that only refines the written date leaves it in place
  const [assault] = analyse({ name: 't', text: 'The rising began in May 1980. On 27 May, the army retook Gwangju in a dawn assault.' }).events.filter((e) => e.type === 'ASSAULT');
  assert.equal(assault.when.value, '1980-05-27');
});

test('a date before "and" belongs to the first verb when the second verb gives its own', () => {
  const events = analyse({ name: 't', text: 'American troops landed on Luzon in January 1945 and seized Manila in March.' }).events;
  assert.deepEqual(events.map((e) => `${e.trigger.text}:${e.when.value}`), ['landed:1945-01', 'seized:1945-03']);
  // with no date of its own the second verb shares the first one's
  const [, captured] = analyse({ name: 't', text: 'On 3 May 1945 the troops crossed the river and captured the town.' }).events;
  assert.equal(captured.when.value, '1945-05-03');
});

test('a wall or an empire that falls is no town taken', () => {
  assert.deepEqual(told('How the Berlin Wall fell on the night of 9 November 1989'), []);
  assert.deepEqual(told('The Western Roman Empire fell in 476.'), []);
  assert.deepEqual(told('Seoul fell on 28 June 1950.'), ['ASSAULT:fell']);
});

test('a town that fell is where it happened, and whom it fell to took it', () => {
  const { events, entities } = analyse({ name: 't', text: 'Bucharest fell to the Central Powers on 6 December 1916.' });
  const [fall] = events;
  assert.deepEqual([fall.where.name, fall.actors.map((id) => entities.find((e) => e.id === id)?.text), fall.recipients], ['Bucharest', ['Central Powers'], []]);
});

test('people sent to concentration camps are coerced; aid sent to refugee camps is not', () => {
  assert.deepEqual(told('In 1944 tens of thousands were sent on to concentration camps.'), ['COERCE:sent']);
  assert.deepEqual(told('The agency sent food to refugee camps in 1994.').filter((e) => e.startsWith('COERCE')), []);
});

test('an act only attempted or sent out to be done is not told as done; one that failed is negated', () => {
  const flags = (text: string) => analyse({ name: 't', text }).events.map((e) => `${e.trigger.text}:${e.negated ? 'negated' : e.future ? 'future' : 'done'}`);
  assert.deepEqual(flags('In January 1642 the king tried to arrest five members of the Commons.'), ['arrest:future']);
  assert.deepEqual(flags('In 1775 General Gage sent 700 men to seize munitions at Concord.'), ['seize:future']);
  assert.deepEqual(flags('In November 1936 Franco failed to take the capital.'), ['take:negated']);
  assert.deepEqual(flags('In November 1936 Franco took the capital.'), ['took:done']);
});

test('an army that falls back, flees or breaks and flees retreats; people who flee are displaced, prices that fall back are no event', () => {
  assert.deepEqual(told('By August the Second Army fell back towards the river.'), ['RETREAT:fell back']);
  assert.deepEqual(told('The rearguard broke and fled across the ford.'), []);
  assert.deepEqual(told('At dusk the enemy broke and fled.'), ['RETREAT:broke and fled']);
  assert.deepEqual(told('Two of the legions fled before the charge.'), ['RETREAT:fled']);
  assert.deepEqual(told('Thousands of villagers fled across the border.'), ['DISPLACE:fled']);
  assert.deepEqual(told('Wheat prices rose sharply in May on the drought, then fell back in June.'), []);
  assert.deepEqual(told('Her support fell back to 40 percent.'), []);
});

test('a man strangled is an assault; an economy strangled by sanctions is not', () => {
  assert.deepEqual(told('The deposed vizier was strangled in his cell in 1683.'), ['ASSAULT:strangled']);
  assert.deepEqual(told('The minister warned that the economy was being strangled by red tape.'), []);
  assert.deepEqual(told('The regime said the country was strangled by sanctions.'), []);
});

test('a league of states names no sport: what its armies do is told as in any war', () => {
  assert.deepEqual(told('In 1686 the Holy League routed the Ottomans at Zenta.'), ['ASSAULT:routed']);
  assert.deepEqual(told('The Arab League met in Cairo as the army retreated from the border.'), ['CONSULT:met', 'RETREAT:retreated']);
  // a sports league still makes a beating play
  assert.deepEqual(told('The champions beat the visitors 3-0 in the league on Sunday.'), []);
});

test('records burned, streets set ablaze, sorties and attacks thrown back are assaults; calories burned and a guitar set ablaze are not', () => {
  assert.deepEqual(told('The rebels burned the tax records at the town hall.'), ['ASSAULT:burned']);
  assert.deepEqual(told('Shellfire set much of the old quarter ablaze.'), ['ASSAULT:ablaze']);
  assert.deepEqual(told('The garrison made a sortie towards the river on 3 April.'), ['ASSAULT:sortie']);
  assert.deepEqual(told('For three days the defenders threw back every assault.'), ['ASSAULT:threw back']);
  assert.deepEqual(told('Some 5,000 lancers charged down the hill at noon.'), ['ASSAULT:charged down']);
  assert.deepEqual(told('A brisk walk burned about 300 calories.'), []);
  assert.deepEqual(told('The singer set it ablaze at the end of the show.'), []);
});

test('armies assembled and troops arrived are mobilisations, internees released a release, a convoy seized a confiscation, refuge taken a displacement', () => {
  assert.deepEqual(told('A relief army assembled at the river in August.'), ['MOBILIZE:assembled']);
  assert.deepEqual(told('By Friday some 16,000 troops had arrived from the south.'), ['MOBILIZE:arrived']);
  assert.deepEqual(told('The last internees were released in December.'), ['RETREAT:released']);
  assert.deepEqual(told('The raiders seized a convoy of grain wagons.'), ['COERCE:seized']);
  assert.deepEqual(told('Hundreds of families had taken refuge in the embassy.'), ['DISPLACE:taken refuge']);
  assert.deepEqual(told('The guests arrived at the hotel in the evening.'), []);
});

test("a town's defenders are soldiers, not a football team's back line: their fighting is told", () => {
  assert.deepEqual(told('The defenders fought on house by house.'), ['ASSAULT:fought']);
  assert.deepEqual(told('At dawn 147 of the defenders were shot against the wall.'), ['ASSAULT:shot']);
  assert.deepEqual(told('The striker beat three defenders and scored.'), []);
});

test('sorties flown at a daily rate, scattered revolts and shelter from a raid are no events of their own', () => {
  assert.deepEqual(told('Pilots often flew four or five sorties a day.'), []);
  assert.deepEqual(told('Coalition aircraft flew more than 100,000 sorties.'), ['ASSAULT:sorties']);
  assert.deepEqual(told('The legate put down scattered revolts among the tribes.'), []);
  assert.deepEqual(told('Some 400 civilians who had taken refuge in the shelter were killed.'), ['ASSAULT:killed']);
});

test('a date told in a later clause, or after ", where", is not an earlier verb\'s; a time that moves the story on leaves the earlier date behind', () => {
  const dates = (text: string): string[] => analyse({ name: 't', text }).events.map((e) => `${e.trigger.text}:${e.when.value ?? '-'}`);
  assert.deepEqual(dates('About 4,500 more soldiers arrived by sea, and on 17 June 1775 the British forces seized the peninsula.'), ['arrived:-', 'seized:1775-06-17']);
  assert.deepEqual(dates('The vizier retreated to Belgrade, where on 25 December 1683 he was strangled.'), ['retreated:-', 'strangled:1683-12-25']);
  assert.deepEqual(dates('On 8 July 1709 the army was routed at Poltava, and within three days the survivors had surrendered.'), ['routed:1709-07-08', 'surrendered:-']);
  assert.deepEqual(dates('The marshal arrived on 22 January 1809 and five days later ordered a general assault.'), ['assault:1809-01-27']);
  // a span of the act itself, or one told between its own date and it, moves nothing
  assert.deepEqual(dates('The French retaliated, and on 3 July 1754, after a day of fighting in heavy rain, Washington surrendered the fort.'), ['surrendered:1754-07-03']);
  assert.deepEqual(dates('On 26 August 1968, after four days of talks, the delegation signed the protocol.'), ['talks:1968-08-26', 'signed:1968-08-26']);
  // a caption's own date stands
  assert.deepEqual(dates('13 December 1981: Sixteen months later, the general declares martial law.').slice(-1), ['martial law:1981-12-13']);
});

test("a regime's opponents are no sport team: their clashes are told; a player's opponent still is", () => {
  assert.deepEqual(told('Opponents of the president clashed with police in the capital.'), ['ASSAULT:clashed']);
  assert.deepEqual(told('The champion beat his opponent in three sets.'), []);
});

test('troops sent, hostages held, mosques closed and cemeteries destroyed are told; prisoners who hold a strike or homes lost to a quake are not these', () => {
  assert.deepEqual(told('Troops were sent to the border on Monday.'), ['MOBILIZE:were sent']);
  assert.deepEqual(told('Tanks surround the presidential palace.'), ['MOBILIZE:surround']);
  assert.deepEqual(told('The hostages were held for 444 days.'), ['COERCE:were held']);
  assert.deepEqual(told('Mosques were closed and cemeteries were destroyed.'), ['COERCE:closed', 'ASSAULT:destroyed']);
  assert.deepEqual(told('The kidnappers demanded the freedom of 200 prisoners held in the south.').filter((e) => e.startsWith('COERCE')), []);
  assert.deepEqual(told('Between 2,000 and 3,000 homes have been destroyed, officials said.'), []);
});

test('a sentence that opens "Within hours" stays on the day just told', () => {
  const events = analyse({ name: 't', text: 'On the evening of 9 November 1989 the spokesman read out the new rules. Within hours, crowds gathered at the checkpoints, and at one crossing the guards opened the gate shortly before midnight.' }).events;
  const gathered = events.find((e) => e.trigger.text === 'gathered');
  assert.deepEqual([gathered?.when.value, gathered?.when.basis], ['1989-11-09', 'narrative']);
});

test('crowds cut down, pursued or set alight, mines exploded and gates blown open are assaults; trees cut down and cases pursued are not', () => {
  assert.deepEqual(told('The soldiers cut down the fleeing crowd in the square.'), ['ASSAULT:cut down']);
  assert.deepEqual(told('The loggers cut down the old oak trees.'), []);
  assert.deepEqual(told('Mounted police pursued the marchers through the old town.'), ['ASSAULT:pursued']);
  assert.deepEqual(told('The prosecutors pursued the case for years.'), []);
  assert.deepEqual(told('Our army pursued its march upon the capital.'), []);
  assert.deepEqual(told('The rioters set the town hall alight.'), ['ASSAULT:alight']);
  assert.deepEqual(told('They hijacked two buses and set them on fire.'), ['ASSAULT:hijacked', 'ASSAULT:on fire']);
  assert.deepEqual(told('The monk set himself on fire outside the palace.'), ['PROTEST:set himself on fire']);
  assert.deepEqual(told('Sappers exploded mines under the bastion.'), ['ASSAULT:exploded']);
  assert.deepEqual(told('Troops blew open the gate of the fortress.'), ['ASSAULT:blew open']);
  assert.deepEqual(told('Demonstrators break into the ministry building.'), ['ASSAULT:break into']);
  assert.deepEqual(told('The crowd broke into song.'), []);
  assert.deepEqual(told('The general was mortally wounded at the ford.'), ['ASSAULT:mortally wounded']);
  assert.deepEqual(told('Pupils from two schools brawled in the market.'), ['ASSAULT:brawled']);
  assert.deepEqual(told('The station was fought over for a week.'), ['ASSAULT:was fought over']);
});

test('a war waged, a garrison breaking out and an army before the walls are told; the right to wage war and a war that broke out are not these', () => {
  assert.deepEqual(told('For two years the rebels waged a guerrilla war in the hills.'), ['ASSAULT:waged']);
  assert.deepEqual(told('The government waged a war on drugs.'), []);
  assert.deepEqual(told('On the night of 22 April the garrison attempted to break out.'), ['ASSAULT:break out']);
  assert.deepEqual(told('Fighting between the garrison and the rebels broke out in May.').filter((e) => e.endsWith('broke out')), []);
  assert.deepEqual(told('The army appeared before the walls of the city on 3 June.'), ['MOBILIZE:appeared before']);
  assert.deepEqual(told('The senator appeared before the committee.'), []);
  assert.deepEqual(told('The emperor ferried his troops across the strait.'), ['MOBILIZE:ferried']);
});

test('protest by gesture and by crowd: fists raised, a human chain, streets and squares filled, a leader jeered; not a celebration or a fan booing', () => {
  assert.deepEqual(told('Mourners raise clenched fists at the funeral.'), ['PROTEST:raise']);
  assert.deepEqual(told('Students and workers form a human chain across the bridge.'), ['PROTEST:human chain']);
  assert.deepEqual(told('Some two million people joined hands to form a human chain.'), ['PROTEST:joined hands']);
  assert.deepEqual(told('Thousands of people poured into the streets of the capital.'), ['PROTEST:poured into the streets']);
  assert.deepEqual(told('Crowds poured into the streets after the final whistle to celebrate, dancing till dawn.'), []);
  assert.deepEqual(told('Miners fill Wenceslas Square.'), ['PROTEST:fill']);
  assert.deepEqual(told('Tourists filled the square on Sunday.'), []);
  assert.deepEqual(told('The president was jeered as he spoke.'), ['PROTEST:jeered']);
  assert.deepEqual(told('Fans booed the striker.'), []);
});

test('coercion told in captions and histories: detaining, condemning to death, banishment, slavery, forced labour, detention without trial, a square cleared', () => {
  assert.deepEqual(told('Police detain dozens of students outside the university.'), ['COERCE:detain']);
  assert.deepEqual(told('The treaty gave neither side the right to detain merchant ships.'), []);
  assert.deepEqual(told('The prefect condemned seven men to death.'), ['COERCE:condemned']);
  assert.deepEqual(told('The minister condemned the attack.'), ['ACCUSE:condemned']);
  assert.deepEqual(told('Forty nobles were banished and their lands seized.').slice(0, 1), ['COERCE:banished']);
  assert.deepEqual(told("The exiled king returned in 1660, with his brother's exiled court."), []);
  assert.deepEqual(told('Thousands of captives were sold into slavery.'), ['COERCE:sold into slavery']);
  assert.deepEqual(told('The survivors were hired out as forced labourers.'), ['COERCE:forced labourers']);
  assert.deepEqual(told('Many of them were held for years without trial.'), ['COERCE:held']);
  assert.deepEqual(told('Elections were held without incident.'), []);
  assert.deepEqual(told('Riot police cleared the square of protesters before dawn.'), ['COERCE:cleared']);
  assert.deepEqual(told('Workers cleared the streets of snow.'), []);
});

test('pleas, legal acts, aid and concessions: begging a pardon, warrants, show trials, genocide recognised, supplies landed, aid convoys and pledges, an order revoked', () => {
  assert.deepEqual(told('The crowd begged the king to spare the prisoners.'), ['REQUEST:begged']);
  assert.deepEqual(told('He pleaded guilty to fraud.'), []);
  assert.deepEqual(told('Prosecutors issued arrest warrants for 40 suspects.'), ['ACCUSE:arrest warrants']);
  assert.deepEqual(told('Television showed the summary trial of the dictator.'), ['ACCUSE:summary trial']);
  assert.deepEqual(told('In 2015 the parliament recognised the massacres as genocide.'), ['ACCUSE:recognised']);
  assert.deepEqual(told('A squadron landed food and ammunition in the harbour.'), ['AID:landed']);
  assert.deepEqual(told('A United Nations convoy of twelve trucks crossed the border.'), ['AID:convoy']);
  assert.deepEqual(told('The donors pledged $2 billion in reconstruction aid.'), ['AID:pledged']);
  assert.deepEqual(told('The decree was revoked in March.'), ['CONCEDE:revoked']);
  assert.deepEqual(told('The hero of the film has a licence to kill.'), []);
  // the delegates drew up their demands: a phrase before a noun trigger is read word by word
  assert.deepEqual(told('The strike committee drew up six demands.'), ['REQUEST:demands']);
  // (one act, however its words are split)
  assert.deepEqual(told('On 5 December the army launched a counter-attack.'), ['ASSAULT:attack']);
});

test('a time that moves on after a verb joined by "and" is that verb\'s; a relative clause on a person keeps its own day', () => {
  const dates = (text: string): string[] => analyse({ name: 't', text }).events.map((e) => `${e.trigger.text}:${e.when.value ?? '-'}`);
  assert.deepEqual(dates('The column was ambushed on 9 July 1755; the general was mortally wounded and died four days later.'), ['ambushed:1755-07-09', 'mortally wounded:1755-07-09']);
  const accused = analyse({ name: 't', text: 'Published 16 November 2019\n\nThe exiled leader accused the government of Ana Ruiz, a senator who declared herself president on Tuesday, of staging a coup.' }).events.find((e) => e.trigger.text === 'accused');
  assert.notEqual(accused?.when.value, '2019-11-12');
});

test('a people rising against its rulers and students marching into a city are told; a currency rising against another and troops marching in are not protest', () => {
  assert.deepEqual(told('The following day the chief rose against the colonial power.'), ['MOBILIZE:rose against']);
  assert.deepEqual(told('The peasants rebelled in 1381.'), ['MOBILIZE:rebelled']);
  assert.deepEqual(told('She was revolted by the sight.'), []);
  assert.deepEqual(told('The dollar rose against the yen on Friday.'), []);
  assert.deepEqual(told('Some 500 students march into the city centre.'), ['PROTEST:march into']);
  assert.deepEqual(told('Troops marched into the capital.'), ['MOBILIZE:marched into']);
  assert.deepEqual(told('A squadron under the admiral broke through the blockade.'), ['ASSAULT:broke through']);
  assert.deepEqual(told('They seized the islet on 9 March.'), ['ASSAULT:seized']);
});

test('what a judged sample of the new rules showed was no event: television breaking into its programming, fears banished, an accidental fire, a concert crowd', () => {
  assert.deepEqual(told('State television broke into its regular programming to show the pictures.'), []);
  assert.deepEqual(told('By this process the Union might be broken into fragments.'), []);
  assert.deepEqual(told('Their alarms were banished by reason.'), []);
  assert.deepEqual(told('The king banished the rebels to the islands.'), ['COERCE:banished']);
  assert.deepEqual(told('A space heater set the curtains on fire.'), []);
  assert.deepEqual(told('Tens of thousands packed the square for a free concert.'), []);
  assert.deepEqual(told('At one crossing the guards opened the gate.'), ['CONCEDE:opened']);
});

test('acts a blind set showed missing: armies gathered, crossings, one-day strikes, protesters camped or blocking, people led away, flogged or beaten to death, peace signed, help asked', () => {
  assert.deepEqual(told('In 1346 the king gathered an army at Portsmouth.'), ['MOBILIZE:gathered']);
  assert.deepEqual(told('On 11 January three columns under the general crossed into the kingdom.'), ['ASSAULT:crossed into']);
  assert.deepEqual(told('Last week doctors at state hospitals staged a one-day strike.'), ['PROTEST:strike']);
  assert.deepEqual(told('Truckers staged noisy protests in the capital.'), ['PROTEST:protests']);
  assert.deepEqual(told('Protesters have camped outside the ministry since April.'), ['PROTEST:camped']);
  assert.deepEqual(told('Residents block an army truck on the outskirts.'), ['PROTEST:block']);
  assert.deepEqual(told('Some 250 marchers are led away by police outside the courthouse.'), ['COERCE:led away by police']);
  assert.deepEqual(told('Suspects were flogged in public.'), ['ASSAULT:flogged']);
  assert.deepEqual(told('Guards at the camp beat eleven detainees to death.'), ['ASSAULT:beat']);
  assert.deepEqual(told('State troopers with clubs charge about 600 marchers on the bridge.'), ['ASSAULT:charge']);
  assert.deepEqual(told('Prosecutors charge the marchers with obstruction.'), []);
  assert.deepEqual(told('Protesters overran the official residence.'), ['ASSAULT:overran']);
  assert.deepEqual(told('Within hours the militia took revenge on suspects in the area.'), ['ASSAULT:took revenge on']);
  assert.deepEqual(told('Within three weeks most towns had thrown out their garrisons.'), ['ASSAULT:thrown out']);
  assert.deepEqual(told('More than a million people were forced into fortified villages.'), ['COERCE:forced into']);
  assert.deepEqual(told('The internet has been cut off for most of the week.'), ['COERCE:cut off']);
  assert.deepEqual(told('In March 1920 he was relieved of his command.'), ['COERCE:relieved of his command']);
  assert.deepEqual(told('The pope excommunicated the king in November.'), ['ACCUSE:excommunicated']);
  assert.deepEqual(told('The Peace of Westphalia was signed on 24 October 1648.'), ['SUPPORT:signed']);
  assert.deepEqual(told('That night the president asked the alliance for help.'), ['REQUEST:asked']);
  assert.deepEqual(told('Crowds gather outside the shipping offices, waiting for news.'), []);
});

test('an order to shoot to kill is a threat; a prisoner taken to a town takes no town; a "but" before a verb keeps its date for its own clause', () => {
  assert.deepEqual(told('The president said he had authorised the security forces to shoot to kill without warning.'), ['THREATEN:shoot to kill']);
  assert.deepEqual(told('He was captured on 28 August and taken to Cape Town as a prisoner.'), ['COERCE:captured']);
  const dates = (text: string): string[] => analyse({ name: 't', text }).events.map((e) => `${e.trigger.text}:${e.when.value ?? '-'}`);
  assert.deepEqual(dates('The column was routed at Hlobane on 28 March 1879 but crushed a massive attack on its camp the next day.'), ['routed:1879-03-28', 'attack:1879-03-29']);
});

test('a commander wounded, territory ceded and a town fortified are told; the wounded counted beside the killed, a land named by its cession and fortified camps are not new events', () => {
  assert.deepEqual(told('In late June the king was wounded in the foot during a reconnaissance.'), ['ASSAULT:was wounded']);
  assert.deepEqual(told('Twelve soldiers were killed and one officer was wounded.'), ['ASSAULT:killed']);
  assert.deepEqual(told('Under the treaty Sweden ceded its Baltic provinces to Russia.'), ['CONCEDE:ceded']);
  assert.deepEqual(told('The territory ceded by France was surveyed.'), []);
  assert.deepEqual(told('The provinces were ceded to the United States.'), []);
  assert.deepEqual(told('The commander reached the town first and fortified the walls.'), ['MOBILIZE:fortified']);
  assert.deepEqual(told('The two armies faced each other in fortified camps.'), []);
});

test('a coup staged, attempted or failed and a skirmish are assaults; a diplomatic coup, a coup de grâce and a coup plotted are not', () => {
  assert.deepEqual(told('On 11 September 1973 the army staged a coup.'), ['ASSAULT:coup']);
  assert.deepEqual(told('In April 1961 four retired generals attempted a putsch.'), ['ASSAULT:putsch']);
  assert.deepEqual(told('A skirmish near the river left two dead.'), ['ASSAULT:skirmish']);
  assert.deepEqual(told('The treaty was a diplomatic coup for the minister.'), []);
  assert.deepEqual(told('He delivered the coup de grâce.'), []);
  assert.deepEqual(told('He spent three years in prison on charges of plotting a coup.').filter((e) => e.endsWith('coup')), []);
});

test('forces marching or advancing on a place, mobs turning on people, men run through, gates broken through, rebels hanged, castles burned', () => {
  assert.deepEqual(told('The rebel brigade marched on the capital.'), ['MOBILIZE:marched on']);
  assert.deepEqual(told('On 3 May a column of militiamen advanced on Lyon.'), ['MOBILIZE:advanced on']);
  // a crowd marching on a parliament is a protest, not a force
  assert.deepEqual(told('Students marched on parliament demanding reform.'), ['PROTEST:marched']);
  assert.deepEqual(told('The mob turned on the Jewish quarter.'), ['ASSAULT:turned on']);
  assert.deepEqual(told('The crowd turned on the lights.'), []);
  assert.deepEqual(told('Two guards ran him through at the door.'), ['ASSAULT:ran him through']);
  assert.deepEqual(told('Rioters broke through the gates of the barracks.'), ['ASSAULT:broke through']);
  assert.deepEqual(told('The sea broke through the dykes in the flood.'), []);
  assert.deepEqual(told('The marshal rode through the district hanging suspected rebels.'), ['ASSAULT:hanging']);
  assert.deepEqual(told('The peasants burned more than forty manors.'), ['ASSAULT:burned']);
  assert.deepEqual(told('Knights rode out and charged the crowd in the square.'), ['ASSAULT:charged']);
  assert.deepEqual(told('The royal army broke and scattered.'), ['RETREAT:broke and scattered']);
});

test('networks cut, prisoners remanded or picked up in raids, a man ordered released, a captain invited to talks, a legislature dissolved', () => {
  assert.deepEqual(told('The government cut the internet across the country.'), ['COERCE:cut']);
  assert.deepEqual(told('The council cut the internet prices.'), []);
  assert.deepEqual(told('A magistrate remanded the editor in custody.'), ['COERCE:remanded']);
  assert.deepEqual(told('Forty activists were picked up in overnight raids.'), ['COERCE:picked up']);
  assert.deepEqual(told('The court ordered him released.'), ['RETREAT:released']);
  assert.deepEqual(told('The regent invited the rebel leader to talks.'), ['CONSULT:invited']);
  assert.deepEqual(told('The general relieved him of his command.'), ['COERCE:relieved him of his command']);
});

test('a person who "was shot" is shot even after a sentence speaking of a "match"', () => {
  const events = analyse({ name: 't', text: 'Preachers had been denouncing the match for months. The admiral was shot from an upper window.' }).events;
  assert.deepEqual(events.map((e) => `${e.type}:${e.trigger.text}`), ['ASSAULT:shot']);
});

test('people cut down, a leader had seized, a host that broke and scattered, ministers fleeing, a prince slipping out of the capital, troops marching back in', () => {
  assert.deepEqual(told('The guards cut down three of the envoy\'s servants.'), ['ASSAULT:cut down']);
  assert.deepEqual(told('As the rebels fled they were cut down by the cavalry.').includes('ASSAULT:were cut down'), true);
  assert.deepEqual(told('The old oaks were cut down for timber.'), []);
  assert.deepEqual(told('We must cut down on spending.'), []);
  assert.deepEqual(told('He had him seized at the gate.'), ['COERCE:had him seized']);
  assert.deepEqual(told('The leaderless host broke and scattered.'), ['RETREAT:broke and scattered']);
  assert.deepEqual(told('The president and his ministers fled to Dresden.'), ['RETREAT:fled']);
  assert.deepEqual(told('The prince slipped out of the capital at night.'), ['RETREAT:slipped out of']);
  assert.deepEqual(told('Two days later the regent\'s troops marched back into Paris.'), ['MOBILIZE:marched back into']);
});

test('a crowd gathering is a protest when its sentence says what it protests; mourners gathering are not', () => {
  assert.deepEqual(told('Thousands gathered outside the palace demanding his release.'), ['PROTEST:gathered']);
  assert.deepEqual(told('About 200 students assembled at the gate to protest the closure.').includes('PROTEST:assembled'), true);
  assert.deepEqual(told('Thousands of mourners gathered at the cemetery.'), []);
  assert.deepEqual(told('Hundreds of people gathered for a candlelight vigil at a church.'), []);
});

test('a leader or a band escaping somewhere retreats; a suspect fleeing a scene does not, and a people in flight is displaced', () => {
  assert.deepEqual(told('After the battle Cetshwayo fled into the Ngome forest.'), ['RETREAT:fled']);
  assert.deepEqual(told('In June 1791 the king fled towards the frontier.'), ['RETREAT:fled']);
  assert.deepEqual(told('A suspect fled the scene on foot.'), []);
  assert.deepEqual(told('Thousands of Hungarians fled to Austria.'), ['DISPLACE:fled']);
  assert.deepEqual(told('Many South Vietnamese fled to the United States as refugees.'), ['DISPLACE:fled']);
});

test('brigades that set off are mobilised, an army in retreat retreats, cavalry pursuing, falling on a flank and brigades overwhelmed are assaults; fireworks set off and a team setting off are not', () => {
  assert.deepEqual(told('That night four brigades set off along the mountain tracks.'), ['MOBILIZE:set off']);
  assert.deepEqual(told('By afternoon the whole army was in retreat, pursued by cavalry.'), ['RETREAT:in retreat', 'ASSAULT:pursued by']);
  assert.deepEqual(told('The cavalry returned and fell on the Roman flank.'), ['ASSAULT:fell on']);
  assert.deepEqual(told('The remaining brigades were fed into the fight and overwhelmed in turn.'), ['ASSAULT:overwhelmed']);
  assert.deepEqual(told('Protesters set off fireworks. The team set off for the match.'), []);
});
