import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import ts from 'typescript';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { analyse } from '../pipeline/run.js';
import { htmlToDocument } from '../input/html.js';
import { parseCredit } from '../segment/index.js';
import { readInputs } from '../cli/args.js';
import { readTimeML } from '../timeml/index.js';
import { projectRoot, sharedFile, SHARED_MISSING, SEED_PATH_PARTS } from '../testing/shared.js';
import { checkSpans, findSpanProblems } from './spans.js';

interface SchemaNode {
  properties?: Record<string, SchemaNode & { enum?: unknown[] }>;
  required?: string[];
  enum?: unknown[];
  $defs?: Record<string, SchemaNode>;
}

const schema = JSON.parse(readFileSync(new URL('./document.schema.json', import.meta.url), 'utf8')) as SchemaNode;
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

/** Validates the document as printed: JSON drops properties whose value is undefined. */
function assertValid(doc: unknown, what: string): void {
  const ok = validate(JSON.parse(JSON.stringify(doc)));
  assert.ok(ok, `${what} does not match the schema: ${ajv.errorsText(validate.errors, { separator: '; ' })}`);
}

interface DeclaredShape {
  properties: Map<string, { optional: boolean; literals?: unknown[] }>;
  literals?: unknown[];
}

function literalsOf(type: ts.TypeNode | undefined): unknown[] | undefined {
  if (!type || !ts.isUnionTypeNode(type)) return undefined;
  const values: unknown[] = [];
  for (const member of type.types) {
    if (!ts.isLiteralTypeNode(member)) return undefined;
    const literal = member.literal;
    if (ts.isStringLiteral(literal)) values.push(literal.text);
    else if (ts.isNumericLiteral(literal)) values.push(Number(literal.text));
    else return undefined;
  }
  return values;
}

/** The interfaces and literal-union aliases declared in document.ts, read with the TypeScript parser. */
function declaredShapes(): Map<string, DeclaredShape> {
  const path = join(projectRoot(), 'src', 'model', 'document.ts');
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
  const shapes = new Map<string, DeclaredShape>();
  const parents = new Map<string, string[]>();
  for (const statement of source.statements) {
    if (ts.isTypeAliasDeclaration(statement)) {
      const literals = literalsOf(statement.type);
      if (literals) shapes.set(statement.name.text, { properties: new Map(), literals });
    }
    if (!ts.isInterfaceDeclaration(statement)) continue;
    const properties: DeclaredShape['properties'] = new Map();
    for (const member of statement.members) {
      if (ts.isPropertySignature(member) && ts.isIdentifier(member.name)) {
        properties.set(member.name.text, { optional: member.questionToken !== undefined, literals: literalsOf(member.type) });
      }
    }
    shapes.set(statement.name.text, { properties });
    parents.set(statement.name.text, (statement.heritageClauses ?? []).flatMap((c) => c.types.map((t) => t.expression.getText(source))));
  }
  for (const [name, bases] of parents) {
    for (const base of bases) shapes.get(base)?.properties.forEach((value, key) => shapes.get(name)!.properties.set(key, value));
  }
  return shapes;
}

function schemaFor(name: string): SchemaNode | undefined {
  return name === 'AnnalistDocument' ? schema : schema.$defs?.[name];
}

test('the JSON Schema declares exactly the fields, required fields and literal values of document.ts', () => {
  const shapes = declaredShapes();
  assert.ok(shapes.size > 20, 'document.ts should declare the model');
  for (const [name, shape] of shapes) {
    const node = schemaFor(name);
    assert.ok(node, `schema has no $defs/${name}`);
    if (shape.literals) {
      assert.deepEqual(node.enum, shape.literals, `${name}: enum differs`);
      continue;
    }
    assert.deepEqual(Object.keys(node.properties ?? {}).sort(), [...shape.properties.keys()].sort(), `${name}: properties differ`);
    const required = [...shape.properties].filter(([, p]) => !p.optional).map(([key]) => key);
    assert.deepEqual([...(node.required ?? [])].sort(), required.sort(), `${name}: required properties differ`);
    for (const [key, property] of shape.properties) {
      if (property.literals) assert.deepEqual(node.properties?.[key].enum, property.literals, `${name}.${key}: enum differs`);
    }
  }
});

test('the schema rejects a document with a misspelled field', () => {
  const doc = analyse({ name: 'x', text: 'Rain fell.' }, undefined, ['segment']);
  assertValid(doc, 'a minimal document');
  assert.equal(validate({ ...doc, paragrafs: [] }), false);
});

