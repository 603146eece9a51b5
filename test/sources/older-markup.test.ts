// Issue 13, "microdata and older markup": pages without JSON-LD still give their article, from
// itemprop microdata, <time pubdate>/<time datetime> inside the article, article:* tags and the
// og:article:* misspelling, <meta name="date">, Parse.ly and Sailthru tags.
import { expect } from '@open-wc/testing';
import { pageArticle, sampleArticle, bodyText } from './sample.js';

const page = (head: string, body: string) => pageArticle(head, body, 'https://tidningen.example/');

describe('sources: microdata and older markup', () => {
  it('microdata (Italian): headline, nested Person authors, datePublished, dateModified, ImageObject, publisher', async () => {
    const article = await sampleArticle('microdata-it.html');
    expect(article.headline).to.equal('Riapre il mercato coperto di piazza Garibaldi');
    // The comment's author and date belong to the comment, not to the article.
    expect(article.authors).to.deep.equal([
      { name: 'Marco Rossi', url: 'https://gazzettadelporto.example/autori/marco-rossi/' },
      { name: 'Chiara Esposito' },
    ]);
    expect(article.published).to.equal('2026-11-05T08:00:00.000Z');
    expect(article.modified).to.equal('2026-11-05T11:40:00.000Z');
    expect(article.image).to.deep.equal({
      url: 'https://gazzettadelporto.example/foto/mercato-1024.jpg',
      alt: 'I banchi del mercato coperto',
      width: 1024,
      height: 576,
    });
    expect(article.publisher).to.deep.equal({ name: 'Gazzetta del Porto', url: 'https://gazzettadelporto.example/' });
    expect(article.section).to.equal('Cronaca');
    expect(bodyText(article)).to.equal(
      'Dopo due anni di lavori, i banchi tornano sotto la volta in ferro. Il mercato apre dal martedì alla domenica.',
    );
  });

  it('Parse.ly, Sailthru and og:article:* (Portuguese): every field from the older tags', async () => {
    const article = await sampleArticle('older-markup-pt.html');
    expect(article.headline).to.equal('Metrô ganha nova estação na zona norte');
    expect(article.url).to.equal('https://jornaldabaia.example/cidades/2026/11/metro-estacao/');
    expect(article.authors).to.deep.equal([{ name: 'Ana Souza' }]);
    expect(article.section).to.equal('Cidades');
    expect(article.tags).to.deep.equal(['metrô', 'obras', 'zona norte']);
    expect(article.image?.url).to.equal('https://jornaldabaia.example/img/estacao-1280.jpg');
    expect(article.excerpt).to.equal('A estação Vila Nova abre ao público no sábado.');
    // parsely-pub-date "ontem" does not parse; the misspelt og:article:published_time does.
    expect(article.published).to.equal('2026-11-20T17:00:00.000Z');
    expect(article.modified).to.equal('2026-11-20T21:30:00.000Z');
  });

  it('<time pubdate> inside the article, before any other <time>; not a <time> outside it', () => {
    const body = `<time datetime="2020-01-01">nav</time><article><p><time datetime="2026-12-01T08:00:00Z">uppdaterad</time></p>
      <p><time pubdate datetime="2026-11-30T07:00:00Z">publicerad</time></p><h1>Färjan går igen</h1></article>`;
    expect(page('', body).published).to.equal('2026-11-30T07:00:00.000Z');
    expect(
      page('', '<time datetime="2020-01-01">x</time><article><h1>Färjan</h1><time datetime="2026-12-01T08:00:00Z">1 dec</time></article>')
        .published,
    ).to.equal('2026-12-01T08:00:00.000Z');
  });

  it('<meta name="date">, article:published_time and article:author as a name', () => {
    const article = page(
      '<meta name="date" content="2026-12-01"><meta property="article:author" content="Elin Berg"><meta property="og:title" content="Färjan går igen">',
      '<p>Text.</p>',
    );
    expect(article.published).to.equal('2026-12-01T00:00:00.000Z');
    expect(article.authors).to.deep.equal([{ name: 'Elin Berg' }]);
    const og = page('<meta property="article:published_time" content="2026-12-02T06:00:00+01:00"><title>Färjan</title>', '');
    expect(og.published).to.equal('2026-12-02T05:00:00.000Z');
  });

  it('JSON-LD still comes first where it has the field; microdata fills what it lacks', () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Från JSON-LD"}</script>`;
    const body = `<article itemscope itemtype="http://schema.org/Article"><h1 itemprop="headline">Från mikrodata</h1>
      <meta itemprop="datePublished" content="2026-12-03T09:00:00Z"></article>`;
    const article = page(ld, body);
    expect(article.headline).to.equal('Från JSON-LD');
    expect(article.published).to.equal('2026-12-03T09:00:00.000Z');
  });

  it('a page whose named elements shadow the document\'s methods (<img name="querySelector">) is read all the same', () => {
    const clobbering =
      '<img name="querySelector"><img name="getElementsByTagName"><img name="documentElement"><img name="title"><form name="body"></form>';
    const article = page(
      '<meta property="og:title" content="Färjan går igen"><link rel="canonical" href="https://tidningen.example/farjan/">',
      `${clobbering}<article itemscope itemtype="https://schema.org/NewsArticle"><form itemprop="author"><input name="getAttribute"></form>
      <meta itemprop="datePublished" content="2026-12-03T09:00:00Z"><p>Text.</p></article>`,
    );
    expect(article.headline).to.equal('Färjan går igen');
    expect(article.url).to.equal('https://tidningen.example/farjan/');
    expect(article.published).to.equal('2026-12-03T09:00:00.000Z');
  });
});
