import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { toArticleInput } from '../../src/sources/index.js';
import { wordpress, gmtDate, decodeRendered } from '../../src/sources/wordpress.js';
import { normalize, type ArticleInput } from '../../src/model/article.js';
import { ArticleError } from '../../src/model/errors.js';
import { sampleArticle, sampleDoc, bodyDom, bodyText } from './sample.js';
import { cardFor } from '../load/server.js';
import { $, textOf } from '../helpers.js';

describe('sources: WordPress REST API post', () => {
  it('is detected by title.rendered', async () => {
    const { doc } = await sampleDoc('wordpress-post.json');
    expect(wordpress.detect(doc)).to.equal(true);
    expect(wordpress.detect({ kind: 'json', value: { headline: 'Native' } })).to.equal(false);
    expect(wordpress.detect({ kind: 'json', value: { title: 'plain string' } })).to.equal(false);
  });

  describe('a post with _embed (English)', () => {
    it('decodes the entity-encoded title into real characters', async () => {
      const article = await sampleArticle('wordpress-post.json');
      expect(article.headline).to.equal('The Lighthouse Keeper\u2019s Daughter Says \u201cThe Light Stays On\u201d & Means It');
    });

    it('reads date_gmt and modified_gmt, which have no zone, as UTC', async () => {
      const article = await sampleArticle('wordpress-post.json');
      expect(article.published).to.equal('2026-03-14T07:12:00.000Z');
      expect(article.modified).to.equal('2026-03-15T09:30:00.000Z');
    });

    it('takes the embedded author with link and largest avatar', async () => {
      const article = await sampleArticle('wordpress-post.json');
      expect(article.authors).to.deep.equal([
        {
          name: 'Ewan MacLeod',
          url: 'https://courier.example/author/ewan/',
          image: 'https://secure.gravatar.example/avatar/ab12?s=96&d=mm&r=g',
        },
      ]);
    });

    it('takes the featured image in its large size, with size and alt text', async () => {
      const article = await sampleArticle('wordpress-post.json');
      expect(article.image).to.deep.equal({
        url: 'https://courier.example/wp-content/uploads/2026/03/skerry-point-1024x683.jpg',
        alt: 'Skerry Point lighthouse against a violet evening sky',
        width: 1024,
        height: 683,
      });
    });

    it('maps categories to the section (skipping Uncategorized) and tags to tags, decoded', async () => {
      const article = await sampleArticle('wordpress-post.json');
      expect(article.section).to.equal('Coast & Community');
      expect(article.tags).to.deep.equal(['lighthouses', 'Council \u2018votes\u2019']);
    });

    it('maps link, excerpt (without the "[…]" marker), publisher and language', async () => {
      const article = await sampleArticle('wordpress-post.json');
      expect(article.url).to.equal('https://courier.example/2026/03/14/lighthouse-keepers-daughter/');
      expect(article.excerpt).to.match(/^When the coastal authority proposed/);
      expect(article.excerpt).to.match(/by hand…$/);
      expect(article.excerpt).not.to.contain('[');
      expect(article.publisher).to.deep.equal({ name: 'Northwind Courier' });
      expect(article.lang).to.equal('en-GB');
    });

    it('links comments to the reply form when comment_status is open', async () => {
      const article = await sampleArticle('wordpress-post.json');
      expect(article.comments).to.deep.equal({ url: 'https://courier.example/2026/03/14/lighthouse-keepers-daughter/#respond' });
    });

    it('sanitizes content.rendered and resolves its relative links against the post', async () => {
      const article = await sampleArticle('wordpress-post.json');
      const body = bodyDom(article);
      expect(body.querySelector('script')).to.equal(null);
      expect(body.querySelector('[onclick]')).to.equal(null);
      expect(body.querySelector('figure img')?.getAttribute('alt')).to.equal('The brass lamp room at Skerry Point');
      expect(body.querySelector('a')?.getAttribute('href')).to.equal('https://courier.example/tag/lighthouses/');
      expect(bodyText(article)).to.contain('\u201cMy father kept it for thirty years,\u201d she said.');
    });
  });

  describe('a post with comments closed (Spanish)', () => {
    it('counts embedded replies and links to them, not to a closed form', async () => {
      const article = await sampleArticle('wordpress-post-closed.json');
      expect(article.comments).to.deep.equal({ url: 'https://gaceta.example/2026/01/la-ultima-libreria-del-barrio/#comments', count: 3 });
    });

    it('skips embedded error objects (author, featured media)', async () => {
      const article = await sampleArticle('wordpress-post-closed.json');
      expect(article.authors.map((a) => a.name)).to.deep.equal(['Lucía Ferrer']);
      expect(article.image).to.equal(undefined);
      expect(article.headline).to.equal('\u201cLa última librería del barrio\u201d cierra sus puertas');
      expect(article.section).to.equal('Cultura');
      expect(article.tags).to.deep.equal([]);
      expect(article.published).to.equal('2026-01-20T17:45:00.000Z');
    });

    it('shows no comments link when closed and without replies', () => {
      const post = { title: { rendered: 'Cerrado' }, link: 'https://gaceta.example/x/', comment_status: 'closed' };
      const input = toArticleInput({ kind: 'json', value: post }) as ArticleInput;
      expect(input.comments).to.equal(undefined);
    });
  });

  describe('quirks', () => {
    it('keeps a zone when date_gmt has one, adds Z when it has none', () => {
      expect(gmtDate('2026-03-14T07:12:00')).to.equal('2026-03-14T07:12:00Z');
      expect(gmtDate('2026-03-14T07:12:00+02:00')).to.equal('2026-03-14T07:12:00+02:00');
      expect(gmtDate('')).to.equal(undefined);
    });

    it('decodes entities without ever running markup', () => {
      expect(decodeRendered('5 &lt; 6 &amp;&amp; &#8220;quoted&#8221; &hellip;')).to.equal('5 < 6 && \u201cquoted\u201d \u2026');
      expect(decodeRendered('<img src=x onerror="window.__decoded=1">Safe <em>title</em>')).to.equal('Safe title');
      expect((window as { __decoded?: number }).__decoded).to.equal(undefined);
    });

    it('reads only known fields: "__proto__" in the data pollutes nothing', () => {
      const value = JSON.parse(
        '{"title":{"rendered":"Safe","__proto__":{"polluted":1}},"__proto__":{"polluted":2},"_embedded":{"author":[{"name":"A","__proto__":{"isAdmin":true}}]}}',
      ) as unknown;
      const input = toArticleInput({ kind: 'json', value });
      const article = normalize(input);
      if (article instanceof ArticleError) throw article;
      expect(article.headline).to.equal('Safe');
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
      expect(({} as Record<string, unknown>)['isAdmin']).to.equal(undefined);
      expect(article.authors).to.deep.equal([{ name: 'A' }]);
    });

    it('a protected post has no body', () => {
      const post = { title: { rendered: 'Members only' }, content: { rendered: '', protected: true } };
      const input = toArticleInput({ kind: 'json', value: post }) as ArticleInput;
      expect(input.body).to.equal(undefined);
    });
  });

  it('renders completely in <article-card src>', async () => {
    const { el, event } = await cardFor('/api/sources/wordpress-post.json?_embed', { lang: 'en' });
    expect(event.type).to.equal('article-load');
    expect(textOf($(el, '.headline'))).to.equal('The Lighthouse Keeper\u2019s Daughter Says \u201cThe Light Stays On\u201d & Means It');
    expect(textOf($(el, '[part="section"]'))).to.equal('Coast & Community');
    expect(($(el, '.hero') as HTMLImageElement).alt).to.equal('Skerry Point lighthouse against a violet evening sky');
    expect(textOf($(el, '[part="written-by"]'))).to.contain('Ewan MacLeod');
    expect(textOf($(el, '[part="source"]'))).to.contain('Northwind Courier');
    expect(($(el, '[part="comments"]') as HTMLAnchorElement).href).to.match(/#respond$/);
    expect(textOf($(el, '.tags'))).to.contain('lighthouses');
    expect((window as { __wpInjected?: boolean }).__wpInjected).to.equal(undefined);
  });
});
