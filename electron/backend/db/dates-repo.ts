// contact_dates: yearly dates other than the birthday (anniversaries, custom), soft-deleted.
import type { ContactDate } from '../../../shared/domain/types.js';
import { type DB, stmt } from './statements.js';

interface DateRow { id: string; contact_id: string; kind: ContactDate['kind']; label: string; date: string; created_at: string }

const toDate = (r: DateRow): ContactDate => ({ id: r.id, contactId: r.contact_id, kind: r.kind, label: r.label, date: r.date, createdAt: r.created_at });

export function insertDate(db: DB, d: ContactDate): void {
  stmt(db, 'INSERT INTO contact_dates (id, contact_id, kind, label, date, created_at) VALUES (@id, @contactId, @kind, @label, @date, @createdAt)').run(d);
}

export function datesOf(db: DB, contactId: string): ContactDate[] {
  return stmt<[string], DateRow>(db, 'SELECT * FROM contact_dates WHERE contact_id=? AND deleted_at IS NULL ORDER BY substr(date, -5), id')
    .all(contactId).map(toDate);
}

export function getDate(db: DB, id: string): ContactDate | undefined {
  const r = stmt<[string], DateRow>(db, 'SELECT * FROM contact_dates WHERE id=? AND deleted_at IS NULL').get(id);
  return r ? toDate(r) : undefined;
}

export function removeDate(db: DB, id: string, at: string): void {
  stmt(db, 'UPDATE contact_dates SET deleted_at=? WHERE id=?').run(at, id);
}

/** Live contacts with a yearly date whose reminder is missing or about an occurrence already past. */
export function datesToRoll(db: DB, today: string): string[] {
  return stmt<[string], { id: string }>(db, `SELECT DISTINCT d.contact_id AS id FROM contact_dates d JOIN contacts c ON c.id=d.contact_id
    WHERE d.deleted_at IS NULL AND c.deleted_at IS NULL AND c.stage <> 'lost' AND NOT EXISTS (SELECT 1 FROM follow_ups f
      WHERE f.contact_id=d.contact_id AND f.kind='date' AND f.status='open' AND f.rule_key LIKE 'date:' || d.id || '@%'
      AND substr(f.rule_key, -10) >= ?)`).all(today).map((r) => r.id);
}
