// Issue 13, "per-field fallback": the layers of a page (JSON-LD, Open Graph and meta tags, the
// document's own <h1>/<time>/<title>) are merged field by field after each value is checked, so
// a broken value in a higher layer never hides a good one in a lower layer.
import { expect } from '@open-wc/testing';
import { firstUsable, usable } from '../../src/sources/layers.js';
import { sampleArticle } from './sample.js';

describe('sources: per-field fallback across layers', () => {
  it('a page (Spanish) whose JSON-LD has an empty headline, a template date, a caption for an image and a nameless author', async () => {
    const article = await sampleArticle('fallback-layers-es.html');
    // JSON-LD "" -> og:title.
    expect(article.headline).to.equal('El puerto estrena grúas eléctricas');
    // JSON-LD "   " -> og:description.
    expect(article.excerpt).to.equal('Las tres grúas nuevas funcionan sin gasóleo desde este martes.');
    // JSON-LD "{{ post.fecha_publicacion }}", article:published_time "", meta date "hace 2 horas" -> <time datetime>.
    expect(article.published).to.equal('2026-09-03T06:15:00.000Z');
    // A good JSON-LD value still wins.
    expect(article.modified).to.equal('2026-09-03T08:00:00.000Z');
    expect(article.section).to.equal('Economía');
    // JSON-LD "Foto: EFE" is no URL -> og:image, with its size.
    expect(article.image).to.deep.equal({ url: 'https://farovigosur.example/fotos/gruas-1200.jpg', alt: '', width: 1200, height: 675 });
    // A Person without a name -> <meta name=author>; an Organization without a name -> og:site_name.
    expect(article.authors).to.deep.equal([{ name: 'Lucía Ferrer' }]);
    expect(article.publisher).to.deep.equal({ name: 'El Faro de Vigo Sur' });
    expect(article.lang).to.equal('es-ES');
  });

  it('checks each value as the model will keep it', () => {
    expect(usable('published', 'Invalid Date')).to.equal(false);
    expect(usable('published', '2026-09-03')).to.equal(true);
    expect(usable('headline', ' \n ')).to.equal(false);
    expect(usable('image', 'Foto: EFE')).to.equal(false);
    expect(usable('image', { url: 'javascript:alert(1)' })).to.equal(false);
    expect(usable('image', '/fotos/gruas.jpg', 'https://farovigosur.example/')).to.equal(true);
    expect(usable('url', 'https://farovigosur.example/2026/09/gruas/#comentarios')).to.equal(true);
    expect(usable('authors', [{ name: '' }])).to.equal(false);
    expect(usable('authors', 'Lucía Ferrer')).to.equal(true);
    expect(usable('publisher', { url: 'https://farovigosur.example/' })).to.equal(false);
    expect(usable('tags', [])).to.equal(false);
    expect(usable('lang', 'not a language tag at all')).to.equal(false);
  });

  it('takes each field from the first layer that has a usable value', () => {
    const merged = firstUsable([
      { headline: '', published: 'mañana', tags: [] },
      { headline: 'Segunda capa', published: '2026-09-03T08:15:00+02:00', tags: ['puerto'] },
      { headline: 'Tercera capa', section: 'Economía' },
    ]);
    expect(merged).to.deep.equal({
      headline: 'Segunda capa',
      published: '2026-09-03T08:15:00+02:00',
      tags: ['puerto'],
      section: 'Economía',
    });
  });
});
