// Issue 13, "schema.org as it is really written": every article-like type, types as arrays and
// URLs, author and image in all their shapes, publisher by @id, the three date properties.
import { expect } from '@open-wc/testing';
import { jsonLd } from '../../src/sources/json-ld.js';
import { normalize, type Article } from '../../src/model/article.js';
import { ArticleError } from '../../src/model/errors.js';
import { sampleArticle } from './sample.js';

/** The Article of one JSON-LD node, as inline `application/ld+json` data. */
function fromLd(node: Record<string, unknown>): Article {
  const doc = { kind: 'json', value: { '@context': 'https://schema.org', ...node } } as const;
  expect(jsonLd.detect(doc), JSON.stringify(node['@type'])).to.equal(true);
  const input = jsonLd.toArticle(doc, {});
  if (input instanceof ArticleError) throw input;
  const article = normalize(input, 'https://minato.example/');
  if (article instanceof ArticleError) throw article;
  return article;
}

describe('sources: schema.org as publishers write it', () => {
  it('a page (Japanese): type array, three kinds of author, an image list, publisher by @id, dateCreated', async () => {
    const article = await sampleArticle('schema-shapes-ja.html');
    expect(article.headline).to.equal('港の朝市、三年ぶりに再開');
    expect(article.authors).to.deep.equal([
      { name: '佐藤 健二' },
      { name: '山本 葵', url: 'https://minato.example/writers/yamamoto/' },
      { name: 'みなと新聞 地域報道部' },
    ]);
    // The largest of the list, its size kept (given as strings).
    expect(article.image).to.deep.equal({
      url: 'https://minato.example/img/asaichi-16x9.jpg',
      alt: '朝市に並ぶ鮮魚',
      width: 1920,
      height: 1080,
    });
    expect(article.publisher).to.deep.equal({
      name: 'みなと新聞',
      url: 'https://minato.example/',
      logo: 'https://minato.example/img/logo-600x60.png',
    });
    expect(article.published).to.equal('2026-10-03T20:30:00.000Z');
    expect(article.tags).to.deep.equal(['朝市', '港', '地域経済']);
    expect(article.section).to.equal('地域');
  });

  it('every article-like type is an article, also as a full URL or in an array', () => {
    const types = [
      'Article',
      'NewsArticle',
      'BlogPosting',
      'Report',
      'ReportageNewsArticle',
      'AnalysisNewsArticle',
      'OpinionNewsArticle',
      'LiveBlogPosting',
      'TechArticle',
      'ScholarlyArticle',
      'Review',
      'SocialMediaPosting',
      'https://schema.org/NewsArticle',
      'http://schema.org/BlogPosting',
      ['Thing', 'AnalysisNewsArticle'],
    ];
    for (const type of types) expect(fromLd({ '@type': type, headline: '試験' }).headline).to.equal('試験');
  });

  it('a WebPage or VideoObject only when the page has no article, and only with a title', () => {
    expect(jsonLd.detect({ kind: 'json', value: { '@type': 'WebPage' } })).to.equal(false);
    expect(fromLd({ '@type': 'VideoObject', name: '朝市の様子', uploadDate: '2026-10-04T06:00:00+09:00' }).published).to.equal(
      '2026-10-03T21:00:00.000Z',
    );
  });

  it('author: a string, a Person, an Organization, an array, a name that is an array', () => {
    expect(fromLd({ '@type': 'NewsArticle', headline: 'x', author: '佐藤 健二' }).authors).to.deep.equal([{ name: '佐藤 健二' }]);
    expect(fromLd({ '@type': 'NewsArticle', headline: 'x', author: { '@type': 'Organization', name: '編集部' } }).authors).to.deep.equal([
      { name: '編集部' },
    ]);
    expect(
      fromLd({
        '@type': 'NewsArticle',
        headline: 'x',
        author: { '@type': 'Person', name: ['Ana Ruiz', 'Luis Vega'], url: 'https://minato.example/a/' },
      }).authors,
    ).to.deep.equal([{ name: 'Ana Ruiz', url: 'https://minato.example/a/' }, { name: 'Luis Vega' }]);
    expect(
      fromLd({ '@type': 'NewsArticle', headline: 'x', author: [{ '@type': 'Person', name: '' }, 42, null, 'Ana Ruiz'] }).authors,
    ).to.deep.equal([{ name: 'Ana Ruiz' }]);
  });

  it('image: a URL, an ImageObject (sizes as strings, "px" or QuantitativeValue), a list without sizes (the first)', () => {
    expect(fromLd({ '@type': 'NewsArticle', headline: 'x', image: 'https://minato.example/a.jpg' }).image).to.deep.equal({
      url: 'https://minato.example/a.jpg',
    });
    expect(
      fromLd({
        '@type': 'NewsArticle',
        headline: 'x',
        image: {
          '@type': 'ImageObject',
          contentUrl: 'https://minato.example/b.jpg',
          width: '1200px',
          height: { '@type': 'QuantitativeValue', value: 800 },
        },
      }).image,
    ).to.deep.equal({ url: 'https://minato.example/b.jpg', alt: '', width: 1200, height: 800 });
    expect(
      fromLd({ '@type': 'NewsArticle', headline: 'x', image: ['https://minato.example/1x1.jpg', 'https://minato.example/16x9.jpg'] }).image
        ?.url,
    ).to.equal('https://minato.example/1x1.jpg');
  });

  it("never the publisher's logo as the article's image", () => {
    const logo = { '@type': 'ImageObject', '@id': 'https://minato.example/#logo', url: 'https://minato.example/logo.png' };
    const article = fromLd({
      '@type': 'NewsArticle',
      headline: 'x',
      image: { '@id': 'https://minato.example/#logo' },
      publisher: { '@type': 'Organization', name: 'みなと新聞', logo },
    });
    expect(article.image).to.equal(undefined);
    expect(article.publisher?.logo).to.equal('https://minato.example/logo.png');
  });

  it('dates: datePublished, else dateCreated, else uploadDate, the first that parses', () => {
    const at = (node: Record<string, unknown>) => fromLd({ '@type': 'NewsArticle', headline: 'x', ...node }).published;
    expect(at({ datePublished: '2026-10-04T05:30:00Z', dateCreated: '2026-10-01T00:00:00Z' })).to.equal('2026-10-04T05:30:00.000Z');
    expect(at({ datePublished: 'yesterday-ish', dateCreated: '2026-10-01T00:00:00Z' })).to.equal('2026-10-01T00:00:00.000Z');
    expect(at({ uploadDate: '2026-09-30T12:00:00Z' })).to.equal('2026-09-30T12:00:00.000Z');
  });

  it("among several articles on a page, the page's own: with a headline and mainEntityOfPage", () => {
    const doc = {
      kind: 'json',
      value: [
        { '@context': 'https://schema.org', '@type': 'NewsArticle', name: '関連記事: 漁港の再建', url: 'https://minato.example/related/' },
        {
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: '港の朝市、三年ぶりに再開',
          mainEntityOfPage: 'https://minato.example/asaichi/',
        },
        { '@context': 'https://schema.org', '@type': 'Article', headline: '別の記事', url: 'https://minato.example/other/' },
      ],
    } as const;
    const input = jsonLd.toArticle(doc, {});
    if (input instanceof ArticleError) throw input;
    expect(input.headline).to.equal('港の朝市、三年ぶりに再開');
    expect(input.url).to.equal('https://minato.example/asaichi/');
  });
});
