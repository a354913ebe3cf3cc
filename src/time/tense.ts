/**
 * Which way the verb governing a time expression points: "said Tuesday" (past), "will meet
 * Tuesday" (future). Looks at a few words on each side within the sentence.
 */
import { abbreviationDot, decimalPoint, hyphenAt, isCapitalized, isWord, mark, meridiemDot, startsSentence, word, type Ctx } from './grammar.js';
import { WEEKDAY_NAMES } from './lexicon.js';

const FUTURE = new Set(['will', 'shall', 'll', 'expected', 'scheduled', 'resume', 'resumes', 'continues', 'begins', 'opens', 'starts', 'leaves', 'arrives', 'approaches', 'nears', 'reaches', 'joins', 'departs', 'convenes', 'reconvenes', 'expires', 'plans', 'plan', 'planning', 'effective', 'soon', 'intends', 'upcoming', 'due', 'tomorrow', 'next', 'going', 'slated', 'set', 'would', 'plays', 'faces', 'hosts', 'visits', 'travels', 'heads', 'testifies', 'ends', 'closes', 'kicks', 'takes', 'goes', 'meets', 'expect', 'expects', 'expecting', 'await', 'awaits', 'awaiting', 'runs', 'lasts', 'flies', 'returns', 'attends', 'addresses', 'speaks', 'holds', 'sails', 'launches']);
/** Past forms spelt like the present ("the count put the population at ..."), past unless a modal or "to" stands before them. */
const PAST_LIKE_PRESENT: ReadonlySet<string> = new Set(['put', 'hit', 'cut', 'cost', 'shut', 'spread', 'quit']);
/** Words that open a verb's object: after "put", "hit" they show the verb, not the noun. */
const OBJECT_STARTERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);
/** Words before a verb that make it a bare infinitive or a present, not a past: "will put", "to hit", "did not cut". */
const BEFORE_BARE_VERB: ReadonlySet<string> = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall', 'll', 'did', 'does', 'do', 'not', 't', 'a', 'an', 'the']);
const PAST = new Set(['since', 'said', 'was', 'were', 'had', 'did', 'ago', 'yesterday', 'last', 'told', 'announced', 'reported', 'came', 'went', 'took', 'made', 'began', 'fell', 'rose', 'met', 'left', 'held', 'won', 'lost', 'killed', 'died', 'gave']);
/** Forms of "be" (and "remain", "stay") after which "open" or "close" is an adjective whose tense is theirs ("will be open Friday" is left to "will"). */
const BE_FORMS: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'been', 'remained', 'remains', 'stayed', 'stays']);
/** Plural present forms that tell a fixture: "the teams meet Sunday", "the leaders travel Monday". */
const FIXTURE_VERBS = new Set(['play', 'face', 'host', 'visit', 'travel', 'meet', 'close', 'open', 'go', 'begin', 'end', 'resume', 'continue', 'convene', 'reconvene', 'release', 'launch', 'premiere', 'debut', 'perform', 'headline']);
/** Past verbs "open" follows as an adjective: "threw open", "flung open", "kept open". */
const PAST_OPENERS: ReadonlySet<string> = new Set(['threw', 'thrown', 'flung', 'kept', 'pried', 'forced', 'burst', 'blew', 'broke', 'swung']);
/** Words before a fixture verb's form that make it the noun: "a launch", "its release". */
const NOUN_MAKERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'rocket', 'album', 'film', 'record']);
/** Nouns of things held on a set day: a day owning one is as near or far as the verb says. */
const FIXTURE_NOUNS: ReadonlySet<string> = new Set(['match', 'game', 'race', 'final', 'talks', 'meeting', 'summit', 'vote', 'election', 'deadline', 'session', 'sessions', 'meetings', 'hearing', 'launch', 'ceremony', 'parade', 'rally', 'report', 'data', 'figures', 'auction', 'release', 'opening']);
/** Pronouns that make "vote" after them a verb. */
const PLURAL_SUBJECTS: ReadonlySet<string> = new Set(['they', 'we', 'you']);
/** Irregular past forms the "-ed" rule misses. */
const IRREGULAR_PAST = new Set(['brought', 'bought', 'sold', 'got', 'found', 'thought', 'saw', 'sent', 'spent', 'paid', 'led', 'kept', 'struck', 'shot', 'stood', 'ran', 'became', 'wrote', 'spoke', 'broke', 'chose', 'fought', 'caught', 'meant', 'felt', 'heard', 'fled', 'flew', 'drove', 'rode', 'sank', 'seized', 'swept', 'threw', 'wound', 'arose', 'forgot', 'sought', 'stole', 'tore', 'woke', 'withdrew', 'overthrew', 'undertook', 'forbade', 'grew', 'shrank', 'swung', 'slid', 'built', 'knew', 'drew', 'rang', 'sang', 'hung', 'sat', 'swore', 'wept', 'slept', 'froze', 'shook', 'shone', 'spun', 'taught', 'understood', 'wore', 'overran', 'overtook', 'bled', 'ate', 'drank', 'forgave', 'hid', 'stuck', 'strove', 'bore', 'swam', 'lent', 'bent']);
/** Verbs whose "to" looks ahead: "is to resume", "hopes to sign". */
const AHEAD_BEFORE_TO = new Set(['is', 'are', 'was', 'were', 'plan', 'plans', 'planned', 'planning', 'hope', 'hopes', 'hoped', 'want', 'wants', 'intend', 'intends', 'likely', 'unlikely', 'ready', 'prepared', 'expects', 'aims', 'agreed', 'agree', 'agrees', 'promised', 'pledged', 'vowed', 'decided', 'voted']);
/** Day words that may stand between a verb and its "to": "voted yesterday to strike". */
const DAY_WORDS_BETWEEN: ReadonlySet<string> = new Set(['yesterday', 'today', 'unanimously', 'overwhelmingly', 'again']);
/** Verbs that push a time ahead when it follows "until": "postponed until Tuesday", "extended the offer until Friday", "ordered flags flown at half-staff until Wednesday". */
const DEFERRALS = new Set(['extended', 'postponed', 'delayed', 'deferred', 'adjourned', 'suspended', 'recessed', 'canceled', 'cancelled', 'halted', 'extends', 'postpones', 'delays', 'has', 'have', 'gave', 'given', 'giving', 'gives', 'ordered', 'declared', 'imposed', 'banned', 'closed', 'shut']);
/** Words right before a time that open a stretch from it on: "tours are canceled starting Saturday". */
const STARTING = new Set(['starting', 'beginning']);
/** Prepositions that may stand between those words and the time: "beginning in March". */
const STARTING_PREPOSITIONS = new Set(['on', 'in']);
const STOPS = new Set(['.', '!', '?', ';']);
/** Words before an "-ed" form that make it an adjective, not a past verb: "a still unspecified date", "the planned merger". */
const ADJECTIVE_MAKERS = new Set(['a', 'an', 'the', 'still', 'yet', 'its', 'their', 'his', 'her', 'our']);
/** Words before a verb that make it look ahead, so an "-ed" form after that verb is its object's adjective. */
const AHEAD_OF_VERB: ReadonlySet<string> = new Set(['will', 'shall', 'll', 'would']);
/** Prepositions after "to" that make it a stranded preposition ("agreed to in October"), not an infinitive's. */
const PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'by', 'for', 'during', 'since', 'last', 'earlier', 'the']);

