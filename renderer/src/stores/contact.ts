// One contact: its detail (card, timeline, stage history, follow-ups) and the writes made
// from its page or the contact form. Every write announces itself so lists and Today refresh.
import { create } from 'zustand';
import type { ContactDraft } from '../../../shared/contract';
import type { Stage } from '../../../shared/domain/enums';
import type { Contact, ContactDetail } from '../../../shared/domain/types';
import { AppError, isAppError } from '../../../shared/errors';
import { invoke } from '../api/client';
import { dataChanged, onDataChanged } from './events';
import { useNavigation } from './navigation';

interface ContactState {
  id: string | null;
  detail: ContactDetail | null;
  /** not-found: deleted for good or a bad link. */
  error: AppError | null;
  loading: boolean;
  load(id: string): Promise<void>;
  refresh(): Promise<void>;
  /** A contact for a dialog: the open one when it matches, else fetched. */
  fetch(id: string): Promise<Contact>;
  save(draft: ContactDraft, id: string | null): Promise<Contact>;
  setStage(id: string, stage: Stage, reason: string | null): Promise<Contact>;
  remove(id: string): Promise<void>;
  restore(id: string): Promise<Contact>;
}

let loadSeq = 0;

export const useContact = create<ContactState>()((set, get) => ({
  id: null,
  detail: null,
  error: null,
  loading: false,

  async load(id) {
    const seq = ++loadSeq;
    const same = get().id === id;
    set({ id, loading: true, error: null, ...(same ? {} : { detail: null }) });
    try {
      const detail = await invoke('contacts.get', { id });
      if (seq === loadSeq) set({ detail, loading: false });
    } catch (e) {
      if (seq !== loadSeq) return;
      set({ loading: false, detail: null, error: isAppError(e) ? e : new AppError('internal', String(e)) });
    }
  },

  async refresh() {
    const { id } = get();
    if (id) await get().load(id);
  },

  async fetch(id) {
    const d = get().detail;
    if (d && d.contact.id === id) return d.contact;
    return (await invoke('contacts.get', { id })).contact;
  },

  async save(draft, id) {
    const contact = id ? await invoke('contacts.update', { id, draft }) : await invoke('contacts.add', draft);
    dataChanged('contacts');
    return contact;
  },

  async setStage(id, stage, reason) {
    const contact = await invoke('contacts.setStage', { id, stage, reason });
    dataChanged('contacts');
    return contact;
  },

  async remove(id) {
    await invoke('contacts.delete', { id });
    dataChanged('trash');
  },

  async restore(id) {
    const contact = await invoke('contacts.restore', { id });
    dataChanged('trash');
    return contact;
  },
}));

// Refresh the contact on screen; forget one that is not (it may have just been purged), so it
// loads fresh when opened again.
onDataChanged(() => {
  const s = useContact.getState();
  const route = useNavigation.getState().route;
  if (route.name === 'contact' && route.id === s.id) void s.refresh();
  else if (s.id) useContact.setState({ id: null, detail: null, error: null });
});