const seed = sharedFile(...SEED_PATH_PARTS);

test('the reference article analysed by every stage matches the schema and every span points at its words', { skip: seed ? false : SHARED_MISSING }, () => {
  const doc = analyse({ name: 'seed', text: readFileSync(seed!, 'utf8'), format: 'text' });
  assertValid(doc, 'the seed document');
  assert.ok(checkSpans(doc) > 50, 'the seed should yield many spans');
});

const OWN_TEXTS = [
  'The ferry left the harbour at dawn on 2 March 1998 with about 300 passengers.\nBy noon the storm had forced it back, and two crew members were injured, the coastguard said on Tuesday.',
  'In 1848 revolts broke out in Paris, Vienna and Berlin. Within a year most were crushed, and thousands fled abroad.\nLater, in 1867, the empire was divided in two.',
  'Crowds gather outside the parliament\nA protester waves a flag near the bridgeJane Roe/Example Agency\u00a0Police stand in line on the squareJohn Doe/Wire Service',
  'Short line with a surrogate pair \uD83D\uDCF7 and a BOM-free start; 10,000 people marched.',
];

test('documents written for this test match the schema and keep their spans', () => {
  for (const [index, text] of OWN_TEXTS.entries()) {
    const doc = analyse({ name: `own-${index}`, text, dct: '2020-05-04' });
    assertValid(doc, `own text ${index}`);
    checkSpans(doc);
  }
});

test('an HTML page with figures matches the schema with its media pointing into the assembled text', () => {
  const html = [
    '<html><head><title>Harbour storm</title><meta property="article:published_time" content="1998-03-03T08:00:00Z"></head><body>',
    '<article><p>The ferry turned back on Monday after waves of six metres hit the harbour wall, officials said.</p>',
    '<figure><img src="x.jpg"><figcaption>Waves break over the wall <span class="credit">Jane Roe/Example Agency</span></figcaption></figure>',
    '<p>Two crew members were taken to hospital with minor injuries.</p></article></body></html>',
  ].join('');
  const page = htmlToDocument(html, { name: 'page.html', parseCredit });
  const doc = analyse({ name: 'page.html', text: page.text, format: 'html', dct: page.dct, title: page.title, media: page.media });
  assertValid(doc, 'the HTML document');
  checkSpans(doc);
  checkSpans({ text: page.text, media: page.media });
  assert.equal(page.media.length, 1);
});

const examplesDir = join(projectRoot(), 'examples');

test('every bundled example matches the schema and keeps its spans', { skip: existsSync(examplesDir) ? false : 'no examples folder' }, async () => {
  const paths = readdirSync(examplesDir).filter((name) => /\.(txt|html|jsonl)$/.test(name)).map((name) => join(examplesDir, name));
  let documents = 0;
  for await (const item of readInputs(paths, { maxBytes: 1 << 24, stdin: Readable.from([]) })) {
    assert.ok(item.ok, item.ok ? '' : item.message);
    const doc = analyse(item.input);
    assertValid(doc, doc.source.name);
    checkSpans(doc);
    documents++;
  }
  assert.ok(documents >= paths.length);
});

const DEV_CORPORA = [['data', 'tbaq-cleaned', 'TimeBank'], ['data', 'tbaq-cleaned', 'AQUAINT'], ['data', 'wikiwars-dev', 'tml']];
const corpusDirs = DEV_CORPORA.map((parts) => sharedFile(...parts)).filter((dir): dir is string => dir !== undefined);

test('every development document (TimeBank, AQUAINT, WikiWars) gives schema-valid output whose spans point at their words', { skip: corpusDirs.length === DEV_CORPORA.length ? false : SHARED_MISSING }, () => {
  const failures: string[] = [];
  let documents = 0;
  for (const dir of corpusDirs) {
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.tml'))) {
      const timeml = readTimeML(readFileSync(join(dir, name), 'utf8'));
      const doc = analyse({ name, text: timeml.text, dct: timeml.dct?.slice(0, 10) });
      documents++;
      const json = JSON.parse(JSON.stringify(doc)) as unknown;
      if (!validate(json)) failures.push(`${name}: ${ajv.errorsText(validate.errors)}`);
      const problems = findSpanProblems(doc);
      if (problems.length > 0) failures.push(`${name}: ${problems.slice(0, 2).join('; ')}`);
    }
  }
  assert.ok(documents > 250, `expected the development corpora, read ${documents}`);
  assert.deepEqual(failures.slice(0, 5), []);
});
