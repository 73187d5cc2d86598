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
  readonly name: string;
  readonly kind: FieldKind;
  /** Probability that a seeded card has a value. */
  readonly fill: number;
  readonly options?: readonly string[];
  readonly textStyle?: TextStyle;
  readonly range?: readonly [number, number];
}

/** Kind of card names a module's generator makes. */
export type NameStyle = 'dealRo' | 'dealHu' | 'projectRo' | 'ticketHu';

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
 * The four modules. Custom field API names are unique across the account, which is why a second module's
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
        kind: 'enum',
        fill: 0.9,
        options: ['Recomandare', 'Site web', 'Facebook', 'Google Ads', 'Târg', 'Apel la rece'],
      },
      { name: 'Prioritate', kind: 'enum', fill: 0.8, options: ['Ridicată', 'Medie', 'Scăzută'] },
      { name: 'ValoareEstimata', kind: 'float', fill: 0.85, range: [500, 250000] },
      { name: 'NumarAngajati', kind: 'int', fill: 0.7, range: [1, 1200] },
      { name: 'DataInchidere', kind: 'date', fill: 0.6 },
      { name: 'UltimaContactare', kind: 'datetime', fill: 0.8 },
      { name: 'Observatii', kind: 'text', fill: 0.7, textStyle: 'notes' },
      { name: 'TelefonContact', kind: 'text', fill: 0.85, textStyle: 'phoneRo' },
      { name: 'CodClient', kind: 'text', fill: 0.9, textStyle: 'code' },
      { name: 'NotaInterna', kind: 'text', fill: 0.5, textStyle: 'tricky' },
      {
        name: 'Produse',
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
      { name: 'Newsletter', kind: 'checkbox', fill: 0.4, options: ['Abonat la newsletter'] },
      { name: 'ContractSemnat', kind: 'file', fill: 0.3 },
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
        kind: 'enum',
        fill: 0.9,
        options: ['Ajánlás', 'Weboldal', 'Facebook', 'Google Ads', 'Kiállítás', 'Hideghívás'],
      },
      { name: 'Prioritas', kind: 'enum', fill: 0.8, options: ['Magas', 'Közepes', 'Alacsony'] },
      { name: 'VarhatoBevetel', kind: 'float', fill: 0.85, range: [50000, 25000000] },
      { name: 'Letszam', kind: 'int', fill: 0.7, range: [1, 3000] },
      { name: 'ZarasDatuma', kind: 'date', fill: 0.6 },
      { name: 'UtolsoKapcsolat', kind: 'datetime', fill: 0.8 },
      { name: 'Megjegyzes', kind: 'text', fill: 0.7, textStyle: 'notes' },
      { name: 'Telefonszam', kind: 'text', fill: 0.85, textStyle: 'phoneHu' },
      { name: 'Ugyfelkod', kind: 'text', fill: 0.9, textStyle: 'code' },
      { name: 'BelsoMegjegyzes', kind: 'text', fill: 0.5, textStyle: 'tricky' },
      { name: 'Hirlevelek', kind: 'multi', fill: 0.7, options: HU_NEWSLETTERS },
      { name: 'AszfElfogadva', kind: 'checkbox', fill: 0.6, options: ['Elfogadta az ÁSZF-et'] },
      { name: 'Szerzodes', kind: 'file', fill: 0.3 },
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
        kind: 'enum',
        fill: 0.95,
        options: ['Implementare', 'Integrare', 'Consultanță', 'Migrare', 'Mentenanță'],
      },
      {
        name: 'ResponsabilTehnic',
        kind: 'enum',
        fill: 0.85,
        options: ['Mărgărit Vlad', 'Lăzărescu Oana', 'Fülöp Levente', 'Țurcanu Sorin'],
      },
      { name: 'Buget', kind: 'float', fill: 0.9, range: [2000, 400000] },
      { name: 'OreEstimate', kind: 'int', fill: 0.8, range: [8, 1500] },
      { name: 'TermenLimita', kind: 'date', fill: 0.8 },
      { name: 'Kickoff', kind: 'datetime', fill: 0.7 },
      { name: 'Descriere', kind: 'text', fill: 0.8, textStyle: 'notes' },
      { name: 'CodProiect', kind: 'text', fill: 0.95, textStyle: 'code' },
      { name: 'NotaInterna2', kind: 'text', fill: 0.5, textStyle: 'tricky' },
      {
        name: 'Etape',
        kind: 'multi',
        fill: 0.8,
        options: ['Analiză', 'Design', 'Dezvoltare', 'Testare', 'Lansare', 'Mentenanță'],
      },
      { name: 'AccesPortal', kind: 'checkbox', fill: 0.5, options: ['Are acces la portalul clientului'] },
      { name: 'Documentatie', kind: 'file', fill: 0.4 },
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
      { name: 'Csatorna', kind: 'enum', fill: 0.95, options: ['Telefon', 'Email', 'Chat', 'Személyes'] },
      { name: 'Prioritas2', kind: 'enum', fill: 0.9, options: ['Sürgős', 'Magas', 'Normál', 'Alacsony'] },
      { name: 'Elegedettseg', kind: 'int', fill: 0.6, range: [1, 5] },
      { name: 'Visszaterites', kind: 'float', fill: 0.3, range: [1000, 150000] },
      { name: 'Hatarido', kind: 'date', fill: 0.7 },
      { name: 'ElsoValasz', kind: 'datetime', fill: 0.8 },
      { name: 'Leiras', kind: 'text', fill: 0.9, textStyle: 'notes' },
      { name: 'Hibakod', kind: 'text', fill: 0.6, textStyle: 'code' },
      { name: 'BelsoMegjegyzes2', kind: 'text', fill: 0.5, textStyle: 'tricky' },
      {
        name: 'Cimkek',
        kind: 'multi',
        fill: 0.8,
        options: ['Számlázás', 'Hiba', 'Funkcióigény', 'Fiók', 'Integráció', 'Sürgős, kiemelt'],
      },
      { name: 'Visszahivas', kind: 'checkbox', fill: 0.3, options: ['Visszahívást kért'] },
      { name: 'Melleklet', kind: 'file', fill: 0.25 },
    ],
  },
];
