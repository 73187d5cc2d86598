// What an /Api route handler gets: the request as the pipeline parsed it, and the handler's own signature.

import { Reply } from './http-io';
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

/** Answers one route; `pathParam` is the `{Id}`-like part of the path, or `""`. */
export type ApiHandler = (state: SandboxState, request: ApiRequest, pathParam: string) => Reply;
