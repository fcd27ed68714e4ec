// Calendar arithmetic in the user's time zone. "Today", due dates and quiet hours are local;
// storage is UTC. Calendar dates are plain `YYYY-MM-DD` strings and are added in UTC so no
// daylight-saving shift can move them.
import { TZDate } from '@date-fns/tz';

export const DEFAULT_TIME_ZONE = 'Asia/Seoul';
const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The local calendar date of an instant. */
export function localDate(instant: string | number | Date, tz: string): string {
  const ms = typeof instant === 'number' ? instant : new Date(instant).getTime();
  const d = new TZDate(ms, tz);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The UTC instant of a local wall-clock time on a calendar date. */
export function atLocalTime(date: string, hour: number, minute: number, tz: string): string {
  const [y, m, d] = parseDate(date);
  return new Date(new TZDate(y, m - 1, d, hour, minute, 0, tz).getTime()).toISOString();
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = parseDate(date);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  const [ya, ma, da] = parseDate(a);
  const [yb, mb, db] = parseDate(b);
  return Math.round((Date.UTC(yb, mb - 1, db) - Date.UTC(ya, ma - 1, da)) / DAY_MS);
}

export function isCalendarDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** A birthday is `YYYY-MM-DD` or yearless `--MM-DD` (29 February allowed without a year). */
export function isBirthday(s: string): boolean {
  if (s.startsWith('--')) {
    const m = /^--(\d{2})-(\d{2})$/.exec(s);
    if (!m) return false;
    return isCalendarDate(`2000-${m[1]}-${m[2]}`); // 2000 is a leap year
  }
  return isCalendarDate(s);
}

function parseDate(date: string): [number, number, number] {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`Not a calendar date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const pad = (n: number) => String(n).padStart(2, '0');
