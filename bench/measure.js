// Measurements taken in headless Chromium through the DevTools protocol.

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
