import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { htmlPage, pageToArticle, parsePage } from '../../src/sources/html.js';
import { toArticleInput } from '../../src/sources/index.js';
import { normalize, type ArticleInput } from '../../src/model/article.js';
import { ArticleError } from '../../src/model/errors.js';
import { sampleArticle, sampleDoc, bodyDom, bodyText } from './sample.js';
import { cardFor } from '../load/server.js';
import { $, textOf } from '../helpers.js';

function fromHtml(text: string, base = 'https://page.example/story/'): ReturnType<typeof normalize> {
  return normalize(toArticleInput({ kind: 'html', text }), base);
}

describe('sources: HTML page', () => {
  it('is detected for any text/html document', async () => {
    const { doc } = await sampleDoc('page-opengraph.html');
    expect(doc.kind).to.equal('html');
    expect(htmlPage.detect(doc)).to.equal(true);
    expect(htmlPage.detect({ kind: 'json', value: {} })).to.equal(false);
  });

  describe('JSON-LD as one object (English)', () => {
    it('takes the schema.org article over Open Graph and meta tags', async () => {
      const article = await sampleArticle('page-jsonld-object.html');
      expect(article.headline).to.equal('Tidal pool survey finds rare sea slugs');
      expect(article.excerpt).to.equal('Volunteers counted 312 species in one weekend.');
      expect(article.image).to.deep.equal({
        url: 'https://shoreline.example/img/sea-slug.jpg',
        alt: 'A violet sea slug on a rock',
        width: 1600,
        height: 900,
      });
      expect(article.authors).to.deep.equal([
        { name: 'Priya Natarajan', url: 'https://shoreline.example/people/priya/' },
        { name: "Sam O'Connor" },
      ]);
      expect(article.publisher).to.deep.equal({
        name: 'Shoreline Weekly',
        url: 'https://shoreline.example/',
        logo: 'https://shoreline.example/logo.png',
      });
      expect(article.published).to.equal('2026-02-08T11:00:00.000Z');
      expect(article.modified).to.equal('2026-02-09T08:20:00.000Z');
      expect(article.section).to.equal('Science');
      expect(article.tags).to.deep.equal(['marine life', 'volunteers', 'surveys']);
      expect(article.comments).to.deep.equal({ count: 5 });
    });

    it('falls back to <html lang> and takes the <article> as the body, without its header, footer or scripts', async () => {
      const article = await sampleArticle('page-jsonld-object.html');
      expect(article.lang).to.equal('en-GB');
      const body = bodyDom(article);
      expect(body.querySelector('h1, header, footer, script')).to.equal(null);
      expect(bodyText(article)).to.match(/^Armed with clipboards/);
      expect(body.querySelector('a')?.getAttribute('href')).to.equal('https://shoreline.example/2026/02/species-list/');
    });
  });

  describe('JSON-LD as an array (Spanish)', () => {
    it('finds the article among other nodes and reads its lists', async () => {
      const article = await sampleArticle('page-jsonld-array.html');
      expect(article.headline).to.equal('El tranvía vuelve a la costa setenta años después');
      expect(article.url).to.equal('https://diariodelsur.example/movilidad/tranvia-costa/');
      expect(article.image?.url).to.equal('https://diariodelsur.example/img/tranvia-16x9.jpg');
      expect(article.authors).to.deep.equal([
        {
          name: 'Marta Giménez',
          url: 'https://diariodelsur.example/autores/marta/',
          image: 'https://diariodelsur.example/autores/marta.jpg',
        },
      ]);
      expect(article.section).to.equal('Movilidad');
      expect(article.tags).to.deep.equal(['tranvía', 'transporte público']);
      expect(article.lang).to.equal('es-ES');
      expect(article.publisher?.name).to.equal('Diario del Sur');
    });

    it("takes articleBody (plain text, as paragraphs) before the page's <article>", async () => {
      const article = await sampleArticle('page-jsonld-array.html');
      const paragraphs = Array.from(bodyDom(article).querySelectorAll('p')).map((p) => p.textContent);
      expect(paragraphs).to.deep.equal(['La primera unidad salió de la estación a las siete.', 'Los vecinos la recibieron con aplausos.']);
    });
  });

  describe('JSON-LD @graph with @id references (Arabic, right-to-left)', () => {
    it('resolves author, publisher, logo and image by @id, skipping a broken JSON-LD block', async () => {
      const article = await sampleArticle('page-jsonld-graph.html');
      expect(article.headline).to.equal('افتتاح مكتبة عامة جديدة على الكورنيش');
      expect(article.url).to.equal('https://almina.example/2026/03/library/');
      expect(article.authors).to.deep.equal([
        { name: 'ليلى حداد', url: 'https://almina.example/author/layla/', image: 'https://almina.example/authors/layla.jpg' },
      ]);
      expect(article.publisher).to.deep.equal({
        name: 'صحيفة الميناء',
        url: 'https://almina.example/',
        logo: 'https://almina.example/logo.png',
      });
      expect(article.image).to.deep.equal({
        url: 'https://almina.example/images/library.jpg',
        alt: 'واجهة المكتبة الجديدة عند الغروب',
        width: 1200,
        height: 675,
      });
      expect(article.published).to.equal('2026-03-18T13:00:00.000Z');
      expect(article.section).to.equal('ثقافة');
      expect(article.tags).to.deep.equal(['مكتبات', 'ثقافة', 'الكورنيش']);
      expect(article.lang).to.equal('ar');
      expect(article.dir).to.equal('rtl');
      expect(bodyText(article)).to.contain('فتحت المكتبة أبوابها');
    });

    it('renders right-to-left in <article-card src>', async () => {
      const { el, event } = await cardFor('/api/sources/page-jsonld-graph.html');
      expect(event.type).to.equal('article-load');
      const card = $(el, 'article');
      expect(card.getAttribute('lang')).to.equal('ar');
      expect(card.getAttribute('dir')).to.equal('rtl');
      expect(textOf($(el, '.headline'))).to.equal('افتتاح مكتبة عامة جديدة على الكورنيش');
      expect(textOf($(el, '[part="written-by"]'))).to.contain('ليلى حداد');
    });
  });

  describe('Open Graph only (Polish)', () => {
    it('maps Open Graph, article:* tags, <meta name=author>, canonical and <html lang>', async () => {
      const article = await sampleArticle('page-opengraph.html');
      expect(article.headline).to.equal('Nowy prom na Hel kursuje od maja');
      expect(article.url).to.equal('https://zatoka.example/2026/04/prom-na-hel/');
      expect(article.excerpt).to.equal('Armator zapowiada sześć rejsów dziennie.');
      expect(article.image).to.deep.equal({
        url: 'https://zatoka.example/img/prom.jpg',
        alt: 'Biały prom przy nabrzeżu w Gdyni',
        width: 1200,
        height: 630,
      });
      expect(article.authors).to.deep.equal([{ name: 'Zofia Wiśniewska', url: 'https://zatoka.example/autorzy/zofia/' }]);
      expect(article.published).to.equal('2026-04-02T04:00:00.000Z');
      expect(article.modified).to.equal('2026-04-02T12:10:00.000Z');
      expect(article.publisher).to.deep.equal({ name: 'Gazeta Zatoki' });
      expect(article.section).to.equal('Region');
      expect(article.tags).to.deep.equal(['promy', 'turystyka']);
      expect(article.lang).to.equal('pl');
    });

    it("takes the story's <article>, not a sidebar teaser, without its asides", async () => {
      const article = await sampleArticle('page-opengraph.html');
      const text = bodyText(article);
      expect(text).to.contain('Od pierwszego maja prom wypłynie');
      expect(text).not.to.contain('Czytaj też');
      expect(text).not.to.contain('Reklama');
      expect(bodyDom(article).querySelector('a')?.getAttribute('href')).to.equal('https://zatoka.example/bilety/');
    });
  });

  describe('fallbacks and safety', () => {
    it('uses <title>, without the site name, when nothing else names the article', () => {
      const article = fromHtml(`<html><head><title>Quiet night at the harbour | Harbour Ledger</title>
        <meta property="og:site_name" content="Harbour Ledger"></head><body><p>Hi</p></body></html>`);
      if (article instanceof ArticleError) throw article;
      expect(article.headline).to.equal('Quiet night at the harbour');
      expect(article.url).to.equal(undefined);
    });

    it('a page with no title at all is no article', () => {
      const result = fromHtml('<html><body><p>Nothing to see</p></body></html>');
      expect((result as ArticleError).code).to.equal('no-article');
    });

    it('parses inertly: scripts do not run, images do not load, nothing is inserted', async () => {
      const doc = parsePage(
        '<title>T</title><script>window.__inertRan = 1</script><img src="/api/image?tag=inert-img" onerror="window.__inertRan = 2" onload="window.__inertRan = 3">',
      );
      const input: ArticleInput = pageToArticle(doc);
      expect(input.headline).to.equal('T');
      // A request for the image would have left before this one; its handlers, if any, run meanwhile.
      const stats = (await (await fetch('/api/requests?tag=inert-img')).json()) as { count: number };
      expect(stats.count).to.equal(0);
      expect((window as { __inertRan?: number }).__inertRan).to.equal(undefined);
    });

    it('reads JSON-LD with JSON.parse only: "__proto__" keys pollute nothing', () => {
      const article = fromHtml(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Safe","__proto__":{"polluted":true},
        "author":{"@type":"Person","name":"N","__proto__":{"isAdmin":true}}}</script>`);
      if (article instanceof ArticleError) throw article;
      expect(article.headline).to.equal('Safe');
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
      expect(({} as Record<string, unknown>)['isAdmin']).to.equal(undefined);
    });
  });
});
