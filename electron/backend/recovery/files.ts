// File moves for recovery (issue 8). Nothing here deletes a user's file: a damaged book is put
// aside under a new name, and a backup is copied in beside it, verified before and after.
import { chmodSync, closeSync, copyFileSync, existsSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../shared/errors.js';
import { type Db, type DbAccess, openFile } from '../db/driver.js';
import { loadMigrations, schemaVersion } from '../db/migrate.js';

/** SQLite's companions of a database file; they belong to it and move with it. */
const COMPANIONS = ['-wal', '-shm', '-journal'] as const;

/** `2026-11-23T11-02-25Z`: sortable, and valid in a Windows file name (no colons). */
export const fileStamp = (iso: string): string => iso.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');

function asideName(dbPath: string, nowIso: string): string {
  let target = `${dbPath}.damaged-${fileStamp(nowIso)}`;
  for (let n = 2; existsSync(target); n++) target = `${dbPath}.damaged-${fileStamp(nowIso)}-${n}`;
  return target;
}

/** Move the companions (-wal, -shm) beside `target`: they must never be applied to another main file. */
function moveCompanions(dbPath: string, target: string): void {
  for (const suffix of COMPANIONS) {
    if (existsSync(dbPath + suffix)) renameSync(dbPath + suffix, target + suffix);
  }
}

/**
 * Rename the book and its -wal/-shm to `<name>.damaged-<stamp>` (+ the same suffixes), so the
 * kept file still opens together with its WAL in any SQLite tool. Returns the new main path,
 * or null when there was no book to move. (Start empty: no book afterwards is the point.)
 */
export function keepAside(dbPath: string, nowIso: string): string | null {
  if (!existsSync(dbPath)) return null;
  const target = asideName(dbPath, nowIso);
  // Companions first: if the main rename failed after them, the book would lose its WAL.
  moveCompanions(dbPath, target);
  renameSync(dbPath, target);
  syncDir(dirname(dbPath));
  return target;
}

/**
 * Keep a copy of the book aside while it stays in place (a hard link where the file system has
 * them, else a copy), with its companions moved beside the copy. The book can then be replaced
 * by one atomic rename: at no moment is there no book (a kill -9 in between must not leave the
 * next start to create an empty one).
 */
function keepCopyAside(dbPath: string, nowIso: string): string | null {
  if (!existsSync(dbPath)) return null;
  const target = asideName(dbPath, nowIso);
  try {
    linkSync(dbPath, target);
  } catch {
    copyFileSync(dbPath, target);
  }
  moveCompanions(dbPath, target);
  syncDir(dirname(dbPath));
  return target;
}

/**
 * Check that `backupPath` is a whole Inyeon book this version can open: a SQLite file whose
 * quick_check is ok and whose schema is not newer than ours. Throws a typed error otherwise.
 */
export function verifyBackup(backupPath: string, access: DbAccess = {}): void {
  if (!existsSync(backupPath)) throw new AppError('not-found', `The backup ${basename(backupPath)} is no longer there.`);
  let db: Db | undefined;
  try {
    db = openFile(backupPath, access, { readonly: true, fileMustExist: true });
    const check = String(db.pragma('quick_check', { simple: true }));
    if (check !== 'ok') throw new AppError('db-corrupt', `The backup ${basename(backupPath)} is damaged too (quick_check: ${check}).`);
    const version = schemaVersion(db);
    const latest = loadMigrations().length;
    if (version > latest) throw new AppError('db-newer-version', `The backup ${basename(backupPath)} was written by a newer Inyeon (schema ${version}).`);
    if (version === 0) throw new AppError('db-corrupt', `The backup ${basename(backupPath)} is not an Inyeon book.`);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('db-corrupt', `The backup ${basename(backupPath)} cannot be read (${e instanceof Error ? e.message : String(e)}).`);
  } finally {
    db?.close();
  }
}

/**
 * Put a verified backup in place of the damaged book: copy it to a temporary name beside the
 * book, flush and verify the copy, keep the damaged book aside, and rename the copy over it
 * (atomic within one folder). If anything fails before the rename, the damaged book is still
 * where it was. Returns where the damaged book was kept.
 */
export function restoreBackup(backupPath: string, dbPath: string, nowIso: string, access: DbAccess = {}): string | null {
  verifyBackup(backupPath, access);
  const tmp = join(dirname(dbPath), `.${basename(dbPath)}.restoring`);
  try {
    copyFileSync(backupPath, tmp);
    chmodSync(tmp, 0o600);
    const fd = openSync(tmp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    verifyBackup(tmp, access);
    const keptAs = keepCopyAside(dbPath, nowIso);
    renameSync(tmp, dbPath); // atomic: the damaged book or the restored one, never neither

    syncDir(dirname(dbPath));
    return keptAs;
  } catch (e) {
    if (existsSync(tmp)) unlinkSync(tmp);
    throw e;
  }
}

/** Make a rename durable: fsync the folder (not possible on Windows, where renames are durable enough). */
function syncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
