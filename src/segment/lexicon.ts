/**
 * The credit lexicon: news agencies, picture libraries and archives with the forms they take in
 * photo credits. Data only; matching lives in credit.ts.
 *
 * role 'agency'  = the body that distributes the picture (Reuters, Getty Images, AP ...);
 * role 'archive' = a collection or archive the picture comes from (Keystone, Hulton Archive ...);
 * role 'rights'  = a statement of rights standing as the whole credit ("Public domain"), no body.
 * rights: what the credit tells of re-use, used as a hint only ('unknown' when it depends).
 */
import type { RightsHint } from '../model/document.js';

export type CreditRole = 'agency' | 'archive' | 'rights';

export interface LexiconEntry {
  /** Canonical name. */
  name: string;
  /** Forms as written in credits (case-sensitive). The name itself is always a form. */
  forms: readonly string[];
  role: CreditRole;
  rights: RightsHint;
}

const licensedAgency = (name: string, ...forms: string[]): LexiconEntry => ({
  name,
  forms: [name, ...forms],
  role: 'agency',
  rights: 'licensed',
});

const licensedArchive = (name: string, ...forms: string[]): LexiconEntry => ({
  name,
  forms: [name, ...forms],
  role: 'archive',
  rights: 'licensed',
});

const archive = (name: string, rights: RightsHint, ...forms: string[]): LexiconEntry => ({
  name,
  forms: [name, ...forms],
  role: 'archive',
  rights,
});

