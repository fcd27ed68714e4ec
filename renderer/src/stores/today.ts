// The agenda: open follow-ups due up to a week ahead, bucketed overdue / today / upcoming by the
// backend in the user's time zone. Reloaded after every write so a logged touch moves at once.
import { create } from 'zustand';
import type { TodayItem } from '../../../shared/domain/types';
import type { TodayResult } from '../../../shared/contract/touches';
import { invoke } from '../api/client';
import { MARKS, markAfterPaint } from '../perf';
import { onDataChanged } from './events';
import { notifyError } from './toasts';

export const TODAY_DAYS = 7;

interface TodayState {
  date: string | null;
  items: TodayItem[];
  /** Full size of each bucket; the backend sends only the most recent part of a long backlog. */
  counts: TodayResult['counts'];
  loaded: boolean;
  load(): Promise<void>;
}

let seq = 0;

export const useToday = create<TodayState>()((set) => ({
  date: null,
  items: [],
  counts: { overdue: 0, today: 0, upcoming: 0 },
  loaded: false,
  async load() {
    const mine = ++seq;
    try {
      const res = await invoke('today.get', { days: TODAY_DAYS });
      if (mine !== seq) return;
      const first = !useToday.getState().loaded;
      set({ date: res.date, items: res.items, counts: res.counts, loaded: true });
      if (first) markAfterPaint(MARKS.todayPainted);
    } catch (e) {
      if (mine === seq) notifyError(e);
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
