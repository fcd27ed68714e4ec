// Migration 0013 rewrites every CHECK (col IN (…)) as an OR chain in place (sqlite_schema), for
// write speed. It must change no rule: the same columns accept the same values, a book with data
// keeps every row and passes integrity_check, and a wrong value is still refused afterwards.
import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../electron/backend/db/migrate.js';
import { tempDir } from '../support/temp.js';

const ALL = loadMigrations();
const VERSION = ALL.find((m) => m.name.endsWith('-check-constraints-without-in.sql'))!.version;

const cleanups: (() => void)[] = [];
afterEach(() => { while (cleanups.length) cleanups.pop()!(); });

function book(upTo: number) {
  const t = tempDir();
  const db = new Database(join(t.path, 'book.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  cleanups.push(() => { db.close(); t.remove(); });
  migrate(db, ALL.slice(0, upTo), 'book.db');
  return db;
}

const tableSql = (db: Database.Database) =>
  db.prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%CHECK%' ORDER BY name").all();

/** Each table's checked columns and their allowed values, read from either form of the constraint. */
function allowedValues(db: Database.Database): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const { name, sql } of tableSql(db)) {
    for (const m of sql.matchAll(/CHECK \((\w+) IN \(([^()]*)\)\)/g)) out[`${name}.${m[1]}`] = m[2]!.split(',').map((v) => v.trim()).sort();
    for (const m of sql.matchAll(/CHECK \(((\w+) = '[^']*'(?: OR \2 = '[^']*')*)\)/g)) {
      out[`${name}.${m[2]}`] = [...m[1]!.matchAll(/= ('[^']*')/g)].map((v) => v[1]!).sort();
    }
  }
  return out;
}

const addContact = (db: Database.Database, id: string, stage = 'prospect') => db.prepare(`INSERT INTO contacts
  (id, display_name, stage, stage_changed_at, source, sort_name, created_at, updated_at)
  VALUES (?, '김철수', ?, '2026-01-01', 'manual', '김철수', '2026-01-01', '2026-01-01')`).run(id, stage);

describe('migration 0013: CHECK constraints without IN lists', () => {
  it('leaves no IN list and allows exactly the values the IN lists allowed', () => {
    const before = allowedValues(book(VERSION - 1));
    const db = book(VERSION);
    expect(Object.keys(before).length).toBeGreaterThanOrEqual(20);
    expect(allowedValues(db)).toEqual(before);
    for (const { name, sql } of tableSql(db)) expect(sql, name).not.toMatch(/CHECK\s*\(\s*\w+\s+IN\s*\(/);
    expect(db.pragma('user_version', { simple: true })).toBe(VERSION);
  });

  it('keeps the rows of a book made before it and still refuses a wrong value', () => {
    const db = book(VERSION - 1);
    addContact(db, 'c1', 'active');
    db.prepare(`INSERT INTO contact_points (id, contact_id, kind, raw_value, normalized, created_at, updated_at)
      VALUES ('p1', 'c1', 'mobile', '010-1234-5678', '+821012345678', '2026-01-01', '2026-01-01')`).run();
    migrate(db, ALL, 'book.db');
    expect(db.prepare('SELECT id, stage FROM contacts').all()).toEqual([{ id: 'c1', stage: 'active' }]);
    expect(db.prepare('SELECT kind, status FROM contact_points').all()).toEqual([{ kind: 'mobile', status: 'unverified' }]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(() => addContact(db, 'c2', 'friend')).toThrow(/CHECK constraint failed/);
    expect(() => db.prepare("UPDATE contact_points SET status = 'stale'").run()).toThrow(/CHECK constraint failed/);
    expect(() => db.prepare("UPDATE contact_points SET verified_via = NULL").run()).not.toThrow(); // NULL passes, as with IN
    addContact(db, 'c3', 'loyal');
    // Writing the schema is for the migration only: the connection is defensive again after it.
    expect(() => db.pragma('writable_schema = ON')).not.toThrow();
    expect(() => db.prepare("UPDATE sqlite_schema SET sql = sql WHERE name = 'contacts'").run()).toThrow();
  });

  it('rolls back an edit that leaves the schema unreadable', () => {
    const db = book(ALL.length);
    const broken = { version: ALL.length + 1, name: 'broken', sql: "-- inyeon: edits-schema\nPRAGMA writable_schema = ON;\nUPDATE sqlite_schema SET sql = 'CREATE TABLE deals (' WHERE name = 'deals';\nPRAGMA writable_schema = OFF;" };
    expect(() => migrate(db, [...ALL, broken], 'book.db')).toThrow(/malformed/);
    expect(db.pragma('user_version', { simple: true })).toBe(ALL.length);
    expect(db.prepare("SELECT count(*) AS n FROM deals").get()).toEqual({ n: 0 });
  });
});
