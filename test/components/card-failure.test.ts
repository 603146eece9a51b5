// When a card's `src` fails, the reader keeps what they had: the article's link above a plain
// sentence and Retry; the technical reason goes to the event, the console (once), the sentence's
// title and a "Details" disclosure. Retry keeps keyboard focus, or hands it to the headline of
// the article it brought.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { ArticleCard } from '../../src/index.js';
import type { ArticleErrorEvent } from '../../src/events/events.js';
import { upgradeAll } from '../../src/upgrade.js';
import { t } from '../../src/i18n/strings.js';
import { $, has, textOf } from '../helpers.js';
import { api, cardFor, newTag, outcome, requests } from '../load/server.js';

/** console.warn lines while `run` runs. */
async function warnings<T>(run: () => Promise<T>): Promise<{ result: T; lines: string[] }> {
  const lines: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  try {
    return { result: await run(), lines };
  } finally {
    console.warn = original;
  }
}

/** The error box's pieces in document order, by class. */
const order = (el: ArticleCard) => Array.from($(el, '[part="error"]').children, (child) => child.className || child.localName);

describe('<article-card> when src fails', () => {
  it('keeps the headline link above a plain sentence; the reason goes to the event, the title, Details and the console', async () => {
    const src = api('status/404', newTag('keeps-link'));
    const { result, lines } = await warnings(() =>
      cardFor(src, { lang: 'en', headline: 'Night ferries return', url: 'https://ledger.example/ferries/' }),
    );
    const { el, event } = result;
    const detail = (event as ArticleErrorEvent).detail;
    expect(detail.error.code).to.equal('http');
    expect(detail.error.status).to.equal(404);
    const link = $(el, '.error-link a') as HTMLAnchorElement;
    expect(textOf(link)).to.equal('Night ferries return');
    expect(link.href).to.equal('https://ledger.example/ferries/');
    expect(order(el)).to.deep.equal(['error-link', 'error-title', 'control', 'error-details']);
    const sentence = $(el, '.error-title');
    expect(textOf(sentence)).to.equal('This article could not be loaded.');
    const reason = t('en', 'errorHttp', { status: 404 });
    expect(textOf(sentence)).to.not.contain('404');
    expect(sentence.title).to.equal(reason);
    expect(textOf($(el, '.error-details summary'))).to.equal('Details');
    expect(($(el, '.error-details') as HTMLDetailsElement).open).to.equal(false);
    expect(textOf($(el, '.error-details p'))).to.equal(reason);
    expect(lines.length).to.equal(1);
    expect(lines[0]).to.contain(src).and.contain('http 404');
    await expect(el).to.be.accessible();
  });

  it('tells the console once for twenty cards with the same failing src', async () => {
    const src = api('status/500', newTag('console-once'));
    const { lines } = await warnings(async () => {
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      const cards = Array.from({ length: 20 }, () => {
        const card = document.createElement('article-card');
        card.setAttribute('src', src);
        return card;
      });
      const outcomes = cards.map(outcome);
      holder.append(...cards);
      await Promise.all(outcomes);
      await Promise.all(cards.map((card) => (card as ArticleCard).updateComplete));
    });
    expect(lines.filter((line) => line.includes(src)).length).to.equal(1);
  });

  it('keeps a fallback blockquote’s own link when its data-src fails', async () => {
    const src = api('status/503', newTag('blockquote'));
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    holder.innerHTML = `<blockquote class="article-embed" data-src="${src}" lang="en">
      <p><a href="https://ledger.example/2026/03/ferries/">Night ferries return to the fjord</a></p></blockquote>`;
    const observer = upgradeAll(holder);
    observer.disconnect();
    const el = holder.querySelector('article-card') as ArticleCard;
    expect(holder.querySelector('blockquote')).to.equal(null);
    const result = await outcome(el);
    await el.updateComplete;
    expect(result.type).to.equal('article-error');
    const link = $(el, '.error-link a') as HTMLAnchorElement;
    expect(textOf(link)).to.equal('Night ferries return to the fjord');
    expect(link.href).to.equal('https://ledger.example/2026/03/ferries/');
  });

  it('shows the URL itself when there is no headline, and never links to the data', async () => {
    const withUrl = await cardFor(api('status/404', newTag('url-only')), { url: 'https://ledger.example/ferries/' });
    expect(textOf($(withUrl.el, '.error-link a'))).to.equal('https://ledger.example/ferries/');
    const bare = await cardFor(api('status/404', newTag('bare')));
    expect(has(bare.el, '.error-link')).to.equal(false);
    expect(has(bare.el, '[part="error"] a')).to.equal(false);
    // An API path, even one ending in a slash, is data: no link.
    const data = await cardFor('http://127.0.0.1:1/wp-json/wp/v2/posts/42/');
    expect(has(data.el, '[part="error"] a')).to.equal(false);
  });

  it('links the src itself when it is the article’s page (format="html", or a page-like path)', async () => {
    const src = api('status/404', newTag('html-page'));
    const html = await cardFor(src, { format: 'html' });
    const link = $(html.el, '.error-link a') as HTMLAnchorElement;
    expect(link.href).to.equal(new URL(src, location.href).href);
    expect(textOf(link)).to.equal(link.href);
    // Nothing listens on port 1: a network error, quickly.
    const page = await cardFor('http://127.0.0.1:1/2026/03/ferries/');
    expect(($(page.el, '.error-link a') as HTMLAnchorElement).href).to.equal('http://127.0.0.1:1/2026/03/ferries/');
  });

  it('says it in the article’s language, right to left where that reads so', async () => {
    const de = await cardFor(api('status/404', newTag('de')), { lang: 'de', headline: 'Nachtfähren', url: 'https://ledger.example/f' });
    expect(textOf($(de.el, '.error-title'))).to.equal('Dieser Artikel konnte nicht geladen werden.');
    expect(textOf($(de.el, '.error-details summary'))).to.equal('Details');
    expect(textOf($(de.el, '[part="retry"]'))).to.equal(t('de', 'retry'));
    const ar = await cardFor(api('status/404', newTag('ar')), { lang: 'ar', headline: 'عودة العبّارات', url: 'https://ledger.example/f' });
    expect($(ar.el, '[part="error"]').getAttribute('dir')).to.equal('rtl');
    expect(textOf($(ar.el, '.error-title'))).to.equal(t('ar', 'errorLoad'));
    expect(textOf($(ar.el, '.error-details summary'))).to.equal(t('ar', 'errorDetails'));
  });

  it('gives a timeout its reason under Details, not in the sentence', async () => {
    const { el } = await cardFor(api('held', newTag('timeout')), { lang: 'en', timeout: '250' });
    expect(textOf($(el, '.error-title'))).to.equal(t('en', 'errorLoad'));
    expect(textOf($(el, '.error-details p'))).to.equal(t('en', 'errorTimeout'));
  });
});

