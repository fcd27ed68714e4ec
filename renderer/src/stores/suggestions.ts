// Lifecycle suggestions for Today (new → active, → loyal, → dormant): accept or dismiss each.
// A 100k book has ~10,000 of them: the list holds the pages of suggestions.list its virtualized
// rows fall on (fetched as it scrolls), never the whole set, like the contacts list.
import { create } from 'zustand';
import type { Stage } from '../../../shared/domain/enums';
import type { LifecycleSuggestionItem } from '../../../shared/domain/types';
import { invoke } from '../api/client';
import { dataChanged, onDataChanged } from './events';
import { useNavigation } from './navigation';
import { notifyError } from './toasts';

export const SUGGESTIONS_PAGE = 100;

interface SuggestionsState {
  /** How many open suggestions the book has (0 until the first page arrives). */
  total: number;
  pages: Record<number, LifecycleSuggestionItem[]>;
  loaded: boolean;
  /** (Re)load the first page, the total and the pages last on screen. */
  load(): Promise<void>;
  /** Make sure rows start..end (inclusive) are loaded. */
  ensureRange(start: number, end: number): void;
}

// Outside React state: which pages are in flight, and a generation counter so a page asked for
// before a reload (an accept, a write elsewhere) is dropped instead of shown.
let gen = 0;
const inFlight = new Set<number>();
/** The rows last on screen, so a reload refetches what the user is looking at. */
let visible: [number, number] = [0, 0];

export const useSuggestions = create<SuggestionsState>()((set, get) => {
  async function loadPage(page: number): Promise<void> {
    if (inFlight.has(page)) return;
    inFlight.add(page);
    const mine = gen;
    try {
      const r = await invoke('suggestions.list', { cursor: page * SUGGESTIONS_PAGE, limit: SUGGESTIONS_PAGE });
      if (mine !== gen) return;
      set((s) => ({ total: r.total, loaded: true, pages: { ...s.pages, [page]: r.items } }));
    } catch (e) {
      if (mine === gen) notifyError(e);
    } finally {
      if (mine === gen) inFlight.delete(page);
    }
  }

  const pagesOf = (start: number, end: number): number[] => {
    const out: number[] = [];
    for (let p = Math.floor(Math.max(0, start) / SUGGESTIONS_PAGE); p <= Math.floor(Math.max(0, end) / SUGGESTIONS_PAGE); p++) out.push(p);
    return out;
  };

  return {
    total: 0,
    pages: {},
    loaded: false,
    async load() {
      // The first page (and the total) and the pages on screen, swapped in at once: the rows on
      // screen stay until their new versions arrive.
      const mine = ++gen;
      inFlight.clear();
      const want = [...new Set([0, ...pagesOf(...visible)])];
      try {
        const got = await Promise.all(want.map((p) => invoke('suggestions.list', { cursor: p * SUGGESTIONS_PAGE, limit: SUGGESTIONS_PAGE })));
        if (mine !== gen) return;
        set({ total: got[0]!.total, loaded: true, pages: Object.fromEntries(want.map((p, i) => [p, got[i]!.items])) });
      } catch (e) {
        if (mine === gen) notifyError(e);
      }
    },
    ensureRange(start, end) {
      visible = [start, end];
      const { pages, loaded } = get();
      if (!loaded) return;
      for (const p of pagesOf(start, end)) if (!pages[p]) void loadPage(p);
    },
  };
});

/** The suggestion at index i (undefined while its page loads). */
export const suggestionAt = (s: Pick<SuggestionsState, 'pages'>, i: number): LifecycleSuggestionItem | undefined =>
  s.pages[Math.floor(i / SUGGESTIONS_PAGE)]?.[i % SUGGESTIONS_PAGE];

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
