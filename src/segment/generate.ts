/**
 * Generated glued galleries for the property test and the measure script: random captions (built
 * from a word list with tricky words such as McDonald, iPhone, T-54, 15-year-old, NATO; optional
 * leading dates; one to three sentences) glued to random credits from the lexicon in random shapes,
 * between ordinary body paragraphs. Some lines use an invented agency twice (to be learnt), some the
 * BBC layout ("Image source, X" before "Image caption, ..."). Each document comes with its pairs.
 *
 * Limits, on purpose: plain glued credits use lexicon forms that start with a capital (a lower-case
 * form such as "dpa" glued to a lower-case word leaves no junction to see; it is generated after a
 * label or a photographer instead), and captions do not start with a lower-case brand (iPhone).
 */
import fc from 'fast-check';
import { CREDIT_LEXICON } from './lexicon.js';

export interface GeneratedPair {
  caption: string;
  credit: string;
}

export interface GeneratedDocument {
  text: string;
  pairs: GeneratedPair[];
  bodyParagraphs: number;
}

const PLAIN_WORDS = [
  'the', 'a', 'soldiers', 'crowd', 'gathers', 'near', 'bridge', 'square', 'tank', 'tanks', 'refugees',
  'cross', 'border', 'city', 'street', 'burning', 'building', 'women', 'children', 'wait', 'outside',
  'station', 'police', 'officers', 'march', 'through', 'centre', 'old', 'town', 'after', 'before',
  'during', 'protest', 'fighting', 'ruins', 'of', 'in', 'on', 'at', 'with', 'flags', 'banner',
  'workers', 'strike', 'gate', 'harbour', 'ship', 'train', 'arrives', 'leaves', 'camp', 'winter',
  'morning', 'evening', 'smoke', 'rises', 'over', 'rooftops', 'students', 'sit', 'barricade',
];
const PROPER_WORDS = [
  'Budapest', 'Prague', 'Berlin', 'Warsaw', 'Gdansk', 'London', 'Paris', 'Moscow', 'Vienna', 'Austria',
  'Hungarian', 'Soviet', 'Russian', 'Czech', 'Polish', 'German', 'Danube', 'Parliament', 'Red Army',
  'Prime Minister', 'General', 'President',
];
const TRICKY_WORDS = [
  'McDonald', 'MacArthur', 'iPhone', 'YouTube', 'PlayStation', 'T-54', 'T55', '15-year-old', 'USSR',
  'NATO', 'UN', 'BBC', 'de Gaulle', "O'Brien", 'U.S.', '3.5', '1,200', 'anti-Soviet', "Stalin's",
  '(left)', '"Freedom"', 'Soviet/Hungarian', 'Dr. Nagy', 'Gen. Maleter', '9.30 a.m.', 'Reuters', 'AP',
  'Express', 'Getty', 'Magnum', 'USSR-NATO', 'St. Stephen', 'J. R. Smith',
];
const STARTERS = ['A', 'The', 'Two', 'Soviet', 'Hungarian', 'Crowds', 'Refugees', 'Soldiers', 'Police', 'Students', 'Prime Minister', 'General'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FIRST_NAMES = ['Laszlo', 'Anna', 'Ian', 'Jean-Pierre', 'Mary', 'Jan', 'Sofia', 'Tom', 'Olga', 'Pieter'];
const LAST_NAMES = ['Almasi', 'McDonald', 'de Vries', 'Novak', "O'Neill", 'Kowalski', 'Martin', 'Svoboda', 'Lee', 'MacLeod'];
const GETTY_COLLECTIONS = ['Keystone', 'Hulton Archive', 'Topical Press Agency', 'Bettmann', 'Popperfoto', 'Picture Post', 'Archive Photos', 'AFP', 'Sygma', 'Corbis'];

/** Lexicon forms that start with a capital: the ones a glued junction can reveal. */
const CAPITAL_FORMS = CREDIT_LEXICON.flatMap((entry) => entry.forms).filter((form) => /^\p{Lu}/u.test(form));
const ALL_FORMS = CREDIT_LEXICON.flatMap((entry) => entry.forms);

const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PLAIN_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...PROPER_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY_WORDS) },
);

const sentence = fc
  .tuple(fc.constantFrom(...STARTERS), fc.array(word, { minLength: 3, maxLength: 14 }))
  .map(([first, rest]) => [first, ...rest].join(' '));

const date = fc
  .tuple(fc.integer({ min: 1, max: 28 }), fc.constantFrom(...MONTHS), fc.integer({ min: 1900, max: 2020 }))
  .map(([day, month, year]) => `${day} ${month} ${year}: `);

