// The sandbox's cards: deterministic seeded generation and the in-memory store the routes read and change.

import { SYSTEM_ID, StatusDef, StatusGroup, USERS } from './catalog';
import { formatBudapest, formatBudapestDateOnly } from './budapest-time';
import { ContactDirectory, contactName } from './contacts';
import { base36, cardName, textValue } from './names';
import { Rng, createRng, mixSeed } from './prng';
import { SEED_EPOCH_MS } from './seed-epoch';
import { AccountSchema, ResolvedField, ResolvedModule, isFlagKind } from './schema';

export { SEED_EPOCH_MS } from './seed-epoch';

/** Seeded cards were created over this many ms before SEED_EPOCH_MS. */
const HISTORY_MS = 3 * 365 * 24 * 3_600_000;
const DAY_MS = 24 * 3_600_000;

/** The lowest seeded card id; cards inserted later by the `mutateBetweenPages` fault count down from below it. */
const FIRST_CARD_ID = 1000;

/**
 * The lowest card id of the invoice, order and offer modules. Their cards interleave among themselves above
 * every id the other modules can reach (50 000 cards each), so adding them moved no existing card's id.
 */
const FIRST_DOCUMENT_CARD_ID = 300_000;

/** A custom field's stored value, already in its API form (labels, joined labels, `""` when empty). */
export type CustomValue = string | number;

/** A card ("Project") as the sandbox stores it. System ids stay numeric; the views turn them into labels. */
export interface Card {
  id: number;
  categoryId: number;
  contactId: number;
  /** 0 when the card has no company. */
  businessId: number;
  statusId: number;
  userId: number;
  name: string;
  statusUpdatedAt: string;
  isPrivate: 0 | 1;
  deleted: 0 | 1;
  /** 0 stands for MiniCRM itself (web forms, automations), shown as "MiniCRM". */
  createdBy: number;
  createdAt: string;
  updatedBy: number;
  updatedAt: string;
  /** Custom field values by API name, in the module's schema order. */
  custom: Map<string, CustomValue>;
  projectHash: string;
  projectEmail: string;
}

const wholeSecond = (epochMs: number): number => Math.floor(epochMs / 1000) * 1000;

const STATUS_GROUP_WEIGHTS: readonly [StatusGroup, number][] = [
  ['Lead', 0.2],
  ['Open', 0.35],
  ['Success', 0.25],
  ['Failed', 0.2],
];

function pickStatus(rng: Rng, statuses: readonly StatusDef[]): StatusDef {
  let roll = rng.next();
  for (const [group, weight] of STATUS_GROUP_WEIGHTS) {
    roll -= weight;
    const inGroup = statuses.filter(status => status.group === group);
    if (roll < 0 && inGroup.length > 0) return rng.pick(inGroup);
  }
  return rng.pick(statuses);
}

/** Renders a set of flag options as MiniCRM does: labels in key order joined with ", ". */
export function joinFlagLabels(field: ResolvedField, keys: readonly number[]): string {
  return field.optionList
    .filter(option => keys.includes(option.key))
    .map(option => option.label)
    .join(', ');
}

function flagValue(rng: Rng, field: ResolvedField): string {
  const options = field.optionList;
  const probability = Math.min(0.5, 2 / options.length);
  const chosen = options.filter(() => rng.chance(probability)).map(option => option.key);
  if (chosen.length === 0) chosen.push(rng.pick(options).key);
  return joinFlagLabels(field, chosen);
}

function money(rng: Rng, [min, max]: readonly [number, number]): number {
  const value = min + rng.next() * (max - min);
  // Small quantities (a weight, a percentage) have one decimal; rounding them to hundreds would zero them.
  if (max < 1000) return Math.round(value * 10) / 10;
  // Most amounts are round; some carry cents, as real deal values do.
  return rng.chance(0.6) ? Math.round(value / 100) * 100 : Math.round(value * 100) / 100;
}

interface CardTimes {
  created: number;
  updated: number;
}

