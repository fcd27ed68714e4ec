// The search index: contact_fts (trigram) and search_keys, both keyed by contacts.num (its rowid),
// and field_keys, the keys of each distinct company, title and department (joined to the people
// holding that value through the contacts_<field> indexes). Only live contacts are indexed; trash
// and restore remove and re-add their rows. A field value's keys stay while anyone may hold it
// again and go with the last holder on a purge (pruneFieldKeys).
import { FIELD_RANK, type KeyedField, type SearchKey } from '../../../shared/rules/search-keys.js';
import { type ReachFilter, reachParams, reachSql } from './contacts-repo.js';
import { type DB, stmt } from './statements.js';

export interface SearchDoc {
  name: string;
  org: string;
  notes: string;
  points: string;
  digits: string;
}

/** A person's company, title or department. */
export interface FieldValue {
  field: KeyedField;
  value: string;
}

/** A value and its keys (shared/rules/search-keys fieldKeys). */
export interface FieldEntry extends FieldValue {
  keys: string[];
}

/** `sortName` is contacts.sort_name: keys carry it so key lookups come out in name order. */
export function indexContact(db: DB, rowid: number, sortName: string, doc: SearchDoc, keys: SearchKey[], fields: FieldEntry[]): void {
  unindexContact(db, rowid);
  stmt(db, 'INSERT INTO contact_fts (rowid, name, org, notes, points, digits) VALUES (?, ?, ?, ?, ?, ?)')
    .run(rowid, doc.name, doc.org, doc.notes, doc.points, doc.digits);
  const ins = stmt(db, 'INSERT OR IGNORE INTO search_keys (key, rank, sort_name, contact_rowid) VALUES (?, ?, ?, ?)');
  for (const k of keys) ins.run(k.key, k.rank, sortName, rowid);
  for (const f of fields) insertFieldKeys(db, f);
}

/** A value's keys (already there when someone else holds the value: ignored). */
export function insertFieldKeys(db: DB, f: FieldEntry): void {
  const ins = stmt(db, 'INSERT OR IGNORE INTO field_keys (key, rank, value) VALUES (?, ?, ?)');
  for (const k of f.keys) ins.run(k, FIELD_RANK[f.field], f.value);
}

/** Forget the keys of values nobody holds any more (a purge must leave no company name behind). */
export function pruneFieldKeys(db: DB): void {
  for (const field of Object.keys(FIELD_RANK) as KeyedField[]) {
    stmt(db, `DELETE FROM field_keys WHERE rank = ? AND NOT EXISTS (SELECT 1 FROM contacts c WHERE c.${field} = field_keys.value)`)
      .run(FIELD_RANK[field]);
  }
}

/** Live people with tags: their name and tag names (their tag keys are rebuilt from these). */
export function taggedPeople(db: DB): { rowid: number; name: string; sort_name: string; tags: string[] }[] {
  const people = new Map<number, { rowid: number; name: string; sort_name: string; tags: string[] }>();
  // From contact_tags outwards (CROSS JOIN): the tagged few, not a scan of every contact.
  const rows = stmt<[], { rowid: number; name: string; sort_name: string; tag: string }>(db, `
    SELECT c.num AS rowid, c.display_name AS name, c.sort_name, t.name AS tag
    FROM contact_tags ct CROSS JOIN contacts c ON c.id = ct.contact_id JOIN tags t ON t.id = ct.tag_id
    WHERE c.deleted_at IS NULL`).all();
  for (const r of rows) {
    const p = people.get(r.rowid) ?? { rowid: r.rowid, name: r.name, sort_name: r.sort_name, tags: [] };
    p.tags.push(r.tag);
    people.set(r.rowid, p);
  }
  return [...people.values()];
}

/** Every distinct value of a field in the book (read from its index). */
export function distinctFieldValues(db: DB, field: KeyedField): string[] {
  return stmt<[], { v: string }>(db, `SELECT DISTINCT ${field} AS v FROM contacts WHERE ${field} IS NOT NULL`).all().map((r) => r.v);
}

export function unindexContact(db: DB, rowid: number): void {
  stmt(db, 'DELETE FROM contact_fts WHERE rowid = ?').run(rowid);
  stmt(db, 'DELETE FROM search_keys WHERE contact_rowid = ?').run(rowid);
}

/**
 * The search_keys entry that lists a tag's members by name (rank 0, sort_name, rowid): the
 * contacts list filtered by tag reads it in order instead of sorting every member. No query
 * plan produces a `t:` key, so search never sees these.
 */
export const tagListKey = (tagId: string): string => `t:${tagId}`;

export interface SearchFilter {
  stage?: string | undefined;
  tagId?: string | undefined;
  reach?: ReachFilter | undefined;
}

