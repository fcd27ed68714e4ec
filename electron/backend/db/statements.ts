// Prepared statements are compiled once per connection and reused (better-sqlite3 caches
// nothing by itself); repositories ask for them by their SQL text.
import type Database from 'better-sqlite3';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function stmt<P extends unknown[] = unknown[], R = unknown>(db: Database.Database, sql: string): Database.Statement<P, R> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let s = cache.get(sql);
  if (!s) cache.set(sql, (s = db.prepare(sql)));
  return s as unknown as Database.Statement<P, R>;
}

export type DB = Database.Database;

/** The SQL of every statement prepared on `db` so far (query-plan tests read it). */
export const preparedSql = (db: Database.Database): string[] => [...(caches.get(db)?.keys() ?? [])];
