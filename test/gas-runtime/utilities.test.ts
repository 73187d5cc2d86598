// Tests of the emulated Utilities service: virtual sleep, formatDate/formatString, parseCsv, base64, blobs, digests.
import vm from 'node:vm';
import type { Realm } from '../../dev/gas-runtime/execution';
import { World } from '../../dev/gas-runtime/world';
import { createUtilities } from '../../dev/gas-runtime/services/utilities';
import { errorOf, testExecution, type TestExecutionOptions } from '../support/execution';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Gas = any;

function setup(options: TestExecutionOptions = {}) {
  const { world, exec } = testExecution(options);
  const utilities: Gas = createUtilities(world, exec);
  return { world, exec, utilities };
}

/** Java's signed bytes of a hex string, for known digest vectors. */
const signedBytes = (hex: string) => Array.from(Buffer.from(hex, 'hex'), b => (b << 24) >> 24);

describe('sleep', () => {
  it('advances the virtual clock and works in every auth mode', () => {
    const { utilities, world } = setup({ authMode: 'NONE' });
    const before = world.clock.now();
    utilities.sleep(1500);
    expect(world.clock.now() - before).toBe(1500);
  });

  it('refuses more than 300000 ms and negative values', () => {
    const { utilities, world } = setup();
    const before = world.clock.now();
    expect(errorOf(() => utilities.sleep(300_001))).toBe('Exception: Argument too large: milliseconds');
    expect(errorOf(() => utilities.sleep(-1))).toBe('Exception: Invalid argument: milliseconds');
    expect(errorOf(() => utilities.sleep('10'))).toBe(
      "Exception: The parameters (String) don't match the method signature for Utilities.sleep.",
    );
    expect(world.clock.now()).toBe(before);
    utilities.sleep(300_000);
    expect(world.clock.now() - before).toBe(300_000);
  });

  it('ends the execution when sleeping past its deadline', () => {
    const { utilities, exec } = setup({ maxExecutionMs: 10_000 });
    expect(errorOf(() => utilities.sleep(20_000))).toBe('Exceeded maximum execution time');
    expect(exec.timedOut).toBe(true);
  });

  it('is refused while the bundle loads', () => {
    const { utilities, exec } = setup();
    exec.phase = 'load';
    expect(errorOf(() => utilities.sleep(1))).toMatch(
      /^Exception: Utilities\.sleep was called while the script/,
    );
  });
});

