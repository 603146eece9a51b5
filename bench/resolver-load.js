// The resolver under load: the built Node command (`dist/resolver/bin.js`, as `npx
// article-embed-resolver` runs it) in its own process, an upstream on loopback in this one, and
// autocannon driving HTTP requests at it. Measures requests/s and p50/p99 latency for a cached
// and for uncached article URLs, how many upstream fetches 50 concurrent requests for one
// uncached URL make, and the resolver's memory over 10,000 distinct URLs (the cache is bounded).
//
//   node bench/resolver-load.js      this part alone (after `npm run build`)
//   npm run bench                    with the rest of the bench
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { WebSocket } from 'undici';

export const RESOLVER_TARGETS = {
  cachedRps: 5000,
  cachedP99Ms: 10,
  coalescedFetches: 1,
  memoryGrowth: 1.2,
};

const CONNECTIONS = 10;
const DURATION_S = 10;
const DISTINCT_URLS = 10_000;

/** An article page of a realistic size (some 20 KB of HTML around the story). */
function articlePage(n) {
  const paragraph =
    '<p>The harbour lights were switched on again after the storm, one pier at a time, while the ferries waited offshore. <a href="/harbour/">More from the harbour</a>.</p>\n';
  const nav = Array.from({ length: 40 }, (_, i) => `<li><a href="/section/${i}/">Section ${i}</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour lights ${n} | The Ledger</title>
<meta property="og:title" content="Harbour lights return, night ${n}"><meta property="og:site_name" content="The Ledger">
<meta property="og:image" content="https://ledger.example/img/lights-${n}.jpg"><meta name="author" content="Mara Quinn">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour lights return, night ${n}","datePublished":"2026-11-0${1 + (n % 9)}T18:00:00Z","author":{"@type":"Person","name":"Mara Quinn"}}</script>
<style>${'.x{color:red}'.repeat(200)}</style></head>
<body><header><nav><ul>${nav}</ul></nav></header><main><article><h1>Harbour lights return</h1>${paragraph.repeat(60)}</article></main><footer>${nav}</footer></body></html>`;
}

function startUpstream(native) {
  const fetches = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://upstream');
    fetches.set(url.pathname, (fetches.get(url.pathname) ?? 0) + 1);
    const n = Number(url.searchParams.get('n') ?? 0);
    if (url.pathname === '/page') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articlePage(n));
    if (url.pathname === '/json')
      return res.writeHead(200, { 'content-type': 'application/json' }).end(native.replace('"headline":"', `"headline":"${n} `));
    // Held a moment, so that every one of the concurrent requests arrives while it is in flight.
    if (url.pathname === '/held') return setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(native), 300);
    res.writeHead(404).end();
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        host: `127.0.0.1:${server.address().port}`,
        fetches: (path) => fetches.get(path) ?? 0,
        close: () => new Promise((done) => server.close(done)),
      }),
    ),
  );
}

/**
 * Starts the resolver command. With `inspect`, Node's inspector listens on loopback so that the
 * bench can collect garbage and read the heap from outside (`heapAfterGc`).
 */
function startResolver(root, env, { inspect = false } = {}) {
  const args = [...(inspect ? ['--inspect=127.0.0.1:0'] : []), `${root}/dist/resolver/bin.js`, '--port', '0'];
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const check = () => {
      const ready = /article-embed resolver: (http:\/\/\S+\/)/.exec(out);
      const inspector = /Debugger listening on (ws:\/\/\S+)/.exec(err);
      if (ready && (!inspect || inspector)) resolve({ child, url: ready[1], inspector: inspector?.[1] });
    };
    child.stdout.on('data', (chunk) => {
      out += chunk;
      check();
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
      check();
    });
    child.once('exit', (code) => reject(new Error(`the resolver exited (${code}) before it was ready:\n${err}`)));
  });
}

/** The resolver's used JS heap after a full garbage collection, through its inspector. */
async function heapAfterGc(inspector) {
  const socket = new WebSocket(inspector);
  await once(socket, 'open');
  let id = 0;
  const call = (method) =>
    new Promise((resolve) => {
      const mine = ++id;
      const onMessage = (event) => {
        const message = JSON.parse(event.data);
        if (message.id !== mine) return;
        socket.removeEventListener('message', onMessage);
        resolve(message.result);
      };
      socket.addEventListener('message', onMessage);
      socket.send(JSON.stringify({ id: mine, method }));
    });
  await call('HeapProfiler.collectGarbage');
  const { usedSize } = await call('Runtime.getHeapUsage');
  socket.close();
  return usedSize;
}

