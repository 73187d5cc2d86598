// The sandbox's contacts (persons and companies): seeded generation and the store cards pick them from.

import { SYSTEM_USER_LABEL, USERS } from './catalog';
import { formatBudapest } from './budapest-time';
import { ContactType } from './contact-catalog';
import { ContactSchema, ResolvedContactField } from './contact-schema';
import {
  bankAccount,
  companyDomain,
  companyIds,
  ContactLanguage,
  landlinePhone,
  mainActivity,
  mobilePhone,
  personEmail,
  position,
  PostalAddress,
  postalAddress,
} from './contact-values';
import { companyName, firstName, lastName, textValue } from './names';
import { createRng, mixSeed, Rng } from './prng';
import { SEED_EPOCH_MS } from './seed-epoch';

/** A contact field's value in API form: labels for enums and users, `", "`-joined labels for multi-selects. */
export type ContactValue = string | number;

/** A person or company as the sandbox stores it. */
export interface Contact {
  readonly id: number;
  readonly type: ContactType;
  readonly language: ContactLanguage;
  /** The creation instant, so that a card only gets a contact that existed when it was made. */
  readonly createdMs: number;
  /** Every schema field after `Id` and `Type`, in schema order. */
  readonly values: Map<string, ContactValue>;
  /** Not served by the contact routes (addresses are a separate API); invoices show it for their customer. */
  readonly address: PostalAddress;
}

/** The contact a seeded card belongs to, and its company when it has one. */
export interface CardContact {
  readonly contact: Contact;
  readonly business: Contact | undefined;
}

/** Contacts were created over the four years before the epoch, a year before the first cards. */
const CONTACT_HISTORY_MS = 4 * 365 * 24 * 3_600_000;
const DAY_MS = 24 * 3_600_000;
const COMPANY_COUNT = 450;
const PERSON_COUNT = 1700;
/** The lowest contact id; contacts get ids in creation order. */
const FIRST_CONTACT_ID = 5000;
/** Share of cards whose main contact is a company itself (their `BusinessId` is that company too). */
const COMPANY_AS_MAIN_CONTACT = 0.1;

const wholeSecond = (epochMs: number): number => Math.floor(epochMs / 1000) * 1000;

/** The display name, as search rows and invoices show it: a company's name, or "FirstName LastName". */
export function contactName(contact: Contact): string {
  const { values } = contact;
  return contact.type === 'Business'
    ? String(values.get('Name'))
    : `${values.get('FirstName')} ${values.get('LastName')}`;
}

function creationTime(rng: Rng, index: number, total: number): number {
  const start = SEED_EPOCH_MS - CONTACT_HISTORY_MS;
  return wholeSecond(start + (CONTACT_HISTORY_MS * (index + rng.next())) / total);
}

function updateTime(rng: Rng, created: number): number {
  const updated = rng.chance(0.15)
    ? Math.max(created, SEED_EPOCH_MS - rng.next() * 30 * DAY_MS)
    : created + (SEED_EPOCH_MS - created) * rng.next() ** 2;
  return wholeSecond(updated);
}

const userOrSystem = (rng: Rng): string => (rng.chance(0.1) ? SYSTEM_USER_LABEL : rng.pick(USERS).name);

function flagLabels(rng: Rng, field: ResolvedContactField): string {
  return field.optionList
    .filter(() => rng.chance(0.35))
    .map(option => option.label)
    .join(', ');
}

/** Audit values every contact has. */
function auditValues(rng: Rng, created: number): Record<string, ContactValue> {
  return {
    Deleted: 0,
    CreatedBy: userOrSystem(rng),
    CreatedAt: formatBudapest(created),
    UpdatedBy: userOrSystem(rng),
    UpdatedAt: formatBudapest(updateTime(rng, created)),
  };
}

/** Puts the given values in schema order; a field without one gets `0` (Int) or `""`. */
function inSchemaOrder(
  fields: readonly ResolvedContactField[],
  given: Record<string, ContactValue>,
): Map<string, ContactValue> {
  return new Map(fields.map(field => [field.name, given[field.name] ?? (field.kind === 'int' ? 0 : '')]));
}

