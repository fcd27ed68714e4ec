// The daily digest's counts: people, not follow-ups (one person with a birthday and a check-in
// is one person to contact).
import { type DB, stmt } from './statements.js';

export function peopleDue(db: DB, today: string): { today: number; overdue: number } {
  return stmt<[string, string], { today: number; overdue: number }>(db, `SELECT
      (SELECT count(DISTINCT f.contact_id) FROM follow_ups f JOIN contacts c ON c.id = f.contact_id
        WHERE f.status = 'open' AND c.deleted_at IS NULL AND f.due_date = ?) AS today,
      (SELECT count(DISTINCT f.contact_id) FROM follow_ups f JOIN contacts c ON c.id = f.contact_id
        WHERE f.status = 'open' AND c.deleted_at IS NULL AND f.due_date < ?) AS overdue`).get(today, today)!;
}
