/**
 * The resolver in Node: the shared handler tests (`cases.ts`) through `createResolver`, then
 * what only Node can show: names that resolve to refused addresses (a DNS server that answers
 * like an attacker's), checked on the address the socket connects to; allowHosts trusting a
 * listed private host; conditional refreshes with the upstream's ETag.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { LookupAddress, LookupAll, NodeResolverOptions } from '../../src/resolver/index.js';
import { nodeResolverModule } from './build.js';
import { articlePath, ask, assertRefused, handlerSuite, type StartResolver, type Subject } from './cases.js';
import { newTag, onLoopbackPort80, startCounter, startUpstream, type Counter, type Upstream } from './servers.js';

/** The bundled module, loaded before the first test (see build.ts). */
let createResolver: Awaited<ReturnType<typeof nodeResolverModule>>['createResolver'];
before(async () => {
  ({ createResolver } = await nodeResolverModule());
});

function subject(options: NodeResolverOptions): Subject {
  const resolver = createResolver(options);
  return {
    fetch: (path, init) => resolver(new Request(`http://resolver.test${path}`, init)),
    close: () => resolver.close(),
  };
}

const startNode: StartResolver = (options) => Promise.resolve(subject(options));

handlerSuite('Node: createResolver', startNode);

/** A DNS server under test control: names → addresses, and every question it was asked. */
function fakeDns(answers: Record<string, string[]>): { lookup: LookupAll; asked: string[] } {
  const asked: string[] = [];
  const lookup: LookupAll = (hostname, _options, callback) => {
    asked.push(hostname);
    const addresses = answers[hostname];
    if (!addresses) return callback(Object.assign(new Error(`${hostname} not found`), { code: 'ENOTFOUND' }), []);
    callback(
      null,
      addresses.map((address): LookupAddress => ({ address, family: address.includes(':') ? 6 : 4 })),
    );
  };
  return { lookup, asked };
}

