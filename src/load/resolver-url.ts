/**
 * Where a card's `src` is fetched from when a resolver is set: `<resolver>article?url=…` for a
 * cross-origin `src` (the resolver reads it server-side and answers with CORS headers), the
 * `src` itself when the page may read it directly.
 */
import { isSameOrigin, vetUrl } from '../safety/url.js';
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
