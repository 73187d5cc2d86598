// Money and quantity arithmetic in minor units, and the several string formats MiniCRM's documents use.

/** The currencies of the seeded documents. */
export type Currency = 'RON' | 'HUF' | 'EUR';

/** How many RON and HUF one EUR is worth when a catalog price is converted for a EUR document. */
const EUR_RATE: Record<Currency, number> = { EUR: 1, RON: 4.97, HUF: 395 };

/** Rounds half away from zero, as accounting does (`Math.round` rounds -2.5 to -2). */
export function roundHalfAway(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

/**
 * Converts a price in minor units (bani, fillér, cents) to another currency. HUF prices end up whole
 * forints, as Hungarian invoices state them.
 */
export function convertMinor(minor: number, from: Currency, to: Currency): number {
  if (from === to) return minor;
  const converted = (minor / EUR_RATE[from]) * EUR_RATE[to];
  return to === 'HUF' ? roundHalfAway(converted / 100) * 100 : roundHalfAway(converted);
}

/** A line's net total: unit price × quantity (in tenths), rounded to a minor unit. */
export function lineNetMinor(unitMinor: number, quantityTenths: number): number {
  return roundHalfAway((unitMinor * quantityTenths) / 10);
}

/** The VAT of a net amount at a percentage, rounded to a minor unit. */
export function vatMinor(netMinor: number, percent: number): number {
  return roundHalfAway((netMinor * percent) / 100);
}

function splitMinor(minor: number): { sign: string; whole: string; cents: string } {
  const absolute = Math.abs(minor);
  return {
    sign: minor < 0 ? '-' : '',
    whole: String(Math.floor(absolute / 100)),
    cents: String(absolute % 100).padStart(2, '0'),
  };
}

/** A dot-decimal amount with `decimals` ≥ 2 digits: `"1599.0000"` (lists), `"500.000000"` (order items). */
export function fixedAmount(minor: number, decimals: number): string {
  const { sign, whole, cents } = splitMinor(minor);
  return `${sign}${whole}.${cents}${'0'.repeat(decimals - 2)}`;
}

/** An invoice item amount as the manual prints it: space thousands, decimal comma (`"1 000,00"`). */
export function localizedAmount(minor: number): string {
  const { sign, whole, cents } = splitMinor(minor);
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${cents}`;
}

/** A plain number without trailing zeros (`1490`, `4.9`), as the CSV feed writes prices. */
export function plainAmount(minor: number): string {
  return String(minor / 100);
}

/** An invoice item quantity: `"2"`, or `"12,5"` with a decimal comma. */
export function localizedQuantity(tenths: number): string {
  return String(tenths / 10).replace('.', ',');
}

/** An order or offer item quantity with four decimals: `"15.0000"`, `"12.5000"`. */
export function fixedQuantity(tenths: number): string {
  const sign = tenths < 0 ? '-' : '';
  const absolute = Math.abs(tenths);
  return `${sign}${Math.floor(absolute / 10)}.${absolute % 10}000`;
}
