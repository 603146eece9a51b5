// Property-based fuzzing of the safety core: sanitizeHtml over generated hostile HTML, and
// normalize() over anything at all, the share links over any text. Nothing may throw, run, or
// come out unsafe.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { sanitizeHtml } from '../../src/safety/sanitize.js';
import { vetUrl } from '../../src/safety/url.js';
import { normalize, articleBody } from '../../src/model/article.js';
import { ArticleError } from '../../src/model/errors.js';
import { calls, installSpy, running, inspectBody, pageProblems } from '../security/harness.js';
import { html, anything, articleLike, nasty, runs, timeLimit, encodedText, jsonDocument, htmlDocument } from './arbitraries.js';
import { toArticleInput } from '../../src/sources/index.js';
import { htmlText, MAX_HTML_TEXT_INPUT } from '../../src/text/html-text.js';
import { escapeHtml } from '../../src/text/escape-html.js';
import { SHARE_TARGETS, type LinkTarget } from '../../src/components/article-share/share-targets.js';

const serialize = (fragment: DocumentFragment) => {
  const holder = document.createElement('div');
  holder.append(fragment.cloneNode(true));
  return holder.innerHTML;
};

const URL_FIELDS = (a: Record<string, unknown>): unknown[] => {
  const image = a['image'] as { url?: unknown } | undefined;
  const publisher = a['publisher'] as { url?: unknown; logo?: unknown } | undefined;
  const comments = a['comments'] as { url?: unknown } | undefined;
  return [
    a['url'],
    image?.url,
    publisher?.url,
    publisher?.logo,
    comments?.url,
    ...((a['authors'] as Array<{ url?: unknown; image?: unknown }>) ?? []).flatMap((x) => [x.url, x.image]),
    ...((a['menu'] as Array<{ url?: unknown }>) ?? []).map((m) => m.url),
  ].filter((u) => u !== undefined);
};

