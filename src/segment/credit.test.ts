import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCredit, rightsHint, longestLexiconForm } from './credit.js';

test('Photographer/Agency gives a photographer and an agency', () => {
  assert.deepEqual(parseCredit('Laszlo Almasi/Reuters'), { photographer: 'Laszlo Almasi', agency: 'Reuters', rights: 'licensed' });
});

test('Collection/Getty Images gives the collection as archive and Getty Images as agency', () => {
  assert.deepEqual(parseCredit('Keystone/Getty Images'), { agency: 'Getty Images', archive: 'Keystone', rights: 'licensed' });
  assert.deepEqual(parseCredit('Topical Press Agency/Getty Images'), {
    agency: 'Getty Images',
    archive: 'Topical Press Agency',
    rights: 'licensed',
  });
  assert.deepEqual(parseCredit('AFP via Getty Images'), { agency: 'Getty Images', archive: 'AFP', rights: 'licensed' });
});

test('labelled and parenthesised credits lose their label', () => {
  assert.deepEqual(parseCredit('(AP Photo/Jane Roe)'), { photographer: 'Jane Roe', agency: 'AP', rights: 'licensed' });
  assert.deepEqual(parseCredit('Photograph: Sam Lee/EPA-EFE'), { photographer: 'Sam Lee', agency: 'EPA', rights: 'licensed' });
  assert.deepEqual(parseCredit('Image source, Getty Images'), { agency: 'Getty Images', rights: 'licensed' });
  assert.deepEqual(parseCredit('© Fortepan'), { archive: 'Fortepan', rights: 'cc-by-sa' });
  assert.deepEqual(parseCredit('Credit: Imperial War Museum'), { archive: 'Imperial War Museum', rights: 'unknown' });
});

test('an unknown body is an agency, or an archive when its name says so', () => {
  assert.deepEqual(parseCredit('Orbis'), { agency: 'Orbis', rights: 'unknown' });
  assert.deepEqual(parseCredit('Photo: Tom Hale/Town Museum'), { photographer: 'Tom Hale', archive: 'Town Museum', rights: 'unknown' });
});

test('rights hints follow the lexicon and any licence written in the credit', () => {
  assert.equal(rightsHint('Fortepan'), 'cc-by-sa');
  assert.equal(rightsHint('Keystone/Getty Images'), 'licensed');
  assert.equal(rightsHint('Laszlo Almasi/Reuters'), 'licensed');
  for (const agency of ['AFP', 'AP Photo', 'EPA', 'PA Wire', 'dpa', 'ANP', 'TASS', 'Corbis', 'Magnum', 'Bridgeman', 'Alamy']) {
    assert.equal(rightsHint(`Jo Doe/${agency}`), 'licensed', agency);
  }
  assert.equal(rightsHint('Wikimedia Commons, CC BY-SA 4.0'), 'cc-by-sa');
  assert.equal(rightsHint('Wikimedia Commons (CC BY 2.0)'), 'cc-by');
  assert.equal(rightsHint('Library of Congress, public domain'), 'public-domain');
  assert.equal(rightsHint('Wikimedia Commons'), 'unknown');
  assert.equal(rightsHint('Jo Doe'), 'unknown');
});

test('lexicon forms match whole words only, longest first', () => {
  assert.equal(longestLexiconForm('Getty Images today', 0)?.form, 'Getty Images');
  assert.equal(longestLexiconForm('APPLE', 0), undefined);
  assert.equal(longestLexiconForm('Reutersville', 0), undefined);
  assert.equal(longestLexiconForm('ReutersDamaged', 0)?.form, 'Reuters');
  assert.equal(longestLexiconForm('AFP12 November', 0)?.form, 'AFP');
});

test('labels may carry a year or "the" before the name', () => {
  assert.deepEqual(parseCredit('© 2019 Jane Roe'), { photographer: 'Jane Roe', rights: 'unknown' });
  assert.deepEqual(parseCredit('Courtesy of the National Archives'), { archive: 'National Archives', rights: 'unknown' });
  assert.deepEqual(parseCredit('Reuters/Laszlo Balogh'), { photographer: 'Laszlo Balogh', agency: 'Reuters', rights: 'licensed' });
  assert.deepEqual(parseCredit('Jane Roe for The New York Times'), { photographer: 'Jane Roe', agency: 'The New York Times', rights: 'licensed' });
});

test("an archive's picture number is the credit's reference, not an agency", () => {
  assert.deepEqual(parseCredit('Photograph: Bundesarchiv/Bild 146-1972-062-25'), { archive: 'Bundesarchiv', reference: 'Bild 146-1972-062-25', rights: 'unknown' });
});
