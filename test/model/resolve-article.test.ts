// resolveArticle(): which article a card shows, from its layers (pure, no element involved).
import { expect } from '@open-wc/testing';
import { attributeLayer, resolveArticle } from '../../src/model/resolve-article.js';
import { ArticleError } from '../../src/model/errors.js';
import type { Article } from '../../src/model/article.js';

function article(result: ReturnType<typeof resolveArticle>): Article {
  if (!result || result instanceof ArticleError) throw new Error(`expected an article, got ${String(result)}`);
  return result;
}

describe('resolveArticle', () => {
  it('is undefined when no layer holds anything (an empty card stays empty)', () => {
    expect(resolveArticle({})).to.equal(undefined);
    expect(resolveArticle({ attributes: { headline: '', url: '' }, property: null })).to.equal(undefined);
  });

  it('is a no-article error when data was given but holds nothing', () => {
    for (const layers of [{ fetched: {} }, { inline: {} }, { property: {} }]) {
      const result = resolveArticle(layers);
      expect(result, JSON.stringify(layers)).to.be.instanceOf(ArticleError);
      expect((result as ArticleError).code).to.equal('no-article');
    }
  });

  it('merges field by field: inline, then fetched, then attributes, then the property', () => {
    const result = article(
      resolveArticle({
        inline: { headline: 'Inline', excerpt: 'from inline', section: 'Inline section' },
        fetched: { headline: 'Fetched', excerpt: 'from the document' },
        attributes: { headline: 'Corrected by the partner' },
        property: { section: 'From the property' },
      }),
    );
    expect(result.headline).to.equal('Corrected by the partner');
    expect(result.excerpt).to.equal('from the document');
    expect(result.section).to.equal('From the property');
  });

  it('lets empty attributes leave the data alone', () => {
    const result = article(
      resolveArticle({ fetched: { headline: 'Fetched', url: 'https://news.example/a' }, attributes: { headline: '', url: '' } }),
    );
    expect(result.headline).to.equal('Fetched');
    expect(result.url).to.equal('https://news.example/a');
  });

  it('corrects the alt text of the data’s image with image-alt given alone', () => {
    const fromString = article(
      resolveArticle({ fetched: { headline: 'H', image: 'https://img.example/a.jpg' }, attributes: { imageAlt: 'Two ferries at dusk' } }),
    );
    expect(fromString.image).to.deep.equal({ url: 'https://img.example/a.jpg', alt: 'Two ferries at dusk' });
    const fromObject = article(
      resolveArticle({
        fetched: { headline: 'H', image: { url: 'https://img.example/a.jpg', alt: 'old', width: 1200, height: 630 } },
        attributes: { imageAlt: 'Two ferries at dusk' },
      }),
    );
    expect(fromObject.image).to.deep.equal({ url: 'https://img.example/a.jpg', alt: 'Two ferries at dusk', width: 1200, height: 630 });
  });

  it('resolves relative URLs against the base and keeps the body raw (the browser sanitizes it)', () => {
    const result = article(
      resolveArticle(
        { fetched: { headline: 'H', url: '/2026/story/', body: '<p onclick="x()">Hi</p>' } },
        'https://news.example/feed.json',
      ),
    );
    expect(result.url).to.equal('https://news.example/2026/story/');
    expect(result.body).to.equal('<p onclick="x()">Hi</p>');
  });

  it('passes on the model’s own errors', () => {
    const result = resolveArticle({ fetched: { excerpt: 'no headline here' } });
    expect(result).to.be.instanceOf(ArticleError);
    expect((result as ArticleError).code).to.equal('no-article');
  });
});

describe('attributeLayer', () => {
  it('maps the flat attributes onto the schema’s shapes, only where set', () => {
    expect(
      attributeLayer({
        author: 'Ingrid Solberg',
        authorUrl: 'https://news.example/by/ingrid',
        publisher: 'Harbour Post',
        publisherUrl: 'https://news.example/',
        image: 'https://img.example/a.jpg',
        imageAlt: 'Ferry',
        commentsCount: 3,
      }),
    ).to.deep.include({
      authors: [{ name: 'Ingrid Solberg', url: 'https://news.example/by/ingrid', image: undefined }],
      publisher: { name: 'Harbour Post', url: 'https://news.example/' },
      image: { url: 'https://img.example/a.jpg', alt: 'Ferry' },
      comments: { url: undefined, count: 3 },
    });
    const empty = attributeLayer({ author: '', publisher: '', image: '' });
    expect(empty.authors).to.equal(undefined);
    expect(empty.publisher).to.equal(undefined);
    expect(empty.image).to.equal(undefined);
  });
});
