// A real backend on a real temp SQLite file, with an injected clock, for integration tests.
// Also: typed-error assertions and whole-database snapshots ("nothing changed").
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type Database from 'better-sqlite3-multiple-ciphers';
import { expect } from 'vitest';
import { fixedClock } from '../../electron/backend/context.js';
import { openBackend, type Backend } from '../../electron/backend/index.js';
import type { ScanMode } from '../../electron/backend/scans/book-scans.js';
import { AppError, type ErrorCode } from '../../shared/errors.js';
import { tempDir } from './temp.js';

export type TestClock = ReturnType<typeof fixedClock>;

export interface TestBackend {
  b: Backend;
  clock: TestClock;
  dir: string;
  db: Database.Database;
  /** Close and reopen on the same folder (same clock). */
  reopen(): TestBackend;
  /** Settles when the OCR worker (if one was started) has stopped. */
  close(): Promise<void>;
}

/**
 * Open a backend on a fresh temp folder at `at`. Reasons render in English unless `locale`
 * says otherwise (the default, `system`, would follow the machine running the tests).
 */
export async function openTestBackend(at = '2026-03-02T01:00:00.000Z', opts: { locale?: 'en' | 'ko' | null; scans?: ScanMode } = {}): Promise<TestBackend> {
  const tmp = tempDir();
  const clock = fixedClock(at);
  const make = (): TestBackend => {
    const b = openBackend({ dataDir: tmp.path, clock, ...(opts.scans ? { scans: opts.scans } : {}) });
    return {
      b, clock, dir: tmp.path, db: b.ctx.db,
      reopen: () => { b.close(); return make(); },
      // The background quick_check first (milliseconds on a test book): a worker stopped inside
      // SQLite while its files are being deleted crashed the whole test process (V8 fatal error
      // in better-sqlite3's ThrowSqliteError on a terminating thread).
      close: async () => { await b.integrity; await b.close(); tmp.remove(); },
    };
  };
  const t = make();
  const locale = opts.locale === undefined ? 'en' : opts.locale;
  if (locale) await t.b.invoke('settings.update', { locale });
  return t;
}

/** Await a call that must fail with an AppError of `code`; returns the error. */
export async function expectAppError(p: Promise<unknown> | (() => unknown), code: ErrorCode): Promise<AppError> {
  let err: unknown;
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    err = e;
  }
  expect(err, `expected AppError ${code}, but the call succeeded`).toBeDefined();
  expect(err).toBeInstanceOf(AppError);
  const e = err as AppError;
  expect(e.code, e.message).toBe(code);
  return e;
}

/** Every table's name (including FTS shadow tables), sorted. */
export function tableNames(db: Database.Database): string[] {
  return (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[])
    .map((r) => r.name);
}

/** Tables of the search indexes, whose shadow tables' layout changes with any rewrite: compare them by content (searchIndexContent). */
export const isSearchIndexTable = (name: string): boolean => name.startsWith('contact_fts') || name.startsWith('note_words');

/**
 * The search indexes by what they hold: contact_fts's rows, and note_words' words per person
 * (contentless, so read through an fts5vocab table of its instances).
 */
export function searchIndexContent(db: Database.Database): { fts: unknown[]; noteWords: unknown[] } {
  db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.note_words_terms USING fts5vocab(main, note_words, instance)');
  return {
    fts: db.prepare('SELECT rowid, * FROM contact_fts ORDER BY rowid').all(),
    noteWords: db.prepare('SELECT doc, term, offset FROM temp.note_words_terms ORDER BY doc, offset').all(),
  };
}

export function rowCounts(db: Database.Database): Record<string, number> {
  return Object.fromEntries(tableNames(db).map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]));
}

/** A hash of every row of every table: equal before and after means nothing was written. */
export function contentHash(db: Database.Database): string {
  const h = createHash('sha256');
  for (const t of tableNames(db)) {
    const rows = (db.prepare(`SELECT * FROM "${t}"`).raw().all() as unknown[][]).map((r) =>
      JSON.stringify(r, (_k, v) => (typeof v === 'bigint' ? v.toString() : v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v)));
    rows.sort();
    h.update(`${t}\n${rows.join('\n')}\n`);
  }
  return h.digest('hex');
}

export const fileHash = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Rows of a table, for direct checks of what the services wrote. */
export function rows<T = Record<string, unknown>>(db: Database.Database, sql: string, ...params: unknown[]): T[] {
  return db.prepare(sql).all(...params) as T[];
}

/** Well-formed ids that name nothing. */
export const UNKNOWN_ID = '01900000-0000-7000-8000-00000000dead';
