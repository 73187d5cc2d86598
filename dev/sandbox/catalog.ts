// The seeded MiniCRM account's configuration: credentials, users, modules, statuses and custom fields.

/** The seeded account's System ID (HTTP Basic user name). */
export const SYSTEM_ID = 12345;

/** The seeded account's API key (HTTP Basic password). */
export const API_KEY = 'sandbox0key0000000000000000000001';

/** MiniCRM's four status groups; every status belongs to exactly one. */
export type StatusGroup = 'Lead' | 'Open' | 'Success' | 'Failed';

/** The status groups, for validating the `StatusGroup` filter. */
export const STATUS_GROUPS: readonly StatusGroup[] = ['Lead', 'Open', 'Success', 'Failed'];

/** One status of a module's pipeline. The schema shows only id → label; the group stays internal. */
export interface StatusDef {
  readonly id: number;
  readonly label: string;
  readonly group: StatusGroup;
}

/** An account user, as listed in the schema's `UserId`/`CreatedBy`/`UpdatedBy` enums. */
export interface UserDef {
  readonly id: number;
  readonly name: string;
}

/** The account's users; account-wide, so every module's schema lists the same ones. */
export const USERS: readonly UserDef[] = [
  { id: 41207, name: 'Popescu Ioana' },
  { id: 41208, name: 'Kovács Gergő' },
  { id: 41215, name: 'Ionescu Andrei-Mihai' },
  { id: 41230, name: 'Szabó Réka' },
  { id: 41244, name: 'Dumitrescu Ștefan' },
];

/**
 * The label MiniCRM shows in CreatedBy/UpdatedBy for changes made by web forms, automations and the API.
 * It is not in the schema's user enums (see the real sample project-20-detail.json).
 */
export const SYSTEM_USER_LABEL = 'MiniCRM';

/** How a custom field stores and shows its value. */
export type FieldKind =
  'text' | 'int' | 'float' | 'datetime' | 'date' | 'enum' | 'multi' | 'checkbox' | 'file';

/** Which generator fills a text field. */
export type TextStyle = 'notes' | 'phoneRo' | 'phoneHu' | 'code' | 'tricky';

/** A custom field as configured by an admin. */
export interface FieldDef {
  /** The API name (unique across the account). */
  readonly name: string;
  /** The label the UI (and so the shared-filter CSV header) shows, in the module's language. */
  readonly label: string;
  readonly kind: FieldKind;
  /** Probability that a seeded card has a value. */
  readonly fill: number;
  readonly options?: readonly string[];
  readonly textStyle?: TextStyle;
  readonly range?: readonly [number, number];
}

/** Kind of card names a module's generator makes; `customer` names the card after its contact. */
export type NameStyle = 'dealRo' | 'dealHu' | 'projectRo' | 'ticketHu' | 'customer';

/** The item-based documents MiniCRM serves under /Api/Invoice, /Api/Order and /Api/Offer. */
export type DocumentType = 'Invoice' | 'Order' | 'Offer';

/** The document types, in the order of their modules. */
export const DOCUMENT_TYPES: readonly DocumentType[] = ['Invoice', 'Order', 'Offer'];

/** A module ("Category", "product") with its pipeline and custom fields. */
export interface ModuleDef {
  readonly id: number;
  readonly name: string;
  readonly language: 'ro' | 'hu';
  readonly defaultCardCount: number;
  readonly nameStyle: NameStyle;
  /** In pipeline order, which is the schema's order; ids are not ascending where a status was added later. */
  readonly statuses: readonly StatusDef[];
  readonly fields: readonly FieldDef[];
  /** Set on the invoice, order and offer modules: each of their cards carries such documents. */
  readonly documentType?: DocumentType;
}

const HU_MONTHS = [
  'Január',
  'Február',
  'Március',
  'Április',
  'Május',
  'Június',
  'Július',
  'Augusztus',
  'Szeptember',
  'Október',
  'November',
  'December',
];

