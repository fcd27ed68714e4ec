// A kill -9 harness (issue 8, crash safety): run an operation in a child process, SIGKILL it at a
// random moment, then check what it left. Reusable: a scenario says how to prepare a data folder,
// which operation to run (test/support/crash-ops.ts), and what states are acceptable afterwards.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
// Deterministic randomness: a run can be replayed from its seed.
import { rng } from '../../electron/backend/services/sample-book.js';

export interface CrashScenario {
  /** Operation name in crash-ops.ts. */
  op: string;
  /** Make a fresh data folder for one run; returns the operation's extra arguments. */
  prepare(dir: string): string[];
  /**
   * Inspect what the (killed or finished) operation left: throw when the state is not acceptable,
   * else return a short label of the state (e.g. 'untouched', 'migrated'), counted in the report.
   */
  verify(dir: string, finished: boolean): string;
}

export interface CrashReport {
  runs: number;
  /** Runs whose child was killed before it printed "done". */
  interrupted: number;
  outcomes: Record<string, number>;
  /** How long the operation took when left alone (ms), the range the kills are drawn from. */
  calibratedMs: number;
}

const CHILD_DIR = resolve('test-results/crash');

/** Bundle crash-ops.ts once into test-results/crash (inside the repo, so better-sqlite3 resolves). */
export async function buildCrashChild(): Promise<string> {
  mkdirSync(CHILD_DIR, { recursive: true });
  const outfile = join(CHILD_DIR, 'crash-ops.mjs');
  await build({
    entryPoints: [resolve('test/support/crash-ops.ts')], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20',
    external: ['better-sqlite3-multiple-ciphers'], logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return outfile;
}

interface ChildRun {
  finished: boolean;
  ms: number;
}

function runChild(child: string, op: string, dir: string, args: string[], killAfterMs: number | null): Promise<ChildRun> {
  return new Promise((resolvePromise, reject) => {
    const p = spawn(process.execPath, [child, op, dir, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, INYEON_MIGRATIONS_DIR: resolve('electron/backend/db/migrations') },
    });
    let out = '';
    let err = '';
    let started = 0;
    let ms = 0;
    p.stderr.on('data', (c) => (err += String(c)));
    p.stdout.on('data', (c) => {
      out += String(c);
      if (!started && out.includes('go\n')) {
        started = performance.now();
        if (killAfterMs !== null) setTimeout(() => p.kill('SIGKILL'), killAfterMs);
      }
      if (started && !ms && out.includes('done\n')) ms = performance.now() - started;
    });
    p.once('error', reject);
    p.once('exit', (code, signal) => {
      const finished = out.includes('done\n');
      if (!finished && signal !== 'SIGKILL') reject(new Error(`crash-ops ${op} failed (exit ${code}): ${err}`));
      else resolvePromise({ finished, ms });
    });
  });
}

/**
 * Calibrate (one undisturbed run), then `runs` runs killed at a uniformly random moment within
 * 1.2× that duration. `newDir` gives a fresh empty folder per run.
 */
export async function runCrashes(child: string, s: CrashScenario, runs: number, seed: number, newDir: () => string): Promise<CrashReport> {
  const random = rng(seed);
  const calibration = newDir();
  const first = await runChild(child, s.op, calibration, s.prepare(calibration), null);
  s.verify(calibration, true);
  const report: CrashReport = { runs, interrupted: 0, outcomes: {}, calibratedMs: Math.round(first.ms) };
  for (let i = 0; i < runs; i++) {
    const dir = newDir();
    const args = s.prepare(dir);
    const r = await runChild(child, s.op, dir, args, random() * first.ms * 1.2);
    if (!r.finished) report.interrupted++;
    let label: string;
    try {
      label = s.verify(dir, r.finished);
    } catch (e) {
      throw new Error(`${s.op}, run ${i} (seed ${seed}, ${r.finished ? 'finished' : 'killed'}): ${e instanceof Error ? e.message : String(e)}`);
    }
    report.outcomes[label] = (report.outcomes[label] ?? 0) + 1;
  }
  return report;
}
