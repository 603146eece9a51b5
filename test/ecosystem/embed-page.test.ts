// The hosted embed page (demo/embed.html) inside an iframe, sized by the host script over the
// WordPress post-embed protocol; and the checks that keep forged messages out.
import { expect } from '@open-wc/testing';
import { connectEmbeds, receiveMessage, MAX_HEIGHT } from '../../src/hosted/embed-host.js';
import { reportHeight } from '../../src/hosted/height-reporter.js';
import { cardFromQuery } from '../../src/hosted/embed-view.js';
// The page reads the card's attributes off the registered element, as the drop-in registers it there.
import '../../src/components/article-card/article-card.define.js';
import { secretFromHash, isEmbedMessage } from '../../src/hosted/protocol.js';
import { until } from './helpers.js';

const PAGE = '/demo/embed.html?src=/demo/data/harbour-lights.json&layout=summary&share=none';

function frame(src: string, width = 420): { box: HTMLDivElement; iframe: HTMLIFrameElement } {
  const box = document.createElement('div');
  const iframe = document.createElement('iframe');
  iframe.className = 'article-embed-frame';
  iframe.src = src;
  iframe.width = String(width);
  iframe.height = '150';
  iframe.title = 'Embedded article';
  box.append(iframe);
  document.body.append(box);
  return { box, iframe };
}

/** The embed page's own content height, read through the same-origin frame. */
function contentHeight(iframe: HTMLIFrameElement): number {
  const main = iframe.contentDocument?.querySelector('main');
  return main ? Math.ceil(main.getBoundingClientRect().height) : -1;
}

describe('hosted embed page in an iframe', () => {
  let stop: (() => void) | undefined;
  let box: HTMLElement | undefined;
  afterEach(() => {
    stop?.();
    box?.remove();
    stop = box = undefined;
  });

  it('renders the card from ?src and the host sizes the frame to it, also after a resize', async () => {
    const made = frame(PAGE);
    box = made.box;
    const { iframe } = made;
    stop = connectEmbeds(box);
    expect(iframe.dataset['secret']).to.match(/^[A-Za-z0-9]{10}$/);
    expect(iframe.src).to.contain(`#?secret=${iframe.dataset['secret']}`);

    await until(() => {
      const card = iframe.contentDocument?.querySelector('article-card');
      return (card?.shadowRoot?.querySelector('[part="headline"]')?.textContent ?? '').includes('Harbour lights');
    }, 'the card in the frame');
    await until(() => iframe.height !== '150' && Math.abs(Number(iframe.height) - contentHeight(iframe)) <= 1, 'the frame to fit');
    const wide = Number(iframe.height);

    // A narrower frame lays the card out anew at another height; the frame follows.
    iframe.width = '240';
    await until(
      () => Number(iframe.height) !== wide && Math.abs(Number(iframe.height) - contentHeight(iframe)) <= 1,
      'the frame to follow',
    );
  });

  it('shows a note, not an empty frame, without ?src', async () => {
    const made = frame('/demo/embed.html');
    box = made.box;
    await until(() => !!made.iframe.contentDocument?.querySelector('.embed-missing'), 'the note');
  });
});

