// Generators for contact details: e-mail addresses, phone numbers, postal addresses, bank and company data.

import { Rng } from './prng';

/** Language of a contact: it decides names, phone formats, addresses and (for customers) the currency. */
export type ContactLanguage = 'ro' | 'hu';

/** A postal address, as invoices show their customer's. */
export interface PostalAddress {
  /** The manual's RO invoice says `"CountryId":"40"`; the sandbox uses 40 for Romania and 36 for Hungary. */
  readonly countryId: string;
  readonly postalCode: string;
  readonly city: string;
  readonly address: string;
  /** The `Region` option of the city's county. */
  readonly region: string;
}

interface City {
  readonly name: string;
  readonly postalPrefix: string;
  readonly region: string;
}

const RO_CITIES: readonly City[] = [
  { name: 'București', postalPrefix: '0', region: 'București' },
  { name: 'Cluj-Napoca', postalPrefix: '400', region: 'Cluj' },
  { name: 'Timișoara', postalPrefix: '300', region: 'Timiș' },
  { name: 'Iași', postalPrefix: '700', region: 'Iași' },
  { name: 'Oradea', postalPrefix: '410', region: 'Bihor' },
];
const HU_CITIES: readonly City[] = [
  { name: 'Budapest', postalPrefix: '1', region: 'Budapest' },
  { name: 'Debrecen', postalPrefix: '40', region: 'Hajdú-Bihar' },
  { name: 'Szeged', postalPrefix: '67', region: 'Csongrád-Csanád' },
  { name: 'Győr', postalPrefix: '90', region: 'Győr-Moson-Sopron' },
  { name: 'Gödöllő', postalPrefix: '21', region: 'Pest' },
];
const RO_STREETS = [
  'Str. Memorandumului',
  'Bd. Unirii',
  'Calea Victoriei',
  'Str. Avram Iancu',
  'Str. Mihai Eminescu',
];
const HU_STREETS = ['Váci út', 'Kossuth Lajos utca', 'Petőfi Sándor utca', 'Rákóczi út', 'Fő utca'];

const RO_POSITIONS = [
  'Director general',
  'Manager achiziții',
  'Director financiar',
  'Administrator',
  'Specialist IT',
];
const HU_POSITIONS = ['Ügyvezető', 'Beszerzési vezető', 'Pénzügyi igazgató', 'Irodavezető', 'IT-vezető'];
const RO_ACTIVITIES = [
  '6201 – Activități de realizare a software-ului la comandă',
  '4690 – Comerț cu ridicata nespecializat',
  '4120 – Lucrări de construcții a clădirilor rezidențiale și nerezidențiale',
  '4941 – Transporturi rutiere de mărfuri',
  '7022 – Activități de consultanță pentru afaceri și management',
];
const HU_ACTIVITIES = [
  '6201 Számítógépes programozás',
  '4690 Vegyestermékkör nagykereskedelme',
  '4120 Lakó- és nem lakó épület építése',
  '4941 Közúti áruszállítás',
  '7022 Üzletviteli, egyéb vezetési tanácsadás',
];
const RO_BANKS = [
  ['BTRL', 'BTRLRO22'],
  ['RNCB', 'RNCBROBU'],
  ['INGB', 'INGBROBU'],
  ['BRDE', 'BRDEROBU'],
] as const;
const HU_SWIFTS = ['OTPVHUHB', 'GIBAHUHB', 'OKHBHUHB', 'UBRTHUHB'];
const FREE_MAIL: Record<ContactLanguage, readonly string[]> = {
  ro: ['gmail.com', 'yahoo.com', 'outlook.com'],
  hu: ['gmail.com', 'freemail.hu', 'citromail.hu'],
};
const LEGAL_FORMS = new Set(['srl', 'sa', 'srl-d', 'kft', 'zrt', 'bt']);

function digits(rng: Rng, count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += String(rng.int(0, 9));
  return text;
}

/** Lowercase ASCII words joined by `-`: "Carpați Logistic" → "carpati-logistic". */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A company's web domain from its name without the legal form: "Tisza Építő Kft." → "tisza-epito.hu". */
export function companyDomain(companyName: string, language: ContactLanguage): string {
  const words = slug(companyName)
    .split('-')
    .filter(word => !LEGAL_FORMS.has(word));
  return `${words.join('-')}.${language}`;
}