/** Days that may mark an anniversary: "Sunday marks", "Tomorrow marks", "This weekend marks". */
const MARKING_SUBJECTS: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, 'today', 'tomorrow', 'weekend', 'week', 'day']);

/** Words ending in "-ed" that are no past verb: "several hundred veterans will gather". */
const ED_NON_VERBS: ReadonlySet<string> = new Set(['hundred', 'hundreds', 'kindred', 'hatred', 'sacred', 'naked', 'wicked', 'wretched', 'rugged', 'ragged', 'indeed', 'speed', 'proceed', 'exceed', 'succeed', 'breed', 'embed', 'beloved', 'crooked', 'dogged', 'jagged', 'learned', 'aged']);

/** Prefixes a hyphen joins to a verb: "re-elected", "co-founded". */
const VERB_PREFIXES: ReadonlySet<string> = new Set(['re', 'co', 'pre', 'de', 'un', 'mis', 'over', 'out', 'under']);

/** Words that open a clause of their own between a verb looking ahead and an "-ed" form after it. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'that', 'which', 'who', 'when', 'while', 'after', 'because', 'as', 'if', 'since']);
/** Words back from an "-ed" form within which the verb looking ahead may stand: "would keep its fleet grounded". */
const COMPLEMENT_REACH = 4;

