import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { jsonFeed } from '../../src/sources/jsonfeed.js';
import { ArticleError } from '../../src/model/errors.js';
import { sampleArticle, sampleDoc, sampleInput, bodyDom, bodyText } from './sample.js';
import { cardFor } from '../load/server.js';
import { $, textOf } from '../helpers.js';

const MARKET = 'https://quai.example/2026/03/marche-du-dimanche';

describe('sources: JSON Feed', () => {
  it('is detected by its version URL (1 and 1.1)', async () => {
    expect(jsonFeed.detect((await sampleDoc('jsonfeed-1.1.json')).doc)).to.equal(true);
    expect(jsonFeed.detect((await sampleDoc('jsonfeed-1.0.json')).doc)).to.equal(true);
    expect(jsonFeed.detect({ kind: 'json', value: { version: 'https://example.com/version/1', items: [] } })).to.equal(false);
  });

  describe('1.1 (French)', () => {
    it('maps the first item by default, with its own authors and avatars', async () => {
      const article = await sampleArticle('jsonfeed-1.1.json');
      expect(article.headline).to.equal('Les régates de printemps rassemblent quarante voiliers');
      expect(article.url).to.equal('https://quai.example/2026/03/regates-de-printemps/');
      expect(article.excerpt).to.equal('Malgré un vent capricieux, la course a tenu toutes ses promesses.');
      expect(article.authors).to.deep.equal([
        { name: 'Odile Marchand', url: 'https://quai.example/equipe/odile/', image: 'https://quai.example/equipe/odile.jpg' },
        { name: 'Karim Benali', url: 'https://quai.example/equipe/karim/' },
      ]);
      expect(article.image).to.deep.equal({ url: 'https://quai.example/images/regates.jpg' });
      expect(article.published).to.equal('2026-03-21T08:00:00.000Z');
      expect(article.modified).to.equal('2026-03-21T17:30:00.000Z');
      expect(article.publisher).to.deep.equal({
        name: 'Le Petit Quai',
        url: 'https://quai.example/',
        logo: 'https://quai.example/icon-512.png',
      });
      expect(article.tags).to.deep.equal(['voile', 'port']);
      expect(article.lang).to.equal('fr-FR');
    });

    it('prefers content_html over content_text, sanitized', async () => {
      const article = await sampleArticle('jsonfeed-1.1.json');
      const body = bodyDom(article);
      expect(body.querySelector('iframe')).to.equal(null);
      expect(body.querySelector('a')?.getAttribute('href')).to.equal('https://quai.example/equipe/odile/');
      expect(body.querySelectorAll('p').length).to.equal(2);
    });

    it('picks an item by id, with the feed-level authors as the fallback and content_text as paragraphs', async () => {
      const article = await sampleArticle('jsonfeed-1.1.json', { item: MARKET });
      expect(article.headline).to.equal("Le marché du dimanche s'agrandit");
      expect(article.authors).to.deep.equal([{ name: 'La rédaction du Petit Quai', url: 'https://quai.example/equipe/' }]);
      const paragraphs = Array.from(bodyDom(article).querySelectorAll('p')).map((p) => p.textContent);
      expect(paragraphs).to.deep.equal([
        "Douze nouveaux étals s'installent place du Quai.",
        "Les producteurs de l'arrière-pays arrivent dès sept heures.",
      ]);
    });

    it('picks an item by 0-based index; an untitled item gets the start of its text, and its own language', async () => {
      const article = await sampleArticle('jsonfeed-1.1.json', { item: '2' });
      expect(article.headline).to.match(/^Le phare sera repeint la semaine prochaine/);
      expect(article.headline).to.match(/…$/);
      expect(article.headline.length).to.be.lessThan(95);
      expect(article.lang).to.equal('fr-CA');
    });

    it('says which item is missing', async () => {
      for (const item of ['no-such-id', '9']) {
        const result = await sampleInput('jsonfeed-1.1.json', { item });
        expect(result).to.be.instanceOf(ArticleError);
        expect((result as ArticleError).code).to.equal('no-article');
        expect((result as ArticleError).message).to.contain(item);
      }
    });

    it('ignores "_" extensions: never read, never merged', async () => {
      const input = await sampleInput('jsonfeed-1.1.json');
      expect(JSON.stringify(input)).not.to.contain('extension privée');
      expect(JSON.stringify(input)).not.to.contain('pinned');
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    });
  });

  describe('1.0 (German)', () => {
    it("reads the item's single `author` (1.0)", async () => {
      const article = await sampleArticle('jsonfeed-1.0.json');
      expect(article.headline).to.equal('Die Seilbahn fährt wieder – nach zwei Jahren Pause');
      expect(article.authors).to.deep.equal([{ name: 'Jonas Gruber', url: 'https://bergblatt.example/autoren/jonas/' }]);
      expect(bodyDom(article).querySelectorAll('p').length).to.equal(2);
      expect(article.publisher?.name).to.equal('Bergblatt');
    });

    it("falls back to the feed's `author`, and finds numeric ids", async () => {
      const article = await sampleArticle('jsonfeed-1.0.json', { item: '2026032' });
      expect(article.headline).to.equal('Lawinenwarnstufe sinkt auf zwei');
      expect(article.authors).to.deep.equal([
        { name: 'Redaktion Bergblatt', url: 'https://bergblatt.example/redaktion/', image: 'https://bergblatt.example/logo-128.png' },
      ]);
      expect(bodyText(article)).to.equal('Nach dem Tauwetter gibt der Warndienst Entwarnung für die Nordhänge.');
    });
  });

  it('renders the `item` chosen on <article-card src>', async () => {
    const { el, event } = await cardFor('/api/sources/jsonfeed-1.1.json', { item: MARKET });
    expect(event.type).to.equal('article-load');
    expect(textOf($(el, '.headline'))).to.equal("Le marché du dimanche s'agrandit");
    expect($(el, 'article').getAttribute('lang')).to.equal('fr-FR');
    expect(textOf($(el, '[part="source"]'))).to.contain('Le Petit Quai');
  });
});