/** A person's address at their company's domain or at a free mail provider. */
export function personEmail(
  rng: Rng,
  first: string,
  last: string,
  domain: string | null,
  language: ContactLanguage,
): string {
  const host = domain ?? rng.pick(FREE_MAIL[language]);
  const local = rng.chance(0.5)
    ? `${slug(first)}.${slug(last)}`
    : `${slug(last)}.${slug(first)}${rng.int(1, 99)}`;
  return `${local}@${host}`;
}

/**
 * A mobile number, usually international (`+40 721 234 567`, `+36 30 123 4567`) but sometimes national
 * (`0721 234 567`, `06 30 123 4567`): the last digits are what a `Phone` search matches on.
 */
export function mobilePhone(rng: Rng, language: ContactLanguage): string {
  const national = rng.chance(0.25);
  if (language === 'ro') {
    const rest = `7${digits(rng, 2)} ${digits(rng, 3)} ${digits(rng, 3)}`;
    return national ? `0${rest}` : `+40 ${rest}`;
  }
  const rest = `${rng.pick(['20', '30', '70'])} ${digits(rng, 3)} ${digits(rng, 4)}`;
  return national ? `06 ${rest}` : `+36 ${rest}`;
}

/** A company's landline. */
export function landlinePhone(rng: Rng, language: ContactLanguage): string {
  return language === 'ro'
    ? `+40 21 ${digits(rng, 3)} ${digits(rng, 4)}`
    : `+36 1 ${digits(rng, 3)} ${digits(rng, 4)}`;
}

/** A street address in a city of the language's country. */
export function postalAddress(rng: Rng, language: ContactLanguage): PostalAddress {
  const city = rng.pick(language === 'ro' ? RO_CITIES : HU_CITIES);
  const postalLength = language === 'ro' ? 6 : 4;
  const postalCode = city.postalPrefix + digits(rng, postalLength - city.postalPrefix.length);
  const address =
    language === 'ro'
      ? `${rng.pick(RO_STREETS)} nr. ${rng.int(1, 120)}`
      : `${rng.pick(HU_STREETS)} ${rng.int(1, 120)}.`;
  return {
    countryId: language === 'ro' ? '40' : '36',
    postalCode,
    city: city.name,
    address,
    region: city.region,
  };
}

/** A job title in the language. */
export function position(rng: Rng, language: ContactLanguage): string {
  return rng.pick(language === 'ro' ? RO_POSITIONS : HU_POSITIONS);
}

/** A main activity (CAEN / TEÁOR code and its name). */
export function mainActivity(rng: Rng, language: ContactLanguage): string {
  return rng.pick(language === 'ro' ? RO_ACTIVITIES : HU_ACTIVITIES);
}

/** A bank account (RO IBAN, HU domestic 3×8 digits) and its bank's SWIFT code. */
export function bankAccount(rng: Rng, language: ContactLanguage): { account: string; swift: string } {
  if (language === 'ro') {
    const [bank, swift] = rng.pick(RO_BANKS);
    return { account: `RO${digits(rng, 2)}${bank}${digits(rng, 16)}`, swift };
  }
  return {
    account: `${digits(rng, 8)}-${digits(rng, 8)}-${digits(rng, 8)}`,
    swift: rng.pick(HU_SWIFTS),
  };
}

/** Company tax ids: the VAT number as written at home and for the EU, and the trade register number. */
export function companyIds(
  rng: Rng,
  language: ContactLanguage,
): { vatNumber: string; euVatNumber: string; registrationNumber: string } {
  const core = digits(rng, 8);
  if (language === 'ro') {
    return {
      vatNumber: `RO${core}`,
      euVatNumber: `RO${core}`,
      registrationNumber: `J${String(rng.int(1, 52)).padStart(2, '0')}/${rng.int(100, 9999)}/${rng.int(1995, 2023)}`,
    };
  }
  return {
    vatNumber: `${core}-${rng.int(1, 5)}-${String(rng.int(2, 44)).padStart(2, '0')}`,
    euVatNumber: `HU${core}`,
    registrationNumber: `${String(rng.int(1, 20)).padStart(2, '0')}-09-${digits(rng, 6)}`,
  };
}
