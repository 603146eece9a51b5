/**
 * `article-embed/resolver/worker`: the resolver as a Cloudflare Workers module. Options come
 * from the Worker's environment variables (`ARTICLE_EMBED_ALLOW_HOSTS`, … in `wrangler.toml`'s
 * `[vars]`); see docs/resolver.md. No `node:` import anywhere in its graph.
 *
 * ```toml
 * main = "node_modules/article-embed/dist/resolver/worker.js"
 * ```
 * or, in your own Worker: `export { default } from 'article-embed/resolver/worker';`
 */
import { createResolver, type Resolver } from './edge.js';
import { ENV_NAMES, optionsFromEnv } from './options.js';

let current: { signature: string; resolver: Resolver } | undefined;

/** One resolver per configuration: its memory cache lives as long as the isolate. */
function resolverFor(env: Record<string, unknown>): Resolver {
  const signature = JSON.stringify(Object.values(ENV_NAMES).map((name) => env[name] ?? null));
  if (current?.signature !== signature) current = { signature, resolver: createResolver(optionsFromEnv(env)) };
  return current.resolver;
}

export default {
  async fetch(request: Request, env: Record<string, unknown> = {}): Promise<Response> {
    let resolver: Resolver;
    try {
      resolver = resolverFor(env ?? {});
    } catch (error) {
      // A malformed variable: say which, on every request, until it is fixed.
      const message = error instanceof Error ? error.message : String(error);
      return new Response(JSON.stringify({ error: { code: 'config', message } }), {
        status: 500,
        headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'access-control-allow-origin': '*' },
      });
    }
    return resolver(request);
  },
};
