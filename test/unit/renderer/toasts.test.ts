// The toast stack: at most three at once, short notices go after ~5 s, an Undo stays ~10 s.
import { describe, expect, it } from 'vitest';
import { latestUndo, stackToasts, toastTimeout } from '../../../renderer/src/stores/toast-policy.js';

describe('toasts', () => {
  it('keep the newest three', () => {
    let shown: number[] = [];
    for (let i = 1; i <= 5; i++) shown = stackToasts(shown, i);
    expect(shown).toEqual([3, 4, 5]);
  });
  it('go after ~5 s, or ~10 s with an Undo', () => {
    expect(toastTimeout({ tone: 'success' })).toBe(5000);
    expect(toastTimeout({ tone: 'success', action: {} })).toBe(10_000);
    expect(toastTimeout({ tone: 'error' })).toBe(10_000);
  });
  it('Ctrl+Z answers the newest toast that offers Undo, not an older one or a plain notice', () => {
    const undo = { label: 'common.undo' };
    const shown: { id: number; action?: { label: string } }[] = [{ id: 1, action: undo }, { id: 2, action: undo }, { id: 3, action: { label: 'capture.open' } }, { id: 4 }];
    expect(latestUndo(shown)?.id).toBe(2);
    expect(latestUndo(shown.slice(3))).toBeUndefined();
  });
});
