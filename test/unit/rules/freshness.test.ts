// Freshness (DESIGN §4): fresh < agingAfterDays (180) ≤ aging < staleAfterDays (365) ≤ stale;
// obsolete and bad override any date; a contact is as fresh as its best reachable point.
import { describe, expect, it } from 'vitest';
import type { Freshness, PointKind } from '../../../shared/domain/enums.js';
import { DEFAULT_FRESHNESS, contactFreshness, needsVerification, pointFreshness } from '../../../shared/rules/freshness.js';

const DAY = 86_400_000;
const NOW = Date.parse('2026-03-02T01:00:00.000Z');
const ago = (days: number, extraMs = 0) => new Date(NOW - days * DAY - extraMs).toISOString();
const verified = (verifiedAt: string | null) => ({ status: 'verified' as const, verifiedAt });

describe('pointFreshness', () => {
  it('defaults to aging after 180 days and stale after 365', () => {
    expect(DEFAULT_FRESHNESS).toEqual({ agingAfterDays: 180, staleAfterDays: 365 });
  });

  it.each([
    [0, 'fresh'],
    [1, 'fresh'],
    [179, 'fresh'],
    [180, 'aging'],
    [181, 'aging'],
    [364, 'aging'],
    [365, 'stale'],
    [366, 'stale'],
    [3650, 'stale'],
  ] as const)('verified %i days ago → %s', (days, expected) => {
    expect(pointFreshness(verified(ago(days)), NOW)).toBe(expected);
  });

  it('the boundaries are exact to the millisecond', () => {
    expect(pointFreshness(verified(ago(180, -1)), NOW)).toBe('fresh'); // 1 ms short of 180 days
    expect(pointFreshness(verified(ago(180)), NOW)).toBe('aging');
    expect(pointFreshness(verified(ago(365, -1)), NOW)).toBe('aging');
    expect(pointFreshness(verified(ago(365)), NOW)).toBe('stale');
  });

  it('verified "in the future" (clock skew) counts as fresh', () => {
    expect(pointFreshness(verified(new Date(NOW + DAY).toISOString()), NOW)).toBe('fresh');
  });

  it('follows custom settings', () => {
    const s = { agingAfterDays: 30, staleAfterDays: 90 };
    expect(pointFreshness(verified(ago(29)), NOW, s)).toBe('fresh');
    expect(pointFreshness(verified(ago(30)), NOW, s)).toBe('aging');
    expect(pointFreshness(verified(ago(89)), NOW, s)).toBe('aging');
    expect(pointFreshness(verified(ago(90)), NOW, s)).toBe('stale');
  });

  it('obsolete wins over any verification date', () => {
    expect(pointFreshness({ status: 'obsolete', verifiedAt: ago(1) }, NOW)).toBe('obsolete');
    expect(pointFreshness({ status: 'obsolete', verifiedAt: null }, NOW)).toBe('obsolete');
  });

  it('bounced and wrong are bad, whatever the date', () => {
    expect(pointFreshness({ status: 'bounced', verifiedAt: ago(1) }, NOW)).toBe('bad');
    expect(pointFreshness({ status: 'wrong', verifiedAt: null }, NOW)).toBe('bad');
  });

  it('never verified → unverified', () => {
    expect(pointFreshness({ status: 'unverified', verifiedAt: null }, NOW)).toBe('unverified');
    expect(pointFreshness({ status: 'verified', verifiedAt: null }, NOW)).toBe('unverified');
  });
});

describe('contactFreshness', () => {
  const pt = (kind: PointKind, freshness: Freshness) => ({ kind, freshness });

  it('is the best reachable point', () => {
    expect(contactFreshness([pt('mobile', 'stale'), pt('email', 'fresh')])).toBe('fresh');
    expect(contactFreshness([pt('mobile', 'obsolete'), pt('email', 'aging')])).toBe('aging');
    expect(contactFreshness([pt('mobile', 'obsolete'), pt('phone', 'unverified')])).toBe('unverified');
    expect(contactFreshness([pt('mobile', 'stale'), pt('phone', 'unverified')])).toBe('stale');
    expect(contactFreshness([pt('mobile', 'bad'), pt('email', 'obsolete')])).toBe('obsolete');
    expect(contactFreshness([pt('messenger', 'fresh'), pt('mobile', 'stale')])).toBe('fresh');
  });

  it('ignores addresses and websites (they cannot reach anyone quickly)', () => {
    expect(contactFreshness([pt('address', 'fresh'), pt('mobile', 'stale')])).toBe('stale');
    expect(contactFreshness([pt('url', 'fresh'), pt('email', 'obsolete')])).toBe('obsolete');
    expect(contactFreshness([pt('address', 'fresh')])).toBe('unverified');
  });

  it('no points → unverified; only dead points → obsolete or bad', () => {
    expect(contactFreshness([])).toBe('unverified');
    expect(contactFreshness([pt('mobile', 'obsolete'), pt('mobile', 'obsolete')])).toBe('obsolete');
    expect(contactFreshness([pt('email', 'bad')])).toBe('bad');
  });
});

describe('needsVerification', () => {
  it.each([
    ['fresh', false], ['aging', false], ['stale', true], ['unverified', true], ['obsolete', true], ['bad', false],
  ] as const)('%s → %s', (f, expected) => {
    expect(needsVerification(f)).toBe(expected);
  });
});
