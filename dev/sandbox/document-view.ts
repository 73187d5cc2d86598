// The JSON views of a document: the list row (all strings) and the invoice, order and offer details.

import { SYSTEM_ID } from './catalog';
import { CardStore } from './data';
import { DocumentParty } from './document-catalog';
import { documentTotals, DocumentItem, SalesDocument } from './documents';
import { fixedAmount, fixedQuantity, localizedAmount, localizedQuantity } from './money';
import { slug } from './contact-values';
import { ResolvedModule } from './schema';

type Json = string | number | Json[] | Map<string, Json>;

/** The PDF's download link, shaped like the manual's (`…/xxxxx/Download/S3/?t=doc&inline=0&e=…`); `""` for drafts. */
function documentUrl(document: SalesDocument, origin: string): string {
  return document.fileToken
    ? `${origin}/${SYSTEM_ID}/Download/S3/?t=doc&inline=0&e=${document.fileToken}`
    : '';
}

/** `invoice-2023-e-00014-1.pdf` (MAN p.121), `""` for drafts. */
function documentFileName(document: SalesDocument): string {
  return document.number ? `${document.kind.toLowerCase()}-${slug(document.number)}-1.pdf` : '';
}

/**
 * A list row (MAN p.129): every value a string, even `Id`; amounts with four decimals (`"1599.0000"`);
 * `Paid` and `StornedId` `""` when there is none.
 */
export function renderDocumentRow(
  document: SalesDocument,
  module: ResolvedModule,
  origin: string,
): Map<string, string> {
  const totals = documentTotals(document);
  const status = module.statusById.get(document.statusId);
  return new Map([
    ['Id', String(document.id)],
    ['ProjectId', String(document.projectId)],
    ['StornedId', document.stornedId ? String(document.stornedId) : ''],
    ['Number', document.number],
    ['Type', document.kind],
    ['Issued', document.issued],
    ['Performance', document.performance],
    ['Prompt', document.prompt],
    ['Paid', document.paid],
    ['CurrencyCode', document.currency],
    ['AmountNet', fixedAmount(totals.net, 4)],
    ['AmountVat', fixedAmount(totals.vat, 4)],
    ['Amount', fixedAmount(totals.gross, 4)],
    ['Status', status?.label ?? ''],
    ['StatusGroup', status?.group ?? ''],
    ['DocumentUrl', documentUrl(document, origin)],
  ]);
}

function party(value: DocumentParty): Map<string, Json> {
  return new Map([
    ['Name', value.name],
    ['CountryId', value.countryId],
    ['PostalCode', value.postalCode],
    ['City', value.city],
    ['Address', value.address],
    ['AccountNumber', value.accountNumber],
    ['VatNumber', value.vatNumber],
  ]);
}

/** An invoice item as the manual prints it: locale-formatted money (`"1 000,00"`), `"19%"`, `"2"`. */
function invoiceItem(item: DocumentItem): Map<string, Json> {
  const net = item.netMinor;
  return new Map([
    ['Name', item.name],
    ['Description', item.description],
    ['PriceNet', localizedAmount(item.unitNetMinor)],
    ['VAT', `${item.vatPercent}%`],
    ['Quantity', localizedQuantity(item.quantityTenths)],
    ['Unit', item.unit],
    ['PriceNetTotal', localizedAmount(net)],
    ['PriceTotal', localizedAmount(net + item.vatMinor)],
  ]);
}

/** An order or offer item (MAN p.103): dot decimals with 6, 4 and 2 places (`"500.000000"`, `"15.0000"`). */
function orderItem(item: DocumentItem): Map<string, Json> {
  return new Map([
    ['Id', String(item.id)],
    ['SKU', item.sku],
    ['EAN', item.ean],
    ['Name', item.name],
    ['PriceNet', fixedAmount(item.unitNetMinor, 6)],
    ['Quantity', fixedQuantity(item.quantityTenths)],
    ['Unit', item.unit],
    ['PriceNetTotal', fixedAmount(item.netMinor, 4)],
    ['VAT', `${item.vatPercent}%`],
    ['VATSubtype', ''],
    ['PriceTotal', fixedAmount(item.netMinor + item.vatMinor, 2)],
  ]);
}

/**
 * The document's card as orders and offers embed it (MAN p.115: `"Project":{"Enum1907":"",…,"StatusId":"3426"}`):
 * the module's custom fields and the status id, all as strings. `[]` (PHP's empty array) if the card is gone.
 */
function projectOf(document: SalesDocument, cards: CardStore, origin: string): Map<string, Json> | [] {
  const card = cards.get(document.projectId);
  if (!card) return [];
  const project = new Map<string, Json>();
  for (const field of cards.moduleOf(card).fields) {
    const value = String(card.custom.get(field.name) ?? '');
    project.set(field.name, field.kind === 'file' && value.startsWith('/') ? `${origin}${value}` : value);
  }
  project.set('StatusId', String(card.statusId));
  return project;
}

/** The header every detail shares, up to the amounts (2 decimals there, MAN p.121: `"2540.00"`). */
function header(document: SalesDocument, withVendor: boolean): Map<string, Json> {
  const totals = documentTotals(document);
  const body = new Map<string, Json>([
    ['Id', String(document.id)],
    ['Number', document.number],
    ['Type', document.kind],
  ]);
  if (withVendor) body.set('Media', document.media);
  body.set('Customer', party(document.customer));
  if (withVendor) body.set('Vendor', party(document.vendor));
  body.set('Subject', document.subject);
  body.set('PaymentMethod', document.paymentMethod);
  body.set('Issued', document.issued);
  body.set('Performance', document.performance);
  body.set('Prompt', document.prompt);
  // Unpaid is "0000-00-00" in a detail (MAN p.121) but "" in a list row (MAN p.129).
  body.set('Paid', document.paid || '0000-00-00');
  body.set('CurrencyCode', document.currency);
  body.set('AmountNet', fixedAmount(totals.net, 2));
  body.set('AmountVat', fixedAmount(totals.vat, 2));
  body.set('Amount', fixedAmount(totals.gross, 2));
  return body;
}

/**
 * `GET /Api/Invoice/{Id}` in the manual's key order (MAN p.121–122); `GET /Api/Order/{Id}` and
 * `/Api/Offer/{Id}` share its header without `Media`, `Vendor` and `IsReverseCharge` (the manual shows
 * only their items and `Project`), then order-style items and the card under `Project`.
 */
export function renderDocumentDetail(
  document: SalesDocument,
  cards: CardStore,
  origin: string,
): Map<string, Json> {
  const isInvoice = document.type === 'Invoice';
  const body = header(document, isInvoice);
  if (isInvoice) body.set('IsReverseCharge', '0');
  body.set('DocumentUrl', documentUrl(document, origin));
  body.set('DocumentFileName', documentFileName(document));
  body.set('Items', document.items.map(isInvoice ? invoiceItem : orderItem));
  if (!isInvoice) body.set('Project', projectOf(document, cards, origin));
  return body;
}
