import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, dirname } from 'node:path';
import { segmentText, segmentStage } from './index.js';
import type { MediaItem } from '../model/document.js';
import { segmentationProblems } from './invariants.js';
import { SEED_PATH_PARTS, SHARED_MISSING, sharedFile } from '../testing/shared.js';

const seedPath = sharedFile(...SEED_PATH_PARTS);
const SEED_CREDITS = ['Fortepan', 'Keystone/Getty Images', 'Laszlo Almasi/Reuters', 'AFP', 'Topical Press Agency/Getty Images'];

test('seed gallery: 22 captions with their credits, 5 body paragraphs, nothing unassigned', { skip: seedPath ? false : SHARED_MISSING }, () => {
  const text = readFileSync(seedPath!, 'utf8');
  const seg = segmentText(text);
  assert.equal(seg.media.length, 22);
  assert.equal(seg.paragraphs.filter((p) => p.kind === 'body').length, 5);
  assert.equal(seg.paragraphs.filter((p) => p.kind === 'captions').length, 5);
  assert.deepEqual(segmentationProblems(text, seg), []);
  const credits = seg.media.map((m) => m.credit.text);
  assert.deepEqual(new Set(credits), new Set(SEED_CREDITS));
  assert.deepEqual(
    credits.map((c) => SEED_CREDITS.indexOf(c)),
    [0, 0, 1, 0, 0, 1, 2, 2, 1, 2, 1, 2, 0, 3, 3, 1, 1, 3, 1, 1, 4, 1],
  );
  for (const item of seg.media) {
    assert.match(item.caption.text, /^[\p{Lu}\d]/u, `caption ${item.id} starts with a capital or digit`);
    assert.ok(!SEED_CREDITS.some((c) => item.caption.text.endsWith(c)), `caption ${item.id} holds no credit at its end`);
    assert.ok(!/\s$/.test(item.caption.text) && item.caption.end <= item.credit.start);
  }
  // The one two-sentence caption stays one media item with two caption sentences.
  const twoSentences = seg.media.filter((m) => seg.sentences.filter((s) => s.start >= m.caption.start && s.end <= m.caption.end).length === 2);
  assert.equal(twoSentences.length, 1);
  assert.ok(twoSentences[0].caption.text.startsWith('5 November 1956:'));
  assert.equal(seg.sentences.filter((s) => s.kind === 'caption').length, 23);
});

test('seed gallery: credit fields name photographer, agency, archive and rights', { skip: seedPath ? false : SHARED_MISSING }, () => {
  const seg = segmentText(readFileSync(seedPath!, 'utf8'));
  const byText = new Map(seg.media.map((m) => [m.credit.text, m.credit]));
  assert.deepEqual(pick(byText.get('Laszlo Almasi/Reuters')), { photographer: 'Laszlo Almasi', agency: 'Reuters', rights: 'licensed' });
  assert.deepEqual(pick(byText.get('Keystone/Getty Images')), { agency: 'Getty Images', archive: 'Keystone', rights: 'licensed' });
  assert.deepEqual(pick(byText.get('Fortepan')), { archive: 'Fortepan', rights: 'cc-by-sa' });
  assert.deepEqual(pick(byText.get('AFP')), { agency: 'AFP', rights: 'licensed' });
});

function pick(credit: object | undefined): object {
  const { start: _s, end: _e, text: _t, ...fields } = (credit ?? {}) as Record<string, unknown>;
  return fields;
}

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

interface ExpectedMedia {
  caption: string;
  credit: string;
  photographer?: string;
  agency?: string;
  archive?: string;
}

