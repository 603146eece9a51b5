/**
 * The browser's source modules on the server: every sample of test/fixtures/sources/ read by
 * the resolver's reader (linkedom, no DOM globals), and the fields of the issue-13 samples
 * checked to be what the browser tests (test/sources/) find in them.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { readArticle } from '../../src/resolver/read.js';
import { parseHtml } from '../../src/resolver/parse-html.js';
import type { Article } from '../../src/model/article.js';

const DIR = new URL('../fixtures/sources/', import.meta.url);

function read(name: string, base = `https://fixtures.example/${name}`): Article {
  const text = readFileSync(new URL(name, DIR), 'utf8');
  const doc = name.endsWith('.html') ? ({ kind: 'html', text } as const) : ({ kind: 'json', value: JSON.parse(text) as unknown } as const);
  const result = readArticle({ doc, base }, parseHtml);
  if ('error' in result) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.article;
}

describe('sources on the server (linkedom)', () => {
  it('reads every sample', () => {
    for (const name of readdirSync(DIR)) assert.ok(read(name).headline, name);
  });

  it('text fields are text: WordPress, JSON-LD, meta tags', () => {
    assert.equal(read('wordpress-post-no-excerpt.json').headline, 'Il traghetto “notturno” torna a luglio');
    const fr = read('text-page-fr.html');
    assert.equal(fr.headline, "L'hôpital de Brest rouvre sa maternité — enfin");
    assert.equal(fr.excerpt, 'Après 18 mois de travaux, les naissances reprennent.');
    assert.equal(fr.section, 'Santé & social');
  });

  it('the canonical URL, and per-field fallback', () => {
    assert.equal(read('canonical-graph-en.html').url, 'https://southerntide.example/news/2026/08/bridge-cyclists/');
    const es = read('fallback-layers-es.html');
    assert.equal(es.headline, 'El puerto estrena grúas eléctricas');
    assert.equal(es.published, '2026-09-03T06:15:00.000Z');
    assert.deepEqual(es.authors, [{ name: 'Lucía Ferrer' }]);
    assert.equal(es.image?.url, 'https://farovigosur.example/fotos/gruas-1200.jpg');
  });

  it('schema.org shapes, microdata and older markup', () => {
    const ja = read('schema-shapes-ja.html');
    assert.deepEqual(
      ja.authors.map((a) => a.name),
      ['佐藤 健二', '山本 葵', 'みなと新聞 地域報道部'],
    );
    assert.equal(ja.image?.url, 'https://minato.example/img/asaichi-16x9.jpg');
    const it = read('microdata-it.html');
    assert.deepEqual(
      it.authors.map((a) => a.name),
      ['Marco Rossi', 'Chiara Esposito'],
    );
    assert.equal(it.published, '2026-11-05T08:00:00.000Z');
    assert.equal(it.image?.width, 1024);
    assert.match(String(it.body), /^<p>Dopo due anni/);
    const pt = read('older-markup-pt.html');
    assert.equal(pt.published, '2026-11-20T17:00:00.000Z');
    assert.deepEqual(pt.tags, ['metrô', 'obras', 'zona norte']);
  });
});
