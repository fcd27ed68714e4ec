// What the 30-day marketing limit counts (DESIGN §4 Contact limits): logged marketing touches
// and the engine's marketing suggestions (open, or done without a marketing touch of their own,
// such as a referral ask recorded directly), so nothing is counted twice.
import type { FollowUpKind } from '../../../shared/domain/enums.js';
import { type DB, stmt } from './statements.js';

export interface MarketingEvent {
  /** `touch`: a logged marketing touch (`at` is its instant); else a follow-up (`at` is its local due date). */
  source: 'touch' | 'open' | 'done';
  at: string;
  kind: FollowUpKind | null;
  key: string | null;
}

export function marketingEvents(db: DB, contactId: string, kinds: readonly FollowUpKind[], sinceIso: string, sinceDate: string): MarketingEvent[] {
  return stmt<[string, string, string, string, string], MarketingEvent>(db, `
    SELECT 'touch' AS source, occurred_at AS at, NULL AS kind, NULL AS key FROM interactions
      WHERE contact_id=? AND purpose='marketing' AND occurred_at >= ?
    UNION ALL
    SELECT CASE f.status WHEN 'open' THEN 'open' ELSE 'done' END, f.due_date, f.kind, f.rule_key FROM follow_ups f
      -- "+f.kind": start from this contact's rows (follow_ups_contact), never from every open
      -- marketing follow-up of the book (follow_ups_kind_open), which the planner may prefer.
      WHERE f.contact_id=? AND +f.kind IN (SELECT value FROM json_each(?))
        AND (f.status='open' OR (f.status='done' AND f.due_date >= ?
          AND NOT EXISTS (SELECT 1 FROM interactions i WHERE i.id=f.completed_by AND i.purpose='marketing')))`)
    .all(contactId, sinceIso, contactId, JSON.stringify(kinds), sinceDate);
}
