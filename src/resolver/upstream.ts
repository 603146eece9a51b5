/**
 * One upstream fetch: redirects followed by hand (at most five), each hop checked by the URL
 * guard before it is requested; no cookies and no headers of the client's passed on, only an
 * `Accept` and a clear `User-Agent`; one timeout for the whole chain; the body read with the
 * browser's own reader (byte cap while streaming, content types, charset, `JSON.parse`).
 * The `fetch` is the platform's: undici through the guarded agent in Node, the runtime's on Workers.
 */
import { ArticleError } from '../model/errors.js';
import { ACCEPT, discard, readDocument, timeoutError } from '../load/read-response.js';
import type { SourceDocument } from '../sources/types.js';
import { BlockedUrlError, refusal, type GuardPolicy } from './guard.js';

export interface FetchInit {
  method: 'GET';
  headers: Record<string, string>;
  redirect: 'manual';
  signal: AbortSignal;
}

/** The one thing the resolver needs of a platform's `fetch`. */
export type FetchLike = (url: string, init: FetchInit) => Promise<Response>;

/** The upstream validators of a cached copy, for a conditional refresh. */
export interface Validators {
  /** The URL they belong to (the last hop of the earlier fetch). */
  url: string;
  etag?: string | undefined;
  lastModified?: string | undefined;
}

export interface UpstreamOptions {
  fetch: FetchLike;
  policy: GuardPolicy;
  maxBytes: number;
  timeout: number;
  userAgent: string;
  validators?: Validators | undefined;
}

export type UpstreamResult = { status: 'ok'; doc: SourceDocument; url: string; validators: Validators } | { status: 'not-modified' };

/** Redirects followed before giving up. */
export const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** The `BlockedUrlError` somewhere in an error's `cause` chain (undici wraps the connector's). */
function blockedCause(error: unknown): BlockedUrlError | undefined {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof BlockedUrlError) return e;
  }
  return undefined;
}

/** A short reason for a network failure: the system's error code when there is one. */
function reason(error: unknown): string {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return code;
  }
  return error instanceof Error ? error.message : 'unknown error';
}

export async function fetchUpstream(start: URL, options: UpstreamOptions): Promise<UpstreamResult> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeout);
  const failure = (cause: unknown, url: string): ArticleError => {
    if (cause instanceof ArticleError) return cause;
    const blocked = blockedCause(cause);
    if (blocked) return new ArticleError('blocked-url', `This resolver does not fetch that URL: ${blocked.message}.`, { src: start.href });
    if (timedOut) return timeoutError(start.href, options.timeout);
    return new ArticleError('network', `The request to ${new URL(url).host} failed (${reason(cause)}).`, { src: start.href, cause });
  };
  let url = start;
  try {
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = { accept: ACCEPT, 'user-agent': options.userAgent };
      const validators = options.validators;
      if (validators && validators.url === url.href) {
        if (validators.etag) headers['if-none-match'] = validators.etag;
        if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
      }
      let response: Response;
      try {
        response = await options.fetch(url.href, { method: 'GET', headers, redirect: 'manual', signal: controller.signal });
      } catch (cause) {
        throw failure(cause, url.href);
      }
      if (REDIRECTS.has(response.status)) {
        await discard(response);
        const location = response.headers.get('location');
        let next: URL | undefined;
        try {
          next = location ? new URL(location, url) : undefined;
        } catch {
          next = undefined;
        }
        if (!next)
          throw new ArticleError('http', `The server answered ${response.status} without a usable Location.`, {
            src: start.href,
            status: response.status,
          });
        if (hop >= MAX_REDIRECTS)
          throw new ArticleError('http', `The server redirected more than ${MAX_REDIRECTS} times.`, {
            src: start.href,
            status: response.status,
          });
        // Every hop is checked before it is requested, as the first URL was.
        const why = refusal(next, options.policy);
        if (why)
          throw new ArticleError(
            'blocked-url',
            `This resolver does not fetch that URL: it redirects to ${next.host || next.protocol}, and ${why}.`,
            { src: start.href },
          );
        url = next;
        continue;
      }
      if (response.status === 304 && validators) {
        await discard(response);
        return { status: 'not-modified' };
      }
      let doc: SourceDocument;
      try {
        doc = await readDocument(response, url.href, options.maxBytes);
      } catch (cause) {
        throw failure(cause, url.href);
      }
      return {
        status: 'ok',
        doc,
        url: url.href,
        validators: {
          url: url.href,
          etag: response.headers.get('etag') ?? undefined,
          lastModified: response.headers.get('last-modified') ?? undefined,
        },
      };
    }
  } finally {
    clearTimeout(timer);
  }
}
