// Small helpers to write plain-text, JSON and CSV responses and to read a request body.

import { IncomingMessage, ServerResponse } from 'node:http';

/** Extra headers a response may carry. */
export type Headers = Record<string, string>;

/** A response before it is written, so the pipeline can still adjust it (faults, latency header). */
export interface Reply {
  status: number;
  contentType: string;
  body: string;
  headers: Headers;
}

const TEXT = 'text/plain; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const CSV = 'text/csv; charset=utf-8';

/** A plain-text reply, as MiniCRM sends for every error. */
export function textReply(status: number, body: string, headers: Headers = {}): Reply {
  return { status, contentType: TEXT, body, headers };
}

/** A JSON reply whose body is already encoded. */
export function jsonReply(body: string, status = 200, headers: Headers = {}): Reply {
  return { status, contentType: JSON_TYPE, body, headers };
}

/** A CSV reply (the shared-filter feed). */
export function csvReply(body: string): Reply {
  return { status: 200, contentType: CSV, body, headers: {} };
}

/** True when the reply is CSV (the CSV faults only touch these). */
export function isCsvReply(reply: Reply): boolean {
  return reply.contentType === CSV;
}

/** True when the reply is JSON (faults that spoil JSON only touch these). */
export function isJsonReply(reply: Reply): boolean {
  return reply.contentType === JSON_TYPE;
}

/** Writes a reply with an exact Content-Length. */
export function writeReply(response: ServerResponse, reply: Reply): void {
  response.writeHead(reply.status, {
    ...reply.headers,
    'Content-Type': reply.contentType,
    'Content-Length': String(Buffer.byteLength(reply.body)),
  });
  response.end(reply.body);
}

/** Reads a request body as UTF-8 text. */
export function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
