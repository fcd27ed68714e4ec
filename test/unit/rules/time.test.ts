// Calendar arithmetic in the user's time zone (shared/rules/time.ts).
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TIME_ZONE, addDays, atLocalTime, daysBetween, isBirthday, isCalendarDate, isValidTimeZone, localDate,
} from '../../../shared/rules/time.js';

describe('time zone', () => {
  it('defaults to Asia/Seoul', () => {
    expect(DEFAULT_TIME_ZONE).toBe('Asia/Seoul');
  });
  it.each(['Asia/Seoul', 'UTC', 'America/New_York', 'Europe/London', 'Asia/Kolkata'])('%s is valid', (tz) => {
    expect(isValidTimeZone(tz)).toBe(true);
  });
  it.each(['Mars/Olympus', 'Seoul', 'not a zone', ''])('%j is not', (tz) => {
    expect(isValidTimeZone(tz)).toBe(false);
  });
});

describe('localDate', () => {
  it('is the calendar date in the given zone', () => {
    expect(localDate('2026-03-02T14:59:59.999Z', 'Asia/Seoul')).toBe('2026-03-02');
    expect(localDate('2026-03-02T15:00:00.000Z', 'Asia/Seoul')).toBe('2026-03-03');
    expect(localDate('2026-03-02T03:00:00Z', 'America/New_York')).toBe('2026-03-01');
    expect(localDate('2025-12-31T15:00:00Z', 'Asia/Seoul')).toBe('2026-01-01');
    expect(localDate('2025-12-31T15:00:00Z', 'UTC')).toBe('2025-12-31');
  });
  it('accepts ms and Date as well as ISO text', () => {
    const ms = Date.parse('2026-03-02T15:00:00Z');
    expect(localDate(ms, 'Asia/Seoul')).toBe('2026-03-03');
    expect(localDate(new Date(ms), 'Asia/Seoul')).toBe('2026-03-03');
  });
});

describe('atLocalTime', () => {
  it('is the UTC instant of a local wall-clock time', () => {
    expect(atLocalTime('2026-03-16', 9, 0, 'Asia/Seoul')).toBe('2026-03-16T00:00:00.000Z');
    expect(atLocalTime('2026-01-01', 0, 0, 'Asia/Seoul')).toBe('2025-12-31T15:00:00.000Z');
    expect(atLocalTime('2026-03-07', 9, 0, 'America/New_York')).toBe('2026-03-07T14:00:00.000Z');
    expect(atLocalTime('2026-03-09', 9, 0, 'America/New_York')).toBe('2026-03-09T13:00:00.000Z');
    expect(atLocalTime('2026-07-01', 9, 30, 'Europe/London')).toBe('2026-07-01T08:30:00.000Z');
  });
  it('rejects what is not a calendar date', () => {
    expect(() => atLocalTime('--03-16', 9, 0, 'Asia/Seoul')).toThrow(RangeError);
    expect(() => atLocalTime('2026/03/16', 9, 0, 'Asia/Seoul')).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-03-02', 14, '2026-03-16'],
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2023-03-01', -1, '2023-02-28'],
    ['2026-04-30', 1, '2026-05-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2026-03-08', 1, '2026-03-09'], // US DST change: calendar dates are unaffected
    ['2026-10-31', 0, '2026-10-31'],
    ['2000-02-28', 1, '2000-02-29'], // divisible by 400: leap
    ['2100-02-28', 1, '2100-03-01'], // divisible by 100 only: not leap
  ])('%s %+i → %s', (d, n, out) => {
    expect(addDays(d, n)).toBe(out);
  });
  it('throws on a non-date', () => {
    expect(() => addDays('2026-3-2', 1)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-03-02', '2026-03-16', 14],
    ['2026-03-16', '2026-03-02', -14],
    ['2026-03-02', '2026-03-02', 0],
    ['2024-01-01', '2025-01-01', 366],
    ['2025-01-01', '2026-01-01', 365],
    ['2024-02-28', '2024-03-01', 2],
    ['2023-02-28', '2023-03-01', 1],
    ['2026-03-07', '2026-03-09', 2],
  ])('%s → %s = %i', (a, b, n) => {
    expect(daysBetween(a, b)).toBe(n);
  });
  it('is the inverse of addDays', () => {
    for (const n of [-400, -31, -1, 0, 1, 28, 29, 365, 1000]) expect(daysBetween('2024-02-29', addDays('2024-02-29', n))).toBe(n);
  });
});

describe('isCalendarDate', () => {
  it.each(['2026-03-02', '2024-02-29', '2000-02-29', '2026-12-31', '2026-01-01'])('%s is a date', (s) => {
    expect(isCalendarDate(s)).toBe(true);
  });
  it.each(['2023-02-29', '2100-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '26-01-01', '2026-1-1', '2026/01/01', '--03-02', '', '2026-01-01T00:00:00Z', ' 2026-01-01'])(
    '%j is not',
    (s) => {
      expect(isCalendarDate(s)).toBe(false);
    },
  );
});

describe('isBirthday', () => {
  it.each(['1980-05-02', '--05-02', '--02-29', '--12-31', '--01-01', '1984-02-29'])('%s is a birthday', (s) => {
    expect(isBirthday(s)).toBe(true);
  });
  it.each(['2023-02-29', '--02-30', '--13-01', '--00-10', '--04-31', '--5-2', '---05-02', '--05-02-1980', '05-02', '', 'May 2'])('%j is not', (s) => {
    expect(isBirthday(s)).toBe(false);
  });
});
