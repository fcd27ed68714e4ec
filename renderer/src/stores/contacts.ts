// The contacts list: filters, sort, a paged window over contacts.list (pages are fetched as the
// virtualized list scrolls to them, never the whole book), instant search, and the tag list.
import { create } from 'zustand';
import type { Freshness, Stage } from '../../../shared/domain/enums';
import type { ContactSummary, TagCount } from '../../../shared/domain/types';
import { invoke } from '../api/client';
import { MARKS, mark, markAfterPaint } from '../perf';
import { onDataChanged } from './events';
import { notifyError } from './toasts';

export const SORTS = ['name', 'recent', 'due', 'created'] as const;
export type Sort = (typeof SORTS)[number];

export interface ListFilters {
  stage: Stage | null;
  tag: string | null;
  freshness: Freshness | null;
  sort: Sort;
}

export const PAGE_SIZE = 100;
const SEARCH_LIMIT = 200;
const SEARCH_DEBOUNCE_MS = 120;

interface ContactsState {
  filters: ListFilters;
  q: string;
  /** Total for the current filters (null until the first page arrives). */
  total: number | null;
  pages: Record<number, ContactSummary[]>;
  /** Search results for `q`; null when not searching. */
  hits: ContactSummary[] | null;
  /** The query `hits` answer (the box may already hold a newer one). */
  hitsFor: string;
  tags: TagCount[];
  setFilters(patch: Partial<ListFilters>): void;
  setQuery(q: string): void;
  /** Answer the current query now (Enter before the debounce fired); resolves with its hits. */
  searchNow(): Promise<ContactSummary[]>;
  /** Make sure rows start..end (inclusive) are loaded. */
  ensureRange(start: number, end: number): void;
  reload(): void;
  loadTags(): Promise<void>;
  /** One-off search for the command palette; does not touch the list. */
  lookup(q: string, limit?: number): Promise<ContactSummary[]>;
}

// Request bookkeeping outside React state: which pages are in flight, and generation counters
// so a response for an old filter set or an old query is dropped instead of shown.
let listGen = 0;
const inFlight = new Set<number>();
let searchSeq = 0;
let searchTimer: ReturnType<typeof setTimeout> | undefined;
/** The rows last on screen, so a reload refetches what the user is looking at. */
let visible: [number, number] = [0, 0];

const filterParams = (f: ListFilters) => ({
  ...(f.stage ? { stage: f.stage } : {}),
  ...(f.tag ? { tag: f.tag } : {}),
  ...(f.freshness ? { freshness: f.freshness } : {}),
});

export const useContacts = create<ContactsState>()((set, get) => {
  async function loadPage(page: number): Promise<void> {
    if (inFlight.has(page)) return;
    inFlight.add(page);
    const gen = listGen;
    const { filters } = get();
    try {
      const res = await invoke('contacts.list', { ...filterParams(filters), sort: filters.sort, offset: page * PAGE_SIZE, limit: PAGE_SIZE });
      if (gen !== listGen) return;
      set((s) => ({ total: res.total, pages: { ...s.pages, [page]: res.items } }));
    } catch (e) {
      if (gen === listGen) notifyError(e);
    } finally {
      if (gen === listGen) inFlight.delete(page);
    }
  }

  async function runSearch(): Promise<ContactSummary[]> {
    const { q, filters } = get();
    const seq = ++searchSeq;
    if (!q.trim()) {
      set({ hits: null, hitsFor: '' });
      return [];
    }
    try {
      const res = await invoke('contacts.search', { q: q.trim(), limit: SEARCH_LIMIT, ...filterParams(filters) });
      if (seq === searchSeq) {
        set({ hits: res.items, hitsFor: q });
        markAfterPaint(MARKS.searchResults, MARKS.searchInput);
      }
      return res.items;
    } catch (e) {
      if (seq === searchSeq) notifyError(e);
      return [];
    }
  }

  return {
    filters: { stage: null, tag: null, freshness: null, sort: 'name' },
    q: '',
    total: null,
    pages: {},
    hits: null,
    hitsFor: '',
    tags: [],

    setFilters(patch) {
      set((s) => ({ filters: { ...s.filters, ...patch } }));
      get().reload();
    },

    setQuery(q) {
      mark(MARKS.searchInput);
      set({ q });
      clearTimeout(searchTimer);
      if (!q.trim()) {
        searchSeq++;
        set({ hits: null, hitsFor: '' });
        return;
      }
      searchTimer = setTimeout(() => void runSearch(), SEARCH_DEBOUNCE_MS);
    },

    searchNow() {
      clearTimeout(searchTimer);
      const { q, hits, hitsFor } = get();
      return hits && hitsFor === q ? Promise.resolve(hits) : runSearch();
    },

    ensureRange(start, end) {
      visible = [start, end];
      const { pages } = get();
      for (let p = Math.floor(Math.max(0, start) / PAGE_SIZE); p <= Math.floor(Math.max(0, end) / PAGE_SIZE); p++) {
        if (!pages[p]) void loadPage(p);
      }
    },

    reload() {
      // Keep `total` so the list keeps its height while the new pages arrive.
      listGen++;
      inFlight.clear();
      set({ pages: {} });
      get().ensureRange(...visible);
      if (get().q.trim()) void runSearch();
    },

    async loadTags() {
      try {
        set({ tags: (await invoke('tags.list', {})).items });
      } catch (e) {
        notifyError(e);
      }
    },

    async lookup(q, limit = 8) {
      if (!q.trim()) return [];
      return (await invoke('contacts.search', { q: q.trim(), limit })).items;
    },
  };
});

/** The row at index i of the current list (undefined while its page loads). */
export const rowAt = (s: ContactsState, i: number): ContactSummary | undefined => s.pages[Math.floor(i / PAGE_SIZE)]?.[i % PAGE_SIZE];

onDataChanged((topic) => {
  if (topic === 'settings' || topic === 'contacts' || topic === 'touches' || topic === 'sample' || topic === 'trash') {
    const s = useContacts.getState();
    s.reload();
    if (topic !== 'touches') void s.loadTags();
  }
});
