// Measurements taken in headless Chromium through the DevTools protocol.
import puppeteer from 'puppeteer-core';
import { findChrome } from '../scripts/browsers.js';

/** Headless Chromium as every bench part uses it: no background work, `gc()` exposed. */
export function launchChromium() {
  return puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--js-flags=--expose-gc',
    ],
  });
}

/** The drop-in under test and the plain-DOM floor, as the bench server serves them. */
export const SCRIPTS = { ours: '/dist/article-embed.min.js', floor: '/bench/.build/render-floor.min.js' };

/** A blank 1000 × 800 page with `script` loaded and the DevTools Performance domain on. */
export async function openPage(browser, server, script) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  await page.goto(`${server.origin}/bench/pages/blank.html`);
  if (script) await page.addScriptTag({ url: script });
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  return { page, cdp };
}

/**
 * Renders `articles` once in a fresh page with `script` (a drop-in, or the floor) and returns
 * the main thread's CPU time, the heap it kept and the DOM nodes it made. `visible` opts the
 * page out of skipped rendering: every card is styled and laid out, on screen or not.
 */
export async function renderOnce(browser, server, script, articles, { visible = false } = {}) {
  const floor = script === SCRIPTS.floor;
  const { page, cdp } = await openPage(browser, server, script);
  if (visible && !floor) await page.addStyleTag({ content: 'article-card { content-visibility: visible }' });
  await page.evaluate((list) => {
    window.__articles = list;
  }, articles);
  const heapBefore = await heapBytes(cdp);
  const before = await metrics(cdp);
  await page.evaluate(floor ? renderFloor : renderOurs);
  const after = await metrics(cdp);
  const heapAfter = await heapBytes(cdp);
  await page.close();
  return { cpu: (after.TaskDuration - before.TaskDuration) * 1000, heap: heapAfter - heapBefore, nodes: after.Nodes - before.Nodes };
}

/** Performance.getMetrics as a name → value map. */
export async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Bytes in use on the V8 heap plus Blink's (embedder) heap, after a full GC. */
export async function heapBytes(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize + (usage.embedderHeapUsedSize ?? 0);
}

// Runs in the page: N cards from the `article` property, until they and their parts have rendered.
export async function renderOurs() {
  const root = document.getElementById('root');
  const cards = window.__articles.map((article) => {
    const el = document.createElement('article-card');
    el.setAttribute('lang', 'en');
    el.setAttribute('share', 'x,facebook,linkedin,whatsapp,telegram,email');
    el.article = article;
    return el;
  });
  root.append(...cards);
  const done = async (el) => {
    await el.updateComplete;
    const parts = el.shadowRoot.querySelectorAll('article-byline, article-share, article-menu');
    await Promise.all(Array.from(parts, done));
  };
  await Promise.all(cards.map(done));
  void root.offsetHeight;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

// Runs in the page: the plain-DOM floor for the same content.
export async function renderFloor() {
  const root = document.getElementById('root');
  window.renderFloor(window.__articles, root);
  void root.offsetHeight;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
