// The daily digest (issue 4): once a day, at a time the user picks (default 08:30 local), a
// desktop notification "N people to contact today, M overdue". Its next fire time is computed in
// the user's time zone, so it is right in Seoul (no DST) and in zones that have DST alike.
import { addDays, atLocalTime, localDate } from './time.js';

export const DEFAULT_DIGEST_TIME = '08:30';
export const DIGEST_TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const isDigestTime = (s: string): boolean => DIGEST_TIME_RE.test(s);

/**
 * The next instant strictly after `nowMs` at which the local clock in `tz` shows `time` (HH:MM).
 * On a day when that wall time does not exist (a DST gap) it fires at the shifted instant the
 * zone gives; on a day when it exists twice, at the first.
 */
export function nextDigestAt(nowMs: number, time: string, tz: string): string {
  const m = DIGEST_TIME_RE.exec(time);
  if (!m) throw new RangeError(`Not a time HH:MM: ${time}`);
  const [h, min] = [Number(m[1]), Number(m[2])];
  const today = localDate(nowMs, tz);
  // Yesterday too: far east of UTC, "today" in the zone may already be past the fire time.
  for (const day of [addDays(today, -1), today, addDays(today, 1), addDays(today, 2)]) {
    const at = atLocalTime(day, h, min, tz);
    if (Date.parse(at) > nowMs) return at;
  }
  /* c8 ignore next */
  return atLocalTime(addDays(today, 2), h, min, tz);
}
