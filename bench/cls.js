// Layout shift of a page as a reader loads it: the embed in the HTML, article-embed.css linked
// before it, the drop-in deferred and arriving after the first paint, text after the embed. One
// page per way of giving the card its article (attributes, inline data, src) and per layout, at a
// desktop and a phone width. CLS is the sum of the layout-shift entries (PerformanceObserver,
// Chromium) without recent input, from navigation until the articles and their pictures are in.
import { readFile } from 'node:fs/promises';

/** The first paint happens before the drop-in runs, as on a real network. */
const SCRIPT_DELAY_MS = 300;
/** The `src` data arrives later still. */
const DATA_DELAY_MS = 600;

const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeScript = (json) => json.replace(/</g, '\\u003c');

/** The bench article with its picture's URL made absolute (inline data resolves against the page). */
async function benchArticle(root) {
  const article = JSON.parse(await readFile(`${root}/demo/data/harbour-lights.json`, 'utf8'));
  article.image = { ...article.image, url: '/demo/images/ferry.svg' };
  return article;
}

function embed(kind, layout, article) {
  const layoutAttribute = layout === 'summary' ? ' layout="summary"' : '';
  if (kind === 'src') return `<article-card${layoutAttribute} src="/bench/cls/article.json"></article-card>`;
  if (kind === 'src-short') return `<article-card${layoutAttribute} src="/bench/cls/short.json"></article-card>`;
  if (kind === 'inline') {
    return `<article-card${layoutAttribute}><script type="application/json">${escapeScript(JSON.stringify(article))}</script></article-card>`;
  }
  const attributes = {
    headline: article.headline,
    url: article.url,
    excerpt: article.excerpt,
    section: article.section,
    image: article.image.url,
    'image-alt': article.image.alt,
    author: article.authors[0].name,
    published: article.published,
    publisher: article.publisher.name,
    'publisher-url': article.publisher.url,
    body: article.body,
  };
  const list = Object.entries(attributes)
    .map(([name, value]) => `${name}="${escapeAttribute(value)}"`)
    .join(' ');
  return `<article-card${layoutAttribute} ${list}></article-card>`;
}

function page(kind, layout, article, stylesheet = true) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CLS ${kind} ${layout}</title>
${stylesheet ? '<link rel="stylesheet" href="/dist/article-embed.css">' : ''}
<script src="/bench/cls/article-embed.min.js" defer></script>
<style>body { margin: 0; font: 16px/1.5 system-ui, sans-serif } main { max-width: 48rem; margin: 0 auto; padding: 1rem }</style></head>
<body><main><h1>A partner's page</h1>${embed(kind, layout, article)}
<p>${'The rest of the host page, below the embed. '.repeat(60)}</p></main></body></html>`;
}

/** Routes for the bench server: the pages, the late drop-in, the late data. */
export async function clsRoutes(root) {
  const article = await benchArticle(root);
  const dropIn = () => readFile(`${root}/dist/article-embed.min.js`);
  const later = (ms, type, body) => (req, res) =>
    setTimeout(async () => res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(await body()), ms);
  const routes = {
    '/bench/cls/article-embed.min.js': later(SCRIPT_DELAY_MS, 'text/javascript', dropIn),
    '/bench/cls/article.json': later(DATA_DELAY_MS, 'application/json', async () => JSON.stringify(article)),
    // Data unlike what a loading summary reserves: no picture, no excerpt.
    '/bench/cls/short.json': later(DATA_DELAY_MS, 'application/json', async () =>
      JSON.stringify({ headline: 'Ferry timetable changes', url: article.url, lang: 'en' }),
    ),
  };
  for (const kind of ['attributes', 'inline', 'src', 'src-short']) {
    for (const layout of ['full', 'summary']) {
      for (const stylesheet of [true, false]) {
        const html = page(kind, layout, article, stylesheet);
        routes[`/bench/cls/${kind}-${layout}${stylesheet ? '' : '-bare'}.html`] = (req, res) =>
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
      }
    }
  }
  return routes;
}

async function pageCls(browser, server, kind, layout, width, stylesheet = true) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 800 });
  await page.evaluateOnNewDocument(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${server.origin}/bench/cls/${kind}-${layout}${stylesheet ? '' : '-bare'}.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => {
    const cards = [...document.querySelectorAll('article-card')];
    return cards.length > 0 && cards.every((card) => card.currentArticle);
  });
  // The pictures load, and anything late settles.
  await page.evaluate(() => Promise.all([...document.images].map((img) => img.decode().catch(() => undefined))));
  await new Promise((resolve) => setTimeout(resolve, 800));
  const cls = await page.evaluate(() => window.__cls);
  await page.close();
  return cls;
}

/** The median of three loads: a slow machine can paint at odd moments. */
async function medianCls(...args) {
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await pageCls(...args));
  return runs.sort((a, b) => a - b)[1];
}

/** Adds one row per page: kind × layout × width, and the same pages without the stylesheet for reference. */
export async function clsBench(browser, server, row, target) {
  for (const width of [1000, 390]) {
    for (const kind of ['attributes', 'inline', 'src']) {
      for (const layout of ['full', 'summary']) {
        const cls = await medianCls(browser, server, kind, layout, width);
        row(`CLS, page load with article-embed.css: ${kind}, ${layout}, ${width}px`, cls.toFixed(4), `= ${target}`, cls <= target);
      }
    }
  }
  // What the stylesheet saves (and proof that the measure sees shifts): the same pages without it.
  for (const kind of ['attributes', 'inline', 'src']) {
    const cls = await medianCls(browser, server, kind, 'summary', 390, false);
    row(`CLS, page load without article-embed.css: ${kind}, summary, 390px`, cls.toFixed(4), '(for reference)');
  }
  // A src summary whose data is far from what its placeholder reserved (no picture, no excerpt):
  // the card fits its content, so what follows moves up once, when the data arrives.
  const short = await medianCls(browser, server, 'src-short', 'summary', 390);
  row('CLS, page load with article-embed.css: src, summary, 390px, link-only data', short.toFixed(4), '(for reference)');
}
