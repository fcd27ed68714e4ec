// Turning encryption on and off, and changing the passphrase (issue 8). All are the same safe swap:
// a copy of the book is made off the main thread (VACUUM INTO), re-encrypted or decrypted (rekey, on the copy only),
// checked (integrity_check and every table's row count against the book), fsynced, and only then
// renamed over the book by the host, which keeps the old file until the new one has opened.
// A kill at any moment leaves the old book or the new one in place, each openable: the key record
// is written (durably) before an encrypted book can exist, and whether the book is encrypted is
// read from the file itself.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ChangePassphraseResult, SecurityStatus } from '../../../shared/contract/security.js';
import { AppError, isAppError } from '../../../shared/errors.js';
import type { BookHost } from '../backup/service.js';
import type { Context } from '../context.js';
import { fileKind } from '../db/driver.js';
import { snapshotFile, SnapshotError } from '../db/snapshot.js';
import { plainBackups, protectBackups, rekeyEncryptedBackups } from './backups.js';
import { dropPendingKeyRecord, type KeyStore, passphraseKeys, promotePendingKeyRecord, readKeyRecord, writeKeyRecord, writePendingKeyRecord } from './keys.js';

const STAGED = /^crypt-\d+-\d+\.db\.tmp$/;

export function createSecurityService(ctx: Context, host: BookHost) {
  function status(): SecurityStatus {
    const encrypted = fileKind(ctx.dataPath) === 'encrypted';
    return {
      encrypted,
      keyKind: encrypted ? (readKeyRecord(host.dataDir)?.kind ?? null) : null,
      keychain: host.keyStore?.kind === 'safe-storage',
    };
  }

  /** Copies left by an interrupted switch are of no use: the book in place is whole. */
  function sweepStaged(): void {
    for (const name of readdirSync(host.dataDir)) if (STAGED.test(name)) rmSync(join(host.dataDir, name), { force: true });
  }

  const stagedPath = (): string => join(host.dataDir, `crypt-${process.pid}-${Date.now()}.db.tmp`);

  /** A verified copy of the book under `key` (null: decrypted) at `staged`, or a typed error with the book untouched. */
  async function rekeyCopy(staged: string, key: Buffer | null, what: string): Promise<void> {
    const snap = await snapshotFile(ctx.dataPath, staged, host.access(), { rekeyTo: key }).catch((e: unknown) => {
      const code = e instanceof SnapshotError ? e.code : undefined;
      if (code === 'SQLITE_FULL' || code === 'ENOSPC') throw new AppError('disk-full', 'The disk is full: the book was left as it was.');
      throw new AppError('internal', `The ${what} copy could not be made (${(e as Error).message}); the book was left as it was.`);
    });
    if (snap.integrity !== 'ok') throw new AppError('internal', `The ${what} copy failed its check (${snap.integrity}); the book was left as it was.`);
  }

  /** The key to encrypt with: the existing record's when this store opens it (older encrypted backups stay readable), else a new one. */
  function keyFor(store: KeyStore): Buffer {
    const existing = readKeyRecord(host.dataDir);
    if (existing && existing.kind === store.kind) {
      try {
        return store.unlock(existing);
      } catch (e) {
        if (!isAppError(e)) throw e;
      }
    }
    const { key, record } = store.create();
    writeKeyRecord(host.dataDir, record);
    return key;
  }

  async function setEncryption(on: boolean, passphrase?: string): Promise<SecurityStatus> {
    return host.exclusive(async () => {
      if ((fileKind(ctx.dataPath) === 'encrypted') === on) return status();
      const store = passphrase !== undefined ? passphraseKeys(passphrase) : host.keyStore;
      if (on && !store) {
        throw new AppError('invalid-input', 'A passphrase is needed to encrypt the book here.', [{ path: 'passphrase', message: 'required' }]);
      }
      sweepStaged();
      const key = on ? keyFor(store!) : null;
      const staged = stagedPath();
      try {
        await rekeyCopy(staged, key, on ? 'encrypted' : 'decrypted');
        host.replaceBook(staged, key);
      } finally {
        rmSync(staged, { force: true });
      }
      return status();
    });
  }

  /**
   * A new passphrase: the same verified swap as turning encryption on, under a new key derived from
   * the new passphrase; then the encrypted backups are re-keyed too. A wrong current passphrase is
   * `wrong-key` (issue on `current`) before anything is touched.
   */
  async function changePassphrase(current: string, next: string): Promise<ChangePassphraseResult> {
    return host.exclusive(async () => {
      const record = fileKind(ctx.dataPath) === 'encrypted' ? readKeyRecord(host.dataDir) : null;
      if (!record) throw new AppError('conflict', 'The book is not encrypted: there is no passphrase to change.');
      if (record.kind !== 'passphrase') {
        throw new AppError('conflict', 'This book’s key is kept in the system keychain of the Inyeon app: there is no passphrase to change.');
      }
      let oldKey: Buffer;
      try {
        oldKey = passphraseKeys(current).unlock(record);
      } catch (e) {
        if (isAppError(e) && e.code === 'wrong-key') {
          throw new AppError('wrong-key', 'The current passphrase is wrong: nothing was changed.', [{ path: 'current', message: 'is wrong' }]);
        }
        throw e;
      }
      let fresh: ReturnType<KeyStore['create']>;
      try {
        fresh = passphraseKeys(next).create();
      } catch (e) {
        if (isAppError(e) && e.code === 'invalid-input') throw new AppError('invalid-input', e.message, [{ path: 'next', message: e.issues?.[0]?.message ?? e.message }]);
        throw e;
      }
      sweepStaged();
      const staged = stagedPath();
      try {
        await rekeyCopy(staged, fresh.key, 're-encrypted');
        // The new record goes down (durably) before the re-keyed book takes the book's name; it is
        // promoted right after. A kill in between is settled at the next open by the book's salt.
        writePendingKeyRecord(host.dataDir, fresh.record, staged);
        try {
          host.replaceBook(staged, fresh.key);
        } catch (e) {
          dropPendingKeyRecord(host.dataDir);
          throw e;
        }
        promotePendingKeyRecord(host.dataDir);
      } finally {
        rmSync(staged, { force: true });
      }
      const backups = await rekeyEncryptedBackups(host, { nativeBinding: host.access().nativeBinding, key: oldKey }, fresh.key, ctx.version);
      return { status: status(), backupsRekeyed: backups.rekeyed, backupsFailed: backups.failed };
    });
  }

  return {
    status,
    setEncryption,
    changePassphrase,
    plainBackups: () => ({ items: plainBackups(host) }),
    protectBackups: (action: 'encrypt' | 'delete', names?: readonly string[]) =>
      host.exclusive(() => protectBackups(host, action, names, ctx.version)),
  };
}

export type SecurityService = ReturnType<typeof createSecurityService>;