/**
 * "will examine damaged homes", "would keep its fleet grounded through Wednesday": an "-ed" form after
 * a verb that looks ahead, in its clause, is that verb's object or complement, no past.
 */
function complementOfVerbAhead(ctx: Ctx, k: number): boolean {
  // ("could bring scattered storms by Thursday night": a modal's verb too, not "could have scattered")
  const perfect = PERFECT_AUXILIARIES.has(word(ctx, k - 1));
  for (let j = k - 2; j >= k - COMPLEMENT_REACH && j >= 0; j--) {
    const w = word(ctx, j);
    if (!w || CLAUSE_OPENERS.has(w)) return false;
    if (AHEAD_OF_VERB.has(w) || (!perfect && MODALS.has(w) && !(w === 'may' && isCapitalized(ctx, j)))) return true;
  }
  return false;
}

/** Words before an "-ed" form that make it a perfect, not an object's adjective: "could have scattered". */
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['have', 'has', 'had', 'been']);

/** Words after "plans" that begin its object: "plans a strike". */
const ARTICLE_AFTER_PLAN: ReadonlySet<string> = new Set(['a', 'an', 'its', 'their', 'his', 'her', 'new', 'another']);
/** Words looked at before and after the expression. */
const WORDS_BEFORE = 16;
const WORDS_AFTER = 6;
/** After a time fronted before a comma ("In January, a week after the anniversary, a bomb killed ..."): its clause's verb may come late. */
const WORDS_AFTER_FRONTED = 20;

type Direction = -1 | 0 | 1;

/** "had been scheduled", "had set": a plan told in the past perfect has passed. */
function pluperfect(ctx: Ctx, k: number): boolean {
  // ("had originally been scheduled", "had already set": an adverb may stand between)
  const at = (j: number): string => word(ctx, j);
  let j = k - 1;
  if (at(j) === 'been') j--;
  if (PERFECT_ADVERBS.has(at(j)) || (at(j).length > 4 && at(j).endsWith('ly'))) j--;
  return at(j) === 'had' && (j === k - 1 || at(k - 1) === 'been' || j === k - 2);
}

/** Adverbs that may stand inside a past perfect: "had already", "had once". */
const PERFECT_ADVERBS: ReadonlySet<string> = new Set(['already', 'once', 'earlier', 'long', 'just', 'also', 'not', 'never']);

/** An "-ed" form after these is passive present ("is expected") or an adjective ("a planned cut"). */
function notPastBefore(w: string): boolean {
  return w === 'be' || w === 'is' || w === 'are' || STATE_VERBS.has(w) || ADJECTIVE_MAKERS.has(w);
}

/** Verbs whose present progressive tells a plan: "is retiring in January", "are meeting on Friday". */
const PROGRESSIVE_PLANS: ReadonlySet<string> = new Set(['retiring', 'meeting', 'leaving', 'returning', 'visiting', 'traveling', 'travelling', 'flying', 'hosting', 'holding', 'launching', 'releasing', 'opening', 'closing', 'stepping', 'resigning', 'moving', 'heading']);

