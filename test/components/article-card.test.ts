import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { ArticleCard } from '../../src/index.js';
import { forgetMode, MODE_STORAGE_KEY } from '../../src/preferences/mode-preference.js';
import { $, has, laidOut, renderingUpdates, shadow, skipping, textOf, settled } from '../helpers.js';

const story = {
  headline: 'Night ferries return to the fjord',
  url: 'https://ledger.example/2026/03/ferries/',
  excerpt: 'A late crossing is back.',
  body: '<p>The first paragraph.</p><p>The second <a href="https://ledger.example/x">link</a>.</p>',
  image: { url: 'https://ledger.example/ferry.jpg', alt: 'A ferry at night', width: 1200, height: 630 },
  authors: [{ name: 'Ingrid Solberg', url: 'https://ledger.example/a/ingrid' }, { name: 'Tomás Reyes' }],
  published: '2026-03-14T07:12:00Z',
  publisher: { name: 'The Harbour Ledger', url: 'https://ledger.example/' },
  section: 'Local',
  tags: ['transport'],
  lang: 'en',
  comments: { url: 'https://ledger.example/2026/03/ferries/#respond', count: 3 },
  menu: [
    { label: 'Home', url: 'https://ledger.example/' },
    { label: 'Local', url: 'https://ledger.example/local/' },
  ],
};

/** The words a link shows: its own text, without the visually hidden rest of its name. */
function visibleWords(link: Element): string {
  return textOf(link)
    .replace(textOf(link.querySelector('.visually-hidden')), '')
    .trim();
}

/** Rendered, not `display: none` (the container query or a closed disclosure hides things). */
function isShown(node: HTMLElement): boolean {
  return node.getClientRects().length > 0;
}

/** The text a reader sees: hidden alternatives (the toggle's other label) left out. */
function shownText(node: HTMLElement): string {
  return node.innerText.replace(/\s+/g, ' ').trim();
}

async function card(template: ReturnType<typeof html>): Promise<ArticleCard> {
  const el = await fixture<ArticleCard>(template);
  await settled(el);
  // Laid out, as a reader gets it: until the browser's first rendering update marks the card
  // near the viewport (content-visibility: auto), its content is skipped and innerText, which
  // reports rendered text, is empty.
  await laidOut(el);
  return el;
}

