// The XSS table (test/security/vectors.ts) against the real elements in the browser: each vector
// is rendered through its surface, then the test fails on any spy call, any surviving handler
// or dangerous URL, any form, overlay, style or forbidden element in what was rendered, and any
// page-wide damage (prototype pollution, clobbering, head injection).
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { registerStrings, type ArticleCard } from '../../src/index.js';
import { en } from '../../src/i18n/locales/en.js';
import { BODY_VECTORS, URL_VECTORS, TEXT_VECTORS, DOCUMENT_VECTORS, STRING_VECTORS, type Vector } from './vectors.js';
import { calls, installSpy, running, inspect, pageProblems, quiet, outcome, stubFetch, requested, track } from './harness.js';

const STORY = 'https://ledger.example/2026/03/story/';
let stage: HTMLElement;

function make<T extends HTMLElement>(tag: string, attributes: Record<string, string> = {}): T {
  const el = track(document.createElement(tag) as T);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

async function show(...elements: HTMLElement[]): Promise<void> {
  stage.replaceChildren(...elements);
  for (const el of elements) await quiet(el);
}

function verdict(vector: string, ...hosts: Element[]): void {
  const problems = [...hosts.flatMap((host) => inspect(host)), ...pageProblems()];
  expect(calls, `payload ran: ${vector}`).to.deep.equal([]);
  expect(problems, vector).to.deep.equal([]);
}

/** Text of an element, whitespace folded. */
const folded = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

before(() => {
  installSpy();
  stage = document.createElement('div');
  document.body.append(stage);
});

afterEach(() => {
  stage.replaceChildren();
  // A late call belongs to a vector already passed: it still fails the whole table.
  running('after the table');
});

after(() => {
  expect(calls, 'a payload ran late').to.deep.equal([]);
});

describe(`XSS table: body HTML (${BODY_VECTORS.length} vectors, each through the attribute and an inline <template>)`, () => {
  for (const { name, payload } of BODY_VECTORS) {
    it(`body attribute: ${name}`, async () => {
      running(`body attribute: ${name}`);
      const card = make<ArticleCard>('article-card', { headline: 'Body vector', url: STORY, body: payload });
      await show(card);
      expect(await outcome(card)).to.equal('rendered');
      verdict(name, card);
    });

    it(`inline template: ${name}`, async () => {
      running(`inline template: ${name}`);
      const card = make<ArticleCard>('article-card', { headline: 'Inline vector', url: STORY });
      // Parsed into the template's inert content: nothing in it runs in the test page either.
      const template = document.createElement('template');
      template.innerHTML = payload;
      card.append(template);
      await show(card);
      expect(await outcome(card)).to.equal('rendered');
      verdict(name, card);
    });
  }
});

/** The same body through each other way it can arrive: the property and every fetched format. */
const BODY_SURFACES: Record<string, (payload: string) => { body: string; type: string } | undefined> = {
  'native JSON': (payload) => ({ body: JSON.stringify({ headline: 'Native', url: STORY, body: payload }), type: 'application/json' }),
  'WordPress post': (payload) => ({
    body: JSON.stringify({ id: 7, link: STORY, title: { rendered: 'WordPress' }, content: { rendered: payload, protected: false } }),
    type: 'application/json',
  }),
  'JSON Feed item': (payload) => ({
    body: JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Feed',
      items: [{ id: '1', url: STORY, title: 'Feed item', content_html: payload }],
    }),
    type: 'application/feed+json',
  }),
  'oEmbed rich html': (payload) => ({
    body: JSON.stringify({ type: 'rich', version: '1.0', title: 'oEmbed', html: payload, width: 600, height: 400 }),
    type: 'application/json',
  }),
  'HTML page article': (payload) => ({
    body: `<!doctype html><html lang="en"><head><title>Page</title></head><body><article>${payload}</article></body></html>`,
    type: 'text/html',
  }),
};

