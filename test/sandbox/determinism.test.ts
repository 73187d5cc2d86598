// Same seed, same bytes: two servers, or one server reset, serve identical responses.

import { TestSandbox } from './harness';

const PATHS = [
  '/Api/R3/Category',
  '/Api/R3/Schema/Project/21',
  '/Api/R3/Schema/Person',
  '/Api/R3/Project?CategoryId=21&Page=7',
  '/Api/R3/Project?StatusGroup=Open&Query=kft',
  '/Api/R3/Project/1001',
  '/Api/R3/Project/5001',
  '/Api/R3/Contact?Type=Business&Page=2',
  '/Api/R3/Contact/5002',
  '/Api/Invoice/List?Page=1',
  '/Api/Invoice/101',
  '/Api/Order/60',
  '/Api/Offer/List?StatusGroup=Open',
];

let first: TestSandbox;
let second: TestSandbox;
beforeAll(async () => {
  first = await TestSandbox.start({ seed: 42 });
  second = await TestSandbox.start({ seed: 42 });
});
afterAll(async () => {
  await first.close();
  await second.close();
});

/** The bodies of PATHS with the server's own origin replaced, since URLs carry the port. */
async function bodies(sandbox: TestSandbox): Promise<string[]> {
  const escapedOrigin = sandbox.origin.replace(/\//g, '\\/');
  const texts: string[] = [];
  for (const path of PATHS) {
    const response = await sandbox.request(path);
    expect(response.status).toBe(200);
    texts.push(response.text.split(escapedOrigin).join('ORIGIN'));
  }
  return texts;
}

test('two servers with the same seed answer byte for byte the same', async () => {
  expect(await bodies(first)).toEqual(await bodies(second));
});

test('a reset to the same seed undoes changes and gives the same bytes again', async () => {
  const before = await bodies(first);
  await first.control.touch([1001], { Name: 'Changed', Prioritas: 'Magas' });
  await first.control.trash([5001]);
  await first.control.touchDocuments('Invoice', [101], { Paid: '2026-11-02' });
  expect(await bodies(first)).not.toEqual(before);
  await first.control.reset(42);
  expect(await bodies(first)).toEqual(before);
});

test('a different seed gives different data', async () => {
  await second.control.reset(43);
  const [category, schema, personSchema, ...cards] = await bodies(second);
  const [sameCategory, sameSchema, samePersonSchema, ...otherCards] = await bodies(first);
  expect(category).toBe(sameCategory);
  expect(schema).toBe(sameSchema);
  expect(personSchema).toBe(samePersonSchema);
  // Every seeded answer changes: cards, contacts and documents alike.
  cards.forEach((body, index) => expect(body).not.toBe(otherCards[index]));
});