describe('<article-card>', () => {
  beforeEach(() => forgetMode());

  describe('from attributes', () => {
    let el: ArticleCard;
    beforeEach(async () => {
      el = await card(html`<article-card lang="en" headline="Night ferries return" url="https://ledger.example/ferries/"
        author="Ingrid Solberg" published="2026-03-14T07:12:00Z" image="https://ledger.example/ferry.jpg" image-alt="Ferry"
        body="<p>Hello <strong>readers</strong></p>" comments-url="https://ledger.example/ferries/#respond" comments-count="3"
        section="Local" publisher="The Harbour Ledger" publisher-url="https://ledger.example/"></article-card>`);
    });

    it('renders the headline as a link to url', () => {
      const link = $(el, '.headline a') as HTMLAnchorElement;
      expect(textOf(link)).to.equal('Night ferries return');
      expect(link.href).to.equal('https://ledger.example/ferries/');
    });

    it('renders the hero image with its alt text and reserved size', () => {
      const img = $(el, '.hero') as HTMLImageElement;
      expect(img.getAttribute('src')).to.equal('https://ledger.example/ferry.jpg');
      expect(img.alt).to.equal('Ferry');
      expect(img.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('renders the sanitized body as DOM', () => {
      expect(textOf($(el, '.body strong'))).to.equal('readers');
    });

    it('renders byline, comments, "Written by" and source', () => {
      expect(textOf($(el, '.byline .authors'))).to.equal('By Ingrid Solberg');
      expect($(el, '.byline time').getAttribute('datetime')).to.equal('2026-03-14T07:12:00.000Z');
      expect(textOf($(el, '[part="comments"]'))).to.equal('3 Comments');
      expect(textOf($(el, '[part="written-by"]'))).to.equal('Written by Ingrid Solberg');
      expect(textOf($(el, '[part="source"]'))).to.equal('Source: The Harbour Ledger');
      expect(textOf($(el, '.section'))).to.equal('Local');
    });

    it('renders a share bar for the article URL', () => {
      const x = $(el, '[part="share"] a[href^="https://x.com/"]') as HTMLAnchorElement;
      expect(new URL(x.href).searchParams.get('url')).to.equal('https://ledger.example/ferries/');
    });

    it('says "Leave a Reply" when there are no comments yet', async () => {
      el.commentsCount = 0;
      await settled(el);
      expect(textOf($(el, '[part="comments"]'))).to.equal('Leave a Reply');
    });

    it('re-renders when an attribute changes', async () => {
      el.setAttribute('headline', 'A corrected headline');
      await settled(el);
      expect(textOf($(el, '.headline'))).to.equal('A corrected headline');
    });
  });

  it('renders text attributes as text, never as markup', async () => {
    const el = await card(html`<article-card headline="<img src=x onerror=alert(1)>Title" section="<b>S</b>"
      author="<script>alert(1)</script>"></article-card>`);
    expect(textOf($(el, '.headline'))).to.equal('<img src=x onerror=alert(1)>Title');
    expect(shadow(el).querySelectorAll('img, b, script').length).to.equal(0);
  });

  it('strips scripts, handlers and javascript: from the body and URL attributes', async () => {
    const el = await card(html`<article-card headline="H" url="javascript:alert(1)" image="javascript:alert(2)"
      author="A" author-url="javascript:alert(3)" comments-url="javascript:alert(4)" comments-count="2"
      body='<p onmouseover="alert(5)">x</p><script>alert(6)</script><a href="javascript:alert(7)">y</a><img src=x onerror=alert(8)>'></article-card>`);
    const markup = shadow(el).innerHTML;
    expect(markup).not.to.match(/javascript:|onmouseover|onerror|<script/i);
    expect(has(el, '.headline a')).to.equal(false);
    expect(has(el, '.hero')).to.equal(false);
  });

  it('takes a whole Article from the article property, winning over attributes', async () => {
    const el = await card(html`<article-card headline="Attribute headline" .article=${story}></article-card>`);
    expect(textOf($(el, '.headline'))).to.equal(story.headline);
    expect(textOf($(el, '[part="written-by"]'))).to.equal('Written by Ingrid Solberg and Tomás Reyes');
    expect(shadow(el).querySelectorAll('.tags li').length).to.equal(1);
    expect(el.currentArticle?.authors.length).to.equal(2);
  });

  it('reads a child <script type="application/json">, and attributes win over it', async () => {
    const el = await card(
      html`<article-card headline="Corrected"><script type="application/json">${JSON.stringify(story)}</script></article-card>`,
    );
    expect(textOf($(el, '.headline'))).to.equal('Corrected');
    expect(textOf($(el, '.section'))).to.equal('Local');
  });

  it('reads schema.org JSON-LD, including an @graph with @id references', async () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Person', '@id': '#ana', name: 'Ana Lima', url: 'https://ledger.example/a/ana' },
        { '@type': 'Organization', '@id': '#org', name: 'The Harbour Ledger', url: 'https://ledger.example/' },
        {
          '@type': 'NewsArticle',
          headline: 'From JSON-LD',
          author: { '@id': '#ana' },
          publisher: { '@id': '#org' },
          datePublished: '2026-01-02T03:04:05Z',
          articleBody: 'Line one.\n\nLine two.',
        },
      ],
    };
    const el = await card(html`<article-card><script type="application/ld+json">${JSON.stringify(ld)}</script></article-card>`);
    expect(textOf($(el, '.headline'))).to.equal('From JSON-LD');
    expect(textOf($(el, '[part="written-by"]'))).to.equal('Written by Ana Lima');
    expect(textOf($(el, '[part="source"]'))).to.equal('Source: The Harbour Ledger');
    expect(shadow(el).querySelectorAll('.body p').length).to.equal(2);
  });

  it('reads the body from a child <template>, sanitized', async () => {
    const el = await card(
      html`<article-card headline="T"><template><p>From a template</p><img src=x onerror="window.__hit=1"></template></article-card>`,
    );
    expect(textOf($(el, '.body p'))).to.equal('From a template');
    expect(shadow(el).innerHTML).not.to.contain('onerror');
  });

  it('uses plain light-DOM children as the body', async () => {
    const el = await card(html`<article-card headline="Light"><p>Visible without the script.</p><p>Second.</p></article-card>`);
    expect(shadow(el).querySelectorAll('.body p').length).to.equal(2);
    expect(Array.from(shadow(el).querySelectorAll('.body p'), textOf)).to.deep.equal(['Visible without the script.', 'Second.']);
  });

  it('fires article-error for inline JSON without a headline, and shows a Retry button', async () => {
    const el = document.createElement('article-card');
    el.innerHTML = '<script type="application/json">{"body":"<p>no headline</p>"}</script>';
    const event = oneEvent(el, 'article-error');
    document.body.append(el);
    const { detail } = await event;
    expect(detail.error.code).to.equal('no-article');
    await settled(el);
    expect(has(el, '[part="retry"]')).to.equal(true);
    expect($(el, '[part="error"]').getAttribute('role')).to.equal('alert');
    el.remove();
  });

  it('fires article-error when the article property holds no article', async () => {
    const el = document.createElement('article-card') as ArticleCard;
    el.article = 42 as never;
    const event = oneEvent(el, 'article-error');
    document.body.append(el);
    expect((await event).detail.error.code).to.equal('no-article');
    await settled(el);
    expect(has(el, '[part="retry"]')).to.equal(true);
    el.remove();
  });

  it('fires article-error with bad-json for broken inline JSON', async () => {
    const el = document.createElement('article-card');
    el.innerHTML = '<script type="application/json">{"headline": "cut</script>';
    const event = oneEvent(el, 'article-error');
    document.body.append(el);
    expect((await event).detail.error.code).to.equal('bad-json');
    el.remove();
  });

  it('fires article-load with the normalized article once rendered', async () => {
    const el = document.createElement('article-card') as ArticleCard;
    el.article = story;
    const event = oneEvent(el, 'article-load');
    document.body.append(el);
    const { detail } = await event;
    expect(detail.article.headline).to.equal(story.headline);
    expect(has(el, '.headline')).to.equal(true);
    el.remove();
  });

  it('renders the summary layout: image, headline, excerpt and Read more', async () => {
    const el = await card(html`<article-card layout="summary" .article=${story}></article-card>`);
    expect(has(el, '.hero')).to.equal(true);
    expect(textOf($(el, '.excerpt'))).to.equal(story.excerpt);
    const more = $(el, '.read-more') as HTMLAnchorElement;
    expect(visibleWords(more)).to.equal('Read more');
    expect(more.href).to.equal(story.url);
    expect(has(el, '.body')).to.equal(false);
  });

  it('shows the site menu as a disclosure in mobile mode', async () => {
    const el = await card(html`<article-card mode="mobile" .article=${story}></article-card>`);
    const button = $(el, '[part="menu"] [part="menu-button"]');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal($(el, '[part="sections"]').id);
    expect(isShown($(el, '[part="sections"]'))).to.equal(false);
    button.click();
    await settled(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(isShown($(el, '[part="sections"]'))).to.equal(true);
  });

  it('switches mode with the "Exit mobile version" toggle (a fixed mode: this card only)', async () => {
    const el = await card(html`<article-card mode="mobile" .article=${story}></article-card>`);
    const toggle = $(el, '[part="toggle"]');
    expect(shownText(toggle)).to.equal('Exit mobile version');
    const event = oneEvent(el, 'article-mode-change');
    toggle.click();
    expect((await event).detail.mode).to.equal('desktop');
    await settled(el);
    expect(el.mode).to.equal('desktop');
    expect(shownText($(el, '[part="toggle"]'))).to.equal('Switch to mobile version');
    expect(localStorage.getItem(MODE_STORAGE_KEY)).to.equal(null);
  });

  it('follows its own width, not the viewport, in mode="auto"', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 360px"><article-card .article=${story}></article-card></div>`);
    const el = wrapper.querySelector('article-card')!;
    await settled(el);
    await laidOut(el);
    expect(isShown($(el, '[part="menu-button"]'))).to.equal(true);
    expect(isShown($(el, '[part="sections"]'))).to.equal(false);
    expect(shownText($(el, '[part="toggle"]'))).to.equal('Exit mobile version');
    const narrowSize = parseFloat(getComputedStyle($(el, '.headline')).fontSize);
    wrapper.style.width = '900px';
    // The container query alone re-lays the card out: the sections become a bar (layout is
    // recomputed as it is read, so there is no frame to wait for).
    expect(isShown($(el, '[part="menu-button"]'))).to.equal(false);
    expect(isShown($(el, '[part="sections"]'))).to.equal(true);
    expect(shownText($(el, '[part="toggle"]'))).to.equal('Switch to mobile version');
    expect(parseFloat(getComputedStyle($(el, '.headline')).fontSize)).to.be.greaterThan(narrowSize);
  });

  it('lays out right-to-left articles with dir="rtl"', async () => {
    const el = await card(html`<article-card lang="ar" headline="عنوان" author="ليلى" body="<p>نص</p>"></article-card>`);
    expect($(el, '.card').getAttribute('dir')).to.equal('rtl');
    expect($(el, '.card').getAttribute('lang')).to.equal('ar');
  });

  it('hides the share bar with share="none"', async () => {
    const el = await card(html`<article-card share="none" .article=${story}></article-card>`);
    expect(has(el, '[part="share"]')).to.equal(false);
  });
});

