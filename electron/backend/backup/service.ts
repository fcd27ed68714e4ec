// Backups, restore and export as the contract offers them. Making a copy and checking it runs in a
// worker (db/snapshot.ts); the swap of the live book is the host's (index.ts), which owns the one
// writer connection and rebuilds the services on the restored file.
import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { BackupInfo, BackupKind, BackupPreview, ExportResult, RestoreResult } from '../../../shared/contract/backup.js';
import { AppError } from '../../../shared/errors.js';
import { localDate } from '../../../shared/rules/time.js';
import type { Context } from '../context.js';
import { bookFacts } from '../db/backup-repo.js';
import type { KeyStore } from '../crypt/keys.js';
import { type DbAccess, fileKind } from '../db/driver.js';
import { snapshotFile, SnapshotError } from '../db/snapshot.js';
import { exportFileName, exportMime, exportToString, type ExportFormat, type VcardVersion } from '../export/index.js';
import { backupName, backupsDir, fsyncDir, listBackups, type Manifest, manifestPath, openReadOnly, parseBackupName, writeDurably } from './files.js';
import { inspectBackup } from './inspect.js';
import { backupsToKeep } from './rotation.js';

/** What the backend that owns the book lends the backup service. */
export interface BookHost {
  dataDir: string;
  /** How to open the book's files now: the native build and, while encrypted, the key. */
  access(): DbAccess;
  /** The newest schema this Inyeon knows (a newer backup is refused). */
  latestSchema: number;
  /** Run `fn` while every other contract call waits (nothing may write between safety backup and swap). */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  /** The store that keeps a new key when encryption is turned on without a passphrase (the app's keychain). */
  keyStore?: KeyStore | undefined;
  /**
   * Close the book, put the verified file `staged` (in the data folder) in its place, reopen and
   * migrate. `key`: the staged file's key when it differs from the book's (null: not encrypted).
   */
  replaceBook(staged: string, key?: Buffer | null): void;
}

