// Every contract method fuzzed through the real dispatch on a real temp book (issue 8): see
// test/support/fuzz.ts. CI size here; `npm run fuzz` (FUZZ_RUNS=…) runs more.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzContract } from '../support/fuzz.js';
import { loadBook } from '../support/book.js';
import { openTestBackend, type TestBackend } from '../support/backend.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);

let t: TestBackend;
beforeAll(async () => {
  t = await openTestBackend('2026-03-02T01:00:00.000Z');
  await loadBook(t.b);
});
afterAll(() => t.close());

describe('contract fuzz', () => {
  it(`${RUNS} random and mutated payloads: typed answers, no hang, no partial write`, async () => {
    const r = await fuzzContract(t.b, RUNS, SEED);
    expect(r.failures, `seed ${SEED}`).toEqual([]);
    expect(r.cases).toBe(RUNS);
    // The generators must reach past validation, not only bounce off it.
    expect(r.accepted).toBeGreaterThan(RUNS * 0.05);
    expect(r.rejected['invalid-input']).toBeGreaterThan(RUNS * 0.3);
  }, 60_000 + RUNS * 30); // ~1 ms of CPU a case; the budget allows for a busy machine
});
