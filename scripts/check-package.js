// `npm run check:package` (CI runs it after the build): is the package right for every
// toolchain? publint (package.json against the files), attw (types resolve for every subpath;
// the package is ESM-only, so CommonJS `require` is out of scope), and the example apps
// type-checked against the built .d.ts through the exports map, as an app would see them; the
// generated React, Vue and Svelte template types (React's own, stand-ins for Vue's and Svelte's
// type names); and the API blocks of docs/elements/*.md against the manifest (`npm run docs`).
import { spawnSync } from 'node:child_process';

const steps = [
  ['publint', ['publint', '--strict']],
  // The stylesheet is a file to link, not a module: it has no types to resolve.
  ['are the types wrong', ['attw', '--pack', '.', '--profile', 'esm-only', '--exclude-entrypoints', './article-embed.css']],
  ['React 19 example types', ['tsc', '-p', 'demo/react-app/tsconfig.json']],
  ['plain-ESM example types', ['tsc', '-p', 'demo/esm-app/tsconfig.json']],
  ['embed generator types', ['tsc', '-p', 'demo/generator/tsconfig.json']],
  ['React, Vue and Svelte template types', ['tsc', '-p', 'scripts/jsx-check/tsconfig.json']],
  ['API docs match the JSDoc', ['node', 'scripts/docs/elements.js', '--check']],
];

let failed = 0;
for (const [name, [bin, ...args]] of steps) {
  process.stdout.write(`\n-- ${name}: ${bin} ${args.join(' ')}\n`);
  const run =
    bin === 'node'
      ? spawnSync(process.execPath, args, { stdio: 'inherit' })
      : spawnSync('npx', ['--no-install', bin, ...args], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    process.stdout.write(`-- ${name}: FAILED\n`);
  }
}
process.stdout.write(`\ncheck:package: ${steps.length - failed} of ${steps.length} checks clean\n`);
process.exit(failed ? 1 : 0);
