#!/usr/bin/env node
// `node bench/profile.js [N]`: a CPU profile of rendering N cards (default 100) with the built
// drop-in, summarised by self time per function: where to look when the render ratio slips.
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChrome } from '../scripts/browsers.js';
import { startServer } from './server.js';
import { renderOurs } from './measure.js';
import { makeArticles } from './articles.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const n = Number(process.argv[2]) || 100;
const server = await startServer(root);
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const page = await browser.newPage();
await page.setViewport({ width: 1000, height: 800 });
await page.goto(`${server.origin}/bench/pages/blank.html`);
await page.addScriptTag({ url: '/dist/article-embed.min.js' });
await page.evaluate((list) => (window.__articles = list), makeArticles(n));
const cdp = await page.createCDPSession();
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.evaluate(renderOurs);
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => {
  const node = byId.get(id);
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}:${columnNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
});
// `--stack COLUMN`: the callers of the function starting at that column of the drop-in.
const stackAt = process.argv.indexOf('--stack');
if (stackAt > 0) {
  const column = Number(process.argv[stackAt + 1]) - 1;
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const stacks = new Map();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (node.callFrame.columnNumber !== column) return;
    const names = [];
    for (let p = parent.get(node.id); p && names.length < 6; p = parent.get(p.id))
      names.push(`${p.callFrame.functionName || '?'}@${p.callFrame.columnNumber + 1}`);
    const key = names.join(' < ');
    stacks.set(key, (stacks.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  for (const [key, ms] of [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(ms.toFixed(1).padStart(8), key);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log(`total sampled ${total.toFixed(1)} ms`);
for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(ms.toFixed(1).padStart(8), key);
await browser.close();
await server.close();