/** Verbs whose "-ed" complement is a state, not a past: "will remain closed until Monday". */
const STATE_VERBS = new Set(['remain', 'remains', 'stay', 'stays', 'been', 'being', 'become', 'becomes', 'get', 'gets', 'seem', 'seems']);

/**
 * Modals that look ahead when they stand right before the day's verb: "might meet Saturday", "should
 * rule Monday", "could begin Monday" ("could not be reached Wednesday" is past; "should have" looks back).
 */
const MODALS = new Set(['may', 'might', 'should', 'must', 'can', 'could']);
/** How many words before the day a modal may stand and still govern it. */
const MODAL_REACH = 8;

function modalAhead(ctx: Ctx, k: number): boolean {
  const w = word(ctx, k);
  // "May" with a capital is the month
  // "may not come until Monday" still looks ahead; "should have", "may not have" look back
  const next = word(ctx, k + 1) === 'not' ? word(ctx, k + 2) : word(ctx, k + 1);
  // "could be reached Wednesday", "could not be located" tell of a past try; "could begin Monday" looks ahead
  // ("could be ready Thursday", "could be over by Friday" look ahead: no participle after "be")
  if (w === 'could') {
    if (next === 'have') return false;
    if (next !== 'be') return true;
    const after = word(ctx, k + (word(ctx, k + 1) === 'not' ? 3 : 2));
    return !(after.endsWith('ed') || after.endsWith('en') || IRREGULAR_PAST.has(after));
  }
  return MODALS.has(w) && !(w === 'may' && isCapitalized(ctx, k)) && next !== 'have';
}

