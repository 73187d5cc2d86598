// The /__sandbox/* control endpoints (no auth, JSON in and out) that tests and the playground drive.

import { DOCUMENT_TYPES, DocumentType } from './catalog';
import { formatBudapest } from './budapest-time';
import { FieldEdits, touchCards } from './card-edit';
import { DocumentEdits, touchDocuments } from './document-edit';
import { jsonReply, Reply } from './http-io';
import { feedRowCount } from './shared-filter-feed';
import { resetSandboxState, SandboxState } from './state';

/** Where control endpoints live; nothing under it needs credentials or counts in stats. */
export const CONTROL_PREFIX = '/__sandbox/';

/** The most cards `POST /__sandbox/seed` accepts for one module (keeps memory small). */
export const MAX_MODULE_CARDS = 50_000;

type Body = Record<string, unknown>;
/** `now` is the sandbox clock's time of the control request. */
type ControlHandler = (state: SandboxState, body: Body, now: number) => Reply;

const ok = (extra: Body = {}): Reply => jsonReply(JSON.stringify({ ok: true, ...extra }));
const fail = (status: number, error: string): Reply =>
  jsonReply(JSON.stringify({ ok: false, error }), status);

const isIdList = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every(id => Number.isInteger(id) && id > 0);

/** Refuses a bulk change when any id is unknown, so a typo changes nothing. */
function refuseMissing(state: SandboxState, ids: number[]): Reply | null {
  const missing = ids.filter(id => !state.store.get(id));
  return missing.length > 0 ? fail(404, `no cards ${missing.join(', ')}`) : null;
}

function reset(state: SandboxState, body: Body): Reply {
  if (body.seed !== undefined && !Number.isInteger(body.seed)) return fail(400, 'seed must be an integer');
  resetSandboxState(state, (body.seed as number | undefined) ?? state.startSeed);
  return ok({ seed: state.seed });
}

function seedModule(state: SandboxState, body: Body): Reply {
  const { categoryId, cards } = body;
  if (!Number.isInteger(categoryId) || !state.schema.module(categoryId as number)) {
    return fail(400, 'categoryId must be a module id');
  }
  if (!Number.isInteger(cards) || (cards as number) < 0 || (cards as number) > MAX_MODULE_CARDS) {
    return fail(400, `cards must be an integer from 0 to ${MAX_MODULE_CARDS}`);
  }
  state.store.resizeModule(categoryId as number, cards as number);
  // A document module's documents live on its cards, so they are regenerated with them.
  const documentType = state.schema.module(categoryId as number)?.def.documentType;
  if (documentType) state.documents.regenerate(documentType);
  return ok({ categoryId, cards });
}

function touch(state: SandboxState, body: Body, now: number): Reply {
  const { ids, fields = {} } = body;
  if (!isIdList(ids)) return fail(400, 'ids must be an array of card ids');
  const valid =
    typeof fields === 'object' &&
    fields !== null &&
    Object.values(fields).every(value => typeof value === 'string' || typeof value === 'number');
  if (!valid) return fail(400, 'fields must map field names to strings or numbers');
  const refusal = refuseMissing(state, ids);
  if (refusal) return refusal;
  const error = touchCards(state.store, state.schema, state.contacts, ids, fields as FieldEdits, now);
  return error ? fail(400, error) : ok({ updatedAt: formatBudapest(now) });
}

function trash(state: SandboxState, body: Body, nowMs: number): Reply {
  if (!isIdList(body.ids)) return fail(400, 'ids must be an array of card ids');
  const refusal = refuseMissing(state, body.ids);
  if (refusal) return refusal;
  const now = formatBudapest(nowMs);
  for (const id of body.ids) {
    const card = state.store.get(id);
    if (card && card.deleted === 0) {
      // Trashing is a change, so incremental syncs (`Deleted=1&UpdatedSince=…`) can see it.
      card.deleted = 1;
      card.updatedAt = now;
    }
  }
  return ok({ ids: body.ids });
}