describe('<article-card> Retry from the keyboard', () => {
  /** A card that failed, after a button to start tabbing from; Retry focused by Tab. */
  async function failedCard(route: string, tag: string): Promise<ArticleCard> {
    const holder = await fixture<HTMLDivElement>(html`<div><button id="before">Before</button></div>`);
    const el = document.createElement('article-card') as ArticleCard;
    el.setAttribute('lang', 'en');
    el.setAttribute('headline', 'The slow boat');
    el.setAttribute('url', 'https://ledger.example/slow-boat/');
    el.setAttribute('src', api(route, tag));
    const failed = outcome(el);
    holder.append(el);
    expect((await failed).type).to.equal('article-error');
    await el.updateComplete;
    holder.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' }); // the kept link
    await sendKeys({ press: 'Tab' }); // Retry
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('retry');
    return el;
  }

  it('keeps focus on Retry when the retry fails again', async () => {
    const tag = newTag('retry-fails');
    const el = await failedCard('status/500', tag);
    const retry = $(el, '[part="retry"]');
    const next = outcome(el);
    await sendKeys({ press: 'Enter' });
    expect((await next).type).to.equal('article-error');
    await el.updateComplete;
    expect((await requests(tag)).count).to.equal(2);
    expect(el.shadowRoot!.activeElement === retry, 'the same Retry button has the focus').to.equal(true);
    expect(document.activeElement === el).to.equal(true);
  });

  it('moves focus to the loaded article’s headline when the retry succeeds', async () => {
    const el = await failedCard('flaky', newTag('retry-loads'));
    const next = outcome(el);
    await sendKeys({ press: 'Enter' });
    expect((await next).type).to.equal('article-load');
    await el.updateComplete;
    const focused = el.shadowRoot!.activeElement as HTMLElement | null;
    expect(focused?.closest('.headline') !== null && focused !== null, 'focus is in the headline').to.equal(true);
    expect(focused?.localName).to.equal('a');
    expect(has(el, '[part="retry"]')).to.equal(false);
  });

  it('does not take the focus when the reader has moved on', async () => {
    const el = await failedCard('flaky', newTag('retry-elsewhere'));
    const next = outcome(el);
    $(el, '[part="retry"]').click();
    (el.parentElement!.querySelector('#before') as HTMLButtonElement).focus();
    expect((await next).type).to.equal('article-load');
    await el.updateComplete;
    expect(document.activeElement?.id).to.equal('before');
  });
});
