// Turning what a person typed into a stored contact point, and a contact's points into its
// reachability. The one place phone/e-mail normalisation meets the database.
import type { Freshness, PointKind, PointStatus } from '../../../shared/domain/enums.js';
import type { ContactPoint } from '../../../shared/domain/types.js';
import { AppError, type FieldIssue } from '../../../shared/errors.js';
import type { Reason } from '../../../shared/i18n/reasons.js';
import { isEmailShaped, normalizeEmail } from '../../../shared/rules/email.js';
import { pointFreshness, type FreshnessSettings } from '../../../shared/rules/freshness.js';
import { analyzePhone, phoneFormatProblem } from '../../../shared/rules/phone.js';
import type { ReachState } from '../db/contacts-repo.js';
import type { PointRow } from '../db/points-repo.js';

export interface NormalizedPoint {
  normalized: string;
  /** Set when the value itself says the point cannot work (a dead 2G number). */
  forcedStatus: PointStatus | null;
  problem: Reason | null;
  /** Lenient only: the phone number has letters or too few digits (kept as written). */
  malformed?: 'letters' | 'too-short';
}

const PHONE_KINDS: ReadonlySet<PointKind> = new Set(['mobile', 'phone']);

/**
 * `lenient` (the import): a number with letters or too few digits is kept as written, marked
 * `malformed` so the report can say so, instead of refused as it is when a person types it.
 */
export function normalizePoint(kind: PointKind, value: string, path: string, opts: { lenient?: boolean } = {}): NormalizedPoint {
  if (PHONE_KINDS.has(kind)) {
    const info = analyzePhone(value);
    if (info.searchDigits.length === 0 || info.normalized.replace(/\D/g, '').length < 3) {
      // The value is not repeated: error messages end up in logs and support mails (issue 8, privacy).
      throw invalid(path, 'is not a phone number');
    }
    const malformed = phoneFormatProblem(value);
    if (malformed && !opts.lenient) throw invalid(path, malformed === 'letters' ? 'is not a phone number (letters)' : 'is not a phone number (too few digits)');
    if (malformed) return { normalized: info.normalized, forcedStatus: null, problem: { code: 'invalid-phone', params: {} }, malformed };
    if (info.obsoletePrefix) {
      return { normalized: info.normalized, forcedStatus: 'obsolete', problem: { code: 'obsolete-prefix', params: { prefix: info.obsoletePrefix } } };
    }
    return { normalized: info.normalized, forcedStatus: null, problem: info.valid ? null : { code: 'invalid-phone', params: {} } };
  }
  if (kind === 'email') {
    if (!isEmailShaped(value)) throw invalid(path, 'is not an e-mail address');
    return { normalized: normalizeEmail(value), forcedStatus: null, problem: null };
  }
  return { normalized: value.trim().normalize('NFC'), forcedStatus: null, problem: null };
}

/** Why a stored point is a problem (computed, not stored, so it follows the rules as they change). */
export function pointProblem(row: Pick<PointRow, 'kind' | 'raw_value'>): Reason | null {
  if (!PHONE_KINDS.has(row.kind)) return null;
  const info = analyzePhone(row.raw_value);
  if (info.obsoletePrefix) return { code: 'obsolete-prefix', params: { prefix: info.obsoletePrefix } };
  return info.valid ? null : { code: 'invalid-phone', params: {} };
}

export function toContactPoint(row: PointRow, nowMs: number, fs: FreshnessSettings): ContactPoint {
  return {
    id: row.id,
    kind: row.kind,
    label: row.label,
    value: row.raw_value,
    normalized: row.normalized,
    primary: row.is_primary === 1,
    status: row.status,
    verifiedAt: row.verified_at,
    verifiedVia: row.verified_via,
    freshness: pointFreshness({ status: row.status, verifiedAt: row.verified_at }, nowMs, fs),
    problem: pointProblem(row),
  };
}

const REACHABLE: ReadonlySet<PointKind> = new Set(['mobile', 'phone', 'email', 'messenger']);

/** A contact's best reachable point, stored on the contact so lists can filter by freshness. */
export function reachOf(points: Pick<PointRow, 'kind' | 'status' | 'verified_at'>[]): { state: ReachState; bestVerifiedAt: string | null } {
  let best: string | null = null;
  let unverified = false, obsolete = false;
  for (const p of points) {
    if (!REACHABLE.has(p.kind)) continue;
    if (p.status === 'obsolete') obsolete = true;
    else if (p.status === 'bounced' || p.status === 'wrong') continue;
    else if (p.verified_at) { if (best === null || p.verified_at > best) best = p.verified_at; }
    else unverified = true;
  }
  if (best) return { state: 'verified', bestVerifiedAt: best };
  if (unverified) return { state: 'unverified', bestVerifiedAt: null };
  if (obsolete) return { state: 'obsolete', bestVerifiedAt: null };
  const anyBad = points.some((p) => REACHABLE.has(p.kind));
  return { state: anyBad ? 'bad' : 'unverified', bestVerifiedAt: null };
}

/** Freshness of a contact from its stored reach columns, as of now. */
export function freshnessOfReach(state: ReachState, bestVerifiedAt: string | null, nowMs: number, fs: FreshnessSettings): Freshness {
  if (state === 'verified') return pointFreshness({ status: 'verified', verifiedAt: bestVerifiedAt }, nowMs, fs);
  return state;
}

export const verifiedStatusAfterTouch = (current: PointStatus): PointStatus =>
  current === 'obsolete' ? 'obsolete' : 'verified';


function invalid(path: string, message: string): AppError {
  const issues: FieldIssue[] = [{ path, message }];
  return new AppError('invalid-input', `${path}: ${message}`, issues);
}