for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'))) {
  test(`glued fixture ${file}: every caption/credit pair recovered exactly`, () => {
    const text = readFileSync(join(FIXTURES, file), 'utf8');
    const expected = JSON.parse(readFileSync(join(FIXTURES, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as {
      bodyParagraphs: number;
      media: ExpectedMedia[];
    };
    const seg = segmentText(text);
    assert.deepEqual(segmentationProblems(text, seg), []);
    assert.equal(seg.paragraphs.filter((p) => p.kind === 'body').length, expected.bodyParagraphs);
    assert.deepEqual(
      seg.media.map((m) => ({ caption: m.caption.text, credit: m.credit.text })),
      expected.media.map((m) => ({ caption: m.caption, credit: m.credit })),
    );
    expected.media.forEach((want, k) => {
      const got = seg.media[k].credit;
      assert.deepEqual(
        { photographer: got.photographer, agency: got.agency, archive: got.archive },
        { photographer: want.photographer, agency: want.agency, archive: want.archive },
        `credit fields of ${want.credit}`,
      );
    });
  });
}

test('the segment stage returns the layer of segmentText and leaves the document alone', () => {
  const text = 'Troops entered the city at dawn.\nA tank on the bridgeReuters';
  const doc = Object.freeze({ text }) as never;
  const layer = segmentStage.run(doc, { documentType: 'auto' });
  assert.deepEqual(layer, segmentText(text));
  assert.equal(layer.media?.length, 1);
  assert.deepEqual(segmentStage.needs, []);
});

test('paragraphs are lines, blank or single breaks alike, with CRLF and Unicode separators', () => {
  const text = 'First line here.\r\nSecond line here.\n\n\u2028Third line here.';
  const seg = segmentText(text);
  assert.deepEqual(seg.paragraphs.map((p) => p.text), ['First line here.', 'Second line here.', 'Third line here.']);
  assert.deepEqual(seg.paragraphs.map((p) => p.kind), ['body', 'body', 'body']);
});

test('a short capitalised line before the story is a heading', () => {
  const seg = segmentText('The siege of the capital\nThe army surrounded the city in May.');
  assert.deepEqual(seg.paragraphs.map((p) => p.kind), ['heading', 'body']);
  assert.deepEqual(seg.sentences.map((s) => s.kind), ['heading', 'body']);
});

test('empty and whitespace-only texts give empty layers', () => {
  assert.deepEqual(segmentText(''), { paragraphs: [], sentences: [], media: [] });
  assert.deepEqual(segmentText(' \n\t\n '), { paragraphs: [], sentences: [], media: [] });
});

test('media items from HTML figures are kept, not searched again, and numbered in text order', () => {
  const body = 'Fishing boats returned to the harbour at dawn.';
  const glued = 'Gulls over the breakwaterReuters';
  const figure = 'Boats moored at the quay Jane Roe/Example Agency';
  const text = [body, glued, figure].join('\n');
  const start = text.indexOf(figure);
  const captionEnd = start + 'Boats moored at the quay'.length;
  const given: MediaItem = {
    id: 'm1',
    caption: { start, end: captionEnd, text: text.slice(start, captionEnd) },
    credit: { start: captionEnd + 1, end: start + figure.length, text: 'Jane Roe/Example Agency', photographer: 'Jane Roe' },
    origin: 'html-figure',
  };
  const layer = segmentStage.run({ text, media: [given] } as never, { documentType: 'auto' });
  assert.deepEqual(layer.paragraphs?.map((p) => p.kind), ['body', 'captions', 'captions']);
  assert.deepEqual(layer.media?.map((m) => [m.id, m.origin, m.caption.text, m.credit.text]), [
    ['m1', 'glued-text', 'Gulls over the breakwater', 'Reuters'],
    ['m2', 'html-figure', 'Boats moored at the quay', 'Jane Roe/Example Agency'],
  ]);
  assert.deepEqual(layer.media?.[1], { ...given, id: 'm2' });
  assert.deepEqual(layer.sentences?.map((s) => [s.kind, s.text]), [
    ['body', body],
    ['caption', 'Gulls over the breakwater'],
    ['caption', 'Boats moored at the quay'],
  ]);
});

test('a labelled credit ending in an agency\'s capitals stops where a capitalised caption word is glued to it', () => {
  const text = 'Crowds fill the square on the first morning.Photograph: Ana Kovac/TANJUGThe next day the shops stayed shut.Photograph: Ana Kovac/TANJUG';
  const seg = segmentText(text);
  assert.deepEqual(
    seg.media.map((m) => [m.caption.text, m.credit.text]),
    [
      ['Crowds fill the square on the first morning.', 'Photograph: Ana Kovac/TANJUG'],
      ['The next day the shops stayed shut.', 'Photograph: Ana Kovac/TANJUG'],
    ],
  );
});

test('credits in brackets, "Courtesy of" on its own line, and labelless credits closing a caption line after its sentence', () => {
  const text = [
    'Pictures from the last days of the war.',
    '',
    'Police question a driver at a checkpoint on 2 May 1975 [Keystone/Hulton Archive]',
    'Marines board a ship off the coast.',
    'Courtesy of the Naval History Center',
    'The general surrenders his sword. Public domain',
    'Refugees wait at the border crossing. REUTERS/Stringer',
    'Tanks leave the city in June 1999 – Imperial War Museum',
  ].join('\n');
  const credits = segmentText(text).media.map((m) => [m.caption.text, m.credit?.text, m.credit?.photographer, m.credit?.agency, m.credit?.archive, m.credit?.rights]);
  assert.deepEqual(credits, [
    ['Police question a driver at a checkpoint on 2 May 1975', '[Keystone/Hulton Archive]', undefined, undefined, 'Keystone/Hulton Archive', 'licensed'],
    ['Marines board a ship off the coast.', 'Courtesy of the Naval History Center', undefined, undefined, 'Naval History Center', 'unknown'],
    ['The general surrenders his sword.', 'Public domain', undefined, undefined, undefined, 'public-domain'],
    ['Refugees wait at the border crossing.', 'REUTERS/Stringer', 'Stringer', 'Reuters', undefined, 'licensed'],
    ['Tanks leave the city in June 1999', 'Imperial War Museum', undefined, undefined, 'Imperial War Museum', 'unknown'],
  ]);
  // body text ending with an agency's name after a full stop or a dash is no caption
  assert.deepEqual(segmentText('The ministry confirmed the figures on Monday. Reuters\nThe talks resumed in June – Reuters').media, []);
});

test('a labelless credit of several parts alone on its line closes the caption above it, or opens the one below', () => {
  const text = [
    'The fall of the regime in pictures.',
    '',
    'Soldiers guard the radio station on 22 December 1989.',
    'Andrei Pop/Gamma-Rapho via Getty Images',
    'Crowds fill the square outside the palace.Photograph: Ana Ruiz/AP',
    'Keystone/Hulton Archive/Getty Images',
    '25 December 1989: Tanks stand in front of the library.',
    '',
    'The revolution cost more than a thousand lives.',
  ].join('\n');
  const media = segmentText(text).media.map((m) => [m.caption.text, m.credit?.text]);
  assert.deepEqual(media, [
    ['Soldiers guard the radio station on 22 December 1989.', 'Andrei Pop/Gamma-Rapho via Getty Images'],
    ['Crowds fill the square outside the palace.', 'Photograph: Ana Ruiz/AP'],
    ['25 December 1989: Tanks stand in front of the library.', 'Keystone/Hulton Archive/Getty Images'],
  ]);
  // a single agency name alone on a line may be a byline: it stays body text
  assert.deepEqual(segmentText('Talks resumed on Monday.\nReuters\nThe ministry said little.').media, []);
});

test('in a gallery a wire tag closing a line credits its picture; in a story it signs the story', () => {
  const gallery = 'Troops enter the town, 3 May 1989.Photograph: Jo Lee/AP\nA woman hands flowers to a guard at the gate, 10 November 1989. (Reuters)\nLONDON (Reuters) - Talks resumed on Monday.';
  assert.deepEqual(segmentText(gallery).media.map((m) => m.credit?.text), ['Photograph: Jo Lee/AP', '(Reuters)']);
  assert.deepEqual(segmentText('LONDON (Reuters) - Talks resumed.\nThe minister spoke on Monday. (Reuters)').media, []);
});

test('a "Photo:" opening a caption line is the caption\'s prefix, even before a name the lexicon knows', () => {
  const text = 'Troops landed on Sunday.\n\nPhoto: U.S. Army tanks arrive at the port. Photograph: Ana Ruiz/Reuters\nPhoto: Reuters';
  const media = segmentText(text).media.map((m) => [m.caption.text, m.credit?.text]);
  assert.deepEqual(media, [['Photo: U.S. Army tanks arrive at the port.', 'Photograph: Ana Ruiz/Reuters']]);
});

test("a credit closed by an archive's picture number still ends its caption", () => {
  const text = '12 June 1963: The president speaks at the town hall. Photograph: Bundesarchiv/Bild 146-1972-062-25\n13 June 1963: Crowds wait outside. Photograph: Reuters\n';
  const segmented = segmentText(text);
  assert.deepEqual(segmented.media.map((m) => m.credit?.text), ['Photograph: Bundesarchiv/Bild 146-1972-062-25', 'Photograph: Reuters']);
  // a number that does not close its line is no signature: it stays out of the credit
  const open = segmentText('14 June 1963: Crowds wait. Photograph: Keystone 1963 and the next caption runs on.\n');
  assert.ok(open.media.every((m) => !m.credit?.text.includes('1963')));
});

test('a caption glued after a run\'s last credit takes the credit alone on the next line, and the pictures after it keep theirs', () => {
  const text =
    'Tanks fill the square, 2 June 1989. The army moved in at dawn.Photograph: Jo Lee/AP\n' +
    'Smoke rises over the ministry after the shelling.AFP/Getty ImagesFiremen search the burnt offices on 4 June 1989.\n' +
    'Photograph: Keystone/Hulton Archive/Getty Images\n' +
    '5 June 1989: A man stands before a column of tanks.\n' +
    'Photograph: Ann Roe/Reuters\n';
  const media = segmentText(text).media.map((m) => [m.caption.text, m.credit?.text]);
  assert.deepEqual(media, [
    ['Tanks fill the square, 2 June 1989. The army moved in at dawn.', 'Photograph: Jo Lee/AP'],
    ['Smoke rises over the ministry after the shelling.', 'AFP/Getty Images'],
    ['Firemen search the burnt offices on 4 June 1989.', 'Photograph: Keystone/Hulton Archive/Getty Images'],
    ['5 June 1989: A man stands before a column of tanks.', 'Photograph: Ann Roe/Reuters'],
  ]);
});

test('once a gallery has pictures, a wire tag alone on the line under a caption credits it; before any, it signs a story', () => {
  const gallery =
    'A week of protest in the capital, in pictures.\n\n' +
    '4 March 1979: Crowds gather to hear the speech.\nPhotograph: Ann Lee/AP\n' +
    '10 March 1979: Thousands march through the capital.\n(AP)\n' +
    '16 March 1979: The king leaves for exile.\nPhotograph: Bob Ray/Getty Images\n';
  assert.deepEqual(segmentText(gallery).media.map((m) => m.credit?.text), ['Photograph: Ann Lee/AP', '(AP)', 'Photograph: Bob Ray/Getty Images']);
  assert.deepEqual(segmentText('Talks resumed in the capital on Monday.\n(AP)\nThe ministry said little.').media, []);
});

test('an unlabelled credit after a caption\'s last sentence, a photographer\'s name and an agency, ends its caption even when the next dated caption is glued to it', () => {
  const gallery =
    'A summer of protest, in pictures.\n\n' +
    '9 June 2019: Marchers fill the main road. Ann Wallace/AFP/Getty Images12 June 2019: Police fire tear gas outside the council.Reuters/Tom Siu\n';
  const media = segmentText(gallery).media;
  assert.deepEqual(media.map((m) => m.credit?.text), ['Ann Wallace/AFP/Getty Images', 'Reuters/Tom Siu']);
  assert.deepEqual(media.map((m) => gallery.slice(m.caption.start, m.caption.start + 12)), ['9 June 2019:', '12 June 2019']);
  // a name in prose before a slash that is no agency is no credit
  assert.deepEqual(segmentText('The vote was close. Ann Wallace/Tom Siu led the count on 12 June 2019.').media, []);
  // the name is read as the credit parser reads one: an initial, a particle
  for (const name of ['J. Smith', 'Jan van Dijk']) {
    const text = `A summer of protest, in pictures.\n\n9 June 2019: Marchers fill the main road. ${name}/AFP/Getty Images12 June 2019: Police fire tear gas.Reuters/Tom Siu\n`;
    assert.deepEqual(segmentText(text).media.map((m) => m.credit?.text), [`${name}/AFP/Getty Images`, 'Reuters/Tom Siu']);
  }
});

test('in a gallery, an institution or slash-joined names alone under a caption credit it, and a hyphenated agency or a web address stays in its credit', () => {
  const text = [
    'The harbour strike in pictures',
    '',
    'Dockers gather at the gates on 3 May 1921.',
    'Photograph: Mary Hale/Topical Press',
    'Strikers shelter under the railway arches, 4 May 1921.',
    'Keystone-France/Gamma-Rapho via Getty Images',
    'A constable rides along the empty quay on 6 May 1921.',
    'Photograph: John Reeve/harbourarchive.org.uk',
    'Women queue for bread outside the union hall, 8 May 1921.',
    'Northern Echo/Media North',
    'Dockers march back to work behind their banner, 20 May 1921.',
    'Arquivo Municipal do Porto',
  ].join('\n');
  const media = segmentText(text).media.map((m) => [m.caption.text.slice(0, 16), m.credit?.text, m.credit?.archive]);
  assert.deepEqual(media, [
    ['Dockers gather a', 'Photograph: Mary Hale/Topical Press', undefined],
    ['Strikers shelter', 'Keystone-France/Gamma-Rapho via Getty Images', 'Keystone-France/Gamma-Rapho'],
    ['A constable ride', 'Photograph: John Reeve/harbourarchive.org.uk', undefined],
    ['Women queue for ', 'Northern Echo/Media North', undefined],
    ['Dockers march ba', 'Arquivo Municipal do Porto', 'Arquivo Municipal do Porto'],
  ]);
  // before any picture is found, the same lines are a story's: no evidence a line alone credits anything
  const story = ['The strike ended in May.', 'Northern Echo/Media North', 'The port reopened in June.', 'Arquivo Municipal do Porto'].join('\n');
  assert.deepEqual(segmentText(story).media, []);
});

test('a credit set off by a bar, a name with two particles after ©, a credit naming a courtesy and ending with a full stop, a photographer "for" a paper alone on a line', () => {
  const text = [
    'The flood in pictures',
    '',
    'Soldiers fill sandbags near the river on 2 February 1953.',
    'Photograph: Jan Smit/Anefo',
    'Volunteers pile bags along the dyke, 4 February 1953. | Keystone Press',
    'Cattle are driven along a flooded road, 7 February 1953. © Willem van de Poll',
    'An aerial view of the broken dyke, 8 February 1953. Photograph by Piet Kramer, courtesy of the Zeeuws Archief.',
    'A boy sits on the roof of his house, 9 February 1953.',
    'Cornelis van der Meer for The Daily Courier',
  ].join('\n');
  const media = segmentText(text).media.map((m) => [m.caption.text.slice(-17), m.credit?.text, m.credit?.photographer, m.credit?.archive]);
  assert.deepEqual(media, [
    ['n 2 February 1953.', 'Photograph: Jan Smit/Anefo', 'Jan Smit', undefined],
    ['e, 4 February 1953.', 'Keystone Press', undefined, 'Keystone'],
    ['d, 7 February 1953.', '© Willem van de Poll', 'Willem van de Poll', undefined],
    ['e, 8 February 1953.', 'Photograph by Piet Kramer, courtesy of the Zeeuws Archief', 'Piet Kramer', 'Zeeuws Archief'],
    ['e, 9 February 1953.', 'Cornelis van der Meer for The Daily Courier', 'Cornelis van der Meer', undefined],
  ].map(([caption, ...rest]) => [(caption as string).slice(-17), ...rest]));
  // a bar in a sentence of prose opens no credit
  assert.deepEqual(segmentText('Turnout was high | the count went on until dawn. | Next story').media, []);
});

test("a gallery's controls between a caption and its credit, and the same credit repeated under them, stay with the picture", () => {
  const text = [
    'Protests spread',
    '',
    'Enlarge this image',
    'Protesters march through the capital on Tuesday, 12 March 2019.',
    'Jo Lee/AP',
    'hide caption',
    'toggle caption',
    'Jo Lee/AP',
    'The demonstrations began after the election.',
    'Police block a bridge on 13 March 2019.',
    'Image 2 of 9',
    'Photograph: Ana Ruiz/Reuters',
  ].join('\n');
  const { media, paragraphs } = segmentText(text);
  assert.deepEqual(media.map((m) => [m.caption.text.slice(0, 18), m.credit?.text]), [
    ['Protesters march t', 'Jo Lee/AP'],
    ['Police block a bri', 'Photograph: Ana Ruiz/Reuters'],
  ]);
  assert.deepEqual(paragraphs.filter((p) => p.kind === 'body').map((p) => p.text), ['The demonstrations began after the election.']);
  // a control is never a caption itself
  assert.equal(media.some((m) => /caption/i.test(m.caption.text)), false);
});

test('a licence in brackets closes its credit, an archive signature after a comma too, and "X for the Y" alone on a line credits the picture above', () => {
  const text = [
    'The harbour strike in pictures',
    '',
    'Dockers gather at the gate on 3 May 1951.',
    'Photograph: Ana Ruiz/Flickr (CC BY 2.0)',
    'A picket line at the grain silo, 5 May 1951.',
    'Photograph: Jo Lee/Stadsarchief, Foto 218-1951-033-7',
    'Police escort a lorry through the picket, 9 May 1951.',
    'Piet Kramer for the Evening Courier',
  ].join('\n');
  const media = segmentText(text).media.map((m) => [m.caption.text.slice(0, 16), m.credit?.text, m.credit?.rights]);
  assert.deepEqual(media, [
    ['Dockers gather a', 'Photograph: Ana Ruiz/Flickr (CC BY 2.0)', 'cc-by'],
    ['A picket line at', 'Photograph: Jo Lee/Stadsarchief, Foto 218-1951-033-7', 'unknown'],
    ['Police escort a ', 'Piet Kramer for the Evening Courier', 'unknown'],
  ]);
});

test('credit forms of agencies, archives and licences alone under a gallery caption: labels in several languages, a Wikimedia licence, a bar or a dash, an agency in lower case, a bracketed agency', () => {
  const forms = [
    ['Image credit: Ana Ruiz/Getty Images', 'licensed'],
    ['Foto: Ana Ruiz/ANP', 'licensed'],
    ['Copyright: Ana Ruiz', 'unknown'],
    ['(c) Ana Ruiz', 'unknown'],
    ['Courtesy: National Archives', 'unknown'],
    ['Photographer: Ana Ruiz', 'unknown'],
    ['Source: National Archives', 'unknown'],
    ['Ana Ruiz, CC BY-SA 3.0, via Wikimedia Commons', 'cc-by-sa'],
    ['Public domain, via Wikimedia Commons', 'public-domain'],
    ['Wikimedia Commons', 'unknown'],
    ['dpa/picture alliance via Getty Images', 'licensed'],
    ['Imago/Ana Ruiz', 'licensed'],
    ['Ana Ruiz | Reuters', 'licensed'],
    ['Ana Ruiz — AP', 'licensed'],
    ['[ELTA]', 'licensed'],
  ];
  for (const [form, rights] of forms) {
    const text = `The strike in pictures\n\nPickets gather at the gate on 3 May 1951.\nPhotograph: Jo Lee/Reuters\nDockers march to the hall on 4 May 1951.\n${form}\nPolice escort a lorry on 9 May 1951.\nPhotograph: Jo Lee/Reuters\n`;
    const media = segmentText(text).media;
    assert.deepEqual(media.map((m) => m.caption.text.slice(0, 14)), ['Pickets gather', 'Dockers march ', 'Police escort '], form);
    assert.deepEqual([media[1].credit?.text, media[1].credit?.rights], [form, rights], form);
  }
  // an agency's name alone after a body sentence still signs the story off
  const signed = segmentText('Students march to the radio building on 23 October\nPhotograph: Jane Roe/Reuters\nBy nightfall the crowd had grown.\nReuters');
  assert.equal(signed.media.length, 1);
});

test('credits glued to captions that close with a licence after a comma, an archive holding the picture, a holder in brackets, a unit of an archive, or a labelled holder and its town', () => {
  const text = [
    'The flood in pictures',
    '',
    'Children step off a train in Rotterdam.Maria Vos, CC0',
    'Volunteers shore up the sea wall at Jaywick as the tide comes in.Essex Record Office',
    'A crowd lays flowers at a memorial in Kruiningen, February 1953.Fotocollectie Elsevier (Nationaal Archief)',
    'A helicopter lowers food to stranded villagers, 6 February 1953. U.S. Army Signal Corps, public domain, via Wikimedia Commons',
    'Workers float the last caisson into place on 6 November 1953.Courtesy of the Watersnoodmuseum, Ouwerkerk',
  ].join('\n');
  const media = segmentText(text).media.map((m) => [m.caption.text.slice(0, 16), m.credit?.text]);
  assert.deepEqual(media, [
    ['Children step of', 'Maria Vos, CC0'],
    ['Volunteers shore', 'Essex Record Office'],
    ['A crowd lays flo', 'Fotocollectie Elsevier (Nationaal Archief)'],
    ['A helicopter low', 'U.S. Army Signal Corps, public domain, via Wikimedia Commons'],
    ['Workers float th', 'Courtesy of the Watersnoodmuseum, Ouwerkerk'],
  ]);
  // body text ending in an institution's name after a full stop and a space stays body text
  assert.equal(segmentText('The exhibition opened in May. It moved to the Essex Record Office').media.length, 0);
});
