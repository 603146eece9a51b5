// The demo page for each kind of user, opened as a reader would (in an iframe here): every
// embed on it ends up as a rendered card.
import { expect } from '@open-wc/testing';
import { DEMO_PAGES, until } from './helpers.js';

const headline = (card: Element | null | undefined) => card?.shadowRoot?.querySelector('[part="headline"]')?.textContent?.trim() ?? '';

function open(path: string, width = 1000): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.src = path;
  frame.style.cssText = `width: ${width}px; height: 800px; border: 0`;
  document.body.append(frame);
  return frame;
}

describe('demo pages', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('partner site: three pasted cards render, one upgraded from its fallback blockquote', async () => {
    frame = open('/demo/partner.html');
    const doc = () => frame!.contentDocument;
    await until(() => Array.from(doc()?.querySelectorAll('article-card') ?? []).filter((c) => headline(c)).length === 3, 'three cards');
    expect(doc()!.querySelectorAll('blockquote.article-embed').length).to.equal(0);
    expect(headline(doc()!.querySelector('article-card[lang="de"]'))).to.equal('Neue Radwege entlang des Flusses eröffnet');
  });

  it('blogger post: the script snippet upgrades, and both iframe embeds are sized and shown', async () => {
    frame = open('/demo/blogger.html');
    const doc = () => frame!.contentDocument;
    await until(
      () => headline(doc()?.querySelector('#with-script ~ article-card, section article-card')).startsWith('Harbour lights'),
      'the upgraded blockquote',
    );
    const iframes = () => Array.from(doc()?.querySelectorAll<HTMLIFrameElement>('iframe.article-embed-frame') ?? []);
    await until(() => iframes().length === 2, 'the embed frames');
    const [plain, oembed] = iframes();
    await until(() => plain!.height !== '300', 'the iframe embed to be sized');
    expect(plain!.dataset['secret']).to.match(/^[A-Za-z0-9]{10}$/);
    // The oEmbed frame is sandboxed with an opaque origin: it can only load its data where the
    // server sends CORS headers (npm start does; this test server may not). It must still have
    // answered with its height, which reveals it and hides the link.
    await until(() => oembed!.style.visibility === '', 'the oEmbed frame to answer');
    expect(doc()!.querySelector<HTMLElement>('blockquote.wp-embedded-content')!.hidden).to.equal(true);
  });

  it('npm app page: the bundled app renders its three cards', async () => {
    frame = open('/demo/npm-app.html');
    await until(() => (frame!.contentDocument?.querySelector('#status')?.textContent ?? '') === '3 articles loaded.', 'the app');
  });
});

describe('demo site', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  /** Opens a page and waits until each of its cards has rendered a headline. */
  async function opened(path: string, width?: number): Promise<Document> {
    frame = open(path, width);
    await until(() => frame!.contentDocument?.readyState === 'complete' && frame!.contentDocument.URL.endsWith(path), `${path} to load`);
    const doc = frame.contentDocument!;
    const cards = () => Array.from(doc.querySelectorAll('article-card'));
    // Each card has rendered its article or its error; a lazy card off screen waits for the reader.
    const done = (c: Element) => headline(c) || c.shadowRoot?.querySelector('[part~="error"]') || c.getAttribute('loading') === 'lazy';
    await until(() => cards().length > 0 && cards().every(done), `${path}: cards`);
    return doc;
  }

  for (const [path, name] of DEMO_PAGES) {
    it(`${name}: the same navigation as every page, itself marked current, a title and a meta description`, async () => {
      const doc = await opened(path);
      const links = Array.from(doc.querySelectorAll<HTMLAnchorElement>('header.site-header nav a'));
      expect(links.map((a) => [new URL(a.href).pathname, a.textContent!.trim()])).to.deep.equal(DEMO_PAGES);
      expect(links.filter((a) => a.getAttribute('aria-current') === 'page').map((a) => a.textContent)).to.deep.equal([name]);
      expect(doc.title).to.contain('article-embed');
      const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      expect(description.length, 'description length').to.be.within(50, 170);
      expect(doc.querySelectorAll('main h1').length, 'one h1, in main').to.equal(1);
    });

    it(`${name}: at 390 px nothing is wider than the screen, and no two cards touch`, async () => {
      const doc = await opened(path, 390);
      const root = doc.documentElement;
      expect(root.scrollWidth - root.clientWidth, 'horizontal overflow').to.equal(0);
      const boxes = Array.from(doc.querySelectorAll('article-card'), (c) => c.getBoundingClientRect()).filter((r) => r.height > 0);
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1)) {
          const apart = b.top >= a.bottom + 8 || a.top >= b.bottom + 8 || b.left >= a.right + 8 || a.left >= b.right + 8;
          expect(apart, `cards at ${Math.round(a.top)} and ${Math.round(b.top)} touch`).to.equal(true);
        }
    });
  }
});
