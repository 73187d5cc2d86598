// Invoices, orders and offers: seeded from the cards of their modules, and the store their routes read.

import { DocumentType } from './catalog';
import { formatBudapest, formatWallTimeMs, wallTimeMs } from './budapest-time';
import { Contact, ContactDirectory, contactName } from './contacts';
import { Card, CardStore } from './data';
import {
  DocumentKind,
  DocumentParty,
  documentNumber,
  FIRST_DOCUMENT_ID,
  ORDER_PAYMENT_METHODS,
  PAYMENT_METHODS,
  PROFORMA_STATUS_ID,
  STORNO_STATUS_ID,
  VENDORS,
  vatPercentOn,
} from './document-catalog';
import { convertMinor, Currency, lineNetMinor, vatMinor } from './money';
import { base36 } from './names';
import { productsFor } from './products';
import { createRng, mixSeed, Rng } from './prng';
import { AccountSchema, ResolvedModule } from './schema';
import { SEED_EPOCH_MS } from './seed-epoch';

/** One line of a document: a catalog product at a price in the document's currency. */
export interface DocumentItem {
  /** Order and offer items show it; ids run across all items of one document type. */
  readonly id: number;
  readonly name: string;
  readonly description: string;
  readonly sku: string;
  readonly ean: string;
  readonly unit: string;
  readonly unitNetMinor: number;
  /** Quantity × 10: halves of hours and metres exist; stornos have negative quantities. */
  readonly quantityTenths: number;
  readonly vatPercent: number;
  readonly netMinor: number;
  readonly vatMinor: number;
}

/** An invoice, order or offer. */
export interface SalesDocument {
  readonly id: number;
  readonly type: DocumentType;
  readonly kind: DocumentKind;
  /** The card of the document's module that holds it. */
  readonly projectId: number;
  /** On a storno: the invoice it cancels; else 0. */
  readonly stornedId: number;
  /** `""` while the document is a draft (not issued): lists leave drafts out. */
  readonly number: string;
  readonly issued: string;
  readonly performance: string;
  /** The payment deadline (offers: the validity, orders: the delivery date). */
  readonly prompt: string;
  /** `YYYY-MM-DD`, or `""` while unpaid. */
  paid: string;
  readonly currency: Currency;
  statusId: number;
  readonly customer: DocumentParty;
  readonly vendor: DocumentParty;
  readonly subject: string;
  readonly paymentMethod: string;
  readonly media: string;
  readonly items: readonly DocumentItem[];
  /** Makes the `DocumentUrl` download link; `""` for drafts, which have no PDF. */
  readonly fileToken: string;
  /** Budapest wall time of the last change: what `UpdatedSince` compares and lists sort by. */
  updatedAt: string;
}

/** A document's sums over its items, in minor units. */
export interface DocumentTotals {
  readonly net: number;
  readonly vat: number;
  readonly gross: number;
}

/** Sums a document's items. */
export function documentTotals(document: SalesDocument): DocumentTotals {
  const net = document.items.reduce((sum, item) => sum + item.netMinor, 0);
  const vat = document.items.reduce((sum, item) => sum + item.vatMinor, 0);
  return { net, vat, gross: net + vat };
}

const DAY_MS = 24 * 3_600_000;
/** Seeded documents were all issued and changed before the seed epoch (in Budapest wall time). */
const EPOCH_WALL_MS = wallTimeMs(formatBudapest(SEED_EPOCH_MS));
const LAST_DAY_WALL_MS = EPOCH_WALL_MS - DAY_MS;

/** A document before its id, number and item ids are known (they follow the order of issue). */
interface Unnumbered {
  readonly fields: Omit<SalesDocument, 'id' | 'number' | 'stornedId' | 'items'>;
  readonly lines: readonly Omit<DocumentItem, 'id'>[];
  /** When it was issued (or, for a draft, created), on the wall clock: the order of ids and numbers. */
  readonly atMs: number;
  readonly cancels?: Unnumbered;
}

const dateOf = (wallMs: number): string => formatWallTimeMs(wallMs).slice(0, 10);

function partyOf(contact: Contact | undefined): DocumentParty {
  const values = contact?.values;
  return {
    name: contact ? contactName(contact) : '',
    countryId: contact?.address.countryId ?? '',
    postalCode: contact?.address.postalCode ?? '',
    city: contact?.address.city ?? '',
    address: contact?.address.address ?? '',
    accountNumber: String(values?.get('BankAccount') ?? ''),
    vatNumber: String(values?.get('VatNumber') ?? ''),
  };
}