describe('fuzz: sanitizeHtml', () => {
  before(() => installSpy());

  it('never throws, and its output has no handler, forbidden element or unvetted URL (300 runs)', async function () {
    this.timeout(timeLimit(60_000));
    running('fuzz sanitizeHtml');
    fc.assert(
      fc.property(html, fc.option(fc.webUrl(), { nil: undefined }), (dirty, base) => {
        const fragment = sanitizeHtml(dirty, base);
        expect(fragment).to.be.instanceOf(DocumentFragment);
        expect(inspectBody(fragment), dirty).to.deep.equal([]);
      }),
      { numRuns: runs(300) },
    );
    expect(calls).to.deep.equal([]);
  });

  it('its serialized output, parsed again as a consumer of article.body would, is still safe (300 runs)', function () {
    this.timeout(timeLimit(60_000));
    running('fuzz sanitizeHtml re-parse');
    fc.assert(
      fc.property(html, (dirty) => {
        const once = serialize(sanitizeHtml(dirty));
        // An inert parse (template content): what innerHTML would build, without running it.
        const reparsed = document.createElement('template');
        reparsed.innerHTML = once;
        expect(inspectBody(reparsed.content), once).to.deep.equal([]);
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('fuzz: normalize', () => {
  it('turns anything into an Article or an ArticleError, never throwing (300 runs)', function () {
    this.timeout(timeLimit(60_000));
    running('fuzz normalize anything');
    fc.assert(
      fc.property(anything, (raw) => {
        const result = normalize(raw);
        expect(result instanceof ArticleError || typeof result.headline === 'string').to.equal(true);
      }),
      { numRuns: runs(300) },
    );
    expect(pageProblems()).to.deep.equal([]);
  });

  it('keeps only vetted URLs, capped text and a safe body from article-shaped input (300 runs)', async function () {
    this.timeout(timeLimit(60_000));
    running('fuzz normalize article-like');
    fc.assert(
      fc.property(articleLike, (raw) => {
        const result = normalize(raw);
        if (result instanceof ArticleError) {
          expect(result.code).to.be.oneOf(['no-article', 'too-large']);
          return;
        }
        for (const url of URL_FIELDS(result as unknown as Record<string, unknown>)) {
          expect(vetUrl(url), String(url)).to.equal(url);
        }
        expect(result.headline.length).to.be.at.most(500);
        expect((result.excerpt ?? '').length).to.be.at.most(2000);
        expect(Object.getPrototypeOf(result)).to.equal(Object.prototype);
        const body = articleBody(result);
        if (body) expect(inspectBody(body)).to.deep.equal([]);
      }),
      { numRuns: runs(300) },
    );
    expect(calls).to.deep.equal([]);
    expect(pageProblems()).to.deep.equal([]);
  });
});

describe('fuzz: sources', () => {
  before(() => installSpy());

  it('every document in every format, as publishers write them, becomes an Article or an ArticleError (300 runs)', function () {
    this.timeout(timeLimit(90_000));
    running('fuzz sources');
    fc.assert(
      fc.property(
        fc.oneof(
          jsonDocument.map((text) => ({ json: text })),
          htmlDocument.map((text) => ({ html: text })),
        ),
        (doc) => {
          let parsed: unknown;
          try {
            parsed = 'json' in doc ? JSON.parse(doc.json) : undefined;
          } catch {
            return;
          }
          const source = 'json' in doc ? ({ kind: 'json', value: parsed } as const) : ({ kind: 'html', text: doc.html } as const);
          const input = toArticleInput(source, { base: 'https://fuzz.example/doc/' });
          const result = input instanceof ArticleError ? input : normalize(input, 'https://fuzz.example/doc/');
          if (result instanceof ArticleError) return;
          for (const url of URL_FIELDS(result as unknown as Record<string, unknown>)) expect(vetUrl(url), String(url)).to.equal(url);
          expect(Object.getPrototypeOf(result)).to.equal(Object.prototype);
          const body = articleBody(result);
          if (body) expect(inspectBody(body)).to.deep.equal([]);
        },
      ),
      { numRuns: runs(300) },
    );
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    expect(calls).to.deep.equal([]);
    expect(pageProblems()).to.deep.equal([]);
  });

  it('htmlText: escaped text comes back as it was, plain text only folded, nothing throws (500 runs)', function () {
    this.timeout(timeLimit(60_000));
    const fold = (s: string) => s.replace(/\s+/g, ' ').trim() || undefined;
    fc.assert(
      fc.property(fc.oneof(nasty, encodedText), (s) => {
        // Only the first MAX_HTML_TEXT_INPUT characters are read: longer input is cut first.
        if (escapeHtml(s).length <= MAX_HTML_TEXT_INPUT) expect(htmlText(escapeHtml(s))).to.equal(fold(s));
        if (!/[<&]/.test(s)) expect(htmlText(s)).to.equal(fold(s.slice(0, MAX_HTML_TEXT_INPUT)));
        const out = htmlText(s);
        expect(out === undefined || (out === out.trim() && !/\s\s/.test(out))).to.equal(true);
      }),
      { numRuns: runs(500) },
    );
  });
});

describe('fuzz: share links', () => {
  it('every network builds a link from any text, lone surrogates included (300 runs)', function () {
    this.timeout(timeLimit(60_000));
    const links = Object.values(SHARE_TARGETS).filter((target): target is LinkTarget => target.kind === 'link');
    fc.assert(
      fc.property(nasty, nasty, nasty, fc.array(nasty, { maxLength: 3 }), (headline, text, via, hashtags) => {
        const data = { url: 'https://ledger.example/a', headline, text, via, hashtags };
        for (const target of links) {
          const href = target.href(data);
          // Whatever the text, the link stays on the network's own address.
          expect(new URL(href).protocol, target.label).to.be.oneOf(['https:', 'mailto:']);
        }
      }),
      { numRuns: runs(300) },
    );
  });
});
