// Whether the book is open, and — when it is not — the recovery screen's state and the user's
// choice (restore the latest backup, start empty, try again, unlock an encrypted book with its
// passphrase), carried to the backend's session.
import { create } from 'zustand';
import type { OpenState, RecoveryResult } from '../../../shared/contract';
import { invoke } from '../api/client';

type Action = 'retry' | 'restore-backup' | 'start-empty' | 'unlock';

interface RecoveryState {
  state: OpenState | null;
  busy: Action | null;
  /** The last action's failure, shown on the screen. */
  error: unknown;
  check(): Promise<OpenState>;
  act(action: Exclude<Action, 'unlock'>): Promise<RecoveryResult | null>;
  /** An encrypted book: try the passphrase (a wrong one leaves the state at 'wrong-key'). */
  unlock(passphrase: string): Promise<RecoveryResult | null>;
}

const METHOD = { retry: 'recovery.retry', 'restore-backup': 'recovery.restoreBackup', 'start-empty': 'recovery.startEmpty' } as const;

export const useRecovery = create<RecoveryState>()((set) => ({
  state: null,
  busy: null,
  error: null,

  async check() {
    const state = await invoke('system.openState', {});
    set({ state });
    return state;
  },

  async act(action) {
    return run(action, () => invoke(METHOD[action], {}));
  },

  async unlock(passphrase) {
    return run('unlock', () => invoke('recovery.unlock', { passphrase }));
  },
}));

async function run(action: Action, call: () => Promise<RecoveryResult>): Promise<RecoveryResult | null> {
  const set = useRecovery.setState;
  set({ busy: action, error: null });
  try {
    const result = await call();
    set({ state: result.state, busy: null });
    return result;
  } catch (error) {
    set({ busy: null, error });
    return null;
  }
}
