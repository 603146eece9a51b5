// Strict pages: the built drop-in (dist/article-embed.min.js) in pages served with
// `script-src 'self'`, `style-src 'self'` and `require-trusted-types-for 'script'` (headers from
// test/server/csp.js). Each page records CSP violations and errors (test/csp/probe.js); every
// element must render and the record must stay empty. Trusted Types checks run where the browser
// has them; the CSP checks run everywhere.
import { expect, waitUntil } from '@open-wc/testing';
import { LIT_POLICY } from '../../src/safety/trusted-types.js';
import { imagesSettled } from '../helpers.js';

interface Report {
  violations: string[];
  errors: string[];
}
type PageWindow = Window & typeof globalThis & { cspReport: Report; inlineScriptRan?: boolean };

const frames: HTMLIFrameElement[] = [];

async function openPage(path: string): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.width = '900';
  frame.height = '1200';
  // On screen: WebKit pauses animation frames and lazy loading in frames scrolled out of view.
  frame.style.cssText = 'position: fixed; inset: 0 auto auto 0; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow as PageWindow;
}

function inShadow(host: Element | null, selector: string): Element | null {
  return host?.shadowRoot?.querySelector(selector) ?? null;
}

function text(node: Element | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until every element of the shared page body has rendered (or failed visibly). */
async function rendered(win: PageWindow): Promise<void> {
  const doc = win.document;
  const card = (id: string) => doc.getElementById(id);
  await waitUntil(
    () =>
      ['attributes', 'fetched', 'summary', 'page', 'inline'].every((id) => inShadow(card(id), '.headline, [part=error]')) &&
      !doc.querySelector('blockquote.article-embed') &&
      inShadow(doc.querySelector('article-card[headline="Fallback link becomes a card"]'), '.headline') &&
      inShadow(card('byline'), '[part=authors]') &&
      inShadow(card('share'), 'a, button') &&
      inShadow(card('menu'), 'button'),
    'the strict page did not render',
    { timeout: 8000 },
  );
  // Late work that could still trip a violation: pending renders, then every image's load.
  const trees = (root: Document | ShadowRoot): Element[] =>
    Array.from(root.querySelectorAll('*')).flatMap((el) => [el, ...(el.shadowRoot ? trees(el.shadowRoot) : [])]);
  const all = trees(doc);
  await Promise.all(all.map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete));
  await imagesSettled(doc);
}

function expectEveryElementRendered(win: PageWindow): void {
  const doc = win.document;
  const attributes = doc.getElementById('attributes');
  expect(text(inShadow(attributes, '.headline'))).to.equal('Night buses extend to the airport');
  expect(text(inShadow(attributes, '.body p'))).to.equal('Two night lines now reach the airport.');
  expect(inShadow(attributes, '.body a[target="_blank"][rel="noopener noreferrer"]')).to.not.equal(null);
  expect(inShadow(attributes, '.body img[loading="lazy"][referrerpolicy="no-referrer"]')).to.not.equal(null);
  const fetched = doc.getElementById('fetched');
  expect(text(inShadow(fetched, '.headline'))).to.equal('Harbour cranes lit in blue for the winter festival');
  expect(inShadow(fetched, '.body figure img')).to.not.equal(null);
  expect(inShadow(doc.getElementById('summary'), '.read-more')).to.not.equal(null);
  expect(text(inShadow(doc.getElementById('inline'), '.headline'))).to.equal('Ferry timetable changes from Monday');
  // An HTML page as src: parsed inert under Trusted Types, its <article> sanitized into the body.
  expect(text(inShadow(doc.getElementById('page'), '.headline'))).to.equal('Tram line opens to the harbour');
  expect(text(inShadow(doc.getElementById('byline'), '[part=authors]'))).to.contain('Maren Aalto');
}

