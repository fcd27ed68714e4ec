// Not too much (DESIGN §1, §4 Contact limits): at most N marketing touches per person per 30
// days, and no SMS/phone/messenger suggestion in the 21:00–08:00 quiet hours.
import type { FollowUpKind } from '../domain/enums.js';
import { TZDate } from '@date-fns/tz';
import { addDays, atLocalTime, daysBetween, localDate } from './time.js';

export const QUIET_START_HOUR = 21;
export const QUIET_END_HOUR = 8;
/** Where a suggestion that would fall in quiet hours moves to. */
export const MORNING_HOUR = 9;
export const MARKETING_WINDOW_DAYS = 30;
export const DEFAULT_MAX_MARKETING_PER_30_DAYS = 2;

/**
 * Follow-ups that carry an offer or an ask — what a customer experiences as marketing. Check-ins,
 * service dates (renewal, expiry, persistency) and complaint responses are service, not marketing.
 */
export const MARKETING_KINDS: ReadonlySet<FollowUpKind> = new Set(['referral-ask', 'birthday', 'date']);

export function localHour(instant: string, tz: string): number {
  return new TZDate(Date.parse(instant), tz).getHours();
}

export const isQuietHour = (hour: number): boolean => hour >= QUIET_START_HOUR || hour < QUIET_END_HOUR;

/**
 * Move an instant out of quiet hours. `later` (suggestions): to 09:00 that morning, or the next
 * morning when it is evening. `earlier` (deadlines such as a complaint's 24 hours): to 20:00 the
 * evening before, so the deadline is never pushed past its promise.
 */
export function avoidQuietHours(instant: string, tz: string, mode: 'later' | 'earlier' = 'later'): string {
  const hour = localHour(instant, tz);
  if (!isQuietHour(hour)) return instant;
  const day = localDate(instant, tz);
  if (mode === 'later') return atLocalTime(hour >= QUIET_START_HOUR ? addDays(day, 1) : day, MORNING_HOUR, 0, tz);
  return atLocalTime(hour >= QUIET_START_HOUR ? day : addDays(day, -1), QUIET_START_HOUR - 1, 0, tz);
}

/**
 * The first date on or after `wanted` on which one more marketing touch keeps every 30-day window
 * at or under `max`. `taken` are the dates of marketing follow-ups already done or planned.
 */
export function nextMarketingSlot(taken: string[], wanted: string, max: number, windowDays = MARKETING_WINDOW_DAYS): string {
  if (max <= 0) return addDays(wanted, 3650);
  let day = wanted;
  for (let guard = 0; guard < 3660; guard++) {
    const near = taken.filter((d) => Math.abs(daysBetween(d, day)) < windowDays).length;
    if (near < max) return day;
    day = addDays(day, 1);
  }
  return day;
}
