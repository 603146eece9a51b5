import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ArticleCard } from '../../src/index.js';
import type { ArticleErrorEvent } from '../../src/events/events.js';
import { ArticleError } from '../../src/model/errors.js';
import { t } from '../../src/i18n/strings.js';
import { $, has, textOf } from '../helpers.js';
import { api, cardFor, newTag, outcome, release, requests, serverSaw } from './server.js';

function otherOrigin(): string {
  return `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
}

/** A card that fails with `code`, its event, and what the reader sees. */
async function failingCard(src: string, code: string, attributes: Record<string, string> = {}) {
  const { el, event } = await cardFor(src, { lang: 'en', ...attributes });
  expect(event.type).to.equal('article-error');
  const detail = (event as ArticleErrorEvent).detail;
  expect(detail.error).to.be.instanceOf(ArticleError);
  expect(detail.error.code, detail.error.message).to.equal(code);
  expect(detail.src).to.equal(src);
  expect(el.error).to.equal(detail.error);
  const box = $(el, '[part="error"]');
  expect(box.getAttribute('role')).to.equal('alert');
  const retry = $(el, 'button[part="retry"]');
  expect(textOf(retry)).to.equal(t('en', 'retry'));
  // The reader's sentence is plain; the technical reason is under "Details" and in its title.
  expect(textOf($(el, '.error-title'))).to.equal(t('en', 'errorLoad'));
  const reason = textOf($(el, '.error-details p'));
  expect($(el, '.error-title').title).to.equal(reason);
  return { el, error: detail.error, message: reason };
}

describe('load: <article-card src> states', () => {
  describe('every fault shows a message and a Retry button, and fires article-error', () => {
    // route, expected code, the UI string shown, extra attributes.
    const cases: Array<[string, string, string, Record<string, string>?]> = [
      ['status/404', 'http', t('en', 'errorHttp', { status: 404 })],
      ['status/500', 'http', t('en', 'errorHttp', { status: 500 })],
      ['truncated', 'bad-json', t('en', 'errorBadJson')],
      ['wrong-shape', 'no-article', t('en', 'errorNoArticle')],
      ['image', 'unsupported', t('en', 'errorUnsupported')],
      ['huge', 'too-large', t('en', 'errorTooLarge')],
      ['held', 'timeout', t('en', 'errorTimeout'), { timeout: '250' }],
    ];
    for (const [route, code, message, attributes] of cases) {
      it(`${route} → ${code}`, async () => {
        const { message: shown } = await failingCard(api(route, newTag(route)), code, attributes);
        expect(shown).to.equal(message);
      });
    }

    it('cross-origin without CORS → network, and the message says so', async () => {
      const { message } = await failingCard(`${otherOrigin()}${api('sources/native.json', newTag('cors'))}`, 'network');
      expect(message).to.contain(t('en', 'errorCors'));
      expect(message).to.contain('CORS');
    });

    it('a javascript: src → blocked-url, without any request', async () => {
      const { message } = await failingCard('javascript:alert(document.domain)', 'blocked-url');
      expect(message).to.contain(t('en', 'errorBlockedUrl'));
    });

    it('a document of another format than `format` → unsupported', async () => {
      await failingCard(api('sources/native.json', newTag('format')), 'unsupported', { format: 'oembed' });
    });

    it('an unknown `format` → unsupported', async () => {
      await failingCard(api('sources/native.json', newTag('format')), 'unsupported', { format: 'rss' });
    });

    it('the error box passes an accessibility check', async () => {
      const { el } = await failingCard(api('status/404', newTag('a11y')), 'http');
      await expect(el).to.be.accessible();
    });
  });

  it('Retry really asks the server again, and shows the article', async () => {
    const tag = newTag('retry');
    const { el } = await failingCard(api('flaky', tag), 'http');
    const next = outcome(el);
    $(el, 'button[part="retry"]').click();
    const event = await next;
    expect(event.type).to.equal('article-load');
    await el.updateComplete;
    expect(textOf($(el, '.headline'))).to.equal('The slow boat arrives');
    expect(has(el, '[part="error"]')).to.equal(false);
    expect((await requests(tag)).count).to.equal(2);
  });

  it('retry() after a success bypasses the cache', async () => {
    const tag = newTag('retry-ok');
    const { el } = await cardFor(api('sources/native.json', tag));
    expect((await requests(tag)).count).to.equal(1);
    const next = outcome(el);
    el.retry();
    expect((await next).type).to.equal('article-load');
    expect((await requests(tag)).count).to.equal(2);
  });

  it('twenty cards with one src make one request', async () => {
    const tag = newTag('twenty');
    const src = api('sources/native.json', tag);
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const cards = Array.from({ length: 20 }, () => {
      const el = document.createElement('article-card');
      el.setAttribute('src', src);
      el.setAttribute('layout', 'summary');
      return el;
    });
    const loaded = cards.map((el) => outcome(el));
    holder.append(...cards);
    const events = await Promise.all(loaded);
    expect(events.every((e) => e.type === 'article-load')).to.equal(true);
    for (const el of cards) expect(textOf($(el, '.headline'))).to.equal('Harbour ferries add a night crossing');
    expect((await requests(tag)).count).to.equal(1);
    // A card added later reuses the answer too.
    const late = await cardFor(src);
    expect(late.event.type).to.equal('article-load');
    expect((await requests(tag)).count).to.equal(1);
  });

  it('loading="lazy" fetches nothing until the card nears the viewport', async () => {
    const tag = newTag('lazy');
    const holder = await fixture<HTMLDivElement>(html`<div style="height: 8000px; position: relative"></div>`);
    const el = document.createElement('article-card') as ArticleCard;
    el.setAttribute('loading', 'lazy');
    el.setAttribute('src', api('sources/native.json', tag));
    el.style.cssText = 'position: absolute; top: 7000px; left: 0; right: 0';
    const loaded = outcome(el);
    holder.append(el);
    await el.updateComplete;
    // Our observer was made after the card's: once it has reported, so has the card's.
    await new Promise<void>((resolve) => {
      const observer = new IntersectionObserver(() => {
        observer.disconnect();
        resolve();
      });
      observer.observe(el);
    });
    expect((await requests(tag)).count).to.equal(0);
    expect(has(el, '[part="skeleton"]')).to.equal(true);
    el.scrollIntoView();
    expect((await loaded).type).to.equal('article-load');
    expect((await requests(tag)).count).to.equal(1);
    window.scrollTo(0, 0);
  });

  it('removing the card mid-load aborts the request, and no event fires', async () => {
    const tag = newTag('remove');
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('article-card') as ArticleCard;
    el.setAttribute('src', api('held', tag));
    let events = 0;
    el.addEventListener('article-load', () => events++);
    el.addEventListener('article-error', () => events++);
    holder.append(el);
    await serverSaw(tag, 'count');
    el.remove();
    // The abort settles the card's load at once; the server hears of it a round trip later.
    await serverSaw(tag, 'aborted');
    expect(events).to.equal(0);
  });

  it('a card removed mid-load and put back loads again', async () => {
    const tag = newTag('reattach');
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('article-card') as ArticleCard;
    el.setAttribute('src', api('held', tag));
    holder.append(el);
    await serverSaw(tag, 'count');
    el.remove();
    const loaded = outcome(el);
    holder.append(el);
    await serverSaw(tag, 'count', 2);
    await release(tag);
    expect((await loaded).type).to.equal('article-load');
    expect((await requests(tag)).count).to.equal(2);
  });

  it('changing src mid-load aborts the old request and shows the new article', async () => {
    const slowTag = newTag('switch-slow');
    const el = document.createElement('article-card') as ArticleCard;
    el.setAttribute('src', api('held', slowTag));
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    holder.append(el);
    await serverSaw(slowTag, 'count');
    const loaded = outcome(el);
    el.src = api('sources/native.json', newTag('switch-new'));
    expect((await loaded).type).to.equal('article-load');
    await el.updateComplete;
    expect(textOf($(el, '.headline'))).to.equal('Harbour ferries add a night crossing');
    await serverSaw(slowTag, 'aborted');
  });

  it('a card that stays keeps loading when another card with the same src is removed', async () => {
    const tag = newTag('shared');
    const src = api('held', tag);
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const [a, b] = [document.createElement('article-card'), document.createElement('article-card')];
    a.setAttribute('src', src);
    b.setAttribute('src', src);
    const loaded = outcome(b);
    holder.append(a, b);
    await serverSaw(tag, 'count');
    a.remove();
    await release(tag);
    expect((await loaded).type).to.equal('article-load');
    expect((await requests(tag)).aborted).to.equal(0);
  });

  it("shows a skeleton that reserves the card's space while loading", async () => {
    const tag = newTag('skeleton');
    const holder = await fixture<HTMLDivElement>(html`<div style="width: 500px"></div>`);
    const el = document.createElement('article-card') as ArticleCard;
    el.setAttribute('src', api('held', tag));
    el.setAttribute('lang', 'en');
    const loaded = outcome(el);
    holder.append(el);
    await el.updateComplete;
    const skeleton = $(el, '[part="skeleton"]');
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(textOf(skeleton)).to.equal(t('en', 'loading'));
    expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(100);
    await release(tag);
    await loaded;
    await el.updateComplete;
    expect(has(el, '[part="skeleton"]')).to.equal(false);
  });

  it('drops the reserved picture when the loaded summary has none: no empty tile', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div style="width: 360px"></div>`);
    const el = document.createElement('article-card') as ArticleCard;
    // The held route's article has no image; the placeholder reserved one.
    const tag = newTag('summary-no-picture');
    el.setAttribute('src', api('held', tag));
    el.setAttribute('layout', 'summary');
    const loaded = outcome(el);
    holder.append(el);
    await el.updateComplete;
    expect(has(el, '[part="skeleton"] .image')).to.equal(true);
    await release(tag);
    expect((await loaded).type).to.equal('article-load');
    await el.updateComplete;
    expect(has(el, '[part="image"]')).to.equal(false);
    expect(textOf($(el, '[part="source"]'))).to.equal('ledger.example');
  });

  it('attributes override the fields from src', async () => {
    const { el, event } = await cardFor(api('sources/wordpress-post.json', newTag('override')), {
      headline: 'A partner\u2019s corrected headline',
      'image-alt': 'The lighthouse, corrected',
      section: 'Partners',
      author: 'Guest Editor',
      lang: 'en',
    });
    expect(event.type).to.equal('article-load');
    expect(textOf($(el, '.headline'))).to.equal('A partner\u2019s corrected headline');
    expect(($(el, '.headline a') as HTMLAnchorElement).href).to.equal('https://courier.example/2026/03/14/lighthouse-keepers-daughter/');
    expect(($(el, '.hero') as HTMLImageElement).alt).to.equal('The lighthouse, corrected');
    expect(($(el, '.hero') as HTMLImageElement).getAttribute('src')).to.contain('skerry-point-1024x683.jpg');
    expect(textOf($(el, '[part="section"]'))).to.equal('Partners');
    expect(textOf($(el, '[part="written-by"]'))).to.contain('Guest Editor');
    expect(el.currentArticle?.published).to.equal('2026-03-14T07:12:00.000Z');
  });

  it('the timeout attribute is honoured (a short one fails, a long one waits)', async () => {
    // Both wait on held responses; the long one is released only after the short one gave up.
    const tag = newTag('timeout');
    const long = cardFor(api('held', tag), { timeout: '5000' });
    const quick = await cardFor(api('held', newTag('timeout-short')), { timeout: '100' });
    expect((quick.event as ArticleErrorEvent).detail.error.code).to.equal('timeout');
    await release(tag);
    expect((await long).event.type).to.equal('article-load');
  });

  it('the page keeps working: a failing card does not affect its neighbours', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const bad = document.createElement('article-card');
    const good = document.createElement('article-card');
    bad.setAttribute('src', api('truncated', newTag('bad')));
    good.setAttribute('src', api('sources/jsonfeed-1.0.json', newTag('good')));
    const outcomes = Promise.all([outcome(bad), outcome(good)]);
    holder.append(bad, good);
    const [badEvent, goodEvent] = await outcomes;
    expect(badEvent.type).to.equal('article-error');
    expect(goodEvent.type).to.equal('article-load');
  });
});
