/**
 * The one fetch path for `src`: vetted URL, no cookies, no referrer, a timeout, a byte cap
 * enforced while streaming (a huge response is never read whole), content-type checks, and
 * one request per URL for all the cards that share it.
 */
import { ArticleError } from '../model/errors.js';
import { vetUrl } from '../safety/url.js';
import type { SourceDocument } from '../sources/types.js';

/** Responses larger than this are refused (`too-large`). */
export const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
export const DEFAULT_TIMEOUT = 10_000;

export interface FetchOptions {
  /** Milliseconds before giving up (`timeout`). */
  timeout?: number;
  /** Byte cap; defaults to `MAX_RESPONSE_BYTES`. */
  maxBytes?: number;
}

export interface FetchedDocument {
  doc: SourceDocument;
  /** The final URL after redirects: relative URLs in the document resolve against it. */
  url: string;
}

const JSON_TYPES = /^application\/(?:[\w.+-]+\+)?json$|^text\/json$/;
const HTML_TYPES = /^text\/html$|^application\/xhtml\+xml$/;
const CACHE_SIZE = 20;

/** In-flight and recent results per URL: twenty cards with one `src` make one request. */
const cache = new Map<string, Promise<FetchedDocument>>();

/** Forgets cached responses (a Retry must really ask the server again). */
export function clearFetchCache(url?: string): void {
  if (url === undefined) cache.clear();
  else cache.delete(url);
}

function remember(key: string, promise: Promise<FetchedDocument>): void {
  cache.set(key, promise);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  // Failures are not cached: the next card, or Retry, asks again.
  promise.catch(() => {
    if (cache.get(key) === promise) cache.delete(key);
  });
}

/**
 * Fetches and parses `src`. The returned promise is shared by every caller for that URL, so
 * each caller passes its own `signal`: aborting one card does not cancel the request for others.
 */
export function fetchDocument(src: string, options: FetchOptions = {}, signal?: AbortSignal): Promise<FetchedDocument> {
  const url = vetUrl(src, 'resource');
  if (!url) return Promise.reject(new ArticleError('blocked-url', 'The src address is not an http(s) URL.', { src }));
  let shared = cache.get(url);
  if (!shared) {
    shared = request(url, options);
    remember(url, shared);
  }
  return signal ? abortable(shared, signal, url) : shared;
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal, src: string): Promise<T> {
  if (signal.aborted) return Promise.reject(new ArticleError('aborted', 'The load was cancelled.', { src }));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new ArticleError('aborted', 'The load was cancelled.', { src }));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function request(url: string, options: FetchOptions): Promise<FetchedDocument> {
  const timeout = options.timeout && options.timeout > 0 ? options.timeout : DEFAULT_TIMEOUT;
  const maxBytes = options.maxBytes ?? MAX_RESPONSE_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        redirect: 'follow',
        headers: { accept: 'application/json, application/feed+json, text/html;q=0.8' },
        signal: controller.signal,
      });
    } catch (cause) {
      if (timedOut) throw timeoutError(url, timeout);
      throw networkError(url, cause);
    }
    if (!response.ok) {
      throw new ArticleError('http', `The server answered ${response.status} ${response.statusText}`.trim() + '.', {
        src: url,
        status: response.status,
      });
    }
    const length = Number(response.headers.get('content-length'));
    if (length > maxBytes) throw tooLarge(url, maxBytes);
    const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    const isJson = JSON_TYPES.test(type);
    const isHtml = HTML_TYPES.test(type);
    if (type && !isJson && !isHtml && type !== 'text/plain') {
      await response.body?.cancel();
      throw new ArticleError('unsupported', `The server sent ${type}, not JSON or HTML.`, { src: url });
    }
    let body: string;
    try {
      body = await readText(response, maxBytes, url);
    } catch (cause) {
      if (timedOut) throw timeoutError(url, timeout);
      throw cause instanceof ArticleError ? cause : networkError(url, cause);
    }
    const finalUrl = vetUrl(response.url, 'resource') ?? url;
    if (isHtml || (!isJson && /^\s*</.test(body))) return { doc: { kind: 'html', text: body }, url: finalUrl };
    try {
      return { doc: { kind: 'json', value: JSON.parse(body) as unknown }, url: finalUrl };
    } catch (cause) {
      throw new ArticleError('bad-json', 'The data is not valid JSON.', { src: url, cause });
    }
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the body as UTF-8 text, stopping (and cancelling the download) past `maxBytes`. */
async function readText(response: Response, maxBytes: number, url: string): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw tooLarge(url, maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function tooLarge(src: string, maxBytes: number): ArticleError {
  return new ArticleError('too-large', `The response is larger than ${Math.round(maxBytes / 1024)} KB.`, { src });
}

function timeoutError(src: string, timeout: number): ArticleError {
  return new ArticleError('timeout', `No complete answer within ${timeout} ms.`, { src });
}

function networkError(src: string, cause: unknown): ArticleError {
  const crossOrigin = new URL(src).origin !== location.origin;
  const message = crossOrigin
    ? 'The request failed. The server may not allow cross-origin requests (CORS); put the article data inline instead.'
    : 'The request failed: the server could not be reached.';
  return new ArticleError('network', message, { src, cause });
}