describe(`XSS table: body HTML through the property and every fetched format (${BODY_VECTORS.length} vectors × ${
  Object.keys(BODY_SURFACES).length + 1
} surfaces)`, () => {
  const documents = new Map<string, { body: string; type?: string | undefined }>();
  let restore: () => void;
  before(() => (restore = stubFetch(documents, true)));
  after(() => restore());

  BODY_VECTORS.forEach(({ name, payload }, i) => {
    it(`property and fetched: ${name}`, async () => {
      running(`property and fetched: ${name}`);
      const property = make<ArticleCard>('article-card');
      property.article = { headline: 'Property', url: STORY, body: payload };
      const fetched = Object.entries(BODY_SURFACES).map(([surface, build]) => {
        const url = `https://surface.example/${i}/${encodeURIComponent(surface)}`;
        documents.set(url, build(payload)!);
        return make<ArticleCard>('article-card', { src: url });
      });
      await show(property, ...fetched);
      expect(await outcome(property), 'property').to.equal('rendered');
      for (const card of fetched) {
        const src = card.getAttribute('src')!;
        // Markup can break an HTML page's own structure, which may then hold no article: an error
        // state is a fine outcome there, a payload that runs never is.
        const allowed = src.endsWith('HTML%20page%20article') ? ['rendered', 'error'] : ['rendered'];
        expect(await outcome(card), src).to.be.oneOf(allowed);
      }
      await Promise.all(fetched.map((card) => quiet(card)));
      verdict(name, property, ...fetched);
    });
  });
});

describe(`XSS table: URL attributes and src (${URL_VECTORS.length} vectors)`, () => {
  let restore: () => void;
  before(() => (restore = stubFetch(new Map(), true)));
  after(() => restore());

  for (const { name, payload } of URL_VECTORS) {
    it(`URL: ${name}`, async () => {
      running(`URL: ${name}`);
      const card = make<ArticleCard>('article-card', {
        headline: 'URL vector',
        url: payload,
        image: payload,
        'image-alt': 'x',
        author: 'A. Writer',
        'author-url': payload,
        'author-image': payload,
        publisher: 'Ledger',
        'publisher-url': payload,
        'comments-url': payload,
        'comments-count': '2',
        body: '<p>Body</p>',
      });
      const summary = make<ArticleCard>('article-card', { layout: 'summary', headline: 'Summary', url: payload, image: payload });
      const fromProperty = make<ArticleCard>('article-card');
      fromProperty.article = {
        headline: 'Property',
        url: STORY,
        menu: [
          { label: 'Menu', url: payload },
          { label: 'Home', url: 'https://ledger.example/' },
        ],
        authors: [{ name: 'B', url: payload, image: payload }],
        publisher: { name: 'P', url: payload, logo: payload },
      };
      const share = make('article-share', {
        url: payload,
        headline: 'Share',
        targets: 'x,facebook,linkedin,whatsapp,telegram,reddit,bluesky,email,copy',
      });
      const byline = make('article-byline', {
        author: 'C',
        'author-url': payload,
        'author-image': payload,
        published: '2026-03-14T07:12:00Z',
      });
      const menu = make('article-menu') as HTMLElement & { items: unknown };
      menu.items = [{ label: 'Section', url: payload }];
      // The src URL itself: refused before any request, or fetched as an http(s) URL only.
      const loader = make<ArticleCard>('article-card', { src: payload });
      requested.length = 0;
      await show(card, summary, fromProperty, share, byline, menu, loader);
      for (const el of [card, summary, fromProperty]) expect(await outcome(el), name).to.equal('rendered');
      expect(await outcome(loader), name).to.equal('error');
      for (const url of requested) expect(new URL(url).protocol, url).to.match(/^https?:$/);
      verdict(name, card, summary, fromProperty, share, byline, menu, loader);
    });
  }
});

describe(`XSS table: text (${TEXT_VECTORS.length} vectors)`, () => {
  for (const { name, payload } of TEXT_VECTORS) {
    it(`text: ${name}`, async () => {
      running(`text: ${name}`);
      const card = make<ArticleCard>('article-card', {
        headline: payload,
        url: STORY,
        excerpt: payload,
        section: payload,
        author: payload,
        publisher: payload,
        image: 'https://ledger.example/a.png',
        'image-alt': payload,
        body: '<p>Body</p>',
        'comments-url': `${STORY}#respond`,
      });
      const summary = make<ArticleCard>('article-card', { layout: 'summary' });
      summary.article = {
        headline: payload,
        url: STORY,
        excerpt: payload,
        tags: [payload],
        section: payload,
        authors: [{ name: payload }],
        menu: [{ label: payload, url: STORY }],
      };
      const full = make<ArticleCard>('article-card');
      full.article = { headline: 'Tags', url: STORY, tags: [payload, 'plain'], menu: [{ label: payload, url: STORY }] };
      await show(card, summary, full);
      for (const el of [card, summary, full]) expect(await outcome(el), name).to.equal('rendered');
      verdict(name, card, summary, full);
      // Rendered as text: the headline holds its link and nothing else, and reads as the payload.
      const headline = card.shadowRoot!.querySelector('.headline')!;
      expect(headline.querySelectorAll('*:not(a)').length, 'elements made from text').to.equal(0);
      expect(folded(headline.textContent).slice(0, 40)).to.equal(folded(payload).slice(0, 40));
      const readMore = summary.shadowRoot!.querySelector('.read-more');
      expect(folded(readMore?.querySelector('.visually-hidden')?.textContent), 'placeholders in a value stay literal').to.contain(
        folded(payload).slice(0, 40),
      );
    });
  }
});

