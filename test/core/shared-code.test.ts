import fc from 'fast-check';
import { parseSharedCode } from '../../src/core/filters/shared-code';

const URL =
  'https://r3-test.minicrm.eu/Api/SharedFilter?Hash=64421-0e01938fc48a2cfb5f2217fbfb00722d-EO9tXmhLWydgUmz_GTsTxQ&Type=Project';

describe('parseSharedCode', () => {
  it("accepts the manual's example formula", () => {
    const feed = parseSharedCode(`=ImportData("${URL}")`);
    expect(feed.origin).toBe('https://r3-test.minicrm.eu');
    expect(feed.hash).toBe('64421-0e01938fc48a2cfb5f2217fbfb00722d-EO9tXmhLWydgUmz_GTsTxQ');
    expect(feed.type).toBe('Project');
    expect(feed.url).toBe(URL);
  });

  it.each([
    [`=IMPORTDATA("${URL}")`],
    [`  =importdata( "${URL}" ) ;`],
    [`=ImportData(“${URL}”)`],
    [URL],
    [`${URL.replace('&Type=Project', '')}`],
  ])('accepts %s', code => {
    expect(parseSharedCode(code).hash).toMatch(/^64421-/);
  });

  it.each([
    ['http://r3.minicrm.hu/Api/SharedFilter?Hash=64421-abcdefgh'],
    ['https://evil.example.com/Api/SharedFilter?Hash=64421-abcdefgh'],
    ['https://r3.minicrm.hu/Api/R3/Project?Hash=64421-abcdefgh'],
    ['https://r3.minicrm.hu/Api/SharedFilter?Type=Project'],
    ['=SUM(A1:A3)'],
    [''],
  ])('refuses %s with [INVALID_CODE]', code => {
    expect(() => parseSharedCode(code)).toThrow(/^\[INVALID_CODE\]/);
  });

  it("never accepts a host that is not MiniCRM's, whatever surrounds it", () => {
    fc.assert(
      fc.property(fc.domain(), fc.stringMatching(/^[\w-]{8,40}$/), (domain, hash) => {
        fc.pre(!domain.endsWith('minicrm.hu') && !domain.includes('minicrm.'));
        expect(() =>
          parseSharedCode(`=ImportData("https://${domain}/Api/SharedFilter?Hash=${hash}")`),
        ).toThrow(/INVALID_CODE/);
      }),
    );
  });
});

describe('parseSharedCode on a development build', () => {
  const local =
    '=ImportData("http://127.0.0.1:8787/Api/SharedFilter?Hash=12345-abcdef0123456789&Type=Project")';

  it('accepts the loopback sandbox only when loopback is allowed', () => {
    expect(() => parseSharedCode(local)).toThrow(/INVALID_CODE/);
    expect(parseSharedCode(local, true).url).toBe(
      'http://127.0.0.1:8787/Api/SharedFilter?Hash=12345-abcdef0123456789&Type=Project',
    );
    expect(() =>
      parseSharedCode('http://10.0.0.1:8787/Api/SharedFilter?Hash=12345-abcdef0123456789', true),
    ).toThrow(/INVALID_CODE/);
  });
});
