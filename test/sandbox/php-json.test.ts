// The sandbox encodes JSON like PHP's json_encode with default flags.

import { encodePhpJson } from '../../dev/sandbox/php-json';

test('escapes slashes and writes non-ASCII as lowercase \\u escapes, astral characters as surrogate pairs', () => {
  expect(encodePhpJson({ url: 'https://r3.minicrm.hu/Api', name: 'Ügyfél – ș', smile: '😀' })).toBe(
    '{"url":"https:\\/\\/r3.minicrm.hu\\/Api","name":"\\u00dcgyf\\u00e9l \\u2013 \\u0219","smile":"\\ud83d\\ude00"}',
  );
});

test('keeps the insertion order of a Map even for numeric keys', () => {
  expect(
    encodePhpJson(
      new Map([
        ['2796', 'a'],
        ['2741', 'b'],
      ]),
    ),
  ).toBe('{"2796":"a","2741":"b"}');
});

test('writes empty arrays as [] and empty maps as {}, numbers and control characters as JSON does', () => {
  expect(encodePhpJson({ list: [], map: new Map(), n: 34359738368, f: 1500.5, text: 'a\nb"c' })).toBe(
    '{"list":[],"map":{},"n":34359738368,"f":1500.5,"text":"a\\nb\\"c"}',
  );
});

test('round-trips through JSON.parse', () => {
  const value = { Name: 'Făgăraș Trans SRL / "test"', Results: { '10': { Id: 10 } } };
  expect(JSON.parse(encodePhpJson(value))).toEqual(value);
});
