import { expect } from '@open-wc/testing';
import { normalize, mergeInputs, articleBody } from '../../src/model/article.js';
import { ArticleError } from '../../src/model/errors.js';

describe('normalize', () => {
  it('needs a headline', () => {
    const result = normalize({ body: '<p>x</p>' });
    expect(result).to.be.instanceOf(ArticleError);
    expect((result as ArticleError).code).to.equal('no-article');
    expect((normalize('nope') as ArticleError).code).to.equal('no-article');
  });

  it('accepts the lenient shorthands of the schema', () => {
    const article = normalize({ headline: 'H', image: 'https://i.example/a.jpg', authors: 'Ana Lima' });
    if (article instanceof ArticleError) throw article;
    expect(article.image).to.deep.equal({ url: 'https://i.example/a.jpg' });
    expect(article.authors).to.deep.equal([{ name: 'Ana Lima' }]);
  });

  it('reads only known fields and never inherited ones', () => {
    const raw = JSON.parse('{"headline":"H","__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}},"extra":"no"}');
    const article = normalize(raw);
    if (article instanceof ArticleError) throw article;
    expect(Object.keys(article).sort()).to.deep.equal(['authors', 'headline', 'menu', 'tags']);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  });

  it('drops unsafe URLs field by field', () => {
    const article = normalize({
      headline: 'H',
      url: 'javascript:alert(1)',
      image: { url: 'data:image/png;base64,AAAA' },
      authors: [{ name: 'A', url: 'javascript:x', image: 'https://i.example/a.png' }],
    });
    if (article instanceof ArticleError) throw article;
    expect(article.url).to.equal(undefined);
    expect(article.image).to.equal(undefined);
    expect(article.authors).to.deep.equal([{ name: 'A', image: 'https://i.example/a.png' }]);
  });

  it('normalizes dates to ISO 8601 in UTC and drops invalid ones', () => {
    const article = normalize({ headline: 'H', published: '2026-03-14T08:12:00+01:00', modified: 'yesterday' });
    if (article instanceof ArticleError) throw article;
    expect(article.published).to.equal('2026-03-14T07:12:00.000Z');
    expect(article.modified).to.equal(undefined);
  });

  it('sanitizes the body and keeps the sanitized DOM for rendering', () => {
    const article = normalize({ headline: 'H', body: '<p>ok<script>bad()</script></p>' });
    if (article instanceof ArticleError) throw article;
    expect(article.body).to.equal('<p>ok</p>');
    const body = articleBody(article)!;
    expect(body.ownerDocument).to.equal(document);
    expect(body.querySelectorAll('script').length).to.equal(0);
    expect(body.innerHTML).to.equal('<p>ok</p>');
    // Later calls get a copy, not the same (already placed) tree.
    const again = articleBody(article)!;
    expect(again).not.to.equal(body);
    expect(again.innerHTML).to.equal('<p>ok</p>');
  });

  it('merges layers field by field, later layers winning', () => {
    const merged = mergeInputs({ headline: 'From data', excerpt: 'keep' }, { headline: 'Corrected', excerpt: '' });
    expect(merged).to.deep.equal({ headline: 'Corrected', excerpt: 'keep' });
  });
});
