// The test server's own routes, served by the test runner's dev server on loopback (a Koa
// middleware: `async (ctx, next)`). Tests load real sample documents and real faults from here:
//
//   /api/sources/<file>        a file of test/fixtures/sources/ (JSON, JSON Feed or HTML)
//   /api/status/<code>         that HTTP status (404, 500, …) with a small error page
//   /api/truncated             application/json cut off in the middle of a document
//   /api/wrong-shape           valid JSON that is no article and no known format
//   /api/image                 a PNG, where JSON was expected
//   /api/latin1                an HTML page in ISO-8859-1 (the charset only in Content-Type)
//   /api/slow?ms=<n>           an article, after n milliseconds (records whether the client hung up)
//   /api/huge                  ~6 MB streamed in chunks, no Content-Length (`&declared` sends one)
//   /api/flaky                 500 the first time for a `tag`, the article after that
//   /api/requests?tag=<tag>    { count, aborted, completed } of the requests made with that tag
//
// Every route takes `tag=<anything>`: requests are counted per tag, so each test uses its own.
// No route sends CORS headers unless asked with `cors`: requested from another origin (the page
// is on localhost, the test asks 127.0.0.1, or the other way round) they really fail as CORS.
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/sources/', import.meta.url));
const HUGE_BYTES = 6 * 1024 * 1024;
const CHUNK = 64 * 1024;
const MAX_SLOW_MS = 20_000;
// A 1×1 transparent PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const ARTICLE = JSON.stringify({
  headline: 'The slow boat arrives',
  url: 'https://ledger.example/slow-boat/',
  body: '<p>It took its time.</p>',
  lang: 'en',
});

/** Per tag: how many requests arrived, how many the client abandoned, how many completed. */
const stats = new Map();
function stat(tag) {
  if (!stats.has(tag)) stats.set(tag, { count: 0, aborted: 0, completed: 0 });
  return stats.get(tag);
}

function typeOf(file) {
  if (file.endsWith('.html')) return 'text/html; charset=utf-8';
  if (file.startsWith('jsonfeed')) return 'application/feed+json; charset=utf-8';
  return 'application/json; charset=utf-8';
}

function send(ctx, status, type, body) {
  ctx.status = status;
  ctx.set('content-type', type);
  ctx.set('cache-control', 'no-store');
  ctx.body = body;
}

/** Watches the connection: was the response abandoned by the client before it was complete? */
function track(ctx, entry) {
  ctx.res.on('close', () => {
    if (ctx.res.writableFinished) entry.completed++;
    else entry.aborted++;
  });
}

const routes = {
  async sources(ctx, name) {
    // A plain file name: letters, digits, dots and dashes, never "..".
    if (!/^[\w-]+(?:\.[\w-]+)*\.(?:json|html)$/.test(name ?? '')) return send(ctx, 404, 'text/plain', 'No such fixture');
    let body;
    try {
      body = await readFile(FIXTURES + name);
    } catch {
      return send(ctx, 404, 'text/plain', 'No such fixture');
    }
    send(ctx, 200, typeOf(name), body);
  },
  status(ctx, code) {
    const status = Number(code);
    if (!(status >= 400 && status <= 599)) return send(ctx, 400, 'text/plain', 'Bad status');
    send(ctx, status, 'text/html; charset=utf-8', `<!doctype html><title>${status}</title><h1>Error ${status}</h1>`);
  },
  truncated(ctx) {
    send(ctx, 200, 'application/json', ARTICLE.slice(0, Math.floor(ARTICLE.length / 2)));
  },
  'wrong-shape'(ctx) {
    send(ctx, 200, 'application/json', JSON.stringify({ status: 'ok', results: [{ id: 1, score: 0.4 }], next: null }));
  },
  latin1(ctx) {
    // An older site: an HTML page in ISO-8859-1, said so only in the Content-Type.
    const page = '<html lang="pt"><head><title>Café, pão e saúde na praça</title></head><body><article><p>Olá!</p></article></body></html>';
    send(ctx, 200, 'text/html; charset=ISO-8859-1', Buffer.from(page, 'latin1'));
  },
  image(ctx) {
    send(ctx, 200, 'image/png', PNG);
  },
  async slow(ctx, _rest, entry) {
    const ms = Math.min(Number(ctx.query.ms) || 2000, MAX_SLOW_MS);
    track(ctx, entry);
    // Wait, but stop waiting as soon as the client hangs up.
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      ctx.req.socket.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    if (ctx.req.socket.destroyed) {
      ctx.respond = false;
      return;
    }
    send(ctx, 200, 'application/json', ARTICLE);
  },
  huge(ctx, _rest, entry) {
    track(ctx, entry);
    // Generated chunk by chunk as the client reads, a little at a time like a real network:
    // never held in memory whole, and a client that stops reading is seen to hang up.
    const head = '{"headline":"Too big","padding":"';
    const tail = '"}';
    const chunks = HUGE_BYTES / CHUNK;
    const chunk = Buffer.alloc(CHUNK, 0x20);
    let pushed = -1;
    const stream = new Readable({
      read() {
        setTimeout(() => {
          if (pushed === -1) this.push(head);
          else if (pushed < chunks) this.push(chunk);
          else {
            this.push(tail);
            this.push(null);
          }
          pushed++;
        }, 4);
      },
    });
    ctx.status = 200;
    ctx.set('content-type', 'application/json');
    ctx.set('cache-control', 'no-store');
    ctx.body = stream;
    if ('declared' in ctx.query) ctx.length = head.length + HUGE_BYTES + tail.length;
    else ctx.remove('content-length');
  },
  flaky(ctx, _rest, entry) {
    if (entry.count === 1) return send(ctx, 500, 'text/plain', 'Temporary failure');
    send(ctx, 200, 'application/json', ARTICLE);
  },
  requests(ctx) {
    const tag = String(ctx.query.tag ?? '');
    const entry = stats.get(tag) ?? { count: 0, aborted: 0, completed: 0 };
    send(ctx, 200, 'application/json', JSON.stringify(entry));
  },
};

export async function testServer(ctx, next) {
  const match = /^\/api\/([\w-]+)(?:\/(.*))?$/.exec(ctx.path);
  const route = match && Object.prototype.hasOwnProperty.call(routes, match[1]) ? routes[match[1]] : undefined;
  if (!route) return next();
  const tag = typeof ctx.query.tag === 'string' ? ctx.query.tag : '';
  const entry = stat(tag);
  if (match[1] !== 'requests') entry.count++;
  if ('cors' in ctx.query) ctx.set('access-control-allow-origin', '*');
  await route(ctx, match[2], entry);
}
