/**
 * Serves the resolver with Node's `http` module. The resolver reads no request body and answers
 * small JSON texts, so the Node request is handed over as the three members it reads (method,
 * URL, headers) and the reply is written as it is: no `Request` or `Response` objects on the way,
 * which on a cached article cost more than the answer itself.
 */
import http from 'node:http';
import type { Reply, RequestLike } from './handler.js';

export interface ServeOptions {
  port: number;
  host: string;
}

export interface Replier {
  reply(request: RequestLike): Promise<Reply>;
}

/** Starts the server; resolves once it listens (`server.address()` then has the real port). */
export function serve(resolver: Replier, options: ServeOptions): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    void answer(resolver, req, res, options);
  });
  // Slow clients are not allowed to hold sockets for ever.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

async function answer(resolver: Replier, req: http.IncomingMessage, res: http.ServerResponse, options: ServeOptions): Promise<void> {
  try {
    const path = req.url ?? '/';
    if (!path.startsWith('/')) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request\n');
      return;
    }
    // The Host header names the resolver's public address for /oembed (unless publicUrl is set).
    const host = req.headers.host && /^[\w.:[\]-]+$/.test(req.headers.host) ? req.headers.host : `${options.host}:${options.port}`;
    const reply = await resolver.reply({
      method: req.method ?? 'GET',
      url: `http://${host}${path}`,
      headers: {
        get: (name) => {
          const value = req.headers[name.toLowerCase()];
          return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
        },
      },
    });
    res.writeHead(reply.status, reply.headers);
    res.end(reply.body ?? undefined);
  } catch (error) {
    console.error('article-embed resolver:', error);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
    res.end('{"error":{"code":"internal","message":"The resolver failed; see its log."}}');
  }
}
