/**
 * `article-embed/resolver` on Workers (and other runtimes without Node's `net`, picked by the
 * `workerd` and `worker` export conditions): the same handler with the runtime's own `fetch`
 * and, where there is one, the Cache API as a shared cache. Such platforms do not let a fetch
 * reach private networks; the URL guard applies all the same (every hop).
 */
import { createHandler, type ResolverHandler } from './handler.js';
import { resolveOptions, type ResolverOptions } from './options.js';
import { parseHtml } from './parse-html.js';
import { cacheApi } from './cache-api.js';

export type { ResolverOptions, ResolverHandler };
export type { ResolverErrorCode } from './handler.js';
export { optionsFromEnv, ENV_NAMES } from './options.js';

export type Resolver = ResolverHandler & { close(): Promise<void> };

export function createResolver(options: ResolverOptions = {}): Resolver {
  const resolved = resolveOptions(options);
  const handler = createHandler(resolved, {
    fetch: (url, init) => fetch(url, init),
    parseHtml,
    sharedCache: cacheApi(),
  });
  const resolver = (request: Request) => handler(request);
  return Object.assign(resolver, { close: () => Promise.resolve() });
}
