// Issue 13, "text fields are text": every field shown as text comes out entity-decoded and
// without markup, from every format, and an excerpt made from the body keeps its paragraphs apart.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { sampleArticle } from './sample.js';
import { cardFor } from '../load/server.js';
import { $, textOf } from '../helpers.js';

describe('sources: text fields are text', () => {
  it('HTML page (French): JSON-LD headline, description, section, keywords, names and captions', async () => {
    const article = await sampleArticle('text-page-fr.html');
    expect(article.headline).to.equal("L'hôpital de Brest rouvre sa maternité — enfin");
    // The description held a link: its words stay, its markup goes.
    expect(article.excerpt).to.equal('Après 18 mois de travaux, les naissances reprennent.');
    expect(article.section).to.equal('Santé & social');
    expect(article.tags).to.deep.equal(['santé', 'hôpitaux', '"maternités"']);
    expect(article.authors).to.deep.equal([{ name: 'Gaëlle Le Bihan' }]);
    expect(article.publisher).to.deep.equal({ name: 'Le Télégramme du Port' });
    expect(article.image?.alt).to.equal('La salle d’accouchement rénovée');
  });

  it('HTML page: meta content and <title> encoded twice by the CMS are decoded once more', async () => {
    const { pageToArticle, parsePage } = await import('../../src/sources/html.js');
    const page = parsePage(
      (await (await fetch('/api/sources/text-page-fr.html')).text()).replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, ''),
    );
    const input = pageToArticle(page);
    expect(input.headline).to.equal("Maternité : l'hôpital de Brest rouvre — enfin");
    // The tag the CMS escaped into the attribute is markup once read: it goes.
    expect(input.excerpt).to.equal('Après 18 mois de travaux, les naissances reprennent.');
    expect(input.section).to.equal('Santé & social');
    expect(input.publisher).to.deep.equal({ name: 'Le Télégramme du Port' });
  });

  it('oEmbed (Arabic): title, author_name and provider_name', async () => {
    const article = await sampleArticle('text-oembed-ar.json', { query: 'url=https%3A%2F%2Falmina.example%2F2026%2F06%2Fgarden%2F' });
    // "&amp;amp;" is decoded once: the provider encoded its title twice, and that shows.
    expect(article.headline).to.equal("المكتبة 'الجديدة' تفتح &amp; الحديقة أيضًا");
    expect(article.authors).to.deep.equal([{ name: 'سارة منصور & فريق التحرير', url: 'https://almina.example/author/sara/' }]);
    expect(article.publisher?.name).to.equal('صحيفة "الميناء"');
  });

  it('JSON Feed (German): title, summary, author names, tags and the feed title', async () => {
    const article = await sampleArticle('text-feed-de.json');
    expect(article.headline).to.equal('Fähre & Hafen: „Neuer Fahrplan“ ab Montag');
    expect(article.excerpt).to.equal('Die Reederei fährt künftig stündlich – auch sonntags.');
    expect(article.authors.map((a) => a.name)).to.deep.equal(['Jana Krüger', 'Ole <Hansen>']);
    expect(article.tags).to.deep.equal(['Fähre', 'Hafen & Verkehr']);
    expect(article.publisher?.name).to.equal('Nordkurier & Hafenblatt');
  });

  it('WordPress (Italian): rendered title, without a DOM', async () => {
    const article = await sampleArticle('wordpress-post-no-excerpt.json');
    expect(article.headline).to.equal('Il traghetto “notturno” torna a luglio');
  });
});

describe('sources: an excerpt made from the body keeps paragraphs apart', () => {
  const excerptOf = async (src: string, attributes: Record<string, string> = {}) => {
    const { el, event } = await cardFor(src, { layout: 'summary', ...attributes });
    expect(event.type).to.equal('article-load');
    return textOf($(el, '[part="excerpt"]'));
  };

  it('HTML page', async () => {
    expect(await excerptOf('/api/sources/page-no-description-pl.html')).to.equal('Stoiska otwierają się o 6. Sprzedawcy przyjmują karty.');
  });

  it('oEmbed', async () => {
    const src = '/api/sources/text-oembed-ar.json?url=https%3A%2F%2Falmina.example%2F2026%2F06%2Fgarden%2F';
    expect(await excerptOf(src)).to.equal('تفتح الحديقة أبوابها عند العاشرة. والدخول مجاني للأطفال.');
  });

  it('JSON Feed', async () => {
    expect(await excerptOf('/api/sources/text-feed-de.json', { item: 'markt-2026' })).to.equal(
      'Der Markt öffnet um 7 Uhr. Die Stände stehen künftig am Nordkai.',
    );
  });

  it('WordPress', async () => {
    expect(await excerptOf('/api/sources/wordpress-post-no-excerpt.json')).to.equal(
      'La corsa parte alle 23. I biglietti si comprano a bordo.',
    );
  });
});