function optionLabel(rng: Rng, schema: ContactSchema, type: ContactType, name: string, fill: number): string {
  const options = schema.field(type, name)?.optionList ?? [];
  return options.length > 0 && rng.chance(fill) ? rng.pick(options).label : '';
}

function generateCompany(seed: number, index: number, schema: ContactSchema): Omit<Contact, 'id'> {
  const rng = createRng(mixSeed(seed, 0xc0, index));
  const createdMs = creationTime(rng, index, COMPANY_COUNT);
  const language: ContactLanguage = rng.chance(0.55) ? 'ro' : 'hu';
  const name = companyName(rng, language);
  const domain = companyDomain(name, language);
  const address = postalAddress(rng, language);
  const bank = rng.chance(0.6) ? bankAccount(rng, language) : { account: '', swift: '' };
  const ids = companyIds(rng, language);
  const services = schema.field('Business', 'Szolgaltatasok');
  const values = inSchemaOrder(schema.fields('Business'), {
    Name: name,
    Email: `${rng.pick(['office', 'info', 'contact'])}@${domain}`,
    Phone: rng.chance(0.85) ? landlinePhone(rng, language) : '',
    Description: rng.chance(0.3) ? textValue(rng, 'notes', language) : '',
    ...auditValues(rng, createdMs),
    Url: rng.chance(0.7) ? `https://www.${domain}` : '',
    BankAccount: bank.account,
    Swift: bank.swift,
    VatNumber: rng.chance(0.9) ? ids.vatNumber : '',
    RegistrationNumber: ids.registrationNumber,
    EUVatNumber: rng.chance(0.7) ? ids.euVatNumber : '',
    Employees: rng.int(1, 1200),
    FoundingYear: rng.int(1990, 2023),
    Capital: language === 'ro' ? rng.pick([200, 1000, 45000, 90000]) : rng.pick([3000000, 5000000, 20000000]),
    MainActivity: mainActivity(rng, language),
    Industry: optionLabel(rng, schema, 'Business', 'Industry', 0.9),
    Region: address.region,
    YearlyRevenue: rng.chance(0.6) ? rng.int(1, 5000) * 100_000 : 0,
    BisnodeTrafficLight: optionLabel(rng, schema, 'Business', 'BisnodeTrafficLight', 0.5),
    NonGovernmentalOrganization: rng.chance(0.04) ? 'Igen' : 'Nem',
    Partnerszint: optionLabel(rng, schema, 'Business', 'Partnerszint', 0.6),
    Szolgaltatasok: services ? flagLabels(rng, services) : '',
    SzamlazasiEmail: rng.chance(0.5) ? `${language === 'ro' ? 'facturare' : 'szamlazas'}@${domain}` : '',
  });
  return { type: 'Business', language, createdMs, values, address };
}

/** A contact before its id is known; a person's employer is another draft. */
interface Draft {
  readonly contact: Omit<Contact, 'id'>;
  readonly employer?: Draft;
}

/** A person, employed (60 %) by a company that already existed, whose language and domain they share. */
function generatePerson(
  seed: number,
  index: number,
  schema: ContactSchema,
  companies: readonly Draft[],
): Draft {
  const rng = createRng(mixSeed(seed, 0x9e, index));
  const createdMs = creationTime(rng, index, PERSON_COUNT);
  const existing = countCreatedBy(companies, createdMs, company => company.contact.createdMs);
  const employer = existing > 0 && rng.chance(0.6) ? companies[rng.int(0, existing - 1)] : undefined;
  const language: ContactLanguage = employer?.contact.language ?? (rng.chance(0.55) ? 'ro' : 'hu');
  const first = firstName(rng, language);
  const last = lastName(rng, language);
  const website = employer ? String(employer.contact.values.get('Url')) : '';
  const interests = schema.field('Person', 'Erdeklodes');
  const values = inSchemaOrder(schema.fields('Person'), {
    FirstName: first,
    LastName: last,
    Email: rng.chance(0.9)
      ? personEmail(rng, first, last, website.replace('https://www.', '') || null, language)
      : '',
    Phone: rng.chance(0.85) ? mobilePhone(rng, language) : '',
    Description: rng.chance(0.2) ? textValue(rng, 'notes', language) : '',
    ...auditValues(rng, createdMs),
    Position: employer && rng.chance(0.8) ? position(rng, language) : '',
    Industry: optionLabel(rng, schema, 'Person', 'Industry', 0.3),
    Region: rng.chance(0.5) ? postalAddress(rng, language).region : '',
    Nyelv: rng.chance(0.85) ? (rng.chance(0.1) ? 'English' : language === 'ro' ? 'Română' : 'Magyar') : '',
    Erdeklodes: interests ? flagLabels(rng, interests) : '',
    DataManagement_Consent: rng.chance(0.7) ? 'Hozzájárult az adatkezeléshez' : '',
  });
  const contact = {
    type: 'Person' as const,
    language,
    createdMs,
    values,
    address: postalAddress(rng, language),
  };
  return { contact, employer };
}

