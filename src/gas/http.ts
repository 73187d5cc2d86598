// UrlFetchApp as the core's Http port: parallel requests with fetchAll, no exceptions for HTTP statuses.
import type { Http, HttpFailure, HttpRequest, HttpResponse } from '../core/ports';

function toParams(request: HttpRequest): GoogleAppsScript.URL_Fetch.URLFetchRequest {
  const params: GoogleAppsScript.URL_Fetch.URLFetchRequest = {
    url: request.url,
    method: request.method,
    headers: request.headers,
    muteHttpExceptions: true,
    followRedirects: true,
  };
  if (request.body !== undefined) {
    params.payload = request.body;
    params.contentType = 'application/json';
  }
  return params;
}

function toResponse(response: GoogleAppsScript.URL_Fetch.HTTPResponse): HttpResponse {
  const headers: Record<string, string> = {};
  const raw = response.getAllHeaders() as Record<string, string | string[]>;
  for (const name of Object.keys(raw)) headers[name] = String(raw[name]);
  return { status: response.getResponseCode(), headers, body: response.getContentText('UTF-8') };
}

function failureOf(error: unknown): HttpFailure {
  return { networkError: error instanceof Error ? error.message : String(error) };
}

/** The Http port over UrlFetchApp. */
export class UrlFetchHttp implements Http {
  fetchAll(requests: HttpRequest[]): (HttpResponse | HttpFailure)[] {
    if (requests.length === 1) return [this.fetchOne(requests[0])];
    try {
      return UrlFetchApp.fetchAll(requests.map(toParams)).map(toResponse);
    } catch {
      // fetchAll throws for the whole batch when one request gets no answer: find out which, one by one.
      return requests.map(request => this.fetchOne(request));
    }
  }

  private fetchOne(request: HttpRequest): HttpResponse | HttpFailure {
    try {
      const { url, ...params } = toParams(request);
      return toResponse(UrlFetchApp.fetch(url, params));
    } catch (error) {
      return failureOf(error);
    }
  }
}
