import fc from 'fast-check';
import { base64OfUtf8, utf8Bytes } from '../../src/core/text/base64';

describe('base64OfUtf8', () => {
  it('encodes HTTP Basic credentials as every HTTP client does', () => {
    expect(base64OfUtf8('12345:sandbox0key0000000000000000000001')).toBe(
      Buffer.from('12345:sandbox0key0000000000000000000001').toString('base64'),
    );
  });

  it('encodes any text exactly like Node, diacritics and emoji included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), text => {
        expect(base64OfUtf8(text)).toBe(Buffer.from(text, 'utf8').toString('base64'));
      }),
    );
  });

  it('turns a lone surrogate into U+FFFD like TextEncoder', () => {
    expect(utf8Bytes('a\ud800b')).toEqual([...Buffer.from('a\ufffdb', 'utf8')]);
  });
});