function touchDocument(state: SandboxState, body: Body, now: number): Reply {
  const { type, ids, fields = {} } = body;
  if (!DOCUMENT_TYPES.includes(type as DocumentType))
    return fail(400, `type must be one of ${DOCUMENT_TYPES.join(', ')}`);
  if (!isIdList(ids)) return fail(400, 'ids must be an array of document ids');
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields))
    return fail(400, 'fields must be an object');
  const missing = ids.filter(id => !state.documents.get(type as DocumentType, id));
  if (missing.length > 0) return fail(404, `no ${type} documents ${missing.join(', ')}`);
  const error = touchDocuments(state.documents, type as DocumentType, ids, fields as DocumentEdits, now);
  return error ? fail(400, error) : ok({ updatedAt: formatBudapest(now) });
}

/** The shared filters with their feed URLs (relative: the feed is on this server) and current row counts. */
function sharedFilters(state: SandboxState): Reply {
  const list = state.sharedFilters.all().map(filter => ({
    hash: filter.hash,
    type: filter.type,
    url: `/Api/SharedFilter?Hash=${filter.hash}&Type=${filter.type}`,
    name: filter.name,
    ...(filter.categoryId === undefined ? {} : { categoryId: filter.categoryId }),
    includesConfidential: filter.includesConfidential,
    rows: feedRowCount(filter, state.store),
    revoked: state.sharedFilters.isRevoked(filter.hash),
  }));
  return jsonReply(JSON.stringify(list));
}

function revokeSharedFilter(state: SandboxState, body: Body): Reply {
  if (typeof body.hash !== 'string') return fail(400, 'hash must be a string');
  return state.sharedFilters.revoke(body.hash)
    ? ok({ hash: body.hash })
    : fail(404, `no shared filter ${body.hash}`);
}

function purge(state: SandboxState, body: Body): Reply {
  if (!isIdList(body.ids)) return fail(400, 'ids must be an array of card ids');
  const refusal = refuseMissing(state, body.ids);
  if (refusal) return refusal;
  for (const id of body.ids) state.store.purge(id);
  return ok({ ids: body.ids });
}

function setFaults(state: SandboxState, body: Body): Reply {
  const error = state.faults.merge(body);
  return error ? fail(400, error) : ok({ faults: state.faults.snapshot() });
}

function info(state: SandboxState, _body: Body, now: number): Reply {
  const cards = state.store.all();
  return ok({
    systemId: state.credentials.systemId,
    apiKey: state.credentials.apiKey,
    seed: state.seed,
    now,
    modules: state.schema.modules.map(module => ({
      id: module.def.id,
      name: module.def.name,
      cards: cards.filter(card => card.categoryId === module.def.id).length,
    })),
    contacts: state.contacts.all().length,
    documents: Object.fromEntries(DOCUMENT_TYPES.map(type => [type, state.documents.all(type).length])),
  });
}

const ROUTES: Record<string, ControlHandler> = {
  'GET info': info,
  'POST reset': reset,
  'GET stats': state => jsonReply(JSON.stringify(state.stats.snapshot())),
  'POST stats/clear': state => (state.stats.clear(), ok()),
  'POST seed': seedModule,
  'POST touch': touch,
  'POST trash': trash,
  'POST purge': purge,
  'POST touch-document': touchDocument,
  'GET shared-filters': sharedFilters,
  'POST shared-filters/revoke': revokeSharedFilter,
  'GET faults': state => ok({ faults: state.faults.snapshot() }),
  'POST faults': setFaults,
  'POST faults/clear': state => (state.faults.clear(), ok({ faults: state.faults.snapshot() })),
};

/** Answers a control request; `path` starts with CONTROL_PREFIX. An empty body reads as `{}`. */
export function handleControlRequest(
  state: SandboxState,
  method: string,
  path: string,
  bodyText: string,
  now: number,
): Reply {
  const name = path.slice(CONTROL_PREFIX.length);
  const handler = ROUTES[`${method} ${name}`];
  if (!handler) {
    const known = Object.keys(ROUTES).some(key => key.endsWith(` ${name}`));
    return known
      ? fail(405, `method ${method} not allowed on ${path}`)
      : fail(404, `no control endpoint ${path}`);
  }
  let body: unknown = {};
  try {
    if (bodyText.trim() !== '') body = JSON.parse(bodyText);
  } catch {
    return fail(400, 'body is not JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return fail(400, 'body must be a JSON object');
  return handler(state, body as Body, now);
}
