import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import '../../src/components/article-share/article-share.define.js';
import type { ArticleShare } from '../../src/components/article-share/article-share.js';
import { imagesSettled, settled, shadow, textOf } from '../helpers.js';

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
    const el = await fixture<ArticleShare>(
      html`<article-share lang="en" url="https://ledger.example/a" targets="x,linkedin"></article-share>`,
    );
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

describe('<article-share> native sheet, every network, languages', () => {
  const nav = navigator as unknown as Record<string, unknown>;
  afterEach(() => {
    delete nav['share'];
    delete nav['canShare'];
    delete nav['clipboard'];
  });

  it('offers the native share sheet first where the browser has one, and keeps the links', async () => {
    const calls: unknown[] = [];
    Object.defineProperty(navigator, 'share', { configurable: true, value: async (data: unknown) => void calls.push(data) });
    Object.defineProperty(navigator, 'canShare', { configurable: true, value: () => true });
    const el = await fixture<ArticleShare>(
      html`<article-share lang="en" url="https://ledger.example/a" headline="Ferries" text="Back at night"></article-share>`,
    );
    const button = shadow(el).querySelector<HTMLButtonElement>('li:first-child button')!;
    expect(textOf(button)).to.equal('Share');
    expect(links(el).length).to.equal(6);
    const event = oneEvent(el, 'article-share');
    button.click();
    expect((await event).detail).to.deep.equal({ target: 'native', url: 'https://ledger.example/a' });
    expect(calls).to.deep.equal([{ title: 'Ferries', text: 'Back at night', url: 'https://ledger.example/a' }]);
  });

  it('has no Share button where there is no share sheet, or where canShare refuses', async () => {
    const el = await fixture<ArticleShare>(html`<article-share url="https://ledger.example/a" targets="native,x"></article-share>`);
    expect(shadow(el).querySelectorAll('button').length).to.equal(0);
    Object.defineProperty(navigator, 'share', { configurable: true, value: async () => undefined });
    Object.defineProperty(navigator, 'canShare', { configurable: true, value: () => false });
    const refused = await fixture<ArticleShare>(html`<article-share url="https://ledger.example/a" targets="native,x"></article-share>`);
    expect(shadow(refused).querySelectorAll('button').length).to.equal(0);
  });

  it('fires no event when the reader closes the share sheet', async () => {
    let closed: Promise<void> | undefined;
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: () => (closed = Promise.reject(new DOMException('closed', 'AbortError'))),
    });
    const el = await fixture<ArticleShare>(html`<article-share url="https://ledger.example/a" targets="native"></article-share>`);
    let fired = false;
    el.addEventListener('article-share', () => (fired = true));
    shadow(el).querySelector('button')!.click();
    // The element's handler was attached to the rejection first, so it has run when ours does.
    await closed?.catch(() => undefined);
    await el.updateComplete;
    expect(closed).to.not.equal(undefined);
    expect(fired).to.equal(false);
  });

  it('builds a link for each of the eight networks, in order, with the headline where it is taken', async () => {
    const el = await fixture<ArticleShare>(html`<article-share lang="en" url="https://ledger.example/a" headline="Ferries" text="Back"
      targets="bluesky,reddit,telegram,whatsapp,linkedin,facebook,x,email"></article-share>`);
    const hrefs = links(el).map((a) => new URL(a.href));
    expect(hrefs.map((u) => u.hostname || u.protocol)).to.deep.equal([
      'bsky.app',
      'www.reddit.com',
      't.me',
      'wa.me',
      'www.linkedin.com',
      'www.facebook.com',
      'x.com',
      'mailto:',
    ]);
    expect(hrefs[0]!.searchParams.get('text')).to.equal('Ferries — Back https://ledger.example/a');
    expect(hrefs[1]!.searchParams.get('title')).to.equal('Ferries');
    expect(hrefs[1]!.searchParams.get('url')).to.equal('https://ledger.example/a');
    expect(hrefs[2]!.searchParams.get('url')).to.equal('https://ledger.example/a');
    expect(hrefs[3]!.searchParams.get('text')).to.equal('Ferries — Back https://ledger.example/a');
    expect(hrefs[4]!.searchParams.get('url')).to.equal('https://ledger.example/a');
    expect(hrefs[5]!.searchParams.get('u')).to.equal('https://ledger.example/a');
    expect(links(el).map((a) => a.getAttribute('aria-label'))).to.deep.equal([
      'Share on Bluesky',
      'Share on Reddit',
      'Share on Telegram',
      'Share on WhatsApp',
      'Share on LinkedIn',
      'Share on Facebook',
      'Share on X',
      'Share by email',
    ]);
    // Email stays in the page's own tab (the mail client opens); the networks get a new one.
    expect(links(el).map((a) => a.target)).to.deep.equal(['_blank', '_blank', '_blank', '_blank', '_blank', '_blank', '_blank', '']);
    for (const a of links(el)) expect(a.querySelector('svg')?.getAttribute('aria-hidden')).to.equal('true');
  });

  it('names every control in the UI language, and lays out right to left', async () => {
    const fr = await fixture<ArticleShare>(
      html`<article-share lang="fr" url="https://ledger.example/a" targets="x,email,copy"></article-share>`,
    );
    expect(links(fr).map((a) => a.getAttribute('aria-label'))).to.deep.equal(['Partager sur X', 'Partager par e-mail']);
    expect(textOf(shadow(fr).querySelector('button'))).to.equal('Copier le lien');
    expect(shadow(fr).querySelector('ul')!.getAttribute('aria-label')).to.equal('Partager cet article');
    const ar = await fixture<ArticleShare>(html`<article-share lang="ar" url="https://ledger.example/a" targets="x,copy"></article-share>`);
    expect(links(ar)[0]!.getAttribute('aria-label')).to.equal('شارك على X');
    expect(getComputedStyle(shadow(ar).querySelector('ul')!).direction).to.equal('rtl');
    const [first, second] = Array.from(shadow(ar).querySelectorAll('li'), (li) => li.getBoundingClientRect().left);
    expect(first!).to.be.greaterThan(second!); // the first control sits at the right
  });

  it('requests nothing from any network before a click: icons are inline', async () => {
    const before = performance.getEntriesByType('resource').length;
    const el = await fixture<ArticleShare>(html`<article-share url="https://ledger.example/a"
      targets="x,facebook,linkedin,whatsapp,telegram,reddit,bluesky,email,copy"></article-share>`);
    // Anything the bar requested has a timing entry by the time its load or error event fires.
    await settled(el);
    await imagesSettled(shadow(el));
    const foreign = performance
      .getEntriesByType('resource')
      .slice(before)
      .filter((e) => !e.name.startsWith(location.origin));
    expect(foreign.map((e) => e.name)).to.deep.equal([]);
    expect(shadow(el).querySelectorAll('img, iframe, script, link').length).to.equal(0);
    expect(shadow(el).querySelectorAll('svg').length).to.equal(9);
  });

  it('keeps the live region in place before anything is copied, and announces each copy again', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => undefined } });
    const el = await fixture<ArticleShare>(html`<article-share lang="de" url="https://ledger.example/a" targets="copy"></article-share>`);
    const status = shadow(el).querySelector('[role="status"]')!;
    expect(textOf(status)).to.equal('');
    const seen: string[] = [];
    new MutationObserver(() => seen.push(textOf(status))).observe(status, { childList: true, subtree: true, characterData: true });
    for (let i = 0; i < 2; i++) {
      const event = oneEvent(el, 'article-share');
      shadow(el).querySelector('button')!.click();
      await event;
    }
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="status"]')).to.equal(status);
    expect(seen.filter((text) => text === 'Link kopiert').length).to.equal(2);
  });

  it('copies with the older copy command where the Clipboard API is missing', async () => {
    const original = document.execCommand;
    const commands: string[] = [];
    document.execCommand = (command: string) => (commands.push(command), true);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    try {
      const el = await fixture<ArticleShare>(
        html`<article-share lang="en" url="https://ledger.example/a?b=1" utm="utm_source=x" targets="copy"></article-share>`,
      );
      const event = oneEvent(el, 'article-share');
      shadow(el).querySelector('button')!.click();
      expect((await event).detail.url).to.equal('https://ledger.example/a?b=1&utm_source=x');
      await el.updateComplete;
      expect(commands).to.deep.equal(['copy']);
      expect(textOf(shadow(el).querySelector('[role="status"]'))).to.equal('Link copied');
      const field = shadow(el).querySelector<HTMLInputElement>('[part="field"]')!;
      expect(field.value).to.equal('https://ledger.example/a?b=1&utm_source=x');
      expect(field.dir).to.equal('ltr');
    } finally {
      document.execCommand = original;
    }
  });

  it('tells the reader to copy by hand when no copy works', async () => {
    const original = document.execCommand;
    document.execCommand = () => false;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    try {
      const el = await fixture<ArticleShare>(html`<article-share lang="es" url="https://ledger.example/a" targets="copy"></article-share>`);
      const event = oneEvent(el, 'article-share');
      shadow(el).querySelector('button')!.click();
      await event;
      await el.updateComplete;
      expect(textOf(shadow(el).querySelector('[role="status"]'))).to.equal('Copia el enlace desde el campo de abajo.');
      const field = shadow(el).querySelector<HTMLInputElement>('[part="field"]')!;
      expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
    } finally {
      document.execCommand = original;
    }
  });

  it('shares the page’s canonical URL when no url is given', async () => {
    const link = Object.assign(document.createElement('link'), { rel: 'canonical', href: 'https://ledger.example/canonical/' });
    document.head.append(link);
    try {
      const el = await fixture<ArticleShare>(html`<article-share targets="facebook"></article-share>`);
      expect(new URL(links(el)[0]!.href).searchParams.get('u')).to.equal('https://ledger.example/canonical/');
    } finally {
      link.remove();
    }
  });
});
