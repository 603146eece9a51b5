// `npm run lighthouse`: Lighthouse (the npm package) on every demo page, served locally from this
// checkout's production build, in the system Chromium (CHROME_PATH, else the browser finder
// the tests use). Prints one table: accessibility, best practices and SEO must be 100 on every
// page (the run fails otherwise, listing what Lighthouse found); performance is the median of
// three runs (this machine is noisy), with the median FCP, LCP, TBT and CLS beside it.
// Not run by CI. Options: --runs N (default 3), --page PATH (repeatable), --write (puts the
// table into docs/performance.md between its lighthouse markers).
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import lighthouse from 'lighthouse';
import { format, resolveConfig } from 'prettier';
import puppeteer from 'puppeteer-core';
import { findChromium } from './browsers/find.js';

/** Every page of the demo site (demo/embed.html is not one: it is the frame other pages embed, marked noindex). */
export const DEMO_PAGES = [
  'demo/index.html',
  'demo/sources.html',
  'demo/themes.html',
  'demo/languages.html',
  'demo/generator.html',
  'demo/partner.html',
  'demo/blogger.html',
  'demo/npm-app.html',
  'demo/react-app/index.html',
];
const GATED = ['accessibility', 'best-practices', 'seo'];
const DOC = 'docs/performance.md';
const START = '<!-- lighthouse:start (npm run lighthouse -- --write) -->';
const END = '<!-- lighthouse:end -->';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    page: { type: 'string', multiple: true },
    write: { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number(options.runs) || 3);
const pages = options.page?.length ? options.page.map((p) => p.replace(/^\//, '')) : DEMO_PAGES;

const root = resolve('.');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The production build the pages load; a development build left by `npm start` is rebuilt. */
function ensureBuild() {
  if (existsSync('dist/article-embed.min.js') && existsSync('demo/generator/dist/generator.js') && !existsSync('dist/.development')) return;
  console.log('lighthouse: building dist/ (npm run build)…');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/**
 * A plain static server for the checkout, as a publisher's would be: compressed text, a
 * robots.txt, CORS on everything (the sandboxed oEmbed frame on the blog page fetches its data
 * with an opaque origin).
 */
function serve() {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      res.writeHead(302, { location: '/demo/' }).end();
      return;
    }
    if (url.pathname === '/robots.txt') {
      res.writeHead(200, { 'content-type': TYPES['.txt'] }).end('User-agent: *\nAllow: /\n');
      return;
    }
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      res.writeHead(404, { 'content-type': TYPES['.txt'] }).end('Not found\n');
      return;
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'access-control-allow-origin': '*', 'cache-control': 'no-cache' };
    if (/^(text|application\/json|image\/svg)/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      createReadStream(path).pipe(createGzip()).pipe(res);
    } else {
      res.writeHead(200, headers);
      createReadStream(path).pipe(res);
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const score = (value) => (value === null || value === undefined ? '–' : String(Math.round(value * 100)));

ensureBuild();
const executablePath = findChromium();
if (!executablePath) {
  console.error('lighthouse: no Chromium found. Set CHROME_PATH, or install one (e.g. apt-get install -y chromium).');
  process.exit(1);
}
const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--remote-debugging-port=0',
  ],
});
const port = Number(new URL(browser.wsEndpoint()).port);
console.log(`lighthouse: ${pages.length} pages × ${runs} runs in ${executablePath} (${await browser.version()}), served at ${origin}`);

const rows = [];
const problems = [];
try {
  for (const page of pages) {
    const results = [];
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(`${origin}/${page}`, { port, output: 'json', logLevel: 'error' });
      if (!result) throw new Error(`lighthouse gave no result for ${page}`);
      results.push(result.lhr);
    }
    const category = (lhr, id) => lhr.categories[id]?.score ?? null;
    const audit = (id) => median(results.map((lhr) => lhr.audits[id]?.numericValue ?? 0));
    const row = {
      page,
      performance: median(results.map((lhr) => category(lhr, 'performance') ?? 0)),
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
    };
    for (const id of GATED) {
      // The worst of the runs: a gate must hold on every run, not on a median.
      row[id] = Math.min(...results.map((lhr) => category(lhr, id) ?? 0));
      for (const lhr of results) {
        for (const ref of lhr.categories[id]?.auditRefs ?? []) {
          const found = lhr.audits[ref.id];
          if (ref.weight > 0 && found && found.score !== null && found.score < 1)
            problems.push(`${page} ${id}: ${found.id} — ${found.title}`);
        }
      }
    }
    rows.push(row);
    console.log(
      `  ${page}: performance ${score(row.performance)}, accessibility ${score(row.accessibility)}, best practices ${score(row['best-practices'])}, SEO ${score(row.seo)}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}

const ms = (value) => `${(value / 1000).toFixed(1)} s`;
const table = [
  '| page | performance (median) | FCP | LCP | TBT | CLS | accessibility | best practices | SEO |',
  '| --- | --: | --: | --: | --: | --: | --: | --: | --: |',
  ...rows.map(
    (r) =>
      `| \`${r.page}\` | ${score(r.performance)} | ${ms(r.fcp)} | ${ms(r.lcp)} | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} | ${score(r.accessibility)} | ${score(r['best-practices'])} | ${score(r.seo)} |`,
  ),
].join('\n');
console.log(`\n${table}\n`);

const unique = [...new Set(problems)];
if (unique.length)
  console.log(`What Lighthouse found (accessibility, best practices, SEO):\n${unique.map((p) => `  - ${p}`).join('\n')}\n`);

if (options.write) {
  const doc = readFileSync(DOC, 'utf8');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${DOC} has no ${START} … ${END} block`);
  const note = `Lighthouse ${lighthouseVersion()}, ${runs} runs per page, mobile emulation with simulated throttling, ${new Date().toISOString().slice(0, 10)}.`;
  const written = `${doc.slice(0, start + START.length)}\n\n${note}\n\n${table}\n\n${doc.slice(end)}`;
  // Formatted as `npm run lint` expects (Prettier aligns the table).
  writeFileSync(DOC, await format(written, { ...(await resolveConfig(DOC)), filepath: DOC }));
  console.log(`lighthouse: table written to ${DOC}`);
}

const failing = rows.filter((r) => GATED.some((id) => r[id] < 1));
console.log(
  failing.length
    ? `lighthouse: ${failing.length} pages below 100`
    : 'lighthouse: accessibility, best practices and SEO at 100 on every page',
);
process.exit(failing.length ? 1 : 0);

function lighthouseVersion() {
  return JSON.parse(readFileSync(new URL('../node_modules/lighthouse/package.json', import.meta.url), 'utf8')).version;
}
