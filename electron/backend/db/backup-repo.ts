// What a book or backup file holds, read on any connection (the live book, or a backup opened
// read-only for its preview): the facts shown before a restore.
import { type DB, stmt } from './statements.js';

export interface BookFacts {
  schemaVersion: number;
  contacts: number;
  touches: number;
  /** occurred_at of the newest touch, or null when there is none. */
  newestTouch: string | null;
}

/** The tables a file must have to be an Inyeon book (a lookalike SQLite file is refused). */
const REQUIRED_TABLES = ['contacts', 'contact_points', 'interactions', 'follow_ups', 'settings'];

export function missingTables(db: DB): string[] {
  const have = new Set(stmt<[], { name: string }>(db, `SELECT name FROM sqlite_schema WHERE type = 'table'`).all().map((r) => r.name));
  return REQUIRED_TABLES.filter((t) => !have.has(t));
}

export function bookFacts(db: DB): BookFacts {
  const schemaVersion = db.pragma('user_version', { simple: true }) as number;
  const contacts = stmt<[], { n: number }>(db, 'SELECT count(*) AS n FROM contacts WHERE deleted_at IS NULL').get()!.n;
  const t = stmt<[], { n: number; newest: string | null }>(db, 'SELECT count(*) AS n, max(occurred_at) AS newest FROM interactions').get()!;
  return { schemaVersion, contacts, touches: t.n, newestTouch: t.newest };
}

export const quickCheck = (db: DB): string => (db.pragma('quick_check(20)') as { quick_check: string }[]).map((r) => r.quick_check).join('; ');
