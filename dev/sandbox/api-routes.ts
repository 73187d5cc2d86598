// The /Api route table and dispatch, with the R3 card endpoints: Category, Schema/Project, Project search and detail.

import { ApiHandler, ApiRequest } from './api-request';
import { DOCUMENT_TYPES } from './catalog';
import { Card } from './data';
import { formatBudapest } from './budapest-time';
import { contactDetail, contactSchema, contactSearch } from './contact-routes';
import { documentDetail, documentList } from './document-routes';
import { renderDetail, renderSummary } from './card-view';
import { jsonReply, Reply, textReply } from './http-io';
import { encodePhpJson } from './php-json';
import { resultsBody } from './results-body';
import { isSearchRefusal, planSearch, runSearch, SearchOutcome, SearchPlan, PAGE_SIZE } from './search';
import { sharedFilterFeed } from './shared-filter-routes';
import { SandboxState } from './state';

export type { ApiRequest } from './api-request';

/**
 * A known API route; `pattern` names it in stats, `entity` in MiniCRM-style error messages. A `public`
 * route needs no credentials (the shared-filter feed, whose Hash is the secret).
 */
interface ApiRoute {
  readonly pattern: string;
  readonly entity: string;
  readonly regex: RegExp;
  readonly handle: ApiHandler;
  readonly public?: boolean;
}

/** A request matched to a route (or not), for dispatch and for the stats key. */
export interface RouteMatch {
  readonly route: ApiRoute | undefined;
  readonly pathParam: string;
}

/** The item-based document routes: `List` before `{Id}`, so that "List" is never read as an id. */
const DOCUMENT_ROUTES: ApiRoute[] = DOCUMENT_TYPES.flatMap(type => [
  {
    pattern: `/Api/${type}/List`,
    entity: type,
    regex: new RegExp(`^/Api/${type}/List$`),
    handle: documentList(type),
  },
  {
    pattern: `/Api/${type}/{Id}`,
    entity: type,
    regex: new RegExp(`^/Api/${type}/([^/]+)$`),
    handle: documentDetail(type),
  },
]);

const ROUTES: readonly ApiRoute[] = [
  { pattern: '/Api/R3/Category', entity: 'Category', regex: /^\/Api\/R3\/Category$/, handle: category },
  {
    pattern: '/Api/R3/Schema/Project/{CategoryId}',
    entity: 'Schema',
    regex: /^\/Api\/R3\/Schema\/Project\/([^/]+)$/,
    handle: schema,
  },
  {
    pattern: '/Api/R3/Schema/Person',
    entity: 'Schema',
    regex: /^\/Api\/R3\/Schema\/Person$/,
    handle: contactSchema('Person'),
  },
  {
    pattern: '/Api/R3/Schema/Business',
    entity: 'Schema',
    regex: /^\/Api\/R3\/Schema\/Business$/,
    handle: contactSchema('Business'),
  },
  { pattern: '/Api/R3/Project', entity: 'Project', regex: /^\/Api\/R3\/Project$/, handle: search },
  {
    pattern: '/Api/R3/Project/{Id}',
    entity: 'Project',
    regex: /^\/Api\/R3\/Project\/([^/]+)$/,
    handle: detail,
  },
  { pattern: '/Api/R3/Contact', entity: 'Contact', regex: /^\/Api\/R3\/Contact$/, handle: contactSearch },
  {
    pattern: '/Api/R3/Contact/{Id}',
    entity: 'Contact',
    regex: /^\/Api\/R3\/Contact\/([^/]+)$/,
    handle: contactDetail,
  },
  ...DOCUMENT_ROUTES,
  {
    pattern: '/Api/SharedFilter',
    entity: 'SharedFilter',
    regex: /^\/Api\/SharedFilter\/?$/,
    handle: sharedFilterFeed,
    public: true,
  },
];

/** True when the route needs no credentials. */
export function isPublicRoute(match: RouteMatch): boolean {
  return match.route?.public === true;
}

/** Finds the route of a path. */
export function matchApiRoute(path: string): RouteMatch {
  for (const route of ROUTES) {
    const match = route.regex.exec(path);
    if (match) return { route, pathParam: match[1] ?? '' };
  }
  return { route: undefined, pathParam: '' };
}

/** The name a request is counted under in stats, e.g. `GET /Api/R3/Project/{Id}`. */
export function routeKey(method: string, match: RouteMatch): string {
  return `${method} ${match.route?.pattern ?? '(unknown route)'}`;
}

/** Answers a request that passed authentication and rate limiting. */
export function handleApiRequest(state: SandboxState, request: ApiRequest, match: RouteMatch): Reply {
  const { route } = match;
  if (!route) return textReply(404, 'Not Found');
  if (request.method !== 'GET') {
    // The wording of the live probe `ToDo (POST): A metódus nem engedélyezett!` (MAK 08-todo-probe).
    return textReply(405, `${route.entity} (${request.method}): A metódus nem engedélyezett!`, {
      Allow: 'GET',
    });
  }
  return route.handle(state, request, match.pathParam);
}

function category(state: SandboxState): Reply {
  return jsonReply(
    encodePhpJson(new Map(state.schema.modules.map(module => [String(module.def.id), module.def.name]))),
  );
}

function schema(state: SandboxState, _request: ApiRequest, categoryId: string): Reply {
  const body = /^\d+$/.test(categoryId) ? state.schema.render(Number(categoryId)) : undefined;
  if (!body) return textReply(404, `Schema (GET): A modul nem található: ${categoryId}`);
  return jsonReply(encodePhpJson(body));
}

function detail(state: SandboxState, request: ApiRequest, id: string): Reply {
  const card = /^\d+$/.test(id) ? state.store.get(Number(id)) : undefined;
  if (!card) return textReply(404, `Project (GET): Az adatlap nem található: ${id}`);
  return jsonReply(encodePhpJson(renderDetail(card, state.store, request.origin)));
}

function search(state: SandboxState, request: ApiRequest): Reply {
  const plan = planSearch(request.params, state.schema, request.origin);
  if (isSearchRefusal(plan)) return textReply(400, plan.refusal);
  const outcome = runSearch(state.store, plan);
  const body = resultsBody(
    outcome.matches.length,
    outcome.page.map(card => [card.id, renderSummary(card, request.origin)]),
    state.faults.current.emptyResultsAsArray,
  );
  if (state.faults.current.mutateBetweenPages) mutateAfterPage(state, plan, outcome, request.now);
  return jsonReply(body);
}

/**
 * The `mutateBetweenPages` fault: someone edits the CRM while a client pages through a search. A copy of
 * the page's first card appears at a low id (so every later page shifts by one and repeats a card), and
 * the next page's first match is trashed (so it vanishes from the non-trashed result).
 */
function mutateAfterPage(state: SandboxState, plan: SearchPlan, outcome: SearchOutcome, now: number): void {
  const template = outcome.page[0];
  if (!template) return;
  const nowWallTime = formatBudapest(now);
  state.store.insertCopyAtLowId(template, nowWallTime);
  const nextPageFirst: Card | undefined = outcome.matches[(plan.page + 1) * PAGE_SIZE];
  if (nextPageFirst && !plan.trashed) {
    nextPageFirst.deleted = 1;
    nextPageFirst.updatedAt = nowWallTime;
  }
}
