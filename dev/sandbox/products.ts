// The account's items/services catalog ("articole/servicii"): what documents' line items are made of.

import { ContactLanguage } from './contact-values';
import { Currency } from './money';

/** One catalog entry. Prices are net, in the catalog currency's minor units. */
export interface Product {
  readonly id: number;
  readonly language: ContactLanguage;
  readonly name: string;
  readonly sku: string;
  /** `""` for services. */
  readonly ean: string;
  readonly unit: string;
  readonly description: string;
  readonly priceMinor: number;
  readonly currency: Currency;
  /** Today's rate; documents issued earlier may carry the rate of their day (RO: 19 % before 2025-08-01). */
  readonly vatPercent: number;
  /** Hours and metres may be sold in halves. */
  readonly fractional: boolean;
  /** Discontinued products stay in the catalog (and on old documents) but are no longer offered. */
  readonly active: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

type ProductLine = [
  name: string,
  sku: string,
  unit: string,
  price: number,
  kind: 'goods' | 'service' | 'hours' | 'metres',
  description: string,
  active?: boolean,
];

/** Names with diacritics, commas and quotes (both `"…"` and Hungarian `„…”`), descriptions over several lines. */
const RO_LINES: readonly ProductLine[] = [
  [
    'Licență MiniCRM Pro – 12 luni',
    'LIC-PRO-12',
    'buc',
    1490,
    'service',
    'Licență anuală pentru un utilizator.',
  ],
  ['Licență MiniCRM Start – 12 luni', 'LIC-START-12', 'buc', 690, 'service', ''],
  [
    'Implementare și configurare',
    'SRV-IMPL',
    'oră',
    250,
    'hours',
    'Include:\n- configurare module\n- import contacte',
  ],
  [
    'Training online pentru echipă',
    'SRV-TRAIN',
    'sesiune',
    900,
    'service',
    'Sesiune de 3 ore, până la 10 participanți.',
  ],
  ['Suport, mentenanță – abonament lunar', 'SRV-SUPORT', 'lună', 450, 'service', ''],
  ['Integrare API – dezvoltare la comandă', 'SRV-API', 'oră', 300, 'hours', ''],
  ['Migrare date din Excel', 'SRV-MIGR', 'buc', 1200, 'service', 'Până la 10 000 de înregistrări.'],
  ['Cablu UTP Cat6, ecranat', 'HW-UTP6', 'm', 4.9, 'metres', ''],
  [
    'Router Wi-Fi 6 "Business"',
    'HW-RTR6',
    'buc',
    689.99,
    'goods',
    'Garanție 24 de luni.\r\nLivrare în 2–3 zile.',
  ],
  ['Switch 24 porturi gigabit', 'HW-SW24', 'buc', 1249, 'goods', ''],
  ['Consultanță procese de vânzări', 'SRV-CONS', 'oră', 350, 'hours', ''],
  ['Găzduire cloud – pachet anual', 'SRV-HOST', 'buc', 2400, 'service', 'Înlocuit de pachetul 2026.', false],
  ['Șablon facturare personalizat', 'SRV-TPL', 'buc', 500, 'service', ''],
  ['Audit bază de date clienți', 'SRV-AUDIT', 'buc', 1800, 'service', ''],
];
const HU_LINES: readonly ProductLine[] = [
  [
    'MiniCRM Pro licenc – 12 hónap',
    'LIC-PRO-12-HU',
    'db',
    119000,
    'service',
    'Éves licenc egy felhasználónak.',
  ],
  ['MiniCRM Start licenc – 12 hónap', 'LIC-START-12-HU', 'db', 55000, 'service', ''],
  [
    'Bevezetés és beállítás',
    'SZOLG-BEV',
    'óra',
    19500,
    'hours',
    'Tartalmazza:\n- modulok beállítása\n- névjegyek importja',
  ],
  ['Online oktatás csapatnak', 'SZOLG-OKT', 'alkalom', 72000, 'service', ''],
  ['Kiemelt ügyfélszolgálat, havidíj', 'SZOLG-TAM', 'hó', 36000, 'service', ''],
  ['API-integráció fejlesztés', 'SZOLG-API', 'óra', 24000, 'hours', ''],
  ['Adatmigráció Excelből', 'SZOLG-MIGR', 'db', 95000, 'service', 'Legfeljebb 10 000 rekord.'],
  ['UTP kábel Cat6, árnyékolt', 'HW-UTP6-HU', 'm', 390, 'metres', ''],
  ['Wi-Fi 6 router „Business”', 'HW-RTR6-HU', 'db', 54990, 'goods', '24 hónap garancia.'],
  ['Hálózati switch, 24 port', 'HW-SW24-HU', 'db', 99000, 'goods', ''],
  ['Értékesítési folyamat-tanácsadás', 'SZOLG-TAN', 'óra', 28000, 'hours', ''],
  ['Felhőtárhely – éves csomag', 'SZOLG-TAR', 'db', 190000, 'service', 'A 2026-os csomag váltotta.', false],
  ['Egyedi számlasablon', 'SZOLG-SABLON', 'db', 40000, 'service', ''],
  ['Ügyféladatbázis-audit', 'SZOLG-AUDIT', 'db', 145000, 'service', ''],
];

/** EAN-13 with its check digit; RO goods get the 594 prefix, HU goods 599. */
function ean13(prefix: string, serial: number): string {
  const body = `${prefix}${String(serial).padStart(12 - prefix.length, '0')}`;
  const sum = [...body].reduce((total, digit, index) => total + Number(digit) * (index % 2 === 0 ? 1 : 3), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

function toProduct(line: ProductLine, index: number, language: ContactLanguage): Product {
  const [name, sku, unit, price, kind, description, active = true] = line;
  const id = (language === 'ro' ? 7001 : 7101) + index;
  return {
    id,
    language,
    name,
    sku,
    ean: kind === 'goods' || kind === 'metres' ? ean13(language === 'ro' ? '594' : '599', id) : '',
    unit,
    description,
    priceMinor: Math.round(price * 100),
    currency: language === 'ro' ? 'RON' : 'HUF',
    vatPercent: language === 'ro' ? 21 : 27,
    fractional: kind === 'hours' || kind === 'metres',
    active,
    createdAt: `2023-0${(index % 9) + 1}-1${index % 10} 10:${String(index * 4).padStart(2, '0')}:00`,
    updatedAt: `2026-0${(index % 9) + 1}-0${(index % 9) + 1} 14:${String(index * 3).padStart(2, '0')}:00`,
  };
}

/** The catalog, Romanian products first, in id order. */
export const PRODUCTS: readonly Product[] = [
  ...RO_LINES.map((line, index) => toProduct(line, index, 'ro')),
  ...HU_LINES.map((line, index) => toProduct(line, index, 'hu')),
];

/** The products sold to customers of a language. */
export function productsFor(language: ContactLanguage): readonly Product[] {
  return PRODUCTS.filter(product => product.language === language);
}
