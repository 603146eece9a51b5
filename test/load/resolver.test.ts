import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { ArticleLoadEvent, ArticleErrorEvent } from '../../src/events/events.js';
import { toArticleInput } from '../../src/sources/index.js';
import { normalize } from '../../src/model/article.js';
import { cardFor, newTag, requests } from './server.js';

/** The other loopback name for the test server: same port, another origin (no CORS headers there). */
function otherOrigin(): string {
  return `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
}

/** The article this browser reads from the page itself (same origin, no resolver): what the resolver must agree with. */
async function readHere(path: string): Promise<Record<string, unknown>> {
  const url = new URL(path, location.href).href;
  const input = toArticleInput({ kind: 'html', text: await (await fetch(path)).text() }, { base: url });
  return normalize(input, url) as unknown as Record<string, unknown>;
}

describe('load: a cross-origin page through the resolver', () => {
  it('a card loads an ordinary article page from another origin (no CORS) through the resolver', async () => {
    const tag = newTag('resolver');
    const path = `/api/sources/page-opengraph.html?tag=${tag}`;
    const { el, event } = await cardFor(`${otherOrigin()}${path}`, { resolver: `${location.origin}/resolver/` });
    expect(event.type, (event as ArticleErrorEvent).detail?.error?.message).to.equal('article-load');
    const article = (event as ArticleLoadEvent).detail.article;
    // The resolver fetched the page once, server-side.
    expect((await requests(tag)).count).to.equal(1);
    // The resolver reads the page with the same source modules as the browser: the same article.
    const here = await readHere(path);
    for (const field of ['headline', 'excerpt', 'published', 'lang', 'section'] as const) {
      expect(article[field], field).to.equal(here[field]);
    }
    expect(article.authors).to.deep.equal(here.authors);
    expect(el.shadowRoot!.textContent).to.contain(article.headline);
  });

  it('the same page without a resolver fails as CORS, and the message names the resolver', async () => {
    const { event } = await cardFor(`${otherOrigin()}/api/sources/page-opengraph.html?tag=${newTag('no-resolver')}`);
    expect(event.type).to.equal('article-error');
    const { error } = (event as ArticleErrorEvent).detail;
    expect(error.code).to.equal('network');
    expect(error.message).to.contain('resolver');
  });

  it("a URL the resolver refuses (cloud metadata) is blocked-url on the card, about the card's own src", async () => {
    const src = 'http://169.254.169.254/latest/meta-data/';
    const { event } = await cardFor(src, { resolver: `${location.origin}/resolver/` });
    expect(event.type).to.equal('article-error');
    const { error } = (event as ArticleErrorEvent).detail;
    // The resolver answers 403 {"error":{"code":"blocked-url"}}: the card reports the code, not "403".
    expect(error.code).to.equal('blocked-url');
    expect(error.src).to.equal(src);
    expect(error.message).not.to.contain('403');
  });

  it("the article server's own HTTP status comes through the resolver", async () => {
    const src = `${otherOrigin()}/api/status/410?tag=${newTag('gone')}`;
    const { event } = await cardFor(src, { resolver: `${location.origin}/resolver/` });
    expect(event.type).to.equal('article-error');
    const { error } = (event as ArticleErrorEvent).detail;
    // The resolver answers 502 with the upstream's 410 inside: the card says 410, as it would when fetching directly.
    expect(error.code).to.equal('http');
    expect(error.status).to.equal(410);
    expect(error.src).to.equal(src);
  });

  it("a resolver that answers something other than its error JSON is reported as the resolver's HTTP failure", async () => {
    // Nothing is mounted there: the test server's plain 404, not a resolver's error JSON.
    const { event } = await cardFor(`${otherOrigin()}/api/sources/native.json?tag=${newTag('not-a-resolver')}`, {
      resolver: `${location.origin}/no-resolver-here/`,
    });
    expect(event.type).to.equal('article-error');
    const { error } = (event as ArticleErrorEvent).detail;
    expect(error.code).to.equal('http');
    expect(error.status).to.equal(404);
    expect(error.message).to.contain('resolver');
  });
});
