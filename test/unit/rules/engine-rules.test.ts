import { describe, expect, it } from 'vitest';
import { avoidQuietHours, isQuietHour, localHour, nextMarketingSlot } from '../../../shared/rules/limits.js';
import { lifecycleSuggestion } from '../../../shared/rules/lifecycle.js';
import { referralEligibility } from '../../../shared/rules/referral.js';
import { nextCheckIn, DEFAULT_CADENCE } from '../../../shared/rules/cadence.js';

const SEOUL = 'Asia/Seoul';

describe('quiet hours (21:00–08:00 local)', () => {
  it('knows the quiet hours', () => {
    expect([20, 21, 23, 0, 7, 8].map(isQuietHour)).toEqual([false, true, true, true, true, false]);
  });
  it('moves a suggestion to 09:00: the same morning after midnight, the next morning in the evening', () => {
    expect(avoidQuietHours('2026-03-02T13:30:00.000Z', SEOUL)).toBe('2026-03-03T00:00:00.000Z'); // 22:30 Seoul → 09:00 next day
    expect(avoidQuietHours('2026-03-02T15:30:00.000Z', SEOUL)).toBe('2026-03-03T00:00:00.000Z'); // 00:30 Seoul → 09:00 same day
    expect(avoidQuietHours('2026-03-02T22:59:00.000Z', SEOUL)).toBe('2026-03-03T00:00:00.000Z'); // 07:59 Seoul
    expect(avoidQuietHours('2026-03-02T23:00:00.000Z', SEOUL)).toBe('2026-03-02T23:00:00.000Z'); // 08:00 Seoul is fine
    expect(avoidQuietHours('2026-03-02T11:59:00.000Z', SEOUL)).toBe('2026-03-02T11:59:00.000Z'); // 20:59 Seoul
  });
  it('moves a deadline earlier, to 20:00 the evening before', () => {
    expect(avoidQuietHours('2026-03-02T13:30:00.000Z', SEOUL, 'earlier')).toBe('2026-03-02T11:00:00.000Z');
    expect(avoidQuietHours('2026-03-02T18:00:00.000Z', SEOUL, 'earlier')).toBe('2026-03-02T11:00:00.000Z'); // 03:00 on the 3rd
    expect(localHour('2026-03-02T11:00:00.000Z', SEOUL)).toBe(20);
  });
});

describe('marketing limit (N per 30 days)', () => {
  it('takes the wanted date when the window has room', () => {
    expect(nextMarketingSlot([], '2026-03-10', 2)).toBe('2026-03-10');
    expect(nextMarketingSlot(['2026-03-01'], '2026-03-10', 2)).toBe('2026-03-10');
  });
  it('moves past the window when it is full', () => {
    expect(nextMarketingSlot(['2026-03-01', '2026-03-05'], '2026-03-10', 2)).toBe('2026-03-31');
    expect(nextMarketingSlot(['2026-03-01'], '2026-03-10', 1)).toBe('2026-03-31');
  });
});

describe('referral eligibility', () => {
  const base = { stage: 'new' as const, lastPositiveOn: null, lastWonOn: '2026-03-01', lastAskOn: null, openComplaint: false };
  it('eligible after a won deal within 30 days', () => {
    expect(referralEligibility(base, '2026-03-10')).toEqual({ eligible: true, trigger: 'won-deal', since: '2026-03-01' });
    expect(referralEligibility(base, '2026-03-30')).toMatchObject({ eligible: true });
    expect(referralEligibility(base, '2026-03-31')).toEqual({ eligible: false, block: 'not-warm' });
  });
  it('the more recent milestone is named', () => {
    expect(referralEligibility({ ...base, lastPositiveOn: '2026-03-05' }, '2026-03-10')).toEqual({ eligible: true, trigger: 'positive-touch', since: '2026-03-05' });
  });
  it('blocked: prospect, dormant/lost, open complaint, asked within 90 days', () => {
    expect(referralEligibility({ ...base, stage: 'prospect' }, '2026-03-10')).toEqual({ eligible: false, block: 'stage' });
    expect(referralEligibility({ ...base, stage: 'dormant' }, '2026-03-10')).toEqual({ eligible: false, block: 'dormant' });
    expect(referralEligibility({ ...base, stage: 'lost' }, '2026-03-10')).toEqual({ eligible: false, block: 'dormant' });
    expect(referralEligibility({ ...base, openComplaint: true }, '2026-03-10')).toEqual({ eligible: false, block: 'complaint' });
    // The complaint is named whatever else holds the ask (it is what the user must act on).
    expect(referralEligibility({ ...base, stage: 'prospect', openComplaint: true }, '2026-03-10')).toEqual({ eligible: false, block: 'complaint' });
    expect(referralEligibility({ ...base, stage: 'dormant', openComplaint: true }, '2026-03-10')).toEqual({ eligible: false, block: 'complaint' });
    expect(referralEligibility({ ...base, lastAskOn: '2025-12-11' }, '2026-03-10')).toEqual({ eligible: false, block: 'asked-recently' });
    expect(referralEligibility({ ...base, lastAskOn: '2025-12-10' }, '2026-03-10')).toMatchObject({ eligible: true });
  });
});

