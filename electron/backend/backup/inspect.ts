// What a backup file holds, checked before anything is restored from it: a SQLite file, with
// Inyeon's tables, from this version of Inyeon or an older one, that passes quick_check. Anything
// else is refused with a sentence that says which of these it is not.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { BackupPreview } from '../../../shared/contract/backup.js';
import { AppError } from '../../../shared/errors.js';
import { bookFacts, missingTables, quickCheck } from '../db/backup-repo.js';
import { type Db, type DbAccess, fileKind } from '../db/driver.js';
import { assertNotNewer } from '../db/migrate.js';
import { openReadOnly, parseBackupName, readManifest } from './files.js';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

function readMagic(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    return buf.subarray(0, n).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

export function inspectBackup(path: string, latestSchema: number, access: DbAccess): BackupPreview {
  let bytes: number;
  let mtime: Date;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new Error('not a file');
    bytes = st.size;
    mtime = st.mtime;
  } catch {
    throw new AppError('not-found', `There is no backup file at ${path}.`);
  }
  // An encrypted backup has no magic: it is read with the book's key (a wrong key fails below).
  const encrypted = access.key !== undefined && fileKind(path) === 'encrypted';
  if (bytes === 0 || (!encrypted && readMagic(path) !== SQLITE_MAGIC)) {
    throw new AppError('invalid-input', `${basename(path)} is not an Inyeon backup (it is not a SQLite database file). Nothing was changed.`);
  }
  let db: Db | undefined;
  try {
    db = openReadOnly(path, access);
    const missing = missingTables(db);
    if (missing.length) {
      throw new AppError('invalid-input', `${basename(path)} is a database, but not an Inyeon book (no ${missing.join(', ')} table). Nothing was changed.`);
    }
    const facts = bookFacts(db);
    assertNotNewer(facts.schemaVersion, latestSchema, path);
    const check = quickCheck(db);
    if (check !== 'ok') throw new AppError('db-corrupt', `${basename(path)} is damaged (quick_check: ${check}). Nothing was changed.`);
    const m = readManifest(path);
    return {
      name: basename(path), path, bytes,
      createdAt: m?.createdAt ?? parseBackupName(basename(path))?.createdAt ?? mtime.toISOString(),
      ...facts,
      verified: m !== null && m.integrity === 'ok' && m.bytes === bytes,
    };
  } catch (e) {
    if (e instanceof AppError) throw e;
    if (encrypted) throw new AppError('wrong-key', `${basename(path)} is encrypted with a key other than this book's (or damaged). Nothing was changed.`);
    throw new AppError('db-corrupt', `${basename(path)} cannot be read as an Inyeon backup (${(e as Error).message}). Nothing was changed.`);
  } finally {
    db?.close();
  }
}
