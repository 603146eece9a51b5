// The oEmbed response a publisher serves (src/hosted/oembed-response.ts): WordPress-shaped markup that
// survives as data (escaped), frames the hosted embed page with a secret, and is sized by the
// host script once it is on a page.
import { expect } from '@open-wc/testing';
import { oembedResponse, oembedDiscoveryLink } from '../../src/hosted/oembed-response.js';
import { connectEmbeds, receiveMessage } from '../../src/hosted/embed-host.js';
import { until } from './helpers.js';

const options = {
  url: 'https://ledger.example/2026/11/harbour-lights-festival/',
  title: 'Harbour lights festival draws record crowds despite the drizzle',
  dataUrl: `${location.origin}/demo/data/harbour-lights.json`,
  embedPageUrl: `${location.origin}/demo/embed.html`,
  providerName: 'The Harbour Ledger',
  providerUrl: 'https://ledger.example/',
  authorName: 'Maren Dahl',
  layout: 'summary' as const,
  secret: 'fixedSecret1',
};

function markup(html: string): HTMLDivElement {
  const box = document.createElement('div');
  box.innerHTML = html; // test-only: the response is the publisher's own markup
  return box;
}

describe('oEmbed response', () => {
  it('is a rich oEmbed 1.0 document with provider and author', () => {
    const response = oembedResponse(options);
    expect(response.version).to.equal('1.0');
    expect(response.type).to.equal('rich');
    expect(response.title).to.equal(options.title);
    expect(response.provider_name).to.equal('The Harbour Ledger');
    expect(response.author_name).to.equal('Maren Dahl');
    expect(response.width).to.equal(600);
  });

  it('frames the hosted embed page with the card options and the secret, beside a fallback link', () => {
    const box = markup(oembedResponse(options).html);
    const quote = box.querySelector('blockquote.wp-embedded-content')!;
    expect(quote.getAttribute('data-secret')).to.equal('fixedSecret1');
    expect(quote.querySelector('a')!.getAttribute('href')).to.equal(options.url);
    const frame = box.querySelector('iframe')!;
    expect(frame.classList.contains('wp-embedded-content')).to.equal(true);
    expect(frame.getAttribute('data-secret')).to.equal('fixedSecret1');
    expect(frame.getAttribute('sandbox')).to.contain('allow-scripts');
    expect(frame.getAttribute('sandbox')).to.not.contain('allow-same-origin');
    const src = new URL(frame.getAttribute('src')!);
    expect(src.pathname).to.equal('/demo/embed.html');
    expect(src.searchParams.get('src')).to.equal(options.dataUrl);
    expect(src.searchParams.get('layout')).to.equal('summary');
    expect(src.hash).to.equal('#?secret=fixedSecret1');
  });

  it('never lets a phone’s page scroll sideways while the frame is hidden (before it answers, or if it never does)', async () => {
    const holder = document.createElement('iframe');
    holder.style.cssText = 'width: 390px; height: 600px; border: 0';
    // A blog column with side padding; no host script, so the frame stays hidden.
    holder.srcdoc = `<!doctype html><body style="margin: 0"><main style="padding: 0 16px">${oembedResponse(options).html}</main></body>`;
    const loaded = new Promise((resolve) => holder.addEventListener('load', resolve, { once: true }));
    document.body.append(holder);
    try {
      await loaded;
      const doc = holder.contentDocument!;
      expect(doc.querySelector('iframe')!.style.visibility).to.equal('hidden');
      expect(doc.documentElement.scrollWidth - doc.documentElement.clientWidth, 'horizontal overflow').to.equal(0);
    } finally {
      holder.remove();
    }
  });

  it('escapes the title and refuses non-http URLs', () => {
    const box = markup(oembedResponse({ ...options, title: '"><img src=x onerror=alert(1)>' }).html);
    expect(box.querySelectorAll('img').length).to.equal(0);
    expect(box.querySelector('a')!.textContent).to.equal('"><img src=x onerror=alert(1)>');
    expect(() => oembedResponse({ ...options, dataUrl: 'javascript:alert(1)' })).to.throw(TypeError);
    expect(() => oembedResponse({ ...options, url: 'data:text/html,x' })).to.throw(TypeError);
    expect(oembedResponse({ ...options, secret: 'bad secret!' }).html).to.not.contain('bad secret!');
  });

  it('never overflows a phone: the frame is capped at its column once the host shows it', async () => {
    const box = markup(oembedResponse(options).html);
    box.style.width = '320px';
    document.body.append(box);
    try {
      const frame = box.querySelector('iframe')!;
      expect(frame.getAttribute('width')).to.equal('600');
      // What the host script does when the embed answers: the frame stays capped.
      frame.style.removeProperty('visibility');
      frame.style.removeProperty('position');
      expect(frame.style.maxWidth).to.equal('100%');
      expect(frame.getBoundingClientRect().width).to.be.at.most(320);
      expect(box.scrollWidth).to.be.at.most(320);
    } finally {
      box.remove();
    }
  });

  it('has a discovery link for the article page', () => {
    const link = markup(oembedDiscoveryLink('https://ledger.example/oembed', options.url, options.title)).querySelector('link')!;
    expect(link.getAttribute('rel')).to.equal('alternate');
    expect(link.getAttribute('type')).to.equal('application/json+oembed');
    const href = new URL(link.getAttribute('href')!);
    expect(href.searchParams.get('url')).to.equal(options.url);
    expect(href.searchParams.get('format')).to.equal('json');
  });
});

describe('oEmbed markup on a page with the host script', () => {
  it('reveals the hidden frame, hides the fallback link and sizes the frame', async () => {
    const box = markup(oembedResponse(options).html);
    // The test server sends no CORS headers, which an opaque-origin sandbox would need to load
    // the data; let this frame keep its origin. The opaque case is checked below.
    box.querySelector('iframe')!.sandbox.add('allow-same-origin');
    document.body.append(box);
    const stop = connectEmbeds(box);
    try {
      const frame = box.querySelector('iframe')!;
      expect(frame.style.visibility).to.equal('hidden');
      await until(() => frame.style.visibility === '', 'the frame to answer');
      expect(box.querySelector('blockquote')!.hidden).to.equal(true);
      const content = () => Math.ceil(frame.contentDocument?.querySelector('main')?.getBoundingClientRect().height ?? -1);
      await until(() => content() > 100 && Math.abs(Number(frame.height) - content()) <= 1, 'the frame to fit the card');
    } finally {
      stop();
      box.remove();
    }
  });

  it('takes messages from an opaque-origin (sandboxed) frame only with origin "null"', async () => {
    const box = markup(oembedResponse(options).html);
    document.body.append(box);
    try {
      const frame = box.querySelector('iframe')!;
      await until(() => !!frame.contentWindow, 'the frame window');
      // A plain object with a MessageEvent's fields: Firefox's MessageEvent constructor refuses a
      // cross-origin window as `source`, and receiveMessage reads only these three.
      const send = (origin: string) =>
        receiveMessage(
          { data: { message: 'height', value: 250, secret: 'fixedSecret1' }, source: frame.contentWindow, origin } as MessageEvent,
          box,
        );
      expect(send(location.origin)).to.equal(undefined);
      expect(send('null') === frame).to.equal(true);
      expect(frame.height).to.equal('250');
    } finally {
      box.remove();
    }
  });
});
