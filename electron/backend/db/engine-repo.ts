// Queries of the engine's daily pass and lifecycle suggestions: which contacts a rule may
// concern, so the pass touches only those (a book may hold 100,000 people).
import type { Stage } from '../../../shared/domain/enums.js';
import { type DB, stmt } from './statements.js';

export interface LifecycleRow {
  id: string;
  name: string;
  stage: Stage;
  stage_changed_at: string;
  last_at: string;
  won: number;
  first_won: string | null;
  referrals: number;
}

export function lifecycleRows(db: DB, contactId?: string): LifecycleRow[] {
  const sql = `SELECT c.id, c.display_name AS name, c.stage, c.stage_changed_at, coalesce(c.last_touch_at, c.created_at) AS last_at,
      (SELECT count(*) FROM deals d WHERE d.contact_id=c.id AND d.status='won' AND d.deleted_at IS NULL) AS won,
      (SELECT min(coalesce(d.signed_on, substr(d.updated_at, 1, 10))) FROM deals d WHERE d.contact_id=c.id AND d.status='won' AND d.deleted_at IS NULL) AS first_won,
      (SELECT count(*) FROM contacts r WHERE r.referred_by=c.id AND r.deleted_at IS NULL) AS referrals
    FROM contacts c WHERE c.deleted_at IS NULL AND c.stage NOT IN ('lost','dormant')`;
  return contactId
    ? stmt<[string], LifecycleRow>(db, `${sql} AND c.id=? `).all(contactId)
    : stmt<[], LifecycleRow>(db, `${sql} ORDER BY c.sort_name`).all();
}

export function dismissals(db: DB): Map<string, string> {
  const rows = stmt<[], { contact_id: string; to_stage: string; at: string }>(db, 'SELECT * FROM lifecycle_dismissals').all();
  return new Map(rows.map((r) => [`${r.contact_id} ${r.to_stage}`, r.at]));
}

export function dismiss(db: DB, contactId: string, to: Stage, at: string): void {
  stmt(db, `INSERT INTO lifecycle_dismissals (contact_id, to_stage, at) VALUES (?, ?, ?)
    ON CONFLICT(contact_id, to_stage) DO UPDATE SET at=excluded.at`).run(contactId, to, at);
}

/** Live contacts with a birthday whose reminder is missing or about a celebration already past. */
export function birthdaysToRoll(db: DB, today: string): string[] {
  return stmt<[string], { id: string }>(db, `SELECT c.id FROM contacts c WHERE c.birthday IS NOT NULL AND c.deleted_at IS NULL
    AND c.stage <> 'lost' AND NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.contact_id=c.id AND f.kind='birthday'
      AND f.status='open' AND substr(f.rule_key, 10) >= ?)`).all(today).map((r) => r.id);
}

/** Contacts with a referral ask open: the daily pass keeps each true to the facts (moves or withdraws it). */
export function openReferralAskContacts(db: DB): string[] {
  return stmt<[], { id: string }>(db, `SELECT DISTINCT contact_id AS id FROM follow_ups WHERE kind='referral-ask' AND status='open'`)
    .all().map((r) => r.id);
}

/**
 * Contacts a referral ask may newly concern — warm (a positive touch or a won deal) since
 * `sinceIso`/`sinceDate`, a customer, no ask open — best first, for the day's capped proposals:
 * loyal before active before new (a long relationship gives referrals most readily), then the
 * warmest (the latest positive touch or signed contract, by day), then the larger won total,
 * then by name. The pure rule (shared/rules/referral.ts) still decides each one.
 */
export function referralAskCandidates(db: DB, sinceIso: string, sinceDate: string): string[] {
  return stmt<[string, string], { id: string }>(db, `SELECT c.id FROM (
      SELECT contact_id AS id, max(warm_on) AS warm_on FROM (
        SELECT contact_id, substr(occurred_at, 1, 10) AS warm_on FROM interactions WHERE outcome='positive' AND occurred_at >= ?
        UNION ALL SELECT contact_id, signed_on FROM deals WHERE status='won' AND deleted_at IS NULL AND signed_on >= ?
      ) GROUP BY contact_id
    ) w JOIN contacts c ON c.id = w.id
    WHERE c.deleted_at IS NULL AND c.stage IN ('new', 'active', 'loyal')
      AND NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.contact_id = c.id AND f.status = 'open' AND f.kind = 'referral-ask')
    ORDER BY CASE c.stage WHEN 'loyal' THEN 0 WHEN 'active' THEN 1 ELSE 2 END, w.warm_on DESC,
      (SELECT coalesce(sum(d.amount), 0) FROM deals d WHERE d.contact_id = c.id AND d.status = 'won' AND d.deleted_at IS NULL) DESC,
      c.sort_name, c.id`).all(sinceIso, sinceDate).map((r) => r.id);
}
