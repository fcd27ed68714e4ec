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
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { MIN_PASSPHRASE_LENGTH as MIN_PASSPHRASE } from '../../../shared/contract/security.js';
import { AppError } from '../../../shared/errors.js';

export const KEY_FILE = 'inyeon.key.json';

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

/** A passphrase read from a file (a "key file"): its text without the final line break. */
export function keyFileKeys(path: string): KeyStore {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new AppError('key-required', `The passphrase file ${path} cannot be read (${(e as Error).message}).`);
  }
  return passphraseKeys(text.replace(/\r?\n$/, ''));
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
export function writeKeyRecord(dataDir: string, record: KeyRecord): void {
  const path = keyRecordPath(dataDir);
  const tmp = `${path}.tmp`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(record, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}
