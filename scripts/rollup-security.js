// Two small rollup plugins for the drop-in build (see SECURITY.md):
//  - litPolicyName(): lit-html creates a Trusted Types policy named "lit-html" when it loads. A
//    host page that uses Lit itself owns that name, and a strict `trusted-types` directive refuses a
//    second policy of the same name, which would break the page's Lit or ours. In the bundled copy
//    the policy gets our own name, is created once per page (a second copy of the drop-in, which
//    never renders, skips it instead of tripping a violation), and a refused name throws nothing.
//  - printIntegrity(): prints the Subresource Integrity hash of each output file and writes it
//    next to the file (`<file>.integrity`), for partners who pin the script with `integrity="…"`.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const LIT_MODULE = /[\\/]lit-html[\\/](?:development[\\/])?lit-html\.js$/;
const CREATE_POLICY = /\b([\w$]+)\.createPolicy\(\s*(["'])lit-html\2\s*,/g;

export function litPolicyName(name = 'article-embed-lit') {
  const helper = `function __articleEmbedLitPolicy(factory, rules) {
  var flag = Symbol.for(${JSON.stringify(`${name}.created`)});
  if (globalThis[flag]) return undefined;
  try { var policy = factory.createPolicy(${JSON.stringify(name)}, rules); globalThis[flag] = true; return policy; }
  catch (e) { return undefined; }
}\n`;
  return {
    name: 'lit-policy-name',
    transform(code, id) {
      if (!LIT_MODULE.test(id)) return null;
      let found = 0;
      const renamed = code.replace(CREATE_POLICY, (_match, factory) => {
        found++;
        return `__articleEmbedLitPolicy(${factory},`;
      });
      // Fail the build rather than ship a bundle whose policy silently kept Lit's name.
      if (found !== 1) this.error(`expected one createPolicy("lit-html") in ${id}, found ${found}`);
      // The helper goes last (a hoisted function), so line numbers and the source map hold.
      return { code: `${renamed}\n${helper}`, map: null };
    },
  };
}

export function printIntegrity() {
  return {
    name: 'print-integrity',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? dirname(options.file);
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type !== 'chunk') continue;
        const path = join(dir, fileName);
        // Hash the bytes on disk: they include the source map comment rollup appends.
        const hash = `sha384-${createHash('sha384')
          .update(await readFile(path))
          .digest('base64')}`;
        await writeFile(`${path}.integrity`, `${hash}\n`);
        process.stdout.write(`${path}  integrity="${hash}"\n`);
      }
    },
  };
}
