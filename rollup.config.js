// The builds, for `npm run build` (`rollup -c`: production) and `npm start` (web-dev-server.config.js
// watches `builds({ dev: true })`):
//  - npm: dist/*.js + *.d.ts, the npm package, ES modules one per source file, lit and dompurify external;
//  - dropIn: dist/article-embed.min.js, one classic script with production Lit and DOMPurify inside,
//    and dist/article-embed.css;
//  - embedPage: dist/article-embed-page.min.js, the hosted embed page's script.
// Production compiles the TypeScript once, in the npm build (type check, declarations, tslib's
// helpers), and bundles and minifies the drop-in from that output. Development transpiles with
// esbuild, as the test runner does, and neither checks types nor minifies: it is rebuilt on every
// save. A new build: a function below returning one rollup config, added to the list at the end.
import { readFileSync, rmSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import esbuild from 'rollup-plugin-esbuild';
import sourcemaps from 'rollup-plugin-sourcemaps2';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import { Features, transform as transformCss, transformStyleAttribute } from 'lightningcss';
import { litPolicyName, printIntegrity } from './scripts/rollup-security.js';

const external = (id) => /^(lit|lit-html|lit-element|@lit\/|@lit-labs\/|dompurify|tslib)(\/|$)/.test(id);

/** TypeScript to JavaScript, file by file, without a type check (what the test runner does too). */
const transpile = () => esbuild({ tsconfig: './tsconfig.json', target: 'es2021' });

/** The production compile: fails on a type error, writes the declarations. */
const compile = () => typescript({ tsconfig: './tsconfig.json', noEmitOnError: true, outDir: 'dist', declarationDir: 'dist' });

/**
 * Browsers the drop-in's CSS is written for: those with size container queries, which the card
 * needs. Lightning CSS minifies for them; it must not rewrite `:dir()` into a `:lang()` list (that
 * would follow the language, not the `dir` attribute) nor add `light-dark()` fallbacks we do not use.
 */
const css = {
  targets: { chrome: 105 << 16, firefox: 110 << 16, safari: 16 << 16 },
  exclude: Features.DirSelector | Features.LightDark,
};

/**
 * Lit's css`` and html`` templates keep their whitespace and comments through terser (they are
 * string contents): Lit's own minifier (html-minifier-next and Lightning CSS) takes them out.
 * Two kinds of css`` it does not parse as they are: declaration-only fragments (`--_text: …;`,
 * spliced into rules), which are style attributes to Lightning CSS; and a number spliced before a
 * unit (`${DESKTOP_MIN_WIDTH}px`), which reaches Lightning CSS as a number and gets its `${}` back.
 */
function minifyTemplates() {
  const spliced = /@TEMPLATE_EXPRESSION_*\(\);(?=[a-z%])/gi;
  const minifyCss = (text, options) =>
    text.includes('{')
      ? defaultStrategy.minifyCSS(text, options)
      : transformStyleAttribute({ ...options, code: Buffer.from(text), minify: true }).code.toString();
  return minifyHtmlLiterals({
    include: ['dist/**'],
    failOnError: true,
    options: {
      minifyOptions: { minifyCSS: css, collapseBooleanAttributes: true },
      strategy: {
        ...defaultStrategy,
        minifyCSS(text, options) {
          const numbers = [];
          // Whole numbers below 2^24: Lightning CSS keeps numbers as 32-bit floats.
          const stand = (i) => String(9876543 + i);
          let out = minifyCss(
            text.replace(spliced, (placeholder) => stand(numbers.push(placeholder) - 1)),
            options,
          );
          numbers.forEach((placeholder, i) => {
            if (!out.includes(stand(i))) throw new Error(`Lightning CSS dropped the number spliced in: ${text}`);
            out = out.replace(stand(i), placeholder);
          });
          return out;
        },
      },
    },
  });
}

/** dist/article-embed.css: the space cards take before the script has run (README: "Before the script runs"). */
function beforeUpgradeCss() {
  const filename = 'src/styles/article-embed.css';
  return {
    name: 'before-upgrade-css',
    buildStart() {
      this.addWatchFile(filename);
    },
    generateBundle() {
      const { code } = transformCss({ ...css, filename, code: readFileSync(filename), minify: true });
      this.emitFile({ type: 'asset', fileName: 'article-embed.css', source: `${code}\n` });
    },
  };
}

/**
 * `npm start` marks dist/ as its development build (dist/.development, web-dev-server.config.js);
 * a production build takes the mark away, so a check of dist/ can tell the two apart.
 */
export const DEVELOPMENT_MARK = 'dist/.development';
function productionMark() {
  return { name: 'production-mark', buildStart: () => rmSync(DEVELOPMENT_MARK, { force: true }) };
}

function npm(dev) {
  return {
    input: [
      'src/index.ts',
      'src/components/article-card/article-card.define.ts',
      'src/components/article-byline/article-byline.define.ts',
      'src/components/article-share/article-share.define.ts',
      'src/components/article-menu/article-menu.define.ts',
      'src/upgrade.ts',
      // The drop-in's entry: its production bundle is made from this build's output (dropIn below).
      'src/drop-in.ts',
      // The host side of hosted embeds and the oEmbed response builder: no bare imports.
      'src/hosted/embed-host.ts',
      'src/hosted/oembed-response.ts',
    ],
    external,
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [dev ? transpile() : compile(), !dev && productionMark()],
  };
}

function dropIn(dev) {
  return {
    input: dev ? 'src/drop-in.ts' : 'dist/drop-in.js',
    output: { file: 'dist/article-embed.min.js', format: 'iife', sourcemap: true },
    plugins: [
      // Production bundles the npm build's output (compiled once, above), reading its source maps
      // so that the drop-in's map still leads to src/.
      dev ? transpile() : sourcemaps({ include: ['dist/**'] }),
      !dev && minifyTemplates(),
      resolve({ browser: true }),
      // Trusted Types: lit-html's policy gets our own name (SECURITY.md).
      litPolicyName(),
      // An IIFE: no `module: true` here (it would drop the top-level wrapper's effects).
      // The preamble is V8's explicit compile hint (Chrome 136+): compile every function while the
      // script streams in, off the main thread, instead of each one on the main thread when a card
      // first calls it. A page with a card calls most of them; the first card renders about 4 ms
      // sooner and start-up does not grow (bench). Other engines read a comment.
      !dev && terser({ ecma: 2021, compress: { passes: 2 }, format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' } }),
      // Prints the SRI hash partners pin the script with, and writes dist/article-embed.min.js.integrity.
      !dev && printIntegrity(),
      beforeUpgradeCss(),
    ],
  };
}

// The hosted embed page's script (demo/embed.html): a classic script too, because WordPress frames
// embeds in an opaque-origin sandbox where module scripts would need CORS headers.
function embedPage(dev) {
  return {
    input: 'src/hosted/embed-page.ts',
    output: { file: 'dist/article-embed-page.min.js', format: 'iife', sourcemap: true },
    // Four small files without decorators: esbuild's output is the same as TypeScript's.
    plugins: [transpile(), !dev && terser({ ecma: 2021, format: { comments: false } })],
  };
}

// The resolver (src/resolver/): ES modules for Node and for Workers, in dist/resolver/. No Lit and
// no DOM; its dependencies stay imports (npm installs them; wrangler bundles them for Workers).
// The Worker module's graph has no `node:` import (test/resolver/worker.test.ts bundles it
// platform-neutral to prove it). Transpiled only: the npm build's compile type-checks and
// declares all of src/, the resolver included.
function resolver() {
  return {
    input: {
      index: 'src/resolver/index.ts',
      edge: 'src/resolver/edge.ts',
      worker: 'src/resolver/worker.ts',
      bin: 'src/resolver/bin.ts',
      // Node reads HTML pages in worker threads that load this module from beside index.js.
      'read-worker': 'src/resolver/read-worker.ts',
    },
    external: (id) => id.startsWith('node:') || /^(undici|ipaddr\.js|linkedom|lru-cache|dompurify|piscina)(\/|$)/.test(id),
    output: {
      dir: 'dist/resolver',
      format: 'es',
      sourcemap: true,
      chunkFileNames: 'chunks/resolver-[hash].js',
      banner: (chunk) => (chunk.isEntry && chunk.name === 'bin' ? '#!/usr/bin/env node' : ''),
    },
    plugins: [transpile()],
  };
}

/** Every build; `dev`: for `npm start` (fast, unminified, no types). */
export function builds({ dev = false } = {}) {
  return [npm(dev), dropIn(dev), embedPage(dev), resolver()];
}

export default builds();
