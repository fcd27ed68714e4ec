// Verification follow-ups (DESIGN §1 "Data goes stale", §4 Freshness). A stale or obsolete
// phone/e-mail gets one verification task per person, with a channel that can actually reach
// them and what to offer: a dead 017 number is asked about by e-mail; a stale e-mail is proved by
// a short note whose reply verifies it. Verification is service, not marketing.
import type { PointKind, PointStatus } from '../domain/enums.js';
import { analyzePhone } from './phone.js';
import { DEFAULT_FRESHNESS, pointFreshness, type FreshnessSettings } from './freshness.js';

export interface VerifiablePoint {
  id: string;
  kind: PointKind;
  value: string;
  normalized: string;
  status: PointStatus;
  verifiedAt: string | null;
}

/**
 * A book imported from an old phone may hold thousands of dead 017 numbers; Today must not drown
 * in them. The daily pass creates at most this many a day (setting), the oldest problems first.
 */
export const DEFAULT_VERIFICATIONS_PER_DAY = 10;

export type VerificationVia = 'sms' | 'email' | 'phone' | 'messenger' | 'meeting';
export type VerificationOffer = 'ask-new-number' | 'ask-new-email' | 'confirm-reply';

export interface VerificationPlan {
  point: VerifiablePoint;
  problem: 'obsolete' | 'stale';
  /** The dead prefix (011, 016, 017, 018, 019) of an obsolete number. */
  prefix: string | null;
  via: VerificationVia;
  offer: VerificationOffer;
  /** Distinguishes one problem from the next: re-verifying the point makes a new one. */
  key: string;
}

const REACHABLE: readonly PointKind[] = ['mobile', 'phone', 'email', 'messenger'];

/**
 * The points worth verifying, most urgent first, each with how: obsolete numbers first (they
 * reach no one), then the stalest. Empty when nothing is stale or obsolete.
 */
export function verificationPlans(points: readonly VerifiablePoint[], nowMs: number, s: FreshnessSettings = DEFAULT_FRESHNESS): VerificationPlan[] {
  const rated = points.filter((p) => REACHABLE.includes(p.kind)).map((p) => ({ p, f: pointFreshness(p, nowMs, s) }));
  const obsolete = rated.filter((r) => r.f === 'obsolete');
  const stale = rated.filter((r) => r.f === 'stale').sort((a, b) => (a.p.verifiedAt! < b.p.verifiedAt! ? -1 : 1));
  return [...obsolete, ...stale].map((pick) => planFor(pick, rated));
}

/** The one point most worth verifying (see verificationPlans), or null. */
export const verificationPlan = (points: readonly VerifiablePoint[], nowMs: number, s: FreshnessSettings = DEFAULT_FRESHNESS): VerificationPlan | null =>
  verificationPlans(points, nowMs, s)[0] ?? null;

type Rated = { p: VerifiablePoint; f: ReturnType<typeof pointFreshness> };

function planFor(pick: Rated, rated: Rated[]): VerificationPlan {
  const working = rated.filter((r) => r !== pick && (r.f === 'fresh' || r.f === 'aging' || r.f === 'unverified'));
  const other = (k: PointKind) => working.some((r) => r.p.kind === k);
  const p = pick.p;
  if (pick.f === 'obsolete') {
    // Ask for the new number through whatever still works; e-mail first (no consent needed to ask).
    const via: VerificationVia = other('email') ? 'email' : other('mobile') ? 'sms' : other('messenger') ? 'messenger' : other('phone') ? 'phone' : 'meeting';
    const prefix = p.kind === 'mobile' || p.kind === 'phone' ? analyzePhone(p.value).obsoletePrefix ?? null : null;
    return { point: p, problem: 'obsolete', prefix, via, offer: p.kind === 'email' ? 'ask-new-email' : 'ask-new-number', key: `verification@${p.id}@obsolete` };
  }
  // A stale point is best proved through itself: a reply on that very channel verifies it.
  const via: VerificationVia = p.kind === 'email' ? 'email' : p.kind === 'mobile' ? 'sms' : p.kind === 'messenger' ? 'messenger' : 'phone';
  return { point: p, problem: 'stale', prefix: null, via, offer: 'confirm-reply', key: `verification@${p.id}@${p.verifiedAt!.slice(0, 10)}` };
}