/** How many of the (creation-ordered) items existed at `atMs`. */
function countCreatedBy<T>(items: readonly T[], atMs: number, createdOf: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (createdOf(items[middle]) <= atMs) low = middle + 1;
    else high = middle;
  }
  return low;
}

const createdOfContact = (contact: Contact): number => contact.createdMs;

/** All contacts of the account, by id, with creation-ordered lists of persons and companies for picking. */
export class ContactDirectory {
  private readonly byId = new Map<number, Contact>();
  private sorted: Contact[] = [];
  private companies: Contact[] = [];
  private persons: Contact[] = [];

  constructor(private readonly schema: ContactSchema) {}

  /**
   * Replaces every contact with the seed's. Ids run in creation order across persons and companies, so a
   * person's company (which existed before them) always has the lower id.
   */
  reseed(seed: number): void {
    const companies = Array.from({ length: COMPANY_COUNT }, (_, index) => ({
      contact: generateCompany(seed, index, this.schema),
    }));
    const persons = Array.from({ length: PERSON_COUNT }, (_, index) =>
      generatePerson(seed, index, this.schema, companies),
    );
    // Stable: by creation time, then companies before persons created in the same second.
    const drafts: Draft[] = [...companies, ...persons];
    const order = drafts
      .map((draft, position) => ({ draft, position }))
      .sort((a, b) => a.draft.contact.createdMs - b.draft.contact.createdMs || a.position - b.position)
      .map(({ draft }) => draft);
    const idOf = new Map(order.map((draft, index) => [draft, FIRST_CONTACT_ID + index]));
    this.sorted = order.map(draft => {
      if (draft.employer) draft.contact.values.set('BusinessId', idOf.get(draft.employer) as number);
      return { ...draft.contact, id: idOf.get(draft) as number };
    });
    this.byId.clear();
    for (const contact of this.sorted) this.byId.set(contact.id, contact);
    this.companies = this.sorted.filter(contact => contact.type === 'Business');
    this.persons = this.sorted.filter(contact => contact.type === 'Person');
  }

  /** The contact with this id. */
  get(id: number): Contact | undefined {
    return this.byId.get(id);
  }

  /** Every contact in ascending id order (the order of search results). */
  all(): readonly Contact[] {
    return this.sorted;
  }

  /**
   * The contact of a card created at `createdMs`: usually a person who existed by then (with their company,
   * if any), sometimes a company on its own (then both `ContactId` and `BusinessId` are that company).
   */
  pickForCard(rng: Rng, createdMs: number): CardContact {
    if (rng.chance(COMPANY_AS_MAIN_CONTACT)) {
      const company =
        this.companies[
          rng.int(0, Math.max(countCreatedBy(this.companies, createdMs, createdOfContact), 1) - 1)
        ];
      return { contact: company, business: company };
    }
    const person =
      this.persons[rng.int(0, Math.max(countCreatedBy(this.persons, createdMs, createdOfContact), 1) - 1)];
    const businessId = Number(person.values.get('BusinessId'));
    return { contact: person, business: businessId ? this.byId.get(businessId) : undefined };
  }
}
