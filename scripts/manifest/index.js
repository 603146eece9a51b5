// After `cem analyze` (npm run build): writes the editor data and the template types that are
// derived from dist/custom-elements.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readElements, literalAliases } from './read.js';
import { vscodeData } from './vscode-data.js';
import { webTypes } from './web-types.js';
import { reactTypes, vueTypes, svelteTypes, EMPTY_MODULE } from './jsx-types.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const elements = readElements();
if (elements.length === 0) throw new Error('custom-elements.json lists no element: run `cem analyze` first');
const aliases = literalAliases();

writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify(vscodeData(elements, aliases), null, 2)}\n`);
writeFileSync('dist/web-types.json', `${JSON.stringify(webTypes(elements, aliases, pkg), null, 2)}\n`);
mkdirSync('dist/jsx', { recursive: true });
for (const [name, generate] of [
  ['react', reactTypes],
  ['vue', vueTypes],
  ['svelte', svelteTypes],
]) {
  writeFileSync(`dist/jsx/${name}.d.ts`, generate(elements));
  writeFileSync(`dist/jsx/${name}.js`, EMPTY_MODULE);
}
console.log(`manifest: ${elements.length} elements → editor data, web-types, React/Vue/Svelte types`);
