/**
 * Where a card's `src` is fetched from when a resolver is set: `<resolver>article?url=…` for a
 * cross-origin `src` (the resolver reads it server-side and answers with CORS headers), the
 * `src` itself when the page may read it directly.
 */
import { ArticleError, type ArticleErrorCode } from '../model/errors.js';
import { isSameOrigin, vetUrl } from '../safety/url.js';
import { discard } from './read-response.js';
import type { SourceRequest } from './source-controller.js';

/** The resolver URL for `request`, or `undefined` when `src` is fetched directly. */
export function throughResolver(request: SourceRequest): string | undefined {
  if (!request.resolver) return undefined;
  const src = vetUrl(request.src, 'resource');
  const resolver = vetUrl(request.resolver, 'resource');
  if (!src || !resolver || isSameOrigin(src)) return undefined;
  const endpoint = new URL('article', resolver.endsWith('/') ? resolver : `${resolver}/`);
  endpoint.searchParams.set('url', src);
  if (request.format) endpoint.searchParams.set('format', request.format);
  if (request.item) endpoint.searchParams.set('item', request.item);
  return endpoint.href;
}

/** The codes a resolver's error answer may carry that mean the same on the card. */
const CARD_CODES = new Set<ArticleErrorCode>([
  'http',
  'timeout',
  'too-large',
  'bad-json',
  'unsupported',
  'no-article',
  'network',
  'blocked-url',
]);
/** A resolver's error answer is a few hundred bytes; anything larger is not one. */
const MAX_PROBLEM_LENGTH = 16 * 1024;

/**
 * The error a resolver's failed answer stands for. The resolver answers
 * `{"error":{"code","message","status"?}}` with the loader's codes, so a card behind a resolver
 * reports the article's failure (`timeout`, `blocked-url`, the upstream's HTTP status), not
 * "the resolver answered 504". Anything else is the resolver's own `http` failure.
 */
export async function resolverProblem(response: Response, src: string): Promise<ArticleError> {
  const fallback = new ArticleError('http', `The resolver answered ${response.status} ${response.statusText}`.trim() + '.', {
    src,
    status: response.status,
  });
  if (!/json/i.test(response.headers.get('content-type') ?? '')) {
    await discard(response);
    return fallback;
  }
  try {
    const text = await response.text();
    if (text.length > MAX_PROBLEM_LENGTH) return fallback;
    const error: unknown = (JSON.parse(text) as { error?: unknown } | null)?.error;
    if (!error || typeof error !== 'object') return fallback;
    const { code, message, status } = error as { code?: unknown; message?: unknown; status?: unknown };
    if (typeof code !== 'string' || typeof message !== 'string' || !CARD_CODES.has(code as ArticleErrorCode)) return fallback;
    const upstreamStatus = typeof status === 'number' && Number.isInteger(status) ? status : undefined;
    return new ArticleError(code as ArticleErrorCode, message.slice(0, 500), { src, status: upstreamStatus });
  } catch (cause) {
    return new ArticleError('http', fallback.message, { src, status: response.status, cause });
  }
}
