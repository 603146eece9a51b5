/**
 * Serves a fetch handler with Node's `http` module: the Node request becomes a `Request`, the
 * `Response` is written back. The resolver answers small JSON bodies and reads no request body,
 * so only the method, the URL and the headers cross over.
 */
import http from 'node:http';

export interface ServeOptions {
  port: number;
  host: string;
}

/** Starts the server; resolves once it listens (`server.address()` then has the real port). */
export function serve(handler: (request: Request) => Promise<Response>, options: ServeOptions): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    void answer(handler, req, res, options);
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

async function answer(
  handler: (request: Request) => Promise<Response>,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  options: ServeOptions,
): Promise<void> {
  try {
    const path = req.url ?? '/';
    if (!path.startsWith('/')) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request\n');
      return;
    }
    const host = req.headers.host && /^[\w.:[\]-]+$/.test(req.headers.host) ? req.headers.host : `${options.host}:${options.port}`;
    const headers = new Headers();
    for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
    const request = new Request(`http://${host}${path}`, { method: req.method ?? 'GET', headers });
    const response = await handler(request);
    const out: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      out[key] = value;
    });
    const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
    if (body) out['content-length'] = String(body.byteLength);
    res.writeHead(response.status, out);
    res.end(body);
  } catch (error) {
    console.error('article-embed resolver:', error);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
    res.end('{"error":{"code":"internal","message":"The resolver failed; see its log."}}');
  }
}
