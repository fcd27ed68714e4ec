// The one writer connection (DESIGN §3, TRAPS: WAL with several writers is exposed to a
// corruption bug, so the backend owns exactly one). Opening checks the version before any
// write, migrates, and runs quick_check — or, with integrity: 'deferred', only a cheap schema
// check, leaving the full quick_check to a background reader (integrity.ts).
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../../shared/errors.js';
import { type Db, type DbAccess, openFile } from './driver.js';
import { assertNotNewer, loadMigrations, migrate, schemaVersion, type Migration } from './migrate.js';

export interface OpenResult {
  db: Db;
  path: string;
  migratedFrom: number;
  schemaVersion: number;
  /** quick_check's verdict, or 'deferred' when the caller runs it in the background. */
  integrity: string;
}

export interface OpenOptions extends DbAccess {
  migrations?: Migration[];
  // nativeBinding: the driver's .node built for Electron's ABI. node_modules holds the build for
  // Node (tests, CLI, browser mode); the Electron shell passes its own (see scripts/).
  // key: an encrypted book's key (crypt/keys.ts); the caller has checked it against the key record.
  /**
   * 'sync' (default): full quick_check before returning (doctor, tests). 'deferred': read the
   * header and schema only; the caller runs quick_check off the open path (integrity.ts).
   */
  integrity?: 'sync' | 'deferred';
}

export function openDatabase(path: string, opts: OpenOptions = {}): OpenResult {
  const migrations = opts.migrations ?? loadMigrations();
  try {
    ensurePrivateFile(path);
  } catch (e) {
    throw asOpenError(e, path);
  }
  refuseNewer(path, migrations.length, opts);
  let db: Db;
  try {
    db = openFile(path, opts);
  } catch (e) {
    throw asOpenError(e, path);
  }
  try {
    // Read the version first: a newer database must be left exactly as it was.
    assertNotNewer(schemaVersion(db), migrations.length, path);
    let integrity = 'deferred';
    if (opts.integrity === 'deferred') {
      // Parses the whole schema: a damaged header or schema page fails here, in milliseconds.
      db.prepare('SELECT count(*) FROM sqlite_schema').get();
    } else integrity = String(db.pragma('quick_check', { simple: true }));
    if (integrity !== 'ok' && integrity !== 'deferred') throw new AppError('db-corrupt', `The database ${path} is damaged (quick_check: ${integrity}).`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Deleted people should not linger in free pages (a privacy expectation of "delete").
    db.pragma('secure_delete = ON');
    const { from, to } = migrate(db, migrations, path);
    return { db, path, migratedFrom: from, schemaVersion: to, integrity };
  } catch (e) {
    db.close();
    throw asOpenError(e, path);
  }
}

/**
 * A newer book must be left exactly as it was. Its version is read on a read-only connection
 * first: closing a read-write connection would checkpoint a WAL left by the newer Inyeon into
 * the main file.
 */
function refuseNewer(path: string, latest: number, opts: OpenOptions): void {
  if (statSync(path).size === 0 && !existsSync(`${path}-wal`)) return; // a new, empty book
  let ro: Db | undefined;
  try {
    ro = openFile(path, opts, { readonly: true, fileMustExist: true });
    assertNotNewer(schemaVersion(ro), latest, path);
  } catch (e) {
    throw asOpenError(e, path);
  } finally {
    ro?.close();
  }
}

/** Data folder 0700 and database file 0600: other users of the machine cannot read the book. */
function ensurePrivateFile(path: string): void {
  const dir = dirname(path);
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!existsSync(path)) {
    closeSync(openSync(path, 'a', 0o600));
    chmodSync(path, 0o600);
  }
}

function asOpenError(e: unknown, path: string): AppError {
  if (e instanceof AppError) return e;
  const code = (e as { code?: string }).code ?? '';
  const message = e instanceof Error ? e.message : String(e);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || /not a database|malformed/i.test(message)) {
    return new AppError('db-corrupt', `The database ${path} is not readable as an Inyeon book (${message}).`);
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new AppError('db-locked', `The database ${path} is in use by another Inyeon.`);
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return new AppError('disk-full', `The disk holding ${path} is full: nothing was changed. Free some space and try again.`);
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new AppError('read-only', `Inyeon cannot write to ${dirname(path)} (${message}). Check that the folder is writable by you.`);
  }
  return new AppError('internal', `Could not open ${path}: ${message}`);
}

/**
 * Checkpoint and empty the WAL. Old versions of deleted rows live on in the WAL until then; a
 * PASSIVE checkpoint would leave the old frames' bytes on disk to be overwritten later. Best
 * effort: with a reader active (the background quick_check) SQLite checkpoints what it can.
 */
export function checkpointTruncate(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}