function cueAt(ctx: Ctx, k: number): Direction {
  const w = word(ctx, k);
  if (!w) return 0;
  // ("its hand-held machine", "a long-awaited report": the end of a compound adjective; "re-elected" is a verb)
  if (hyphenAt(ctx, k - 1) && isWord(ctx, k - 2) && !VERB_PREFIXES.has(word(ctx, k - 2))) return 0;
  // ("The union voted yesterday to strike Friday": a day word may stand between)
  if (w === 'to') {
    // ("a rescue package agreed to in October": a stranded preposition, no infinitive)
    if (PREPOSITIONS.has(word(ctx, k + 1))) return 0;
    const verb = DAY_WORDS_BETWEEN.has(word(ctx, k - 1)) ? k - 2 : k - 1;
    return AHEAD_BEFORE_TO.has(word(ctx, verb)) && !pluperfect(ctx, verb) ? 1 : 0;
  }
  // ("would have to begin shutting down": an obligation ahead, not a past that did not happen)
  // ("would have full access by 9 a.m.": "have" the verb itself, no perfect, looks ahead)
  if (w === 'would') return word(ctx, k + 1) === 'have' && word(ctx, k + 2) !== 'to' && !HAVE_OBJECT_OPENERS.has(word(ctx, k + 2)) ? -1 : 1;
  // "Sunday marks 30 years since the spill": a day still to come marks an anniversary (not "1.53 marks late Tuesday")
  if (w === 'marks') return MARKING_SUBJECTS.has(word(ctx, k - 1)) ? 1 : 0;
  // "won't be counted before Thursday": "will not", not the past of "win"
  if (w === 'won' && mark(ctx, k + 1) === "'" && word(ctx, k + 2) === 't') return 1;
  // "More protests are planned for Saturday": a plan told in the present
  if (w === 'planned' && (word(ctx, k - 1) === 'is' || word(ctx, k - 1) === 'are')) return 1;
  // "Showers are likely Wednesday", "the most likely landfall is ... on Sunday night": a forecast ahead
  // ("were likely" keeps the past of its verb)
  if (w === 'likely') return word(ctx, k - 1) === 'were' || word(ctx, k - 1) === 'was' ? 0 : 1;
  // ("light snow is possible again Wednesday night": said of what is possible, not "possible links")
  if (w === 'possible') return word(ctx, k - 1) === 'is' || word(ctx, k - 1) === 'are' ? 1 : 0;
  // "we hope for a call on Sunday night"
  if ((w === 'hope' || w === 'hopes' || w === 'hoping') && word(ctx, k + 1) === 'for') return 1;
  // "the session, planned for early December": a plan, unless told in the past perfect
  if (w === 'planned' && word(ctx, k + 1) === 'for') return pluperfect(ctx, k) ? -1 : 1;
  // "If Chicago wins on Friday, the series is over": a condition still to be met
  if ((w === 'if' || w === 'unless') && isWord(ctx, k + 1)) return 1;
  // "is retiring from the Senate in January", "are meeting on Friday": the present progressive of a plan
  if (w.length > 5 && w.endsWith('ing') && (word(ctx, k - 1) === 'is' || word(ctx, k - 1) === 'are') && PROGRESSIVE_PLANS.has(w)) return 1;
  if (FUTURE.has(w)) {
    if (pluperfect(ctx, k)) return -1;
    // "replaced the heads of two studios": a plural noun after its article, no verb
    if (w.endsWith('s') && (word(ctx, k - 1) === 'the' || word(ctx, k - 1) === 'its' || word(ctx, k - 1) === 'their') && word(ctx, k + 1) === 'of') return 0;
    // "next to the embassy" is a place
    if (w === 'next' && word(ctx, k + 1) === 'to') return 0;
    // "plans to strike", "the union plans a strike on Saturday"
    if (w.startsWith('plan')) return word(ctx, k + 1) === 'to' || (w !== 'planning' && ARTICLE_AFTER_PLAN.has(word(ctx, k + 1))) ? 1 : 0;
    if (w === 'set') return word(ctx, k + 1) === 'to' || word(ctx, k + 1) === 'for' ? 1 : 0;
    // "is due in court Tuesday", "the report, due Tuesday"; "was due", "fell due" have passed; "in due time" is no plan
    // ("was due to leave on Saturday": a plan still ahead, told from the past)
    if (w === 'due') return word(ctx, k + 1) === 'to' && isWord(ctx, k + 2) && word(ctx, k + 2) !== 'the' ? 1 : cueAt(ctx, k - 1) < 0 ? -1 : word(ctx, k - 1) === 'in' ? 0 : 1;
    return 1;
  }
  // "The Giants play in Green Bay on Sunday", "The talks begin Monday": a fixture in the present; "failed to meet Tuesday" is the verb before's
  // ("at the close of business Thursday" is a noun)
  // ("did not end Monday": the negation leaves the tense to the verb before it)
  // ("Shops were open Thursday": after "be" the adjective, whose tense is the verb's)
  // ("at 98% of face amount", "face-to-face talks": the noun)
  // ("a rocket launch in December", "the album's release": the noun)
  // ("threw open the gates on Thursday", "kept the shops open": the adjective of a past verb)
  if ((w === 'open' || w === 'close') && (IRREGULAR_PAST.has(word(ctx, k - 1)) || PAST_OPENERS.has(word(ctx, k - 1)))) return -1;
  // ("The roots of the famine go back to January", "a feud that dates back to 1987": told looking back)
  if ((w === 'go' || w === 'goes' || w === 'date' || w === 'dates') && word(ctx, k + 1) === 'back') return -1;
  // ("appeared close to collapse": the adjective of nearness)
  if (w === 'close' && word(ctx, k + 1) === 'to') return 0;
  // ("stood on Launch Pad 39A on Tuesday", "the British Open": a capital within the sentence makes a name)
  if (FIXTURE_VERBS.has(w)) return word(ctx, k - 1) === 'to' || (isCapitalized(ctx, k) && !startsSentence(ctx, k)) || NOUN_MAKERS.has(word(ctx, k - 1)) || (w === 'launch' && !isWord(ctx, k + 1)) || word(ctx, k - 1) === 'did' || word(ctx, k - 1) === 'not' || word(ctx, k - 1) === 't' || word(ctx, k - 1) === 'of' || mark(ctx, k + 1) === '-' || ADJECTIVE_MAKERS.has(word(ctx, k - 1)) || BE_FORMS.has(word(ctx, k - 1)) ? 0 : 1;
  // "Italians vote on Sunday": the verb after a plural subject ("the final vote", "the Senate vote", "Tuesday's vote" are the noun)
  if (w === 'vote' && (PLURAL_SUBJECTS.has(word(ctx, k - 1)) || (word(ctx, k - 1).length > 3 && word(ctx, k - 1).endsWith('s') && word(ctx, k - 2) !== 'the'))) return 1;
  // "the last week of March" names a place in a period, not a time gone by; "will last into October" is the verb
  // ("will meet his last visitors on Friday": an adjective after a possessive)
  if (w === 'last' && (word(ctx, k - 1) === 'the' || POSSESSIVES.has(word(ctx, k - 1)) || (BEFORE_BARE_VERB.has(word(ctx, k - 1)) && !isCapitalized(ctx, k - 1)))) return 0;
  // ("put the population at", "hit a record"; "a half-point cut on Wednesday", "will remain shut Monday" are no past)
  if (PAST_LIKE_PRESENT.has(w)) return isWord(ctx, k - 1) && !BEFORE_BARE_VERB.has(word(ctx, k - 1)) && !STATE_VERBS.has(word(ctx, k - 1)) && OBJECT_STARTERS.has(word(ctx, k + 1)) ? -1 : 0;
  // "will be paid", "would be held": a participle after "be" leaves the tense to the verb before it
  if ((PAST.has(w) || IRREGULAR_PAST.has(w)) && word(ctx, k - 1) !== 'be') return -1;
  // "-ed" past forms, but not names ("United"), nor an adjective after a verb that looks ahead ("will examine damaged homes"),
  // nor a participle after "be" and an adverb ("should be fully unfurled by Thursday")
  // (", followed by The Dark Knight on July 20" lists what comes next; "approved by both boards late Monday" is past)
  if (w.length > 4 && w.endsWith('ed') && !ED_NON_VERBS.has(w) && !isCapitalized(ctx, k) && !notPastBefore(word(ctx, k - 1)) && !(word(ctx, k - 1).endsWith('ly') && notPastBefore(word(ctx, k - 2))) && !complementOfVerbAhead(ctx, k) && !(w === 'followed' && mark(ctx, k - 1) === ',' && word(ctx, k + 1) === 'by')) return -1;
  return 0;
}

