// Whether the book is open, and — when it is not — the recovery screen's state and the user's
// choice (restore the latest backup, start empty, try again), carried to the backend's session.
import { create } from 'zustand';
import type { OpenState, RecoveryResult } from '../../../shared/contract';
import { invoke } from '../api/client';

type Action = 'retry' | 'restore-backup' | 'start-empty';

interface RecoveryState {
  state: OpenState | null;
  busy: Action | null;
  /** The last action's failure, shown on the screen. */
  error: unknown;
  check(): Promise<OpenState>;
  act(action: Action): Promise<RecoveryResult | null>;
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
    set({ busy: action, error: null });
    try {
      const result = await invoke(METHOD[action], {});
      set({ state: result.state, busy: null });
      return result;
    } catch (error) {
      set({ busy: null, error });
      return null;
    }
  },
}));
