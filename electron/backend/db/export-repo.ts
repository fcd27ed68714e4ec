// Reading the book for export, in pages by `num` so 100k contacts stream without a second copy
// of the whole book in memory. Live contacts only (the trash is not exported).
import type { PointKind } from '../../../shared/domain/enums.js';
import type { Contact, PointInFile } from '../../../shared/domain/types.js';
import { type DB, stmt } from './statements.js';

export type ExportPoint = PointInFile;

export interface ExportContact extends Pick<Contact, 'id' | 'name' | 'familyName' | 'givenName' | 'company' | 'department' | 'title' | 'birthday' | 'notes'> {
  num: number;
  updatedAt: string;
  tags: string[];
  points: ExportPoint[];
}

interface Row {
  num: number; id: string; display_name: string; family_name: string | null; given_name: string | null;
  company: string | null; department: string | null; title: string | null; birthday: string | null;
  notes: string | null; updated_at: string; points: string | null; tags: string | null;
}

/** One page of live contacts after `afterNum`, each with its points (in order) and tags. */
export function exportPage(db: DB, afterNum: number, limit: number): ExportContact[] {
  const rows = stmt<[number, number], Row>(db, `
    SELECT c.num, c.id, c.display_name, c.family_name, c.given_name, c.company, c.department, c.title,
      c.birthday, c.notes, c.updated_at,
      (SELECT json_group_array(json_array(p.kind, p.label, p.raw_value, p.is_primary)) FROM
        (SELECT kind, label, raw_value, is_primary FROM contact_points
          WHERE contact_id = c.id AND deleted_at IS NULL ORDER BY position, created_at) p) AS points,
      (SELECT json_group_array(t.name) FROM (SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
          WHERE ct.contact_id = c.id ORDER BY t.name) t) AS tags
    FROM contacts c WHERE c.deleted_at IS NULL AND c.num > ? ORDER BY c.num LIMIT ?`).all(afterNum, limit);
  return rows.map((r) => ({
    num: r.num, id: r.id, name: r.display_name, familyName: r.family_name, givenName: r.given_name,
    company: r.company, department: r.department, title: r.title, birthday: r.birthday, notes: r.notes,
    updatedAt: r.updated_at,
    tags: r.tags ? (JSON.parse(r.tags) as string[]) : [],
    points: r.points ? (JSON.parse(r.points) as [PointKind, string | null, string, number][]).map(([kind, label, value, primary]) => ({ kind, label, value, primary: primary === 1 })) : [],
  }));
}

export function countLiveContacts(db: DB): number {
  return stmt<[], { n: number }>(db, 'SELECT count(*) AS n FROM contacts WHERE deleted_at IS NULL').get()!.n;
}

export type CsvColumnKind = 'phone' | 'email' | 'address' | 'url' | 'messenger';

/**
 * The most (kind, label) groups any one live contact has per CSV column kind: how many
 * "Phone N - Label / Value" column pairs the header needs before the first row is written.
 * An upper bound (the writer may merge two labels into one group, never split one).
 */
export function maxPointGroups(db: DB): Record<CsvColumnKind, number> {
  const rows = stmt<[], { g: CsvColumnKind; n: number }>(db, `
    SELECT g, max(n) AS n FROM (
      SELECT p.contact_id, CASE p.kind WHEN 'mobile' THEN 'phone' ELSE p.kind END AS g,
        count(DISTINCT p.kind || char(0) || coalesce(p.label, '')) AS n
      FROM contact_points p JOIN contacts c ON c.id = p.contact_id
      WHERE p.deleted_at IS NULL AND c.deleted_at IS NULL
      GROUP BY p.contact_id, g)
    GROUP BY g`).all();
  const out: Record<CsvColumnKind, number> = { phone: 0, email: 0, address: 0, url: 0, messenger: 0 };
  for (const r of rows) out[r.g] = r.n;
  return out;
}
