// The search index: contact_fts (trigram) and search_keys, both keyed by contacts.num (its rowid).
// Only live contacts are indexed; trash and restore remove and re-add their rows.
import type { SearchKey } from '../../../shared/rules/search-keys.js';
import { type ReachFilter, reachParams, reachSql } from './contacts-repo.js';
import { type DB, stmt } from './statements.js';

export interface SearchDoc {
  name: string;
  org: string;
  notes: string;
  points: string;
  digits: string;
}

/** `sortName` is contacts.sort_name: keys carry it so key lookups come out in name order. */
export function indexContact(db: DB, rowid: number, sortName: string, doc: SearchDoc, keys: SearchKey[]): void {
  unindexContact(db, rowid);
  stmt(db, 'INSERT INTO contact_fts (rowid, name, org, notes, points, digits) VALUES (?, ?, ?, ?, ?, ?)')
    .run(rowid, doc.name, doc.org, doc.notes, doc.points, doc.digits);
  const ins = stmt(db, 'INSERT OR IGNORE INTO search_keys (key, rank, sort_name, contact_rowid) VALUES (?, ?, ?, ?)');
  for (const k of keys) ins.run(k.key, k.rank, sortName, rowid);
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
 * Key lookup: best rank first, then by name, read in primary-key order (key, rank, sort_name,
 * rowid) and stopped as soon as `limit` distinct people are found — no sort, however common the
 * key. A person holding the key at several ranks is kept at the first (best) one. CROSS JOIN
 * keeps search_keys as the outer loop so that order is the index's.
 */
export function searchByKey(db: DB, key: string, limit: number, f: SearchFilter): number[] {
  const it = stmt<[Record<string, unknown>], { rowid: number }>(db, `
    SELECT k.contact_rowid AS rowid FROM search_keys k CROSS JOIN contacts c ON c.num = k.contact_rowid
    WHERE k.key = @key AND c.deleted_at IS NULL${filterSql(f)}
    ORDER BY k.rank, k.sort_name, k.contact_rowid`).iterate({ key, ...filterParams(f) });
  const seen = new Set<number>();
  for (const r of it) {
    if (seen.size >= limit) break; // leaving the loop finalizes the statement's cursor
    seen.add(r.rowid);
  }
  return [...seen];
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
