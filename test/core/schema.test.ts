import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { labelOf, parseModuleSchema } from '../../src/core/crm/schema';

const samples = join(__dirname, '../fixtures/minicrm');
const sample = (name: string) => JSON.parse(readFileSync(join(samples, name), 'utf8'));

describe('parseModuleSchema on a real recorded schema', () => {
  const schema = parseModuleSchema(sample('schema-project-20.json'));
  const typeOf = (key: string) => schema.byKey.get(key)?.type;

  it('types plain fields from their type strings', () => {
    expect(typeOf('Id')).toBe('number');
    expect(typeOf('Name')).toBe('text');
    expect(typeOf('UpdatedAt')).toBe('date');
    expect(typeOf('Oklevel')).toBe('file');
  });

  it('recognises multi-selects by their bit-flag keys, up to 2^35', () => {
    expect(typeOf('Levelkuldesek')).toBe('multi');
    expect(typeOf('Jelenlet')).toBe('multi');
    expect(schema.byKey.get('Levelkuldesek')?.labels?.get('34359738368')).toBe('Oklevél - haladó');
  });

  it('recognises a single checkbox {"1": label} as a boolean', () => {
    expect(typeOf('BaratiKedvezneny')).toBe('boolean');
  });

  it('keeps status and user lists as single-choice enums with labels', () => {
    expect(typeOf('StatusId')).toBe('enum');
    expect(labelOf(schema, 'StatusId', 2749)).toBe('Kurzus folyamatban');
    expect(labelOf(schema, 'UserId', '56733')).toBe('Rudolf Ádám');
  });

  it('shows an unknown id as itself rather than losing it', () => {
    expect(labelOf(schema, 'StatusId', 9999)).toBe('9999');
    expect(labelOf(schema, 'StatusId', 0)).toBe('');
  });

  it('refuses an answer that is not a schema', () => {
    expect(() => parseModuleSchema([])).toThrow(/BAD_RESPONSE/);
    expect(() => parseModuleSchema('Unauthorized')).toThrow(/BAD_RESPONSE/);
  });
});
