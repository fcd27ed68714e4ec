// Encryption at rest (Settings → Security): whether the book is encrypted, and the switch, which
// re-encrypts the whole book in the backend (a verified copy swapped in) while `busy` shows progress;
// changing the passphrase (the same swap under a new key); and the backups that are still plain files
// because they were made before encryption was turned on.
import { create } from 'zustand';
import type { BackupInfo, ChangePassphraseResult, ProtectBackupsResult, SecurityStatus } from '../../../shared/contract';
import { invoke } from '../api/client';
import { useBackup } from './backup';

export type PlainBackupsChoice = 'encrypt' | 'delete' | 'keep';

interface SecurityState {
  status: SecurityStatus | null;
  /** Backups that are plain files while the book is encrypted. */
  plainBackups: BackupInfo[];
  busy: 'on' | 'off' | 'passphrase' | 'backups' | null;
  load(): Promise<void>;
  setEncryption(on: boolean, passphrase?: string): Promise<SecurityStatus>;
  changePassphrase(current: string, next: string, repeat: string): Promise<ChangePassphraseResult>;
  protectBackups(action: 'encrypt' | 'delete'): Promise<ProtectBackupsResult>;
}

export const useSecurity = create<SecurityState>()((set) => ({
  status: null,
  plainBackups: [],
  busy: null,

  async load() {
    const [status, plain] = await Promise.all([invoke('security.status', {}), invoke('security.plainBackups', {})]);
    set({ status, plainBackups: plain.items });
  },

  async setEncryption(on, passphrase) {
    set({ busy: on ? 'on' : 'off' });
    try {
      const status = await invoke('security.setEncryption', passphrase === undefined ? { on } : { on, passphrase });
      set({ status, plainBackups: (await invoke('security.plainBackups', {})).items });
      return status;
    } finally {
      set({ busy: null });
    }
  },

  async changePassphrase(current, next, repeat) {
    set({ busy: 'passphrase' });
    try {
      const result = await invoke('security.changePassphrase', { current, next, repeat });
      set({ status: result.status });
      return result;
    } finally {
      set({ busy: null });
    }
  },

  async protectBackups(action) {
    set({ busy: 'backups' });
    try {
      const result = await invoke('security.protectBackups', { action });
      set({ plainBackups: (await invoke('security.plainBackups', {})).items });
      if (useBackup.getState().loaded) await useBackup.getState().load();
      return result;
    } finally {
      set({ busy: null });
    }
  },
}));

/** How many backups exist now (all plain while the book is not encrypted): what the turn-on dialog offers to protect. */
export async function backupCount(): Promise<number> {
  return (await invoke('backup.list', {})).items.length;
}