function pickLines(
  rng: Rng,
  language: Contact['language'],
  currency: Currency,
  issued: string,
): Omit<DocumentItem, 'id'>[] {
  const pool = [...productsFor(language)];
  const lines: Omit<DocumentItem, 'id'>[] = [];
  for (let count = rng.int(1, 6); count > 0; count--) {
    const product = pool.splice(rng.int(0, pool.length - 1), 1)[0];
    const unitNetMinor = convertMinor(product.priceMinor, product.currency, currency);
    const quantityTenths = !product.fractional
      ? rng.int(1, 10) * 10
      : product.unit === 'm'
        ? rng.int(10, 600) * 5
        : rng.int(2, 80) * 5;
    const vatPercent = vatPercentOn(language, issued);
    const netMinor = lineNetMinor(unitNetMinor, quantityTenths);
    lines.push({
      name: product.name,
      description: product.description,
      sku: product.sku,
      ean: product.ean,
      unit: product.unit,
      unitNetMinor,
      quantityTenths,
      vatPercent,
      netMinor,
      vatMinor: vatMinor(netMinor, vatPercent),
    });
  }
  return lines;
}

/** A storno repeats the invoice's lines with negated quantities and amounts. */
function negated(lines: readonly Omit<DocumentItem, 'id'>[]): Omit<DocumentItem, 'id'>[] {
  return lines.map(line => ({
    ...line,
    quantityTenths: -line.quantityTenths,
    netMinor: -line.netMinor,
    vatMinor: -line.vatMinor,
  }));
}

/** The last change: shortly after issue (or payment), sometimes weeks later (a reminder, a correction). */
function changedAt(rng: Rng, baseMs: number): string {
  const later = rng.chance(0.2) ? (EPOCH_WALL_MS - baseMs) * rng.next() : rng.int(60, 3600) * 1000;
  return formatWallTimeMs(Math.min(Math.floor((baseMs + later) / 1000) * 1000, EPOCH_WALL_MS - 1000));
}

function kindOf(type: DocumentType, card: Card): DocumentKind {
  if (type !== 'Invoice') return type;
  return card.statusId === PROFORMA_STATUS_ID ? 'Proforma' : 'Invoice';
}

function paymentMethodOf(rng: Rng, type: DocumentType, card: Card): string {
  if (type === 'Invoice') return String(card.custom.get('FizetesiMod') || PAYMENT_METHODS[0]);
  return type === 'Order' ? rng.pick(ORDER_PAYMENT_METHODS) : PAYMENT_METHODS[0];
}

/** The dates of a document issued at `issuedMs`: performance, deadline, and payment if it was paid. */
function datesOf(rng: Rng, type: DocumentType, issuedMs: number, card: Card, paid: boolean) {
  const performanceMs = type === 'Invoice' ? issuedMs - rng.int(0, 5) * DAY_MS : issuedMs;
  const termDays =
    type === 'Invoice'
      ? rng.pick([8, 15, 30])
      : type === 'Order'
        ? rng.int(1, 14)
        : Number(card.custom.get('ValabilitateZile')) || 30;
  const paidMs = paid ? Math.min(issuedMs + rng.int(0, termDays + 10) * DAY_MS, LAST_DAY_WALL_MS) : 0;
  return { performance: dateOf(performanceMs), prompt: dateOf(issuedMs + termDays * DAY_MS), paidMs };
}

/** The documents of one card: usually one; a cancelled invoice also has its storno. */
function documentsOf(
  seed: number,
  card: Card,
  module: ResolvedModule,
  contacts: ContactDirectory,
): Unnumbered[] {
  const type = module.def.documentType as DocumentType;
  const rng = createRng(mixSeed(seed, 0xd0c, card.id));
  const customer = contacts.get(card.businessId || card.contactId);
  const language = customer?.language ?? module.def.language;
  const currency: Currency = rng.chance(0.25) ? 'EUR' : language === 'ro' ? 'RON' : 'HUF';
  const isDraft = card.statusId === module.def.statuses[0].id;
  const issuedMs = Math.min(wallTimeMs(card.createdAt) + rng.int(0, 2) * DAY_MS, LAST_DAY_WALL_MS);
  const issued = isDraft ? '' : dateOf(issuedMs);
  const isPaid = !isDraft && type !== 'Offer' && module.statusById.get(card.statusId)?.group === 'Success';
  const dates = datesOf(rng, type, issuedMs, card, isPaid);
  const lines = pickLines(rng, language, currency, dateOf(issuedMs));
  const fields: Unnumbered['fields'] = {
    type,
    kind: kindOf(type, card),
    projectId: card.id,
    issued,
    performance: isDraft ? '' : dates.performance,
    prompt: isDraft ? '' : dates.prompt,
    paid: isPaid ? dateOf(dates.paidMs) : '',
    currency,
    statusId: card.statusId,
    customer: partyOf(customer),
    vendor: VENDORS[language],
    subject: type === 'Offer' ? `Ofertă – ${card.name}` : '',
    paymentMethod: paymentMethodOf(rng, type, card),
    media: rng.chance(0.7) ? 'PKI' : 'Paper',
    fileToken: isDraft ? '' : base36(rng, 24),
    updatedAt: changedAt(rng, Math.max(issuedMs, dates.paidMs + rng.int(8, 17) * 3_600_000)),
  };
  const original: Unnumbered = { fields, lines, atMs: issuedMs };
  const cancelled = type === 'Invoice' && card.statusId === STORNO_STATUS_ID;
  return cancelled ? [original, stornoOf(rng, original)] : [original];
}

