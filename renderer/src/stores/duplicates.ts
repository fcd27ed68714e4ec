// Suggested duplicate pairs across the book, and the two answers to each: merge (keeping one
// side, undoable) or "not the same person" (never suggested again).
import { create } from 'zustand';
import type { DuplicatePair, DuplicateSide, MergeRecord } from '../../../shared/contract/import';
import { invoke } from '../api/client';
import { dataChanged, onDataChanged } from './events';

export type Side = 'a' | 'b';

export const pairKey = (p: DuplicatePair): string => `${p.a.id}|${p.b.id}`;

/** How much a side knows: the one that knows more is usually the record to keep. */
function completeness(s: DuplicateSide): number {
  return s.phones.length + s.emails.length + (s.addresses?.length ?? 0) + (s.company ? 1 : 0) + (s.title ? 1 : 0) + (s.lastTouchAt ? 1 : 0);
}

/** Keep the more complete side; when both know as much, the older one (it has the history). */
export function defaultKeep(p: DuplicatePair): Side {
  const d = completeness(p.a) - completeness(p.b);
  if (d !== 0) return d > 0 ? 'a' : 'b';
  return p.a.createdAt <= p.b.createdAt ? 'a' : 'b';
}

const PAGE = 100;
const clamp = (i: number, items: unknown[]) => Math.max(0, Math.min(i, items.length - 1));

interface DuplicatesState {
  items: DuplicatePair[];
  total: number;
  loaded: boolean;
  /** The pair the keyboard acts on. */
  selected: number;
  /** The user's choice of which side to keep, by pair; absent: `defaultKeep`. */
  keep: Record<string, Side>;
  busy: boolean;
  load(): Promise<void>;
  select(i: number): void;
  setKeep(p: DuplicatePair, side: Side): void;
  keepOf(p: DuplicatePair): Side;
  merge(p: DuplicatePair): Promise<MergeRecord>;
  dismiss(p: DuplicatePair): Promise<void>;
  undoMerge(mergeId: string): Promise<void>;
  mergeAllExact(): Promise<MergeRecord[]>;
}

let seq = 0;

export const useDuplicates = create<DuplicatesState>()((set, get) => ({
  items: [],
  total: 0,
  loaded: false,
  selected: 0,
  keep: {},
  busy: false,

  async load() {
    const mine = ++seq;
    const res = await invoke('duplicates.list', { cursor: 0, limit: PAGE });
    if (mine !== seq) return;
    set((s) => ({ items: res.items, total: res.total, loaded: true, selected: clamp(s.selected, res.items) }));
  },
  select(i) {
    set((s) => ({ selected: Math.max(0, Math.min(s.items.length - 1, i)) }));
  },
  setKeep(p, side) {
    set((s) => ({ keep: { ...s.keep, [pairKey(p)]: side } }));
  },
  keepOf(p) {
    return get().keep[pairKey(p)] ?? defaultKeep(p);
  },
  async merge(p) {
    const side = get().keepOf(p);
    const [kept, merged] = side === 'a' ? [p.a, p.b] : [p.b, p.a];
    set({ busy: true });
    try {
      const rec = await invoke('duplicates.merge', { keepId: kept.id, mergeId: merged.id });
      // Every pair with the merged person is gone at once; the reload (after dataChanged) confirms.
      set((s) => {
        const items = s.items.filter((x) => x.a.id !== merged.id && x.b.id !== merged.id);
        return { items, total: Math.max(0, s.total - (s.items.length - items.length)), selected: clamp(s.selected, items) };
      });
      dataChanged('contacts');
      return rec;
    } finally {
      set({ busy: false });
    }
  },
  async dismiss(p) {
    set({ busy: true });
    try {
      await invoke('duplicates.dismiss', { aId: p.a.id, bId: p.b.id });
      // Gone from the list at once; the reload confirms.
      set((s) => {
        const items = s.items.filter((x) => pairKey(x) !== pairKey(p));
        return { items, total: Math.max(0, s.total - 1), selected: clamp(s.selected, items) };
      });
      void get().load().catch(() => undefined);
    } finally {
      set({ busy: false });
    }
  },
  async mergeAllExact() {
    set({ busy: true });
    try {
      const { items } = await invoke('duplicates.mergeAllExact', {});
      dataChanged('contacts');
      await get().load();
      return items;
    } finally {
      set({ busy: false });
    }
  },
  async undoMerge(mergeId) {
    await invoke('duplicates.undoMerge', { mergeId });
    dataChanged('contacts');
    await get().load();
  },
}));

// Any change to people can make or break pairs (an import, an edit, a merge, the trash). Finding
// pairs reads the whole book, so a burst of edits costs one reload, not one per edit.
let reloadTimer: ReturnType<typeof setTimeout> | undefined;
onDataChanged((topic) => {
  if (topic === 'settings' || topic === 'touches') return;
  clearTimeout(reloadTimer);
  reloadTimer = setTimeout(() => void useDuplicates.getState().load().catch(() => undefined), 400);
});
