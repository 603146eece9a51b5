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
//   /api/held                  an article, held until the test calls /api/release for the tag (or the
//                              client hangs up): a load that stays in flight exactly as long as a test needs
//   /api/release?tag=<tag>     lets every held request of that tag (and later ones) answer
//   /api/huge                  a JSON document streamed in chunks with no Content-Length and no end a
//                              client could reach: it stops when the client hangs up (or after 64 MB);
//                              `&declared` sends 6 MB with a Content-Length
//   /api/flaky                 500 the first time for a `tag`, the article after that
//   /api/requests?tag=<tag>    { count, aborted, completed } of the requests made with that tag;
//                              with `&until=aborted:1` (any field, any count) the answer waits until
//                              the server has seen that much (at most 8 s): the server reports the event
//
// Every route takes `tag=<anything>`: requests are counted per tag, so each test uses its own.
// No route sends CORS headers unless asked with `cors`: requested from another origin (the page
// is on localhost, the test asks 127.0.0.1, or the other way round) they really fail as CORS.
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/sources/', import.meta.url));
const HUGE_BYTES = 6 * 1024 * 1024;
const ENDLESS_BYTES = 64 * 1024 * 1024;
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

const MAX_WAIT_MS = 8000;

/** Per tag: how many requests arrived, how many the client abandoned, how many completed. */
const stats = new Map();
/** Emits the tag whenever its numbers change, and `release:<tag>` when a test releases it. */
const changes = new EventEmitter().setMaxListeners(0);
const released = new Set();
function stat(tag) {
  if (!stats.has(tag)) stats.set(tag, { count: 0, aborted: 0, completed: 0 });
  return stats.get(tag);
}
function bump(tag, field) {
  stat(tag)[field]++;
  changes.emit(tag);
}

/** Resolves when `done()` is true, re-checked on every `event`, or after MAX_WAIT_MS. */
function waitFor(event, done) {
  return new Promise((resolve) => {
    const check = () => {
      if (!done()) return;
      changes.off(event, check);
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      changes.off(event, check);
      resolve();
    }, MAX_WAIT_MS);
    changes.on(event, check);
    check();
  });
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
function track(ctx, tag) {
  ctx.res.on('close', () => bump(tag, ctx.res.writableFinished ? 'completed' : 'aborted'));
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
  async slow(ctx, _rest, tag) {
    const ms = Math.min(Number(ctx.query.ms) || 2000, MAX_SLOW_MS);
    track(ctx, tag);
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
  async held(ctx, _rest, tag) {
    track(ctx, tag);
    let hungUp = false;
    const closed = new Promise((resolve) =>
      ctx.req.socket.once('close', () => {
        hungUp = true;
        resolve();
      }),
    );
    await Promise.race([closed, waitFor(`release:${tag}`, () => released.has(tag))]);
    if (hungUp || ctx.req.socket.destroyed) {
      ctx.respond = false;
      return;
    }
    send(ctx, 200, 'application/json', ARTICLE);
  },
  release(ctx) {
    const tag = String(ctx.query.tag ?? '');
    released.add(tag);
    changes.emit(`release:${tag}`);
    send(ctx, 200, 'text/plain', 'released');
  },
  huge(ctx, _rest, tag) {
    track(ctx, tag);
    // Generated chunk by chunk as the client reads, a little at a time like a real network:
    // never held in memory whole, and a client that stops reading is seen to hang up.
    const head = '{"headline":"Too big","padding":"';
    const tail = '"}';
    // Some engines read ahead of the page (Firefox buffers megabytes before a cancel reaches the
    // network): only a stream longer than any read-ahead shows that the client really hung up.
    const chunks = ('declared' in ctx.query ? HUGE_BYTES : ENDLESS_BYTES) / CHUNK;
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
  flaky(ctx, _rest, tag) {
    if (stat(tag).count === 1) return send(ctx, 500, 'text/plain', 'Temporary failure');
    send(ctx, 200, 'application/json', ARTICLE);
  },
  async requests(ctx) {
    const tag = String(ctx.query.tag ?? '');
    const until = /^(count|aborted|completed):(\d+)$/.exec(String(ctx.query.until ?? ''));
    if (until) await waitFor(tag, () => stat(tag)[until[1]] >= Number(until[2]));
    send(ctx, 200, 'application/json', JSON.stringify(stats.get(tag) ?? { count: 0, aborted: 0, completed: 0 }));
  },
};

export async function testServer(ctx, next) {
  const match = /^\/api\/([\w-]+)(?:\/(.*))?$/.exec(ctx.path);
  const route = match && Object.prototype.hasOwnProperty.call(routes, match[1]) ? routes[match[1]] : undefined;
  if (!route) return next();
  const tag = typeof ctx.query.tag === 'string' ? ctx.query.tag : '';
  if (match[1] !== 'requests' && match[1] !== 'release') bump(tag, 'count');
  if ('cors' in ctx.query) ctx.set('access-control-allow-origin', '*');
  await route(ctx, match[2], tag);
}
