// `npm start`: @web/dev-server serves the repository (http://127.0.0.1:8000/ opens demo/) while
// rollup watches the development builds (rollup.config.js, `builds({ dev: true })`) and esbuild the
// example apps (scripts/build-examples.js). The server listens at once; a request waits for the
// first build (a few seconds), and open pages reload whenever a build rewrites what they loaded.
// PORT and HOST choose where it listens (default 127.0.0.1:8000); `npm start -- --port 9000` works too.
import { mkdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { context } from 'esbuild';
import { watch } from 'rollup';
import { builds, DEVELOPMENT_MARK } from './rollup.config.js';
import { examples } from './scripts/build-examples.js';

const hostname = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 8000);

const outputs = (event) =>
  [event.output]
    .flat()
    .map((path) => relative('.', path))
    .join(', ');

/** Builds once, then rebuilds on every change; `ready` settles when the first build is done. */
function buildAndWatch() {
  let watcher;
  let apps = [];
  let markReady;
  const ready = new Promise((resolve) => (markReady = resolve));
  const log = (message) => console.log(`article-embed: ${message}`);

  async function startExamples() {
    apps = await Promise.all(examples.map((options) => context(options)));
    // esbuild reports its own errors; the first build of an app may fail and later ones succeed.
    await Promise.allSettled(apps.map((app) => app.rebuild()));
    await Promise.all(apps.map((app) => app.watch()));
  }

  return {
    name: 'article-embed-build',
    serverStart() {
      const started = performance.now();
      log('building dist/ for the demo…');
      watcher = watch(builds({ dev: true }).map((config) => ({ ...config, watch: { clearScreen: false } })));
      let first = true;
      watcher.on('event', async (event) => {
        if (event.result) event.result.close();
        if (event.code === 'ERROR') console.error(`article-embed: build failed\n${event.error.stack ?? event.error}`);
        if (event.code === 'BUNDLE_END' && !first) log(`rebuilt ${outputs(event)} in ${event.duration} ms`);
        if ((event.code === 'END' || event.code === 'ERROR') && first) {
          first = false;
          try {
            mkdirSync('dist', { recursive: true });
            writeFileSync(DEVELOPMENT_MARK, 'npm start wrote dist/ for the demo; `npm run build` before tests or a package check.\n');
            await startExamples();
            log(`built in ${((performance.now() - started) / 1000).toFixed(1)} s; watching src/ and demo/ for changes`);
          } finally {
            markReady();
          }
        }
      });
    },
    async serverStop() {
      await watcher?.close();
      await Promise.all(apps.map((app) => app.dispose()));
    },
    /** Koa middleware: holds requests until the first build is done. */
    untilBuilt: async (ctx, next) => {
      await ready;
      return next();
    },
  };
}

// The dev server listens on every interface when given a loopback name (its DevServer.start):
// answer loopback peers only, unless HOST asks for another interface.
const loopback = ['127.0.0.1', 'localhost', '::1'].includes(hostname);
const isLoopbackPeer = (address = '') => address === '::1' || /^(::ffff:)?127\./.test(address);

const build = buildAndWatch();

export default {
  rootDir: '.',
  hostname,
  port,
  watch: true,
  middleware: [
    (ctx, next) => (loopback && !isLoopbackPeer(ctx.req.socket.remoteAddress) ? ctx.throw(403) : next()),
    // Pages use relative URLs: "/" is the demo's overview.
    (ctx, next) => (ctx.path === '/' ? ctx.redirect('/demo/') : next()),
    build.untilBuilt,
    // The hosted embed page in a sandboxed (opaque-origin) frame fetches its data cross-origin.
    async (ctx, next) => {
      await next();
      ctx.set('access-control-allow-origin', '*');
    },
  ],
  plugins: [build],
};
