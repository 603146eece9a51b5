#!/usr/bin/env node
// `npm run bench:compare -- <other drop-in>`: this build's drop-in against another one (an
// older release, main before your change), side by side in one run. Each repetition renders
// the same cards with this drop-in, the other one and the plain-DOM floor, in rotating order,
// in fresh pages of one Chromium; the table gives paired medians and the ratio this / other.
//
//   git worktree add ../baseline v0.1.0 && (cd ../baseline && npm ci && npm run build)
//   npm run build && npm run bench:compare -- ../baseline/dist/article-embed.min.js
//   npm run bench:compare -- ../baseline/dist/article-embed.min.js --n 100 --reps 15
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeArticles } from './articles.js';
import { bundle } from './size.js';
import { launchChromium, median, renderOnce, SCRIPTS } from './measure.js';
import { startServer } from './server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const otherPath = args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!otherPath) {
  console.error('Usage: npm run bench:compare -- <path to another article-embed.min.js> [--n 100] [--reps 9]');
  process.exit(2);
}
const other = await readFile(resolve(otherPath));
const reps = Math.max(5, Number(option('--reps')) || 9);
const sizes = option('--n') ? [Number(option('--n'))] : [1, 100, 1000];

await bundle(`${root}/bench/floor/render-floor.js`, `${root}/bench/.build/render-floor.min.js`);
const OTHER = '/bench/other/article-embed.min.js';
const server = await startServer(root, {
  [OTHER]: (req, res) => res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(other),
});
const browser = await launchChromium();
const rows = [];
try {
  for (const n of sizes) rows.push(await compare(n, { visible: false }));
  rows.push(await compare(sizes.includes(100) ? 100 : sizes[0], { visible: true }));
} finally {
  await browser.close();
  await server.close();
}

console.log(`\n${reps} repetitions (3× for N=1), paired medians of main-thread CPU ms; ratios to the floor per pair\n`);
console.log('| cards                        | this        | other       | floor  | this / other |');
console.log('| ---------------------------- | ----------- | ----------- | ------ | ------------ |');
for (const r of rows)
  console.log(`| ${r.label.padEnd(28)} | ${r.ours.padEnd(11)} | ${r.other.padEnd(11)} | ${r.floor.padEnd(6)} | ${r.ratio.padEnd(12)} |`);

async function compare(n, { visible }) {
  const articles = makeArticles(n);
  const impls = { ours: SCRIPTS.ours, other: OTHER, floor: SCRIPTS.floor };
  const runs = { ours: [], other: [], floor: [] };
  const names = Object.keys(impls);
  const count = n === 1 ? reps * 3 : reps;
  for (let i = 0; i < count; i++) {
    // Rotate the order so that no side always runs first, or on a warmer machine.
    const order = names.map((_, j) => names[(i + j) % names.length]);
    for (const impl of order) runs[impl].push((await renderOnce(browser, server, impls[impl], articles, { visible })).cpu);
  }
  const ms = (list) => median(list).toFixed(1);
  // Paired: each repetition's ratio to the floor measured beside it, so a busy moment cancels out.
  const toFloor = (list) => median(list.map((cpu, i) => cpu / runs.floor[i]));
  const ours = toFloor(runs.ours);
  const theirs = toFloor(runs.other);
  return {
    label: `N=${n}${visible ? ', every card laid out' : ''}`,
    ours: `${ms(runs.ours)} (${ours.toFixed(2)}×)`,
    other: `${ms(runs.other)} (${theirs.toFixed(2)}×)`,
    floor: ms(runs.floor),
    ratio: `${(ours / theirs).toFixed(3)}`,
  };
}
