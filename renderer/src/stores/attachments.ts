// A contact's card images (issue 6): their list, and each image's bytes once asked for, kept
// as data: URLs for the page's thumbnails and the enlarged view. Reloaded when data changes.
import { create } from 'zustand';
import type { AttachmentMeta } from '../../../shared/contract/capture';
import { invoke } from '../api/client';
import { onDataChanged } from './events';
import { useNavigation } from './navigation';

interface AttachmentsState {
  contactId: string | null;
  items: AttachmentMeta[];
  /** Image data: URLs by attachment id. */
  urls: Record<string, string>;
  load(contactId: string): Promise<void>;
}

let seq = 0;

export const useAttachments = create<AttachmentsState>()((set, get) => ({
  contactId: null,
  items: [],
  urls: {},

  async load(contactId) {
    const mine = ++seq;
    if (get().contactId !== contactId) set({ contactId, items: [], urls: {} });
    const { items } = await invoke('attachments.list', { contactId });
    if (mine !== seq) return;
    set({ items });
    for (const a of items) {
      if (get().urls[a.id]) continue;
      const full = await invoke('attachments.get', { id: a.id });
      if (mine !== seq) return;
      set((s) => ({ urls: { ...s.urls, [a.id]: `data:${full.mime};base64,${full.dataBase64}` } }));
    }
  },
}));

// Reload for the contact on screen; forget one that is not (it may have just been purged, and
// asking for its images would only earn a not-found).
onDataChanged(() => {
  const { contactId, load } = useAttachments.getState();
  if (!contactId) return;
  const route = useNavigation.getState().route;
  if (route.name === 'contact' && route.id === contactId) load(contactId).catch(() => undefined);
  else { seq++; useAttachments.setState({ contactId: null, items: [], urls: {} }); }
});
