// The agenda: open follow-ups due up to a week ahead, bucketed overdue / today / upcoming by the
// backend in the user's time zone. Reloaded after every write so a logged touch moves at once.
import { create } from 'zustand';
import type { TodayItem } from '../../../shared/domain/types';
import type { TodayResult } from '../../../shared/contract/touches';
import { invoke } from '../api/client';
import { onDataChanged } from './events';
import { notifyError } from './toasts';

export const TODAY_DAYS = 7;
/**
 * The backend sends each bucket a page at a time (issue 7: a busy day in a 100k book is
 * thousands of follow-ups, and Today must answer in 30 ms). One page first — Today shows 50 rows
 * of a bucket before "Show more" — then "Show more" asks for as many as it will show.
 * `npm run bench` measures Today with these pages.
 */
export const TODAY_PAGE = 100;
/** The contract's largest page; beyond it a bucket says how many it holds and where to see them all. */
export const TODAY_MAX_PAGE = 5000;

export type PagedBucket = keyof TodayResult['counts'];

interface TodayState {
  date: string | null;
  items: TodayItem[];
  /** Full size of each bucket; the backend sends only a page of each (see `limits`). */
  counts: TodayResult['counts'];
  /** How many follow-ups of each bucket are asked for: grows with "Show more", kept across reloads. */
  limits: Record<PagedBucket, number>;
  loaded: boolean;
  /** The bucket whose next page is on its way, if any. */
  loadingMore: PagedBucket | null;
  /** Errors are shown as a toast. */
  load(): Promise<void>;
  /** At least `atLeast` follow-ups of `bucket` (one page more, at the least) from the backend. */
  more(bucket: PagedBucket, atLeast?: number): Promise<void>;
}

let seq = 0;

export const useToday = create<TodayState>()((set, get) => ({
  date: null,
  items: [],
  counts: { overdue: 0, today: 0, upcoming: 0 },
  limits: { overdue: TODAY_PAGE, today: TODAY_PAGE, upcoming: TODAY_PAGE },
  loaded: false,
  loadingMore: null,
  async load() {
    const mine = ++seq;
    const { limits, date } = get();
    try {
      const res = await invoke('today.get', {
        days: TODAY_DAYS, overdueLimit: limits.overdue, todayLimit: limits.today, upcomingLimit: limits.upcoming,
      });
      if (mine !== seq) return;
      // A new day starts again from one page per bucket.
      const reset = date !== null && res.date !== date;
      set({ date: res.date, items: res.items, counts: res.counts, loaded: true, ...(reset ? { limits: { overdue: TODAY_PAGE, today: TODAY_PAGE, upcoming: TODAY_PAGE } } : {}) });
    } catch (e) {
      if (mine === seq) notifyError(e);
    }
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
