// Which backup the recovery screen offers for a damaged book: the newest backup whose manifest
// and checksum verify (the backup module's own rule), else the newest file in <dataDir>/backups
// that passes an integrity check now (a copy the user put there, or one made before manifests).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { latestVerifiedBackup } from '../backup/files.js';
import { verifyBackup } from './files.js';

export function newestUsableBackup(backupsDir: string): { path: string; at: string } | null {
  if (!existsSync(backupsDir)) return null;
  const verified = latestVerifiedBackup(dirname(backupsDir));
  if (verified) return { path: verified.path, at: verified.createdAt };
  const files = readdirSync(backupsDir)
    .filter((f) => /\.(db|sqlite|inyeon)$/i.test(f))
    .map((f) => ({ path: join(backupsDir, f), mtime: statSync(join(backupsDir, f)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const f of files) {
    try {
      verifyBackup(f.path);
      return { path: f.path, at: new Date(f.mtime).toISOString() };
    } catch {
      // a damaged or foreign file: try the next older one
    }
  }
  return null;
}
