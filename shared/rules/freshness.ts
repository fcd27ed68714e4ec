// How much to trust a contact point (DESIGN §4 Freshness). A point verified recently is fresh;
// it ages, then goes stale; dead 2G numbers are obsolete; bounced or wrong ones are bad.
import type { Freshness, PointKind, PointStatus } from '../domain/enums.js';

export interface FreshnessSettings {
  agingAfterDays: number;
  staleAfterDays: number;
}

export const DEFAULT_FRESHNESS: FreshnessSettings = { agingAfterDays: 180, staleAfterDays: 365 };

const DAY_MS = 86_400_000;

export function pointFreshness(
  point: { status: PointStatus; verifiedAt: string | null },
  nowMs: number,
  s: FreshnessSettings = DEFAULT_FRESHNESS,
): Freshness {
  if (point.status === 'obsolete') return 'obsolete';
  if (point.status === 'bounced' || point.status === 'wrong') return 'bad';
  if (!point.verifiedAt) return 'unverified';
  const ageDays = (nowMs - new Date(point.verifiedAt).getTime()) / DAY_MS;
  if (ageDays < s.agingAfterDays) return 'fresh';
  if (ageDays < s.staleAfterDays) return 'aging';
  return 'stale';
}

/** Best first: a contact is as reachable as its best channel. */
const ORDER: Freshness[] = ['fresh', 'aging', 'stale', 'unverified', 'obsolete', 'bad'];
const REACHABLE_KINDS: ReadonlySet<PointKind> = new Set(['mobile', 'phone', 'email', 'messenger']);

export function contactFreshness(points: { kind: PointKind; freshness: Freshness }[]): Freshness {
  let best = ORDER.length - 1;
  let any = false;
  for (const p of points) {
    if (!REACHABLE_KINDS.has(p.kind)) continue;
    any = true;
    best = Math.min(best, ORDER.indexOf(p.freshness));
  }
  return any ? ORDER[best]! : 'unverified';
}

/** Fresh and aging points are worth nothing more; stale, unverified and obsolete ones need work. */
export const needsVerification = (f: Freshness): boolean => f === 'stale' || f === 'obsolete' || f === 'unverified';
