import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseModuleSchema } from '../../src/core/crm/schema';
import { dateSerial } from '../../src/core/sync/cells';
import { cardCell, cardTable, columnsFor, SUMMARY_FIELDS } from '../../src/core/sync/card-table';

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(__dirname, '../fixtures/minicrm', name), 'utf8'));
const schema = parseModuleSchema(fixture('schema-project-20.json'));
const detail = fixture('project-20-detail.json');
const searchRow = fixture('project-search-page-0.json').Results['2601'];

describe('cells of a recorded card', () => {
  it('maps ids in search rows and keeps labels in detail rows, to the same label', () => {
    expect(cardCell(schema, searchRow, 'StatusId').value).toBe('Kurzus folyamatban');
    expect(cardCell(schema, detail, 'StatusId').value).toBe('INFO levél kiment');
    expect(cardCell(schema, searchRow, 'UserId').value).toBe(cardCell(schema, detail, 'UserId').value);
  });

  it('types numbers, date-only fields, date-times and empty dates', () => {
    expect(cardCell(schema, detail, 'Id').value).toBe(2601);
    expect(cardCell(schema, detail, 'N1Alkalom')).toEqual({
      value: dateSerial(2019, 1, 28),
      dateKind: 'date',
    });
    expect(cardCell(schema, detail, 'CreatedAt')).toEqual({
      value: new Date('2019-01-18T10:12:32.000Z'),
      dateKind: 'instant',
    });
    expect(cardCell(schema, detail, 'N2SzunetOpcionalis3').value).toBe('');
  });

  it('keeps multi-select labels and multi-line text verbatim', () => {
    expect(cardCell(schema, detail, 'Levelkuldesek').value).toBe('Kezdő INFO levél');
    expect(cardCell(schema, { Levelkuldesek: 34359738368 + 2 }, 'Levelkuldesek').value).toBe(
      'Kezdő INFO levél, Oklevél - haladó',
    );
    // Contains digits, so it is protected from Sheets' number/date parsing with an apostrophe.
    expect(cardCell(schema, detail, 'Datumleirasok').value).toBe(`'${detail.Datumleirasok}`);
  });

  it('shows a label where an enum arrives as an id', () => {
    expect(cardCell(schema, { Helyszin2: 2502 }, 'Helyszin2').value).toBe('Astoria');
  });
});

describe('columns', () => {
  it('defaults to the fixed summary fields, so a new MiniCRM field never shifts them', () => {
    expect(columnsFor({}, undefined).map(c => c.key)).toEqual([...SUMMARY_FIELDS]);
  });

  it("follows the sync's own order and headers", () => {
    const columns = columnsFor({ columns: [{ key: 'Name', header: 'Nume' }, { key: 'Id' }] }, undefined);
    const table = cardTable(schema, [searchRow], columns);
    expect(table.header).toEqual(['Nume', 'Id']);
    expect(table.rows[0].map(cell => cell.value)).toEqual(['Gipsz Jakab', 2601]);
  });
});