export function createBackupService(ctx: Context, timeZone: () => string, host: BookHost) {
  const dir = backupsDir(host.dataDir);
  // One backup at a time: a second request waits for the first rather than racing it.
  let queue: Promise<unknown> = Promise.resolve();

  function create(kind: BackupKind = 'manual'): Promise<BackupInfo> {
    const next = queue.catch(() => undefined).then(() => make(kind));
    queue = next;
    return next;
  }

  async function make(kind: BackupKind): Promise<BackupInfo> {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    sweep();
    const createdAt = ctx.nowIso();
    const name = backupName(createdAt, kind, (n) => existsSync(join(dir, n)));
    const final = join(dir, name);
    const tmp = `${final}.tmp`;
    const manifestTmp = `${manifestPath(final)}.tmp`;
    try {
      const snap = await snapshotFile(ctx.dataPath, tmp, host.access()).catch((e: unknown) => {
        throw toBackupError(e, 'make a backup');
      });
      if (snap.integrity !== 'ok') throw new AppError('db-corrupt', `The backup copy failed its integrity check (${snap.integrity}); no backup was kept.`);
      const ro = openReadOnly(tmp, host.access());
      const facts = (() => { try { return bookFacts(ro); } finally { ro.close(); } })();
      const manifest: Manifest = { format: 'inyeon-backup', createdAt, kind, bytes: snap.bytes, sha256: snap.sha256, integrity: snap.integrity, appVersion: ctx.version, ...facts };
      writeDurably(manifestTmp, `${JSON.stringify(manifest, null, 2)}\n`);
      renameSync(manifestTmp, manifestPath(final));
      chmodSync(tmp, 0o600);
      // The last step: only now does a file carry a backup's final name.
      renameSync(tmp, final);
      fsyncDir(dir);
      return { name, path: final, kind, createdAt, bytes: snap.bytes, contacts: facts.contacts, touches: facts.touches, schemaVersion: facts.schemaVersion, verified: true };
    } catch (e) {
      rmSync(tmp, { force: true });
      rmSync(manifestTmp, { force: true });
      throw e;
    }
  }

  /** Leftovers of an interrupted backup: temp files and manifests whose backup never got its name. */
  function sweep(): void {
    for (const f of readdirSync(dir)) {
      if (f.endsWith('.tmp') || (f.endsWith('.db.json') && !existsSync(join(dir, f.slice(0, -5))))) rmSync(join(dir, f), { force: true });
    }
  }

  function list(): { items: BackupInfo[]; folder: string } {
    return { items: listBackups(host.dataDir, host.access()), folder: dir };
  }

  /** Delete automatic and safety backups the rotation no longer keeps. */
  function rotate(): string[] {
    const items = listBackups(host.dataDir, host.access());
    const keep = backupsToKeep(items, timeZone());
    const removed: string[] = [];
    for (const b of items) {
      if (keep.has(b.name)) continue;
      rmSync(b.path, { force: true });
      rmSync(manifestPath(b.path), { force: true });
      removed.push(b.name);
    }
    return removed;
  }

  /** The daily automatic backup: made when today (local) has none yet, then the old ones rotated. */
  async function autoBackupIfDue(): Promise<BackupInfo | null> {
    const tz = timeZone();
    const today = localDate(ctx.clock.now(), tz);
    if (listBackups(host.dataDir, host.access()).some((b) => b.kind === 'auto' && localDate(b.createdAt, tz) === today)) return null;
    const made = await create('auto');
    rotate();
    return made;
  }

  /** A bare name is looked up in the backups folder; the CLI may pass an absolute path. */
  function resolve(file: string): string {
    if (isAbsolute(file)) return file;
    if (!parseBackupName(file)) throw new AppError('invalid-input', `"${file}" is not the name of a backup in ${dir}.`);
    return join(dir, file);
  }

  function preview(file: string): BackupPreview {
    return inspectBackup(resolve(file), host.latestSchema, host.access());
  }

  async function restore(file: string): Promise<RestoreResult> {
    const path = resolve(file);
    const restored = inspectBackup(path, host.latestSchema, host.access());
    return host.exclusive(async () => {
      const safetyBackup = await create('safety');
      rotate();
      const staged = join(host.dataDir, `restore-${process.pid}-${Date.now()}.db.tmp`);
      try {
        // A backup (rollback journal, nobody writing it) is copied as is; a live book with its WAL is vacuumed.
        const mode = existsSync(`${path}-wal`) ? 'vacuum' : 'copy';
        // A plain backup restored into an encrypted book is encrypted on the way in: restoring never turns encryption off.
        const access = host.access();
        const rekeyTo = access.key && fileKind(path) === 'plain' ? access.key : undefined;
        const snap = await snapshotFile(path, staged, access, { mode, ...(rekeyTo ? { rekeyTo } : {}) }).catch((e: unknown) => {
          throw toBackupError(e, 'read the backup');
        });
        if (snap.integrity !== 'ok') throw new AppError('db-corrupt', `${restored.name} failed its integrity check (${snap.integrity}). Nothing was changed.`);
        host.replaceBook(staged);
      } finally {
        rmSync(staged, { force: true });
      }
      return { restored, safetyBackup };
    });
  }

  function exportContacts(format: ExportFormat, vcardVersion: VcardVersion): ExportResult {
    const { content, count } = exportToString(ctx.db, { format, vcardVersion });
    return { fileName: exportFileName(format, localDate(ctx.clock.now(), timeZone()), vcardVersion), mime: exportMime(format), content, count };
  }

  return { create, list, preview, restore, rotate, autoBackupIfDue, exportContacts };
}

export type BackupService = ReturnType<typeof createBackupService>;

function toBackupError(e: unknown, what: string): AppError {
  if (e instanceof AppError) return e;
  const code = e instanceof SnapshotError ? e.code : undefined;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return new AppError('internal', `The disk is full: could not ${what}. Nothing was changed.`);
  return new AppError('internal', `Could not ${what}: ${(e as Error).message}. Nothing was changed.`);
}
