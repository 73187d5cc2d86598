// The seeded account's contact fields: what `Schema/Person` and `Schema/Business` list, in their order.

/** MiniCRM's two kinds of contact, as search rows and the `Type` filter name them. */
export type ContactType = 'Person' | 'Business';

/** The contact types, for validating the `Type` filter. */
export const CONTACT_TYPES: readonly ContactType[] = ['Person', 'Business'];

/**
 * The localized label the detail view shows for `Type` (MAK 09-contact-detail: `"Type":"Személy"`); the
 * account's system language is Hungarian. The schema lists them under these keys (MAK: `2 = Személy`).
 */
export const CONTACT_TYPE_LABELS: Readonly<Record<ContactType, { key: number; label: string }>> = {
  Business: { key: 1, label: 'Cég' },
  Person: { key: 2, label: 'Személy' },
};

/** How a contact field stores its value; `users` is an account user (or "MiniCRM") by name. */
export type ContactFieldKind = 'int' | 'text' | 'datetime' | 'enum' | 'multi' | 'checkbox' | 'users';

/** One field of a contact schema. */
export interface ContactFieldSpec {
  readonly name: string;
  readonly kind: ContactFieldKind;
  /** The `n` of `Text(n)`. */
  readonly size?: number;
  readonly options?: readonly string[];
  /** Admin-defined (option ids from the account's enum sequence) rather than built in (ids 1, 2, …). */
  readonly custom?: boolean;
}

const text = (name: string, size: number): ContactFieldSpec => ({ name, kind: 'text', size });
const int = (name: string): ContactFieldSpec => ({ name, kind: 'int' });
const dateTime = (name: string): ContactFieldSpec => ({ name, kind: 'datetime' });
const users = (name: string): ContactFieldSpec => ({ name, kind: 'users' });

/** Built-in option lists; labels are Hungarian system labels ("IT, telekommunikáció" holds a ", "). */
const INDUSTRIES = [
  'IT, telekommunikáció',
  'Gyártás',
  'Kereskedelem',
  'Építőipar',
  'Pénzügy, biztosítás',
  'Egészségügy',
  'Oktatás',
  'Szállítás, logisztika',
  'Mezőgazdaság',
];
const REGIONS = [
  'Budapest',
  'Pest',
  'Győr-Moson-Sopron',
  'Hajdú-Bihar',
  'Csongrád-Csanád',
  'București',
  'Cluj',
  'Timiș',
  'Iași',
  'Bihor',
];

/** The audit fields every contact has, in schema order. */
const AUDIT: readonly ContactFieldSpec[] = [
  int('Deleted'),
  users('CreatedBy'),
  dateTime('CreatedAt'),
  users('UpdatedBy'),
  dateTime('UpdatedAt'),
];

/** Fields persons and companies share after the audit block (the live person detail has them all). */
const SHARED_TAIL: readonly ContactFieldSpec[] = [
  text('Url', 255),
  text('BankAccount', 255),
  text('Swift', 255),
  text('VatNumber', 255),
];

/**
 * The Person schema after `Id` and `Type`, following the CHEP fixture's types and the live detail's keys
 * (MAK 09-contact-detail), then the account's custom person fields.
 */
export const PERSON_FIELDS: readonly ContactFieldSpec[] = [
  text('FirstName', 255),
  text('LastName', 255),
  text('Email', 128),
  text('Phone', 128),
  text('Description', 4096),
  int('BusinessId'),
  ...AUDIT,
  ...SHARED_TAIL,
  text('Position', 255),
  { name: 'Industry', kind: 'enum', options: INDUSTRIES },
  { name: 'Region', kind: 'enum', options: REGIONS },
  int('YearlyRevenue'),
  { name: 'Nyelv', kind: 'enum', options: ['Magyar', 'Română', 'English'], custom: true },
  {
    name: 'Erdeklodes',
    kind: 'multi',
    options: ['Webinárium', 'Hírlevél', 'Termékbemutató', 'Partnerprogram', 'Oktatás', 'Rendezvények'],
    custom: true,
  },
  {
    name: 'DataManagement_Consent',
    kind: 'checkbox',
    options: ['Hozzájárult az adatkezeléshez'],
    custom: true,
  },
];

/** The Business schema after `Id` and `Type`: the manual's company keys (MAN p.56), then custom fields. */
export const BUSINESS_FIELDS: readonly ContactFieldSpec[] = [
  text('Name', 1000),
  text('Email', 128),
  text('Phone', 128),
  text('Description', 4096),
  ...AUDIT,
  ...SHARED_TAIL,
  text('RegistrationNumber', 255),
  text('EUVatNumber', 255),
  int('Employees'),
  int('FoundingYear'),
  int('Capital'),
  text('MainActivity', 255),
  { name: 'Industry', kind: 'enum', options: INDUSTRIES },
  { name: 'Region', kind: 'enum', options: REGIONS },
  int('YearlyRevenue'),
  { name: 'BisnodeTrafficLight', kind: 'enum', options: ['Zöld', 'Sárga', 'Piros'] },
  // Keys 1 and 2, not 0 and 1: PHP would encode a 0-based key sequence as a JSON list.
  { name: 'NonGovernmentalOrganization', kind: 'enum', options: ['Igen', 'Nem'] },
  { name: 'Partnerszint', kind: 'enum', options: ['Arany', 'Ezüst', 'Bronz'], custom: true },
  {
    name: 'Szolgaltatasok',
    kind: 'multi',
    options: ['CRM', 'Számlázás', 'Webshop-integráció', 'Marketing automatizáció', 'Egyedi fejlesztés'],
    custom: true,
  },
  { name: 'SzamlazasiEmail', kind: 'text', size: 1024, custom: true },
];

/** The fields of a contact type, in schema order (after `Id` and `Type`). */
export function contactFields(type: ContactType): readonly ContactFieldSpec[] {
  return type === 'Person' ? PERSON_FIELDS : BUSINESS_FIELDS;
}
