// Prepared statements are compiled once per connection and reused (better-sqlite3 caches
// nothing by itself); repositories ask for them by their SQL text.
import type { Database } from './driver.js';

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

/**
 * Where the book stands as this connection sees it: total_changes() moves with every row this
 * connection writes (the one writer), data_version with every commit by another connection (a CLI
 * run on the same book). Anything derived from the book stays valid while the stamp stands still.
 */
export function bookStamp(db: Database.Database): string {
  const t = stmt<[], { t: number }>(db, 'SELECT total_changes() AS t').get()!.t;
  const v = stmt<[], { data_version: number }>(db, 'PRAGMA data_version').get()!.data_version;
  return `${t}:${v}`;
}

const memos = new WeakMap<Database.Database, { stamp: string; values: Map<string, unknown> }>();

/**
 * `compute()` once per `key` until the book changes (bookStamp): totals, counts, tag lists. Not
 * kept inside a transaction: a rollback does not move total_changes back, so a value that saw
 * rolled-back rows would outlive them.
 */
export function cachedUntilWrite<T>(db: Database.Database, key: string, compute: () => T): T {
  if (db.inTransaction) return compute();
  const stamp = bookStamp(db);
  let m = memos.get(db);
  if (!m || m.stamp !== stamp) memos.set(db, (m = { stamp, values: new Map() }));
  if (m.values.has(key)) return m.values.get(key) as T;
  const v = compute();
  m.values.set(key, v);
  return v;
}

/**
 * A count(*) remembered until the database changes: list pages and Today show totals that cost
 * a scan of up to the whole book (~5–7 ms at 100k) but change only when something is written.
 * `sql` must select one column `n`.
 */
export function cachedCount(db: Database.Database, sql: string, params: unknown[] | Record<string, unknown>): number {
  return cachedUntilWrite(db, `${sql}\n${JSON.stringify(params)}`, () => {
    const s = stmt<unknown[], { n: number }>(db, sql);
    return (Array.isArray(params) ? s.get(...params) : s.get(params))!.n;
  });
}
