// The CSV a shared filter serves: its columns (UI labels in the account language), its rows, the 8000 cap.

import { userLabel } from './card-view';
import { Contact, ContactDirectory } from './contacts';
import { csvRecord } from './csv';
import { Card, CardStore } from './data';
import { plainAmount } from './money';
import { Product, PRODUCTS } from './products';
import { AccountSchema, ResolvedField } from './schema';
import { SharedFilter } from './shared-filters';

/** The most data rows a feed holds: the Google Sheets sync's limit (H-GS-RO: "maximum 8000 de rânduri"). */
export const FEED_ROW_LIMIT = 8000;

/** One CSV column: its header, how a row fills it, and whether it is quoted even when plain. */
interface FeedColumn<Row> {
  readonly header: string;
  readonly value: (row: Row) => string;
  readonly alwaysQuoted?: boolean;
}

/** What a feed needs to read besides its rows. */
export interface FeedSources {
  readonly schema: AccountSchema;
  readonly store: CardStore;
  readonly contacts: ContactDirectory;
  /** This server's origin, for the download links of file fields. */
  readonly origin: string;
}

/** A rendered feed and how many data rows it holds. */
export interface Feed {
  readonly text: string;
  readonly rows: number;
}

const text = (value: unknown): string => (value === undefined ? '' : String(value));

/**
 * A custom field as the UI exports it: date-only fields without their `23:59:59`, files as their full link,
 * numbers plain, labels as they are.
 */
function exportedCustomValue(field: ResolvedField, card: Card, origin: string): string {
  const value = text(card.custom.get(field.name));
  if (field.kind === 'date') return value.slice(0, 10);
  if (field.kind === 'file' && value.startsWith('/')) return `${origin}${value}`;
  return value;
}

/** The card's person (its main contact when that is a person) and company. */
function partiesOf(card: Card, contacts: ContactDirectory): { person?: Contact; business?: Contact } {
  const main = contacts.get(card.contactId);
  return {
    person: main?.type === 'Person' ? main : undefined,
    business: card.businessId ? contacts.get(card.businessId) : undefined,
  };
}

/**
 * The columns of a module's feed. Labels are Hungarian, the account's language; the manual's English
 * account shows the same structure as `Card: Id`, `Card: Name`, `Card: Responsible`, `Card: Status`,
 * `Person1: First name`, `Person1: Email`. Custom fields appear under their UI labels, which admins wrote
 * in the module's own language. Name, owner and status are always quoted.
 */
function cardColumns(fields: readonly ResolvedField[], sources: FeedSources): FeedColumn<Card>[] {
  const person = (card: Card, name: string) =>
    text(partiesOf(card, sources.contacts).person?.values.get(name));
  return [
    { header: 'Adatlap: Azonosító', value: card => card.projectHash },
    { header: 'Adatlap: Név', value: card => card.name, alwaysQuoted: true },
    { header: 'Adatlap: Felelős', value: card => userLabel(card.userId), alwaysQuoted: true },
    {
      header: 'Adatlap: Státusz',
      value: card => sources.store.moduleOf(card).statusById.get(card.statusId)?.label ?? '',
      alwaysQuoted: true,
    },
    { header: 'Adatlap: Létrehozva', value: card => card.createdAt },
    { header: 'Adatlap: Utolsó módosítás', value: card => card.updatedAt },
    { header: 'Személy1: Keresztnév', value: card => person(card, 'FirstName') },
    { header: 'Személy1: Vezetéknév', value: card => person(card, 'LastName') },
    { header: 'Személy1: Email', value: card => person(card, 'Email') },
    { header: 'Személy1: Telefon', value: card => person(card, 'Phone') },
    {
      header: 'Cég: Név',
      value: card => text(partiesOf(card, sources.contacts).business?.values.get('Name')),
    },
    ...fields.map(field => ({
      header: `Adatlap: ${field.label}`,
      value: (card: Card) => exportedCustomValue(field, card, sources.origin),
    })),
  ];
}

/** The items/services list's columns (Hungarian labels under the `Termék` prefix; the product name is always quoted). */
const PRODUCT_COLUMNS: readonly FeedColumn<Product>[] = [
  { header: 'Termék: Azonosító', value: product => String(product.id) },
  { header: 'Termék: Név', value: product => product.name, alwaysQuoted: true },
  { header: 'Termék: Cikkszám', value: product => product.sku },
  { header: 'Termék: EAN kód', value: product => product.ean },
  { header: 'Termék: Leírás', value: product => product.description },
  { header: 'Termék: Mennyiségi egység', value: product => product.unit },
  { header: 'Termék: Nettó egységár', value: product => plainAmount(product.priceMinor) },
  { header: 'Termék: Pénznem', value: product => product.currency },
  { header: 'Termék: ÁFA-kulcs', value: product => String(product.vatPercent) },
  { header: 'Termék: Aktív', value: product => (product.active ? 'Igen' : 'Nem') },
  { header: 'Termék: Létrehozva', value: product => product.createdAt },
  { header: 'Termék: Utolsó módosítás', value: product => product.updatedAt },
];

/** The cards a module's filter shows: live ones, in ascending id order, confidential ones only if it says so. */
function filteredCards(filter: SharedFilter, store: CardStore): Card[] {
  return store
    .all()
    .filter(
      card =>
        card.categoryId === filter.categoryId &&
        card.deleted === 0 &&
        (filter.includesConfidential || card.isPrivate === 0),
    );
}

/**
 * The `raggedCsv` fault: every tenth row from the fifth on loses its last field, every tenth from the tenth
 * on gets an extra empty one (a writer that skipped or doubled a trailing empty value).
 */
function raggedFields(fields: string[], rowIndex: number): string[] {
  if (rowIndex % 10 === 4) return fields.slice(0, -1);
  if (rowIndex % 10 === 9) return [...fields, ''];
  return fields;
}

function renderRows<Row>(columns: readonly FeedColumn<Row>[], rows: readonly Row[], ragged: boolean): Feed {
  const quoted = columns.map(column => column.alwaysQuoted ?? false);
  const kept = rows.slice(0, FEED_ROW_LIMIT);
  let body = csvRecord(columns.map(column => column.header));
  kept.forEach((row, index) => {
    const fields = columns.map(column => column.value(row));
    body += csvRecord(ragged ? raggedFields(fields, index) : fields, quoted);
  });
  return { text: body, rows: kept.length };
}

/** Renders a filter's feed; the row count honours the 8000 cap. */
export function renderFeed(filter: SharedFilter, sources: FeedSources, ragged = false): Feed {
  if (filter.type === 'Product') return renderRows(PRODUCT_COLUMNS, PRODUCTS, ragged);
  const module = filter.categoryId === undefined ? undefined : sources.schema.module(filter.categoryId);
  const columns = cardColumns(module?.fields ?? [], sources);
  return renderRows(columns, filteredCards(filter, sources.store), ragged);
}

/** How many data rows a filter's feed holds now, without rendering it. */
export function feedRowCount(filter: SharedFilter, store: CardStore): number {
  const total = filter.type === 'Product' ? PRODUCTS.length : filteredCards(filter, store).length;
  return Math.min(total, FEED_ROW_LIMIT);
}
