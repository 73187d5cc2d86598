// The MiniCRM R3 read endpoints: Category, Schema/Project/{CategoryId}, Project search and Project/{Id}.

import { Card } from './data';
import { formatBudapest } from './budapest-time';
import { renderDetail, renderSummary } from './card-view';
import { jsonReply, Reply, textReply } from './http-io';
import { encodePhpJson } from './php-json';
import { isSearchRefusal, planSearch, runSearch, SearchOutcome, SearchPlan, PAGE_SIZE } from './search';
import { SandboxState } from './state';

/** What a route handler gets to know about the request. */
export interface ApiRequest {
  readonly method: string;
  readonly params: URLSearchParams;
  /** This server's origin, e.g. `http://127.0.0.1:8787`, for the URLs in responses. */
  readonly origin: string;
  /** The sandbox clock's time of this request. */
  readonly now: number;
}

type Handler = (state: SandboxState, request: ApiRequest, pathParam: string) => Reply;

/** A known API route; `pattern` names it in stats, `entity` in MiniCRM-style error messages. */
interface ApiRoute {
  readonly pattern: string;
  readonly entity: string;
  readonly regex: RegExp;
  readonly handle: Handler;
}

/** A request matched to a route (or not), for dispatch and for the stats key. */
export interface RouteMatch {
  readonly route: ApiRoute | undefined;
  readonly pathParam: string;
}

const ROUTES: readonly ApiRoute[] = [
  { pattern: '/Api/R3/Category', entity: 'Category', regex: /^\/Api\/R3\/Category$/, handle: category },
  {
    pattern: '/Api/R3/Schema/Project/{CategoryId}',
    entity: 'Schema',
    regex: /^\/Api\/R3\/Schema\/Project\/([^/]+)$/,
    handle: schema,
  },
  { pattern: '/Api/R3/Project', entity: 'Project', regex: /^\/Api\/R3\/Project$/, handle: search },
  {
    pattern: '/Api/R3/Project/{Id}',
    entity: 'Project',
    regex: /^\/Api\/R3\/Project\/([^/]+)$/,
    handle: detail,
  },
];

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
  const results =
    outcome.page.length === 0 && state.faults.current.emptyResultsAsArray
      ? []
      : new Map(outcome.page.map(card => [String(card.id), renderSummary(card, request.origin)]));
  const body = encodePhpJson(
    new Map<string, unknown>([
      ['Count', outcome.matches.length],
      ['Results', results],
    ]),
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
