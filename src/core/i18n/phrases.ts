// The parts of sentences that name what to fix ([BAD_INPUT]) or what is gone ([NOT_FOUND]), in three languages.
import type { Language } from '../../shared/error-codes';

/** Every phrase an error may name; TypeScript refuses a phrase that has no translation. */
export const PHRASES = {
  // What is wrong (fields of a form or a request).
  name: { en: 'the name', ro: 'numele', hu: 'a nevet' },
  product: { en: 'the product', ro: 'produsul', hu: 'a terméket' },
  statusGroup: { en: 'the status group', ro: 'grupul de statusuri', hu: 'az állapotcsoportot' },
  statuses: { en: 'the statuses', ro: 'statusurile', hu: 'az állapotokat' },
  owners: { en: 'the owners', ro: 'responsabilii', hu: 'a felelősöket' },
  updatedSince: { en: '"updated since"', ro: '„actualizat din”', hu: 'a „módosítva ekkortól” mezőt' },
  fields: { en: 'the fields', ro: 'câmpurile', hu: 'a mezőket' },
  documentType: { en: 'the document type', ro: 'tipul documentului', hu: 'a bizonylat típusát' },
  filterKind: { en: 'the kind of filter', ro: 'tipul filtrului', hu: 'a szűrő fajtáját' },
  filter: { en: 'the filter', ro: 'filtrul', hu: 'a szűrőt' },
  savedSettings: { en: 'the saved settings', ro: 'setările salvate', hu: 'a mentett beállításokat' },
  signIn: { en: 'the sign-in', ro: 'conectarea', hu: 'a bejelentkezést' },
  systemId: { en: 'the System ID', ro: 'System ID-ul', hu: 'a rendszerazonosítót' },
  apiKey: { en: 'the API key', ro: 'cheia API', hu: 'az API-kulcsot' },
  sync: { en: 'the sync', ro: 'sincronizarea', hu: 'a szinkronizálást' },
  sheetName: { en: 'the sheet name', ro: 'numele foii', hu: 'a munkalap nevét' },
  mode: { en: 'the mode', ro: 'modul', hu: 'a módot' },
  rowLimit: { en: 'the row limit', ro: 'limita de rânduri', hu: 'a sorkorlátot' },
  overLimit: { en: '"over the limit"', ro: '„peste limită”', hu: 'a „korlát felett” beállítást' },
  columns: { en: 'the columns', ro: 'coloanele', hu: 'az oszlopokat' },
  schedule: { en: 'the schedule', ro: 'programarea', hu: 'az ütemezést' },
  // How to fix it.
  giveName: { en: 'give it a name', ro: 'dă-i un nume', hu: 'adj neki nevet' },
  atMost100: {
    en: 'use at most 100 characters',
    ro: 'folosește cel mult 100 de caractere',
    hu: 'legfeljebb 100 karaktert használj',
  },
  dateLike: {
    en: 'use a date like 2026-01-31',
    ro: 'folosește o dată ca 2026-01-31',
    hu: 'ilyen dátumot adj meg: 2026-01-31',
  },
  pickStatusGroup: {
    en: 'pick Lead, Open, Success or Failed',
    ro: 'alege Lead, Open, Success sau Failed',
    hu: 'válaszd ezek egyikét: Lead, Open, Success, Failed',
  },
  chooseFromList: { en: 'choose from the list', ro: 'alege din listă', hu: 'válassz a listából' },
  chooseProduct: {
    en: 'choose a MiniCRM product',
    ro: 'alege un produs MiniCRM',
    hu: 'válassz egy MiniCRM-terméket',
  },
  pickDocumentType: {
    en: 'pick Invoice, Order or Offer',
    ro: 'alege Invoice, Order sau Offer',
    hu: 'válaszd ezek egyikét: Invoice, Order, Offer',
  },
  pickFilterKind: {
    en: 'choose cards, documents or a shared filter code',
    ro: 'alege carduri, documente sau un cod de filtru partajat',
    hu: 'válassz adatlapokat, bizonylatokat vagy megosztott szűrőkódot',
  },
  empty: { en: 'it is empty', ro: 'este gol', hu: 'üres' },
  noSpacesOrColon: {
    en: 'it must not contain spaces or a colon',
    ro: 'nu poate conține spații sau două puncte',
    hu: 'nem tartalmazhat szóközt vagy kettőspontot',
  },
  tooLargeToStore: {
    en: 'they are too large to store (9 KB)',
    ro: 'sunt prea mari pentru a fi salvate (9 KB)',
    hu: 'túl nagyok a tároláshoz (9 KB)',
  },
  chooseSavedFilter: {
    en: 'choose a saved filter',
    ro: 'alege un filtru salvat',
    hu: 'válassz egy mentett szűrőt',
  },
  oneTo100Characters: {
    en: 'use 1 to 100 characters',
    ro: 'folosește între 1 și 100 de caractere',
    hu: '1–100 karaktert használj',
  },
  sheetTaken: {
    en: 'another sync already writes to that sheet',
    ro: 'o altă sincronizare scrie deja în acea foaie',
    hu: 'arra a munkalapra már ír egy másik szinkronizálás',
  },
  pickMode: {
    en: 'pick replace, append or upsert',
    ro: 'alege replace, append sau upsert',
    hu: 'válaszd ezek egyikét: replace, append, upsert',
  },
  rowLimitRange: {
    en: 'use a whole number from 1 to 8000',
    ro: 'folosește un număr întreg între 1 și 8000',
    hu: '1 és 8000 közötti egész számot adj meg',
  },
  upsertNeedsUniqueKeys: {
    en: 'upsert needs a first column whose values never repeat (like Id); a row per line item repeats it — use replace or append',
    ro: 'upsert are nevoie de o primă coloană cu valori unice (ca Id); un rând pe articol le repetă — folosește replace sau append',
    hu: 'az upsert olyan első oszlopot igényel, amelynek értékei nem ismétlődnek (mint az Id); a tételenkénti sorok ismétlik — használd a replace vagy append módot',
  },
  pickOverLimit: {
    en: 'pick stop or truncate',
    ro: 'alege stop sau truncate',
    hu: 'válaszd ezek egyikét: stop, truncate',
  },
  refusedByMiniCrm: {
    en: 'MiniCRM did not accept it',
    ro: 'MiniCRM nu a acceptat-o',
    hu: 'a MiniCRM nem fogadta el',
  },
  onlySummaryFieldsYet: {
    en: 'only the summary fields can be synced in this version; remove the other fields',
    ro: 'în această versiune se pot sincroniza doar câmpurile de bază; elimină celelalte câmpuri',
    hu: 'ebben a verzióban csak az alapmezők szinkronizálhatók; távolítsd el a többi mezőt',
  },
  kindNotSyncedYet: {
    en: 'this kind of filter cannot be synced in this version yet; use a card query',
    ro: 'acest tip de filtru nu poate fi încă sincronizat în această versiune; folosește o interogare de carduri',
    hu: 'ez a szűrőfajta ebben a verzióban még nem szinkronizálható; használj adatlap-lekérdezést',
  },
  pickFrequency: {
    en: 'pick off, hourly, daily or weekly',
    ro: 'alege oprit, orar, zilnic sau săptămânal',
    hu: 'válaszd ezek egyikét: ki, óránként, naponta, hetente',
  },
  pickEveryHours: {
    en: 'refresh every 1, 2, 4, 6, 8 or 12 hours',
    ro: 'reîmprospătează la 1, 2, 4, 6, 8 sau 12 ore',
    hu: '1, 2, 4, 6, 8 vagy 12 óránként frissíts',
  },
  pickHour: {
    en: 'pick an hour from 0 to 23',
    ro: 'alege o oră între 0 și 23',
    hu: '0 és 23 közötti órát válassz',
  },
  pickWeekday: {
    en: 'pick a weekday from 1 (Monday) to 7 (Sunday)',
    ro: 'alege o zi de la 1 (luni) la 7 (duminică)',
    hu: '1 (hétfő) és 7 (vasárnap) közötti napot válassz',
  },
  // What no longer exists.
  theRecord: { en: 'The MiniCRM record', ro: 'Înregistrarea MiniCRM', hu: 'A MiniCRM-rekord' },
  theSavedFilter: { en: 'The saved filter', ro: 'Filtrul salvat', hu: 'A mentett szűrő' },
  theSync: { en: 'The sync', ro: 'Sincronizarea', hu: 'A szinkronizálás' },
  theSharedFilter: {
    en: 'The shared filter (its code may have been revoked in MiniCRM; copy a new one)',
    ro: 'Filtrul partajat (codul poate fi fost revocat în MiniCRM; copiază unul nou)',
    hu: 'A megosztott szűrő (a kódját visszavonhatták a MiniCRM-ben; másolj újat)',
  },
} satisfies Record<string, Record<Language, string>>;

/** A phrase's key. */
export type PhraseKey = keyof typeof PHRASES;

/** A phrase in a language; a value that is not a known key is shown as it is. */
export function phrase(key: string | number | undefined, language: Language): string {
  const entry = (PHRASES as Record<string, Record<Language, string>>)[String(key)];
  return entry ? entry[language] : String(key ?? '');
}
