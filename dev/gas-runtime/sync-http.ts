// Synchronous HTTP for the emulator's UrlFetchApp: a worker thread does the I/O while the caller blocks.
//
// Apps Script's UrlFetchApp is synchronous. Node's HTTP is not, so requests go to a worker thread and the
// calling thread sleeps on Atomics.wait until the worker has answered through a MessagePort. The server must
// live in another thread or process: this thread's event loop is blocked while it waits.
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';

/** A request as the worker sends it. */
export interface WireRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  /** Body bytes, base64 (so binary payloads survive). */
  bodyBase64?: string;
  followRedirects: boolean;
  timeoutMs: number;
}

/** What came back: a response, or the reason none did. */
export type WireOutcome =
  | {
      ok: true;
      status: number;
      headers: Record<string, string | string[]>;
      bodyBase64: string;
      finalUrl: string;
    }
  | { ok: false; error: 'dns' | 'refused' | 'timeout' | 'other'; message: string };

const WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const https = require('node:https');
const signal = new Int32Array(workerData.signal);
const port = workerData.port;

function once(request, redirectsLeft) {
  return new Promise(resolve => {
    let url;
    try { url = new URL(request.url); } catch (e) { return resolve({ ok: false, error: 'other', message: 'Invalid argument: ' + request.url }); }
    const lib = url.protocol === 'https:' ? https : http;
    const body = request.bodyBase64 ? Buffer.from(request.bodyBase64, 'base64') : undefined;
    const headers = Object.assign({}, request.headers);
    if (body) headers['content-length'] = String(body.length);
    const req = lib.request(url, { method: request.method.toUpperCase(), headers, timeout: request.timeoutMs, agent: false }, res => {
      const chunks = [];
      res.on('data', c => chunks.push(c));
      res.on('end', () => {
        const location = res.headers.location;
        if (request.followRedirects && location && [301, 302, 303, 307, 308].includes(res.statusCode) && redirectsLeft > 0) {
          const next = Object.assign({}, request, { url: new URL(location, url).toString() });
          if (res.statusCode === 303) { next.method = 'GET'; delete next.bodyBase64; }
          return resolve(once(next, redirectsLeft - 1));
        }
        resolve({ ok: true, status: res.statusCode, headers: res.headers, bodyBase64: Buffer.concat(chunks).toString('base64'), finalUrl: url.toString() });
      });
      res.on('error', e => resolve({ ok: false, error: 'other', message: String(e.message) }));
    });
    req.on('timeout', () => { req.destroy(); resolve({ ok: false, error: 'timeout', message: 'timeout' }); });
    req.on('error', e => {
      if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') resolve({ ok: false, error: 'dns', message: e.code });
      else if (e.code === 'ECONNREFUSED' || e.code === 'ECONNRESET' || e.code === 'EHOSTUNREACH') resolve({ ok: false, error: 'refused', message: e.code });
      else resolve({ ok: false, error: 'other', message: String(e.message) });
    });
    if (body) req.write(body);
    req.end();
  });
}

parentPort.on('message', async requests => {
  const outcomes = await Promise.all(requests.map(r => once(r, 10)));
  port.postMessage(outcomes);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
`;

/** A synchronous HTTP client backed by one worker thread. Call `close()` when done. */
export class SyncHttpClient {
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private readonly channel = new MessageChannel();
  private readonly worker: Worker;

  constructor() {
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { signal: this.signal.buffer, port: this.channel.port2 },
      transferList: [this.channel.port2],
    });
    this.worker.unref();
  }

  /** Sends the requests in parallel and blocks until all have an outcome. */
  fetchAll(requests: WireRequest[]): WireOutcome[] {
    Atomics.store(this.signal, 0, 0);
    this.worker.postMessage(requests);
    const maxWait = Math.max(...requests.map(r => r.timeoutMs), 1000) + 5000;
    const waited = Atomics.wait(this.signal, 0, 0, maxWait);
    const message = receiveMessageOnPort(this.channel.port1);
    if (!message) throw new Error(`sync-http: no answer from the worker (${waited})`);
    return message.message as WireOutcome[];
  }

  /** Stops the worker thread. */
  async close(): Promise<void> {
    this.channel.port1.close();
    await this.worker.terminate();
  }
}
