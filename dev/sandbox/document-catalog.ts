// Fixed facts of the account's invoicing: its own companies (vendors), id ranges, number series, VAT rules.

import { DocumentType } from './catalog';
import { ContactLanguage } from './contact-values';

/** A document's `Type` in lists and details. Invoices come as invoices, pro formas and stornos. */
export type DocumentKind = 'Invoice' | 'Proforma' | 'Storno' | 'Order' | 'Offer';

/** A party of a document, as the `Customer`/`Vendor` objects show it (MAN p.121). */
export interface DocumentParty {
  readonly name: string;
  readonly countryId: string;
  readonly postalCode: string;
  readonly city: string;
  readonly address: string;
  readonly accountNumber: string;
  readonly vatNumber: string;
}

/** The account's two companies: Romanian customers are invoiced by the first, Hungarian ones by the second. */
export const VENDORS: Readonly<Record<ContactLanguage, DocumentParty>> = {
  ro: {
    name: 'Carpathia Soft SRL',
    countryId: '40',
    postalCode: '400114',
    city: 'Cluj-Napoca',
    address: 'Str. Memorandumului nr. 28',
    accountNumber: 'RO49BTRLRONCRT0123456701',
    vatNumber: 'RO31234567',
  },
  hu: {
    name: 'Pannonsoft Informatikai Kft.',
    countryId: '36',
    postalCode: '1134',
    city: 'Budapest',
    address: 'Váci út 47.',
    accountNumber: '11773016-11111018-00000000',
    vatNumber: '25123456-2-41',
  },
};

/** Each document type has its own id sequence, unrelated to card ids (InvoiceId ≠ card id, MAN p.118). */
export const FIRST_DOCUMENT_ID: Readonly<Record<DocumentType, number>> = {
  Invoice: 101,
  Order: 51,
  Offer: 141,
};

const pad5 = (sequence: number): string => String(sequence).padStart(5, '0');

/** Number series per kind and year, in the manual's style (`2023-E/00014`, `AJ2024-E/00001`). */
export function documentNumber(kind: DocumentKind, year: string, sequence: number): string {
  switch (kind) {
    case 'Invoice':
      return `${year}-E/${pad5(sequence)}`;
    case 'Proforma':
      return `D${year}-E/${pad5(sequence)}`;
    case 'Storno':
      return `S${year}-E/${pad5(sequence)}`;
    case 'Order':
      return `CMD${year}/${pad5(sequence)}`;
    case 'Offer':
      return `AJ${year}-E/${pad5(sequence)}`;
  }
}

/** The invoicing module's statuses that change what a document is (ids from catalog.ts, module 24). */
export const PROFORMA_STATUS_ID = 2402;
/** Invoices in this status were cancelled: each gets a storno invoice with negative quantities. */
export const STORNO_STATUS_ID = 2406;

/** Romania's standard VAT went from 19 % to 21 % on 2025-08-01; Hungary's is 27 %. */
export function vatPercentOn(language: ContactLanguage, issuedDate: string): number {
  if (language === 'hu') return 27;
  return issuedDate < '2025-08-01' ? 19 : 21;
}

/**
 * Payment methods are system values, so they come in the account's (Hungarian) language; the manual's
 * English example says `"Cash"`.
 */
export const PAYMENT_METHODS = ['Átutalás', 'Készpénz', 'Bankkártya', 'Utánvét'] as const;

/** Orders are paid by transfer, card or cash on delivery. */
export const ORDER_PAYMENT_METHODS: readonly string[] = ['Átutalás', 'Bankkártya', 'Utánvét'];
