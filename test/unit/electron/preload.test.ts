import { beforeEach, describe, expect, it, vi } from 'vitest';
import { METHODS } from '../../../shared/contract/index.js';
import { IPC_CHANNEL } from '../../../shared/contract/transport.js';
import { createBridge } from '../../../electron/preload/bridge.js';
import { ALL_CONTRACT_METHODS_LISTED, PRELOAD_METHODS } from '../../../electron/preload/methods.js';
import { fakeState } from './support/fake-electron.mjs';

vi.mock('electron', () => import('./support/fake-electron.mjs'));

describe('the preload method list', () => {
  it('is exactly the contract', () => {
    expect([...PRELOAD_METHODS].sort()).toEqual([...METHODS].sort());
    expect(new Set(PRELOAD_METHODS).size).toBe(PRELOAD_METHODS.length);
    expect(ALL_CONTRACT_METHODS_LISTED).toBe(true);
  });
});

describe('createBridge', () => {
  it('has one function per method and nothing else', () => {
    const bridge = createBridge(PRELOAD_METHODS, async () => null);
    expect(Object.keys(bridge).sort()).toEqual([...METHODS].sort());
    for (const fn of Object.values(bridge)) expect(typeof fn).toBe('function');
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('invokes our one channel with the method name and params', async () => {
    const calls: unknown[][] = [];
    const bridge = createBridge(['contacts.get'], async (...args) => { calls.push(args); return { ok: true, result: 1 }; });
    await expect(bridge['contacts.get']!({ id: 'x' })).resolves.toEqual({ ok: true, result: 1 });
    await bridge['contacts.get']!(undefined);
    expect(calls).toEqual([[IPC_CHANNEL, 'contacts.get', { id: 'x' }], [IPC_CHANNEL, 'contacts.get', {}]]);
  });
});

describe('the preload script', () => {
  beforeEach(() => {
    fakeState().exposed = null;
    fakeState().invoked.length = 0;
  });

  it('exposes window.inyeon (the bridge) and never ipcRenderer', async () => {
    await import('../../../electron/preload/index.js');
    const exposed = fakeState().exposed!;
    expect(exposed.key).toBe('inyeon');
    expect(Object.keys(exposed.value).sort()).toEqual([...METHODS].sort());
    expect(Object.values(exposed.value).every((v) => typeof v === 'function')).toBe(true);
    expect(exposed.value).not.toHaveProperty('invoke');
    expect(exposed.value).not.toHaveProperty('send');
    await exposed.value['today.get']!({ date: '2025-01-01' });
    expect(fakeState().invoked).toEqual([[IPC_CHANNEL, 'today.get', { date: '2025-01-01' }]]);
  });
});
