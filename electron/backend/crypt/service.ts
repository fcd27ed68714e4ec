// Turning encryption on and off (issue 8). Both ways are the same safe swap: a copy of the book
// is made off the main thread (VACUUM INTO), re-encrypted or decrypted (rekey, on the copy only),
// checked (integrity_check and every table's row count against the book), fsynced, and only then
// renamed over the book by the host, which keeps the old file until the new one has opened.
// A kill at any moment leaves the old book or the new one in place, each openable: the key record
// is written (durably) before an encrypted book can exist, and whether the book is encrypted is
// read from the file itself.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { SecurityStatus } from '../../../shared/contract/security.js';
import { AppError, isAppError } from '../../../shared/errors.js';
import type { BookHost } from '../backup/service.js';
import type { Context } from '../context.js';
import { fileKind } from '../db/driver.js';
import { snapshotFile, SnapshotError } from '../db/snapshot.js';
import { type KeyStore, passphraseKeys, readKeyRecord, writeKeyRecord } from './keys.js';

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
      // Copies left by an interrupted switch are of no use: the book in place is whole.
      for (const name of readdirSync(host.dataDir)) if (STAGED.test(name)) rmSync(join(host.dataDir, name), { force: true });
      const key = on ? keyFor(store!) : null;
      const staged = join(host.dataDir, `crypt-${process.pid}-${Date.now()}.db.tmp`);
      try {
        const snap = await snapshotFile(ctx.dataPath, staged, host.access(), { rekeyTo: key }).catch((e: unknown) => {
          const code = e instanceof SnapshotError ? e.code : undefined;
          if (code === 'SQLITE_FULL' || code === 'ENOSPC') throw new AppError('disk-full', 'The disk is full: the book was left as it was.');
          throw new AppError('internal', `The ${on ? 'encrypted' : 'decrypted'} copy could not be made (${(e as Error).message}); the book was left as it was.`);
        });
        if (snap.integrity !== 'ok') throw new AppError('internal', `The ${on ? 'encrypted' : 'decrypted'} copy failed its check (${snap.integrity}); the book was left as it was.`);
        host.replaceBook(staged, key);
      } finally {
        rmSync(staged, { force: true });
      }
      return status();
    });
  }

  return { status, setEncryption };
}

export type SecurityService = ReturnType<typeof createSecurityService>;
