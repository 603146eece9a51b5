// Issue 13, "oEmbed without a title": a social post's answer has no `title`; it is still an
// article, headed by the post's own words, or "<author> on <provider>"; a link by its URL.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { toArticleInput } from '../../src/sources/index.js';
import { normalize } from '../../src/model/article.js';
import { ArticleError } from '../../src/model/errors.js';
import { sampleArticle } from './sample.js';
import { cardFor } from '../load/server.js';
import { $, textOf } from '../helpers.js';

describe('sources: oEmbed without a title', () => {
  it("a social post (English, rich): the headline is the post's first paragraph, as text", async () => {
    const article = await sampleArticle('oembed-social-en.json');
    expect(article.headline).to.equal('The night ferry is back on the water from tonight – first sailing 22:40, bikes free until March.…');
    expect(article.url).to.equal('https://chirp.example/harbourwatch/status/1869001234567');
    expect(article.authors).to.deep.equal([{ name: 'Harbour Watch', url: 'https://chirp.example/harbourwatch' }]);
  });

  it('renders in <article-card src>, where it failed before', async () => {
    const { el, event } = await cardFor('/api/sources/oembed-social-en.json');
    expect(event.type).to.equal('article-load');
    expect(textOf($(el, '.headline'))).to.match(/^The night ferry is back on the water/);
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
  });

  it('a video whose html is only a frame (Persian): "<author> on <provider>"', async () => {
    const article = await sampleArticle('oembed-video-notext-fa.json', { query: 'url=https%3A%2F%2Ftube.example%2Fwatch%3Fv%3Dk3Lm9' });
    expect(article.headline).to.equal('خبرگزاری بندر on Tube');
    expect(article.url).to.equal('https://tube.example/watch?v=k3Lm9');
  });

  it('a link without a title: its URL; a title, when there is one, first', () => {
    const read = (value: object) => {
      const article = normalize(toArticleInput({ kind: 'json', value: { version: '1.0', ...value } }), 'https://chirp.example/');
      if (article instanceof ArticleError) throw article;
      return article.headline;
    };
    expect(read({ type: 'link', url: 'https://lisboeta.example/2026/05/ciclovia/', provider_name: 'O Lisboeta' })).to.equal(
      'https://lisboeta.example/2026/05/ciclovia/',
    );
    expect(read({ type: 'rich', title: 'Own title', author_name: 'A', html: '<p>Text</p>' })).to.equal('Own title');
    expect(read({ type: 'rich', author_name: 'Harbour Watch', html: '<div><script>x()</script></div>' })).to.equal('Harbour Watch');
  });
});