describe('<article-card> languages, direction and the remembered mode', () => {
  beforeEach(() => forgetMode());

  it('takes the UI language from its lang, then the article, then the page, then the browser', async () => {
    const own = await card(html`<article-card lang="it" .article=${{ ...story, lang: 'fr' }}></article-card>`);
    expect(textOf($(own, '[part="comments"]'))).to.equal('3 commenti');
    const fromArticle = await card(html`<article-card .article=${{ ...story, lang: 'fr' }}></article-card>`);
    expect(textOf($(fromArticle, '[part="comments"]'))).to.equal('3 commentaires');
    expect($(fromArticle, '.card').getAttribute('lang')).to.equal('fr');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="pt-BR"><article-card .article=${{ ...story, lang: undefined }}></article-card></div>`,
    );
    const fromPage = wrapper.querySelector('article-card')!;
    await settled(fromPage);
    expect(textOf($(fromPage, '[part="written-by"]'))).to.equal('Escrito por Ingrid Solberg e Tomás Reyes');
    const fromBrowser = await card(html`<article-card .article=${{ ...story, lang: undefined }}></article-card>`);
    expect($(fromBrowser, '.card').getAttribute('lang')).to.equal(navigator.language);
  });

  it('passes language and direction to its byline, share bar and menus', async () => {
    const el = await card(html`<article-card mode="mobile" .article=${{ ...story, lang: 'fa' }}></article-card>`);
    for (const part of ['byline', 'share', 'menu', 'mode-toggle']) {
      const node = $(el, `[part="${part}"]`);
      expect([part, node.closest('[lang]')?.getAttribute('lang'), getComputedStyle(node).direction]).to.deep.equal([part, 'fa', 'rtl']);
    }
    expect(textOf($(el, '[part="written-by"]'))).to.equal('نوشتهٔ Ingrid Solberg و Tomás Reyes');
    expect(shownText($(el, '[part="toggle"]'))).to.equal('خروج از نسخهٔ موبایل');
  });

  it('honours an explicit dir over the language, down to its parts', async () => {
    const el = await card(html`<article-card dir="ltr" .article=${{ ...story, lang: 'ar' }}></article-card>`);
    expect($(el, '.card').getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle($(el, '[part="byline"]')).direction).to.equal('ltr');
  });

  it('mirrors right-to-left: arrow, quote rule and section name follow the text', async () => {
    const el = await card(html`<article-card layout="summary" .article=${{ ...story, lang: 'ar', section: 'ثقافة' }}></article-card>`);
    const arrow = $(el, '.read-more svg');
    expect(getComputedStyle(arrow).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    expect(getComputedStyle($(el, '.section')).letterSpacing).to.equal('normal');
    const ltr = await card(html`<article-card layout="summary" .article=${story}></article-card>`);
    expect(getComputedStyle($(ltr, '.read-more svg')).transform).to.equal('none');
    const full = await card(
      html`<article-card .article=${{ ...story, lang: 'he', body: '<blockquote><p>ציטוט</p></blockquote>' }}></article-card>`,
    );
    const quote = getComputedStyle($(full, '.body blockquote'));
    expect([quote.borderRightWidth, quote.borderLeftWidth]).to.deep.equal(['4px', '0px']);
  });

  it('puts the summary’s image beside the text on desktop, and keeps one column without an image', async () => {
    const withImage = await card(html`<article-card layout="summary" mode="desktop" .article=${story}></article-card>`);
    expect(getComputedStyle($(withImage, '.card')).display).to.equal('grid');
    const without = await card(
      html`<article-card layout="summary" mode="desktop" .article=${{ ...story, image: undefined }}></article-card>`,
    );
    expect(getComputedStyle($(without, '.card')).display).to.equal('flex');
  });

  it('names "Read more" after the headline in its own text, the visible words first', async () => {
    const el = await card(html`<article-card layout="summary" lang="de" .article=${story}></article-card>`);
    const more = $(el, '.read-more');
    // Seen: the words alone; in the link's text (what screen readers and crawlers read): the headline too.
    expect(visibleWords(more)).to.equal('Weiterlesen');
    expect(getComputedStyle($(el, '.read-more .visually-hidden')).clipPath).to.equal('inset(50%)');
    expect(textOf(more)).to.equal(`Weiterlesen: ${story.headline}`);
    expect(more.hasAttribute('aria-label')).to.equal(false);
  });

  it('in mode="auto", follows the remembered choice before its width, on every card at once', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 360px">
      <article-card .article=${story}></article-card><article-card .article=${story}></article-card></div>`);
    const [first, second] = Array.from(wrapper.querySelectorAll('article-card'));
    await settled(first!);
    await settled(second!);
    await Promise.all([laidOut(first!), laidOut(second!)]);
    const menuMode = (el: Element) => {
      const button = shadow(el).querySelector<HTMLElement>('[part="menu-button"]');
      return button && isShown(button) ? 'mobile' : 'desktop';
    };
    expect([menuMode(first!), menuMode(second!)]).to.deep.equal(['mobile', 'mobile']);
    const event = oneEvent(first!, 'article-mode-change');
    $(first!, '[part="toggle"]').click();
    await event;
    await settled(first!);
    await settled(second!);
    expect(first!.mode).to.equal('auto');
    expect([menuMode(first!), menuMode(second!)]).to.deep.equal(['desktop', 'desktop']);
    expect($(second!, '.card').classList.contains('desktop')).to.equal(true);
  });

  it('follows a choice made in another tab (the storage event)', async () => {
    const el = await card(html`<article-card .article=${story}></article-card>`);
    localStorage.setItem(MODE_STORAGE_KEY, 'desktop');
    window.dispatchEvent(new StorageEvent('storage', { key: MODE_STORAGE_KEY, newValue: 'desktop' }));
    await settled(el);
    expect($(el, '.card').classList.contains('desktop')).to.equal(true);
    localStorage.removeItem(MODE_STORAGE_KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: MODE_STORAGE_KEY, newValue: null }));
    await settled(el);
    expect($(el, '.card').classList.contains('desktop')).to.equal(false);
  });

  it('keeps a mode the site fixed, unless the reader switches that very card', async () => {
    const el = await card(html`<article-card mode="mobile" .article=${story}></article-card>`);
    const other = await card(html`<article-card mode="mobile" .article=${story}></article-card>`);
    $(el, '[part="toggle"]').click();
    await settled(el);
    await settled(other);
    expect(el.mode).to.equal('desktop');
    expect(other.mode).to.equal('mobile');
    expect($(other, '.card').classList.contains('mobile')).to.equal(true);
  });

  it('closes its open menu on a click elsewhere on the page', async () => {
    const el = await card(html`<article-card mode="mobile" .article=${story}></article-card>`);
    const button = $(el, '[part="menu-button"]');
    button.click();
    await settled(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    $(el, '.headline').click();
    await settled(el);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(isShown($(el, '[part="sections"]'))).to.equal(false);
  });
});

