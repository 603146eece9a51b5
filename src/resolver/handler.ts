/**
 * The resolver's fetch handler (WinterCG `Request → Response`), the same on every platform:
 *
 *   GET /article?url=…[&format=…][&item=…]   the native Article JSON
 *   GET /oembed?url=…&format=json[&maxwidth=…][&maxheight=…]   an oEmbed 1.0 `rich` response
 *   GET /health                               200
 *   OPTIONS *                                 CORS preflight
 *
 * The routes are matched on the last path segment, so the handler can be mounted under any
 * prefix (`https://example.com/embed-resolver/article`). A platform gives it a `fetch` (guarded
 * in Node), an HTML parser, and optionally a shared cache.
 */
import type { Article } from '../model/article.js';
import { ArticleError, type ArticleErrorCode } from '../model/errors.js';
import type { SourceFormat } from '../sources/index.js';
import type { ParseHtml } from '../sources/types.js';
import { oembedResponse, type OEmbedOptions } from '../hosted/oembed-response.js';
import { checkTarget, type GuardPolicy } from './guard.js';
import type { ResolvedOptions } from './options.js';
import { remaining, Store, type Entry, type SharedCache } from './store.js';
import { fetchUpstream, type FetchLike } from './upstream.js';
import { readArticle, type Reader } from './read.js';

export interface Platform {
  fetch: FetchLike;
  parseHtml: ParseHtml;
  /** How documents are read (default: inline, with `parseHtml`). */
  read?: Reader | undefined;
  sharedCache?: SharedCache | undefined;
}

export type ResolverHandler = (request: Request) => Promise<Response>;

/** What the handler reads of a request: a `Request`, or a lighter object with the same three members. */
export interface RequestLike {
  method: string;
  url: string;
  headers: { get(name: string): string | null };
}

/** An answer before it becomes a `Response` (the Node server writes it without one). */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

/** Error codes of the resolver: the loader's, and those about the request itself. */
export type ResolverErrorCode = Exclude<ArticleErrorCode, 'aborted'> | 'bad-request' | 'not-found' | 'method-not-allowed';

const STATUS: Record<ResolverErrorCode, number> = {
  'bad-request': 400,
  'blocked-url': 403,
  'not-found': 404,
  'no-article': 404,
  'method-not-allowed': 405,
  'too-large': 413,
  unsupported: 415,
  http: 502,
  network: 502,
  'bad-json': 502,
  timeout: 504,
  // A failure of the resolver itself (a bug), never of the article or its server.
  internal: 500,
};

/** Failures that say something lasting about the URL: cached briefly. Others (timeouts, 5xx) are not. */
const LASTING = new Set<string>(['blocked-url', 'no-article', 'too-large', 'unsupported', 'bad-json']);
/** Seconds a lasting failure is cached. */
const ERROR_TTL = 60;

const FORMATS = new Set<SourceFormat>(['native', 'wordpress', 'jsonfeed', 'oembed', 'html']);
const MAX_ITEM_LENGTH = 200;

/**
 * Headers of every answer. The body of an Article is the publisher's HTML, unsanitized (the
 * browser sanitizes it when it renders): `nosniff` and a CSP that allows nothing make sure the
 * resolver's own origin never renders it, whatever a browser is told to open.
 */
const BASE_HEADERS: Record<string, string> = {
  'content-type': 'application/json; charset=utf-8',
  'access-control-allow-origin': '*',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'; sandbox",
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'cross-origin',
};

function errorBody(code: ResolverErrorCode, message: string, status?: number): string {
  return JSON.stringify({ error: status ? { code, message, status } : { code, message } });
}

function respond(request: RequestLike, status: number, body: string, headers: Record<string, string>): Reply {
  return { status, headers: { ...BASE_HEADERS, ...headers }, body: request.method === 'HEAD' || status === 304 ? null : body };
}

function problem(request: RequestLike, code: ResolverErrorCode, message: string, cacheControl = 'no-store'): Reply {
  return respond(request, STATUS[code], errorBody(code, message), { 'cache-control': cacheControl });
}

const encoder = new TextEncoder();

/** A strong ETag of a body: the first 128 bits of its SHA-256, base64url. */
async function etagOf(body: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(body)));
  const b64 = btoa(String.fromCharCode(...digest.subarray(0, 16)));
  return `"${b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}"`;
}

/** True when `If-None-Match` names `etag` (or is `*`). Weak comparison, as RFC 9110 asks for GET. */
function notModified(request: RequestLike, etag: string): boolean {
  const header = request.headers.get('if-none-match');
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === bare);
}