const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Whether the word at k tells a past ("created", "took", "since"). */
export function pastVerbAt(ctx: Ctx, k: number): boolean {
  return cueAt(ctx, k) < 0;
}

/** Verbs whose object is told to do a thing still ahead: "told jurors to return Monday", "called on the president to step down by Friday". */
const DIRECTIVES: ReadonlySet<string> = new Set(['told', 'asked', 'ordered', 'urged', 'instructed', 'directed', 'called', 'warned']);
/** Words after "would have" that open its object, not a participle: "would have full access", "would have a vote". */
const HAVE_OBJECT_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'no', 'full', 'more', 'less', 'some', 'any', 'enough', 'their', 'its', 'his', 'her', 'our', 'until', 'till']);

/** Verbs of foretelling, whose object lies ahead of when it was foretold. */
const PREDICTING: ReadonlySet<string> = new Set(['predict', 'predicts', 'predicted', 'predicting', 'forecasted', 'forecasting']);
/** Nouns whose "for" points ahead: "a warning for Friday", "the forecast for Sunday". */
const FORECASTS: ReadonlySet<string> = new Set(['warning', 'warnings', 'watch', 'watches', 'forecast', 'forecasts', 'advisory', 'alert', 'outlook']);
/** Words before a time that set it as a day for a thing to be done by: "by Friday", "on Wednesday", "over the weekend". */
const SET_DAY_WORDS: ReadonlySet<string> = new Set(['on', 'by', 'until', 'over', 'before']);
/** How many words before "to" a directive verb may stand, past its object. */
const DIRECTIVE_REACH = 7;

