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

export function indexContact(db: DB, rowid: number, doc: SearchDoc, keys: SearchKey[]): void {
  unindexContact(db, rowid);
  stmt(db, 'INSERT INTO contact_fts (rowid, name, org, notes, points, digits) VALUES (?, ?, ?, ?, ?, ?)')
    .run(rowid, doc.name, doc.org, doc.notes, doc.points, doc.digits);
  const ins = stmt(db, 'INSERT OR IGNORE INTO search_keys (key, rank, contact_rowid) VALUES (?, ?, ?)');
  for (const k of keys) ins.run(k.key, k.rank, rowid);
}

export function unindexContact(db: DB, rowid: number): void {
  stmt(db, 'DELETE FROM contact_fts WHERE rowid = ?').run(rowid);
  stmt(db, 'DELETE FROM search_keys WHERE contact_rowid = ?').run(rowid);
}

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

/** Key lookup: best rank first, straight from the (key, rank, rowid) primary key. */
export function searchByKey(db: DB, key: string, limit: number, f: SearchFilter): number[] {
  return stmt<[Record<string, unknown>], { rowid: number }>(db, `
    SELECT k.contact_rowid AS rowid FROM search_keys k JOIN contacts c ON c.rowid = k.contact_rowid
    WHERE k.key = @key AND c.deleted_at IS NULL${filterSql(f)}
    GROUP BY k.contact_rowid ORDER BY min(k.rank), c.sort_name LIMIT @limit`)
    .all({ key, limit, ...filterParams(f) }).map((r) => r.rowid);
}

/** Trigram match; exact and prefix name matches first, then FTS relevance. */
export function searchFts(db: DB, match: string, text: string, limit: number, f: SearchFilter): number[] {
  return stmt<[Record<string, unknown>], { rowid: number }>(db, `
    SELECT m.rowid FROM (SELECT rowid, rank FROM contact_fts WHERE contact_fts MATCH @match) m
    JOIN contacts c ON c.rowid = m.rowid
    WHERE c.deleted_at IS NULL${filterSql(f)}
    ORDER BY c.sort_name = @text DESC, c.sort_name LIKE @prefix ESCAPE '\\' DESC, m.rank, c.sort_name
    LIMIT @limit`)
    .all({ match, text, prefix: `${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`, limit, ...filterParams(f) })
    .map((r) => r.rowid);
}

/** A phrase query for FTS5 with the user's text taken literally. */
// (A NUL would end the query string early in SQLite: "unterminated string".)
export const ftsPhrase = (text: string): string => `"${text.replace(/\0/g, '').replace(/"/g, '""')}"`;
