/**
 * axe-core (WCAG 2.0–2.2 A and AA, colour contrast included) on every demo page, as a reader
 * opens it, in the light theme and, where the driver can emulate it (Chromium), the dark one.
 */
import { expect } from '@open-wc/testing';
import type { AxeResults, RunOptions } from 'axe-core';
import { DEMO_PAGES, until } from '../ecosystem/helpers.js';
import { emulate, resetMedia, WCAG_TAGS } from './axe.js';

type AxeWindow = Window & { axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> } };

const headline = (card: Element) => card.shadowRoot?.querySelector('[part="headline"], [part~="error"]') !== null;

/** Opens a page in a frame, waits for its cards, and loads axe-core into it. */
async function opened(path: string): Promise<{ frame: HTMLIFrameElement; win: AxeWindow }> {
  const frame = document.createElement('iframe');
  frame.src = path;
  frame.style.cssText = 'width: 1000px; height: 800px; border: 0';
  document.body.append(frame);
  await until(() => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.URL.endsWith(path), `${path} to load`);
  const doc = frame.contentDocument!;
  const cards = () => Array.from(doc.querySelectorAll('article-card'));
  await until(() => cards().every((c) => headline(c) || c.getAttribute('loading') === 'lazy'), `${path}: cards`);
  // Cards far off screen skip layout (content-visibility: auto) until the reader scrolls near:
  // their geometry is an estimate then, which axe would measure (overlapping targets). Readers
  // only ever see them rendered, so axe checks them rendered.
  const rendered = doc.createElement('style');
  rendered.textContent = 'article-card { content-visibility: visible; }';
  doc.head.append(rendered);
  const script = doc.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  doc.head.append(script);
  await loaded;
  return { frame, win: frame.contentWindow as AxeWindow };
}

async function violations(win: AxeWindow): Promise<string[]> {
  const results = await win.axe!.run(win.document, { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] });
  return results.violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id}: ${JSON.stringify(node.target)} — ${node.failureSummary ?? v.help}`),
  );
}

describe('demo pages: axe', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(async () => {
    frame?.remove();
    await resetMedia();
  });

  for (const [path, name] of DEMO_PAGES) {
    it(`${name}: no violation in the light theme`, async () => {
      const page = await opened(path);
      frame = page.frame;
      expect(await violations(page.win)).to.deep.equal([]);
    });

    it(`${name}: no violation in the dark theme`, async function () {
      if (!(await emulate({ colorScheme: 'dark' }, '(prefers-color-scheme: dark)'))) this.skip();
      const page = await opened(path);
      frame = page.frame;
      expect(page.win.matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
      expect(await violations(page.win)).to.deep.equal([]);
    });
  }
});