function customValue(rng: Rng, field: ResolvedField, language: 'ro' | 'hu', times: CardTimes): CustomValue {
  const filled = rng.chance(field.fill);
  switch (field.kind) {
    case 'int':
      return filled ? rng.int(field.range?.[0] ?? 0, field.range?.[1] ?? 100) : 0;
    case 'float':
      return filled ? money(rng, field.range ?? [0, 1000]) : '';
    case 'text':
      return filled ? textValue(rng, field.textStyle ?? 'notes', language) : '';
    case 'date':
      return filled ? formatBudapestDateOnly(times.created + rng.int(-30, 180) * DAY_MS) : '';
    case 'datetime':
      return filled
        ? formatBudapest(wholeSecond(times.created + rng.next() * (times.updated - times.created)))
        : '';
    case 'enum':
      return filled ? rng.pick(field.optionList).label : '';
    case 'multi':
      return filled ? flagValue(rng, field) : '';
    case 'checkbox':
      return filled ? field.optionList[0].label : '';
    case 'file':
      return filled ? filePath(base36(rng, 24)) : '';
  }
}

/**
 * A download link without its origin, which the views prepend per request (the shape follows the
 * manual's `https://r3.minicrm.io/64421/Download/S3/?t=project&inline=`).
 */
function filePath(token: string): string {
  return `/${SYSTEM_ID}/Download/S3/?t=project&inline=0&e=${token}`;
}

function seededTimes(rng: Rng, index: number, total: number): CardTimes {
  const historyStart = SEED_EPOCH_MS - HISTORY_MS;
  // Ascending with the index, so ascending ids are also ascending creation times.
  const created = wholeSecond(historyStart + (HISTORY_MS * (index + rng.next())) / Math.max(total, 1));
  const recentlyTouched = rng.chance(0.15);
  const updated = recentlyTouched
    ? Math.max(created, SEED_EPOCH_MS - rng.next() * 30 * DAY_MS)
    : created + (SEED_EPOCH_MS - created) * rng.next() ** 2;
  return { created, updated: wholeSecond(updated) };
}

const pickUserOrSystem = (rng: Rng): number => (rng.chance(0.1) ? 0 : rng.pick(USERS).id);

/** Where a module's seeded card ids start and how they interleave with the modules of the same range. */
export interface IdLane {
  readonly first: number;
  /** How many modules share the range. */
  readonly stride: number;
  /** This module's place among them. */
  readonly slot: number;
}

/** Where a module's card of a given index sits in the account-wide id sequence. */
export function seededCardId(lane: IdLane, index: number): number {
  return lane.first + index * lane.stride + lane.slot;
}

/** The id lane of a module: ordinary modules share one range, document modules another. */
export function idLaneOf(schema: AccountSchema, module: ResolvedModule): IdLane {
  const isDocumentModule = (m: ResolvedModule): boolean => m.def.documentType !== undefined;
  const peers = schema.modules.filter(m => isDocumentModule(m) === isDocumentModule(module));
  return {
    first: isDocumentModule(module) ? FIRST_DOCUMENT_CARD_ID : FIRST_CARD_ID,
    stride: peers.length,
    slot: peers.indexOf(module),
  };
}

/**
 * Generates one seeded card. Each card has its own generator seeded from (seed, module, index), so a
 * module's cards do not change when another module is resized.
 */
export function generateCard(
  seed: number,
  module: ResolvedModule,
  lane: IdLane,
  index: number,
  total: number,
  contacts: ContactDirectory,
): Card {
  const rng = createRng(mixSeed(seed, module.def.id, index));
  const id = seededCardId(lane, index);
  const times = seededTimes(rng, index, total);
  const status = pickStatus(rng, module.def.statuses);
  const { contact, business } = contacts.pickForCard(rng, times.created);
  const projectHash = base36(rng, 30);
  const custom = new Map<string, CustomValue>();
  for (const field of module.fields)
    custom.set(field.name, customValue(rng, field, module.def.language, times));
  return {
    id,
    categoryId: module.def.id,
    contactId: contact.id,
    businessId: business?.id ?? 0,
    statusId: status.id,
    userId: rng.pick(USERS).id,
    name:
      module.def.nameStyle === 'customer'
        ? contactName(business ?? contact)
        : cardName(rng, module.def.nameStyle, id),
    statusUpdatedAt: formatBudapest(
      wholeSecond(times.created + rng.next() * (times.updated - times.created)),
    ),
    isPrivate: rng.chance(0.1) ? 1 : 0,
    deleted: rng.chance(0.03) ? 1 : 0,
    createdBy: pickUserOrSystem(rng),
    createdAt: formatBudapest(times.created),
    updatedBy: pickUserOrSystem(rng),
    updatedAt: formatBudapest(times.updated),
    custom,
    projectHash,
    projectEmail: `${projectHash.slice(0, 12)}@${SYSTEM_ID}.r3.minicrm.hu`,
  };
}

