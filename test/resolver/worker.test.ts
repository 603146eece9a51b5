/**
 * The Worker module (`article-embed/resolver/worker`) in the real Workers runtime: workerd,
 * which the `workerd` npm package ships, driven by Miniflare. The module is bundled as wrangler
 * bundles it (esbuild, the `workerd`/`worker`/`browser` conditions, platform-neutral: a `node:`
 * import anywhere in its graph fails the bundle), options go in as environment variables, and
 * the same handler tests as in Node run against it, with the upstreams on loopback.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { ENV_NAMES, type ResolverOptions } from '../../src/resolver/options.js';
import { ask, handlerSuite, type StartResolver } from './cases.js';

const entry = fileURLToPath(new URL('../../src/resolver/worker.ts', import.meta.url));
let script: Promise<string> | undefined;

function bundle(): Promise<string> {
  script ??= build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['module', 'main'],
    target: 'es2022',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return script;
}

function envOf(options: ResolverOptions): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, name] of Object.entries(ENV_NAMES)) {
    const value = options[key as keyof ResolverOptions];
    if (value !== undefined) env[name] = Array.isArray(value) ? value.join(',') : String(value);
  }
  return env;
}

async function worker(bindings: Record<string, string>): Promise<Miniflare> {
  const mf = new Miniflare({ modules: true, script: await bundle(), bindings, compatibilityDate: '2026-04-01' });
  await mf.ready;
  return mf;
}

const startWorker: StartResolver = async (options) => {
  const mf = await worker(envOf(options));
  return {
    fetch: async (path, init) => {
      // Miniflare's own Response type: read it into the platform's.
      const response = await mf.dispatchFetch(`http://resolver.test${path}`, init as never);
      const body = await response.arrayBuffer();
      return new Response(response.status === 204 || response.status === 304 ? null : body, {
        status: response.status,
        headers: Object.fromEntries(response.headers.entries()),
      });
    },
    close: () => mf.dispose(),
  };
};

describe('Worker module in workerd', () => {
  it('bundles with no node: import and no Node-only package', async () => {
    const code = await bundle();
    assert.doesNotMatch(code, /from ["']node:|require\(["']node:/);
    assert.doesNotMatch(code, /\bundici\b|\bpiscina\b/);
  });

  describe('configuration from the environment', () => {
    let mf: Miniflare;
    before(async () => {
      mf = await worker({ ARTICLE_EMBED_MAX_BYTES: 'lots' });
    });
    after(() => mf.dispose());

    it('a malformed variable is a 500 that names it', async () => {
      const response = await mf.dispatchFetch('http://resolver.test/health');
      assert.equal(response.status, 500);
      const body = (await response.json()) as { error: { code: string; message: string } };
      assert.equal(body.error.code, 'config');
      assert.match(body.error.message, /ARTICLE_EMBED_MAX_BYTES/);
    });
  });

  it('answers /health', async () => {
    const subject = await startWorker({});
    try {
      assert.equal((await ask(subject, '/health')).status, 200);
    } finally {
      await subject.close();
    }
  });
});

handlerSuite('Worker: the same handler tests in workerd', startWorker);
