// Logging a touch — the closed loop. The dialog loads the contact it is about (its points, to
// tick the ones this touch verified); saving completes the follow-up and schedules the next.
import { create } from 'zustand';
import type { TouchDraft, TouchResult } from '../../../shared/contract';
import type { Contact, FollowUp } from '../../../shared/domain/types';
import { invoke } from '../api/client';
import { dataChanged } from './events';

interface TouchTarget {
  contact: Contact;
  /** The follow-up this touch answers, when opened from Today or the contact's next touch. */
  followUp: FollowUp | null;
}

interface TouchesState {
  target: TouchTarget | null;
  prepare(contactId: string, followUpId?: string): Promise<void>;
  clear(): void;
  log(draft: TouchDraft): Promise<TouchResult>;
}

let seq = 0;

export const useTouches = create<TouchesState>()((set) => ({
  target: null,
  async prepare(contactId, followUpId) {
    const mine = ++seq;
    set({ target: null });
    const detail = await invoke('contacts.get', { id: contactId });
    if (mine !== seq) return;
    const followUp = followUpId ? detail.followUps.find((f) => f.id === followUpId) ?? null : null;
    set({ target: { contact: detail.contact, followUp } });
  },
  clear() {
    seq++;
    set({ target: null });
  },
  async log(draft) {
    const result = await invoke('touches.log', draft);
    dataChanged('touches');
    return result;
  },
}));
