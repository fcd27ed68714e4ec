// `npm run fuzz [-- RUNS [SEED]]`: the contract fuzz (test/integration/fuzz.test.ts) at nightly
// size — 200,000 cases by default, a fresh seed each run (printed, so a failure can be replayed
// with FUZZ_SEED). CI runs the same test at 10,000 cases with a fixed seed.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const [runs = process.env.FUZZ_RUNS ?? '200000', seed = process.env.FUZZ_SEED ?? String(Date.now() % 2 ** 31)] = process.argv.slice(2);
console.log(`contract fuzz: ${runs} cases, seed ${seed}`);
const vitest = createRequire(import.meta.url).resolve('vitest/vitest.mjs');
const r = spawnSync(process.execPath, [vitest, 'run', '--project', 'integration', 'test/integration/fuzz.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed },
});
process.exit(r.status ?? 1);
