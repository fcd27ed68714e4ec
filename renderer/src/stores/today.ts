// The agenda: open follow-ups due up to a week ahead, bucketed overdue / today / upcoming by the
// backend in the user's time zone. Reloaded after every write so a logged touch moves at once.
import { create } from 'zustand';
import type { TodayItem } from '../../../shared/domain/types';
import type { TodayResult } from '../../../shared/contract/touches';
import { invoke } from '../api/client';
import { firstLimits, type PagedBucket, TODAY_MAX_PAGE, TODAY_PAGE, type TodayLimits, todayParams } from '../api/today-request';
import { onDataChanged } from './events';
import { notifyError } from './toasts';

export { TODAY_MAX_PAGE, type PagedBucket } from '../api/today-request';

interface TodayState {
  date: string | null;
  items: TodayItem[];
  /** Full size of each bucket; the backend sends only a page of each (see `limits`). */
  counts: TodayResult['counts'];
  /** How many follow-ups of each bucket are asked for: grows with "Show more", kept across reloads. */
  limits: TodayLimits;
  loaded: boolean;
  /** The bucket whose next page is on its way, if any. */
  loadingMore: PagedBucket | null;
  /** Errors are shown as a toast. */
  load(): Promise<void>;
  /** An answer to `todayParams(limits)` taken elsewhere (the start: boot.ts). */
  apply(res: TodayResult): void;
  /** At least `atLeast` follow-ups of `bucket` (one page more, at the least) from the backend. */
  more(bucket: PagedBucket, atLeast?: number): Promise<void>;
}

let seq = 0;

export const useToday = create<TodayState>()((set, get) => ({
  date: null,
  items: [],
  counts: { overdue: 0, today: 0, upcoming: 0 },
  limits: firstLimits(),
  loaded: false,
  loadingMore: null,
  async load() {
    const mine = ++seq;
    try {
      const res = await invoke('today.get', todayParams(get().limits));
      if (mine !== seq) return;
      get().apply(res);
    } catch (e) {
      if (mine === seq) notifyError(e);
    }
  },
  apply(res) {
    // A new day starts again from one page per bucket.
    const { date } = get();
    const reset = date !== null && res.date !== date;
    set({ date: res.date, items: res.items, counts: res.counts, loaded: true, ...(reset ? { limits: firstLimits() } : {}) });
  },
  async more(bucket, atLeast = 0) {
    const { limits } = get();
    if (limits[bucket] >= TODAY_MAX_PAGE) return;
    const next = Math.min(TODAY_MAX_PAGE, Math.max(limits[bucket] + TODAY_PAGE, atLeast));
    set({ limits: { ...limits, [bucket]: next }, loadingMore: bucket });
    try {
      await get().load();
    } finally {
      set({ loadingMore: null });
    }
  },
}));

/** Due now (overdue + today): the number on the sidebar. */
export const dueCount = (s: TodayState): number => s.counts.overdue + s.counts.today;

onDataChanged(() => void useToday.getState().load());

// Past midnight the buckets shift: reload when the window regains focus, and every few minutes
// for a window that stays open all day.
window.addEventListener('focus', () => void useToday.getState().load());
setInterval(() => void useToday.getState().load(), 5 * 60_000);