function directiveBefore(ctx: Ctx, to: number): boolean {
  // ("were told to reply by Saturday": the object may have become the subject; not "were ordered to Kuwait")
  const start = isCapitalized(ctx, to + 1) ? to - 2 : to - 1;
  for (let k = start; k >= to - 1 - DIRECTIVE_REACH && k >= 0; k--) {
    if (!isWord(ctx, k)) return false;
    // ("had been told to leave by Tuesday evening": a deadline already past when told in the past perfect)
    if (DIRECTIVES.has(word(ctx, k))) return !pluperfect(ctx, k);
  }
  return false;
}

/** Participles a present passive of a coming event is told with: "is held on Friday", "is born on Jan. 1". */
const PRESENT_PASSIVES: ReadonlySet<string> = new Set(['held', 'born', 'launched', 'played', 'staged', 'opened', 'signed', 'sworn', 'inaugurated', 'introduced', 'unveiled', 'released']);

/**
 * Cues read only backwards from the time, word k being the n-th before it (`from` the first):
 * "starting Saturday", "beginning in March"; "The game is on Monday", "the final is in October" (a fixture
 * stated in the present); "told jurors to return Monday", "called on the president to step down by
 * Friday" (a day set for a thing told to be done; "asked the men to leave around 11:45 p.m." sets no
 * day: the clock keeps its own).
 */
function aheadBefore(ctx: Ctx, k: number, n: number, from: number): boolean {
  const w = word(ctx, k);
  if (STARTING.has(w)) return n === 1 || (n === 2 && STARTING_PREPOSITIONS.has(word(ctx, k + 1)));
  // ("before the euro is born on Jan. 1", "the summit is held on Friday": a present passive of a thing to come)
  if (w === 'is' || w === 'are') return n === 1 || (n === 2 && (word(ctx, k + 1) === 'on' || word(ctx, k + 1) === 'in')) || (n === 3 && (word(ctx, k + 2) === 'on' || word(ctx, k + 2) === 'in') && PRESENT_PASSIVES.has(word(ctx, k + 1)));
  // "the bureau forecast more showers over the weekend": what is forecast lies ahead ("forecast Wednesday that" is the day it spoke)
  if (w === 'forecast' || w === 'forecasts') return n >= 2;
  // ("Forecasters predicted lighter rain through Wednesday", not "predicted Tuesday that": the same with predicting,
  // told of its own time rather than of what was foretold: not "had predicted on Tuesday", "had been predicting as recently as Monday")
  if (PREDICTING.has(w)) return n >= 2 && word(ctx, k - 1) !== 'had' && word(ctx, k - 1) !== 'been';
  // "issued a blizzard warning for Friday", "called a strike for Thursday": what a warning or a fixture is set for lies ahead
  // ("an amber warning for snow on Saturday": the warning's "for" a noun and "on" before the day)
  if (w === 'for') return (n === 1 || (n === 3 && word(ctx, from) === 'on')) && (FORECASTS.has(word(ctx, k - 1)) || FIXTURE_NOUNS.has(word(ctx, k - 1)) || word(ctx, k - 1) === 'strike');
  // "ordered them out by Friday": a deadline set by an order ("had been told to leave by Tuesday evening": one already past)
  if (DIRECTIVES.has(w) && word(ctx, from) === 'by' && n <= DIRECTIVE_REACH + 2) return !pluperfect(ctx, k);
  // ("were called to the shop shortly before 10.30pm": "to" before an article is a place's, no infinitive)
  return w === 'to' && !OBJECT_STARTERS.has(word(ctx, k + 1)) && ((from === k + 1 && isCapitalized(ctx, from + 1)) || SET_DAY_WORDS.has(word(ctx, from))) && directiveBefore(ctx, k);
}