describe('<article-card> off screen', () => {
  /** Is the headline rendered (not skipped because the card is far from the viewport)? */
  const rendered = (el: ArticleCard) => $(el, '.headline').checkVisibility({ contentVisibilityAuto: true });

  it('skips rendering far below the viewport, renders when scrolled near, and stays complete in the DOM', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div><div style="height: 6000px"></div><article-card .article=${story}></article-card></div>`,
    );
    const el = wrap.querySelector('article-card') as ArticleCard;
    await settled(el);
    await laidOut(el);
    expect(rendered(el)).to.equal(false);
    // Everything is there for scripts, find-in-page and assistive technology, only not laid out.
    expect(textOf($(el, '[part="written-by"]'))).to.equal('Written by Ingrid Solberg and Tomás Reyes');
    const shown = skipping(el, false);
    el.scrollIntoView();
    await shown;
    expect(rendered(el)).to.equal(true);
    expect(el.getBoundingClientRect().height).to.be.above(0);
    window.scrollTo(0, 0);
  });

  it('renders the cards in view in their first frame, at their real height: nothing after them moves', async () => {
    const shifts: number[] = [];
    const supported = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
    const observer = supported
      ? new PerformanceObserver((list) => list.getEntries().forEach((e) => shifts.push((e as unknown as { value: number }).value)))
      : undefined;
    observer?.observe({ type: 'layout-shift' });
    const wrap = await fixture<HTMLElement>(html`<div>
      <article-card layout="summary" .article=${story}></article-card>
      <article-card headline="A short one" body="<p>One paragraph.</p>" author="Ana Lima"></article-card>
      <p class="after">The host page goes on below the embeds.</p>
      <div style="height: 6000px"></div><article-card class="far" .article=${story}></article-card></div>`);
    const [summary, short, far] = [...wrap.querySelectorAll('article-card')] as ArticleCard[];
    const after = wrap.querySelector('.after')!;
    await Promise.all([summary, short, far].map(settled));
    // The rAF before the first frame measured the cards: the two in view are marked and rendered.
    await laidOut(after);
    const top = after.getBoundingClientRect().top;
    await renderingUpdates(3);
    expect(after.getBoundingClientRect().top).to.equal(top);
    expect([summary, short, far].map((el) => el.matches(':state(near)'))).to.deep.equal([true, true, false]);
    expect([summary, short, far].map((el) => rendered(el))).to.deep.equal([true, true, false]);
    observer?.disconnect();
    expect(shifts).to.deep.equal([]);
  });

  it('renders off screen too when the page opts out with content-visibility: visible', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><style>.eager article-card { content-visibility: visible; }</style>
      <div class="eager"><div style="height: 6000px"></div><article-card .article=${story}></article-card></div></div>`);
    const el = wrap.querySelector('article-card') as ArticleCard;
    await settled(el);
    await laidOut(el);
    expect(rendered(el)).to.equal(true);
  });
});