/** Every `style` attribute in the page's shadow trees: our own templates must use none. */
function styleAttributes(doc: Document): string[] {
  const found: string[] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (el.hasAttribute('style')) found.push(`${el.localName}[style="${el.getAttribute('style')}"]`);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(doc);
  return found;
}

/** True when the page really enforces Trusted Types: a string into innerHTML is refused. */
function enforcesTrustedTypes(win: PageWindow): boolean {
  try {
    win.document.createElement('div').innerHTML = '<b>probe</b>';
    return false;
  } catch {
    return true;
  }
}

const hasTrustedTypes = 'trustedTypes' in window;

describe('strict Content-Security-Policy and Trusted Types', () => {
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('the probe sees violations (control page: inline script, inline style, foreign image)', async () => {
    const win = await openPage('/test/csp/control.html');
    await waitUntil(() => win.cspReport.violations.length >= 3, 'violations were not reported', { timeout: 5000 });
    expect(win.inlineScriptRan).to.equal(undefined);
    const directives = win.cspReport.violations.map((v) => v.split(' ')[0]).join(',');
    expect(directives).to.match(/script-src/);
    expect(directives).to.match(/style-src/);
    expect(directives).to.match(/img-src/);
  });

  it("renders every element under script-src 'self', style-src 'self' and require-trusted-types-for 'script' with zero violations", async () => {
    const win = await openPage('/test/csp/strict.html');
    await rendered(win);
    expectEveryElementRendered(win);
    expect(win.cspReport.violations).to.deep.equal([]);
    expect(win.cspReport.errors).to.deep.equal([]);
    expect(styleAttributes(win.document)).to.deep.equal([]);
  });

  it('the strict page really enforces Trusted Types, so the zero above means something', async function () {
    if (!hasTrustedTypes) this.skip();
    const win = await openPage('/test/csp/strict.html');
    await rendered(win);
    expect(enforcesTrustedTypes(win)).to.equal(true);
  });

  it('works beside host-page policies named lit-html and dompurify, loaded twice, with zero violations', async () => {
    const win = await openPage('/test/csp/host-policies.html');
    await rendered(win);
    expectEveryElementRendered(win);
    expect(win.cspReport.violations).to.deep.equal([]);
    expect(win.cspReport.errors).to.deep.equal([]);
    if (hasTrustedTypes) {
      expect(enforcesTrustedTypes(win)).to.equal(true);
      // Our lit policy exists under our name (the flag is set only after createPolicy succeeded).
      expect((win as unknown as Record<symbol, unknown>)[Symbol.for(`${LIT_POLICY}.created`)]).to.equal(true);
    }
  });
});

describe('Subresource Integrity', () => {
  async function sha384(bytes: ArrayBuffer): Promise<string> {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
    return `sha384-${btoa(String.fromCharCode(...digest))}`;
  }

  function load(src: string, integrity: string): Promise<boolean> {
    return new Promise((resolve) => {
      const script = document.createElement('script');
      script.src = src;
      script.integrity = integrity;
      script.crossOrigin = 'anonymous';
      script.onload = () => resolve(true);
      script.onerror = () => resolve(false);
      document.head.append(script);
    });
  }

  it('the hash the build prints matches the drop-in as served', async () => {
    const printed = (await (await fetch('/dist/article-embed.min.js.integrity')).text()).trim();
    const actual = await sha384(await (await fetch('/dist/article-embed.min.js?exact')).arrayBuffer());
    expect(printed).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
    expect(actual).to.equal(printed);
  });

  it('a script tag pinned with it loads, and one with a wrong hash is refused', async () => {
    const printed = (await (await fetch('/dist/article-embed.min.js.integrity')).text()).trim();
    const wrong = await sha384(new TextEncoder().encode('not the drop-in').buffer as ArrayBuffer);
    expect(await load('/dist/article-embed.min.js?exact&sri-wrong', wrong)).to.equal(false);
    expect(await load('/dist/article-embed.min.js?exact&sri-right', printed)).to.equal(true);
  });
});
