// Dates as people read them, in the user's language and time zone. Instants (UTC ISO strings)
// are shown in the settings' time zone; calendar dates (`YYYY-MM-DD`, `--MM-DD`) are shown as
// they are, never shifted.
import { TZDate } from '@date-fns/tz';
import { format, formatDistance, formatDistanceStrict } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { ko } from 'date-fns/locale/ko';
import type { Locale } from '../../../shared/domain/enums';
import { daysBetween, localDate } from '../../../shared/rules/time';

const DF_LOCALES = { ko, en: enUS } as const;

const PATTERNS = {
  ko: { day: 'M월 d일 (EEE)', dayYear: 'yyyy년 M월 d일', monthDay: 'M월 d일', time: 'a h:mm', long: 'yyyy년 M월 d일 EEEE' },
  en: { day: 'EEE, MMM d', dayYear: 'MMM d, yyyy', monthDay: 'MMMM d', time: 'h:mm a', long: 'EEEE, MMMM d, yyyy' },
} as const;

function parseCalendar(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y!, (m ?? 1) - 1, d ?? 1);
}

export interface Formatters {
  /** `Mar 5` / `3월 5일 (수)`, with the year when it is not the current one. */
  date(calendarDate: string): string;
  /** Full date for headings: `Wednesday, March 5, 2025`. */
  longDate(calendarDate: string): string;
  /** An instant's local date (and time) in the user's time zone. */
  instant(iso: string, withTime?: boolean): string;
  /** A birthday; yearless ones (`--MM-DD`) show month and day only. */
  birthday(b: string): { text: string; noYear: boolean };
  /** `3 months ago` / `3개월 전`. */
  ago(iso: string): string;
  /** Calendar days from today to a date (negative: in the past). */
  daysFromToday(calendarDate: string): number;
  today(): string;
  /** Now, on the backend's clock. */
  now(): number;
  /** An instant's calendar date in the user's time zone. */
  dateOf(iso: string): string;
  /** `2025-03-05T14:30` in the user's time zone, for `<input type="datetime-local">`. */
  toLocalInput(iso: string): string;
  /** The reverse: a local wall-clock value in the user's time zone → UTC ISO. */
  fromLocalInput(value: string): string | null;
}

export function createFormatters(locale: Locale, tz: string, now: () => number): Formatters {
  const p = PATTERNS[locale];
  const opts = { locale: DF_LOCALES[locale] };
  // Today's date, worked out again only when the minute changes (time zones move calendar days
  // at whole minutes): Today's rows ask for it several times each, and every answer costs an Intl
  // time-zone lookup (issue 7).
  let todayAt = { minute: NaN, date: '' };
  const today = () => {
    const minute = Math.floor(now() / 60_000);
    if (minute !== todayAt.minute) todayAt = { minute, date: localDate(minute * 60_000, tz) };
    return todayAt.date;
  };
  const thisYear = () => today().slice(0, 4);
  // A list shows the same dates and due times over and over (Today: every row's date and its
  // tooltip); each costs a date-fns format and an Intl time-zone lookup, so answers are kept.
  // They depend on the current year too (it decides whether the year is written).
  const kept = new Map<string, string>();
  const keep = (key: string, make: () => string): string => {
    const k = `${thisYear()} ${key}`;
    let v = kept.get(k);
    if (v === undefined) {
      if (kept.size >= 2000) kept.clear();
      v = make();
      kept.set(k, v);
    }
    return v;
  };

  return {
    date: (d) => keep(`d ${d}`, () => format(parseCalendar(d), d.startsWith(thisYear()) ? p.day : p.dayYear, opts)),
    longDate: (d) => format(parseCalendar(d), p.long, opts),
    instant: (iso, withTime = false) => keep(`i${withTime ? 't' : ''} ${iso}`, () => {
      const local = new TZDate(new Date(iso).getTime(), tz);
      const datePart = format(local, String(local.getFullYear()) === thisYear() ? p.day : p.dayYear, opts);
      return withTime ? `${datePart} ${format(local, p.time, opts)}` : datePart;
    }),
    birthday(b) {
      if (b.startsWith('--')) return { text: format(parseCalendar(`2000${b.slice(1)}`), p.monthDay, opts), noYear: true };
      return { text: format(parseCalendar(b), p.dayYear, opts), noYear: false };
    },
    ago(iso) {
      const then = new Date(iso);
      const at = new Date(now());
      // Under a minute reads "less than a minute ago", not "0 seconds ago".
      if (Math.abs(at.getTime() - then.getTime()) < 60_000) return formatDistance(then, at, { ...opts, addSuffix: true });
      return formatDistanceStrict(then, at, { ...opts, addSuffix: true, roundingMethod: 'floor' });
    },
    daysFromToday: (d) => daysBetween(today(), d),
    today,
    now,
    dateOf: (iso) => localDate(iso, tz),
    toLocalInput(iso) {
      const local = new TZDate(new Date(iso).getTime(), tz);
      return format(local, "yyyy-MM-dd'T'HH:mm");
    },
    fromLocalInput(value) {
      const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
      if (!m) return null;
      const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
      return new Date(new TZDate(y, mo - 1, d, h, mi, 0, tz).getTime()).toISOString();
    },
  };
}
