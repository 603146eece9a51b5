// Two builds from one `npm run build`:
//  - dist/*.js + *.d.ts: the npm package, ES modules one per source file, lit and dompurify external;
//  - dist/article-embed.min.js: the drop-in, one classic script with production Lit and DOMPurify inside.
import { readFileSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { litPolicyName, printIntegrity } from './scripts/rollup-security.js';
import minifyTemplates from './scripts/rollup-minify-templates.js';

const external = (id) => /^(lit|lit-html|lit-element|@lit\/|@lit-labs\/|dompurify|tslib)(\/|$)/.test(id);

const npm = {
  input: [
    'src/index.ts',
    'src/components/article-card/article-card.define.ts',
    'src/components/article-byline/article-byline.define.ts',
    'src/components/article-share/article-share.define.ts',
    'src/components/article-menu/article-menu.define.ts',
    'src/upgrade.ts',
    // The host side of hosted embeds and the oEmbed response builder: no bare imports.
    'src/hosted/embed-host.ts',
    'src/hosted/oembed-response.ts',
  ],
  external,
  output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
  plugins: [typescript({ tsconfig: './tsconfig.json', noEmitOnError: true, outDir: 'dist', declarationDir: 'dist' })],
};

const dropIn = {
  input: 'src/drop-in.ts',
  output: { file: 'dist/article-embed.min.js', format: 'iife', sourcemap: true },
  plugins: [
    typescript({ tsconfig: './tsconfig.json', noEmitOnError: true, declaration: false, declarationMap: false, outDir: 'dist' }),
    minifyTemplates(),
    resolve({ browser: true }),
    // Trusted Types: lit-html's policy gets our own name (SECURITY.md).
    litPolicyName(),
    // An IIFE: no `module: true` here (it would drop the top-level wrapper's effects).
    // The preamble is V8's explicit compile hint (Chrome 136+): compile every function while the
    // script streams in, off the main thread, instead of each one on the main thread when a card
    // first calls it. A page with a card calls most of them; the first card renders about 4 ms
    // sooner and start-up does not grow (bench). Other engines read a comment.
    terser({ ecma: 2021, compress: { passes: 2 }, format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' } }),
    // Prints the SRI hash partners pin the script with, and writes dist/article-embed.min.js.integrity.
    printIntegrity(),
    // The space cards take before this script has run (README: "Before the script runs").
    {
      name: 'before-upgrade-css',
      generateBundle() {
        // Comments and indentation out: the source explains each rule, the page needs the rules.
        const css = readFileSync('src/styles/article-embed.css', 'utf8')
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s*\n\s*/g, '');
        this.emitFile({ type: 'asset', fileName: 'article-embed.css', source: `${css}\n` });
      },
    },
  ],
};

// The hosted embed page's script (demo/embed.html): a classic script too, because WordPress frames
// embeds in an opaque-origin sandbox where module scripts would need CORS headers.
const embedPage = {
  input: 'src/hosted/embed-page.ts',
  output: { file: 'dist/article-embed-page.min.js', format: 'iife', sourcemap: true },
  plugins: [
    typescript({ tsconfig: './tsconfig.json', noEmitOnError: true, declaration: false, declarationMap: false, outDir: 'dist' }),
    terser({ ecma: 2021, format: { comments: false } }),
  ],
};

export default [npm, dropIn, embedPage];
