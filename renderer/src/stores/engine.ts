// The relationship engine on one contact's page: deals, referrals, important dates and the
// open lifecycle suggestion. Loaded beside the contact (stores/contact.ts) and refreshed after
// every write; each write announces itself so Today and the contact reload too.
import { create } from 'zustand';
import type { DealDraft, DealResult, ReferralsOf } from '../../../shared/contract';
import type { DealPatch } from '../../../shared/contract/engine';
import type { ContactDate, Deal, LifecycleSuggestionItem } from '../../../shared/domain/types';
import type { z } from 'zod';
import { invoke } from '../api/client';
import { dataChanged, onDataChanged } from './events';
import { useNavigation } from './navigation';

interface EngineState {
  contactId: string | null;
  deals: Deal[];
  referrals: ReferralsOf | null;
  dates: ContactDate[];
  suggestion: LifecycleSuggestionItem | null;
  load(contactId: string): Promise<void>;
}

let seq = 0;

export const useContactEngine = create<EngineState>()((set, get) => ({
  contactId: null,
  deals: [],
  referrals: null,
  dates: [],
  suggestion: null,
  async load(contactId) {
    const mine = ++seq;
    if (get().contactId !== contactId) set({ contactId, deals: [], referrals: null, dates: [], suggestion: null });
    const [deals, referrals, dates, suggestions] = await Promise.all([
      invoke('deals.list', { contactId }),
      invoke('referrals.list', { contactId }),
      invoke('dates.list', { contactId }),
      invoke('suggestions.list', { contactId }),
    ]);
    if (mine !== seq) return;
    set({ contactId, deals: deals.items, referrals, dates: dates.items, suggestion: suggestions.items[0] ?? null });
  },
}));

// Reload the open contact's engine data after any write; forget it when another screen shows.
onDataChanged(() => {
  const { contactId, load } = useContactEngine.getState();
  const route = useNavigation.getState().route;
  if (contactId && route.name === 'contact' && route.id === contactId) load(contactId).catch(() => undefined);
});

/** Writes of the engine. Each returns the backend's answer and announces the change. */
export const engine = {
  async addDeal(draft: DealDraft): Promise<DealResult> {
    const r = await invoke('deals.add', draft);
    dataChanged('contacts');
    return r;
  },
  async updateDeal(patch: z.input<typeof DealPatch>): Promise<DealResult> {
    const r = await invoke('deals.update', patch);
    dataChanged('contacts');
    return r;
  },
  async deleteDeal(id: string): Promise<void> {
    await invoke('deals.delete', { id });
    dataChanged('contacts');
  },
  async restoreDeal(id: string): Promise<DealResult> {
    const r = await invoke('deals.restore', { id });
    dataChanged('contacts');
    return r;
  },
  async askedForReferral(contactId: string): Promise<void> {
    await invoke('referrals.ask', { contactId });
    dataChanged('touches');
  },
  async recordReferral(referrerId: string, referredId: string): Promise<{ referred: number; won: number }> {
    const r = await invoke('referrals.record', { referrerId, referredId });
    dataChanged('contacts');
    return r.credit;
  },
  async addDate(d: { contactId: string; label: string; date: string; kind: ContactDate['kind'] }): Promise<void> {
    await invoke('dates.add', d);
  },
  async removeDate(id: string): Promise<void> {
    await invoke('dates.remove', { id });
  },
  /** After several date writes from the contact form: one refresh. */
  datesChanged: () => dataChanged('contacts'),
};
