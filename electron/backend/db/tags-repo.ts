// tags and contact_tags. Tag names compare case-insensitively and keep their first spelling.
import type { TagCount } from '../../../shared/domain/types.js';
import { uuidv7 } from '../../../shared/uuid.js';
import { type DB, stmt } from './statements.js';

export function tagIdByName(db: DB, name: string): string | undefined {
  return stmt<[string], { id: string }>(db, 'SELECT id FROM tags WHERE name = ? COLLATE NOCASE').get(name)?.id;
}

function ensureTag(db: DB, name: string, at: string): string {
  const existing = tagIdByName(db, name);
  if (existing) return existing;
  const id = uuidv7();
  stmt(db, 'INSERT INTO tags (id, name, created_at) VALUES (?, ?, ?)').run(id, name, at);
  return id;
}

export function setContactTags(db: DB, contactId: string, names: string[], at: string): void {
  stmt(db, 'DELETE FROM contact_tags WHERE contact_id = ?').run(contactId);
  const ins = stmt(db, 'INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) VALUES (?, ?)');
  for (const name of names) ins.run(contactId, ensureTag(db, name, at));
}

export function tagsOf(db: DB, contactIds: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (contactIds.length === 0) return out;
  const rows = stmt<[string], { contact_id: string; name: string }>(db, `SELECT ct.contact_id, t.name FROM contact_tags ct
    JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id IN (SELECT value FROM json_each(?)) ORDER BY t.name`)
    .all(JSON.stringify(contactIds));
  for (const r of rows) out.set(r.contact_id, [...(out.get(r.contact_id) ?? []), r.name]);
  return out;
}

/** Tags in use by live contacts, with how many carry each. */
export function tagCounts(db: DB): TagCount[] {
  return stmt<[], TagCount>(db, `SELECT t.name AS name, count(c.id) AS count FROM tags t
    JOIN contact_tags ct ON ct.tag_id = t.id JOIN contacts c ON c.id = ct.contact_id AND c.deleted_at IS NULL
    GROUP BY t.id ORDER BY t.name`).all();
}

/** Forget tags nobody carries any more (after a purge), so a later tag takes its own spelling. */
export function pruneUnusedTags(db: DB): void {
  stmt(db, 'DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM contact_tags)').run();
}

export function tagIdsOf(db: DB, contactId: string): string[] {
  return stmt<[string], { tag_id: string }>(db, 'SELECT tag_id FROM contact_tags WHERE contact_id = ?').all(contactId).map((r) => r.tag_id);
}
