// Issue 13, "the canonical URL": the article's own `url`, then `mainEntityOfPage` resolved to its
// WebPage node's `url` (never a bare node id), then <link rel=canonical>, then og:url, then the
// document's own URL.
import { expect } from '@open-wc/testing';
import { pageArticle, sampleArticle } from './sample.js';

const STORY = 'https://southerntide.example/news/2026/08/bridge-cyclists/';

/** The URL of a page built from the sample's pieces, read from `base`. */
function urlOf(head: string): string | undefined {
  return pageArticle(head, '<article><h1>Bridge</h1></article>', 'https://southerntide.example/fetched/?id=42').url;
}

const ld = (node: object) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', ...node })}</script>`;
const CANONICAL = '<link rel="canonical" href="https://www.southerntide.example/news/2026/08/bridge-cyclists/">';
const OG_URL = '<meta property="og:url" content="https://southerntide.example/news/2026/08/bridge-cyclists/?utm_source=share">';

describe('sources: the canonical URL', () => {
  it('a Yoast-style @graph (English): mainEntityOfPage is a "#webpage" id, resolved to the WebPage node\'s url', async () => {
    const article = await sampleArticle('canonical-graph-en.html');
    expect(article.url).to.equal(STORY);
  });

  it("the article's own url comes first", () => {
    expect(
      urlOf(ld({ '@type': 'NewsArticle', headline: 'B', url: `${STORY}#top`, mainEntityOfPage: 'https://other.example/' }) + CANONICAL),
    ).to.equal(`${STORY}#top`);
  });

  it('mainEntityOfPage as a page URL (string, or a WebPage whose @id is the page) comes next', () => {
    expect(urlOf(ld({ '@type': 'NewsArticle', headline: 'B', mainEntityOfPage: STORY }) + CANONICAL)).to.equal(STORY);
    expect(
      urlOf(ld({ '@type': 'NewsArticle', headline: 'B', mainEntityOfPage: { '@type': 'WebPage', '@id': STORY } }) + CANONICAL),
    ).to.equal(STORY);
  });

  it('a bare node id ("…#webpage", "#article") is never the link: the canonical link is', () => {
    const ids = [`${STORY}#webpage`, '#article', { '@id': `${STORY}#webpage` }, { '@type': 'WebPage', '@id': '_:b0' }];
    for (const id of ids) {
      expect(urlOf(ld({ '@type': 'NewsArticle', headline: 'B', mainEntityOfPage: id }) + CANONICAL + OG_URL)).to.equal(
        'https://www.southerntide.example/news/2026/08/bridge-cyclists/',
      );
    }
  });

  it('then og:url, then the address the document came from', () => {
    expect(urlOf(OG_URL)).to.equal(`${STORY}?utm_source=share`);
    expect(urlOf('<link rel="canonical" href="">' + OG_URL)).to.equal(`${STORY}?utm_source=share`);
    expect(urlOf('<title>Bridge</title>')).to.equal('https://southerntide.example/fetched/?id=42');
  });
});
