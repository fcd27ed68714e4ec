// Cadence (DESIGN §4): next check-in = local date of the last touch + the stage's interval,
// due at 09:00 local time; lost has no cadence.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CADENCE, DUE_HOUR, nextCheckIn } from '../../../shared/rules/cadence.js';

const SEOUL = 'Asia/Seoul';
// 2026-03-02 10:00 in Seoul.
const BASE = '2026-03-02T01:00:00.000Z';

describe('DEFAULT_CADENCE', () => {
  it('matches DESIGN §4', () => {
    expect(DEFAULT_CADENCE).toEqual({ prospect: 14, new: 30, active: 90, loyal: 60, dormant: 180, lost: null });
    expect(DUE_HOUR).toBe(9);
  });
});

describe('nextCheckIn in Asia/Seoul', () => {
  it.each([
    ['prospect', 14, '2026-03-16'],
    ['new', 30, '2026-04-01'],
    ['active', 90, '2026-05-31'],
    ['loyal', 60, '2026-05-01'],
    ['dormant', 180, '2026-08-29'],
  ] as const)('%s: +%i days → %s 09:00 KST', (stage, days, dueDate) => {
    const due = nextCheckIn(BASE, stage, DEFAULT_CADENCE, SEOUL);
    expect(due).toEqual({ dueAt: `${dueDate}T00:00:00.000Z`, dueDate, days });
  });

  it('lost → null (no check-ins)', () => {
    expect(nextCheckIn(BASE, 'lost', DEFAULT_CADENCE, SEOUL)).toBeNull();
  });

  it('a touch at 23:30 Seoul (14:30 UTC) counts on that Seoul date', () => {
    const due = nextCheckIn('2026-03-02T14:30:00.000Z', 'prospect', DEFAULT_CADENCE, SEOUL);
    expect(due?.dueDate).toBe('2026-03-16');
    expect(due?.dueAt).toBe('2026-03-16T00:00:00.000Z');
  });

  it('a touch at 00:30 Seoul (15:30 UTC the day before) counts on the next Seoul date', () => {
    const due = nextCheckIn('2026-03-02T15:30:00.000Z', 'prospect', DEFAULT_CADENCE, SEOUL);
    expect(due?.dueDate).toBe('2026-03-17');
    expect(due?.dueAt).toBe('2026-03-17T00:00:00.000Z');
  });

  it('the exact Seoul midnight (15:00:00.000 UTC) belongs to the new day', () => {
    expect(nextCheckIn('2026-03-02T14:59:59.999Z', 'prospect', DEFAULT_CADENCE, SEOUL)?.dueDate).toBe('2026-03-16');
    expect(nextCheckIn('2026-03-02T15:00:00.000Z', 'prospect', DEFAULT_CADENCE, SEOUL)?.dueDate).toBe('2026-03-17');
  });

  it('crosses month ends, year ends and 29 February', () => {
    expect(nextCheckIn('2026-01-20T03:00:00Z', 'prospect', DEFAULT_CADENCE, SEOUL)?.dueDate).toBe('2026-02-03');
    expect(nextCheckIn('2026-12-25T03:00:00Z', 'prospect', DEFAULT_CADENCE, SEOUL)?.dueDate).toBe('2027-01-08');
    expect(nextCheckIn('2028-02-15T03:00:00Z', 'prospect', DEFAULT_CADENCE, SEOUL)?.dueDate).toBe('2028-02-29');
    expect(nextCheckIn('2027-02-15T03:00:00Z', 'prospect', DEFAULT_CADENCE, SEOUL)?.dueDate).toBe('2027-03-01');
  });

  it('follows a custom cadence; 0 or null means none', () => {
    const cadence = { ...DEFAULT_CADENCE, prospect: 7, lost: 365, dormant: null, active: 0 };
    expect(nextCheckIn(BASE, 'prospect', cadence, SEOUL)?.dueDate).toBe('2026-03-09');
    expect(nextCheckIn(BASE, 'lost', cadence, SEOUL)?.dueDate).toBe('2027-03-02');
    expect(nextCheckIn(BASE, 'dormant', cadence, SEOUL)).toBeNull();
    expect(nextCheckIn(BASE, 'active', cadence, SEOUL)).toBeNull();
  });
});

describe('nextCheckIn in other time zones', () => {
  it('America/New_York: the local date of the touch, 09:00 local (EST before, EDT after 8 March 2026)', () => {
    // 2026-02-01 10:00 EST → 2026-02-15 09:00 EST = 14:00 UTC
    expect(nextCheckIn('2026-02-01T15:00:00Z', 'prospect', DEFAULT_CADENCE, 'America/New_York'))
      .toEqual({ dueAt: '2026-02-15T14:00:00.000Z', dueDate: '2026-02-15', days: 14 });
    // 2026-03-01 10:00 EST → 2026-03-15 09:00 EDT = 13:00 UTC (DST began on 8 March)
    expect(nextCheckIn('2026-03-01T15:00:00Z', 'prospect', DEFAULT_CADENCE, 'America/New_York'))
      .toEqual({ dueAt: '2026-03-15T13:00:00.000Z', dueDate: '2026-03-15', days: 14 });
  });

  it('the same instant is a different local date in New York and Seoul', () => {
    // 2026-03-02T03:00Z is 12:00 on 2 March in Seoul but 22:00 on 1 March in New York.
    expect(nextCheckIn('2026-03-02T03:00:00Z', 'prospect', DEFAULT_CADENCE, 'America/New_York')?.dueDate).toBe('2026-03-15');
    expect(nextCheckIn('2026-03-02T03:00:00Z', 'prospect', DEFAULT_CADENCE, SEOUL)?.dueDate).toBe('2026-03-16');
  });

  it('UTC and a half-hour zone (Asia/Kolkata)', () => {
    expect(nextCheckIn(BASE, 'prospect', DEFAULT_CADENCE, 'UTC')?.dueAt).toBe('2026-03-16T09:00:00.000Z');
    expect(nextCheckIn(BASE, 'prospect', DEFAULT_CADENCE, 'Asia/Kolkata')?.dueAt).toBe('2026-03-16T03:30:00.000Z');
  });
});