function scanSide(ctx: Ctx, from: number, step: -1 | 1, words: number, clauseStops = false): Direction {
  let until = false;
  for (let k = from, n = 0; k >= 0 && k < ctx.tokens.length && n < words; k += step) {
    if (STOPS.has(mark(ctx, k)) && !decimalPoint(ctx, k) && !meridiemDot(ctx, k) && !abbreviationDot(ctx, k)) break;
    if (clauseStops && mark(ctx, k - 1) === ',' && CLAUSE_JOINERS.has(word(ctx, k))) break;
    // ('"... by the weekend," the envoy said': the reporting verb after a quotation is not its tense)
    if (step > 0 && mark(ctx, k) === '"' && mark(ctx, k - 1) === ',' && !ctx.tokens.spaced(k)) break;
    if (step < 0 ? ctx.tokens.kind(k + 1) !== 0 && ctx.tokens.newline(k + 1) : ctx.tokens.newline(k)) break;
    if (!isWord(ctx, k)) continue;
    n++;
    const w = word(ctx, k);
    if (step < 0 && (w === 'until' || w === 'till' || w === 'through')) until = true;
    // "postponed until Tuesday"; "Cyprus has until Monday" ("had until Monday" is past: "had" is no deferral)
    if (until && DEFERRALS.has(w)) return 1;
    if (step < 0 && aheadBefore(ctx, k, n, from)) return 1;
    const cue = cueAt(ctx, k);
    // "ordered the boxes brought by Friday": the participle is the order's, the deadline still ahead
    if (cue < 0 && step < 0 && word(ctx, from) === 'by' && directiveBefore(ctx, k)) return 1;
    if (cue !== 0) return cue;
    if (step < 0 && n <= MODAL_REACH && modalAhead(ctx, k)) return 1;
    // "The weekend should be cooler": a modal right after the time it is said of
    // ("By Saturday, forecasters say, there could be four hurricanes": after a fronted time, its clause's modal however far)
    if (step > 0 && (n <= 2 || words > WORDS_AFTER) && modalAhead(ctx, k)) return 1;
  }
  return 0;
}

export function tenseAround(ctx: Ctx, first: number, last: number): Direction {
  // "could be announced as early as Thursday", "as soon as Monday": the earliest a thing ahead may come
  if (word(ctx, first - 1) === 'as' && (word(ctx, first - 2) === 'early' || word(ctx, first - 2) === 'soon') && word(ctx, first - 3) === 'as') return 1;
  // "Wednesday's ruling": the noun, not the clause's verb, governs the day; a fixture's noun
  // leaves it to the verb ("will play in Saturday's match", "expected to sign at Friday's talks")
  // ("await Friday's payrolls report": the fixture noun may follow a word that names it)
  if (mark(ctx, last) === "'" && word(ctx, last + 1) === 's' && !FIXTURE_NOUNS.has(word(ctx, last + 2)) && !FIXTURE_NOUNS.has(word(ctx, last + 3))) return 0;
  // ("Shares rose last week, and on Friday the company will report": the clause the day opens has its own verb)
  return scanSide(ctx, first - 1, -1, WORDS_BEFORE, true) || scanSide(ctx, last, 1, fronted(ctx, first, last) ? WORDS_AFTER_FRONTED : WORDS_AFTER) || scanSide(ctx, first - 1, -1, WORDS_BEFORE);
}

/** The time opens its sentence, after at most two words ("In January,", "Early on Friday,"), and a comma closes it. */
function fronted(ctx: Ctx, first: number, last: number): boolean {
  if (mark(ctx, last) !== ',') return false;
  for (let k = first, n = 0; n <= 2; k--, n++) {
    if (startsSentence(ctx, k)) return true;
    if (!isWord(ctx, k - 1)) return false;
  }
  return false;
}

/** Words after a comma that open a clause of its own: ", and on Friday the company will report". */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas']);
