// Queries of verification follow-ups (services/verification.ts): which people have a stale or
// obsolete phone/e-mail, worst problem first.
import { type DB, stmt } from './statements.js';

/**
 * Live, not-lost people with an obsolete point or one last verified before `staleBefore`, and
 * no open verification: obsolete numbers first, then the longest unverified. Problems the user
 * already handled are left out, so they do not take a place in the day's quota.
 *
 * Read in index order and stopped at the limit (points_obsolete, then points_verified_at): the
 * daily pass runs before the first Today of the day, and grouping every stale point of a 100k
 * book by person to find each one's worst cost ~9 s there. A person's first point in
 * verified_at order is their worst, so keeping the first row of each person gives the same order.
 */
export function verificationCandidates(db: DB, staleBefore: string, limit: number): string[] {
  // `+p.kind`: the kind is checked per row, never answered by points_normalized (every phone in the book).
  const eligible = `c.deleted_at IS NULL AND c.stage <> 'lost' AND +p.kind IN ('mobile','phone','email','messenger')
      AND NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.contact_id = p.contact_id AND f.kind = 'verification' AND f.status = 'open')
      AND NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.contact_id = p.contact_id
        AND f.rule_key = 'verification@' || p.id || '@' || CASE WHEN p.status = 'obsolete' THEN 'obsolete' ELSE substr(p.verified_at, 1, 10) END
        AND (f.status = 'done' OR f.skipped_by = 'user'))`;
  const obsolete = stmt<[number], { id: string }>(db, `SELECT p.contact_id AS id FROM contact_points p JOIN contacts c ON c.id = p.contact_id
    WHERE p.status = 'obsolete' AND p.deleted_at IS NULL AND ${eligible} ORDER BY p.contact_id LIMIT ?`).all(limit);
  // A person may have several stale points: read enough rows for `limit` people.
  const stale = stmt<[string, number], { id: string }>(db, `SELECT p.contact_id AS id FROM contact_points p JOIN contacts c ON c.id = p.contact_id
    WHERE p.verified_at IS NOT NULL AND p.deleted_at IS NULL AND p.verified_at < ? AND p.status NOT IN ('bounced','wrong','obsolete')
      AND ${eligible} ORDER BY p.verified_at, p.contact_id LIMIT ?`).all(staleBefore, limit * 8);
  return [...new Set([...obsolete, ...stale].map((r) => r.id))].slice(0, limit);
}

export function withOpenVerification(db: DB): string[] {
  return stmt<[], { id: string }>(db, `SELECT DISTINCT contact_id AS id FROM follow_ups WHERE kind = 'verification' AND status = 'open'`)
    .all().map((r) => r.id);
}