describe('formatDate', () => {
  const instant = new Date(Date.UTC(2024, 0, 5, 13, 45, 10, 7));
  const summer = new Date(Date.UTC(2024, 6, 5, 13, 45, 10));

  it.each<[string, string, string]>([
    ['GMT', "yyyy-MM-dd'T'HH:mm:ss'Z'", '2024-01-05T13:45:10Z'],
    ['Europe/Budapest', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", '2024-01-05T14:45:10.007+01:00'],
    ['Europe/Budapest', 'EEE, d MMM yyyy HH:mm:ss Z', 'Fri, 5 Jan 2024 14:45:10 +0100'],
    ['Europe/Budapest', 'EEEE, MMMM d', 'Friday, January 5'],
    ['Europe/Budapest', 'yy M d H h a', '24 1 5 14 2 PM'],
    ['Europe/Budapest', 'K k hh', '2 14 02'],
    ['UTC', 'X XX XXX', 'Z Z Z'],
    ['America/New_York', 'X XX XXX', '-05 -0500 -05:00'],
    ['Asia/Kolkata', 'HH:mm X', '19:15 +05'],
    ['Europe/Budapest', 'D w u F', '5 1 5 1'],
    ['Europe/Budapest', "h 'o''clock' ''", "2 o'clock '"],
    ['Europe/Budapest', 'S SSS SSSS', '7 007 0007'],
    ['Europe/Budapest', 'G yyyy', 'AD 2024'],
    ['GMT+02:00', 'HH:mm Z', '15:45 +0200'],
  ])('%s %p', (zone, pattern, expected) => {
    expect(setup().utilities.formatDate(instant, zone, pattern)).toBe(expected);
  });

  it('follows daylight saving time', () => {
    expect(setup().utilities.formatDate(summer, 'Europe/Budapest', 'HH:mm XXX z')).toBe('15:45 +02:00 CEST');
  });

  it('prints Java-like zone abbreviations', () => {
    const { utilities } = setup();
    expect(utilities.formatDate(instant, 'Europe/Budapest', 'z')).toBe('CET');
    expect(utilities.formatDate(instant, 'America/New_York', 'z')).toBe('EST');
    expect(utilities.formatDate(instant, 'UTC', 'z')).toBe('UTC');
    expect(utilities.formatDate(instant, 'GMT', 'z')).toBe('GMT');
    expect(utilities.formatDate(instant, 'Asia/Kolkata', 'z')).toBe('GMT+05:30');
  });

  it('numbers the last days of December as week 1 when their week holds January 1st', () => {
    const { utilities } = setup();
    expect(utilities.formatDate(new Date(Date.UTC(2024, 11, 31, 12)), 'UTC', 'w')).toBe('1');
    expect(utilities.formatDate(new Date(Date.UTC(2024, 11, 27, 12)), 'UTC', 'w')).toBe('52');
  });

  it('falls back to GMT for an unknown time zone, as Java does', () => {
    expect(setup().utilities.formatDate(instant, 'Nowhere/City', 'HH:mm')).toBe('13:45');
  });

  it('accepts a Date of the script realm', () => {
    const scriptDate = vm.runInNewContext('new Date(Date.UTC(2024, 0, 5))');
    expect(setup().utilities.formatDate(scriptDate, 'UTC', 'yyyy-MM-dd')).toBe('2024-01-05');
  });

  it('refuses illegal pattern letters and non-Date arguments', () => {
    const { utilities } = setup();
    expect(errorOf(() => utilities.formatDate(instant, 'UTC', 'yyyy-qq'))).toBe(
      "Exception: Illegal pattern character 'q'",
    );
    expect(errorOf(() => utilities.formatDate('2024-01-05', 'UTC', 'yyyy'))).toBe(
      "Exception: The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
  });
});

describe('formatString', () => {
  it.each<[string, unknown[], string]>([
    ['%11.6f', [123.456], ' 123.456000'],
    ['%6s', ['abc'], '   abc'],
    ['%-6s|', ['abc'], 'abc   |'],
    ['%s has %d rows (%.1f%%)', ['Deals', 12.7, 45.67], 'Deals has 12 rows (45.7%)'],
    ['%05d', [42], '00042'],
    ['%05d', [-42], '-0042'],
    ['%+d', [5], '+5'],
    ['%,d', [1234567], '1,234,567'],
    ['%,.2f', [1234567.891], '1,234,567.89'],
    ['%x %X %o', [255, 255, 8], 'ff FF 10'],
    ['%.2e', [12345], '1.23e+04'],
    ['%.3s', ['abcdef'], 'abc'],
    ['%c', ['xyz'], 'x'],
    ['no placeholders', [], 'no placeholders'],
  ])('%p', (template, args, expected) => {
    expect(setup().utilities.formatString(template, ...args)).toBe(expected);
  });

  it('refuses a placeholder without an argument', () => {
    expect(errorOf(() => setup().utilities.formatString('%s and %s', 'one'))).toBe(
      "Exception: Format specifier '%s' has no argument.",
    );
  });
});

describe('parseCsv', () => {
  it('parses the reference example', () => {
    expect(setup().utilities.parseCsv('a,b,c\nd,e,f')).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
  });

  it('handles quotes, doubled quotes, delimiters and line breaks inside quotes, and CRLF', () => {
    const csv = '"a,1","say ""hi""","multi\r\nline"\r\nx,y,z\r\n';
    expect(setup().utilities.parseCsv(csv)).toEqual([
      ['a,1', 'say "hi"', 'multi\nline'],
      ['x', 'y', 'z'],
    ]);
  });

  it('keeps empty fields and empty lines; a final line break adds no row', () => {
    const { utilities } = setup();
    expect(utilities.parseCsv('a,,c\n,\n\nb\n')).toEqual([['a', '', 'c'], ['', ''], [''], ['b']]);
    expect(utilities.parseCsv('')).toEqual([]);
  });

  it('uses a custom delimiter', () => {
    expect(setup().utilities.parseCsv('a\tb\tc\nd\te\tf', '\t')).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
  });

  it('refuses an unterminated quote and a multi-character delimiter', () => {
    const { utilities } = setup();
    expect(errorOf(() => utilities.parseCsv('"abc,d'))).toBe('Exception: Could not parse text.');
    expect(errorOf(() => utilities.parseCsv('a;;b', ';;'))).toMatch(/don't match the method signature/);
  });
});

describe('base64', () => {
  const GROUPS = 'Google グループ';
  const GROUPS_BYTES = [
    71, 111, 111, 103, 108, 101, 32, -29, -126, -80, -29, -125, -85, -29, -125, -68, -29, -125, -105,
  ];

  it('encodes strings (UTF-8 by default) and byte arrays like the reference examples', () => {
    const { utilities } = setup();
    expect(utilities.base64Encode('A string here')).toBe('QSBzdHJpbmcgaGVyZQ==');
    expect(utilities.base64Encode(GROUPS, utilities.Charset.UTF_8)).toBe('R29vZ2xlIOOCsOODq+ODvOODlw==');
    expect(utilities.base64EncodeWebSafe(GROUPS)).toBe('R29vZ2xlIOOCsOODq-ODvOODlw==');
    expect(utilities.base64Encode([-1, 0, 127])).toBe('/wB/');
  });

  it('encodes non-ASCII characters as ? in US_ASCII', () => {
    const { utilities } = setup();
    expect(utilities.base64Encode('é', utilities.Charset.US_ASCII)).toBe('Pw==');
  });

  it('decodes to signed bytes', () => {
    const { utilities } = setup();
    expect(utilities.base64Decode('R29vZ2xlIOOCsOODq+ODvOODlw==')).toEqual(GROUPS_BYTES);
    expect(utilities.base64DecodeWebSafe('R29vZ2xlIOOCsOODq-ODvOODlw==')).toEqual(GROUPS_BYTES);
    expect(utilities.base64Decode('QQ')).toEqual([65]);
  });

  it('refuses text that is not base64 of its alphabet', () => {
    const { utilities } = setup();
    expect(errorOf(() => utilities.base64Decode('abc$'))).toBe('Exception: Could not decode string.');
    expect(errorOf(() => utilities.base64Decode('R29v-ODl'))).toBe('Exception: Could not decode string.');
    expect(errorOf(() => utilities.base64DecodeWebSafe('R29v+ODl'))).toBe(
      'Exception: Could not decode string.',
    );
    expect(errorOf(() => utilities.base64Decode('abcde'))).toBe('Exception: Could not decode string.');
  });

  it('returns arrays of the script realm', () => {
    const realm = vm.runInNewContext('({ Error, Date, Array, Object })') as Realm;
    expect(setup({ realm }).utilities.base64Decode('QQ==')).toBeInstanceOf(realm.Array);
  });
});

describe('newBlob', () => {
  it('holds a string as UTF-8 bytes', () => {
    const blob = setup().utilities.newBlob('GOOGLE');
    expect(blob.getBytes()).toEqual([71, 79, 79, 71, 76, 69]);
    expect(blob.getDataAsString()).toBe('GOOGLE');
    expect(blob.getContentType()).toBeNull();
    expect(blob.getName()).toBeNull();
    expect(String(blob)).toBe('Blob');
  });

  it('holds bytes with a content type and a name', () => {
    const { utilities } = setup();
    const blob = utilities.newBlob([71, 79, 79, 71, 76, 69], 'application/json', 'Example blob');
    expect(blob.getDataAsString()).toBe('GOOGLE');
    expect(blob.getContentType()).toBe('application/json');
    expect(blob.getName()).toBe('Example blob');
    const decoded = utilities.base64Decode('R29vZ2xlIOOCsOODq+ODvOODlw==');
    expect(utilities.newBlob(decoded).getDataAsString()).toBe('Google グループ');
  });

  it('can be changed and copied independently', () => {
    const blob = setup().utilities.newBlob('a');
    const copy = blob.copyBlob();
    blob.setDataFromString('b').setName('n.txt').setContentType('text/plain');
    expect([blob.getDataAsString(), blob.getName(), blob.getContentType()]).toEqual([
      'b',
      'n.txt',
      'text/plain',
    ]);
    expect(copy.getDataAsString()).toBe('a');
  });
});

describe('digests and signatures', () => {
  it('computes digests as signed bytes', () => {
    const { utilities } = setup();
    const { DigestAlgorithm } = utilities;
    expect(utilities.computeDigest(DigestAlgorithm.MD5, '')).toEqual(
      signedBytes('d41d8cd98f00b204e9800998ecf8427e'),
    );
    expect(utilities.computeDigest(DigestAlgorithm.SHA_1, 'abc')).toEqual(
      signedBytes('a9993e364706816aba3e25717850c26c9cd0d89d'),
    );
    expect(utilities.computeDigest(DigestAlgorithm.SHA_256, 'abc')).toEqual(
      signedBytes('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'),
    );
    expect(utilities.computeDigest(DigestAlgorithm.SHA_256, [97, 98, 99])).toEqual(
      utilities.computeDigest(DigestAlgorithm.SHA_256, 'abc'),
    );
  });

  it('computes HMAC-SHA256 (RFC 4231 test case 2) from strings or bytes', () => {
    const { utilities } = setup();
    const expected = signedBytes('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
    expect(utilities.computeHmacSha256Signature('what do ya want for nothing?', 'Jefe')).toEqual(expected);
    const bytes = (s: string) => Array.from(Buffer.from(s), b => (b << 24) >> 24);
    expect(
      utilities.computeHmacSha256Signature(bytes('what do ya want for nothing?'), bytes('Jefe')),
    ).toEqual(expected);
    expect(
      utilities.computeHmacSignature(
        utilities.MacAlgorithm.HMAC_SHA_256,
        'what do ya want for nothing?',
        'Jefe',
      ),
    ).toEqual(expected);
  });

  it('refuses unknown algorithms and mixed string/byte arguments', () => {
    const { utilities } = setup();
    expect(errorOf(() => utilities.computeDigest('SHA_3', 'x'))).toMatch(/don't match the method signature/);
    expect(errorOf(() => utilities.computeHmacSha256Signature('x', [1, 2]))).toBe(
      "Exception: The parameters (String,number[],null) don't match the method signature for Utilities.computeHmacSha256Signature.",
    );
  });
});

describe('getUuid', () => {
  it('returns distinct version-4-shaped UUIDs, reproducible per fresh world', () => {
    const first = setup().utilities;
    const a = first.getUuid();
    const b = first.getUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(b).not.toBe(a);
    expect(setup().utilities.getUuid()).toBe(a);
  });

  it('keeps counting across executions of the same world', () => {
    const world = new World();
    const a = setup({ world }).utilities.getUuid();
    const b = setup({ world }).utilities.getUuid();
    expect(b).not.toBe(a);
  });
});
