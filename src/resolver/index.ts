/**
 * `article-embed/resolver` for Node (and other servers with Node's `net`): the handler with the
 * guarded undici fetch and the in-memory cache. Mount it in any server that speaks `fetch`
 * (`Request → Response`), or run `npx article-embed-resolver`.
 *
 * ```js
 * import { createResolver } from 'article-embed/resolver';
 * const resolver = createResolver({ allowHosts: 'news.example, *.news.example' });
 * const response = await resolver(new Request('http://localhost/article?url=https://news.example/story'));
 * ```
 */
import { createHandler, type Reply, type RequestLike, type ResolverHandler } from './handler.js';
import { guardedAgent, nodeFetch, type LookupAll } from './node-fetch.js';
import { resolveOptions, type ResolverOptions } from './options.js';
import { parseHtml } from './parse-html.js';
import { nodeReader } from './node-reader.js';

export type { ResolverOptions, ResolverHandler, Reply, RequestLike };
export type { ResolverErrorCode } from './handler.js';
export type { LookupAll, LookupAddress } from './node-fetch.js';
export { optionsFromEnv, ENV_NAMES } from './options.js';

export interface NodeResolverOptions extends ResolverOptions {
  /**
   * The DNS lookup (default: the system's, `dns.lookup`). Every address it answers is checked
   * before a socket is opened: a custom lookup cannot widen what is fetched.
   */
  lookup?: LookupAll | undefined;
}

/** The resolver: a fetch handler, and `close()` to end its upstream connections. */
export type Resolver = ResolverHandler & {
  /**
   * The same answer as plain data, for a Node server that writes it itself: no `Request` or
   * `Response` objects are made (they cost more than the answer on a cached article).
   */
  reply(request: RequestLike): Promise<Reply>;
  close(): Promise<void>;
};

/**
 * Makes a resolver. Throws a `TypeError` naming the option when one is malformed.
 */
export function createResolver(options: NodeResolverOptions = {}): Resolver {
  const resolved = resolveOptions(options);
  const agent = guardedAgent({ allowHosts: resolved.allowHosts, allowPrivateNetworks: resolved.allowPrivateNetworks }, options.lookup);
  // HTML pages are read in worker threads: a big page never holds up the other requests.
  const reader = nodeReader(resolved.timeout);
  const handler = createHandler(resolved, { fetch: nodeFetch(agent), parseHtml, read: reader.read });
  const resolver = (request: Request) => handler(request);
  return Object.assign(resolver, { reply: handler.reply, close: async () => void (await Promise.all([agent.close(), reader.close()])) });
}
