/**
 * The Node resolver as it ships: `index.js`, `bin.js` and `read-worker.js` side by side (the
 * worker thread that reads HTML pages is loaded from beside the module that starts it), bundled
 * from src/ with esbuild like rollup does for dist/resolver/, dependencies left as imports. The
 * tests run this rather than the TypeScript sources, which a worker thread cannot load.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** Inside the project, so that the bundles' package imports resolve from node_modules. */
export const BUILT = `${root}node_modules/.cache/article-embed-resolver-test`;

let built: Promise<void> | undefined;

export function buildNode(): Promise<void> {
  built ??= build({
    entryPoints: {
      index: `${root}src/resolver/index.ts`,
      bin: `${root}src/resolver/bin.ts`,
      'read-worker': `${root}src/resolver/read-worker.ts`,
    },
    outdir: BUILT,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
  }).then(() => undefined);
  return built;
}

/** `createResolver` from the bundle. */
export async function nodeResolverModule(): Promise<typeof import('../../src/resolver/index.js')> {
  await buildNode();
  return (await import(pathToFileURL(`${BUILT}/index.js`).href)) as typeof import('../../src/resolver/index.js');
}
