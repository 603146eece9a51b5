/** The URL guard's pieces on their own: address classes, allowHosts, options from the environment, the bounded store. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addressProblem, checkTarget, isListed, parseAllowList, refusal } from '../../src/resolver/guard.js';
import { optionsFromEnv, resolveOptions } from '../../src/resolver/options.js';
import { Store, type Entry } from '../../src/resolver/store.js';

describe('guard: addresses', () => {
  it('public unicast addresses pass', () => {
    for (const address of ['93.184.216.34', '8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '2a00:1450:4001:81a::200e', '64:ff9b::808:808']) {
      assert.equal(addressProblem(address), undefined, address);
    }
  });

  it('every special-purpose range is refused, with its name', () => {
    const cases: Array<[string, RegExp]> = [
      ['127.0.0.1', /loopback/],
      ['127.255.255.254', /loopback/],
      ['0.0.0.0', /unspecified/],
      ['0.1.2.3', /unspecified/],
      ['10.0.0.1', /private/],
      ['172.16.0.1', /private/],
      ['172.31.255.254', /private/],
      ['192.168.0.1', /private/],
      ['169.254.169.254', /link-local/],
      ['100.64.0.1', /carrier-grade/],
      ['224.0.0.251', /multicast/],
      ['255.255.255.255', /broadcast/],
      ['192.0.0.8', /reserved/],
      ['198.18.0.1', /reserved/],
      ['::1', /loopback/],
      ['::', /unspecified/],
      ['fe80::1', /link-local/],
      ['fc00::1', /unique-local/],
      ['fdff:ffff::1', /unique-local/],
      ['fec0::1', /site-local/],
      ['ff02::1', /multicast/],
      ['::ffff:127.0.0.1', /loopback/],
      ['::ffff:10.1.2.3', /private/],
      ['::ffff:169.254.169.254', /link-local/],
      // ipaddr.js reads this spelling as IPv4-mapped; the URL parser writes it ::7f00:1.
      ['::127.0.0.1', /loopback/],
      ['::7f00:1', /IPv4-compatible.*loopback/],
      ['::808:808', /IPv4-compatible/],
      ['64:ff9b::127.0.0.1', /loopback/],
      ['64:ff9b:1::1', /NAT64/],
      ['2002:7f00:1::', /6to4/],
      ['2001::1', /Teredo/],
      ['2001:db8::1', /reserved/],
      ['[::1]', /loopback/],
      ['not an address', /not an IP address/],
    ];
    for (const [address, reason] of cases) assert.match(addressProblem(address) ?? 'passed', reason, address);
  });

  it('public hosts on default ports pass the URL stage (their addresses are checked at connect)', () => {
    const open = { allowHosts: undefined, allowPrivateNetworks: false };
    for (const url of [
      'https://news.example/story',
      'http://news.example:80/',
      'https://news.example:443/',
      'http://93.184.216.34/',
      'http://[2606:4700::1]/',
    ]) {
      assert.equal(refusal(new URL(url), open), undefined, url);
    }
  });

  it('checkTarget: 400 for what is not an absolute URL, 403 for what is refused', () => {
    const open = { allowHosts: undefined, allowPrivateNetworks: false };
    assert.deepEqual(checkTarget(null, open), { status: 400, message: 'The url parameter is missing.' });
    assert.equal((checkTarget('news.example/story', open) as { status: number }).status, 400);
    assert.equal((checkTarget('//news.example/story', open) as { status: number }).status, 400);
    assert.equal((checkTarget('http://127.0.0.1/', open) as { status: number }).status, 403);
    assert.equal((checkTarget(' https://news.example/ok ', open) as { url: URL }).url.href, 'https://news.example/ok');
  });
});

describe('guard: allowHosts', () => {
  it('parses hosts, host:port, subdomain patterns and IP addresses', () => {
    const list = parseAllowList(' News.Example , cms.news.example:8080, *.cdn.example, 10.0.0.5, [fd00::5]:8443, news.example:443 ');
    assert.deepEqual(list.entries, [
      { host: 'news.example', subdomains: false, port: '' },
      { host: 'cms.news.example', subdomains: false, port: '8080' },
      { host: 'cdn.example', subdomains: true, port: '' },
      { host: '10.0.0.5', subdomains: false, port: '' },
      { host: '[fd00::5]', subdomains: false, port: '8443' },
      { host: 'news.example', subdomains: false, port: '' },
    ]);
    assert.deepEqual(parseAllowList(['a.example', 'b.example:81']).entries.length, 2);
  });

  it('matches exactly: the port, subdomains only with *., the trailing dot', () => {
    const list = parseAllowList('news.example, cms.news.example:8080, *.cdn.example, 10.0.0.5');
    const yes = [
      'https://news.example/',
      'http://news.example/',
      'https://NEWS.example./x',
      'http://cms.news.example:8080/',
      'https://img.cdn.example/',
      'https://a.b.cdn.example/',
      'http://10.0.0.5/',
    ];
    const no = [
      'https://news.example:8443/',
      'https://www.news.example/',
      'http://cms.news.example/',
      'https://cdn.example/',
      'https://evilcdn.example/',
      'https://news.example.evil.example/',
      'http://10.0.0.6/',
    ];
    for (const url of yes) assert.equal(isListed(list, new URL(url)), true, url);
    for (const url of no) assert.equal(isListed(list, new URL(url)), false, url);
  });

  it('a listed private host passes; credentials and other schemes never do', () => {
    const policy = { allowHosts: parseAllowList('10.0.0.5, intranet:8080'), allowPrivateNetworks: false };
    assert.equal(refusal(new URL('http://10.0.0.5/feed.json'), policy), undefined);
    assert.equal(refusal(new URL('http://intranet:8080/x'), policy), undefined);
    assert.match(refusal(new URL('http://user:pw@10.0.0.5/'), policy) ?? '', /user name or password/);
    assert.match(refusal(new URL('ftp://10.0.0.5/'), policy) ?? '', /only http and https/);
    assert.match(refusal(new URL('http://10.0.0.6/'), policy) ?? '', /private/);
  });

  it('malformed entries are a TypeError naming the entry', () => {
    for (const bad of ['news.example/path', 'user@news.example', 'http://news.example', 'news.example?x', 'news example']) {
      assert.throws(
        () => parseAllowList(bad),
        (error: Error) => error instanceof TypeError && error.message.includes(bad),
        bad,
      );
    }
  });
});

describe('options', () => {
  it('reads ARTICLE_EMBED_* variables; unset and empty ones keep the defaults', () => {
    const options = optionsFromEnv({
      ARTICLE_EMBED_ALLOW_HOSTS: 'news.example,*.news.example',
      ARTICLE_EMBED_ALLOW_PRIVATE_NETWORKS: 'yes',
      ARTICLE_EMBED_MAX_BYTES: '2000000',
      ARTICLE_EMBED_TIMEOUT: '',
      ARTICLE_EMBED_EMBED_PAGE: 'https://news.example/embed.html',
      OTHER: 'ignored',
    });
    const resolved = resolveOptions(options);
    assert.equal(resolved.allowHosts?.entries.length, 2);
    assert.equal(resolved.allowPrivateNetworks, true);
    assert.equal(resolved.maxBytes, 2_000_000);
    assert.equal(resolved.timeout, 10_000);
    assert.equal(resolved.cacheSeconds, 300);
    assert.equal(resolved.embedPage, 'https://news.example/embed.html');
    assert.match(resolved.userAgent, /article-embed-resolver/);
  });

  it('a malformed value is a TypeError that names the variable or option', () => {
    assert.throws(() => optionsFromEnv({ ARTICLE_EMBED_MAX_BYTES: '4MB' }), /ARTICLE_EMBED_MAX_BYTES/);
    assert.throws(() => optionsFromEnv({ ARTICLE_EMBED_ALLOW_PRIVATE_NETWORKS: 'sometimes' }), /ARTICLE_EMBED_ALLOW_PRIVATE_NETWORKS/);
    assert.throws(() => resolveOptions({ timeout: -1 }), /timeout/);
    assert.throws(() => resolveOptions({ embedPage: 'javascript:alert(1)' }), /embedPage/);
    assert.throws(() => resolveOptions({ userAgent: 'a\r\nx-injected: 1' }), /userAgent/);
    assert.throws(() => resolveOptions({ allowHosts: 'news.example/path' }), /allowHosts/);
  });
});

describe('store', () => {
  const entry = (key: string): Entry => ({ status: 200, body: `{"k":${JSON.stringify(key)}}`, etag: '"x"', ttl: 300, created: Date.now() });

  it('stays within its entry bound, evicting the least recently used', async () => {
    let computed = 0;
    const store = new Store((key) => {
      computed++;
      return Promise.resolve(entry(key));
    }, 10);
    for (let i = 0; i < 30; i++) await store.get(`k${i}`, 'http://r.test');
    assert.equal(store.size, 10);
    await store.get('k29', 'http://r.test');
    assert.equal(computed, 30);
    await store.get('k0', 'http://r.test');
    assert.equal(computed, 31);
  });

  it('coalesces concurrent gets of one key into one computation, and does not keep failures', async () => {
    let computed = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const store = new Store(async (key) => {
      computed++;
      await gate;
      if (key === 'bad') throw new Error('upstream down');
      return entry(key);
    }, 10);
    const all = Promise.all(Array.from({ length: 50 }, () => store.get('one', 'http://r.test')));
    const bad = store.get('bad', 'http://r.test');
    release();
    assert.equal(new Set(await all).size, 1);
    await assert.rejects(bad, /upstream down/);
    assert.equal(computed, 2);
    await assert.rejects(store.get('bad', 'http://r.test'), /upstream down/);
    assert.equal(computed, 3);
  });
});
