/**
 * Word lists behind the rule-based entity recognizer. All entries are lowercase; lookups
 * lowercase the token first. Written for Annalist.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s*\|\s*/));

/** Given names across the languages news and history of the 20th century keep meeting. */
export const GIVEN_NAMES = set(`
aaron|abdul|abdullah|abraham|adam|adolf|ahmad|ahmed|al|alan|albert|alberto|aleksandr|aleksei|alexander|alexandre|alexei|alfred|ali|alice|alexis|amir|ana|anatoly|andrea|andrei|andrew|andras|andrzej|angela|angelo|ann|anna|anne|antal|anthony|antonio|anton|ariel|arnold|arthur|attila|augusto|barack|barbara|benito|benjamin|bernard|bill|bob|bohdan|boris|brian|bruno|carl|carlos|caroline|catherine|cesar|charles|charlotte|christian|christopher|claude|clement|colin|constantin|daniel|david|deng|dmitri|dmitry|dominique|donald|dwight|edward|elena|elizabeth|emil|emmanuel|enver|erich|ernst|erno|eva|fidel|francis|francisco|franklin|franz|frederick|friedrich|gamal|george|georg|georges|gerald|gerhard|giorgio|giuseppe|gordon|gustav|gyorgy|gyula|hafez|hamid|hans|harold|harry|hassan|heinrich|helmut|henri|henry|herbert|hermann|ho|hosni|hugo|ian|igor|ilya|imre|indira|ivan|istvan|jacques|jaroslav|james|jan|janos|jawaharlal|jean|jerzy|jimmy|joachim|johann|john|jonathan|jose|josef|joseph|josip|juan|julius|jozsef|karl|kazimierz|kemal|kim|klement|konrad|kurt|laszlo|lech|leon|leonid|leopold|lyndon|louis|ludwig|luis|lajos|manuel|marcel|margaret|maria|marie|mark|martin|mary|matyas|maurice|mehmet|menachem|michael|michel|miguel|mikhail|mohamed|mohammad|mohammed|muammar|muhammad|nelson|neville|nicolae|nicholas|nikita|nikolai|olga|omar|oskar|otto|pal|paul|pavel|pedro|peter|petr|philip|philippe|pierre|pyotr|rajiv|ralph|ramon|raul|richard|robert|roger|ronald|rudolf|saddam|salvador|sam|samuel|sandor|sarah|sergei|sergey|shimon|simon|stanislaw|stefan|stephen|steven|tadeusz|tamas|theodore|thomas|tibor|tito|tony|vaclav|valentin|viktor|vladimir|vyacheslav|walter|wilhelm|william|winston|wladyslaw|woodrow|yasser|yitzhak|yuri|zoltan|zbigniew|ferenc|geza|bela|miklos|kalman|dezso|mihaly|endre|odon|ilona|katalin|erzsebet|agnes|judit|rosa|leo|marshall|douglas|dean|chester|ulysses|abraham|napoleon|otto|wolfgang|klaus|willy|erwin|heinz|rainer|angela|emmanuel|jacques|valery|jacqueline|hillary|jimmy|jeremy|theresa|boris|keir|rishi|volodymyr|petro|oleksandr|viktor|yulia|recep|bashar|hosni|anwar|golda|moshe|levi|benazir|nawaz|imran|mao|zhou|chiang|sun|lee|park|kofi|ban|dag|javier|antonio|kurt|boutros|nikos|andreas|konstantinos|vasil|todor|gheorghe|ion|mircea|slobodan|franjo|alija|radovan|ratko|enver|wojciech|edvard|alexander|ludvik|gustav|milan|milos
`);

