import { fixture, html, expect } from '@open-wc/testing';
import '../../src/components/article-byline/article-byline.define.js';
import type { ArticleByline } from '../../src/components/article-byline/article-byline.js';
import { $, has, textOf, settled } from '../helpers.js';

/** The text a reader sees: a long date's short form, not displayed on a wide page, is left out. */
const shownText = (node: HTMLElement | null) => (node?.innerText ?? '').replace(/\s+/g, ' ').trim();

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
    const el = await fixture<ArticleByline>(
      html`<article-byline lang="fr" .authors=${['Camille Roux', 'Julien Perrin', 'Inès Haddad']}></article-byline>`,
    );
    expect(textOf($(el, '.authors'))).to.equal('Par Camille Roux, Julien Perrin et Inès Haddad');
  });

  it('formats dates with Intl.DateTimeFormat in a <time datetime>', async () => {
    const el = await fixture<ArticleByline>(
      html`<article-byline lang="en-US" published="2026-03-14T07:12:00Z" modified="2026-03-15T09:30:00Z"></article-byline>`,
    );
    const published = $(el, '[part="published"]');
    expect(published.getAttribute('datetime')).to.equal('2026-03-14T07:12:00.000Z');
    expect(shownText(published)).to.equal('March 14, 2026 at 7:12 AM');
    expect(shownText($(el, '[part="modified"]').parentElement)).to.equal('Updated March 15, 2026 at 9:30 AM');
  });

  it('shows relative dates with the exact date as the title', async () => {
    const recent = new Date(Date.now() - 3 * 24 * 3600 * 1000).toISOString();
    const el = await fixture<ArticleByline>(html`<article-byline lang="en" date-format="relative" published=${recent}></article-byline>`);
    const time = $(el, 'time');
    expect(textOf(time)).to.equal('3 days ago');
    expect(time.title).to.match(/\d{4}/);
  });

  it('shows the reading time, and hides an update older than publication', async () => {
    const el = await fixture<ArticleByline>(
      html`<article-byline lang="en" reading-time="4" published="2026-03-14T07:12:00Z" modified="2026-03-01T00:00:00Z"></article-byline>`,
    );
    expect(textOf($(el, '[part="reading-time"]'))).to.equal('4 min read');
    expect(has(el, '[part="modified"]')).to.equal(false);
  });

  it('drops unsafe author links and ignores invalid dates', async () => {
    const el = await fixture<ArticleByline>(
      html`<article-byline author="A" author-url="javascript:alert(1)" published="not a date"></article-byline>`,
    );
    expect(has(el, '.authors a')).to.equal(false);
    expect(has(el, 'time')).to.equal(false);
  });
});

describe('<article-byline> languages and layout', () => {
  it('takes its language from its own lang, then the nearest lang on the page, then the browser', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de">
      <article-byline published="2026-03-14T07:12:00Z" author="Jonas Weber"></article-byline>
      <article-byline lang="es" published="2026-03-14T07:12:00Z" author="Lucía Gómez"></article-byline>
    </div>`);
    const [german, spanish] = Array.from(wrapper.querySelectorAll('article-byline'));
    await settled(german!);
    await settled(spanish!);
    expect(shownText($(german!, 'time'))).to.equal('14. März 2026 um 07:12');
    expect(textOf($(german!, '.authors'))).to.equal('Von Jonas Weber');
    expect(textOf($(spanish!, '.authors'))).to.equal('Por Lucía Gómez');
    const plain = await fixture<ArticleByline>(html`<article-byline author="Ana Lima"></article-byline>`);
    expect(navigator.language).to.equal('en-US'); // pinned in web-test-runner.config.js
    expect(textOf($(plain, '.authors'))).to.equal('By Ana Lima');
    expect($(plain, '.byline').getAttribute('lang')).to.equal('en-US');
  });

  it('lays out right to left in Arabic, with names isolated in <bdi>', async () => {
    const el = await fixture<ArticleByline>(html`<article-byline lang="ar" .authors=${['ليلى المنصوري', 'Sam Carter']}
      published="2026-09-08T08:00:00Z" reading-time="3"></article-byline>`);
    const byline = $(el, '.byline');
    expect(byline.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(byline).direction).to.equal('rtl');
    expect(Array.from(el.shadowRoot!.querySelectorAll('.authors bdi'), textOf)).to.deep.equal(['ليلى المنصوري', 'Sam Carter']);
    expect(textOf($(el, '.authors'))).to.equal('بقلم ليلى المنصوري وSam Carter');
    expect(textOf($(el, '[part="reading-time"]'))).to.contain('دقائق قراءة');
  });

  it('says "Updated" in the article language, for every date format', async () => {
    const el = await fixture<ArticleByline>(
      html`<article-byline lang="fr" published="2026-03-14T07:12:00Z" modified="2026-03-15T09:30:00Z"></article-byline>`,
    );
    expect(shownText($(el, '[part="modified"]').parentElement)).to.equal('Mis à jour : 15 mars 2026 à 09:30');
    el.dateFormat = 'short';
    await el.updateComplete;
    expect(textOf($(el, '[part="published"]'))).to.equal('14 mars 2026');
    el.published = new Date(Date.now() - 2 * 3600 * 1000).toISOString();
    el.modified = new Date(Date.now() - 60 * 1000).toISOString();
    el.dateFormat = 'relative';
    await el.updateComplete;
    expect(textOf($(el, '[part="published"]'))).to.equal('il y a 2 heures');
    expect(textOf($(el, '[part="modified"]').parentElement)).to.equal('Mis à jour : il y a 1 minute');
  });

  it('puts the absolute date in the title only where the text is not already that date', async () => {
    const el = await fixture<ArticleByline>(
      html`<article-byline lang="en-US" date-format="short" published="2026-03-14T07:12:00Z"></article-byline>`,
    );
    expect($(el, 'time').title).to.equal('March 14, 2026 at 7:12 AM');
    el.dateFormat = 'long';
    await el.updateComplete;
    expect($(el, 'time').hasAttribute('title')).to.equal(false);
  });

  it('reserves the avatar size before the picture loads, and shows at most three', async () => {
    const authors = ['A', 'B', 'C', 'D'].map((name) => ({ name, image: `https://ledger.example/never/${name}.png` }));
    const el = await fixture<ArticleByline>(
      html`<article-byline style="--article-avatar-size: 48px" .authors=${authors}></article-byline>`,
    );
    const avatars = Array.from(el.shadowRoot!.querySelectorAll<HTMLImageElement>('.avatar'));
    expect(avatars.length).to.equal(3);
    const box = avatars[0]!.getBoundingClientRect();
    expect([box.width, box.height]).to.deep.equal([48, 48]);
    expect(avatars[0]!.alt).to.equal('');
  });

  it('joins many authors with the language’s list pattern, each linked when it has a page', async () => {
    const el = await fixture<ArticleByline>(
      html`<article-byline lang="en" .authors=${[
        { name: 'Ana Lima', url: 'https://ledger.example/a/ana' },
        'Bo Chen',
        { name: 'Cy Okafor', url: 'https://ledger.example/a/cy' },
      ]}></article-byline>`,
    );
    expect(textOf($(el, '.authors'))).to.equal('By Ana Lima, Bo Chen, and Cy Okafor');
    expect(Array.from(el.shadowRoot!.querySelectorAll('.authors a'), textOf)).to.deep.equal(['Ana Lima', 'Cy Okafor']);
  });
});
