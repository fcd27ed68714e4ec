// The key of the book in a data folder, found before the book is opened. Whether the book is
// encrypted is read from the file (db/driver.ts fileKind); the key record says how to get its key;
// the key stores on offer (keychain, passphrase from the environment, a flag or the unlock screen)
// are tried in turn. A store that cannot open this kind of record is skipped; a wrong passphrase
// ends the search with `wrong-key`, before SQLite reads a page of the book.
import { join } from 'node:path';
import { AppError, isAppError } from '../../../shared/errors.js';
import { fileKind } from '../db/driver.js';
import { type KeyStore, readKeyRecord, settlePendingKeyRecord } from './keys.js';

export function bookKey(dataDir: string, dbFile: string, stores: readonly KeyStore[]): Buffer | undefined {
  if (fileKind(join(dataDir, dbFile)) !== 'encrypted') return undefined;
  settlePendingKeyRecord(dataDir, join(dataDir, dbFile));
  const record = readKeyRecord(dataDir);
  // No record: a damaged file (or the record was deleted, and the key with it) — opening says which.
  if (!record) return undefined;
  let reason: AppError | undefined;
  for (const store of stores) {
    try {
      return store.unlock(record);
    } catch (e) {
      if (isAppError(e) && e.code === 'key-required') reason = e;
      else throw e;
    }
  }
  throw reason ?? new AppError('key-required', record.kind === 'passphrase'
    ? 'This book is encrypted: enter its passphrase to open it.'
    : 'This book is encrypted with the system keychain of the Inyeon app: open it in the app.');
}
