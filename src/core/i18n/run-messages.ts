// What a run says it did, in English, Romanian and Hungarian.
import type { Language } from '../../shared/error-codes';

type Sentence = (p: {
  rows: number;
  total: number;
  sheet: string;
  requests: number;
  limit: number;
}) => string;

/** One sentence per run outcome. */
export const RUN_MESSAGES: Record<'written' | 'truncated', Record<Language, Sentence>> = {
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
};
