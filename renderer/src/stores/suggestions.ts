// Lifecycle suggestions for Today (new → active, → loyal, → dormant): accept or dismiss each.
import { create } from 'zustand';
import type { Stage } from '../../../shared/domain/enums';
import type { LifecycleSuggestionItem } from '../../../shared/domain/types';
import { invoke } from '../api/client';
import { dataChanged, onDataChanged } from './events';
import { useNavigation } from './navigation';
import { notifyError } from './toasts';

/**
 * Today shows the suggestions a page at a time, so only a page is asked for: a 100k book can hold
 * thousands (all of them were 2.5 MB of JSON, read at every visit to Today; issue 7).
 */
export const SUGGESTIONS_PAGE = 60;

interface SuggestionsState {
  /** The first `limit` suggestions. */
  items: LifecycleSuggestionItem[];
  /** How many there are in all. */
  total: number;
  /** How many are asked for: grows with "Show more", kept across reloads. */
  limit: number;
  loaded: boolean;
  load(): Promise<void>;
  /** At least `atLeast` suggestions from the backend. */
  more(atLeast: number): Promise<void>;
}

let seq = 0;

export const useSuggestions = create<SuggestionsState>()((set, get) => ({
  items: [],
  total: 0,
  limit: SUGGESTIONS_PAGE,
  loaded: false,
  async load() {
    const mine = ++seq;
    try {
      const r = await invoke('suggestions.list', { limit: get().limit });
      if (mine === seq) set({ items: r.items, total: r.total, loaded: true });
    } catch (e) {
      if (mine === seq) notifyError(e);
    }
  },
  async more(atLeast) {
    if (atLeast <= get().limit) return;
    set({ limit: Math.max(atLeast, get().limit + SUGGESTIONS_PAGE) });
    await get().load();
  },
}));

export const suggestions = {
  async accept(contactId: string, to: Stage): Promise<void> {
    await invoke('suggestions.accept', { contactId, to });
    dataChanged('contacts');
  },
  async dismiss(contactId: string, to: Stage): Promise<void> {
    await invoke('suggestions.dismiss', { contactId, to });
    dataChanged('contacts');
  },
};

// Suggestions are read over the whole book: only while Today is on screen.
onDataChanged(() => {
  if (useNavigation.getState().route.name === 'today') void useSuggestions.getState().load();
});