/** Titles and roles that stay with a person's name; multiword titles listed as phrases. */
export const TITLES = set(`
president|vice president|prime minister|deputy prime minister|premier|chancellor|foreign minister|defence minister|defense minister|interior minister|finance minister|minister|secretary|secretary of state|secretary-general|general secretary|first secretary|party leader|leader|chairman|chairwoman|king|queen|emperor|empress|tsar|czar|kaiser|sultan|shah|caliph|pope|cardinal|archbishop|bishop|rabbi|imam|ayatollah|sheikh|prince|princess|duke|duchess|count|countess|lord|lady|sir|dame|general|gen|lieutenant general|major general|brigadier general|field marshal|marshal|admiral|vice admiral|rear admiral|colonel|col|lieutenant colonel|lt col|major|maj|captain|capt|lieutenant|lt|sergeant|sgt|corporal|private|commander|senator|sen|representative|rep|congressman|congresswoman|governor|gov|mayor|ambassador|judge|justice|chief justice|dr|mr|mrs|ms|miss|professor|prof|father|saint|st|comrade|archduke|crown prince|speaker|dictator|cardinal|patriarch|metropolitan|president-elect|spokesman|spokeswoman|photographer|correspondent|commissioner|police commissioner|superintendent|sheriff|director|chief|inspector|prosecutor|attorney general|doge|constable
`);

/** Last words that make a capitalized sequence an organization. */
export const ORG_SUFFIXES = set(`
party|committee|army|ministry|pact|union|council|bank|fund|co|international|foresters|fusiliers|rifles|highlanders|dragoons|hussars|lancers|grenadiers|rangers|exchange|departments|administration|democrats|orchestra|philharmonic|choir|chorus|ensemble|organization|organisation|agency|association|company|corporation|corp|inc|ltd|plc|group|press|news|times|post|herald|tribune|gazette|journal|institute|university|college|academy|school|church|parliament|assembly|congress|senate|court|commission|federation|league|front|movement|navy|force|forces|guard|guards|police|service|services|office|department|bureau|authority|alliance|nations|politburo|presidium|cabinet|government|brigade|brigades|division|divisions|regiment|regiments|battalion|battalions|legion|legions|squadron|squadrons|armies|corps|fleet|command|directorate|secretariat|foundation|society|club|airlines|airways|railway|railways|shipyard|shipyards|works|factory|steelworks|ironworks|broadcasting|radio|television|tv|network|images|archive|archives|library|museum|hospital|board|tribunal|headquarters|hq|coalition|brotherhood|junta|soviet|komsomol|gestapo|wehrmacht|luftwaffe|cheka|kgb|nkvd|stasi
`);

/** First words that make "X of (the) Y" an organization: Ministry of Defence, Bank of England. */
export const ORG_HEADS = set(`
ministry|bank|council|university|college|academy|department|office|house|court|church|order|league|union|federation|commission|committee|institute|museum|society|army|government|party|assembly|congress|board|bureau|secretariat|presidium|central committee|national assembly|organization|organisation|library
`);

/** Heads whose "X of Y" is a place rather than an organization. */
export const PLACE_HEADS = set(`
republic|kingdom|gulf|bay|isle|isles|island|islands|sea|lake|cape|strait|straits|state|city|county|province|duchy|principality|empire|federation|commonwealth|mount|river|valley|bridge
`);

/** Last words that make a capitalized sequence a place (street, square, landmark, feature). */
export const PLACE_SUFFIXES = set(`
street|st|avenue|ave|road|rd|boulevard|square|bridge|column|horn|courts|river|lake|sea|ocean|mountains|mountain|mount|hills|hill|valley|island|islands|peninsula|bay|gulf|strait|canal|desert|forest|plain|plains|park|palace|castle|cathedral|monument|memorial|cemetery|station|airport|airfield|harbour|harbor|port|district|quarter|province|county|region|oblast|state|city|town|village|camp|prison|barracks|building|tower|hall|gate|wall|front|line|border|frontier|coast|heights|pass|delta|basin|channel|states|seas|territory|territories|theater|theatre|creek|run|ford|ferry|springs|falls|crossroads|arsenal|fortress|citadel|depot|dockyard|stadium|arena|hotel|embassy|consulate|mosque|temple|synagogue|republic|kingdom|empire|emirate|caliphate|sultanate|principality|duchy|oblast|krai|strasse|straße|utca|ulica|platz|prospekt|gasse|allee|boulevard|plaza|piazza
`);

