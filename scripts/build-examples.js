// Part of `npm run build`: bundles the example apps and the embed generator with esbuild
// (a second or so). The apps import `article-embed` by its package name, so the bundles go
// through package.json's exports map exactly as an app's bundler would.
import { build } from 'esbuild';

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

await Promise.all([
  build({ ...common, entryPoints: ['demo/react-app/src/main.tsx'], outfile: 'demo/react-app/dist/app.js', jsx: 'automatic' }),
  build({ ...common, entryPoints: ['demo/esm-app/src/main.ts'], outfile: 'demo/esm-app/dist/app.js' }),
  build({ ...common, entryPoints: ['demo/generator/generator.ts'], outfile: 'demo/generator/dist/generator.js' }),
]);
console.log('examples: demo/react-app, demo/esm-app and the generator bundled');
