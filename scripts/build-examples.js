// The example apps and the embed generator, bundled with esbuild (a second or so): once by
// `npm run build`, and kept up to date by `npm start` (web-dev-server.config.js). The apps import
// `article-embed` by its package name, so the bundles go through package.json's exports map
// (dist/) exactly as an app's bundler would.
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';

const common = {
  bundle: true,
  format: 'esm',
  target: 'es2021',
  minify: true,
  logLevel: 'warning',
  // React's production build; the elements use Lit's production build through the "default" condition.
  define: { 'process.env.NODE_ENV': '"production"' },
  conditions: ['production'],
};

/** esbuild options of each example. */
export const examples = [
  { ...common, entryPoints: ['demo/react-app/src/main.tsx'], outfile: 'demo/react-app/dist/app.js', jsx: 'automatic' },
  { ...common, entryPoints: ['demo/esm-app/src/main.ts'], outfile: 'demo/esm-app/dist/app.js' },
  { ...common, entryPoints: ['demo/generator/generator.ts'], outfile: 'demo/generator/dist/generator.js' },
];

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await Promise.all(examples.map((options) => build(options)));
  console.log('examples: demo/react-app, demo/esm-app and the generator bundled');
}