/** Place suffixes that are also organization suffixes: only a place when a place name precedes. */
export const AMBIGUOUS_SUFFIXES = set(`front|state|city|line`);

/** Organizations known by name or acronym (lowercase). */
export const KNOWN_ORGS = set(`
nato|un|united nations|dow jones|hang seng|viet cong|amnesty international|human rights watch|save the children|doctors without borders|al shabaab|al-shabaab|shabaab|islamic state|boko haram|houthis|un security council|security council|eu|european union|european community|eec|comecon|warsaw pact|red cross|red crescent|international red cross|kgb|nkvd|cia|fbi|mi5|mi6|nsa|gestapo|ss|sa|wehrmacht|luftwaffe|stasi|avh|avo|cheka|politburo|presidium|kremlin|white house|pentagon|vatican|reuters|afp|ap|associated press|agence france-presse|agence france presse|upi|bbc|cnn|nbc|abc|cbs|tass|xinhua|getty images|getty|keystone|fortepan|corbis|magnum|magnum photos|bettmann|imperial war museum|topical press agency|hulton archive|epa|dpa|ansa|efe|al jazeera|new york times|washington post|the times|the guardian|guardian|le monde|pravda|izvestia|radio free europe|voice of america|imf|world bank|oecd|opec|who|unesco|unicef|unhcr|wto|icc|icj|osce|asean|african union|arab league|solidarity|ku klux klan|raf|usaf|royal air force|royal navy|us army|us navy|hamas|hezbollah|fatah|plo|taliban|al-qaeda|al qaeda|isis|isil|ira|eta|farc|anc|sed|mszmp|comintern|cominform|labour party|conservative party|democratic party|republican party|communist party|social democratic party|congress|parliament|senate|knesset|duma|bundestag|reichstag|sejm|supreme court|ministry of defence|ministry of interior|home office|foreign office|state department
`);

/** Capitals that name no one even as acronyms: time zones ("0400 GMT") and a transcript's speaker labels ("ANCHOR:"). */
export const NEVER_NAMES = set(`gmt|utc|est|edt|cst|cdt|mst|mdt|pst|pdt|bst|cet|cest|eet|jst|ist|anchor|correspondent|reporter|announcer|date|dateline|byline`);

/** Acronyms that are places, not organizations. */
export const PLACE_ACRONYMS = set(`us|usa|uk|ussr|uae|drc|gdr|frg|prc|dprk|dc`);

/** Nouns naming collectives that act: the heads of GROUP mentions. */
export const GROUP_NOUNS = set(`
troops|soldiers|forces|army|armies|police|policemen|demonstrators|protesters|protestors|rebels|insurgents|revolutionaries|students|workers|refugees|civilians|fighters|militants|guerrillas|partisans|militia|militias|militiamen|leaders|authorities|officials|crowds|crowd|mob|citizens|villagers|settlers|migrants|prisoners|peasants|communists|nationalists|government|regime|paratroopers|marines|sailors|gunmen|snipers|strikers|miners|farmers|residents|mourners|volunteers|dissidents|loyalists|separatists|opposition|invaders|occupiers|defenders|garrison|commandos|reservists|recruits|conscripts|veterans|émigrés|emigres|exiles|deportees|captives|hostages|survivors|youths|teenagers|writers|intellectuals|journalists|diplomats|delegates|negotiators|politicians|ministers|generals|officers|commanders|agents|spies|informers|guards|bodyguards|mercenaries|crews|pilots|firefighters|rescuers|units|scientists|doctors|engineers|experts|inspectors|observers|peacekeepers|rioters|looters|pickets|inhabitants|colonists|airmen|infantry|cavalry|junta|marchers|guardsmen|troopers|clerics|clergy|priests|monks|schoolchildren|children|witnesses|bystanders|onlookers|pedestrians|passengers|tourists|voters|supporters|opponents|critics|activists|unionists
`);

