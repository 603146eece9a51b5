import { fixture, html, expect } from '@open-wc/testing';
import '../../src/components/article-byline/article-byline.define.js';
import type { ArticleByline } from '../../src/components/article-byline/article-byline.js';
import { $, has, textOf } from '../helpers.js';

describe('<article-byline>', () => {
  it('renders one author with a link and an avatar', async () => {
    const el = await fixture<ArticleByline>(html`<article-byline lang="en" author="Ingrid Solberg"
      author-url="https://ledger.example/a/ingrid" author-image="https://ledger.example/i.png"></article-byline>`);
    expect(textOf($(el, '.authors'))).to.equal('By Ingrid Solberg');
    expect(($(el, '.authors a') as HTMLAnchorElement).href).to.equal('https://ledger.example/a/ingrid');
    const avatar = $(el, '.avatar') as HTMLImageElement;
    expect(avatar.getAttribute('width')).to.equal('40');
    expect(avatar.getAttribute('referrerpolicy')).to.equal('no-referrer');
  });

  it('joins several authors the way the language does', async () => {
    const el = await fixture<ArticleByline>(html`<article-byline lang="fr" .authors=${['Camille Roux', 'Julien Perrin', 'Inès Haddad']}></article-byline>`);
    expect(textOf($(el, '.authors'))).to.equal('By Camille Roux, Julien Perrin et Inès Haddad');
  });

  it('formats dates with Intl.DateTimeFormat in a <time datetime>', async () => {
    const el = await fixture<ArticleByline>(html`<article-byline lang="en-US" published="2026-03-14T07:12:00Z" modified="2026-03-15T09:30:00Z"></article-byline>`);
    const published = $(el, '[part="published"]');
    expect(published.getAttribute('datetime')).to.equal('2026-03-14T07:12:00.000Z');
    expect(textOf(published)).to.equal('March 14, 2026 at 7:12 AM');
    expect(textOf($(el, '[part="modified"]').parentElement)).to.equal('Updated March 15, 2026 at 9:30 AM');
  });

  it('shows relative dates with the exact date as the title', async () => {
    const recent = new Date(Date.now() - 3 * 24 * 3600 * 1000).toISOString();
    const el = await fixture<ArticleByline>(html`<article-byline lang="en" date-format="relative" published=${recent}></article-byline>`);
    const time = $(el, 'time');
    expect(textOf(time)).to.equal('3 days ago');
    expect(time.title).to.match(/\d{4}/);
  });

  it('shows the reading time, and hides an update older than publication', async () => {
    const el = await fixture<ArticleByline>(html`<article-byline lang="en" reading-time="4" published="2026-03-14T07:12:00Z" modified="2026-03-01T00:00:00Z"></article-byline>`);
    expect(textOf($(el, '[part="reading-time"]'))).to.equal('4 min read');
    expect(has(el, '[part="modified"]')).to.equal(false);
  });

  it('drops unsafe author links and ignores invalid dates', async () => {
    const el = await fixture<ArticleByline>(html`<article-byline author="A" author-url="javascript:alert(1)" published="not a date"></article-byline>`);
    expect(has(el, '.authors a')).to.equal(false);
    expect(has(el, 'time')).to.equal(false);
  });
});
