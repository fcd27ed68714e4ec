// The one SQLite driver of the backend: better-sqlite3-multiple-ciphers, a drop-in superset of
// better-sqlite3 12.x that adds encryption (SQLite3 Multiple Ciphers). An unencrypted book is an
// ordinary SQLite file, so the driver reads books written before encryption existed as they are.
// Every connection (the writer, the background quick_check, backups, restore checks) goes through
// here, so an encrypted book is keyed the same way everywhere.
import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';

export type Db = Database.Database;
export { Database };

/** Resolved path of the driver's entry, for worker threads that `require` it themselves. */
export const driverModulePath = (): string => createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers');

export interface DbAccess {
  /** The driver's .node built for Electron's ABI (the Electron shell only). */
  nativeBinding?: string | undefined;
  /** The book's 32-byte key when it is encrypted (crypt/keys.ts). */
  key?: Buffer | undefined;
}

/**
 * SQLCipher 4 (AES-256, HMAC-SHA512 per page) with a raw 32-byte key: no passphrase derivation
 * inside SQLite, since our key already comes from safeStorage or scrypt. The same two pragmas run
 * in the worker threads (integrity.ts, snapshot.ts), which get the key as hex.
 */
export const keyPragmas = (keyHex: string): string[] => [`cipher = 'sqlcipher'`, `key = "x'${keyHex}'"`];

export function applyKey(db: Db, key: Buffer | undefined): void {
  if (!key) return;
  for (const p of keyPragmas(key.toString('hex'))) db.pragma(p);
}

const SQLITE_MAGIC = 'SQLite format 3\0';

/**
 * 'plain': an ordinary SQLite file (it starts with SQLite's magic). 'encrypted': a file without it
 * (SQLCipher pages start with a random salt) — or a damaged one, which only the key can tell apart.
 * 'empty': absent or zero bytes. Whether a book is encrypted is read from the file itself, so the
 * book and that fact can never disagree, whenever a swap was interrupted.
 */
export function fileKind(path: string): 'plain' | 'encrypted' | 'empty' {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return 'empty';
  }
  try {
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    if (n === 0) return 'empty';
    return buf.subarray(0, n).toString('latin1') === SQLITE_MAGIC ? 'plain' : 'encrypted';
  } finally {
    closeSync(fd);
  }
}

/**
 * Open a database file; the key is applied unless the file is a plain SQLite file (a backup made
 * before encryption was turned on opens as it is).
 */
export function openFile(path: string, access: DbAccess, opts: { readonly?: boolean; fileMustExist?: boolean } = {}): Db {
  const key = access.key && fileKind(path) !== 'plain' ? access.key : undefined;
  const db = new Database(path, { ...opts, ...(access.nativeBinding ? { nativeBinding: access.nativeBinding } : {}) });
  try {
    applyKey(db, key);
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}
