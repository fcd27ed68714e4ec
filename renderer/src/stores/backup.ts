// Backups and export (Settings → Backup & export): the list, "back up now", restore (after the
// user saw the preview and confirmed), and export to a downloaded file.
import { create } from 'zustand';
import type { BackupInfo, BackupPreview, ExportResult, RestoreResult } from '../../../shared/contract';
import { invoke } from '../api/client';
import { dataChanged } from './events';
import { useSettings } from './settings';

type Busy = 'backup' | 'restore' | 'export' | null;

interface BackupState {
  items: BackupInfo[];
  folder: string;
  loaded: boolean;
  busy: Busy;
  /** The backup being restored (its row shows the spinner). */
  restoring: string | null;
  load(): Promise<void>;
  create(): Promise<BackupInfo>;
  preview(name: string): Promise<BackupPreview>;
  restore(name: string): Promise<RestoreResult>;
  exportContacts(format: 'vcf' | 'csv', vcardVersion?: '3.0' | '4.0'): Promise<ExportResult>;
}

export const useBackup = create<BackupState>()((set, get) => ({
  items: [],
  folder: '',
  loaded: false,
  busy: null,
  restoring: null,

  async load() {
    const { items, folder } = await invoke('backup.list', {});
    set({ items, folder, loaded: true });
  },

  async create() {
    set({ busy: 'backup' });
    try {
      const made = await invoke('backup.create', {});
      await get().load();
      return made;
    } finally {
      set({ busy: null });
    }
  },

  preview: (name) => invoke('backup.preview', { file: name }),

  async restore(name) {
    set({ busy: 'restore', restoring: name });
    try {
      const r = await invoke('backup.restore', { file: name });
      // Everything may differ now: settings, people, touches, the trash.
      await useSettings.getState().load();
      for (const topic of ['settings', 'contacts', 'touches', 'sample', 'trash'] as const) dataChanged(topic);
      await get().load();
      return r;
    } finally {
      set({ busy: null, restoring: null });
    }
  },

  async exportContacts(format, vcardVersion = '4.0') {
    set({ busy: 'export' });
    try {
      const r = await invoke('export.contacts', { format, vcardVersion });
      download(r);
      return r;
    } finally {
      set({ busy: null });
    }
  },
}));

/** Save the file the way the browser does (Electron shows its save dialog for it). */
function download(r: ExportResult): void {
  const url = URL.createObjectURL(new Blob([r.content], { type: r.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = r.fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has taken its copy once click() returns; a moment later the URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