describe('embed host: which messages count', () => {
  let box: HTMLElement | undefined;
  afterEach(() => box?.remove());

  const message = (data: unknown, source: Window | null, origin = location.origin) => new MessageEvent('message', { data, source, origin });

  it('applies a height only from the frame holding the secret, from its own origin, clamped', async () => {
    const made = frame('/demo/embed.html');
    box = made.box;
    const { iframe } = made;
    iframe.dataset['secret'] = 'abcdEFGH1234';
    await until(() => !!iframe.contentWindow, 'the frame window');
    const win = iframe.contentWindow;
    const secret = 'abcdEFGH1234';

    expect(receiveMessage(message({ message: 'height', value: 321, secret: 'wrongSecret1' }, win), box)).to.equal(undefined);
    expect(receiveMessage(message({ message: 'height', value: 321, secret }, window), box)).to.equal(undefined);
    expect(receiveMessage(message({ message: 'height', value: 321, secret }, win, 'https://other.example'), box)).to.equal(undefined);
    expect(receiveMessage(message({ message: 'height', value: 321, secret: 'bad"] *' }, win), box)).to.equal(undefined);
    expect(iframe.height).to.equal('150');

    expect(receiveMessage(message({ message: 'height', value: 321, secret }, win), box) === iframe).to.equal(true);
    expect(iframe.height).to.equal('321');
    receiveMessage(message({ message: 'height', value: 1e9, secret }, win), box);
    expect(iframe.height).to.equal(String(MAX_HEIGHT));
  });

  it('hides the fallback blockquote of the embed once the frame answers', async () => {
    const made = frame('/demo/embed.html');
    box = made.box;
    const quote = document.createElement('blockquote');
    quote.dataset['secret'] = 'quoteSecret9';
    made.iframe.dataset['secret'] = 'quoteSecret9';
    box.prepend(quote);
    await until(() => !!made.iframe.contentWindow, 'the frame window');
    receiveMessage(message({ message: 'height', value: 300, secret: 'quoteSecret9' }, made.iframe.contentWindow), box);
    expect(quote.hidden).to.equal(true);
  });
});

/** Resolves when a message posted to this window now has been delivered. */
function messagesDelivered(): Promise<void> {
  const probe = `probe-${Math.random()}`;
  return new Promise((resolve) => {
    const listener = (event: MessageEvent) => {
      if (event.data !== probe) return;
      window.removeEventListener('message', listener);
      resolve();
    };
    window.addEventListener('message', listener);
    window.postMessage(probe, '*');
  });
}

describe('embed page: reporter and query', () => {
  it('reports its height with the secret, again on resize and on a ready message with the secret only', async () => {
    const content = document.createElement('div');
    content.style.height = '120px';
    document.body.append(content);
    const seen: unknown[] = [];
    const listener = (event: MessageEvent) => isEmbedMessage(event.data) && event.data.message === 'height' && seen.push(event.data);
    window.addEventListener('message', listener);
    const stop = reportHeight({ secret: 'reporterAB12', content, parent: window });
    try {
      await until(() => seen.length >= 1, 'the first report');
      expect(seen[0]).to.deep.equal({ message: 'height', value: 120, secret: 'reporterAB12' });
      content.style.height = '200px';
      await until(() => seen.some((m) => (m as { value: number }).value === 200), 'the report after a resize');
      const before = seen.length;
      window.postMessage({ message: 'ready', secret: 'someoneElse1' }, '*');
      // Messages arrive in the order they were posted: a reply the reporter posted while handling
      // the wrong secret would arrive before the second of two probes posted after it.
      await messagesDelivered();
      await messagesDelivered();
      expect(seen.length).to.equal(before);
      window.postMessage({ message: 'ready', secret: 'reporterAB12' }, '*');
      await until(() => seen.length > before, 'the answer to ready');
    } finally {
      stop();
      window.removeEventListener('message', listener);
      content.remove();
    }
  });

  it('copies only query parameters named like the card’s attributes onto the card', () => {
    const card = cardFromQuery('?src=https://news.example/a.json&layout=summary&theme=dark&onclick=alert(1)&style=x');
    expect(card.localName).to.equal('article-card');
    expect(card.getAttribute('src')).to.equal('https://news.example/a.json');
    expect(card.getAttribute('layout')).to.equal('summary');
    expect(card.getAttribute('theme')).to.equal('dark');
    expect(card.hasAttribute('onclick')).to.equal(false);
    expect(card.hasAttribute('style')).to.equal(false);
  });

  it('reads only a well-formed secret from the fragment', () => {
    expect(secretFromHash('#?secret=abcDEF1234')).to.equal('abcDEF1234');
    expect(secretFromHash('#?secret=abc')).to.equal(undefined);
    expect(secretFromHash('#?secret=abcDEF1234"><x')).to.equal(undefined);
    expect(secretFromHash('')).to.equal(undefined);
  });
});
