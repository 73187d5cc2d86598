// Resolves the catalog into option keys and renders `GET /Api/R3/Schema/Project/{CategoryId}` bodies.

import { FieldDef, FieldKind, MODULES, ModuleDef, StatusDef, USERS } from './catalog';

/** One choice of an enum, multi-select or checkbox field: its key in the schema and its label. */
export interface FieldOption {
  readonly key: number;
  readonly label: string;
}

/** A custom field with its option keys fixed. */
export interface ResolvedField extends FieldDef {
  readonly moduleId: number;
  readonly optionList: readonly FieldOption[];
}

/** A module with lookups the routes need. */
export interface ResolvedModule {
  readonly def: ModuleDef;
  readonly fields: readonly ResolvedField[];
  readonly statusById: ReadonlyMap<number, StatusDef>;
}

/** A schema body: field name → type string or ordered `{key: label}` map (Maps keep PHP's order on the wire). */
export type SchemaBody = Map<string, string | Map<string, string>>;

/** Where single-select option ids start; real accounts use one id sequence for all enum values. */
const FIRST_ENUM_OPTION_ID = 3101;

const TYPE_OF_KIND: Record<Exclude<FieldKind, 'enum' | 'multi' | 'checkbox'>, string> = {
  text: 'Text(1024)',
  int: 'Int',
  float: 'Float',
  datetime: 'DateTime',
  date: 'DateTime',
  file: 'File(10MB)',
};

/** True for the kinds whose value is a `", "`-joined set of labels keyed by bit flags in the schema. */
export function isFlagKind(kind: FieldKind): boolean {
  return kind === 'multi' || kind === 'checkbox';
}

/**
 * Single selects get ids from one account-wide sequence; multi-selects and single checkboxes get bit
 * flags 1, 2, 4, … (2 ** i stays exact far beyond 2^35, unlike JS's 32-bit `<<`).
 */
function resolveOptions(field: FieldDef, nextEnumId: () => number): FieldOption[] {
  const labels = field.options ?? [];
  if (isFlagKind(field.kind)) return labels.map((label, index) => ({ key: 2 ** index, label }));
  if (field.kind === 'enum') return labels.map(label => ({ key: nextEnumId(), label }));
  return [];
}

function resolveModules(): ResolvedModule[] {
  let enumId = FIRST_ENUM_OPTION_ID;
  const nextEnumId = (): number => enumId++;
  return MODULES.map(def => ({
    def,
    fields: def.fields.map(field => ({
      ...field,
      moduleId: def.id,
      optionList: resolveOptions(field, nextEnumId),
    })),
    statusById: new Map(def.statuses.map(status => [status.id, status])),
  }));
}

/** The fixed structure of the seeded account: modules, statuses, users and custom fields. */
export class AccountSchema {
  /** Modules in the account's order. */
  readonly modules: readonly ResolvedModule[] = resolveModules();
  private readonly moduleById = new Map(this.modules.map(module => [module.def.id, module]));
  private readonly fieldByName = new Map(
    this.modules.flatMap(module => module.fields.map(field => [field.name, field] as const)),
  );
  private readonly statusById = new Map(
    this.modules.flatMap(module => module.def.statuses.map(status => [status.id, status] as const)),
  );

  /** The module with this id, if the account has it. */
  module(categoryId: number): ResolvedModule | undefined {
    return this.moduleById.get(categoryId);
  }

  /** A custom field by API name; names are unique across the account. */
  customField(name: string): ResolvedField | undefined {
    return this.fieldByName.get(name);
  }

  /** A status of any module by id. */
  status(statusId: number): StatusDef | undefined {
    return this.statusById.get(statusId);
  }

  /** Renders the schema of one module exactly in the order and style of the real samples. */
  render(categoryId: number): SchemaBody | undefined {
    const module = this.moduleById.get(categoryId);
    if (!module) return undefined;
    const users = (): Map<string, string> => new Map(USERS.map(user => [String(user.id), user.name]));
    const body: SchemaBody = new Map<string, string | Map<string, string>>([
      ['Id', 'Int'],
      ['CategoryId', new Map(this.modules.map(m => [String(m.def.id), m.def.name]))],
      ['ContactId', 'Int'],
      ['BusinessId', 'Int'],
      ['StatusId', new Map(module.def.statuses.map(status => [String(status.id), status.label]))],
      ['UserId', users()],
      ['Name', 'Text(512)'],
      ['StatusUpdatedAt', 'DateTime'],
      ['IsPrivate', 'Int'],
      ['Deleted', 'Int'],
      ['CreatedBy', users()],
      ['CreatedAt', 'DateTime'],
      ['UpdatedBy', users()],
      ['UpdatedAt', 'DateTime'],
    ]);
    for (const field of module.fields) body.set(field.name, schemaTypeOf(field));
    return body;
  }
}

function schemaTypeOf(field: ResolvedField): string | Map<string, string> {
  if (field.kind === 'enum' || isFlagKind(field.kind)) {
    return new Map(field.optionList.map(option => [String(option.key), option.label]));
  }
  return TYPE_OF_KIND[field.kind as keyof typeof TYPE_OF_KIND];
}

/** Names of the system fields every card has, in schema order; filters may use any of them. */
export const SYSTEM_FIELD_NAMES: readonly string[] = [
  'Id',
  'CategoryId',
  'ContactId',
  'BusinessId',
  'StatusId',
  'UserId',
  'Name',
  'StatusUpdatedAt',
  'IsPrivate',
  'Deleted',
  'CreatedBy',
  'CreatedAt',
  'UpdatedBy',
  'UpdatedAt',
];
