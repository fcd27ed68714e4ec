// Timing helpers for the bench: run a function many times, report p50/p95/max in ms.
import { performance } from 'node:perf_hooks';

export interface Measure {
  name: string;
  unit: 'ms' | 'rows/s' | 'ratio' | 'MB';
  /** Every measure carries every field (issue 7's JSON shape): null where it does not apply. */
  p50: number | null;
  p95: number | null;
  max: number | null;
  /** A timed measure's value is its p95, the number its target is checked against. */
  value: number;
  target: number;
  /** For ms/MB: value must be ≤ target; for rows/s and ratio: ≥ target. */
  ok: boolean;
  note?: string;
}

/** The built renderer the Chromium rows need (npm run build:renderer). */
export const RENDERER_BUILT = 'out/renderer/index.html';

const round = (n: number) => Math.round(n * 1000) / 1000;

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)]!;
}

/**
 * Time `fn(i)` for i in 0..n-1 after a few warm-up calls; ok when p95 ≤ target. `before(i)`, if
 * given, runs untimed ahead of each call (e.g. a write, so caches are cold as after a real one).
 * `cpu`: add the calls' CPU time (p50/p95) to the note — what a busy shared machine changes least.
 */
export async function timed(name: string, target: number, n: number, fn: (i: number) => unknown | Promise<unknown>, note?: string,
  before?: (i: number) => unknown | Promise<unknown>, opts: { cpu?: boolean } = {}): Promise<Measure> {
  for (let i = 0; i < Math.min(5, n); i++) { await before?.(i); await fn(i); }
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < n; i++) {
    await before?.(i);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const p95 = percentile(times, 95);
  const cpuNote = opts.cpu ? `CPU p50 ${round(percentile(cpu, 50))} ms, p95 ${round(percentile(cpu, 95))} ms` : '';
  const fullNote = [note, cpuNote].filter(Boolean).join('; ');
  return { name, unit: 'ms', p50: round(percentile(times, 50)), p95: round(p95), max: round(times[times.length - 1]!), value: round(p95), target, ok: p95 <= target, ...(fullNote ? { note: fullNote } : {}) };
}

export function valueMeasure(name: string, unit: Measure['unit'], value: number, target: number, note?: string): Measure {
  const ok = unit === 'ms' || unit === 'MB' ? value <= target : value >= target;
  return { name, unit, p50: null, p95: null, max: null, value: round(value), target, ok, ...(note ? { note } : {}) };
}