/** Resident memory of a process, in bytes (Linux). */
async function rss(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

function load(options) {
  return new Promise((resolve, reject) => {
    autocannon({ connections: CONNECTIONS, ...options }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** Distinct article URLs, one per request, from `start`. */
function distinct(upstream, path, start) {
  let n = start;
  return [
    {
      setupRequest: (request) => ({ ...request, path: `/article?url=${encodeURIComponent(`http://${upstream.host}${path}?n=${n++}`)}` }),
    },
  ];
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const figures = (r) => `${Math.round(r.requests.average)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms`;

export async function resolverLoad(root, row) {
  const native = JSON.stringify(JSON.parse(await readFile(`${root}/demo/data/harbour-lights.json`, 'utf8')));
  const upstream = await startUpstream(native);
  try {
    await loadFigures(root, row, upstream);
    await memoryFigure(root, row, upstream);
  } finally {
    await upstream.close();
  }
}

async function loadFigures(root, row, upstream) {
  const resolver = await startResolver(root, { ARTICLE_EMBED_ALLOW_HOSTS: upstream.host });
  try {
    const article = (target) => `${resolver.url}article?url=${encodeURIComponent(`http://${upstream.host}${target}`)}`;
    // Cached: one article page, fetched once, then answered from memory.
    await fetch(article('/page?n=0'));
    await load({ url: article('/page?n=0'), duration: 2 }); // warm-up
    const cached = await load({ url: article('/page?n=0'), duration: DURATION_S });
    row(
      `resolver, cached article (${CONNECTIONS} connections)`,
      figures(cached),
      `≥ ${RESOLVER_TARGETS.cachedRps} req/s, p99 < ${RESOLVER_TARGETS.cachedP99Ms} ms`,
      cached.requests.average >= RESOLVER_TARGETS.cachedRps && cached.latency.p99 < RESOLVER_TARGETS.cachedP99Ms && cached.non2xx === 0,
    );

    // Uncached: every request a new URL of a 20 KB article page (fetch + parse + normalize).
    const uncached = await load({ url: resolver.url, duration: DURATION_S, requests: distinct(upstream, '/page', 1) });
    row(`resolver, uncached 20 KB HTML pages (${CONNECTIONS} connections)`, figures(uncached), '(for reference)');
    if (uncached.non2xx) row('  … answers that were not 200', String(uncached.non2xx), '= 0', false);

    // Coalescing: 50 concurrent requests for one URL nobody asked for yet.
    const answers = await Promise.all(Array.from({ length: 50 }, () => fetch(article('/held')).then((r) => r.status)));
    const fetched = upstream.fetches('/held');
    row(
      'resolver, 50 concurrent requests for one uncached URL',
      `${fetched} upstream fetch${fetched === 1 ? '' : 'es'}, ${answers.filter((s) => s === 200).length} × 200`,
      `= ${RESOLVER_TARGETS.coalescedFetches}`,
      fetched === RESOLVER_TARGETS.coalescedFetches && answers.every((s) => s === 200),
    );
  } finally {
    resolver.child.kill('SIGTERM');
    await once(resolver.child, 'exit');
  }
}

async function memoryFigure(root, row, upstream) {
  // Memory over 10,000 distinct URLs: the cache keeps the last 1,000 answers, no more. The heap
  // after a full GC is read after every 1,000 new URLs, once the cache is full and the code warm
  // (RSS, which V8 grows and keeps, is shown beside it).
  const watched = await startResolver(root, { ARTICLE_EMBED_ALLOW_HOSTS: upstream.host }, { inspect: true });
  try {
    await load({ url: watched.url, amount: 2000, requests: distinct(upstream, '/json', 100_000) });
    const heaps = [await heapAfterGc(watched.inspector)];
    const rssBefore = await rss(watched.child.pid);
    let rate = 0;
    for (let done = 0; done < DISTINCT_URLS; done += 1000) {
      const run = await load({ url: watched.url, amount: 1000, requests: distinct(upstream, '/json', 200_000 + done) });
      if (run.non2xx) throw new Error(`${run.non2xx} answers were not 200`);
      rate += run.requests.average / (DISTINCT_URLS / 1000);
      heaps.push(await heapAfterGc(watched.inspector));
    }
    const rssAfter = await rss(watched.child.pid);
    const growth = Math.max(...heaps) / heaps[0];
    row(
      `resolver memory over ${DISTINCT_URLS.toLocaleString('en')} distinct URLs (heap after GC, max of 10 readings; RSS)`,
      `${mb(heaps[0])} → ≤ ${mb(Math.max(...heaps))} (${growth.toFixed(2)}×); RSS ${mb(rssBefore)} → ${mb(rssAfter)}; ${Math.round(rate)} req/s`,
      `≤ ${RESOLVER_TARGETS.memoryGrowth}×`,
      growth <= RESOLVER_TARGETS.memoryGrowth,
    );
  } finally {
    watched.child.kill('SIGTERM');
    await once(watched.child, 'exit');
  }
}

// Run alone: print the rows.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  let failed = false;
  await resolverLoad(root, (measure, value, target, ok) => {
    if (ok === false) failed = true;
    console.log(`| ${measure} | ${value} | ${target} | ${ok === undefined ? '' : ok ? 'ok' : 'MISSED'} |`);
  });
  process.exit(failed ? 1 : 0);
}
