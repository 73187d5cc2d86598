// What the sidebar shows first about scheduling: repairs, lapsed authorization, quota — in three languages.
import type { Language } from '../../shared/error-codes';

type Sentence = (p: Record<string, string | number>) => string;

/** Refresh now with nothing to refresh. */
export const NO_SYNCS: Record<Language, string> = {
  en: 'No syncs yet: open the sidebar (Extensions → MiniCRM Sync → Open) to create one.',
  ro: 'Nicio sincronizare încă: deschide bara laterală (Extensii → MiniCRM Sync → Open) ca să creezi una.',
  hu: 'Még nincs szinkronizálás: nyisd meg az oldalsávot (Bővítmények → MiniCRM Sync → Open), és hozz létre egyet.',
};

/** One sentence per scheduling notice. */
export const SCHEDULE_NOTICES: Record<
  'SCHEDULE_REPAIRED' | 'AUTH_LAPSED' | 'QUOTA' | 'QUOTA_FETCHES',
  Record<Language, Sentence>
> = {
  SCHEDULE_REPAIRED: {
    en: () => 'The scheduled refresh had stopped (its trigger was gone); it has been set up again.',
    ro: () =>
      'Reîmprospătarea programată se oprise (declanșatorul ei dispăruse); a fost configurată din nou.',
    hu: () => 'Az ütemezett frissítés leállt (eltűnt az indítója); újra beállítottuk.',
  },
  AUTH_LAPSED: {
    en: p =>
      `Scheduled refreshes stopped on ${p.at}: Google needs you to authorize MiniCRM Sync again. Open the sidebar and run Refresh now once.`,
    ro: p =>
      `Reîmprospătările programate s-au oprit la ${p.at}: Google îți cere să autorizezi din nou MiniCRM Sync. Deschide bara laterală și rulează o dată Reîmprospătează acum.`,
    hu: p =>
      `Az ütemezett frissítések leálltak (${p.at}): a Google újbóli engedélyezést kér a MiniCRM Synchez. Nyisd meg az oldalsávot, és futtasd egyszer a Frissítés most parancsot.`,
  },
  QUOTA: {
    en: p =>
      `At this schedule the syncs would need about ${p.minutes} minutes of Google's ${p.limit} minutes of daily trigger time (consumer accounts). Refresh less often, or sync fewer fields.`,
    ro: p =>
      `Cu această programare, sincronizările ar avea nevoie de circa ${p.minutes} minute din cele ${p.limit} minute zilnice de declanșatoare oferite de Google (conturi personale). Reîmprospătează mai rar sau sincronizează mai puține câmpuri.`,
    hu: p =>
      `Ezzel az ütemezéssel a szinkronizálásoknak naponta kb. ${p.minutes} perc kellene a Google ${p.limit} perces napi indítóidejéből (magánfiókok). Frissíts ritkábban, vagy kevesebb mezőt szinkronizálj.`,
  },
  QUOTA_FETCHES: {
    en: p =>
      `At this schedule the syncs would make about ${p.fetches} requests a day, more than Google's ${p.limit} (consumer accounts). Refresh less often.`,
    ro: p =>
      `Cu această programare, sincronizările ar face circa ${p.fetches} cereri pe zi, peste cele ${p.limit} permise de Google (conturi personale). Reîmprospătează mai rar.`,
    hu: p =>
      `Ezzel az ütemezéssel a szinkronizálások naponta kb. ${p.fetches} kérést küldenének, többet, mint a Google ${p.limit} kéréses korlátja (magánfiókok). Frissíts ritkábban.`,
  },
};