describe(`XSS table: fetched documents (${DOCUMENT_VECTORS.length} vectors)`, () => {
  const documents = new Map<string, { body: string; type?: string | undefined }>();
  let restore: () => void;
  before(() => {
    DOCUMENT_VECTORS.forEach((vector, i) => documents.set(`https://feed.example/vector/${i}`, vector));
    restore = stubFetch(documents);
  });
  after(() => restore());

  DOCUMENT_VECTORS.forEach(({ name }, i) => {
    it(`document: ${name}`, async () => {
      running(`document: ${name}`);
      const card = make<ArticleCard>('article-card', { src: `https://feed.example/vector/${i}` });
      const summary = make<ArticleCard>('article-card', { src: `https://feed.example/vector/${i}`, layout: 'summary' });
      await show(card, summary);
      const [full, short] = [await outcome(card), await outcome(summary)];
      await Promise.all([quiet(card), quiet(summary)]);
      expect(full).to.equal(short);
      verdict(name, card, summary);
      if (full === 'rendered') {
        const headline = card.shadowRoot!.querySelector('.headline')!;
        expect(headline.querySelectorAll('*:not(a)').length, 'elements made from a headline').to.equal(0);
      }
    });
  });
});

describe(`XSS table: UI string overrides (${STRING_VECTORS.length} vectors)`, () => {
  STRING_VECTORS.forEach(({ name, payload }, i) => {
    it(`strings: ${name}`, async () => {
      running(`strings: ${name}`);
      // A private-use language of its own per vector (qaa, qba, …): every UI string, plural
      // forms included, carries the payload.
      const lang = `q${'abcdefghijklmnopqrst'[i]}a`;
      const strings = Object.fromEntries(
        Object.entries(en).map(([key, value]) => [
          key,
          typeof value === 'string' ? `${payload} ${value}` : { one: `${payload} {n}`, other: `${payload} {n}` },
        ]),
      );
      registerStrings(lang, strings as Parameters<typeof registerStrings>[1]);
      const card = make<ArticleCard>('article-card', {
        lang,
        headline: 'Strings',
        url: STORY,
        author: 'A',
        published: '2026-03-14T07:12:00Z',
        body: '<p>b</p>',
        'comments-url': `${STORY}#respond`,
        'comments-count': '3',
      });
      const summary = make<ArticleCard>('article-card', { lang, layout: 'summary', headline: 'Strings', url: STORY });
      const failing = make<ArticleCard>('article-card', { lang, src: 'javascript:__xss()' });
      const share = make('article-share', { lang, url: STORY, targets: 'x,email,copy' });
      const menu = make('article-menu', { lang });
      await show(card, summary, failing, share, menu);
      expect(await outcome(card)).to.equal('rendered');
      expect(await outcome(failing)).to.equal('error');
      verdict(name, card, summary, failing, share, menu);
      const retry = failing.shadowRoot!.querySelector('[part=retry]')!;
      expect(retry.children.length, 'elements made from a UI string').to.equal(0);
      // Rendered as text. (Placeholder look-alikes such as {toString} are filled from the
      // prototype of the values object: wrong text, reported to the i18n owner, but only text.)
      expect(folded(retry.textContent)).to.contain(
        folded(payload)
          .replace(/\{\w+\}.*/, '')
          .slice(0, 30),
      );
    });
  });
});

describe('XSS table size', () => {
  it('has at least 150 vectors, every surface covered', () => {
    const surfaces: Vector[][] = [
      BODY_VECTORS,
      URL_VECTORS,
      TEXT_VECTORS,
      DOCUMENT_VECTORS.map((d) => ({ name: d.name, payload: d.body })),
    ];
    expect(surfaces.flat().length).to.be.at.least(150);
    for (const vectors of [...surfaces, STRING_VECTORS]) {
      expect(vectors.length).to.be.at.least(surfaces.includes(vectors) ? 20 : 8);
      // No duplicates within a surface: each vector must test something of its own.
      expect(new Set(vectors.map((vector) => vector.payload)).size).to.equal(vectors.length);
      expect(new Set(vectors.map((vector) => vector.name)).size).to.equal(vectors.length);
    }
  });
});