describe('Node: names are checked on the addresses they resolve to', () => {
  let counter80: Counter;
  let web80: Upstream;
  before(async () => {
    counter80 = await onLoopbackPort80((address) => startCounter(address, 80));
    web80 = await onLoopbackPort80((address) => startUpstream(address, 80));
  });
  after(async () => {
    await Promise.all([counter80.close(), web80.close()]);
  });

  it('a public-looking name that resolves to a refused address is 403, and no connection reaches it', async () => {
    const cases: Array<[string, string[], RegExp]> = [
      ['loopback.attacker.example', [counter80.address], /resolves to 127\.[\d.]+, a loopback address/],
      ['metadata.attacker.example', ['169.254.169.254'], /link-local/],
      ['v6.attacker.example', ['::1'], /loopback/],
      ['mapped.attacker.example', [`::ffff:${counter80.address}`], /loopback/],
      ['private.attacker.example', ['10.20.30.40'], /private/],
      ['cgnat.attacker.example', ['100.100.100.100'], /carrier-grade/],
      ['ula.attacker.example', ['fd00::5'], /unique-local/],
      // A rebinding server answers several records at once, hoping one gets through: any refused one refuses the name.
      ['mixed.attacker.example', [counter80.address, '10.0.0.8'], /loopback/],
    ];
    const dns = fakeDns(Object.fromEntries(cases.map(([name, addresses]) => [name, addresses])));
    const r = subject({ lookup: dns.lookup });
    try {
      for (const [name, , reason] of cases) {
        dns.asked.length = 0;
        assertRefused(await ask(r, articlePath(`http://${name}/story?tag=${newTag('dns')}`)), reason, name);
        // One lookup per connection, and its answer is the one checked: there is no earlier
        // "validation" lookup that a DNS server could answer differently (DNS rebinding).
        assert.deepEqual(dns.asked, [name]);
      }
    } finally {
      await r.close();
    }
    assert.equal(counter80.connections(), 0);
  });

  it('DNS rebinding: the name answered public before is checked again on the address of this connection', async () => {
    // The first connection's answer is the (listening) upstream, trusted by allowPrivateNetworks
    // in a first resolver; a second resolver without it gets the rebound answer, the private target.
    let answer = web80.address;
    const lookup: LookupAll = (_hostname, _options, callback) => callback(null, [{ address: answer, family: 4 }]);
    const trusting = subject({ lookup, allowPrivateNetworks: true });
    const strict = subject({ lookup });
    try {
      const first = await ask(trusting, articlePath(`http://rebind.attacker.example/page/pt?tag=${newTag('rebind')}`));
      assert.equal(first.status, 200, first.text);
      answer = counter80.address;
      assertRefused(
        await ask(strict, articlePath(`http://rebind.attacker.example/page/pt?tag=${newTag('rebind')}`)),
        /loopback/,
        'rebound',
      );
    } finally {
      await Promise.all([trusting.close(), strict.close()]);
    }
    assert.equal(counter80.connections(), 0);
  });

  it('allowHosts trusts a listed host even on a private network; subdomain patterns; nothing else', async () => {
    const dns = fakeDns({ 'cms.news.example': [web80.address], 'eu.news.example': [web80.address], 'other.example': [web80.address] });
    const r = subject({ lookup: dns.lookup, allowHosts: 'cms.news.example, *.news.example' });
    try {
      const listed = await ask(r, articlePath(`http://cms.news.example/page/pt?tag=${newTag('listed')}`));
      assert.equal(listed.status, 200, listed.text);
      const sub = await ask(r, articlePath(`http://eu.news.example/json/native?tag=${newTag('sub')}`));
      assert.equal(sub.status, 200, sub.text);
      assertRefused(await ask(r, articlePath('http://other.example/page/pt')), /not in this resolver's allowHosts/, 'unlisted');
      assertRefused(
        await ask(r, articlePath('http://cms.news.example:8080/page/pt')),
        /not in this resolver's allowHosts/,
        'listed host, other port',
      );
      // A redirect from the listed host to an unlisted one is refused too.
      const hop = await ask(r, articlePath(`http://cms.news.example/redirect?to=${encodeURIComponent('http://other.example/')}`));
      assertRefused(hop, /redirects to other\.example/, 'redirect off the list');
      assert.deepEqual(
        dns.asked.filter((name) => name === 'other.example'),
        [],
      );
    } finally {
      await r.close();
    }
  });

  it('an expired article is refreshed with the upstream ETag: a 304 upstream keeps the answer', async () => {
    const upstream = await startUpstream();
    const r = subject({ allowHosts: [upstream.host], cacheSeconds: 0 });
    try {
      const tag = newTag('revalidate');
      const path = articlePath(`${upstream.origin}/etag?tag=${tag}`);
      const first = await ask(r, path);
      assert.equal(first.status, 200);
      assert.equal(first.headers.get('cache-control'), 'no-cache');
      const second = await ask(r, path);
      assert.equal(second.status, 200);
      assert.equal(second.text, first.text);
      assert.equal(upstream.stat(tag).count, 2);
      assert.equal(upstream.stat(tag).conditional, 1);
    } finally {
      await r.close();
      await upstream.close();
    }
  });

  it('a big HTML page is read off the main thread: the event loop stays free meanwhile', async () => {
    const upstream = await startUpstream();
    const r = subject({ allowHosts: [upstream.host] });
    try {
      // Warm the reading thread, so that what is measured is a read, not a thread's start.
      assert.equal((await ask(r, articlePath(`${upstream.origin}/page/pt?tag=${newTag('warm')}`))).status, 200);
      // The longest the event loop was held up while the page was read, against how long the
      // read took: read on the main thread, it would hold the loop for most of that time.
      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      const started = performance.now();
      const answer = await ask(r, articlePath(`${upstream.origin}/page/big?tag=${newTag('big')}`));
      const took = performance.now() - started;
      delay.disable();
      assert.equal(answer.status, 200, answer.text.slice(0, 200));
      const held = delay.max / 1e6;
      assert.ok(held < took / 4, `the event loop was held ${held.toFixed(0)} ms of a ${took.toFixed(0)} ms read`);
    } finally {
      await r.close();
      await upstream.close();
    }
  });

  it('close() ends the upstream connections', async () => {
    const upstream = await startUpstream();
    const r = subject({ allowHosts: [upstream.host] });
    await ask(r, articlePath(`${upstream.origin}/json/native?tag=${newTag('close')}`));
    await r.close();
    // The keep-alive socket is gone: closing the server does not wait for it.
    await upstream.close();
    assert.equal(upstream.connections(), 1);
  });
});