/** A caption of one to three sentences; inner sentences end with a full stop, the last may not. */
const caption = fc
  .tuple(fc.option(date, { nil: undefined }), fc.array(sentence, { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([prefix, sentences, finalStop]) => (prefix ?? '') + sentences.join('. ') + (finalStop ? '.' : ''));

const photographer = fc.tuple(fc.constantFrom(...FIRST_NAMES), fc.constantFrom(...LAST_NAMES)).map(([f, l]) => `${f} ${l}`);
const capitalForm = fc.constantFrom(...CAPITAL_FORMS);
const anyForm = fc.constantFrom(...ALL_FORMS);

interface CreditShape {
  credit: string;
  /** Whether a space may sit between the caption and this credit (labels and parentheses). */
  mayBeSpaced: boolean;
}

const credit: fc.Arbitrary<CreditShape> = fc.oneof(
  capitalForm.map((form) => ({ credit: form, mayBeSpaced: false })),
  fc.constantFrom(...GETTY_COLLECTIONS).map((c) => ({ credit: `${c}/Getty Images`, mayBeSpaced: false })),
  fc.tuple(photographer, anyForm).map(([p, a]) => ({ credit: `${p}/${a}`, mayBeSpaced: false })),
  fc.tuple(photographer, anyForm).map(([p, a]) => ({ credit: `Photograph: ${p}/${a}`, mayBeSpaced: true })),
  photographer.map((p) => ({ credit: `(AP Photo/${p})`, mayBeSpaced: true })),
  anyForm.map((a) => ({ credit: `Credit: ${a}`, mayBeSpaced: true })),
  anyForm.map((a) => ({ credit: `© ${a}`, mayBeSpaced: true })),
  fc.tuple(photographer, anyForm).map(([p, a]) => ({ credit: `Photo: ${p}/${a}`, mayBeSpaced: true })),
  anyForm.map((a) => ({ credit: `Picture: ${a}`, mayBeSpaced: true })),
  capitalForm.map((a) => ({ credit: `${a} via Getty Images`, mayBeSpaced: false })),
);

const pair = fc.tuple(caption, credit, fc.boolean()).map(([text, shape, spaced]) => ({
  caption: text,
  credit: shape.credit,
  separator: shape.mayBeSpaced && spaced ? ' ' : '',
}));

const captionLine = fc.array(pair, { minLength: 1, maxLength: 6 });

/** Invented agencies no lexicon knows: recovered only by learning them within the document. */
const HOUSE_AGENCIES = ['Nordfoto', 'Orbis Press', 'Baltic Photo Archive', 'Kestrel Pictures', 'Danubia Foto', 'Lumen Archive', 'Vistula Press', 'Harbour Lens'];

const houseCredit = (house: string): fc.Arbitrary<string> =>
  fc.oneof(fc.constant(house), photographer.map((p) => `${p}/${house}`));

/** A caption line whose first and last credits are the same unknown agency (seen glued twice). */
const houseLine = fc.constantFrom(...HOUSE_AGENCIES).chain((house) =>
  fc
    .tuple(caption, houseCredit(house), fc.array(pair, { maxLength: 3 }), caption, houseCredit(house))
    .map(([firstCaption, firstCredit, middle, lastCaption, lastCredit]) => [
      { caption: firstCaption, credit: firstCredit, separator: '' },
      ...middle,
      { caption: lastCaption, credit: lastCredit, separator: '' },
    ]),
);

/** BBC layout: "Image source, X" before each "Image caption, ..." on one glued line. */
const bbcLine = fc
  .array(fc.tuple(caption, fc.oneof(anyForm, fc.tuple(photographer, anyForm).map(([p, a]) => `${p}/${a}`))), { minLength: 1, maxLength: 4 })
  .map((items) => items.map(([text, source]) => ({ credit: `Image source, ${source}`, caption: `Image caption, ${text}` })));

const bodyParagraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => `${sentences.join('. ')}.`);

/** A caption line with the next body paragraph glued after its last credit (a lost line break). */
const captionLineThenBody = fc.tuple(captionLine, bodyParagraph);

/** A body paragraph of two or more sentences with a caption line glued after its full stop. */
const longBodyParagraph = fc.array(sentence, { minLength: 2, maxLength: 4 }).map((sentences) => `${sentences.join('. ')}.`);
const bodyThenCaptionLine = fc.tuple(longBodyParagraph, captionLine);

const block = fc.oneof(
  { weight: 4, arbitrary: bodyParagraph.map((text) => ({ kind: 'body' as const, text })) },
  { weight: 7, arbitrary: captionLine.map((pairs) => ({ kind: 'captions' as const, pairs })) },
  { weight: 1, arbitrary: houseLine.map((pairs) => ({ kind: 'captions' as const, pairs })) },
  { weight: 1, arbitrary: bbcLine.map((pairs) => ({ kind: 'credit-first' as const, pairs })) },
  { weight: 1, arbitrary: captionLineThenBody.map(([pairs, tail]) => ({ kind: 'captions' as const, pairs, tail })) },
  { weight: 1, arbitrary: bodyThenCaptionLine.map(([head, pairs]) => ({ kind: 'captions' as const, pairs, head })) },
);

/** A generated document: body paragraphs and caption lines, one per line. */
export const generatedDocument: fc.Arbitrary<GeneratedDocument> = fc
  .array(block, { minLength: 1, maxLength: 6 })
  .map((blocks) => {
    const lines: string[] = [];
    const pairs: GeneratedPair[] = [];
    let bodyParagraphs = 0;
    for (const b of blocks) {
      if (b.kind === 'body') {
        lines.push(b.text);
        bodyParagraphs++;
        continue;
      }
      if (b.kind === 'credit-first') lines.push(b.pairs.map((p) => p.credit + p.caption).join(''));
      else {
        const head = 'head' in b ? b.head : '';
        const tail = 'tail' in b ? b.tail : '';
        lines.push(head + b.pairs.map((p) => p.caption + p.separator + p.credit).join('') + tail);
        if (head) bodyParagraphs++;
        if (tail) bodyParagraphs++;
      }
      pairs.push(...b.pairs.map((p) => ({ caption: p.caption, credit: p.credit })));
    }
    return { text: lines.join('\n'), pairs, bodyParagraphs };
  });

/** Prose only: body paragraphs full of the same tricky words, and no captions. */
export const generatedProse: fc.Arbitrary<string> = fc.array(bodyParagraph, { minLength: 1, maxLength: 6 }).map((lines) => lines.join('\n'));

/** Documents sampled deterministically from `seed`. */
export function sampleDocuments(count: number, seed: number): GeneratedDocument[] {
  return fc.sample(generatedDocument, { numRuns: count, seed });
}
