// The sentence a person can act on for each error code, in English, Romanian and Hungarian.
import type { ErrorCode, Language } from '../../shared/error-codes';
import { phrase } from './phrases';

/** Values a message may mention. */
export type MessageParams = Record<string, string | number>;

type Sentences = Record<Language, (p: MessageParams) => string>;

/** One sentence per code and language; `p` holds the details a message mentions. */
export const ERROR_MESSAGES: Record<ErrorCode, Sentences> = {
  AUTH_FAILED: {
    en: () =>
      'MiniCRM refused the System ID or API key. An administrator creates a key in MiniCRM under Settings → System → "Create new API key"; the "MiniCRM REST APIs + XML sync" add-on must be enabled under Settings → Subscription.',
    ro: () =>
      'MiniCRM a refuzat System ID-ul sau cheia API. Un administrator creează o cheie în MiniCRM la Setări → Sistem → „Creează o cheie API nouă”; add-on-ul „MiniCRM REST APIs + XML sync” trebuie activat la Setări → Abonament.',
    hu: () =>
      'A MiniCRM elutasította a rendszerazonosítót vagy az API-kulcsot. Kulcsot adminisztrátor készíthet a MiniCRM-ben: Beállítások → Rendszer → „Új API kulcs készítése”; a „MiniCRM REST APIs + XML szinkronizáció” kiegészítőnek bekapcsolva kell lennie (Beállítások → Előfizetés).',
  },
  NOT_CONNECTED: {
    en: () =>
      'This spreadsheet is not connected to MiniCRM for you yet. Open the sidebar and sign in with your System ID and API key.',
    ro: () =>
      'Această foaie de calcul nu este încă conectată la MiniCRM pentru tine. Deschide bara laterală și conectează-te cu System ID-ul și cheia API.',
    hu: () =>
      'Ez a táblázat még nincs összekapcsolva a MiniCRM-mel a fiókodhoz. Nyisd meg az oldalsávot, és jelentkezz be a rendszerazonosítóval és az API-kulccsal.',
  },
  BAD_HOST: {
    en: p =>
      `"${p.host}" is not a MiniCRM address. Use https://r3.minicrm.hu, .ro, .io or .eu (or their r3-test. variants).`,
    ro: p =>
      `„${p.host}” nu este o adresă MiniCRM. Folosește https://r3.minicrm.hu, .ro, .io sau .eu (sau variantele r3-test.).`,
    hu: p =>
      `„${p.host}” nem MiniCRM-cím. Használd a https://r3.minicrm.hu, .ro, .io vagy .eu címet (vagy ezek r3-test. változatát).`,
  },
  BAD_INPUT: {
    en: p => `Please check ${phrase(p.field, 'en')}: ${phrase(p.problem, 'en')}.`,
    ro: p => `Verifică ${phrase(p.field, 'ro')}: ${phrase(p.problem, 'ro')}.`,
    hu: p => `Ellenőrizd ${phrase(p.field, 'hu')}: ${phrase(p.problem, 'hu')}.`,
  },
  INVALID_CODE: {
    en: () =>
      'This is not a MiniCRM shared filter code. Copy the whole code MiniCRM shows under Export → "Sync with Google Sheets" → Shared (it starts with =ImportData("https://r3.minicrm…/Api/SharedFilter?Hash=).',
    ro: () =>
      'Acesta nu este un cod de filtru partajat MiniCRM. Copiază tot codul afișat de MiniCRM la Exportă → „Sincronizează cu Foile de Calcul Google” → Shared (începe cu =ImportData("https://r3.minicrm…/Api/SharedFilter?Hash=).',
    hu: () =>
      'Ez nem MiniCRM megosztott szűrőkód. Másold ki a teljes kódot, amelyet a MiniCRM az Exportálás → „Szinkronizálás Google Táblázatokkal” → Shared alatt mutat (így kezdődik: =ImportData("https://r3.minicrm…/Api/SharedFilter?Hash=).',
  },
  IN_USE: {
    en: p => `The filter is used by the sync to sheet "${p.sheet}". Delete that sync first.`,
    ro: p =>
      `Filtrul este folosit de sincronizarea în foaia „${p.sheet}”. Șterge mai întâi acea sincronizare.`,
    hu: p => `A szűrőt a(z) „${p.sheet}” munkalapra író szinkronizálás használja. Előbb azt töröld.`,
  },
  NOT_FOUND: {
    en: p => `${phrase(p.what, 'en')} no longer exists. Reopen the sidebar to see the current list.`,
    ro: p => `${phrase(p.what, 'ro')} nu mai există. Redeschide bara laterală pentru lista actuală.`,
    hu: p => `${phrase(p.what, 'hu')} már nem létezik. Nyisd meg újra az oldalsávot a friss listához.`,
  },
  RATE_LIMITED: {
    en: () =>
      'MiniCRM is asking us to slow down (at most 60 requests a minute). The refresh will continue on its own; try again in a minute.',
    ro: () =>
      'MiniCRM ne cere să încetinim (cel mult 60 de cereri pe minut). Reîmprospătarea va continua singură; încearcă din nou peste un minut.',
    hu: () =>
      'A MiniCRM lassításra kér (percenként legfeljebb 60 kérés). A frissítés magától folytatódik; próbáld újra egy perc múlva.',
  },
  SERVER_ERROR: {
    en: p =>
      `MiniCRM answered with an error (HTTP ${p.status}). It is usually temporary: try again in a few minutes.`,
    ro: p =>
      `MiniCRM a răspuns cu o eroare (HTTP ${p.status}). De obicei este temporar: încearcă din nou peste câteva minute.`,
    hu: p =>
      `A MiniCRM hibával válaszolt (HTTP ${p.status}). Ez általában átmeneti: próbáld újra néhány perc múlva.`,
  },
  NETWORK: {
    en: () => 'MiniCRM could not be reached. Check the address, then try again in a few minutes.',
    ro: () => 'MiniCRM nu a putut fi contactat. Verifică adresa, apoi încearcă din nou peste câteva minute.',
    hu: () => 'A MiniCRM nem érhető el. Ellenőrizd a címet, majd próbáld újra néhány perc múlva.',
  },
  BAD_RESPONSE: {
    en: () =>
      'MiniCRM sent an answer we could not read. Nothing was changed; try again, and if it repeats, tell us.',
    ro: () =>
      'MiniCRM a trimis un răspuns pe care nu l-am putut citi. Nu s-a modificat nimic; încearcă din nou, iar dacă se repetă, anunță-ne.',
    hu: () =>
      'A MiniCRM olvashatatlan választ küldött. Semmi sem változott; próbáld újra, és ha ismétlődik, jelezd nekünk.',
  },
  ROW_LIMIT: {
    en: p =>
      `The filter holds ${p.total} rows, more than this sync's limit of ${p.limit}. The sheet was left as it was. Narrow the filter (a status, an owner, "updated since") or allow truncation.`,
    ro: p =>
      `Filtrul conține ${p.total} rânduri, peste limita de ${p.limit} a acestei sincronizări. Foaia a rămas neschimbată. Restrânge filtrul (un status, un responsabil, „actualizat din”) sau permite trunchierea.`,
    hu: p =>
      `A szűrő ${p.total} sort tartalmaz, többet, mint a szinkronizálás ${p.limit} soros korlátja. A munkalap változatlan maradt. Szűkítsd a szűrőt (állapot, felelős, „módosítva ekkortól”), vagy engedélyezd a csonkolást.`,
  },
  CELL_LIMIT: {
    en: p =>
      `Writing ${p.cells} cells would take the spreadsheet past Google's limit of 10,000,000 cells. The sheet was left as it was; choose fewer columns or delete unused sheets.`,
    ro: p =>
      `Scrierea a ${p.cells} celule ar depăși limita Google de 10.000.000 de celule pe foaie de calcul. Foaia a rămas neschimbată; alege mai puține coloane sau șterge foile nefolosite.`,
    hu: p =>
      `${p.cells} cella írása túllépné a Google 10 000 000 cellás táblázatkorlátját. A munkalap változatlan maradt; válassz kevesebb oszlopot, vagy töröld a nem használt lapokat.`,
  },
  SHEET_NOT_EMPTY: {
    en: p =>
      `The sheet "${p.sheet}" already holds data that MiniCRM Sync did not write. Nothing was overwritten: choose a new sheet name or empty that sheet.`,
    ro: p =>
      `Foaia „${p.sheet}” conține deja date pe care nu le-a scris MiniCRM Sync. Nu s-a suprascris nimic: alege un nume nou de foaie sau golește acea foaie.`,
    hu: p =>
      `A(z) „${p.sheet}” munkalapon már vannak adatok, amelyeket nem a MiniCRM Sync írt. Semmit sem írtunk felül: válassz új munkalapnevet, vagy ürítsd ki azt a lapot.`,
  },
  BUSY: {
    en: () =>
      'Another refresh of this spreadsheet is running right now. Nothing was changed; try again when it has finished.',
    ro: () =>
      'O altă reîmprospătare a acestei foi de calcul rulează chiar acum. Nu s-a modificat nimic; încearcă din nou după ce se termină.',
    hu: () =>
      'Éppen fut a táblázat egy másik frissítése. Semmi sem változott; próbáld újra, ha befejeződött.',
  },
  QUOTA: {
    en: p => `Google's daily quota is used up (${p.what}). Refreshes resume when it resets, within 24 hours.`,
    ro: p =>
      `Cota zilnică Google s-a epuizat (${p.what}). Reîmprospătările se reiau când se resetează, în cel mult 24 de ore.`,
    hu: p =>
      `Elfogyott a Google napi kvótája (${p.what}). A frissítések a nullázás után, 24 órán belül folytatódnak.`,
  },
  STORAGE_FULL: {
    en: () =>
      "This spreadsheet's MiniCRM Sync settings reached Google's storage limit (500 KB). Delete filters or syncs you no longer use, so it can record its runs.",
    ro: () =>
      'Setările MiniCRM Sync ale acestei foi de calcul au atins limita de stocare Google (500 KB). Șterge filtrele sau sincronizările nefolosite, ca să își poată înregistra rulările.',
    hu: () =>
      'A táblázat MiniCRM Sync-beállításai elérték a Google tárhelykorlátját (500 KB). Töröld a már nem használt szűrőket vagy szinkronizálásokat, hogy rögzíthesse a futásait.',
  },
  TIME_BUDGET: {
    en: () => 'This step ran out of time before it could finish. Run it again to continue where it stopped.',
    ro: () =>
      'Acest pas a rămas fără timp înainte de a se termina. Rulează-l din nou pentru a continua de unde s-a oprit.',
    hu: () =>
      'Ez a lépés kifutott az időből, mielőtt befejeződött volna. Futtasd újra, és ott folytatja, ahol abbamaradt.',
  },
  INTERNAL: {
    en: () =>
      'Something unexpected went wrong in MiniCRM Sync. Nothing was changed; try again, and if it repeats, tell us.',
    ro: () =>
      'Ceva neașteptat a mers prost în MiniCRM Sync. Nu s-a modificat nimic; încearcă din nou, iar dacă se repetă, anunță-ne.',
    hu: () =>
      'Váratlan hiba történt a MiniCRM Syncben. Semmi sem változott; próbáld újra, és ha ismétlődik, jelezd nekünk.',
  },
};

/** How MiniCRM's own words are introduced after our sentence. */
export const MINICRM_SAID: Record<Language, string> = {
  en: 'MiniCRM said',
  ro: 'MiniCRM a răspuns',
  hu: 'A MiniCRM válasza',
};