function filterSql(f: SearchFilter): string {
  return (f.stage ? ' AND c.stage = @stage' : '') +
    (f.tagId ? ' AND c.id IN (SELECT contact_id FROM contact_tags WHERE tag_id = @tagId)' : '') +
    (f.reach ? ` AND ${reachSql(f.reach)}` : '');
}

function filterParams(f: SearchFilter): Record<string, unknown> {
  return { stage: f.stage, tagId: f.tagId, ...(f.reach ? reachParams(f.reach) : {}) };
}

/**
 * Key lookup, best rank first and by name within a rank, stopped as soon as `limit` distinct
 * people are found — no sort, however common the key. Tiers in rank order: names (search_keys
 * 0–1), companies (2), titles and tags (3), departments (4). A person's own keys are read in
 * primary-key order (key, rank, sort_name, rowid); a field's values in key order and each
 * value's holders from contacts_<field> in name order (so people of one company come together).
 * A person found in several tiers is kept at the first (best) one.
 */
export function searchByKey(db: DB, key: string, limit: number, f: SearchFilter): number[] {
  const found = new Set<number>();
  const take = (rows: Iterable<{ rowid: number }>) => {
    for (const r of rows) {
      if (found.size >= limit) break; // leaving the loop finalizes the statement's cursor
      found.add(r.rowid);
    }
  };
  const params = { key, ...filterParams(f) };
  // CROSS JOIN keeps the key table as the outer loop, so the order is its index's.
  const own = (ranks: string) => stmt<[Record<string, unknown>], { rowid: number }>(db, `
    SELECT k.contact_rowid AS rowid FROM search_keys k CROSS JOIN contacts c ON c.num = k.contact_rowid
    WHERE k.key = @key AND k.rank ${ranks} AND c.deleted_at IS NULL${filterSql(f)}
    ORDER BY k.rank, k.sort_name, k.contact_rowid`).iterate(params);
  const holders = (field: KeyedField) => stmt<[Record<string, unknown>], { rowid: number }>(db, `
    SELECT c.num AS rowid FROM field_keys v CROSS JOIN contacts c ON c.${field} = v.value
    WHERE v.key = @key AND v.rank = ${FIELD_RANK[field]} AND c.deleted_at IS NULL${filterSql(f)}
    ORDER BY v.value, c.sort_name, c.num`).iterate(params);
  take(own('< 2'));
  if (found.size < limit) take(holders('company'));
  if (found.size < limit) take(holders('title'));
  if (found.size < limit) take(own('>= 2'));
  if (found.size < limit) take(holders('department'));
  return [...found];
}

/**
 * Trigram match in three tiers, each read in index order and stopped once `limit` people are
 * found (no bm25 over every match: a common company or e-mail domain matches thousands):
 * 1. names equal to or starting with the text — the contacts_live_name range, so the exact
 *    name comes first (it sorts before every longer name it prefixes), then by name;
 * 2. other names containing it; 3. the other columns. Tiers 2–3 come in rowid (insertion) order.
 * `columns` are the FTS columns of tier 3; tiers 1–2 only run when `withName`.
 */
export function searchFts(db: DB, phrase: string, text: string, columns: string, withName: boolean, limit: number, f: SearchFilter): number[] {
  const found = new Set<number>();
  const take = (rows: Iterable<{ rowid: number }>) => {
    for (const r of rows) {
      if (found.size >= limit) break; // leaving the loop finalizes the statement's cursor
      found.add(r.rowid);
    }
  };
  const params = { ...filterParams(f) };
  if (withName) {
    // U+10FFFF sorts after every character, so [text, text+U+10FFFF) is "starts with text".
    take(stmt<[Record<string, unknown>], { rowid: number }>(db, `
      SELECT c.num AS rowid FROM contacts c
      WHERE c.deleted_at IS NULL AND c.sort_name >= @lo AND c.sort_name < @hi${filterSql(f)}
      ORDER BY c.sort_name, c.num`).iterate({ ...params, lo: text, hi: `${text}\u{10FFFF}` }));
  }
  const byFts = (match: string) => stmt<[Record<string, unknown>], { rowid: number }>(db, `
    SELECT m.rowid FROM contact_fts m CROSS JOIN contacts c ON c.num = m.rowid
    WHERE contact_fts MATCH @match AND c.deleted_at IS NULL${filterSql(f)}`).iterate({ ...params, match });
  if (withName && found.size < limit) take(byFts(`name : ${phrase}`));
  if (found.size < limit) take(byFts(`${columns} : ${phrase}`));
  return [...found];
}

/** A phrase query for FTS5 with the user's text taken literally. */
// (A NUL would end the query string early in SQLite: "unterminated string".)
export const ftsPhrase = (text: string): string => `"${text.replace(/\0/g, '').replace(/"/g, '""')}"`;
