// Interim lookup of the newest usable backup in <dataDir>/backups, so the recovery screen can
// offer a restore before the backup module (electron/backend/backup/, issue 8's sibling) lands.
// At merge, `latestVerifiedBackup` from that module replaces this: it is the one function
// passed to openSession as `latestBackup`, nothing else depends on it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { verifyBackup } from './files.js';

export function newestUsableBackup(backupsDir: string): { path: string; at: string } | null {
  if (!existsSync(backupsDir)) return null;
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