export const CREDIT_LEXICON: readonly LexiconEntry[] = [
  // Wire services and photo agencies.
  licensedAgency('Getty Images', 'Getty', 'GETTY IMAGES', 'Getty Images News', 'Getty Images Europe'),
  licensedAgency('Reuters', 'REUTERS', 'Thomson Reuters'),
  licensedAgency('AFP', 'Agence France-Presse', 'Agence France Presse', 'AFP Photo', 'AFP PHOTO'),
  licensedAgency('AP', 'AP Photo', 'AP PHOTO', 'AP Images', 'Associated Press', 'The Associated Press'),
  licensedAgency('EPA', 'EPA-EFE', 'EPA/EFE', 'EFE'),
  licensedAgency('PA', 'PA Wire', 'PA Images', 'PA Media', 'PA Archive', 'Press Association'),
  licensedAgency('dpa', 'DPA', 'picture alliance', 'picture-alliance', 'Picture Alliance'),
  licensedAgency('ANP', 'ANP Photo'),
  // National agencies and picture agencies seen in credits ("Imago/Jo Lee", "[ELTA]", "Jo Lee/ANSA").
  licensedAgency('Imago', 'IMAGO', 'imago images', 'Imago Images'),
  licensedAgency('ANSA'),
  licensedAgency('Sputnik', 'SPUTNIK'),
  licensedAgency('Belga', 'BELGA'),
  licensedAgency('Lusa', 'LUSA'),
  licensedAgency('ELTA'),
  licensedAgency('TASR'),
  licensedAgency('BTA'),
  licensedAgency('HINA'),
  licensedAgency('Ritzau Scanpix', 'Scanpix', 'NTB Scanpix', 'TT News Agency'),
  licensedAgency('Jiji Press', 'JIJI PRESS'),
  licensedAgency('Press Trust of India', 'PTI'),
  licensedAgency('Antara', 'ANTARA', 'Antara Foto'),
  licensedAgency('IRNA'),
  licensedAgency('WAFA'),
  licensedAgency('KCNA'),
  licensedAgency('Abaca', 'ABACA', 'Abaca Press'),
  licensedAgency('LightRocket'),
  licensedAgency('TASS', 'ITAR-TASS', 'TASS Photo'),
  licensedAgency('CTK', 'ČTK', 'CTK Photo'),
  licensedAgency('Corbis', 'Corbis Images', 'Corbis via Getty Images'),
  licensedAgency('Magnum Photos', 'Magnum'),
  licensedAgency('Bridgeman Images', 'Bridgeman', 'Bridgeman Art Library'),
  licensedAgency('Alamy', 'Alamy Stock Photo', 'Alamy Live News'),
  licensedAgency('Shutterstock', 'Rex Features', 'REX/Shutterstock', 'Rex/Shutterstock', 'REX', 'Rex'),
  licensedAgency('Sygma', 'Sygma via Getty Images'),
  licensedAgency('Gamma-Rapho', 'Gamma', 'Rapho', 'Gamma-Keystone'),
  licensedAgency('SIPA', 'Sipa', 'Sipa Press', 'SIPA Press', 'Sipa USA'),
  licensedAgency('Xinhua', 'Xinhua News Agency'),
  licensedAgency('Anadolu Agency', 'Anadolu', 'Anadolu Agency via Getty Images'),
  licensedAgency('UPI', 'United Press International'),
  licensedAgency('Bloomberg', 'Bloomberg via Getty Images'),
  licensedAgency('Kyodo', 'Kyodo News'),
  licensedAgency('Yonhap', 'Yonhap News Agency'),
  licensedAgency('AAP', 'AAP Image'),
  licensedAgency('RIA Novosti', 'Sputnik'),
  licensedAgency('NurPhoto', 'NurPhoto via Getty Images'),
  licensedAgency('SOPA Images', 'LightRocket', 'SOPA Images/LightRocket'),
  licensedAgency('ZUMA Press', 'ZUMA Wire', 'Zuma Press'),
  licensedAgency('Mirrorpix'),
  licensedAgency('TopFoto'),
  licensedAgency('akg-images', 'AKG Images'),
  licensedAgency('Mary Evans Picture Library', 'Mary Evans'),
  licensedAgency('The Granger Collection', 'Granger'),
  licensedAgency('Roger Viollet', 'Roger-Viollet'),
  licensedAgency('ullstein bild', 'Ullstein Bild'),
  licensedAgency('Sovfoto'),
  licensedAgency('Universal Images Group', 'UIG'),
  licensedAgency('Photo12', 'Photo 12'),
  licensedAgency('Scala', 'Scala Archives'),
  licensedAgency('Camera Press'),
  licensedAgency('Panos Pictures'),
  licensedAgency('VII Photo'),
  licensedAgency('Redux', 'Redux Pictures'),
  licensedAgency('Polaris'),
  licensedAgency('MTI'),
  licensedAgency('PAP'),
  licensedAgency('Agencja Gazeta'),
  licensedAgency('Keystone-SDA'),
  licensedAgency('iStockphoto', 'iStock', 'Getty Images/iStockphoto'),
  licensedAgency('Handout'),
  // Newspapers credited for their own photographers' pictures.
  licensedAgency('The New York Times', 'New York Times'),
  licensedAgency('The Washington Post', 'Washington Post'),
  licensedAgency('The Guardian'),
  licensedAgency('The Observer'),
  licensedAgency('The Times'),
  licensedAgency('Los Angeles Times'),
  licensedAgency('Der Spiegel'),
  licensedAgency('Le Monde'),
  // Getty Images collections and other picture archives.
  licensedArchive('Keystone', 'Keystone Features', 'Keystone Press'),
  licensedArchive('Hulton Archive', 'Hulton-Deutsch Collection', 'Hulton Getty'),
  licensedArchive('Topical Press Agency'),
  licensedArchive('Bettmann', 'Bettmann Archive'),
  licensedArchive('Popperfoto'),
  licensedArchive('Picture Post'),
  licensedArchive('Archive Photos'),
  licensedArchive('Central Press'),
  licensedArchive('Fox Photos'),
  licensedArchive('Evening Standard'),
  licensedArchive('Daily Express'),
  licensedArchive('Daily Mirror'),
  licensedArchive('Express'),
  licensedArchive('Three Lions'),
  licensedArchive('Time Life Pictures', 'The LIFE Picture Collection', 'LIFE Picture Collection'),
  licensedArchive('Underwood Archives'),
  licensedArchive('Print Collector', 'The Print Collector', 'Heritage Images'),
  licensedArchive('Interim Archives'),
  licensedArchive('General Photographic Agency'),
  licensedArchive('Sean Sexton'),
  archive('Fortepan', 'cc-by-sa'),
  archive('Imperial War Museum', 'unknown', 'Imperial War Museums', 'IWM'),
  archive('Library of Congress', 'unknown', 'US Library of Congress'),
  archive('National Archives', 'unknown', 'The National Archives', 'US National Archives', 'NARA'),
  archive('Bundesarchiv', 'unknown', 'German Federal Archives'),
  archive('Wikimedia Commons', 'unknown', 'Wikimedia', 'Wikipedia'),
  archive('NASA', 'public-domain', 'NASA/JSC', 'NASA/JPL'),
  archive('US Army', 'public-domain', 'U.S. Army'),
  archive('US Navy', 'public-domain', 'U.S. Navy'),
  archive('US Air Force', 'public-domain', 'U.S. Air Force'),
  archive('National Library of Wales', 'unknown'),
  archive('State Library', 'unknown'),
  archive('Rijksmuseum', 'unknown'),
  archive('Nationaal Archief', 'unknown'),
  archive('Australian War Memorial', 'unknown'),
  archive('Mondadori Portfolio', 'licensed', 'Mondadori'),
  archive('Sueddeutsche Zeitung Photo', 'licensed', 'SZ Photo'),
  // A rights statement written where the credit goes.
  { name: 'Public domain', forms: ['Public domain', 'Public Domain', 'PUBLIC DOMAIN'], role: 'rights', rights: 'public-domain' },
];

