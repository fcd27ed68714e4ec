// Handling one follow-up by hand from Today or a contact page: snooze it to a later day, skip
// it (the record stays; a check-in's cadence continues from the last real touch), reschedule.
import { create } from 'zustand';
import { addDays } from '../../../shared/rules/time';
import type { FollowUp } from '../../../shared/domain/types';
import { invoke } from '../api/client';
import { dataChanged } from './events';

export type SnoozeChoice = 'tomorrow' | 'nextWeek';

export const snoozeDate = (today: string, choice: SnoozeChoice): string => addDays(today, choice === 'tomorrow' ? 1 : 7);

export const followUps = {
  /** `until`: a calendar date (09:00 that day) or an instant. */
  async snooze(id: string, until: string): Promise<FollowUp> {
    const f = await invoke('followups.snooze', { id, until });
    dataChanged('touches');
    return f;
  },
  /** The snooze's Undo: due again at `dueAt`, when it was (an overdue one is overdue again). */
  async unsnooze(id: string, dueAt: string): Promise<FollowUp> {
    const f = await invoke('followups.unsnooze', { id, dueAt });
    dataChanged('touches');
    return f;
  },
  async skip(id: string): Promise<{ skipped: FollowUp; next: FollowUp | null }> {
    const r = await invoke('followups.skip', { id });
    dataChanged('touches');
    return r;
  },
  async unskip(id: string): Promise<FollowUp> {
    const f = await invoke('followups.unskip', { id });
    dataChanged('touches');
    return f;
  },
};

/** The "move to a date" dialog: which follow-up, and whether it was asked as a snooze or a reschedule. */
export interface RescheduleRequest {
  followUpId: string;
  name: string;
  dueDate: string;
  /** When it was due, for the toast's Undo. */
  dueAt: string;
  mode: 'snooze' | 'reschedule';
}

export const useReschedule = create<{ request: RescheduleRequest | null }>()(() => ({ request: null }));
export const openReschedule = (request: RescheduleRequest) => useReschedule.setState({ request });
export const closeReschedule = () => useReschedule.setState({ request: null });