/** Group nouns that only count when a nationality or actor modifier comes first (tanks, dead...). */
export const GROUP_NOUNS_NEEDING_MODIFIER = set(`
government|regime|opposition|units|children|passengers|tourists|voters|supporters|opponents|critics|pedestrians|scientists|doctors|engineers|experts|inspectors|observers|inhabitants|leaders|officials|authorities|ministers|generals|officers|crews|pilots|agents|guards|delegates|politicians|diplomats|commanders|writers|intellectuals|journalists|youths|teenagers|survivors|volunteers|farmers|miners|garrison
`);

/** Modifiers allowed between a nationality word and a group noun (secret police, armed forces). */
export const GROUP_MODIFIERS = set(`
secret|state|riot|military|armed|security|special|government|opposition|rebel|student|border|national|federal|communist|anti-communist|anticommunist|pro-government|pro-democracy|foreign|local|civilian|regular|elite|young|unarmed|peaceful|political|social|occupying|invading|retreating|advancing|allied|enemy|red|white|russian|soviet|party|army|air|naval|ground|paramilitary|reform|hardline|hard-line|moderate|radical|catholic|muslim|jewish|christian|protestant|orthodox|ethnic|fellow|hunger|un|nato|coalition|fire|rescue|border|militia|tribal|islamist|kurdish|palestinian|loyalist|republican|nationalist|royalist|bolshevik|confederate|union|rebel-held|trade|presidential|guard|aid|relief|health|medical|humanitarian|hutu|tutsi|arab|shia|shiite|sunni|tamil|sikh|hindu|pashtun|uighur|uyghur|berber|bedouin|zulu|xhosa|roma|basque|catalan|chechen|druze|maronite|alawite|yazidi|rohingya|karen|masai|maasai|tuareg|cossack|cossacks
`);

/** Capitalized words that are never entities on their own (function words, months, days). */
export const NEVER_ENTITY = set(`
a|an|the|this|that|these|those|there|here|then|than|when|where|while|which|who|whom|whose|what|why|how|if|but|and|or|nor|so|yet|for|of|in|on|at|to|from|by|with|without|within|into|onto|upon|after|before|during|since|until|till|about|above|below|across|against|along|among|amid|around|behind|beneath|beside|besides|between|beyond|despite|down|inside|outside|over|past|through|throughout|toward|towards|under|underneath|unlike|up|via|per|as|like|near|off|out|it|its|he|she|his|her|hers|him|they|them|their|we|us|our|you|your|i|me|my|one|some|many|most|more|much|few|several|all|both|each|every|either|neither|no|not|none|other|another|such|only|also|even|still|just|already|almost|nearly|though|although|however|moreover|meanwhile|yesterday|today|tomorrow|tonight|now|later|earlier|soon|once|twice|again|never|always|often|sometimes|perhaps|maybe|indeed|instead|thus|therefore|hence|otherwise|because|unless|whether|whereas|january|february|march|april|may|june|july|august|september|october|november|december|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|fall|winter|christmas|easter|ramadan|bc|ad|bce|ce|am|pm|photo|photograph|picture|pictured|file|caption|credit|copyright|source|update|updated|editor|note|read|watch|listen|share|advertisement|reporting|additional|writing|editing|related|more|top|breaking|live|exclusive|analysis|opinion|comment|video|audio|gallery|image|photos|see|also|click|here|page|chapter|section|part|figure|table|volume|vol|no|nos|p|pp|ed|eds|et|al|ibid|god|lord|heaven|hell|mass|bible|koran|quran|internet|web
`);

/** Words that may join capitalized words inside one name: Charles de Gaulle, Ludwig van Beethoven. */
export const NAME_PARTICLES = set(`de|del|della|di|da|do|dos|das|du|des|van|von|der|den|ter|la|le|bin|ibn|al|el|abu|ben|y|e`);

/** Last or first words of named events, which are not entities: Cold War, Treaty of Trianon. */
export const EVENT_WORDS = set(`series|crusade|crusades|proclamation|resolution|amendment|decree|edict|ordinance|manifesto|raid|raids|offensives|policy|charter|act|bill|bulge|incident|affair|war|wars|revolution|uprising|revolt|rebellion|crisis|battle|siege|treaty|accords|accord|agreement|conference|summit|olympics|games|massacre|invasion|offensive|campaign|operation|spring|reformation|renaissance|holocaust|genocide|election|elections|referendum|protocol|doctrine|plan|declaration|speech|trial|trials|purge|purges|famine|blockade|airlift|landing|landings|armistice|ceasefire|cup|championship|prize|award|day|week|year|era|age|period|dynasty`);

