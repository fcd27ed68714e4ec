// The Referrals view: the referral tree a page of top referrers at a time, with totals.
import { create } from 'zustand';
import type { ReferralGraph } from '../../../shared/contract';
import { invoke } from '../api/client';
import { onDataChanged } from './events';
import { useNavigation } from './navigation';
import { notifyError } from './toasts';

export const GRAPH_PAGE = 50;

interface ReferralsState {
  graph: ReferralGraph | null;
  offset: number;
  load(offset?: number): Promise<void>;
}

let seq = 0;

export const useReferralGraph = create<ReferralsState>()((set, get) => ({
  graph: null,
  offset: 0,
  async load(offset = get().offset) {
    const mine = ++seq;
    try {
      const graph = await invoke('referrals.graph', { limit: GRAPH_PAGE, offset, depth: 3, childLimit: 20 });
      if (mine === seq) set({ graph, offset });
    } catch (e) {
      if (mine === seq) notifyError(e);
    }
  },
}));

onDataChanged(() => {
  if (useNavigation.getState().route.name === 'referrals') void useReferralGraph.getState().load();
});
