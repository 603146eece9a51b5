import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ArticleCard } from '../../src/index.js';
import { $, textOf, settled } from '../helpers.js';

// Inline data is the way out when a source sends no CORS headers: every JSON format works there.
describe('sources: inline data in any format', () => {
  it('a WordPress post inside <script type="application/json">', async () => {
    const el = await fixture<ArticleCard>(html`<article-card lang="en"><script type="application/json">
      {"title":{"rendered":"Bakers&#8217; strike ends"},"link":"https://courier.example/bakers/","date_gmt":"2026-05-01T10:00:00",
       "content":{"rendered":"<p>Bread is back.</p>"},"comment_status":"open"}
    </script></article-card>`);
    await settled(el);
    expect(textOf($(el, '.headline'))).to.equal('Bakers\u2019 strike ends');
    expect(el.currentArticle?.published).to.equal('2026-05-01T10:00:00.000Z');
  });

  it('a JSON Feed with the `item` attribute', async () => {
    const el = await fixture<ArticleCard>(html`<article-card item="b"><script type="application/json">
      {"version":"https://jsonfeed.org/version/1.1","title":"Bergblatt","language":"de",
       "items":[{"id":"a","title":"Erster"},{"id":"b","title":"Zweiter Beitrag","content_text":"Text."}]}
    </script></article-card>`);
    await settled(el);
    expect(textOf($(el, '.headline'))).to.equal('Zweiter Beitrag');
    expect($(el, 'article').getAttribute('lang')).to.equal('de');
  });

  it('an oEmbed answer, its html sanitized', async () => {
    const el = await fixture<ArticleCard>(html`<article-card><script type="application/json">
      {"version":"1.0","type":"rich","title":"Kite festival","html":"<p>Kites!</p><iframe src=\\"https://x.example/\\"></iframe>"}
    </script></article-card>`);
    await settled(el);
    expect(textOf($(el, '.headline'))).to.equal('Kite festival');
    expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
    expect(textOf($(el, '.body'))).to.equal('Kites!');
  });
});
