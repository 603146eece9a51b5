/**
 * `npx article-embed-resolver [--port 8787] [--host 127.0.0.1]`: the resolver on Node's HTTP
 * server, with options from `ARTICLE_EMBED_*` environment variables. Prints
 * `article-embed resolver: http://HOST:PORT/` once it listens.
 */
import { parseArgs } from 'node:util';
import { createResolver } from './index.js';
import { optionsFromEnv } from './options.js';
import { serve } from './serve.js';

const USAGE = `Usage: article-embed-resolver [--port 8787] [--host 127.0.0.1]

Fetches article URLs for <article-card> and answers the Article as JSON (docs/resolver.md).
Options come from environment variables: ARTICLE_EMBED_ALLOW_HOSTS, ARTICLE_EMBED_ALLOW_PRIVATE_NETWORKS,
ARTICLE_EMBED_MAX_BYTES, ARTICLE_EMBED_TIMEOUT, ARTICLE_EMBED_CACHE_SECONDS, ARTICLE_EMBED_EMBED_PAGE,
ARTICLE_EMBED_USER_AGENT, ARTICLE_EMBED_PUBLIC_URL, ARTICLE_EMBED_CACHE_ENTRIES.`;

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string', default: '8787' },
        host: { type: 'string', default: '127.0.0.1' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) {
    console.error(`--port must be a port number (0 picks a free one), not "${values.port}".`);
    process.exit(2);
  }
  let resolver;
  try {
    resolver = createResolver(optionsFromEnv(process.env));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const server = await serve(resolver, { port, host: values.host });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  const shown = values.host.includes(':') ? `[${values.host}]` : values.host;
  console.log(`article-embed resolver: http://${shown}:${actual}/`);
  const stop = () => {
    server.close();
    server.closeAllConnections();
    void resolver.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('article-embed resolver:', (error as Error).message ?? error);
  process.exit(1);
});
