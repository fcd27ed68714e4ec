// The collection a whole-book job asks for happens once the backend is idle, and frees its garbage.
import { describe, expect, it } from 'vitest';
import { collectWhenIdle } from '../../../electron/backend/idle-gc.js';

const heapMB = () => process.memoryUsage().heapUsed / 1e6;

describe('collectWhenIdle', () => {
  it('runs one full collection after the idle delay', async () => {
    // ~60 MB that survives long enough to be promoted to old space, then becomes garbage.
    let keep: string[][] | null = [];
    for (let i = 0; i < 30; i++) keep.push(Array.from({ length: 50_000 }, (_, j) => `row ${i} ${j} ${'x'.repeat(8)}`));
    await new Promise((r) => setTimeout(r, 50));
    keep = null;
    const before = heapMB();
    collectWhenIdle();
    await new Promise((r) => setTimeout(r, 1_300));
    expect(before - heapMB()).toBeGreaterThan(30);
  });
});
