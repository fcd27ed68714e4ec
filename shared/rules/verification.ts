// Verification follow-ups (DESIGN §1 "Data goes stale", §4 Freshness). A stale or obsolete
// phone/e-mail gets one verification task per person, with a channel that can actually reach
// them and what to offer: a dead 017 number is asked about by e-mail; a stale e-mail is proved by
// a short note whose reply verifies it. Verification is service, not marketing.
import type { PointKind, PointStatus } from '../domain/enums.js';
import { analyzePhone } from './phone.js';
import { pointText } from './phone-format.js';
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
  // A dead number asks for the new one; once the person has a current mobile, that answer is in.
  const current = currentMobile(rated);
  const obsolete = rated.filter((r) => r.f === 'obsolete' && !(current && r.p.kind !== 'email'));
  const stale = rated.filter((r) => r.f === 'stale').sort((a, b) => (a.p.verifiedAt! < b.p.verifiedAt! ? -1 : 1));
  return [...obsolete, ...stale].map((pick) => planFor(pick, rated));
}

/** The one point most worth verifying (see verificationPlans), or null. */
export const verificationPlan = (points: readonly VerifiablePoint[], nowMs: number, s: FreshnessSettings = DEFAULT_FRESHNESS): VerificationPlan | null =>
  verificationPlans(points, nowMs, s)[0] ?? null;

type Rated = { p: VerifiablePoint; f: ReturnType<typeof pointFreshness> };

/** A mobile number that still reaches the person (not a dead prefix, not marked wrong), however old. */
const currentMobile = (rated: readonly Rated[]): VerifiablePoint | null =>
  rated.find((r) => r.p.kind === 'mobile' && r.f !== 'obsolete' && r.f !== 'bad')?.p ?? null;

/**
 * Why an open verification task (by its key) is answered, or null when it is not: the person has a
 * current mobile besides the dead number, the point itself was corrected to a working value, it was
 * removed, or marked wrong/bounced. Shown with the closed task (contact history), so the user sees
 * the rule did not just forget it.
 */
export type VerificationResolution =
  | { by: 'new-mobile' | 'replaced' | 'verified'; value: string }
  | { by: 'removed' | 'marked'; value: null };

export function verificationResolution(key: string, points: readonly VerifiablePoint[], nowMs: number, s: FreshnessSettings = DEFAULT_FRESHNESS): VerificationResolution | null {
  const pointId = key.split('@')[1];
  const rated = points.filter((p) => REACHABLE.includes(p.kind)).map((p) => ({ p, f: pointFreshness(p, nowMs, s) }));
  const pick = rated.find((r) => r.p.id === pointId);
  if (!pick) return { by: 'removed', value: null };
  if (pick.f === 'bad') return { by: 'marked', value: null };
  if (pick.f === 'obsolete') {
    const current = currentMobile(rated);
    return current && pick.p.kind !== 'email' ? { by: 'new-mobile', value: pointText(current.kind, current.value) } : null;
  }
  if (key.endsWith('@obsolete')) return { by: 'replaced', value: pointText(pick.p.kind, pick.p.value) }; // corrected in place
  return pick.f === 'stale' ? null : { by: 'verified', value: pointText(pick.p.kind, pick.p.value) };
}

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
