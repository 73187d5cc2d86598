// Romanian and Hungarian word lists and small generators for realistic card names and text values.

import { NameStyle, TextStyle } from './catalog';
import { Rng } from './prng';

const RO_FIRST = [
  'Ioana',
  'Andrei',
  'Maria',
  'Ștefan',
  'Elena',
  'Mihai',
  'Ana-Maria',
  'Răzvan',
  'Cristina',
  'Bogdan',
  'Alexandra',
  'Tudor',
  'Irina',
  'Vlad',
  'Oana',
  'Sorin',
];
const RO_LAST = [
  'Popescu',
  'Ionescu',
  'Dumitrescu',
  'Stoica',
  'Constantinescu',
  'Munteanu',
  'Țurcanu',
  'Grigoraș',
  'Bălan',
  'Niculescu',
  'Mărgărit',
  'Ștefănescu',
  'Lăzărescu',
  'Vlădescu',
];
const HU_FIRST = [
  'Gergő',
  'Réka',
  'Ádám',
  'Zsófia',
  'Bálint',
  'Eszter',
  'Máté',
  'Dóra',
  'Levente',
  'Noémi',
  'Péter',
  'Katalin',
  'Zoltán',
  'Júlia',
];
const HU_LAST = [
  'Kovács',
  'Szabó',
  'Tóth',
  'Horváth',
  'Nagy',
  'Kiss',
  'Varga',
  'Molnár',
  'Németh',
  'Farkas',
  'Balogh',
  'Papp',
  'Lakatos',
  'Fülöp',
  'Szűcs',
];

const RO_COMPANY_STEM = [
  'Carpați',
  'Dunărea',
  'Transilvania',
  'Mureș',
  'Olt',
  'Bărăgan',
  'Someș',
  'Ceahlău',
  'Făgăraș',
  'Argeș',
];
const RO_COMPANY_TRADE = [
  'Logistic',
  'Construct',
  'Soft',
  'Agro',
  'Trans',
  'Consulting',
  'Med',
  'Distribuție',
];
const RO_COMPANY_FORM = ['SRL', 'SA', 'SRL-D'];
const HU_COMPANY_STEM = [
  'Tisza',
  'Balaton',
  'Mátra',
  'Bükk',
  'Duna',
  'Hortobágy',
  'Pannon',
  'Zemplén',
  'Őrség',
  'Kékes',
];
const HU_COMPANY_TRADE = [
  'Építő',
  'Szoftver',
  'Kereskedelmi',
  'Logisztika',
  'Agrár',
  'Tanácsadó',
  'Fuvarozó',
];
const HU_COMPANY_FORM = ['Kft.', 'Zrt.', 'Bt.'];

const RO_PRODUCTS = [
  'licență Pro',
  'implementare',
  'extindere contract',
  'reînnoire anuală',
  'pachet training',
];
const HU_PRODUCTS = ['Pro licenc', 'bevezetés', 'szerződésbővítés', 'éves megújítás', 'oktatási csomag'];
const RO_PROJECTS = [
  'Implementare CRM',
  'Integrare ERP',
  'Migrare date',
  'Portal clienți',
  'Audit procese',
  'Automatizare facturare',
];
const HU_TICKETS = [
  'Nem tudok belépni a fiókomba',
  'Hibás összeg a számlán',
  'Exportálás nem működik',
  'Új felhasználó hozzáadása',
  'Lassú betöltés a listanézetben',
  'Kérdés az előfizetésről',
  'Duplikált kapcsolattartók',
  'E-mail értesítések nem érkeznek meg',
];

const RO_NOTES = [
  'Clientul a cerut o ofertă actualizată, cu discount de 10%.',
  'A sunat pe 12.03, revine săptămâna viitoare.',
  'Preferă comunicarea pe e-mail; nu sunați după ora 17.',
  'Decizia se ia în ședința de consiliu din luna următoare.',
  'Are deja o soluție "in-house", vrea să compare prețurile.',
  'Contact principal: director financiar.',
  'Trimis contractul cadru, așteptăm semnătura.',
];
const HU_NOTES = [
  'Az ügyfél frissített árajánlatot kért, 10% kedvezménnyel.',
  'Március 12-én hívott, jövő héten jelentkezik.',
  'E-mailben szeret kommunikálni; 17 óra után ne hívjuk.',
  'A döntés a következő havi igazgatósági ülésen születik.',
  'Már van "házon belüli" megoldása, árakat hasonlít össze.',
  'Fő kapcsolattartó: pénzügyi igazgató.',
  'A keretszerződést elküldtük, aláírásra várunk.',
];

