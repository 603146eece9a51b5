/**
 * The handler tests, run against a resolver on any platform: in Node (`node.test.ts`, the
 * handler called directly) and in the real Workers runtime (`worker.test.ts`, workerd through
 * Miniflare). Every upstream is a real HTTP server on loopback (`servers.ts`).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ResolverOptions } from '../../src/resolver/options.js';
import { newTag, onLoopbackPort80, startCounter, startUpstream, type Counter, type Upstream } from './servers.js';

/** A running resolver: `fetch('/article?url=…')` answers as the resolver would over HTTP. */
export interface Subject {
  fetch(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}
export type StartResolver = (options: ResolverOptions) => Promise<Subject>;

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

export async function ask(subject: Subject, path: string, init?: RequestInit): Promise<Answer> {
  const response = await subject.fetch(path, init);
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

export function articlePath(url: string, query = ''): string {
  return `/article?url=${encodeURIComponent(url)}${query}`;
}

/** The `error` of an error answer, asserting its shape. */
export function errorOf(answer: Answer): { code: string; message: string; status?: number } {
  const error = (answer.json as { error?: { code: string; message: string; status?: number } } | undefined)?.error;
  assert.ok(error, `expected an error answer, got ${answer.status} ${answer.text.slice(0, 200)}`);
  assert.equal(typeof error.code, 'string');
  assert.equal(typeof error.message, 'string');
  return error;
}

export function assertRefused(answer: Answer, reason: RegExp, what: string): void {
  assert.equal(answer.status, 403, `${what}: ${answer.status} ${answer.text.slice(0, 300)}`);
  const error = errorOf(answer);
  assert.equal(error.code, 'blocked-url', what);
  assert.match(error.message, reason, what);
}

/** Every spelling of one loopback address (a.b.c.d) that the URL parser takes as that address. */
export function spellings(address: string): Array<[string, string]> {
  const [a, b, c, d] = address.split('.').map(Number) as [number, number, number, number];
  const n = ((a << 24) >>> 0) + (b << 16) + (c << 8) + d;
  const hex = (x: number) => x.toString(16);
  const oct = (x: number) => `0${x.toString(8)}`;
  return [
    ['dotted decimal', address],
    ['trailing dot', `${address}.`],
    ['one decimal number', String(n)],
    ['one hex number', `0x${hex(n)}`],
    ['upper-case hex', `0X${hex(n).toUpperCase()}`],
    ['dotted hex', `0x${hex(a)}.0x${hex(b)}.0x${hex(c)}.0x${hex(d)}`],
    ['dotted octal', `${oct(a)}.${oct(b)}.${oct(c)}.${oct(d)}`],
    ['mixed hex, octal and decimal', `0x${hex(a)}.${oct(b)}.${c}.${d}`],
    ['three parts', `${a}.${b}.${c * 256 + d}`],
    ['two parts', `${a}.${(b << 16) + (c << 8) + d}`],
    ['percent-encoded', [...address].map((ch) => `%${ch.charCodeAt(0).toString(16)}`).join('')],
    ['full-width digits', [...address].map((ch) => (ch === '.' ? '\uff0e' : String.fromCharCode(0xff10 + Number(ch)))).join('')],
    ['IPv4-mapped IPv6', `[::ffff:${address}]`],
    ['IPv4-mapped IPv6, hex', `[::ffff:${hex((a << 8) + b)}:${hex((c << 8) + d)}]`],
    ['IPv4-mapped IPv6, long form', `[0:0:0:0:0:ffff:${address}]`],
    ['NAT64 (64:ff9b::/96)', `[64:ff9b::${address}]`],
    ['IPv4-compatible IPv6', `[::${address}]`],
  ];
}

/** Addresses and names that are never fetched in the default configuration, and why. */
export const REFUSED: Array<[string, string, RegExp]> = [
  ['cloud metadata', 'http://169.254.169.254/latest/meta-data/', /link-local/],
  ['cloud metadata, decimal', 'http://2852039166/latest/meta-data/', /link-local/],
  ['cloud metadata, hex', 'http://0xa9fea9fe/', /link-local/],
  ['cloud metadata, IPv4-mapped', 'http://[::ffff:a9fe:a9fe]/', /link-local/],
  ['IPv6 link-local', 'http://[fe80::1]/', /link-local/],
  ['unspecified 0.0.0.0', 'http://0.0.0.0/', /unspecified/],
  ['unspecified, as "0"', 'http://0/', /unspecified/],
  ['IPv6 unspecified', 'http://[::]/', /unspecified/],
  ['IPv6 loopback', 'http://[::1]/', /loopback/],
  ['private 10/8', 'http://10.0.0.1/', /private/],
  ['private 10/8, short form', 'http://10.1/', /private/],
  ['private 172.16/12', 'http://172.16.0.1/', /private/],
  ['private 172.31.255.255', 'http://172.31.255.255/', /private/],
  ['private 192.168/16', 'http://192.168.1.1/', /private/],
  ['private, octal', 'http://0300.0250.1.1/', /private/],
  ['CGNAT 100.64/10', 'http://100.64.0.1/', /carrier-grade/],
  ['CGNAT upper end', 'http://100.127.255.254/', /carrier-grade/],
  ['unique-local fc00::/7', 'http://[fc00::1]/', /unique-local/],
  ['unique-local fd00::', 'http://[fd12:3456:789a::1]/', /unique-local/],
  ['IPv6 site-local', 'http://[fec0::1]/', /site-local/],
  ['multicast', 'http://224.0.0.1/', /multicast/],
  ['broadcast', 'http://255.255.255.255/', /broadcast/],
  ['reserved 240/4', 'http://240.0.0.1/', /reserved/],
  ['documentation range', 'http://192.0.2.10/', /reserved/],
  ['NAT64 of the metadata address', 'http://[64:ff9b::a9fe:a9fe]/', /link-local/],
  ['6to4 of loopback', 'http://[2002:7f00:1::1]/', /6to4/],
  ['Teredo', 'http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/', /Teredo/],
  ['localhost', 'http://localhost/', /localhost/],
  ['LOCALHOST with a trailing dot', 'http://LOCALHOST./', /localhost/],
  ['a subdomain of localhost', 'http://api.localhost/', /localhost/],
  ['a one-label name', 'http://intranet/', /one-label/],
  ['mDNS .local', 'http://printer.local/', /local-network/],
  ['.internal', 'http://metadata.google.internal/computeMetadata/v1/', /local-network/],
  ['.home.arpa', 'http://router.home.arpa/', /local-network/],
  ['file:', 'file:///etc/passwd', /only http and https/],
  ['ftp:', 'ftp://news.example/story', /only http and https/],
  ['gopher:', 'gopher://news.example:70/', /only http and https/],
  ['data:', 'data:text/html,<h1>x</h1>', /only http and https/],
  ['javascript:', 'javascript:alert(1)', /only http and https/],
  ['ws:', 'ws://news.example/socket', /only http and https/],
  ['blob:', 'blob:https://news.example/0b8f', /only http and https/],
  ['credentials', 'https://user:secret@news.example/story', /user name or password/],
  ['a user name only', 'https://user@news.example/story', /user name or password/],
  ['a look-alike with credentials', 'https://news.example@169.254.169.254/', /user name or password/],
  ['a non-default port', 'https://news.example:8443/story', /port 8443/],
  ['ssh port', 'http://news.example:22/', /port 22/],
  ['a tab inside the host', 'https://news\t.example/', /control or invisible/],
  ['a direction override', 'https://news.example/\u202estory', /control or invisible/],
];

export function handlerSuite(name: string, start: StartResolver): void {
  describe(name, () => {
    let upstream: Upstream;
    /** The private target on 127.0.0.1 (random port) and one on a random 127.a.b.c, port 80. */
    let counter: Counter;
    let counter80: Counter;

    before(async () => {
      upstream = await startUpstream();
      counter = await startCounter();
      counter80 = await onLoopbackPort80((address) => startCounter(address, 80));
    });
    after(async () => {
      await Promise.all([upstream.close(), counter.close(), counter80.close()]);
    });

    describe('reading articles from a page without CORS (allowHosts: the upstream)', () => {
      let r: Subject;
      before(async () => {
        r = await start({ allowHosts: [upstream.host], embedPage: 'https://embed.example/embed.html' });
      });
      after(() => r.close());

      it('an HTML page with a JSON-LD @graph, right-to-left: the native Article, with CORS and safety headers', async () => {
        const page = `${upstream.origin}/page/fa?tag=${newTag('fa')}`;
        const answer = await ask(r, articlePath(page));
        assert.equal(answer.status, 200, answer.text);
        const article = answer.json as Record<string, unknown>;
        assert.equal(article.headline, 'بازگشایی کتابخانه‌ی شهر پس از مرمت');
        assert.equal(article.lang, 'fa');
        assert.equal(article.dir, 'rtl');
        assert.equal(article.url, 'https://karaneh.example/1405/02/library/');
        assert.equal(article.section, 'فرهنگ');
        assert.deepEqual(article.authors, [{ name: 'سارا نیک‌نام', url: 'https://karaneh.example/author/sara/' }]);
        assert.equal((article.publisher as { name: string }).name, 'روزنامه‌ی کرانه');
        // Relative URLs resolve against the page the resolver fetched.
        assert.deepEqual(article.image, { url: `${upstream.origin}/images/library.jpg`, alt: '', width: 1200, height: 675 });
        assert.equal(article.published, '2026-04-21T05:00:00.000Z');
        // The story without the page's furniture; raw HTML that the browser sanitizes when it renders.
        assert.match(String(article.body), /<p>کتابخانه‌ی مرکزی/);
        assert.doesNotMatch(String(article.body), /<h1|<nav/);
        const h = answer.headers;
        assert.match(h.get('content-type') ?? '', /^application\/json/);
        assert.equal(h.get('access-control-allow-origin'), '*');
        assert.equal(h.get('x-content-type-options'), 'nosniff');
        assert.match(h.get('content-security-policy') ?? '', /default-src 'none'.*sandbox/);
        assert.match(h.get('cache-control') ?? '', /^public, max-age=\d+$/);
        assert.match(h.get('etag') ?? '', /^"[\w-]{22}"$/);
      });

      it("asks the upstream with a clear User-Agent, and passes on none of the client's headers", async () => {
        const tag = newTag('headers');
        await ask(r, articlePath(`${upstream.origin}/json/native?tag=${tag}`), {
          headers: {
            cookie: 'session=secret',
            authorization: 'Bearer secret',
            referer: 'https://partner.example/page',
            'x-forwarded-for': '203.0.113.7',
          },
        });
        const seen = upstream.stat(tag).headers!;
        assert.match(String(seen['user-agent']), /^article-embed-resolver /);
        assert.match(String(seen.accept), /application\/json/);
        for (const name of ['cookie', 'authorization', 'referer', 'x-forwarded-for', 'origin']) assert.equal(seen[name], undefined, name);
      });

      it('an Open Graph page: text decoded, dates, image and author', async () => {
        const answer = await ask(r, articlePath(`${upstream.origin}/page/pt?tag=${newTag('pt')}`));
        assert.equal(answer.status, 200, answer.text);
        const article = answer.json as Record<string, unknown>;
        assert.equal(article.headline, 'Feira de livros ocupa o cais & a praça');
        assert.equal(article.excerpt, 'Mais de cem editoras montam bancas à beira do rio.');
        assert.deepEqual(article.authors, [{ name: 'Rui Teixeira' }]);
        assert.equal(article.published, '2026-05-03T10:00:00.000Z');
        assert.equal(article.lang, 'pt-BR');
        assert.equal((article.image as { url: string }).url, 'https://gazeta.example/img/feira.jpg');
        // The page names no canonical URL: the page fetched is the article.
        assert.match(String(article.url), /\/page\/pt\?tag=/);
      });

      it('a windows-1252 page, decoded with the charset the server names', async () => {
        const answer = await ask(r, articlePath(`${upstream.origin}/page/latin1?tag=${newTag('latin1')}`));
        assert.equal(answer.status, 200, answer.text);
        assert.equal((answer.json as { headline: string }).headline, 'Le marché de Noël ouvre ses portes – « déjà » complet');
      });

      it('native JSON: fields vetted, relative URLs resolved, the body left for the browser to sanitize', async () => {
        const answer = await ask(r, articlePath(`${upstream.origin}/json/native?tag=${newTag('native')}`));
        assert.equal(answer.status, 200, answer.text);
        const article = answer.json as Record<string, unknown>;
        assert.equal(article.headline, '港の灯台、百年ぶりに一般公開');
        assert.equal(article.published, '2026-05-31T15:00:00.000Z');
        assert.deepEqual(article.tags, ['灯台', '観光']);
        assert.equal((article.image as { url: string }).url, `${upstream.origin}/img/lighthouse.jpg`);
        assert.match(String(article.body), /^<p>見学は予約制です。<\/p>/);
      });

      it('a JSON Feed: the first item, or the one `item` names (by id or index)', async () => {
        const feed = `${upstream.origin}/json/feed?tag=${newTag('feed')}`;
        const first = await ask(r, articlePath(feed));
        assert.equal((first.json as { headline: string }).headline, 'Neue Fähre verbindet die Inseln');
        const byId = await ask(r, articlePath(feed, '&item=markt-2026'));
        assert.equal((byId.json as { headline: string }).headline, 'Fischmarkt zieht um');
        const byIndex = await ask(r, articlePath(feed, '&item=1'));
        assert.equal((byIndex.json as { headline: string }).headline, 'Fischmarkt zieht um');
        // Two answers, one per item, from one cached document each.
        assert.notEqual(first.headers.get('etag'), byId.headers.get('etag'));
      });

      it('an oEmbed document', async () => {
        const answer = await ask(r, articlePath(`${upstream.origin}/json/oembed?tag=${newTag('oembed-doc')}`));
        assert.equal(answer.status, 200, answer.text);
        const article = answer.json as Record<string, unknown>;
        assert.equal(article.headline, 'La criée reprend vie');
        assert.deepEqual(article.publisher, { name: 'Le Courrier du Port', url: 'https://lecourrier.example/' });
      });

      it('a WordPress REST post: its entity-encoded title decoded without a DOM', async () => {
        const answer = await ask(r, articlePath(`${upstream.origin}/json/wordpress?tag=${newTag('wp')}`));
        assert.equal(answer.status, 200, answer.text);
        const article = answer.json as { headline: string; excerpt: string; authors: Array<{ name: string }> };
        assert.equal(article.headline, 'El faro “vuelve” a brillar');
        assert.equal(article.excerpt, 'Tras la restauración…');
        assert.equal(article.authors[0]?.name, 'Lucía Gómez');
      });

      it('`format` forces a reader; a document not in that format is 415 unsupported', async () => {
        const answer = await ask(r, articlePath(`${upstream.origin}/json/native?tag=${newTag('format')}`, '&format=html'));
        assert.equal(answer.status, 415);
        assert.equal(errorOf(answer).code, 'unsupported');
        const bad = await ask(r, articlePath(`${upstream.origin}/json/native`, '&format=xml'));
        assert.equal(bad.status, 400);
        assert.equal(errorOf(bad).code, 'bad-request');
      });

      it('304 to If-None-Match (strong or weak), and HEAD without a body', async () => {
        const path = articlePath(`${upstream.origin}/json/native?tag=${newTag('etag')}`);
        const first = await ask(r, path);
        const etag = first.headers.get('etag')!;
        const again = await ask(r, path, { headers: { 'if-none-match': etag } });
        assert.equal(again.status, 304);
        assert.equal(again.text, '');
        assert.equal(again.headers.get('etag'), etag);
        const weak = await ask(r, path, { headers: { 'if-none-match': `"other", W/${etag}` } });
        assert.equal(weak.status, 304);
        const changed = await ask(r, path, { headers: { 'if-none-match': '"other"' } });
        assert.equal(changed.status, 200);
        const head = await ask(r, path, { method: 'HEAD' });
        assert.equal(head.status, 200);
        assert.equal(head.text, '');
      });

      it('50 concurrent requests for one uncached URL make exactly 1 upstream fetch', async () => {
        const tag = newTag('coalesce');
        const path = articlePath(`${upstream.origin}/json/native?tag=${tag}`);
        const answers = await Promise.all(Array.from({ length: 50 }, () => ask(r, path)));
        assert.deepEqual(new Set(answers.map((a) => a.status)), new Set([200]));
        assert.equal(new Set(answers.map((a) => a.text)).size, 1);
        assert.equal(upstream.stat(tag).count, 1);
        // And later requests are answered from the cache.
        await ask(r, path);
        assert.equal(upstream.stat(tag).count, 1);
      });

      it('a redirect on the listed host is followed; the final URL is the base', async () => {
        const tag = newTag('redirect');
        const answer = await ask(
          r,
          articlePath(`${upstream.origin}/redirect?tag=${tag}&to=${encodeURIComponent(`/json/native?tag=${tag}&moved=1`)}`),
        );
        assert.equal(answer.status, 200, answer.text);
        assert.equal(upstream.stat(tag).count, 2);
      });

      it('five redirects are followed; a sixth is 502 http', async () => {
        const five = await ask(r, articlePath(`${upstream.origin}/chain?n=5&tag=${newTag('chain5')}`));
        assert.equal(five.status, 200, five.text);
        const six = await ask(r, articlePath(`${upstream.origin}/chain?n=6&tag=${newTag('chain6')}`));
        assert.equal(six.status, 502);
        assert.match(errorOf(six).message, /more than 5/);
      });

      it('hosts not in allowHosts are refused before any connection', async () => {
        assertRefused(await ask(r, articlePath(`http://127.0.0.1:${counter.port}/`)), /loopback/, 'another port on the host');
        assertRefused(await ask(r, articlePath('https://news.example/story')), /not in this resolver's allowHosts/, 'a public name');
        assert.equal(counter.connections(), 0);
      });

      it('every redirect hop is checked: redirects to private, metadata, other schemes, credentials are refused', async () => {
        const hops: Array<[string, string, RegExp]> = [
          ['the private target', `http://127.0.0.1:${counter.port}/admin`, /loopback/],
          ['the private target on port 80', `http://${counter80.address}/`, /loopback/],
          ['its decimal spelling', `http://${spellings(counter80.address)[2]![1]}/`, /loopback/],
          ['cloud metadata', 'http://169.254.169.254/latest/meta-data/iam/', /link-local/],
          ['a file', 'file:///etc/passwd', /only http and https/],
          ['credentials on the listed host', `http://user:pw@${upstream.host}/json/native`, /user name or password/],
          ['localhost on the listed port', `http://localhost:${upstream.port}/json/native`, /localhost/],
        ];
        for (const [what, to, reason] of hops) {
          const tag = newTag('hop');
          const answer = await ask(r, articlePath(`${upstream.origin}/redirect?tag=${tag}&status=307&to=${encodeURIComponent(to)}`));
          assertRefused(answer, reason, what);
          assert.match(errorOf(answer).message, /redirects to/, what);
        }
        assert.equal(counter.connections(), 0);
        assert.equal(counter80.connections(), 0);
      });

      it('/oembed: a rich response framing the embed page, which loads the article through this resolver', async () => {
        const page = `${upstream.origin}/page/pt?tag=${newTag('oembed')}`;
        const answer = await ask(r, `/oembed?url=${encodeURIComponent(page)}&format=json&maxwidth=320`);
        assert.equal(answer.status, 200, answer.text);
        const o = answer.json as Record<string, unknown>;
        assert.equal(o.version, '1.0');
        assert.equal(o.type, 'rich');
        assert.equal(o.title, 'Feira de livros ocupa o cais & a praça');
        assert.equal(o.width, 320);
        assert.equal(o.provider_name, 'Gazeta do Porto');
        assert.equal(o.author_name, 'Rui Teixeira');
        assert.equal(o.thumbnail_url, 'https://gazeta.example/img/feira.jpg');
        const html = String(o.html);
        const frame = /<iframe[^>]* src="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
        assert.ok(frame, html);
        const frameUrl = new URL(frame);
        assert.equal(`${frameUrl.origin}${frameUrl.pathname}`, 'https://embed.example/embed.html');
        assert.equal(frameUrl.searchParams.get('src'), `http://resolver.test/article?url=${encodeURIComponent(page)}`);
        assert.match(html, /sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"/);
        const again = await ask(r, `/oembed?url=${encodeURIComponent(page)}&format=json&maxwidth=320`, {
          headers: { 'if-none-match': answer.headers.get('etag')! },
        });
        assert.equal(again.status, 304);
      });

      it('/oembed keeps text text: markup in a headline is escaped in the html', async () => {
        const answer = await ask(r, `/oembed?url=${encodeURIComponent(`${upstream.origin}/page/hostile?tag=${newTag('hostile')}`)}`);
        assert.equal(answer.status, 200, answer.text);
        const o = answer.json as { title: string; html: string; provider_name: string };
        assert.equal(o.title, 'Quotes "here" <script>alert(1)</script> & more');
        assert.doesNotMatch(o.html, /<script|<b>/);
        assert.match(o.html, /&lt;script&gt;/);
        // Markup in the site name's meta tag is markup: its text stays.
        assert.equal(o.provider_name, 'The Bold Ledger');
      });

      it('/oembed errors: 501 for another format, 404 when there is no article, 400 without url', async () => {
        const xml = await ask(r, `/oembed?url=${encodeURIComponent(`${upstream.origin}/page/pt`)}&format=xml`);
        assert.equal(xml.status, 501);
        const none = await ask(
          r,
          `/oembed?url=${encodeURIComponent(`${upstream.origin}/json/no-headline?tag=${newTag('none')}`)}&format=json`,
        );
        assert.equal(none.status, 404);
        assert.equal(errorOf(none).code, 'no-article');
        assert.equal((await ask(r, '/oembed?format=json')).status, 400);
        assert.equal((await ask(r, `/oembed?url=x&maxwidth=-3`)).status, 400);
      });
    });

    describe("faults, with the loader's codes (maxBytes 1 MB, timeout 500 ms)", () => {
      let r: Subject;
      before(async () => {
        r = await start({ allowHosts: [upstream.host], maxBytes: 1_000_000, timeout: 500 });
      });
      after(() => r.close());

      it('a response streamed past the byte cap is 413 too-large, and the download is stopped', async () => {
        const tag = newTag('huge');
        const closed = upstream.closed(tag);
        const answer = await ask(r, articlePath(`${upstream.origin}/huge?tag=${tag}`));
        assert.equal(answer.status, 413, answer.text);
        assert.equal(errorOf(answer).code, 'too-large');
        assert.match(errorOf(answer).message, /977 KB/);
        const stat = await closed;
        assert.equal(stat.aborted, 1);
        assert.equal(stat.completed, 0);
      });

      it('a response that declares a size over the cap is refused before reading', async () => {
        const tag = newTag('declared');
        const closed = upstream.closed(tag);
        const answer = await ask(r, articlePath(`${upstream.origin}/huge?declared&tag=${tag}`));
        assert.equal(answer.status, 413);
        assert.equal((await closed).aborted, 1);
      });

      it('an upstream slower than `timeout` is 504 timeout, and the request is abandoned', async () => {
        const tag = newTag('slow');
        const closed = upstream.closed(tag);
        const answer = await ask(r, articlePath(`${upstream.origin}/slow?tag=${tag}`));
        assert.equal(answer.status, 504);
        assert.equal(errorOf(answer).code, 'timeout');
        assert.match(errorOf(answer).message, /500 ms/);
        assert.equal(answer.headers.get('cache-control'), 'no-store');
        assert.equal((await closed).aborted, 1);
      });

      it('wrong content types are 415 unsupported', async () => {
        const answer = await ask(r, articlePath(`${upstream.origin}/image?tag=${newTag('image')}`));
        assert.equal(answer.status, 415);
        assert.match(errorOf(answer).message, /image\/png/);
      });

      it('truncated JSON is 502 bad-json; JSON that is no article is 404 no-article; an empty page too', async () => {
        const truncated = await ask(r, articlePath(`${upstream.origin}/truncated?tag=${newTag('trunc')}`));
        assert.equal(truncated.status, 502);
        assert.equal(errorOf(truncated).code, 'bad-json');
        const none = await ask(r, articlePath(`${upstream.origin}/json/no-headline?tag=${newTag('none')}`));
        assert.equal(none.status, 404);
        assert.equal(errorOf(none).code, 'no-article');
        const empty = await ask(r, articlePath(`${upstream.origin}/page/empty?tag=${newTag('empty')}`));
        assert.equal(empty.status, 404);
        assert.equal(errorOf(empty).code, 'no-article');
      });

      it('upstream HTTP errors are 502 http with the status; a 404 is cached briefly, a 500 is not', async () => {
        const tag404 = newTag('404');
        const missing = await ask(r, articlePath(`${upstream.origin}/status/404?tag=${tag404}`));
        assert.equal(missing.status, 502);
        assert.deepEqual(errorOf(missing), { code: 'http', message: 'The server answered 404 Not Found.', status: 404 });
        assert.match(missing.headers.get('cache-control') ?? '', /max-age=(60|59)$/);
        await ask(r, articlePath(`${upstream.origin}/status/404?tag=${tag404}`));
        assert.equal(upstream.stat(tag404).count, 1);

        const tag500 = newTag('500');
        const broken = await ask(r, articlePath(`${upstream.origin}/status/500?tag=${tag500}`));
        assert.equal(broken.status, 502);
        assert.equal(errorOf(broken).status, 500);
        assert.equal(broken.headers.get('cache-control'), 'no-store');
        await ask(r, articlePath(`${upstream.origin}/status/500?tag=${tag500}`));
        assert.equal(upstream.stat(tag500).count, 2);
      });

      it('a failure is not cached: the next request asks again and succeeds', async () => {
        const tag = newTag('flaky');
        assert.equal((await ask(r, articlePath(`${upstream.origin}/flaky?tag=${tag}`))).status, 502);
        assert.equal((await ask(r, articlePath(`${upstream.origin}/flaky?tag=${tag}`))).status, 200);
      });

      it('an upstream that refuses connections is 502 network', async () => {
        const closedServer = await startCounter();
        await closedServer.close();
        const r2 = await start({ allowHosts: [`127.0.0.1:${closedServer.port}`] });
        try {
          const answer = await ask(r2, articlePath(`http://127.0.0.1:${closedServer.port}/`));
          assert.equal(answer.status, 502);
          assert.equal(errorOf(answer).code, 'network');
        } finally {
          await r2.close();
        }
      });
    });

    describe('the request itself', () => {
      let r: Subject;
      before(async () => {
        r = await start({ allowHosts: [upstream.host] });
      });
      after(() => r.close());

      it('400 bad-request: no url, a relative url, a url over 2048 characters', async () => {
        for (const path of [
          '/article',
          '/article?url=',
          `/article?url=${encodeURIComponent('/story')}`,
          articlePath(`https://news.example/${'a'.repeat(2100)}`),
        ]) {
          const answer = await ask(r, path);
          assert.equal(answer.status, 400, path);
          assert.equal(errorOf(answer).code, 'bad-request', path);
        }
      });

      it('GET /health is 200; an unknown path is 404 not-found; POST is 405; OPTIONS is the CORS preflight', async () => {
        const health = await ask(r, '/health');
        assert.equal(health.status, 200);
        assert.deepEqual(health.json, { ok: true });
        const unknown = await ask(r, '/nope');
        assert.equal(unknown.status, 404);
        assert.equal(errorOf(unknown).code, 'not-found');
        const post = await ask(r, articlePath(`${upstream.origin}/json/native`), { method: 'POST', body: 'x' });
        assert.equal(post.status, 405);
        assert.equal(post.headers.get('allow'), 'GET, HEAD, OPTIONS');
        const preflight = await ask(r, '/article', {
          method: 'OPTIONS',
          headers: { origin: 'https://partner.example', 'access-control-request-method': 'GET' },
        });
        assert.equal(preflight.status, 204);
        assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
        assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /GET/);
      });

      it('works mounted under a path prefix', async () => {
        const answer = await ask(r, `/tools/resolver${articlePath(`${upstream.origin}/json/native?tag=${newTag('prefix')}`)}`);
        assert.equal(answer.status, 200, answer.text);
        assert.equal((await ask(r, '/tools/resolver/health')).status, 200);
      });

      it('/oembed without an embedPage is 501', async () => {
        const answer = await ask(r, `/oembed?url=${encodeURIComponent(`${upstream.origin}/page/pt`)}`);
        assert.equal(answer.status, 501);
        assert.match(errorOf(answer).message, /embedPage/);
      });
    });

    describe('SSRF: refused before any connection (default options)', () => {
      let r: Subject;
      before(async () => {
        r = await start({});
      });
      after(() => r.close());

      it('every spelling of a loopback address on port 80: 403, and the listening target saw no connection', async () => {
        for (const [what, host] of spellings(counter80.address)) {
          assertRefused(await ask(r, articlePath(`http://${host}/`)), /loopback/, `${what} (${host})`);
          assertRefused(await ask(r, articlePath(`https://${host}/`)), /loopback/, `${what}, https`);
        }
        assert.equal(counter80.connections(), 0);
      });

      it('loopback on another port, by address and by name: 403, no connection', async () => {
        assertRefused(await ask(r, articlePath(`http://127.0.0.1:${counter.port}/`)), /loopback/, '127.0.0.1');
        assertRefused(await ask(r, articlePath(`http://localhost:${counter.port}/`)), /localhost/, 'localhost');
        assertRefused(await ask(r, articlePath(`http://[::ffff:127.0.0.1]:${counter.port}/`)), /loopback/, 'mapped');
        assert.equal(counter.connections(), 0);
      });

      for (const [what, url, reason] of REFUSED) {
        it(`refuses ${what}: ${url.replace(/[\t\u202e]/g, '·')}`, async () => {
          assertRefused(await ask(r, articlePath(url)), reason, what);
        });
      }
    });

    describe('allowPrivateNetworks', () => {
      let r: Subject;
      let web80: Upstream;
      before(async () => {
        web80 = await onLoopbackPort80((address) => startUpstream(address, 80));
        r = await start({ allowPrivateNetworks: true });
      });
      after(async () => {
        await r.close();
        await web80.close();
      });

      it('fetches a private address on the default port', async () => {
        const answer = await ask(r, articlePath(`${web80.origin}/page/pt?tag=${newTag('private')}`));
        assert.equal(answer.status, 200, answer.text);
      });

      it('still refuses other ports, other schemes and credentials', async () => {
        assertRefused(await ask(r, articlePath(`http://127.0.0.1:${counter.port}/`)), /port/, 'a port');
        assertRefused(await ask(r, articlePath(`http://user:pw@${web80.address}/`)), /user name or password/, 'credentials');
        assertRefused(await ask(r, articlePath('file:///etc/passwd')), /only http and https/, 'file:');
        assert.equal(counter.connections(), 0);
      });
    });
  });
}
