// How often each stage is touched (DESIGN §4 Cadence) and when the next check-in falls due.
import type { Stage } from '../domain/enums.js';
import type { CadenceIntervals } from '../domain/types.js';
import { addDays, atLocalTime, localDate } from './time.js';

export const DEFAULT_CADENCE: CadenceIntervals = {
  prospect: 14, new: 30, active: 90, loyal: 60, dormant: 180, lost: null,
};

/** Check-ins come due at 09:00 local time: after the 21:00–08:00 quiet hours, at the start of a working day. */
export const DUE_HOUR = 9;

export interface CheckInDue {
  dueAt: string;
  dueDate: string;
  days: number;
}

/**
 * The next check-in after the last touch (or, with no touch yet, after the contact was added).
 * Null when the stage has no cadence (lost).
 */
export function nextCheckIn(baseAt: string, stage: Stage, cadence: CadenceIntervals, tz: string, skippedThrough?: string | null): CheckInDue | null {
  const interval = cadence[stage];
  if (interval == null || interval <= 0) return null;
  const base = localDate(baseAt, tz);
  let days = interval;
  // A skipped check-in does not restart the clock: the cadence keeps counting from the last
  // real touch, to the first step after the skipped date.
  while (skippedThrough && addDays(base, days) <= skippedThrough) days += interval;
  const dueDate = addDays(base, days);
  return { dueAt: atLocalTime(dueDate, DUE_HOUR, 0, tz), dueDate, days };
}
