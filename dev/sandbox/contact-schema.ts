// Resolves the contact fields' option keys and renders `GET /Api/R3/Schema/Person` and `/Schema/Business`.

import { USERS } from './catalog';
import {
  BUSINESS_FIELDS,
  CONTACT_TYPE_LABELS,
  ContactFieldSpec,
  ContactType,
  PERSON_FIELDS,
} from './contact-catalog';
import { FieldOption, SchemaBody } from './schema';

/** A contact field with its option keys fixed. */
export interface ResolvedContactField extends ContactFieldSpec {
  readonly optionList: readonly FieldOption[];
}

/**
 * Custom contact enums take ids from their own block of the account's option sequence: contact fields are
 * configured apart from the modules, and a block keeps the modules' option ids where they were.
 */
const FIRST_CONTACT_ENUM_OPTION_ID = 3501;

/** Multi-selects and checkboxes: bit flags; built-in enums: 1, 2, …; custom enums: the account sequence. */
function resolveOptions(spec: ContactFieldSpec, nextEnumId: () => number): FieldOption[] {
  const labels = spec.options ?? [];
  if (spec.kind === 'multi' || spec.kind === 'checkbox')
    return labels.map((label, index) => ({ key: 2 ** index, label }));
  if (spec.kind !== 'enum') return [];
  return labels.map((label, index) => ({ key: spec.custom ? nextEnumId() : index + 1, label }));
}

function schemaTypeOf(field: ResolvedContactField): string | Map<string, string> {
  switch (field.kind) {
    case 'int':
      return 'Int';
    case 'text':
      return `Text(${field.size ?? 255})`;
    case 'datetime':
      return 'DateTime';
    case 'users':
      return new Map(USERS.map(user => [String(user.id), user.name]));
    default:
      return new Map(field.optionList.map(option => [String(option.key), option.label]));
  }
}

/** The account's Person and Business schemas with lookups for filters and views. */
export class ContactSchema {
  private readonly byType: Readonly<Record<ContactType, readonly ResolvedContactField[]>>;

  constructor() {
    let enumId = FIRST_CONTACT_ENUM_OPTION_ID;
    const nextEnumId = (): number => enumId++;
    const resolve = (specs: readonly ContactFieldSpec[]): ResolvedContactField[] =>
      specs.map(spec => ({ ...spec, optionList: resolveOptions(spec, nextEnumId) }));
    const person = resolve(PERSON_FIELDS);
    // Fields both schemas have (Industry, Region) are one field: same option ids in both.
    const shared = new Map(person.map(field => [field.name, field]));
    const business = BUSINESS_FIELDS.map(spec =>
      shared.has(spec.name) && spec.kind === 'enum'
        ? (shared.get(spec.name) as ResolvedContactField)
        : { ...spec, optionList: resolveOptions(spec, nextEnumId) },
    );
    this.byType = { Person: person, Business: business };
  }

  /** The fields of a contact type after `Id` and `Type`, in schema order. */
  fields(type: ContactType): readonly ResolvedContactField[] {
    return this.byType[type];
  }

  /** A field of a contact type by name. */
  field(type: ContactType, name: string): ResolvedContactField | undefined {
    return this.byType[type].find(field => field.name === name);
  }

  /** The body of `Schema/Person` or `Schema/Business`: `Id`, the `Type` enum, then every field. */
  render(type: ContactType): SchemaBody {
    const typeOptions = new Map(
      (['Business', 'Person'] as const).map(t => [
        String(CONTACT_TYPE_LABELS[t].key),
        CONTACT_TYPE_LABELS[t].label,
      ]),
    );
    const body: SchemaBody = new Map<string, string | Map<string, string>>([
      ['Id', 'Int'],
      ['Type', typeOptions],
    ]);
    for (const field of this.byType[type]) body.set(field.name, schemaTypeOf(field));
    return body;
  }
}
