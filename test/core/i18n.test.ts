import { ERROR_CODES } from '../../src/shared/error-codes';
import { AppError, badInput, formatError, notFound } from '../../src/core/errors';
import { ERROR_MESSAGES } from '../../src/core/i18n/error-messages';
import { PHRASES } from '../../src/core/i18n/phrases';

const LANGUAGES = ['en', 'ro', 'hu'] as const;

describe('error messages', () => {
  it.each(ERROR_CODES)('[%s] has a sentence in English, Romanian and Hungarian', code => {
    const params = {
      host: 'h',
      field: 'name',
      problem: 'empty',
      what: 'theSync',
      sheet: 'S',
      status: 500,
      total: 9000,
      limit: 8000,
      cells: 1,
      what2: 'x',
    };
    const sentences = LANGUAGES.map(language => ERROR_MESSAGES[code][language](params));
    sentences.forEach(sentence => expect(sentence.length).toBeGreaterThan(20));
    expect(new Set(sentences).size).toBe(3);
  });

  it('every phrase is translated', () => {
    for (const [key, entry] of Object.entries(PHRASES)) {
      for (const language of LANGUAGES)
        expect([key, entry[language]]).toEqual([key, expect.stringMatching(/\S/)]);
    }
  });

  it('speaks one language per sentence: the parts it names are translated too', () => {
    expect(formatError(badInput('name', 'giveName'), 'ro')).toBe(
      '[BAD_INPUT] Verifică numele: dă-i un nume.',
    );
    expect(formatError(badInput('name', 'giveName'), 'hu')).toBe(
      '[BAD_INPUT] Ellenőrizd a nevet: adj neki nevet.',
    );
    expect(formatError(notFound('theSync'), 'en')).toMatch(/^\[NOT_FOUND\] The sync no longer exists\./);
  });

  it("puts MiniCRM's own words after ours, as one bounded line", () => {
    const error = new AppError('AUTH_FAILED', {}, '<h1>Hiba</h1>\n  Nem megfelelő   API kulcs');
    expect(formatError(error, 'en')).toMatch(/MiniCRM said: “Hiba Nem megfelelő API kulcs”$/);
    const long = new AppError('SERVER_ERROR', { status: 500 }, 'x'.repeat(1000));
    expect(formatError(long, 'ro').length).toBeLessThan(600);
  });
});

describe("secrets in MiniCRM's words", () => {
  it("never repeats a shared filter's Hash", () => {
    const error = new AppError(
      'NOT_FOUND',
      { what: 'theSharedFilter' },
      'No filter for /Api/SharedFilter?Hash=12345-abcdef0123456789abcdef&Type=Project',
    );
    expect(formatError(error, 'en')).not.toContain('abcdef0123456789');
    expect(formatError(error, 'en')).toContain('Hash=…');
  });
});
