// Lifecycle suggestions for Today (new → active, → loyal, → dormant): accept or dismiss each.
import { create } from 'zustand';
import type { Stage } from '../../../shared/domain/enums';
import type { LifecycleSuggestionItem } from '../../../shared/domain/types';
import { invoke } from '../api/client';
import { dataChanged, onDataChanged } from './events';
import { useNavigation } from './navigation';
import { notifyError } from './toasts';

interface SuggestionsState {
  items: LifecycleSuggestionItem[];
  loaded: boolean;
  load(): Promise<void>;
}

let seq = 0;

export const useSuggestions = create<SuggestionsState>()((set) => ({
  items: [],
  loaded: false,
  async load() {
    const mine = ++seq;
    try {
      const r = await invoke('suggestions.list', {});
      if (mine === seq) set({ items: r.items, loaded: true });
    } catch (e) {
      if (mine === seq) notifyError(e);
    }
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
