/**
 * Real servers on loopback for the resolver tests:
 *
 * - an upstream (`startUpstream`): article pages and documents without CORS headers, and the
 *   faults a resolver meets (redirects, slow, huge, wrong types, errors, ETags); it counts
 *   requests per `tag` query parameter, and each test uses its own tag;
 * - a private target (`startCounter`): a TCP server that counts the connections it receives,
 *   to prove that a refused URL never reached it;
 * - `loopbackPort80`: a random address in 127.0.0.0/8 on port 80, so that a URL naming it
 *   needs no port (the port rule would otherwise refuse it before the address rule is tested).
 */
import http from 'node:http';
import net from 'node:net';
import { FEED, NATIVE, NO_HEADLINE, OEMBED, PAGE_FA, PAGE_HOSTILE, PAGE_LATIN1, PAGE_PT, WORDPRESS } from './fixtures.js';

export interface Stat {
  count: number;
  /** Requests that came with `If-None-Match`. */
  conditional: number;
  /** Responses the client hung up on before they were complete. */
  aborted: number;
  completed: number;
  /** The request headers of the last request, as received. */
  headers?: http.IncomingHttpHeaders;
}

export interface Upstream {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** `127.0.0.1:PORT` */
  host: string;
  port: number;
  address: string;
  stat(tag: string): Stat;
  /** Resolves when a response for `tag` has closed (completed or abandoned). */
  closed(tag: string): Promise<Stat>;
  /** TCP connections accepted so far. */
  connections(): number;
  close(): Promise<void>;
}

const HUGE_BYTES = 8 * 1024 * 1024;
const CHUNK = 64 * 1024;
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

function json(value: unknown): [string, string] {
  return ['application/json; charset=utf-8', JSON.stringify(value)];
}

const DOCUMENTS: Record<string, [string, string | Buffer]> = {
  '/page/fa': ['text/html; charset=utf-8', PAGE_FA],
  '/page/pt': ['text/html; charset=utf-8', PAGE_PT],
  // The charset only in Content-Type, as old pages do.
  // The en dash is byte 0x96 in windows-1252; « and » are the same bytes as in ISO-8859-1.
  '/page/latin1': ['text/html; charset=windows-1252', Buffer.from(PAGE_LATIN1.replace(/–/g, '\x96'), 'latin1')],
  '/page/hostile': ['text/html; charset=utf-8', PAGE_HOSTILE],
  // Some 300 KB of article: a second or so of parsing.
  '/page/big': [
    'text/html; charset=utf-8',
    `<!doctype html><html lang="en"><head><title>A very long read</title></head><body><article>${'<p>Paragraph after paragraph, <a href="/more">with links</a>.</p>'.repeat(4_500)}</article></body></html>`,
  ],
  '/page/empty': ['text/html; charset=utf-8', '<!doctype html><html><head></head><body><p>Nothing here.</p></body></html>'],
  '/json/native': json(NATIVE),
  '/json/feed': ['application/feed+json', JSON.stringify(FEED)],
  '/json/oembed': json(OEMBED),
  '/json/wordpress': json(WORDPRESS),
  '/json/no-headline': json(NO_HEADLINE),
  '/truncated': ['application/json', JSON.stringify(NATIVE).slice(0, 40)],
  '/image': ['image/png', PNG],
};

