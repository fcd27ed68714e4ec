// Yearly and contract dates (DESIGN §4 Dates): birthdays 3 days ahead, renewals/expiries 60 and
// 30 days ahead, persistency check-ins in the 13th and 25th month after signing. Calendar dates
// only (YYYY-MM-DD); the caller turns a date into a due instant in the user's time zone.
import { addDays, isCalendarDate } from './time.js';

export const BIRTHDAY_LEAD_DAYS = 3;
export const DEAL_LEAD_DAYS = [60, 30] as const;
export const PERSISTENCY_MONTHS = [13, 25] as const;

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number): string => String(n).padStart(2, '0');

/** `date` plus `months` calendar months; a day the target month lacks becomes its last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ty = Math.floor(total / 12);
  const tm = (total % 12) + 1;
  return `${ty}-${pad(tm)}-${pad(Math.min(d, daysInMonth(ty, tm)))}`;
}

/** The birthday's month and day, from `YYYY-MM-DD` or yearless `--MM-DD`. */
function monthDay(birthday: string): [number, number] | null {
  const m = /^(?:\d{4}|-)-(\d{2})-(\d{2})$/.exec(birthday);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/** The birthday as celebrated in `year`: 29 February falls on 28 February in common years. */
export function birthdayIn(birthday: string, year: number): string | null {
  const md = monthDay(birthday);
  if (!md) return null;
  const [m, d] = md;
  const day = m === 2 && d === 29 && !isLeap(year) ? 28 : d;
  const out = `${year}-${pad(m)}-${pad(day)}`;
  return isCalendarDate(out) ? out : null;
}

/** The first celebration of the birthday on or after `from`. */
export function nextBirthday(birthday: string, from: string): string | null {
  const year = Number(from.slice(0, 4));
  const thisYear = birthdayIn(birthday, year);
  if (!thisYear) return null;
  return thisYear >= from ? thisYear : birthdayIn(birthday, year + 1);
}

export interface DateReminder {
  /** The event's date (the birthday, the renewal). */
  on: string;
  /** When to remind: `lead` days before, but never before `today` (a late reminder is due today). */
  remindOn: string;
}

/**
 * The next birthday reminder as of `today`, skipping an occurrence already handled (`after`:
 * the last celebration whose reminder was done or skipped).
 */
export function birthdayReminder(birthday: string, today: string, after?: string | null): DateReminder | null {
  let on = nextBirthday(birthday, today);
  if (on && after && on <= after) on = nextBirthday(birthday, addDays(after, 1));
  if (!on) return null;
  const lead = addDays(on, -BIRTHDAY_LEAD_DAYS);
  return { on, remindOn: lead < today ? today : lead };
}

export type DealMilestoneKind = 'renewal' | 'expiry' | 'persistency';

export interface DealMilestone {
  /** Stable per deal and target date: `renewal-60@2027-05-01`. Changing a date makes a new key. */
  key: string;
  kind: DealMilestoneKind;
  /** The contract date it is about (renewal/expiry date, or the signing date for persistency). */
  on: string;
  /** Days before the date (renewal/expiry), or the policy month (persistency). */
  lead: number;
  remindOn: string;
}

export interface DealDates {
  status: 'open' | 'won' | 'lost';
  signedOn: string | null;
  renewsOn: string | null;
  expiresOn: string | null;
}

/**
 * The reminders a deal should have open as of `today`. Only won deals (signed contracts) have
 * them. A reminder whose date has passed is still wanted while it is useful — until the next
 * reminder of its series takes over, or until the date itself — and is then due today; past
 * that it is dropped.
 */
export function dealMilestones(deal: DealDates, today: string): DealMilestone[] {
  if (deal.status !== 'won') return [];
  const out: DealMilestone[] = [];
  const ahead = (kind: 'renewal' | 'expiry', on: string | null) => {
    if (!on) return;
    DEAL_LEAD_DAYS.forEach((lead, i) => {
      const remindOn = addDays(on, -lead);
      const next = DEAL_LEAD_DAYS[i + 1];
      const usefulUntil = next !== undefined ? addDays(on, -next - 1) : on;
      if (usefulUntil < today) return;
      out.push({ key: `${kind}-${lead}@${on}`, kind, on, lead, remindOn: remindOn < today ? today : remindOn });
    });
  };
  ahead('renewal', deal.renewsOn);
  ahead('expiry', deal.expiresOn);
  if (deal.signedOn) {
    for (const month of PERSISTENCY_MONTHS) {
      // The Nth month after signing starts N-1 months after it and lasts one month.
      const start = addMonths(deal.signedOn, month - 1);
      const end = addDays(addMonths(deal.signedOn, month), -1);
      if (end < today) continue;
      out.push({ key: `persistency-${month}@${deal.signedOn}`, kind: 'persistency', on: deal.signedOn, lead: month, remindOn: start < today ? today : start });
    }
  }
  return out;
}