/** All cards of the account, by id, with a cached ascending-id order for searches. */
export class CardStore {
  private readonly cards = new Map<number, Card>();
  private sorted: Card[] | null = null;
  private nextLowId = FIRST_CARD_ID - 1;
  private seed = 0;

  constructor(
    private readonly schema: AccountSchema,
    private readonly contacts: ContactDirectory,
  ) {}

  /** Replaces every card with the seed's default data set (the contacts must be seeded first). */
  reseed(seed: number): void {
    this.seed = seed;
    this.cards.clear();
    this.nextLowId = FIRST_CARD_ID - 1;
    for (const module of this.schema.modules) this.fillModule(module, module.def.defaultCardCount);
    this.sorted = null;
  }

  /** Regenerates one module with exactly `count` seeded cards (its touched, trashed or inserted cards go). */
  resizeModule(categoryId: number, count: number): void {
    const module = this.schema.module(categoryId);
    if (!module) throw new Error(`unknown module ${categoryId}`);
    for (const card of [...this.cards.values()])
      if (card.categoryId === categoryId) this.cards.delete(card.id);
    this.fillModule(module, count);
    this.sorted = null;
  }

  private fillModule(module: ResolvedModule, count: number): void {
    const lane = idLaneOf(this.schema, module);
    for (let index = 0; index < count; index++) {
      const card = generateCard(this.seed, module, lane, index, count, this.contacts);
      this.cards.set(card.id, card);
    }
  }

  /** The card with this id, trashed ones included; purged ones are gone. */
  get(id: number): Card | undefined {
    return this.cards.get(id);
  }

  /** Every card in ascending id order (the order of search results). */
  all(): readonly Card[] {
    if (!this.sorted) this.sorted = [...this.cards.values()].sort((a, b) => a.id - b.id);
    return this.sorted;
  }

  /**
   * Copies a card under a new id below every existing one. Real MiniCRM ids only grow; this exists for the
   * `mutateBetweenPages` fault, which needs a card to appear on a page the client has already read.
   */
  insertCopyAtLowId(template: Card, nowWallTime: string): Card {
    const id = this.nextLowId--;
    const rng = createRng(mixSeed(this.seed, id));
    const projectHash = base36(rng, 30);
    const card: Card = {
      ...template,
      id,
      custom: new Map(template.custom),
      createdAt: nowWallTime,
      updatedAt: nowWallTime,
      statusUpdatedAt: nowWallTime,
      projectHash,
      projectEmail: `${projectHash.slice(0, 12)}@${SYSTEM_ID}.r3.minicrm.hu`,
    };
    this.cards.set(id, card);
    this.sorted = null;
    return card;
  }

  /** Removes a card entirely, as emptying the trash does; false when it did not exist. */
  purge(id: number): boolean {
    const existed = this.cards.delete(id);
    if (existed) this.sorted = null;
    return existed;
  }

  /** A card's module, which always exists for a stored card. */
  moduleOf(card: Card): ResolvedModule {
    const module = this.schema.module(card.categoryId);
    if (!module) throw new Error(`card ${card.id} has unknown module ${card.categoryId}`);
    return module;
  }
}

/** True when a stored multi-select or checkbox value includes the given label. */
export function flagValueHas(field: ResolvedField, stored: CustomValue, label: string): boolean {
  return isFlagKind(field.kind) && (splitFlagLabels(field, String(stored)) ?? []).includes(label);
}

/**
 * Splits a `", "`-joined multi-select value into its labels. Labels may themselves contain ", "
 * ("Suport, mentenanță"), so the split is matched against the field's known labels, longest first.
 * Returns null when the text is not made of known labels.
 */
export function splitFlagLabels(field: Pick<ResolvedField, 'optionList'>, value: string): string[] | null {
  if (value === '') return [];
  const labels = field.optionList.map(option => option.label).sort((a, b) => b.length - a.length);
  const found: string[] = [];
  let rest = value;
  while (rest.length > 0) {
    const label = labels.find(candidate => rest === candidate || rest.startsWith(`${candidate}, `));
    if (!label) return null;
    found.push(label);
    rest = rest.slice(label.length).replace(/^, /, '');
  }
  return found;
}
