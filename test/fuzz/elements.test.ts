// Property-based fuzzing of the elements' lifecycle: random attributes, `article` objects and
// fetched documents. Each run must end in a rendered or error state (or, when no data was given
// at all, stay empty), with no uncaught error, no executed payload and nothing unsafe rendered.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import type { ArticleCard } from '../../src/index.js';
import type { ArticleInput } from '../../src/model/article.js';
import {
  announced,
  calls,
  installSpy,
  running,
  inspect,
  pageProblems,
  quiet,
  outcome,
  stubFetch,
  track,
  watchUncaught,
} from '../security/harness.js';
import { nasty, articleLike, anything, jsonDocument, htmlDocument, html, runs, timeLimit } from './arbitraries.js';

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

let stage: HTMLElement;

/** A card that records its first outcome (see the harness's `track`). */
const newCard = () => track(document.createElement('article-card') as ArticleCard);

/** Checks one run; `uncaught()` returns (and forgets) what escaped since the last run. */
async function settle(card: ArticleCard, uncaught: () => string[], expectEmpty = false, loaded?: Promise<unknown>): Promise<void> {
  uncaught();
  calls.length = 0;
  document.body.append(stage);
  stage.replaceChildren(card);
  if (expectEmpty) {
    await loaded;
    await quiet(card);
    expect(announced(card), 'no data gives an empty card, with no event').to.equal(false);
  } else {
    expect(await outcome(card)).to.be.oneOf(['rendered', 'error']);
    await quiet(card);
  }
  const problems = [...inspect(card), ...pageProblems()];
  stage.replaceChildren();
  expect(uncaught(), 'uncaught errors').to.deep.equal([]);
  expect(calls, 'payloads that ran').to.deep.equal([]);
  expect(problems).to.deep.equal([]);
}

describe('fuzz: elements', () => {
  const uncaught = watchUncaught();
  before(() => {
    installSpy();
    stage = document.createElement('div');
    // Hidden: lazy images in fuzzed bodies then never request their (random) URLs.
    stage.hidden = true;
  });
  after(() => stage.remove());

  it('random attributes on <article-card> (150 runs)', async function () {
    this.timeout(timeLimit(120_000));
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
          const card = newCard();
          card.setAttribute('headline', headline);
          for (const [name, value] of rest) if (name !== 'headline' || value !== '') card.setAttribute(name, value);
          await settle(card, uncaught);
        },
      ),
      { numRuns: runs(150) },
    );
  });

  it('random `article` objects, hostile keys included (150 runs)', async function () {
    this.timeout(timeLimit(120_000));
    running('fuzz article property');
    await fc.assert(
      fc.asyncProperty(fc.oneof(articleLike, anything), async (article) => {
        const card = newCard();
        card.article = article as ArticleInput;
        // Anything set as `article` ends rendered or as a `no-article` error; only an unset
        // property (undefined or null) leaves the card empty.
        await settle(card, uncaught, article === undefined || article === null);
      }),
      { numRuns: runs(150) },
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
      const card = newCard();
      card.setAttribute('src', url);
      await settle(card, uncaught, false, loaded);
      documents.delete(url);
    };

    it('JSON in every format, with hostile values and keys (150 runs)', async function () {
      this.timeout(timeLimit(120_000));
      running('fuzz fetched JSON');
      await fc.assert(
        fc.asyncProperty(jsonDocument, fc.constantFrom('application/json', 'application/feed+json', 'text/plain', undefined), run),
        { numRuns: runs(150) },
      );
    });

    it('HTML pages, and bytes that are neither (100 runs)', async function () {
      this.timeout(timeLimit(120_000));
      running('fuzz fetched HTML');
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(htmlDocument, html, fc.string({ unit: 'binary', maxLength: 200 })),
          fc.constantFrom('text/html', 'application/xhtml+xml', 'text/plain', 'application/json', undefined),
          run,
        ),
        { numRuns: runs(100) },
      );
    });
  });
});