/** 36 newsletter options, so that the multi-select's bit-flag keys reach 2^35 as in the real sample. */
const HU_NEWSLETTERS = HU_MONTHS.flatMap(month => [
  `${month} – hírlevél`,
  `${month} – akció`,
  `${month} – webinár`,
]);

/**
 * The modules: four ordinary ones, then the invoicing, order and offer modules whose cards hold the
 * item-based documents (a document's `ProjectId` is such a card). In each document module the first status
 * is the draft one: its documents are not issued yet, so the document lists leave them out. Custom field API names are unique across the account, which is why a second module's
 * field of the same meaning carries a `2` suffix (`Prioritas2`), as `Helyszin`/`Helyszin2` do in the real
 * samples.
 */
export const MODULES: readonly ModuleDef[] = [
  {
    id: 20,
    name: 'Vânzări',
    language: 'ro',
    defaultCardCount: 1200,
    nameStyle: 'dealRo',
    statuses: [
      { id: 2601, label: 'Lead nou', group: 'Lead' },
      { id: 2602, label: 'Contactat', group: 'Lead' },
      { id: 2605, label: 'Calificat', group: 'Open' },
      { id: 2603, label: 'Ofertă trimisă', group: 'Open' },
      { id: 2604, label: 'Negociere', group: 'Open' },
      { id: 2640, label: 'Contract în semnare', group: 'Open' },
      { id: 2606, label: 'Câștigat', group: 'Success' },
      { id: 2607, label: 'Pierdut', group: 'Failed' },
      { id: 2608, label: 'Amânat pe termen nelimitat', group: 'Failed' },
    ],
    fields: [
      {
        name: 'Sursa',
        label: 'Sursă',
        kind: 'enum',
        fill: 0.9,
        options: ['Recomandare', 'Site web', 'Facebook', 'Google Ads', 'Târg', 'Apel la rece'],
      },
      {
        name: 'Prioritate',
        label: 'Prioritate',
        kind: 'enum',
        fill: 0.8,
        options: ['Ridicată', 'Medie', 'Scăzută'],
      },
      { name: 'ValoareEstimata', label: 'Valoare estimată', kind: 'float', fill: 0.85, range: [500, 250000] },
      { name: 'NumarAngajati', label: 'Număr angajați', kind: 'int', fill: 0.7, range: [1, 1200] },
      { name: 'DataInchidere', label: 'Data închiderii', kind: 'date', fill: 0.6 },
      { name: 'UltimaContactare', label: 'Ultima contactare', kind: 'datetime', fill: 0.8 },
      { name: 'Observatii', label: 'Observații', kind: 'text', fill: 0.7, textStyle: 'notes' },
      { name: 'TelefonContact', label: 'Telefon contact', kind: 'text', fill: 0.85, textStyle: 'phoneRo' },
      { name: 'CodClient', label: 'Cod client', kind: 'text', fill: 0.9, textStyle: 'code' },
      { name: 'NotaInterna', label: 'Notă internă', kind: 'text', fill: 0.5, textStyle: 'tricky' },
      {
        name: 'Produse',
        label: 'Produse',
        kind: 'multi',
        fill: 0.75,
        options: [
          'Licență Start',
          'Licență Pro',
          'Licență Enterprise',
          'Implementare',
          'Training online',
          'Suport, mentenanță',
          'Integrare API',
          'Migrare date',
        ],
      },
      {
        name: 'Newsletter',
        label: 'Newsletter',
        kind: 'checkbox',
        fill: 0.4,
        options: ['Abonat la newsletter'],
      },
      { name: 'ContractSemnat', label: 'Contract semnat', kind: 'file', fill: 0.3 },
    ],
  },
  {
    id: 21,
    name: 'Értékesítés',
    language: 'hu',
    defaultCardCount: 2500,
    nameStyle: 'dealHu',
    statuses: [
      { id: 2701, label: 'Új érdeklődő', group: 'Lead' },
      { id: 2702, label: 'Kapcsolatfelvétel', group: 'Lead' },
      { id: 2703, label: 'Igényfelmérés', group: 'Open' },
      { id: 2704, label: 'Ajánlat kiküldve', group: 'Open' },
      { id: 2709, label: 'Tárgyalás', group: 'Open' },
      { id: 2705, label: 'Szerződéskötés', group: 'Open' },
      { id: 2706, label: 'Megnyert', group: 'Success' },
      { id: 2707, label: 'Elvesztett', group: 'Failed' },
      { id: 2708, label: 'Nem reagált', group: 'Failed' },
    ],
    fields: [
      {
        name: 'Forras',
        label: 'Forrás',
        kind: 'enum',
        fill: 0.9,
        options: ['Ajánlás', 'Weboldal', 'Facebook', 'Google Ads', 'Kiállítás', 'Hideghívás'],
      },
      {
        name: 'Prioritas',
        label: 'Prioritás',
        kind: 'enum',
        fill: 0.8,
        options: ['Magas', 'Közepes', 'Alacsony'],
      },
      {
        name: 'VarhatoBevetel',
        label: 'Várható bevétel',
        kind: 'float',
        fill: 0.85,
        range: [50000, 25000000],
      },
      { name: 'Letszam', label: 'Létszám', kind: 'int', fill: 0.7, range: [1, 3000] },
      { name: 'ZarasDatuma', label: 'Zárás dátuma', kind: 'date', fill: 0.6 },
      { name: 'UtolsoKapcsolat', label: 'Utolsó kapcsolatfelvétel', kind: 'datetime', fill: 0.8 },
      { name: 'Megjegyzes', label: 'Megjegyzés', kind: 'text', fill: 0.7, textStyle: 'notes' },
      { name: 'Telefonszam', label: 'Telefonszám', kind: 'text', fill: 0.85, textStyle: 'phoneHu' },
      { name: 'Ugyfelkod', label: 'Ügyfélkód', kind: 'text', fill: 0.9, textStyle: 'code' },
      { name: 'BelsoMegjegyzes', label: 'Belső megjegyzés', kind: 'text', fill: 0.5, textStyle: 'tricky' },
      { name: 'Hirlevelek', label: 'Hírlevelek', kind: 'multi', fill: 0.7, options: HU_NEWSLETTERS },
      {
        name: 'AszfElfogadva',
        label: 'ÁSZF elfogadva',
        kind: 'checkbox',
        fill: 0.6,
        options: ['Elfogadta az ÁSZF-et'],
      },
      { name: 'Szerzodes', label: 'Szerződés', kind: 'file', fill: 0.3 },
    ],
  },
  {
    id: 22,
    name: 'Proiecte',
    language: 'ro',
    defaultCardCount: 300,
    nameStyle: 'projectRo',
    statuses: [
      { id: 2801, label: 'Planificare', group: 'Lead' },
      { id: 2802, label: 'În desfășurare', group: 'Open' },
      { id: 2803, label: 'În așteptarea clientului', group: 'Open' },
      { id: 2804, label: 'Revizuire internă', group: 'Open' },
      { id: 2805, label: 'Finalizat', group: 'Success' },
      { id: 2806, label: 'Anulat', group: 'Failed' },
    ],
    fields: [
      {
        name: 'TipProiect',
        label: 'Tip proiect',
        kind: 'enum',
        fill: 0.95,
        options: ['Implementare', 'Integrare', 'Consultanță', 'Migrare', 'Mentenanță'],
      },
      {
        name: 'ResponsabilTehnic',
        label: 'Responsabil tehnic',
        kind: 'enum',
        fill: 0.85,
        options: ['Mărgărit Vlad', 'Lăzărescu Oana', 'Fülöp Levente', 'Țurcanu Sorin'],
      },
      { name: 'Buget', label: 'Buget', kind: 'float', fill: 0.9, range: [2000, 400000] },
      { name: 'OreEstimate', label: 'Ore estimate', kind: 'int', fill: 0.8, range: [8, 1500] },
      { name: 'TermenLimita', label: 'Termen limită', kind: 'date', fill: 0.8 },
      { name: 'Kickoff', label: 'Kickoff', kind: 'datetime', fill: 0.7 },
      { name: 'Descriere', label: 'Descriere', kind: 'text', fill: 0.8, textStyle: 'notes' },
      { name: 'CodProiect', label: 'Cod proiect', kind: 'text', fill: 0.95, textStyle: 'code' },
      { name: 'NotaInterna2', label: 'Notă internă', kind: 'text', fill: 0.5, textStyle: 'tricky' },
      {
        name: 'Etape',
        label: 'Etape',
        kind: 'multi',
        fill: 0.8,
        options: ['Analiză', 'Design', 'Dezvoltare', 'Testare', 'Lansare', 'Mentenanță'],
      },
      {
        name: 'AccesPortal',
        label: 'Acces portal',
        kind: 'checkbox',
        fill: 0.5,
        options: ['Are acces la portalul clientului'],
      },
      { name: 'Documentatie', label: 'Documentație', kind: 'file', fill: 0.4 },
    ],
  },
  {
    id: 23,
    name: 'Ügyfélszolgálat',
    language: 'hu',
    defaultCardCount: 40,
    nameStyle: 'ticketHu',
    statuses: [
      { id: 2901, label: 'Feldolgozásra vár', group: 'Lead' },
      { id: 2902, label: 'Folyamatban', group: 'Open' },
      { id: 2903, label: 'Ügyfélre vár', group: 'Open' },
      { id: 2910, label: 'Továbbítva a fejlesztőknek', group: 'Open' },
      { id: 2904, label: 'Megoldott', group: 'Success' },
      { id: 2905, label: 'Elutasítva', group: 'Failed' },
      { id: 2906, label: 'Duplikált', group: 'Failed' },
    ],
    fields: [
      {
        name: 'Csatorna',
        label: 'Csatorna',
        kind: 'enum',
        fill: 0.95,
        options: ['Telefon', 'Email', 'Chat', 'Személyes'],
      },
      {
        name: 'Prioritas2',
        label: 'Prioritás',
        kind: 'enum',
        fill: 0.9,
        options: ['Sürgős', 'Magas', 'Normál', 'Alacsony'],
      },
      { name: 'Elegedettseg', label: 'Elégedettség', kind: 'int', fill: 0.6, range: [1, 5] },
      { name: 'Visszaterites', label: 'Visszatérítés', kind: 'float', fill: 0.3, range: [1000, 150000] },
      { name: 'Hatarido', label: 'Határidő', kind: 'date', fill: 0.7 },
      { name: 'ElsoValasz', label: 'Első válasz', kind: 'datetime', fill: 0.8 },
      { name: 'Leiras', label: 'Leírás', kind: 'text', fill: 0.9, textStyle: 'notes' },
      { name: 'Hibakod', label: 'Hibakód', kind: 'text', fill: 0.6, textStyle: 'code' },
      { name: 'BelsoMegjegyzes2', label: 'Belső megjegyzés', kind: 'text', fill: 0.5, textStyle: 'tricky' },
      {
        name: 'Cimkek',
        label: 'Címkék',
        kind: 'multi',
        fill: 0.8,
        options: ['Számlázás', 'Hiba', 'Funkcióigény', 'Fiók', 'Integráció', 'Sürgős, kiemelt'],
      },
      {
        name: 'Visszahivas',
        label: 'Visszahívás',
        kind: 'checkbox',
        fill: 0.3,
        options: ['Visszahívást kért'],
      },
      { name: 'Melleklet', label: 'Melléklet', kind: 'file', fill: 0.25 },
    ],
  },
  {
    id: 24,
    name: 'Számlázó',
    language: 'hu',
    defaultCardCount: 300,
    nameStyle: 'customer',
    documentType: 'Invoice',
    statuses: [
      { id: 2401, label: 'Piszkozat', group: 'Lead' },
      { id: 2402, label: 'Díjbekérő kiállítva', group: 'Lead' },
      { id: 2403, label: 'Kiállítva', group: 'Open' },
      { id: 2404, label: 'Lejárt', group: 'Open' },
      { id: 2405, label: 'Fizetve', group: 'Success' },
      { id: 2406, label: 'Sztornózva', group: 'Failed' },
      { id: 2407, label: 'Behajthatatlan', group: 'Failed' },
    ],
    fields: [
      {
        name: 'FizetesiMod',
        label: 'Fizetési mód',
        kind: 'enum',
        fill: 0.9,
        options: ['Átutalás', 'Készpénz', 'Bankkártya'],
      },
      {
        name: 'SzamlazasiMegjegyzes',
        label: 'Számlázási megjegyzés',
        kind: 'text',
        fill: 0.4,
        textStyle: 'notes',
      },
      { name: 'EmlekeztetoKuldve', label: 'Emlékeztető küldve', kind: 'datetime', fill: 0.3 },
      { name: 'Konyvelve', label: 'Könyvelve', kind: 'checkbox', fill: 0.6, options: ['Könyvelésbe átadva'] },
    ],
  },
  {
    id: 25,
    name: 'Comenzi',
    language: 'ro',
    defaultCardCount: 250,
    nameStyle: 'customer',
    documentType: 'Order',
    statuses: [
      { id: 2451, label: 'Ciornă', group: 'Lead' },
      { id: 2452, label: 'Comandă nouă', group: 'Lead' },
      { id: 2453, label: 'În procesare', group: 'Open' },
      { id: 2454, label: 'Expediată', group: 'Open' },
      { id: 2455, label: 'Livrată', group: 'Success' },
      { id: 2456, label: 'Anulată', group: 'Failed' },
      { id: 2457, label: 'Returnată', group: 'Failed' },
    ],
    fields: [
      {
        name: 'MetodaLivrare',
        label: 'Metodă livrare',
        kind: 'enum',
        fill: 0.95,
        options: ['Curier', 'Ridicare personală', 'Poștă'],
      },
      { name: 'AdresaLivrare', label: 'Adresă livrare', kind: 'text', fill: 0.5, textStyle: 'notes' },
      { name: 'GreutateKg', label: 'Greutate (kg)', kind: 'float', fill: 0.7, range: [0.5, 120] },
      { name: 'NumarAWB', label: 'Număr AWB', kind: 'text', fill: 0.6, textStyle: 'code' },
    ],
  },
  {
    id: 26,
    name: 'Oferte',
    language: 'ro',
    defaultCardCount: 220,
    nameStyle: 'customer',
    documentType: 'Offer',
    statuses: [
      { id: 2501, label: 'Ciornă', group: 'Lead' },
      { id: 2502, label: 'Ofertă emisă', group: 'Lead' },
      { id: 2503, label: 'Trimisă clientului', group: 'Open' },
      { id: 2504, label: 'În negociere', group: 'Open' },
      { id: 2505, label: 'Acceptată', group: 'Success' },
      { id: 2506, label: 'Respinsă', group: 'Failed' },
      { id: 2507, label: 'Expirată', group: 'Failed' },
    ],
    fields: [
      { name: 'ValabilitateZile', label: 'Valabilitate (zile)', kind: 'int', fill: 0.9, range: [15, 90] },
      {
        name: 'TipOferta',
        label: 'Tip ofertă',
        kind: 'enum',
        fill: 0.85,
        options: ['Standard', 'Personalizată', 'Cadru'],
      },
      { name: 'Discount', label: 'Discount (%)', kind: 'float', fill: 0.5, range: [1, 25] },
      { name: 'ConditiiSpeciale', label: 'Condiții speciale', kind: 'text', fill: 0.4, textStyle: 'tricky' },
    ],
  },
];
