/**
 * The one fetch path for `src`: vetted URL, no cookies, no referrer, a timeout, a byte cap
 * enforced while streaming (a huge response is never read whole), content-type checks, and
 * one request per URL for all the cards that share it.
 */
import { ArticleError } from '../model/errors.js';
import { vetUrl } from '../safety/url.js';
import type { SourceDocument } from '../sources/types.js';
import { resolverProblem } from './resolver-url.js';
import { ACCEPT, MAX_RESPONSE_BYTES, readDocument, timeoutError } from './read-response.js';

export { MAX_RESPONSE_BYTES };
export const DEFAULT_TIMEOUT = 10_000;

export interface FetchOptions {
  /** Milliseconds before giving up (`timeout`). */
  timeout?: number | undefined;
  /** Byte cap; defaults to `MAX_RESPONSE_BYTES`. */
  maxBytes?: number | undefined;
  /** Ask the server again: skip this module's cache and revalidate the browser's (Retry). */
  fresh?: boolean | undefined;
  /** The URL is a resolver's `/article`: its error answers carry the article's failure. */
  resolver?: boolean | undefined;
}

export interface FetchedDocument {
  doc: SourceDocument;
  /** The final URL after redirects: relative URLs in the document resolve against it. */
  url: string;
}

const CACHE_SIZE = 20;
/** A loaded document is reused for this long (cards added later show it without a request). */
const CACHE_TTL = 5 * 60_000;

/** One request, shared by every card that asked for its URL while it was in flight. */
interface Entry {
  promise: Promise<FetchedDocument>;
  controller: AbortController;
  /** Callers still waiting with a signal; when the last one leaves, the request is aborted. */
  waiting: number;
  /** A caller without a signal keeps the request alive whatever the others do. */
  pinned: boolean;
  settled: boolean;
  expires: number;
}

/** In-flight and recent results per URL: twenty cards with one `src` make one request. */
const cache = new Map<string, Entry>();

function start(url: string, options: FetchOptions): Entry {
  const controller = new AbortController();
  const entry: Entry = { promise: request(url, options, controller), controller, waiting: 0, pinned: false, settled: false, expires: 0 };
  cache.set(url, entry);
  // Oldest first in a Map: keep only the most recent few.
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  entry.promise.then(
    () => {
      entry.settled = true;
      entry.expires = Date.now() + CACHE_TTL;
    },
    () => {
      entry.settled = true;
      // Failures are not cached: the next card, or Retry, asks again.
      if (cache.get(url) === entry) cache.delete(url);
    },
  );
  return entry;
}

/**
 * Fetches and parses `src`. The request is shared by every caller for that URL, so each caller
 * passes its own `signal`: aborting one card does not cancel the request for the others, and
 * the request itself is aborted only when every card waiting for it has gone.
 */
export function fetchDocument(src: string, options: FetchOptions = {}, signal?: AbortSignal): Promise<FetchedDocument> {
  const url = vetUrl(src, 'resource');
  if (!url) return Promise.reject(new ArticleError('blocked-url', 'The src address is not an http(s) URL.', { src }));
  if (signal?.aborted) return Promise.reject(aborted(url));
  let entry = cache.get(url);
  if (entry && (options.fresh || (entry.settled && entry.expires < Date.now()))) {
    cache.delete(url);
    entry = undefined;
  }
  entry ??= start(url, options);
  if (!signal) {
    entry.pinned = true;
    return entry.promise;
  }
  return follow(entry, signal, url);
}

function follow(entry: Entry, signal: AbortSignal, url: string): Promise<FetchedDocument> {
  entry.waiting++;
  return new Promise<FetchedDocument>((resolve, reject) => {
    const onAbort = () => {
      reject(aborted(url));
      leave();
    };
    let left = false;
    const leave = () => {
      if (left) return;
      left = true;
      entry.waiting--;
      signal.removeEventListener('abort', onAbort);
      if (!entry.settled && entry.waiting === 0 && !entry.pinned) {
        // Nobody wants this answer any more: stop the download and forget it.
        entry.controller.abort();
        if (cache.get(url) === entry) cache.delete(url);
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
    entry.promise.then(resolve, reject).finally(leave);
  });
}

function aborted(src: string): ArticleError {
  return new ArticleError('aborted', 'The load was cancelled.', { src });
}

async function request(url: string, options: FetchOptions, controller: AbortController): Promise<FetchedDocument> {
  const timeout = options.timeout && options.timeout > 0 ? options.timeout : DEFAULT_TIMEOUT;
  const maxBytes = options.maxBytes ?? MAX_RESPONSE_BYTES;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  // Why a request failed: the timer, every card leaving, or the network.
  const failure = (cause: unknown): ArticleError => {
    if (cause instanceof ArticleError) return cause;
    if (timedOut) return timeoutError(url, timeout);
    if (controller.signal.aborted) return aborted(url);
    return networkError(url, cause, options.resolver);
  };
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        redirect: 'follow',
        cache: options.fresh ? 'no-cache' : 'default',
        headers: { accept: ACCEPT },
        signal: controller.signal,
      });
    } catch (cause) {
      throw failure(cause);
    }
    if (options.resolver && !response.ok) throw await resolverProblem(response, url);
    let doc: SourceDocument;
    try {
      doc = await readDocument(response, url, maxBytes);
    } catch (cause) {
      throw failure(cause);
    }
    return { doc, url: vetUrl(response.url, 'resource') ?? url };
  } finally {
    clearTimeout(timer);
  }
}

function networkError(src: string, cause: unknown, resolver?: boolean): ArticleError {
  const crossOrigin = new URL(src).origin !== location.origin;
  const message = resolver
    ? 'The request failed: the resolver could not be reached, or it does not allow this site (CORS).'
    : crossOrigin
      ? // The usual cause: an article page without CORS headers. Say what fixes it.
        'The request failed. The server may not allow cross-origin requests (CORS): load it through an article-embed resolver ' +
        '(see docs/resolver.md), or put the article data inline.'
      : 'The request failed: the server could not be reached.';
  return new ArticleError('network', message, { src, cause });
}