function cacheControl(entry: Entry): string {
  const age = remaining(entry);
  return age > 0 ? `public, max-age=${age}` : 'no-cache';
}

/** Answers from an entry: 304 when the client has it, the entry otherwise. */
function fromEntry(request: RequestLike, entry: Entry, etag = entry.etag, body = entry.body): Reply {
  const headers = { 'cache-control': cacheControl(entry), etag };
  return notModified(request, etag) ? respond(request, 304, '', headers) : respond(request, entry.status, body, headers);
}

/** The key of an article request in the caches. */
function keyOf(url: URL, format: SourceFormat | undefined, item: string | undefined): string {
  return JSON.stringify([url.href, format ?? '', item ?? '']);
}

function isReply(value: Entry | Reply): value is Reply {
  return 'headers' in value;
}

/** A reply as a `Response`. */
export function toResponse(reply: Reply): Response {
  return new Response(reply.body, { status: reply.status, headers: reply.headers });
}

export interface Handler {
  /** The fetch handler. */
  (request: Request): Promise<Response>;
  /** The same, without `Response` objects: for servers that write replies themselves. */
  reply(request: RequestLike): Promise<Reply>;
  store: Store;
}

export function createHandler(options: ResolvedOptions, platform: Platform): Handler {
  const policy: GuardPolicy = { allowHosts: options.allowHosts, allowPrivateNetworks: options.allowPrivateNetworks };
  const reader: Reader = platform.read ?? ((job) => Promise.resolve(readArticle(job, platform.parseHtml)));

  /** Fetches, reads and normalizes one article into an entry (thrown: failures worth no caching). */
  const compute = async (key: string, stale: Entry | undefined): Promise<Entry> => {
    const [href, format, item] = JSON.parse(key) as [string, string, string];
    const made = async (status: number, body: string, ttl: number, validators?: Entry['validators']): Promise<Entry> => ({
      status,
      body,
      etag: await etagOf(body),
      ttl,
      created: Date.now(),
      validators,
    });
    const failed = (error: ArticleError): Promise<Entry> => {
      if (!LASTING.has(error.code) && !(error.code === 'http' && error.status !== undefined && error.status < 500)) throw error;
      return made(
        STATUS[error.code as ResolverErrorCode] ?? 502,
        errorBody(error.code as ResolverErrorCode, error.message, error.status),
        Math.min(ERROR_TTL, options.cacheSeconds),
      );
    };
    let result;
    try {
      result = await fetchUpstream(new URL(href), {
        fetch: platform.fetch,
        policy,
        maxBytes: options.maxBytes,
        timeout: options.timeout,
        userAgent: options.userAgent,
        validators: stale?.status === 200 ? stale.validators : undefined,
      });
    } catch (error) {
      if (error instanceof ArticleError) return failed(error);
      throw error;
    }
    if (result.status === 'not-modified') return { ...stale!, created: Date.now(), ttl: options.cacheSeconds };
    const read = await reader({
      doc: result.doc,
      base: result.url,
      format: (format || undefined) as SourceFormat | undefined,
      item: item || undefined,
    });
    if ('error' in read) return failed(new ArticleError(read.error.code, read.error.message, { src: href, status: read.error.status }));
    const article = read.article;
    return made(200, JSON.stringify(article), options.cacheSeconds, result.validators);
  };

  const store = new Store(compute, options.cacheEntries, platform.sharedCache);

  /** The entry for an article request, or an error answer. */
  const articleEntry = async (request: RequestLike, params: URLSearchParams, origin: string): Promise<Entry | Reply> => {
    const target = checkTarget(params.get('url'), policy);
    if ('status' in target) {
      const code = target.status === 400 ? 'bad-request' : 'blocked-url';
      return problem(request, code, target.message, `public, max-age=${Math.min(ERROR_TTL, options.cacheSeconds)}`);
    }
    const format = params.get('format') ?? undefined;
    if (format !== undefined && !FORMATS.has(format as SourceFormat)) {
      return problem(request, 'bad-request', `format must be one of ${[...FORMATS].join(', ')}.`);
    }
    const item = params.get('item') ?? undefined;
    if (item !== undefined && item.length > MAX_ITEM_LENGTH) return problem(request, 'bad-request', 'item is too long.');
    try {
      return await store.get(keyOf(target.url, format as SourceFormat | undefined, item), origin);
    } catch (error) {
      if (error instanceof ArticleError) {
        const code = (error.code === 'aborted' ? 'network' : error.code) as ResolverErrorCode;
        return respond(request, STATUS[code], errorBody(code, error.message, error.status), { 'cache-control': 'no-store' });
      }
      throw error;
    }
  };

  const article = async (request: RequestLike, url: URL): Promise<Reply> => {
    const entry = await articleEntry(request, url.searchParams, url.origin);
    return isReply(entry) ? entry : fromEntry(request, entry);
  };

  const oembed = async (request: RequestLike, url: URL): Promise<Reply> => {
    const params = url.searchParams;
    const format = params.get('format');
    // oEmbed 1.0: a format the provider does not serve is 501.
    if (format !== null && format !== 'json') {
      return respond(request, 501, errorBody('unsupported', 'Only format=json is served.'), { 'cache-control': 'no-store' });
    }
    if (!options.embedPage) {
      return respond(
        request,
        501,
        errorBody('unsupported', 'This resolver has no embedPage: set the embedPage option (ARTICLE_EMBED_EMBED_PAGE).'),
        {
          'cache-control': 'no-store',
        },
      );
    }
    const size = (name: string): number | undefined | Reply => {
      const value = params.get(name);
      if (value === null) return undefined;
      const n = Number(value);
      return /^\d+$/.test(value) && n > 0 ? n : problem(request, 'bad-request', `${name} must be a positive whole number.`);
    };
    const maxWidth = size('maxwidth');
    const maxHeight = size('maxheight');
    if (typeof maxWidth === 'object') return maxWidth;
    if (typeof maxHeight === 'object') return maxHeight;
    const articleParams = new URLSearchParams();
    if (params.has('url')) articleParams.set('url', params.get('url')!);
    const entry = await articleEntry(request, articleParams, url.origin);
    if (isReply(entry)) return entry;
    if (entry.status !== 200) return fromEntry(request, entry);
    const data = JSON.parse(entry.body) as Article;
    const requested = new URL(params.get('url')!.trim()).href;
    const base = options.publicUrl ?? new URL('.', url).href;
    const dataUrl = new URL('article', base);
    dataUrl.searchParams.set('url', requested);
    const http = (value: string | undefined) => (value && /^https?:/.test(value) ? value : undefined);
    const width = Math.min(600, maxWidth ?? 600);
    const height = Math.min(400, maxHeight ?? 400);
    const embed: OEmbedOptions = {
      url: http(data.url) ?? requested,
      title: data.headline,
      dataUrl: dataUrl.href,
      embedPageUrl: options.embedPage,
      providerName: data.publisher?.name,
      providerUrl: http(data.publisher?.url),
      authorName: data.authors[0]?.name,
      authorUrl: http(data.authors[0]?.url),
      thumbnailUrl: data.image?.url,
      thumbnailWidth: data.image?.width,
      thumbnailHeight: data.image?.height,
      lang: data.lang,
      width,
      height,
    };
    const body = JSON.stringify({ ...oembedResponse(embed), cache_age: remaining(entry) });
    // The body carries a fresh per-embed secret each time: its ETag follows the article and the size.
    return fromEntry(request, entry, `W/${entry.etag.slice(0, -1)}-${width}x${height}"`, body);
  };

  const reply = async (request: RequestLike): Promise<Reply> => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return problem(request, 'bad-request', 'The request URL is not valid.');
    }
    if (request.method === 'OPTIONS') {
      return {
        status: 204,
        headers: {
          'access-control-allow-origin': '*',
          'access-control-allow-methods': 'GET, HEAD, OPTIONS',
          'access-control-allow-headers': '*',
          'access-control-max-age': '86400',
        },
        body: null,
      };
    }
    const route = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const answer = problem(request, 'method-not-allowed', `${request.method} is not served: use GET.`);
      answer.headers.allow = 'GET, HEAD, OPTIONS';
      return answer;
    }
    switch (route) {
      case 'article':
        return article(request, url);
      case 'oembed':
        return oembed(request, url);
      case 'health':
        return respond(request, 200, '{"ok":true}', { 'cache-control': 'no-store' });
      case '':
        return respond(
          request,
          200,
          JSON.stringify({ name: 'article-embed resolver', endpoints: ['article?url=', 'oembed?url=', 'health'] }),
          {
            'cache-control': 'no-store',
          },
        );
      default:
        return problem(request, 'not-found', `No such endpoint: /${route}. Try /article?url=…`);
    }
  };
  const handler = async (request: Request): Promise<Response> => toResponse(await reply(request));
  return Object.assign(handler, { reply, store });
}
