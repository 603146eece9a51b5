// npm run fuzz: the fuzz properties of test/fuzz/ with a new random seed and ten times the suite's
// runs (FUZZ_SCALE to change that), in every engine (or BROWSERS). Prints the seed first and again
// at the end, so any failure can be replayed: FC_SEED=<seed> npm run fuzz.
// Extra arguments go to wtr (e.g. a single file).
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';

const seed = /^\d+$/.test(process.env.FC_SEED ?? '') ? Number(process.env.FC_SEED) : randomInt(2 ** 31 - 1);
const scale = process.env.FUZZ_SCALE ?? '10';
const files = process.argv.slice(2).length ? process.argv.slice(2) : ['test/fuzz/**/*.test.ts'];

console.log(`fuzz: seed ${seed}, ${scale}× the suite's runs`);
const started = Date.now();
const result = spawnSync('npx', ['wtr', ...files], {
  stdio: 'inherit',
  env: { ...process.env, FC_SEED: String(seed), FUZZ_SCALE: scale },
});
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
const verdict = result.status === 0 ? 'no failure' : 'FAILED';
console.log(`fuzz: seed ${seed}, ${scale}× runs, ${minutes} min: ${verdict} (replay: FC_SEED=${seed} npm run fuzz)`);
process.exit(result.status ?? 1);