/** The storno of a cancelled invoice: issued days later, same lines negated, settled on its own date. */
function stornoOf(rng: Rng, original: Unnumbered): Unnumbered {
  const stornoMs = Math.min(original.atMs + rng.int(3, 40) * DAY_MS, LAST_DAY_WALL_MS);
  return {
    fields: {
      ...original.fields,
      kind: 'Storno',
      issued: dateOf(stornoMs),
      prompt: dateOf(stornoMs),
      paid: '',
      fileToken: base36(rng, 24),
      updatedAt: changedAt(rng, stornoMs),
    },
    lines: negated(original.lines),
    atMs: stornoMs,
    cancels: original,
  };
}

/**
 * Gives documents their ids and numbers in order of issue: ids ascend with it, and each kind numbers its
 * issued documents per calendar year from 1. Item ids run on across the type's documents.
 */
function finalize(type: DocumentType, unnumbered: Unnumbered[]): SalesDocument[] {
  const ordered = unnumbered
    .map((pending, index) => ({ pending, index }))
    .sort((a, b) => a.pending.atMs - b.pending.atMs || a.index - b.index);
  const idOf = new Map(ordered.map(({ pending }, position) => [pending, FIRST_DOCUMENT_ID[type] + position]));
  const sequences = new Map<string, number>();
  let nextItemId = 1;
  return ordered.map(({ pending }) => {
    const { fields } = pending;
    let number = '';
    if (fields.issued !== '') {
      const series = `${fields.kind} ${fields.issued.slice(0, 4)}`;
      const sequence = (sequences.get(series) ?? 0) + 1;
      sequences.set(series, sequence);
      number = documentNumber(fields.kind, fields.issued.slice(0, 4), sequence);
    }
    return {
      ...fields,
      id: idOf.get(pending) as number,
      number,
      stornedId: pending.cancels ? (idOf.get(pending.cancels) as number) : 0,
      items: pending.lines.map(line => ({ ...line, id: nextItemId++ })),
    };
  });
}

/** All invoices, orders and offers, generated from the cards of their modules. */
export class DocumentStore {
  private readonly byType = new Map<DocumentType, SalesDocument[]>();
  private seed = 0;

  constructor(
    private readonly schema: AccountSchema,
    private readonly cards: CardStore,
    private readonly contacts: ContactDirectory,
  ) {}

  /** Regenerates every type's documents from the current cards (seed cards and contacts first). */
  reseed(seed: number): void {
    this.seed = seed;
    for (const module of this.schema.modules)
      if (module.def.documentType) this.regenerate(module.def.documentType);
  }

  /** Regenerates one type's documents, e.g. after its module was resized. */
  regenerate(type: DocumentType): void {
    const module = this.module(type);
    const cards = this.cards.all().filter(card => card.categoryId === module.def.id);
    this.byType.set(
      type,
      finalize(
        type,
        cards.flatMap(card => documentsOf(this.seed, card, module, this.contacts)),
      ),
    );
  }

  /** The module whose cards hold this type's documents. */
  module(type: DocumentType): ResolvedModule {
    const module = this.schema.modules.find(m => m.def.documentType === type);
    if (!module) throw new Error(`no module for ${type} documents`);
    return module;
  }

  /** Every document of a type, drafts included, in ascending id order. */
  all(type: DocumentType): readonly SalesDocument[] {
    return this.byType.get(type) ?? [];
  }

  /** One document by type and id. */
  get(type: DocumentType, id: number): SalesDocument | undefined {
    return this.all(type).find(document => document.id === id);
  }
}
