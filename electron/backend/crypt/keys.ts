// Where an encrypted book's key comes from (issue 8). The book is encrypted with a random or
// derived 32-byte key; the key record beside the book (`inyeon.key.json`, 0600) says how to get
// it back, and holds a check value so a wrong key is told apart from a damaged file before SQLite
// ever reads a page:
// - 'safe-storage' (the Electron app): a random key, stored encrypted by the OS keychain through
//   Electron's safeStorage. The file alone is useless on another account or machine.
// - 'passphrase' (browser mode, the CLI, or an app without a keychain): scrypt(passphrase, salt).
//   A key file is a passphrase read from a file (--passphrase-file, INYEON_PASSPHRASE_FILE).
// Nothing here imports electron: the app passes its safeStorage object in.
import { createHmac, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { MIN_PASSPHRASE_LENGTH as MIN_PASSPHRASE } from '../../../shared/contract/security.js';
import { AppError } from '../../../shared/errors.js';
import { fsyncDir } from '../backup/files.js';

export const KEY_FILE = 'inyeon.key.json';
/**
 * The next record while a passphrase is being changed: written (durably) just before the re-keyed
 * book is renamed in, renamed over KEY_FILE right after. It names the re-keyed file by its first 16
 * bytes (SQLCipher's random salt, new on every rekey), so after a kill between the two renames
 * `settlePendingKeyRecord` can tell, from the book alone, which of the two records opens it.
 */
export const PENDING_KEY_FILE = 'inyeon.key.next.json';

// scrypt cost: 2^15 × 8 × 1 (32 MiB, ~100 ms here) — a guessed passphrase costs an attacker that much each.
const SCRYPT = { N: 1 << 15, r: 8, p: 1 } as const;

export type KeyRecord =
  | { format: 'inyeon-key'; kind: 'safe-storage'; wrapped: string; check: string }
  | { format: 'inyeon-key'; kind: 'passphrase'; salt: string; N: number; r: number; p: number; check: string };

/** The part of Electron's safeStorage we use (a fake in tests: the Electron binary cannot run here). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/** A way to get the key: creates a new record (turning encryption on) or opens an existing one. */
export interface KeyStore {
  readonly kind: KeyRecord['kind'];
  /** A new random/derived key and the record that finds it again. */
  create(): { key: Buffer; record: KeyRecord };
  /** The key for `record`; AppError key-required (this store cannot open it) or wrong-key. */
  unlock(record: KeyRecord): Buffer;
}

const checkOf = (key: Buffer): string => createHmac('sha256', key).update('inyeon-key-check').digest('hex');

function verified(key: Buffer, record: KeyRecord): Buffer {
  const want = Buffer.from(record.check, 'hex');
  const got = Buffer.from(checkOf(key), 'hex');
  if (want.length !== got.length || !timingSafeEqual(want, got)) {
    throw new AppError('wrong-key', record.kind === 'passphrase' ? 'The passphrase is wrong: the book stays locked.' : 'The key from the keychain does not fit this book.');
  }
  return key;
}

export function safeStorageKeys(safe: SafeStorageLike): KeyStore {
  return {
    kind: 'safe-storage',
    create() {
      if (!safe.isEncryptionAvailable()) throw new AppError('key-required', 'The system keychain is not available: use a passphrase instead.');
      const key = randomBytes(32);
      return { key, record: { format: 'inyeon-key', kind: 'safe-storage', wrapped: safe.encryptString(key.toString('hex')).toString('base64'), check: checkOf(key) } };
    },
    unlock(record) {
      if (record.kind !== 'safe-storage') throw new AppError('key-required', 'This book is locked with a passphrase.');
      if (!safe.isEncryptionAvailable()) throw new AppError('key-required', 'The system keychain is not available, so the book cannot be unlocked.');
      let hex: string;
      try {
        hex = safe.decryptString(Buffer.from(record.wrapped, 'base64'));
      } catch {
        throw new AppError('wrong-key', 'The system keychain could not unlock this book (another user account or machine?).');
      }
      return verified(Buffer.from(hex, 'hex'), record);
    },
  };
}


export function passphraseKeys(passphrase: string): KeyStore {
  const derive = (salt: Buffer, n: { N: number; r: number; p: number }) =>
    scryptSync(passphrase.normalize('NFC'), salt, 32, { ...n, maxmem: 256 * n.N * n.r });
  return {
    kind: 'passphrase',
    create() {
      if ([...passphrase].length < MIN_PASSPHRASE) {
        throw new AppError('invalid-input', `The passphrase must have at least ${MIN_PASSPHRASE} characters.`, [{ path: 'passphrase', message: `at least ${MIN_PASSPHRASE} characters` }]);
      }
      const salt = randomBytes(16);
      const key = derive(salt, SCRYPT);
      return { key, record: { format: 'inyeon-key', kind: 'passphrase', salt: salt.toString('hex'), ...SCRYPT, check: checkOf(key) } };
    },
    unlock(record) {
      if (record.kind !== 'passphrase') throw new AppError('key-required', 'This book is locked with the system keychain of the Inyeon app: open it in the app.');
      return verified(derive(Buffer.from(record.salt, 'hex'), record), record);
    },
  };
}

/** The passphrase in a file (a "key file"): its text without the final line break. */
export function readPassphraseFile(path: string): string {
  try {
    return readFileSync(path, 'utf8').replace(/\r?\n$/, '');
  } catch (e) {
    throw new AppError('key-required', `The passphrase file ${path} cannot be read (${(e as Error).message}).`);
  }
}

/** A passphrase read from a file (a "key file"). */
export function keyFileKeys(path: string): KeyStore {
  return passphraseKeys(readPassphraseFile(path));
}

export const keyRecordPath = (dataDir: string): string => join(dataDir, KEY_FILE);

export function readKeyRecord(dataDir: string): KeyRecord | null {
  const path = keyRecordPath(dataDir);
  if (!existsSync(path)) return null;
  const r = JSON.parse(readFileSync(path, 'utf8')) as KeyRecord;
  if (r.format !== 'inyeon-key' || !r.check) throw new AppError('db-corrupt', `${path} is not an Inyeon key record.`);
  return r;
}

/** Written durably before the encrypted book exists (so a book never outlives its record). */
export function writeKeyRecord(dataDir: string, record: KeyRecord, file: string = KEY_FILE): void {
  const path = join(dataDir, file);
  const tmp = `${path}.tmp`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(record, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  fsyncDir(dataDir);
}

/** The first 16 bytes of a file, hex: an encrypted book's SQLCipher salt. */
export function fileSalt(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(16);
    return buf.subarray(0, readSync(fd, buf, 0, 16, 0)).toString('hex');
  } finally {
    closeSync(fd);
  }
}

/** The record of a re-keyed copy about to replace the book (see PENDING_KEY_FILE). */
export function writePendingKeyRecord(dataDir: string, record: KeyRecord, rekeyed: string): void {
  writeKeyRecord(dataDir, { ...record, fileSalt: fileSalt(rekeyed) } as KeyRecord & { fileSalt: string }, PENDING_KEY_FILE);
}

/** The re-keyed book is in place: its record becomes the record. */
export function promotePendingKeyRecord(dataDir: string): void {
  renameSync(join(dataDir, PENDING_KEY_FILE), keyRecordPath(dataDir));
  fsyncDir(dataDir);
}

export function dropPendingKeyRecord(dataDir: string): void {
  rmSync(join(dataDir, PENDING_KEY_FILE), { force: true });
}

/**
 * Finish or forget a passphrase change that was interrupted between renaming the re-keyed book in
 * and renaming its record in: the book's salt says which record is its own. Runs before every open.
 */
export function settlePendingKeyRecord(dataDir: string, bookPath: string): void {
  const pending = join(dataDir, PENDING_KEY_FILE);
  if (!existsSync(pending)) return;
  let salt: string | undefined;
  try {
    salt = (JSON.parse(readFileSync(pending, 'utf8')) as { fileSalt?: string }).fileSalt;
  } catch {
    salt = undefined; // a record cut short by a crash: the change never reached the book
  }
  if (salt && existsSync(bookPath) && fileSalt(bookPath) === salt) promotePendingKeyRecord(dataDir);
  else dropPendingKeyRecord(dataDir);
}
