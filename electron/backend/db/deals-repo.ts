// deals: contracts and opportunities of a contact (DESIGN §3). Soft-deleted like contacts.
import type { Deal, DealStatus } from '../../../shared/domain/types.js';
import { type DB, stmt } from './statements.js';

interface DealRow {
  id: string;
  contact_id: string;
  title: string;
  status: DealStatus;
  amount: number | null;
  signed_on: string | null;
  renews_on: string | null;
  expires_on: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

const toDeal = (r: DealRow): Deal => ({
  id: r.id, contactId: r.contact_id, title: r.title, status: r.status, amount: r.amount, signedOn: r.signed_on,
  renewsOn: r.renews_on, expiresOn: r.expires_on, createdAt: r.created_at, updatedAt: r.updated_at,
});

export function insertDeal(db: DB, d: Deal): void {
  stmt(db, `INSERT INTO deals (id, contact_id, title, status, amount, signed_on, renews_on, expires_on, created_at, updated_at)
    VALUES (@id, @contactId, @title, @status, @amount, @signedOn, @renewsOn, @expiresOn, @createdAt, @updatedAt)`).run(d);
}

export function updateDeal(db: DB, d: Deal): void {
  stmt(db, `UPDATE deals SET title=@title, status=@status, amount=@amount, signed_on=@signedOn, renews_on=@renewsOn,
    expires_on=@expiresOn, updated_at=@updatedAt WHERE id=@id`).run(d);
}

/** Soft delete (`at`) or restore (`null`): the row stays for sync and for Undo. */
export function setDealDeleted(db: DB, id: string, at: string | null, updatedAt: string): void {
  stmt(db, 'UPDATE deals SET deleted_at=?, updated_at=? WHERE id=?').run(at, updatedAt, id);
}

/** A deal in the trash (for Undo), or undefined when it is live or unknown. */
export function getDeletedDeal(db: DB, id: string): Deal | undefined {
  const r = stmt<[string], DealRow>(db, 'SELECT * FROM deals WHERE id=? AND deleted_at IS NOT NULL').get(id);
  return r ? toDeal(r) : undefined;
}

export function getDeal(db: DB, id: string): Deal | undefined {
  const r = stmt<[string], DealRow>(db, 'SELECT * FROM deals WHERE id=? AND deleted_at IS NULL').get(id);
  return r ? toDeal(r) : undefined;
}

export function dealsOf(db: DB, contactId: string): Deal[] {
  return stmt<[string], DealRow>(db, `SELECT * FROM deals WHERE contact_id=? AND deleted_at IS NULL
    ORDER BY coalesce(signed_on, substr(created_at, 1, 10)) DESC, id DESC`).all(contactId).map(toDeal);
}

/** Won deals of a contact: how many, the first signing date and the latest (for lifecycle and referral rules). */
export function wonSummary(db: DB, contactId: string): { count: number; first: string | null; last: string | null } {
  const r = stmt<[string], { n: number; first: string | null; last: string | null }>(db, `SELECT count(*) AS n,
      min(coalesce(signed_on, substr(updated_at, 1, 10))) AS first, max(coalesce(signed_on, substr(updated_at, 1, 10))) AS last
    FROM deals WHERE contact_id=? AND status='won' AND deleted_at IS NULL`).get(contactId)!;
  return { count: r.n, first: r.first, last: r.last };
}