describe('lifecycle suggestions', () => {
  const f = { stage: 'new' as const, firstWonOn: '2026-01-01', wonCount: 1, referralsGiven: 0, lastTouchOn: '2026-03-01' };
  it('new → active 90 days after the first win, or at a second win', () => {
    expect(lifecycleSuggestion(f, '2026-03-31')).toBeNull();
    expect(lifecycleSuggestion(f, '2026-04-01')).toEqual({ to: 'active', rule: 'settled', days: 90 });
    expect(lifecycleSuggestion({ ...f, wonCount: 2 }, '2026-01-10')).toEqual({ to: 'active', rule: 'second-win' });
  });
  it('→ loyal after a referral or 3 years (a leap-day customer counts from 28 Feb)', () => {
    expect(lifecycleSuggestion({ ...f, stage: 'active', referralsGiven: 1 }, '2026-03-02')).toEqual({ to: 'loyal', rule: 'gave-referral' });
    const leap = { ...f, stage: 'active' as const, firstWonOn: '2024-02-29', lastTouchOn: '2027-02-01' };
    expect(lifecycleSuggestion(leap, '2027-02-27')).toBeNull();
    expect(lifecycleSuggestion(leap, '2027-02-28')).toMatchObject({ to: 'loyal', rule: 'long-tenure' });
  });
  it('→ dormant after 365 days without a touch (setting), never for lost or dormant', () => {
    expect(lifecycleSuggestion({ ...f, lastTouchOn: '2025-03-01' }, '2026-03-01')).toEqual({ to: 'dormant', rule: 'no-touch', days: 365 });
    expect(lifecycleSuggestion({ ...f, lastTouchOn: '2025-03-02' }, '2026-03-01')).toBeNull();
    expect(lifecycleSuggestion({ ...f, lastTouchOn: '2025-09-01' }, '2026-03-01', 180)).toMatchObject({ to: 'dormant' });
    expect(lifecycleSuggestion({ ...f, stage: 'lost', lastTouchOn: '2020-01-01' }, '2026-03-01')).toBeNull();
    expect(lifecycleSuggestion({ ...f, stage: 'dormant', lastTouchOn: '2020-01-01' }, '2026-03-01')).toBeNull();
  });
  it('a prospect with a won deal is suggested new', () => {
    expect(lifecycleSuggestion({ ...f, stage: 'prospect' }, '2026-03-01')).toEqual({ to: 'new', rule: 'first-win' });
    expect(lifecycleSuggestion({ ...f, stage: 'prospect', wonCount: 0, firstWonOn: null }, '2026-03-01')).toBeNull();
  });
});

describe('cadence after a skipped check-in', () => {
  it('continues from the last real touch, stepping past the skipped date', () => {
    const touch = '2026-03-02T01:00:00.000Z';
    expect(nextCheckIn(touch, 'prospect', DEFAULT_CADENCE, SEOUL)!.dueDate).toBe('2026-03-16');
    expect(nextCheckIn(touch, 'prospect', DEFAULT_CADENCE, SEOUL, '2026-03-16')).toMatchObject({ dueDate: '2026-03-30', days: 28 });
    expect(nextCheckIn(touch, 'prospect', DEFAULT_CADENCE, SEOUL, '2026-03-30')!.dueDate).toBe('2026-04-13');
  });
});
