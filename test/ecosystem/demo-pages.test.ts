// The demo page for each kind of user, opened as a reader would (in an iframe here): every
// embed on it ends up as a rendered card.
import { expect } from '@open-wc/testing';
import { until } from './helpers.js';

const headline = (card: Element | null | undefined) => card?.shadowRoot?.querySelector('[part="headline"]')?.textContent?.trim() ?? '';

function open(path: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.src = path;
  frame.style.cssText = 'width: 1000px; height: 800px';
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
