// contact_points: phones, e-mails, addresses… with how and when each was last verified.
import type { PointKind, PointStatus, Stage, VerifiedVia } from '../../../shared/domain/enums.js';
import { type DB, stmt } from './statements.js';

export interface PointRow {
  id: string;
  contact_id: string;
  kind: PointKind;
  label: string | null;
  raw_value: string;
  normalized: string;
  is_primary: number;
  verified_at: string | null;
  verified_via: VerifiedVia | null;
  status: PointStatus;
  position: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export type NewPoint = Pick<PointRow, 'id' | 'contact_id' | 'kind' | 'label' | 'raw_value' | 'normalized' | 'is_primary'
  | 'verified_at' | 'verified_via' | 'status' | 'position'>;

export function insertPoint(db: DB, p: NewPoint, at: string): void {
  stmt(db, `INSERT INTO contact_points (id, contact_id, kind, label, raw_value, normalized, is_primary, verified_at,
      verified_via, status, position, created_at, updated_at)
    VALUES (@id, @contact_id, @kind, @label, @raw_value, @normalized, @is_primary, @verified_at, @verified_via,
      @status, @position, @at, @at)`).run({ ...p, at });
}

export function updatePoint(db: DB, p: NewPoint, at: string): void {
  stmt(db, `UPDATE contact_points SET kind=@kind, label=@label, raw_value=@raw_value, normalized=@normalized,
      is_primary=@is_primary, verified_at=@verified_at, verified_via=@verified_via, status=@status,
      position=@position, updated_at=@at WHERE id=@id AND contact_id=@contact_id`).run({ ...p, at });
}

export function softDeletePoint(db: DB, id: string, at: string): void {
  stmt(db, 'UPDATE contact_points SET deleted_at=?, updated_at=? WHERE id=?').run(at, at, id);
}

export function markPointVerified(db: DB, id: string, at: string, via: VerifiedVia, status: PointStatus): void {
  stmt(db, 'UPDATE contact_points SET verified_at=?, verified_via=?, status=?, updated_at=? WHERE id=?')
    .run(at, via, status, at, id);
}

export function pointsOf(db: DB, contactId: string): PointRow[] {
  return stmt<[string], PointRow>(db,
    'SELECT * FROM contact_points WHERE contact_id=? AND deleted_at IS NULL ORDER BY position, created_at').all(contactId);
}

/** Primary (or first) phone and e-mail of many contacts at once, for list rows. */
export function primaryPointsOf(db: DB, contactIds: string[]): Map<string, { phone: string | null; email: string | null }> {
  const out = new Map<string, { phone: string | null; email: string | null }>();
  if (contactIds.length === 0) return out;
  const rows = stmt<[string], { contact_id: string; kind: PointKind; raw_value: string }>(db, `
    SELECT contact_id, kind, raw_value FROM contact_points
    WHERE contact_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL AND kind IN ('mobile','phone','email')
    ORDER BY contact_id, is_primary DESC, kind = 'phone', position`).all(JSON.stringify(contactIds));
  for (const r of rows) {
    const e = out.get(r.contact_id) ?? { phone: null, email: null };
    if (r.kind === 'email') e.email ??= r.raw_value;
    else e.phone ??= r.raw_value;
    out.set(r.contact_id, e);
  }
  return out;
}

export interface PointOwner { id: string; name: string; stage: Stage; company: string | null; kind: PointKind; normalized: string }

/** Live contacts holding any of these normalized values (points_normalized index, one probe per kind and value). */
export function ownersOfPoints(db: DB, kinds: PointKind[], values: string[]): PointOwner[] {
  if (kinds.length === 0 || values.length === 0) return [];
  return stmt<[string, string], PointOwner>(db, `SELECT c.id, c.display_name AS name, c.stage, c.company, p.kind, p.normalized
    FROM contact_points p JOIN contacts c ON c.id = p.contact_id
    WHERE p.kind IN (SELECT value FROM json_each(?)) AND p.normalized IN (SELECT value FROM json_each(?))
      AND p.deleted_at IS NULL AND c.deleted_at IS NULL
    ORDER BY c.display_name LIMIT 20`).all(JSON.stringify(kinds), JSON.stringify(values));
}
