// The backups of an encrypted book (issue 8). Backups made before encryption was turned on are
// plain files: the user may have them encrypted with the book's key (each re-keyed copy verified
// like a backup, backup/rekey.ts) or deleted. When the passphrase changes, the encrypted backups
// are re-keyed with the book, so a restore (which reads backups with the book's key) still works
// and the old passphrase opens none of them. One backup failing does not stop the others; each
// failure is reported with its name, and that backup is left exactly as it was.
import { rmSync } from 'node:fs';
import type { BackupInfo } from '../../../shared/contract/backup.js';
import type { BackupProblem, ProtectBackupsResult } from '../../../shared/contract/security.js';
import { AppError } from '../../../shared/errors.js';
import { listBackups, manifestPath } from '../backup/files.js';
import { rekeyBackup } from '../backup/rekey.js';
import type { BookHost } from '../backup/service.js';
import { type DbAccess, fileKind } from '../db/driver.js';

/** Plain backups while the book is encrypted (none while it is not: then every backup is as the book). */
export function plainBackups(host: BookHost): BackupInfo[] {
  if (!host.access().key) return [];
  return listBackups(host.dataDir, host.access()).filter((b) => fileKind(b.path) === 'plain');
}

const problem = (name: string, e: unknown): BackupProblem => ({ name, message: e instanceof Error ? e.message : String(e) });

export async function protectBackups(host: BookHost, action: 'encrypt' | 'delete', names: readonly string[] | undefined, appVersion: string): Promise<ProtectBackupsResult> {
  const key = host.access().key;
  if (!key) throw new AppError('conflict', 'The book is not encrypted: its backups are as readable as the book itself.');
  const wanted = names ? new Set(names) : null;
  const targets = plainBackups(host).filter((b) => !wanted || wanted.has(b.name));
  if (wanted) {
    const known = new Set(targets.map((b) => b.name));
    const unknown = [...wanted].filter((n) => !known.has(n));
    if (unknown.length) throw new AppError('not-found', `Not a plain backup in the backups folder: ${unknown.join(', ')}. Nothing was changed.`);
  }
  const result: ProtectBackupsResult = { encrypted: [], deleted: [], failed: [], remaining: 0 };
  for (const b of targets) {
    try {
      if (action === 'encrypt') {
        await rekeyBackup(b.path, { nativeBinding: host.access().nativeBinding }, key, appVersion);
        result.encrypted.push(b.name);
      } else {
        rmSync(b.path, { force: true });
        rmSync(manifestPath(b.path), { force: true });
        result.deleted.push(b.name);
      }
    } catch (e) {
      result.failed.push(problem(b.name, e));
    }
  }
  result.remaining = plainBackups(host).length;
  return result;
}

/** Re-key every encrypted backup from the old key to the new one (a passphrase change). */
export async function rekeyEncryptedBackups(host: BookHost, from: DbAccess, toKey: Buffer, appVersion: string): Promise<{ rekeyed: string[]; failed: BackupProblem[] }> {
  const out = { rekeyed: [] as string[], failed: [] as BackupProblem[] };
  for (const b of listBackups(host.dataDir, from)) {
    if (fileKind(b.path) !== 'encrypted') continue;
    try {
      await rekeyBackup(b.path, from, toKey, appVersion);
      out.rekeyed.push(b.name);
    } catch (e) {
      out.failed.push(problem(b.name, e));
    }
  }
  return out;
}