export async function startUpstream(address = '127.0.0.1', port = 0): Promise<Upstream> {
  const stats = new Map<string, Stat>();
  const waiting = new Map<string, Array<(stat: Stat) => void>>();
  const stat = (tag: string): Stat => {
    let s = stats.get(tag);
    if (!s) stats.set(tag, (s = { count: 0, conditional: 0, aborted: 0, completed: 0 }));
    return s;
  };
  let connections = 0;

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://upstream.test');
    const tag = url.searchParams.get('tag') ?? '';
    const s = stat(tag);
    s.count++;
    s.headers = req.headers;
    if (req.headers['if-none-match']) s.conditional++;
    res.on('close', () => {
      if (res.writableFinished) s.completed++;
      else s.aborted++;
      for (const resolve of waiting.get(tag)?.splice(0) ?? []) resolve(s);
    });
    const route = url.pathname;
    const document = DOCUMENTS[route];
    if (document) {
      res.writeHead(200, { 'content-type': document[0] });
      res.end(document[1]);
      return;
    }
    if (route.startsWith('/status/')) {
      const code = Number(route.slice('/status/'.length));
      res.writeHead(code, { 'content-type': 'text/html' });
      res.end(`<!doctype html><title>${code}</title>`);
      return;
    }
    if (route === '/redirect') {
      // `to`: where; `status`: which redirect (302 by default).
      res.writeHead(Number(url.searchParams.get('status') ?? 302), { location: url.searchParams.get('to') ?? '/' });
      res.end();
      return;
    }
    if (route === '/chain') {
      // `n` redirects in a row, then the native article.
      const n = Number(url.searchParams.get('n'));
      if (n > 0) {
        res.writeHead(301, { location: `/chain?n=${n - 1}&tag=${encodeURIComponent(tag)}` });
        res.end();
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(NATIVE));
      }
      return;
    }
    if (route === '/etag') {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304, { etag: '"v1"' });
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json', etag: '"v1"' });
      res.end(JSON.stringify(NATIVE));
      return;
    }
    if (route === '/flaky') {
      // 500 the first time for a tag, the article after that.
      if (s.count === 1) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('try again');
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(NATIVE));
      }
      return;
    }
    if (route === '/slow') {
      // Never answers: the client gives up (or the server closes).
      return;
    }
    if (route === '/huge') {
      const declared = url.searchParams.has('declared');
      res.writeHead(200, { 'content-type': 'application/json', ...(declared ? { 'content-length': String(HUGE_BYTES) } : {}) });
      const chunk = Buffer.alloc(CHUNK, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < HUGE_BYTES && !res.destroyed) {
          sent += CHUNK;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        if (!res.destroyed) res.end();
      };
      // Declared: the headers go out, the body never comes (the client must not wait for it).
      if (declared) res.flushHeaders();
      else pump();
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('no such route');
  });
  server.on('connection', () => connections++);
  await listen(server, address, port);
  const actualPort = (server.address() as net.AddressInfo).port;
  const host = `${address.includes(':') ? `[${address}]` : address}${actualPort === 80 ? '' : `:${actualPort}`}`;
  return {
    origin: `http://${host}`,
    host,
    port: actualPort,
    address,
    stat,
    closed: (tag) =>
      new Promise((resolve) => {
        const list = waiting.get(tag) ?? [];
        list.push(resolve);
        waiting.set(tag, list);
      }),
    connections: () => connections,
    close: () => close(server),
  };
}

export interface Counter {
  address: string;
  port: number;
  connections(): number;
  close(): Promise<void>;
}

/** A TCP server that counts connections and answers nothing: the private target. */
export async function startCounter(address = '127.0.0.1', port = 0): Promise<Counter> {
  let connections = 0;
  const server = net.createServer((socket) => {
    connections++;
    socket.destroy();
  });
  await listen(server, address, port);
  return { address, port: (server.address() as net.AddressInfo).port, connections: () => connections, close: () => close(server) };
}

/**
 * Runs `start` on a random 127.a.b.c address, port 80 (other runs on this machine may hold
 * one: another address is tried). Binding port 80 needs root or CAP_NET_BIND_SERVICE.
 */
export async function onLoopbackPort80<T>(start: (address: string) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const address = `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 250)}`;
    try {
      return await start(address);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'EADDRINUSE' && attempt < 20) continue;
      if (code === 'EACCES') {
        throw new Error('These tests bind port 80 on a loopback address: run them as root (as CI does) or with CAP_NET_BIND_SERVICE.', {
          cause: error,
        });
      }
      throw error;
    }
  }
}

function listen(server: net.Server, address: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, address, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function close(server: net.Server): Promise<void> {
  (server as http.Server).closeAllConnections?.();
  return new Promise((resolve) => server.close(() => resolve()));
}

let counter = 0;
/** A tag no other test uses: requests (and the resolver's cache keys) stay apart. */
export function newTag(name: string): string {
  counter++;
  return `${name}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}
