import { describe, expect, it } from 'vitest';
import { addMonths, birthdayIn, birthdayReminder, dealMilestones, nextBirthday } from '../../../shared/rules/dates.js';

describe('addMonths', () => {
  it('clamps to the last day of shorter months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-05-10', 24)).toBe('2028-05-10');
  });
});

describe('birthdays', () => {
  it('29 February is celebrated on 28 February in common years, on the 29th in leap years', () => {
    expect(birthdayIn('--02-29', 2027)).toBe('2027-02-28');
    expect(birthdayIn('1992-02-29', 2028)).toBe('2028-02-29');
    expect(birthdayIn('2000-02-29', 2100)).toBe('2100-02-28'); // 2100 is not a leap year
  });
  it('next birthday on or after a date, yearless or not, across the year end', () => {
    expect(nextBirthday('--05-02', '2026-03-01')).toBe('2026-05-02');
    expect(nextBirthday('1980-05-02', '2026-05-02')).toBe('2026-05-02');
    expect(nextBirthday('1980-05-02', '2026-05-03')).toBe('2027-05-02');
    expect(nextBirthday('--01-01', '2026-12-31')).toBe('2027-01-01');
    expect(nextBirthday('--02-29', '2027-03-01')).toBe('2028-02-29');
    expect(nextBirthday('nonsense', '2026-03-01')).toBeNull();
  });
  it('reminds 3 days before; a late reminder is due today; a handled year moves on', () => {
    expect(birthdayReminder('--05-02', '2026-03-01')).toEqual({ on: '2026-05-02', remindOn: '2026-04-29' });
    expect(birthdayReminder('--05-02', '2026-05-01')).toEqual({ on: '2026-05-02', remindOn: '2026-05-01' });
    expect(birthdayReminder('--05-02', '2026-05-01', '2026-05-02')).toEqual({ on: '2027-05-02', remindOn: '2027-04-29' });
    expect(birthdayReminder('--01-02', '2026-12-28')).toEqual({ on: '2027-01-02', remindOn: '2026-12-30' });
    expect(birthdayReminder('--03-01', '2028-02-20')).toEqual({ on: '2028-03-01', remindOn: '2028-02-27' });
    expect(birthdayReminder('--03-02', '2027-02-20')).toEqual({ on: '2027-03-02', remindOn: '2027-02-27' });
    expect(birthdayReminder('--02-29', '2027-01-01')).toEqual({ on: '2027-02-28', remindOn: '2027-02-25' });
  });
});

describe('dealMilestones', () => {
  const won = { status: 'won' as const, signedOn: '2026-01-31', renewsOn: '2027-01-31', expiresOn: null };
  it('none for open or lost deals', () => {
    expect(dealMilestones({ ...won, status: 'open' }, '2026-02-01')).toEqual([]);
    expect(dealMilestones({ ...won, status: 'lost' }, '2026-02-01')).toEqual([]);
  });
  it('renewal 60 and 30 days ahead; persistency at the start of months 13 and 25 (month ends clamped)', () => {
    const m = dealMilestones(won, '2026-02-01');
    expect(m.map((x) => [x.key, x.remindOn])).toEqual([
      ['renewal-60@2027-01-31', '2026-12-02'],
      ['renewal-30@2027-01-31', '2027-01-01'],
      ['persistency-13@2026-01-31', '2027-01-31'],
      ['persistency-25@2026-01-31', '2028-01-31'],
    ]);
  });
  it('a leap-day signing: month 13 starts on 28 February', () => {
    const m = dealMilestones({ status: 'won', signedOn: '2024-02-29', renewsOn: null, expiresOn: null }, '2024-03-01');
    expect(m.map((x) => x.remindOn)).toEqual(['2025-02-28', '2026-02-28']);
  });
  it('a reminder already passed is due today while useful, then dropped', () => {
    const d = { status: 'won' as const, signedOn: null, renewsOn: null, expiresOn: '2026-06-30' };
    expect(dealMilestones(d, '2026-05-15').map((x) => [x.key, x.remindOn])).toEqual([
      ['expiry-60@2026-06-30', '2026-05-15'], ['expiry-30@2026-06-30', '2026-05-31'],
    ]);
    // Within 30 days the 60-day reminder has been taken over by the 30-day one.
    expect(dealMilestones(d, '2026-06-10').map((x) => [x.key, x.remindOn])).toEqual([['expiry-30@2026-06-30', '2026-06-10']]);
    expect(dealMilestones(d, '2026-07-01')).toEqual([]);
  });
  it('persistency in the 13th month only while that month lasts', () => {
    const d = { status: 'won' as const, signedOn: '2025-01-10', renewsOn: null, expiresOn: null };
    expect(dealMilestones(d, '2026-01-20').map((x) => [x.key, x.remindOn])[0]).toEqual(['persistency-13@2025-01-10', '2026-01-20']);
    expect(dealMilestones(d, '2026-02-10').map((x) => x.key)).toEqual(['persistency-25@2025-01-10']);
  });
});
