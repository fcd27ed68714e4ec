// Encryption at rest (Settings → Security): whether the book is encrypted, and the switch, which
// re-encrypts the whole book in the backend (a verified copy swapped in) while `busy` shows progress.
import { create } from 'zustand';
import type { SecurityStatus } from '../../../shared/contract';
import { invoke } from '../api/client';

interface SecurityState {
  status: SecurityStatus | null;
  busy: 'on' | 'off' | null;
  load(): Promise<void>;
  setEncryption(on: boolean, passphrase?: string): Promise<SecurityStatus>;
}

export const useSecurity = create<SecurityState>()((set) => ({
  status: null,
  busy: null,

  async load() {
    set({ status: await invoke('security.status', {}) });
  },

  async setEncryption(on, passphrase) {
    set({ busy: on ? 'on' : 'off' });
    try {
      const status = await invoke('security.setEncryption', passphrase === undefined ? { on } : { on, passphrase });
      set({ status });
      return status;
    } finally {
      set({ busy: null });
    }
  },
}));