/**
 * Values that a spreadsheet would misread if written naively: formulas, numbers with a sign or leading
 * zeros, mentions, quotes and commas, CR/LF, surrounding spaces.
 */
const TRICKY_TEXTS = [
  '=SUM(A1:A3)',
  '=HYPERLINK("https://example.com/oferta";"ofertă")',
  '+40 721 234 567',
  '+36 30 123 4567',
  '-15% reducere la plata integrală',
  '- de revenit după concediu',
  '00123',
  '0040721000111',
  '@ioana.popescu',
  '@kovacs_gergo',
  'Da, dar "doar" după ora 15:00',
  'Igen, de csak "délután", 15 óra után',
  '1/2 avans, 1/2 la livrare',
  '1e5',
  'TRUE',
  '2024-03-01',
  '  spații la început și la sfârșit  ',
  'Rând 1\r\nRând 2',
];

function randomChars(rng: Rng, alphabet: string, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += alphabet[rng.int(0, alphabet.length - 1)];
  return text;
}

const digits = (rng: Rng, count: number): string => randomChars(rng, '0123456789', count);

/** A person's name in the language's order (both Romanian and Hungarian CRMs write family name first). */
export function personName(rng: Rng, language: 'ro' | 'hu'): string {
  return language === 'ro'
    ? `${rng.pick(RO_LAST)} ${rng.pick(RO_FIRST)}`
    : `${rng.pick(HU_LAST)} ${rng.pick(HU_FIRST)}`;
}

/** A given name (a contact's `FirstName`). */
export function firstName(rng: Rng, language: 'ro' | 'hu'): string {
  return rng.pick(language === 'ro' ? RO_FIRST : HU_FIRST);
}

/** A family name (a contact's `LastName`). */
export function lastName(rng: Rng, language: 'ro' | 'hu'): string {
  return rng.pick(language === 'ro' ? RO_LAST : HU_LAST);
}

/** A company name with its legal form, e.g. "Carpați Logistic SRL" or "Tisza Építő Kft.". */
export function companyName(rng: Rng, language: 'ro' | 'hu'): string {
  return language === 'ro'
    ? `${rng.pick(RO_COMPANY_STEM)} ${rng.pick(RO_COMPANY_TRADE)} ${rng.pick(RO_COMPANY_FORM)}`
    : `${rng.pick(HU_COMPANY_STEM)} ${rng.pick(HU_COMPANY_TRADE)} ${rng.pick(HU_COMPANY_FORM)}`;
}

/** A card name of the module's kind: a deal, a project or a support ticket (customer-named cards take their contact's name). */
export function cardName(rng: Rng, style: Exclude<NameStyle, 'customer'>, ticketNumber: number): string {
  switch (style) {
    case 'dealRo':
      if (rng.chance(0.3)) return personName(rng, 'ro');
      return rng.chance(0.5)
        ? companyName(rng, 'ro')
        : `${companyName(rng, 'ro')} – ${rng.pick(RO_PRODUCTS)}`;
    case 'dealHu':
      if (rng.chance(0.3)) return personName(rng, 'hu');
      return rng.chance(0.5)
        ? companyName(rng, 'hu')
        : `${companyName(rng, 'hu')} – ${rng.pick(HU_PRODUCTS)}`;
    case 'projectRo':
      return `${rng.pick(RO_PROJECTS)} – ${companyName(rng, 'ro')}`;
    case 'ticketHu':
      return `${rng.pick(HU_TICKETS)} (#${ticketNumber})`;
  }
}

/** A text field value in the given style; notes are one to four lines. */
export function textValue(rng: Rng, style: TextStyle, language: 'ro' | 'hu'): string {
  switch (style) {
    case 'notes': {
      const pool = language === 'ro' ? RO_NOTES : HU_NOTES;
      return Array.from({ length: rng.int(1, 4) }, () => rng.pick(pool)).join('\n');
    }
    case 'phoneRo':
      return `+40 7${digits(rng, 2)} ${digits(rng, 3)} ${digits(rng, 3)}`;
    case 'phoneHu':
      return `+36 ${rng.pick(['20', '30', '70'])} ${digits(rng, 3)} ${digits(rng, 4)}`;
    case 'code':
      return String(rng.int(1, 99999)).padStart(5, '0');
    case 'tricky':
      return rng.pick(TRICKY_TEXTS);
  }
}

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Lowercase base36 characters, as in `ProjectHash`. */
export function base36(rng: Rng, length: number): string {
  return randomChars(rng, BASE36, length);
}
