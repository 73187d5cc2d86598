// What a run says it did, in English, Romanian and Hungarian.
import type { Language } from '../../shared/error-codes';

/** The numbers a run message may mention. */
export interface RunFacts {
  rows: number;
  total: number;
  sheet: string;
  requests: number;
  limit: number;
  added: number;
  updated: number;
  removed: number;
  fetched: number;
}

type Sentence = (p: RunFacts) => string;

/** One sentence per outcome. */
export const RUN_MESSAGES: Record<
  'written' | 'truncated' | 'appended' | 'upserted' | 'running',
  Record<Language, Sentence>
> = {
  written: {
    en: p => `Wrote ${p.rows} rows to "${p.sheet}" (${p.requests} requests to MiniCRM).`,
    ro: p => `Am scris ${p.rows} rânduri în „${p.sheet}” (${p.requests} cereri către MiniCRM).`,
    hu: p => `${p.rows} sort írtunk a(z) „${p.sheet}” munkalapra (${p.requests} kérés a MiniCRM felé).`,
  },
  truncated: {
    en: p =>
      `The filter holds ${p.total} rows; wrote the first ${p.rows} to "${p.sheet}" (limit ${p.limit}). Narrow the filter to see all.`,
    ro: p =>
      `Filtrul conține ${p.total} rânduri; am scris primele ${p.rows} în „${p.sheet}” (limita ${p.limit}). Restrânge filtrul ca să le vezi pe toate.`,
    hu: p =>
      `A szűrő ${p.total} sort tartalmaz; az első ${p.rows} sort írtuk a(z) „${p.sheet}” munkalapra (korlát: ${p.limit}). Szűkítsd a szűrőt, hogy mindet lásd.`,
  },
  appended: {
    en: p =>
      `Added ${p.added} rows under the earlier ones in "${p.sheet}" (${p.requests} requests to MiniCRM).`,
    ro: p =>
      `Am adăugat ${p.added} rânduri sub cele anterioare în „${p.sheet}” (${p.requests} cereri către MiniCRM).`,
    hu: p =>
      `${p.added} sort adtunk a korábbiak alá a(z) „${p.sheet}” munkalapon (${p.requests} kérés a MiniCRM felé).`,
  },
  upserted: {
    en: p =>
      `Updated ${p.updated}, added ${p.added} and removed ${p.removed} rows in "${p.sheet}" (${p.requests} requests to MiniCRM).`,
    ro: p =>
      `Am actualizat ${p.updated}, adăugat ${p.added} și eliminat ${p.removed} rânduri în „${p.sheet}” (${p.requests} cereri către MiniCRM).`,
    hu: p =>
      `${p.updated} sort frissítettünk, ${p.added} sort hozzáadtunk és ${p.removed} sort töröltünk a(z) „${p.sheet}” munkalapon (${p.requests} kérés a MiniCRM felé).`,
  },
  running: {
    en: p =>
      `Fetched ${p.fetched} of ${p.total} records for "${p.sheet}"; continuing (the sheet changes only when all are in).`,
    ro: p =>
      `Am adus ${p.fetched} din ${p.total} înregistrări pentru „${p.sheet}”; continuăm (foaia se schimbă doar când sunt toate).`,
    hu: p =>
      `${p.total} rekordból ${p.fetched} megérkezett a(z) „${p.sheet}” munkalaphoz; folytatjuk (a munkalap csak akkor változik, ha mind megvan).`,
  },
};
