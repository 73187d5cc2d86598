// The sidebar's words in English, Romanian and Hungarian.

const STRINGS = {
  en: {
    title: 'MiniCRM Sync',
    systemId: 'System ID',
    apiKey: 'API key',
    host: 'MiniCRM address',
    connect: 'Connect',
    disconnect: 'Disconnect',
    connectedAs: 'Connected to system',
    syncs: 'Syncs',
    noSyncs: 'No syncs yet.',
    newSync: 'New sync of a product',
    product: 'Product',
    sheet: 'Sheet name',
    create: 'Create and run',
    refresh: 'Refresh now',
    lastRun: 'Last run',
    never: 'never',
    working: 'Working…',
    keyHelp: 'An administrator creates the key in MiniCRM: Settings → System → Create new API key.',
  },
  ro: {
    title: 'MiniCRM Sync',
    systemId: 'System ID',
    apiKey: 'Cheie API',
    host: 'Adresa MiniCRM',
    connect: 'Conectează',
    disconnect: 'Deconectează',
    connectedAs: 'Conectat la sistemul',
    syncs: 'Sincronizări',
    noSyncs: 'Nicio sincronizare încă.',
    newSync: 'Sincronizare nouă a unui produs',
    product: 'Produs',
    sheet: 'Numele foii',
    create: 'Creează și rulează',
    refresh: 'Reîmprospătează acum',
    lastRun: 'Ultima rulare',
    never: 'niciodată',
    working: 'Se lucrează…',
    keyHelp: 'Cheia o creează un administrator în MiniCRM: Setări → Sistem → Creează o cheie API nouă.',
  },
  hu: {
    title: 'MiniCRM Sync',
    systemId: 'Rendszerazonosító',
    apiKey: 'API-kulcs',
    host: 'MiniCRM-cím',
    connect: 'Csatlakozás',
    disconnect: 'Leválasztás',
    connectedAs: 'Csatlakozva a rendszerhez:',
    syncs: 'Szinkronizálások',
    noSyncs: 'Még nincs szinkronizálás.',
    newSync: 'Egy termék új szinkronizálása',
    product: 'Termék',
    sheet: 'Munkalap neve',
    create: 'Létrehozás és futtatás',
    refresh: 'Frissítés most',
    lastRun: 'Utolsó futás',
    never: 'még soha',
    working: 'Dolgozunk…',
    keyHelp:
      'A kulcsot adminisztrátor hozza létre a MiniCRM-ben: Beállítások → Rendszer → Új API kulcs készítése.',
  },
} as const;

/** A key of the sidebar's dictionary. */
export type StringKey = keyof (typeof STRINGS)['en'];

/** The dictionary for the browser's language (English when it is neither Romanian nor Hungarian). */
export function strings(locale: string): Record<StringKey, string> {
  const prefix = locale.slice(0, 2).toLowerCase();
  return prefix === 'ro' || prefix === 'hu' ? STRINGS[prefix] : STRINGS.en;
}
