// Deleted contacts, restorable until purged for good.
import { create } from 'zustand';
import type { Contact, ContactSummary } from '../../../shared/domain/types';
import { invoke } from '../api/client';
import { dataChanged, onDataChanged } from './events';
import { notifyError } from './toasts';

interface TrashState {
  items: ContactSummary[];
  loaded: boolean;
  load(): Promise<void>;
  restore(id: string): Promise<Contact>;
  purge(id: string): Promise<void>;
}

let seq = 0;

export const useTrash = create<TrashState>()((set) => ({
  items: [],
  loaded: false,
  async load() {
    const mine = ++seq;
    try {
      const res = await invoke('contacts.trash', {});
      if (mine === seq) set({ items: res.items, loaded: true });
    } catch (e) {
      if (mine === seq) notifyError(e);
    }
  },
  async restore(id) {
    const contact = await invoke('contacts.restore', { id });
    dataChanged('trash');
    return contact;
  },
  async purge(id) {
    await invoke('contacts.purge', { id });
    dataChanged('trash');
  },
}));

onDataChanged((topic) => {
  if (topic === 'trash' || topic === 'sample' || topic === 'contacts') void useTrash.getState().load();
});
