// Queries of verification follow-ups (services/verification.ts): which people have a stale or
// obsolete phone/e-mail, worst problem first.
import { type DB, stmt } from './statements.js';

/**
 * Live, not-lost people with an obsolete point or one last verified before `staleBefore`, and
 * no open verification: obsolete numbers first, then the longest unverified. Problems the user
 * already handled are left out, so they do not take a place in the day's quota.
 */
export function verificationCandidates(db: DB, staleBefore: string, limit: number): string[] {
  return stmt<[string, number], { id: string }>(db, `
    SELECT p.contact_id AS id, min(CASE WHEN p.status = 'obsolete' THEN '0' ELSE p.verified_at END) AS worst
    FROM contact_points p JOIN contacts c ON c.id = p.contact_id
    WHERE p.deleted_at IS NULL AND c.deleted_at IS NULL AND c.stage <> 'lost'
      AND p.kind IN ('mobile','phone','email','messenger')
      AND (p.status = 'obsolete' OR (p.status NOT IN ('bounced','wrong') AND p.verified_at IS NOT NULL AND p.verified_at < ?))
      AND NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.contact_id = p.contact_id AND f.kind = 'verification' AND f.status = 'open')
      AND NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.contact_id = p.contact_id
        AND f.rule_key = 'verification@' || p.id || '@' || CASE WHEN p.status = 'obsolete' THEN 'obsolete' ELSE substr(p.verified_at, 1, 10) END
        AND (f.status = 'done' OR f.skipped_by = 'user'))
    GROUP BY p.contact_id ORDER BY worst, p.contact_id LIMIT ?`).all(staleBefore, limit).map((r) => r.id);
}

export function withOpenVerification(db: DB): string[] {
  return stmt<[], { id: string }>(db, `SELECT DISTINCT contact_id AS id FROM follow_ups WHERE kind = 'verification' AND status = 'open'`)
    .all().map((r) => r.id);
}
