import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { oembed } from '../../src/sources/oembed.js';
import { toArticleInput } from '../../src/sources/index.js';
import { normalize, type ArticleInput } from '../../src/model/article.js';
import { ArticleError } from '../../src/model/errors.js';
import { sampleArticle, sampleDoc, bodyDom, bodyText } from './sample.js';
import { cardFor } from '../load/server.js';
import { $, imagesSettled } from '../helpers.js';

const PAGE = 'https://hanami.example/2026/04/yozakura/';
const RICH_QUERY = `url=${encodeURIComponent(PAGE)}&format=json`;

describe('sources: oEmbed', () => {
  it('is detected by type and version "1.0"', async () => {
    expect(oembed.detect((await sampleDoc('oembed-rich.json')).doc)).to.equal(true);
    expect(oembed.detect({ kind: 'json', value: { type: 'banner', version: '1.0' } })).to.equal(false);
    expect(oembed.detect({ kind: 'json', value: { type: 'rich', version: '2.0' } })).to.equal(false);
  });

  describe('rich (Japanese)', () => {
    it('maps title, author, provider, thumbnail, and the page URL from the request', async () => {
      const article = await sampleArticle('oembed-rich.json', { query: RICH_QUERY });
      expect(article.headline).to.equal('桜並木の下で：川沿いの夜桜ライトアップが始まる');
      expect(article.url).to.equal(PAGE);
      expect(article.authors).to.deep.equal([{ name: '中村 さくら', url: 'https://hanami.example/writers/nakamura/' }]);
      expect(article.publisher).to.deep.equal({ name: 'はなみ新聞', url: 'https://hanami.example/' });
      expect(article.image).to.deep.equal({ url: 'https://hanami.example/images/yozakura-640.jpg', alt: '', width: 640, height: 360 });
    });

    it('never trusts its html: scripts, iframes and handlers are removed, the text stays', async () => {
      const article = await sampleArticle('oembed-rich.json', { query: RICH_QUERY });
      const body = bodyDom(article);
      expect(body.querySelector('script, iframe, [onclick], [onerror]')).to.equal(null);
      expect(bodyText(article)).to.contain('川沿いの桜並木で');
      expect(body.querySelector('a')?.getAttribute('rel')).to.equal('noopener noreferrer');
    });

    it('renders in <article-card src> with thumbnail and link, and nothing runs', async () => {
      const { el, event } = await cardFor(`/api/sources/oembed-rich.json?${RICH_QUERY}`);
      expect(event.type).to.equal('article-load');
      expect(($(el, '.headline a') as HTMLAnchorElement).href).to.equal(PAGE);
      expect(($(el, '.hero') as HTMLImageElement).getAttribute('src')).to.equal('https://hanami.example/images/yozakura-640.jpg');
      expect(el.shadowRoot!.querySelector('iframe, script')).to.equal(null);
      // An image that survived sanitizing would have fired its onerror by then.
      await imagesSettled(el.shadowRoot!);
      expect((window as { __oembedInjected?: boolean }).__oembedInjected).to.equal(undefined);
    });
  });

  describe('link (Portuguese)', () => {
    it('maps a link response, its string sizes read as numbers', async () => {
      const article = await sampleArticle('oembed-link.json', { query: 'url=https%3A%2F%2Flisboeta.example%2F2026%2F05%2Fciclovia%2F' });
      expect(article.headline).to.equal('Ponte sobre o Tejo ganha ciclovia iluminada');
      expect(article.url).to.equal('https://lisboeta.example/2026/05/ciclovia/');
      expect(article.image).to.deep.equal({ url: 'https://lisboeta.example/imagens/ciclovia.jpg', alt: '', width: 800, height: 450 });
      expect(article.body).to.equal(undefined);
      expect(article.publisher?.name).to.equal('O Lisboeta');
      expect(article.authors[0]?.name).to.equal('Beatriz Sousa');
    });
  });

  describe('photo and video', () => {
    it('a photo is the image, described by its title', () => {
      const value = {
        version: '1.0',
        type: 'photo',
        title: 'Dawn over the harbour',
        url: 'https://photos.example/dawn.jpg',
        width: 1024,
        height: 768,
      };
      const input = toArticleInput({ kind: 'json', value }) as ArticleInput;
      expect(input.image).to.deep.equal({ url: 'https://photos.example/dawn.jpg', alt: 'Dawn over the harbour', width: 1024, height: 768 });
      expect(input.url).to.equal(undefined);
    });

    it('a video shows its thumbnail; the player iframe is stripped', () => {
      const value = {
        version: '1.0',
        type: 'video',
        title: 'Harbour timelapse',
        thumbnail_url: 'https://video.example/t.jpg',
        html: '<iframe src="https://video.example/embed/9" allowfullscreen></iframe>',
      };
      const article = normalize(
        toArticleInput({ kind: 'json', value }, { base: 'https://video.example/oembed?url=https%3A%2F%2Fvideo.example%2Fv%2F9' }),
      );
      if (article instanceof ArticleError) throw article;
      expect(article.image?.url).to.equal('https://video.example/t.jpg');
      expect(article.url).to.equal('https://video.example/v/9');
      expect(article.body ?? '').not.to.contain('iframe');
    });

    it('an oEmbed answer without a title is no article', () => {
      const result = normalize(toArticleInput({ kind: 'json', value: { version: '1.0', type: 'link' } }));
      expect((result as ArticleError).code).to.equal('no-article');
    });
  });
});
