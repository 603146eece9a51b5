// Sizes of the drop-in and of the floor it cannot go below: Lit + DOMPurify alone, bundled from
// the installed versions with the same resolve + terser settings as the drop-in.
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export function sizes(buffer) {
  return {
    min: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Bundles `input` into a minified IIFE at `file` and returns its bytes. */
export async function bundle(input, file) {
  const build = await rollup({
    input,
    plugins: [resolve({ browser: true }), terser({ ecma: 2021, compress: { passes: 2 }, format: { comments: false } })],
  });
  const { output } = await build.generate({ format: 'iife' });
  await build.close();
  await mkdir(new URL('.', `file://${file}`).pathname, { recursive: true });
  await writeFile(file, output[0].code);
  return Buffer.from(output[0].code);
}

export async function dropInSize(path) {
  return sizes(await readFile(path));
}