/**
 * Labels that open a credit: "Photograph: X", "Credit: X", "© X", "Image source, X".
 * Longest first so "Photo credit:" wins over "Photo".
 */
export const CREDIT_LABELS: readonly string[] = [
  'Photograph courtesy of',
  'Photograph by',
  'Photographers:',
  'Photographer:',
  'Photographs:',
  'Photograph:',
  'Photo courtesy of',
  'Photo credit:',
  'Photo credit should read',
  'Photo by',
  'Photos:',
  'Photo:',
  'Pictures:',
  'Picture by',
  'Picture:',
  'Image courtesy of',
  'Image credits:',
  'Image credit:',
  'Image source:',
  'Image source,',
  'Image:',
  'Images:',
  'Illustration by',
  'Illustration:',
  'Credit...',
  'Credits:',
  'Credit:',
  'Courtesy of',
  'Courtesy:',
  'Fotos:',
  'Foto:',
  'Source:',
  'Copyright:',
  'Copyright',
  '(c)',
  '(C)',
  '©',
];

/**
 * Words that join the parts of a credit: "AFP via Getty Images", "Jane Doe for The Times", "Jo Lee, courtesy of
 * the Imperial War Museum"; the first that matches is taken, so of two that open alike the longer comes first.
 */
export const CREDIT_JOINERS: readonly string[] = [', via ', ' via ', ' for the ', ' for ', ' / ', ' | ', ' — ', ' – ', '/', ' and ', ' & ', ', courtesy of the ', ', courtesy of '];

/** Lower-case name particles that may sit inside a photographer's name ("Charles de Gaulle"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'da', 'di', 'do', 'dos', 'das', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le',
  'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'y', 'e', 'of', 'the',
]);

/** Words whose capitals sit inside a word and must never be cut: McDonald, iPhone, YouTube. */
export const CAMEL_PREFIXES: ReadonlySet<string> = new Set([
  // Name prefixes: McDonald, MacArthur, FitzGerald, DeGaulle-style spellings, O'Neill without the apostrophe.
  'Mc', 'Mac', 'Fitz', 'De', 'Di', 'Da', 'Du', 'La', 'Le', 'Van', 'Von', 'Der', 'Ter', 'O', 'D', 'L',
  'Al', 'El', 'Abu', 'Bin', 'Ibn',
  // Brand prefixes that are not ordinary caption-final words: YouTube, PlayStation, JavaScript ...
  'You', 'Play', 'Java', 'Linked', 'Whats', 'Tik', 'Git', 'Wiki', 'Hewlett', 'Smack', 'Pay', 'Drop',
]);
