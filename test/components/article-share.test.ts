import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import '../../src/components/article-share/article-share.define.js';
import type { ArticleShare } from '../../src/components/article-share/article-share.js';
import { shadow, textOf } from '../helpers.js';

const URL_ = 'https://ledger.example/2026/03/ferries/?ref=a&b=c d';

function links(el: Element): HTMLAnchorElement[] {
  return Array.from(shadow(el).querySelectorAll<HTMLAnchorElement>('a'));
}

describe('<article-share>', () => {
  it('builds network links in the order of targets, with the URL encoded', async () => {
    const el = await fixture<ArticleShare>(html`<article-share lang="en" url=${URL_} headline="Ferries & fjords"
      targets="telegram, x ,facebook,bogus,x,email"></article-share>`);
    const hrefs = links(el).map((a) => new URL(a.href));
    expect(hrefs.map((u) => u.hostname || u.protocol)).to.deep.equal(['t.me', 'x.com', 'www.facebook.com', 'mailto:']);
    expect(hrefs[1]!.searchParams.get('url')).to.equal('https://ledger.example/2026/03/ferries/?ref=a&b=c%20d');
    expect(hrefs[1]!.searchParams.get('text')).to.equal('Ferries & fjords');
    expect(links(el)[3]!.href).to.contain('subject=Ferries%20%26%20fjords');
  });

  it('opens networks in a new tab without opener or referrer, with accessible names', async () => {
    const el = await fixture<ArticleShare>(html`<article-share lang="en" url="https://ledger.example/a" targets="x,linkedin"></article-share>`);
    for (const a of links(el)) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
    }
    expect(links(el).map((a) => a.getAttribute('aria-label'))).to.deep.equal(['Share on X', 'Share on LinkedIn']);
  });

  it('adds utm parameters, via and hashtags', async () => {
    const el = await fixture<ArticleShare>(html`<article-share url="https://ledger.example/a" targets="x" via="@ledger"
      hashtags="#ferries, fjords, bad tag" utm="utm_source=partner&utm_medium=embed"></article-share>`);
    const x = new URL(links(el)[0]!.href);
    const shared = new URL(x.searchParams.get('url')!);
    expect(shared.searchParams.get('utm_source')).to.equal('partner');
    expect(shared.searchParams.get('utm_medium')).to.equal('embed');
    expect(x.searchParams.get('via')).to.equal('ledger');
    expect(x.searchParams.get('hashtags')).to.equal('ferries,fjords');
  });

  it('renders nothing for a javascript: URL', async () => {
    const el = await fixture<ArticleShare>(html`<article-share url="javascript:alert(1)"></article-share>`);
    expect(links(el).length).to.equal(0);
    expect(shadow(el).innerHTML).not.to.contain('javascript');
  });

  it('copies the link with the Clipboard API, announces it and fires article-share', async () => {
    const el = await fixture<ArticleShare>(html`<article-share lang="en" url="https://ledger.example/a" targets="copy"></article-share>`);
    const written: string[] = [];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void written.push(t) } });
    try {
      const event = oneEvent(el, 'article-share');
      shadow(el).querySelector('button')!.click();
      const { detail } = await event;
      expect(detail).to.deep.equal({ target: 'copy', url: 'https://ledger.example/a' });
      expect(written).to.deep.equal(['https://ledger.example/a']);
      await el.updateComplete;
      expect(textOf(shadow(el).querySelector('[role="status"]'))).to.equal('Link copied');
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['clipboard'];
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  it('falls back to a selected text field when the clipboard is unavailable', async () => {
    const el = await fixture<ArticleShare>(html`<article-share lang="en" url="https://ledger.example/a" targets="copy"></article-share>`);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
    try {
      const event = oneEvent(el, 'article-share');
      shadow(el).querySelector('button')!.click();
      await event;
      await el.updateComplete;
      const input = shadow(el).querySelector<HTMLInputElement>('.fallback')!;
      expect(input.value).to.equal('https://ledger.example/a');
      expect(shadow(el).activeElement).to.equal(input);
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['clipboard'];
    }
  });

  it('fires article-share when a network link is used', async () => {
    const el = await fixture<ArticleShare>(html`<article-share url="https://ledger.example/a" targets="email"></article-share>`);
    const event = oneEvent(el, 'article-share');
    links(el)[0]!.addEventListener('click', (e) => e.preventDefault());
    links(el)[0]!.click();
    expect((await event).detail.target).to.equal('email');
  });
});
