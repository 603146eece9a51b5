// Property-based fuzzing of the elements' lifecycle: random attributes, `article` objects and
// fetched documents. Each run must end in a rendered or error state (or, when no data was given
// at all, stay empty), with no uncaught error, no executed payload and nothing unsafe rendered.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import type { ArticleCard } from '../../src/index.js';
import type { ArticleInput } from '../../src/model/article.js';
import { calls, installSpy, running, inspect, pageProblems, quiet, outcome, stubFetch } from '../security/harness.js';
import { nasty, articleLike, anything, jsonDocument, htmlDocument, html } from './arbitraries.js';

const DATA_ATTRIBUTES = [
  'headline',
  'url',
  'excerpt',
  'section',
  'publisher',
  'publisher-url',
  'image',
  'image-alt',
  'author',
  'author-url',
  'author-image',
  'published',
  'modified',
  'body',
  'comments-url',
  'comments-count',
];
const OTHER_ATTRIBUTES = [
  'layout',
  'mode',
  'share',
  'theme',
  'lang',
  'dir',
  'format',
  'item',
  'timeout',
  'loading',
  'onclick',
  'style',
  'data-x',
  'slot',
];

const uncaught: string[] = [];
const onError = (event: ErrorEvent) => uncaught.push(String(event.error ?? event.message));
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));

let stage: HTMLElement;

async function settle(card: ArticleCard, expectEmpty = false, loaded?: Promise<unknown>): Promise<void> {
  document.body.append(stage);
  stage.replaceChildren(card);
  if (expectEmpty) {
    await loaded;
    await card.updateComplete;
    await quiet();
    await card.updateComplete;
    expect(card.currentArticle === undefined && card.error === undefined, 'no data gives an empty card').to.equal(true);
  } else {
    expect(await outcome(card)).to.be.oneOf(['rendered', 'error']);
    await quiet();
  }
  const problems = [...inspect(card), ...pageProblems()];
  stage.replaceChildren();
  expect(uncaught, 'uncaught errors').to.deep.equal([]);
  expect(calls, 'payloads that ran').to.deep.equal([]);
  expect(problems).to.deep.equal([]);
}

describe('fuzz: elements', () => {
  before(() => {
    installSpy();
    stage = document.createElement('div');
    // Hidden: lazy images in fuzzed bodies then never request their (random) URLs.
    stage.hidden = true;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    stage.remove();
  });

  it('random attributes on <article-card> (150 runs)', async function () {
    this.timeout(120_000);
    running('fuzz attributes');
    const attribute = fc.oneof(
      fc.tuple(fc.constantFrom(...DATA_ATTRIBUTES), fc.oneof(nasty, html)),
      fc.tuple(fc.constantFrom(...OTHER_ATTRIBUTES), nasty),
    );
    await fc.assert(
      fc.asyncProperty(
        // A headline (maybe hostile, maybe blank) is always there, so there is always data.
        nasty.filter((s) => s !== ''),
        fc.array(attribute, { maxLength: 8 }),
        async (headline, rest) => {
          const card = document.createElement('article-card') as ArticleCard;
          card.setAttribute('headline', headline);
          for (const [name, value] of rest) if (name !== 'headline' || value !== '') card.setAttribute(name, value);
          await settle(card);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('random `article` objects, hostile keys included (150 runs)', async function () {
    this.timeout(120_000);
    running('fuzz article property');
    await fc.assert(
      fc.asyncProperty(fc.oneof(articleLike, anything), async (article) => {
        const card = document.createElement('article-card') as ArticleCard;
        card.article = article as ArticleInput;
        // Anything set as `article` ends rendered or as a `no-article` error; only an unset
        // property (undefined or null) leaves the card empty.
        await settle(card, article === undefined || article === null);
      }),
      { numRuns: 150 },
    );
  });

  describe('fetched documents', () => {
    const documents = new Map<string, { body: string; type?: string | undefined; served?: () => void }>();
    let restore: () => void;
    let n = 0;
    before(() => (restore = stubFetch(documents)));
    after(() => restore());

    const run = async (body: string, type: string | undefined) => {
      const url = `https://fuzz.example/doc/${n++}`;
      let served!: () => void;
      const loaded = new Promise<void>((resolve) => (served = resolve));
      documents.set(url, { body, type, served });
      const card = document.createElement('article-card') as ArticleCard;
      card.setAttribute('src', url);
      await settle(card, false, loaded);
      documents.delete(url);
    };

    it('JSON in every format, with hostile values and keys (150 runs)', async function () {
      this.timeout(120_000);
      running('fuzz fetched JSON');
      await fc.assert(
        fc.asyncProperty(jsonDocument, fc.constantFrom('application/json', 'application/feed+json', 'text/plain', undefined), run),
        { numRuns: 150 },
      );
    });

    it('HTML pages, and bytes that are neither (100 runs)', async function () {
      this.timeout(120_000);
      running('fuzz fetched HTML');
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(htmlDocument, html, fc.string({ unit: 'binary', maxLength: 200 })),
          fc.constantFrom('text/html', 'application/xhtml+xml', 'text/plain', 'application/json', undefined),
          run,
        ),
        { numRuns: 100 },
      );
    });
  });
});