/** Last words of the title of a work of music or the stage ("Seventh Symphony", "Moonlight Sonata"): no person, place or organization. */
export const WORK_WORDS = set(`symphony|symphonies|concerto|concertos|sonata|sonatas|requiem|opera|overture|oratorio|cantata|nocturne|rhapsody|serenade|ballet|quartet|quintet|prelude|fugue|etude|mazurka|polonaise|waltz`);

/** Leaders and rulers known by one name in news and history writing. */
export const SINGLE_NAME_PEOPLE = set(`stalin|lenin|trotsky|hitler|mussolini|khrushchev|brezhnev|andropov|chernenko|gorbachev|yeltsin|putin|churchill|napoleon|bismarck|tito|mao|gandhi|franco|salazar|ceausescu|honecker|ulbricht|hoxha|zhivkov|dubcek|husak|gomulka|rakosi|gero|horthy|kossuth|petofi|eisenhower|truman|roosevelt|kennedy|nixon|reagan|thatcher|de gaulle|adenauer|nasser|sadat|khomeini|saddam|gaddafi|qaddafi|castro|guevara|pinochet|caesar|augustus|nero|charlemagne|cromwell|wellington|robespierre|garibaldi|metternich|suleiman|ataturk|hirohito|tojo|mandela|arafat|rabin|netanyahu|assad|zelensky|obama|trump|biden|clinton|bush|merkel|macron`);

/** First words that make a capitalized sequence an organization: Radio Prague, Air France. */
export const ORG_PREFIXES = set(`radio|television|air|banco|banque|deutsche|musée|museo|museu|bibliothèque|biblioteca|archivo|arquivo|archives`);

/** First words of street names in other languages: Rue de Rivoli, Calle Mayor. */
export const PLACE_PREFIXES = set(`shatt|tel|tell|wadi|jebel|jabal|rue|calle|avenida|piazza|plaza|praça|largo|ulica|place|fort|mount|lake|cape|camp|port|isle|gulf|bay`);

/** Compass and size words before a place: East Berlin, Central Europe, Upper Silesia. */
export const DIRECTION_WORDS = set(`north|south|east|west|northern|southern|eastern|western|central|upper|lower|greater|inner|outer|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west`);

/** First words of named events and operations: Operation Barbarossa, Battle of Kursk. */
export const EVENT_PREFIXES = set(`operation|battle|siege|treaty|siege|raid|invasion|massacre|fall|sack|liberation|defence|defense`);

/** Ship prefixes: USS Missouri is a ship, not a person or place. */
export const SHIP_PREFIXES = set(`uss|hms|css|hmas|hmcs|rms|ss|sms|ins|fs`);

/** Alliances and coalitions named as actors: they act as groups. */
export const COALITIONS = set(`allies|the allies|western allies|allied powers|axis|axis powers|central powers|entente|triple entente|entente powers|coalition forces|coalition`);

/** Words that may come before a title: Japanese Prime Minister, Grand Admiral, Deputy Leader. */
export const TITLE_PREFIXES = set(`grand|deputy|acting|former|vice|supreme|chief|senior|high|interim|first|late|then`);

/** Words before "Providence" that make it God's: "Divine Providence", "under Providence", "a merciful Providence". */
export const PROVIDENCE_CUES = set(`divine|by|the|a|an|that|under|kind|good|merciful|all-merciful|gracious|beneficent|overruling|superintending|almighty|bountiful|wise|all-wise|benign|favoring|favouring`);
/** What "of Providence" follows when it is God's: "the bounties of Providence", "the smiles of Providence". */
export const PROVIDENCE_GIFTS = set(`bounties|bounty|smiles|smile|protection|blessing|blessings|beneficence|favor|favour|goodness|hand|care|dispensation|dispensations|ways|decrees|gifts|kindness|mercy|guidance`);
