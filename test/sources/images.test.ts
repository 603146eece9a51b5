// Issue 13, "images": the article's own image (JSON-LD, og:image, twitter:image) over the
// publisher's logo; an image that is the logo, the site icon or a default share picture is skipped;
// width and height are kept when given.
import { expect } from '@open-wc/testing';
import { pageArticle, sampleArticle } from './sample.js';

const page = (head: string) => pageArticle(`<title>Färjan</title>${head}`, '', 'https://hamnbladet.example/2026/12/farjan/');

describe('sources: images', () => {
  it("a page (Swedish) whose JSON-LD image and og:image are the logo: the story's twitter:image", async () => {
    const article = await sampleArticle('image-logo-sv.html');
    expect(article.image).to.deep.equal({
      url: 'https://hamnbladet.example/wp-content/uploads/2026/12/nattfarjan-1600x900.jpg',
      alt: 'Färjan lägger till vid bryggan i skymningen',
    });
    expect(article.publisher?.logo).to.equal('https://hamnbladet.example/wp-content/uploads/hamnbladet-logo.png');
  });

  it('skips a default share picture and the site icon, not a story about a logo', () => {
    expect(page('<meta property="og:image" content="/static/default-og.jpg">').image).to.equal(undefined);
    expect(page('<meta property="og:image" content="/static/site-logo-1200.png">').image).to.equal(undefined);
    expect(
      page('<link rel="icon" href="/icon-512.png"><meta property="og:image" content="https://hamnbladet.example/icon-512.png">').image,
    ).to.equal(undefined);
    expect(page('<meta property="og:image" content="/2026/12/olympic-logo-reveal.jpg">').image?.url).to.equal(
      'https://hamnbladet.example/2026/12/olympic-logo-reveal.jpg',
    );
  });

  it('keeps the size of og:image when the page gives it', () => {
    const article = page(
      '<meta property="og:image" content="https://hamnbladet.example/img/farja.jpg"><meta property="og:image:width" content="1200"><meta property="og:image:height" content="675"><meta property="og:image:alt" content="Färjan">',
    );
    expect(article.image).to.deep.equal({ url: 'https://hamnbladet.example/img/farja.jpg', alt: 'Färjan', width: 1200, height: 675 });
  });

  it("a JSON-LD image list that starts with the logo: the article's own picture", () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Färjan',
      image: [
        'https://hamnbladet.example/logo.png',
        { '@type': 'ImageObject', url: 'https://hamnbladet.example/img/farja.jpg', width: 1600, height: 900 },
      ],
      publisher: { '@type': 'Organization', name: 'Hamnbladet', logo: 'https://hamnbladet.example/logo.png' },
    };
    const article = page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    expect(article.image).to.deep.equal({ url: 'https://hamnbladet.example/img/farja.jpg', alt: '', width: 1600, height: 900 });
  });
});
