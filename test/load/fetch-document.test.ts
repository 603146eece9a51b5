import { expect } from '@open-wc/testing';
import { fetchDocument, MAX_RESPONSE_BYTES } from '../../src/load/fetch-document.js';
import { ArticleError, type ArticleErrorCode } from '../../src/model/errors.js';
import { api, newTag, release, requests, serverSaw } from './server.js';

/** The error a load fails with (the test fails if it succeeds). */
async function failure(promise: Promise<unknown>): Promise<ArticleError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ArticleError);
    return error as ArticleError;
  }
  throw new Error('expected the load to fail');
}

async function expectCode(
  route: string,
  code: ArticleErrorCode,
  options: { query?: string; timeout?: number } = {},
): Promise<ArticleError> {
  const tag = newTag(route);
  const error = await failure(fetchDocument(api(route, tag, options.query), { timeout: options.timeout }));
  expect(error.code, error.message).to.equal(code);
  expect(error.src).to.contain(`/api/${route}`);
  return error;
}

/** The other loopback name for the test server: same port, another origin. */
function otherOrigin(): string {
  return `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
}

describe('load: fetchDocument', () => {
  it('loads JSON and HTML documents, with the final URL', async () => {
    const json = await fetchDocument(api('sources/native.json', newTag('ok')));
    expect(json.doc.kind).to.equal('json');
    expect(json.url).to.match(/\/api\/sources\/native\.json\?tag=/);
    const page = await fetchDocument(api('sources/page-opengraph.html', newTag('ok')));
    expect(page.doc.kind).to.equal('html');
  });

  it('decodes the text in the charset the server names', async () => {
    const { doc } = await fetchDocument(api('latin1', newTag('latin1')));
    expect(doc.kind === 'html' && doc.text).to.contain('Café, pão e saúde na praça');
  });

  it('404 and 500 are "http" errors with the status', async () => {
    expect((await expectCode('status/404', 'http')).status).to.equal(404);
    expect((await expectCode('status/500', 'http')).status).to.equal(500);
  });

  it('truncated JSON is "bad-json"', async () => {
    await expectCode('truncated', 'bad-json');
  });

  it('an image where JSON was expected is "unsupported", and its body is not downloaded', async () => {
    const error = await expectCode('image', 'unsupported');
    expect(error.message).to.contain('image/png');
  });

  it('a response slower than `timeout` is "timeout", and the request is abandoned', async () => {
    const tag = newTag('slow');
    const error = await failure(fetchDocument(api('held', tag), { timeout: 200 }));
    expect(error.code).to.equal('timeout');
    expect(error.message).to.contain('200 ms');
    await serverSaw(tag, 'aborted');
  });

  it('a streamed response over the byte cap is "too-large", stopped while reading', async () => {
    const tag = newTag('huge');
    const error = await failure(fetchDocument(api('huge', tag)));
    expect(error.code).to.equal('too-large');
    expect(error.message).to.contain(`${MAX_RESPONSE_BYTES / 1024} KB`);
    // The client hung up: the stream has no end the client could have read to (the server stops
    // after 64 MB, far past any engine's read-ahead, and would then count it completed).
    expect((await serverSaw(tag, 'aborted')).completed).to.equal(0);
  });

  it('a response that declares a size over the cap is refused before reading', async () => {
    await expectCode('huge', 'too-large', { query: 'declared' });
  });

  it('a smaller cap may be set per load', async () => {
    const error = await failure(fetchDocument(api('sources/wordpress-post.json', newTag('cap')), { maxBytes: 1000 }));
    expect(error.code).to.equal('too-large');
  });

  it('a cross-origin server without CORS headers is "network", with the CORS hint', async () => {
    const tag = newTag('cors');
    const error = await failure(fetchDocument(`${otherOrigin()}${api('sources/native.json', tag)}`));
    expect(error.code).to.equal('network');
    expect(error.message).to.contain('CORS');
    expect(error.message).to.contain('inline');
    expect(error.message).to.contain('resolver');
    // The server did answer: it is the browser that refused the answer, i.e. really CORS.
    expect((await requests(tag)).count).to.equal(1);
  });

  it('the same cross-origin request succeeds when the server allows it', async () => {
    const result = await fetchDocument(`${otherOrigin()}${api('sources/native.json', newTag('cors-ok'), 'cors')}`);
    expect(result.doc.kind).to.equal('json');
  });

  it('a src that is not http(s) is "blocked-url" and never requested', async () => {
    for (const src of [
      'javascript:alert(1)',
      'data:application/json,{"headline":"x"}',
      'file:///etc/passwd',
      'https://user:pw@news.example/',
    ]) {
      const error = await failure(fetchDocument(src));
      expect(error.code, src).to.equal('blocked-url');
    }
  });

  it('shares one request between callers, and repeats it only when asked (`fresh`)', async () => {
    const tag = newTag('dedupe');
    const src = api('sources/native.json', tag);
    const results = await Promise.all(Array.from({ length: 5 }, () => fetchDocument(src, {}, new AbortController().signal)));
    expect(new Set(results).size).to.equal(1);
    await fetchDocument(src);
    expect((await requests(tag)).count).to.equal(1);
    await fetchDocument(src, { fresh: true });
    expect((await requests(tag)).count).to.equal(2);
  });

  it('does not cache failures', async () => {
    const tag = newTag('flaky');
    const src = api('flaky', tag);
    expect((await failure(fetchDocument(src))).code).to.equal('http');
    const second = await fetchDocument(src);
    expect(second.doc.kind).to.equal('json');
    expect((await requests(tag)).count).to.equal(2);
  });

  it('aborts the request only when every caller has gone', async () => {
    const tag = newTag('abort');
    const src = api('held', tag);
    const first = new AbortController();
    const second = new AbortController();
    const a = fetchDocument(src, {}, first.signal);
    const b = fetchDocument(src, {}, second.signal);
    await serverSaw(tag, 'count');
    first.abort();
    expect((await failure(a)).code).to.equal('aborted');
    await release(tag);
    // The other caller still gets its answer.
    expect((await b).doc.kind).to.equal('json');
    expect((await requests(tag)).aborted).to.equal(0);

    const lone = newTag('abort-lone');
    const controller = new AbortController();
    const c = fetchDocument(api('held', lone), {}, controller.signal);
    await serverSaw(lone, 'count');
    controller.abort();
    expect((await failure(c)).code).to.equal('aborted');
    await serverSaw(lone, 'aborted');
  });
});
