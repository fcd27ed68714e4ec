// Re-encrypting a backup in place (issue 8): a plain backup from before encryption was turned on
// gets the book's key, and an encrypted one gets the new key when the passphrase changes. Each is
// verified like a backup: the worker (db/snapshot.ts) copies it, re-keys the copy, compares every
// table's row count with the original and runs integrity_check; only then is the copy renamed over
// the backup (atomic) and its manifest rewritten with the new size and hash. The backup keeps its
// name, time and kind. A kill between the two renames leaves a whole backup under the new key with
// the old manifest: it opens, and the list shows it as not verified (size/hash differ).
import { chmodSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { AppError } from '../../../shared/errors.js';
import { bookFacts } from '../db/backup-repo.js';
import type { DbAccess } from '../db/driver.js';
import { snapshotFile } from '../db/snapshot.js';
import { fsyncDir, type Manifest, manifestPath, openReadOnly, parseBackupName, readManifest, writeDurably } from './files.js';

/** Suffix of the staged copy (swept with every other `*.tmp` by the next backup). */
const STAGED = '.rekey.tmp';

/**
 * Re-encrypt the backup at `path`, read with `from` (a plain file is read without the key), under
 * `toKey`. Rejects, leaving the backup as it was, when the copy cannot be made or fails a check.
 */
export async function rekeyBackup(path: string, from: DbAccess, toKey: Buffer, appVersion: string): Promise<void> {
  const staged = `${path}${STAGED}`;
  const manifestTmp = `${manifestPath(path)}.tmp`;
  rmSync(staged, { force: true });
  try {
    const snap = await snapshotFile(path, staged, from, { rekeyTo: toKey });
    if (snap.integrity !== 'ok') throw new AppError('db-corrupt', `${basename(path)}: the re-encrypted copy failed its check (${snap.integrity}); the backup was left as it was.`);
    const ro = openReadOnly(staged, { ...from, key: toKey });
    const facts = (() => { try { return bookFacts(ro); } finally { ro.close(); } })();
    const old = readManifest(path);
    const parsed = parseBackupName(basename(path));
    const manifest: Manifest = {
      format: 'inyeon-backup',
      createdAt: old?.createdAt ?? parsed?.createdAt ?? new Date().toISOString(),
      kind: old?.kind ?? parsed?.kind ?? 'manual',
      bytes: snap.bytes, sha256: snap.sha256, integrity: snap.integrity,
      appVersion: old?.appVersion ?? appVersion,
      ...facts,
    };
    writeDurably(manifestTmp, `${JSON.stringify(manifest, null, 2)}\n`);
    chmodSync(staged, 0o600);
    renameSync(staged, path);
    renameSync(manifestTmp, manifestPath(path));
    fsyncDir(dirname(path));
  } finally {
    rmSync(staged, { force: true });
    rmSync(manifestTmp, { force: true });
  }
}
