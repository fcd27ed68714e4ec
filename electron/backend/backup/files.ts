// The backups folder: names, manifests, listing. A backup is `inyeon-<UTC time>-<kind>.db` with a
// manifest `….db.json` beside it (when it was made, its size and SHA-256, what integrity_check
// said, what it holds). The .db gets its final name last, after its manifest: a file under a final
// name is therefore always complete and verified; a crash leaves only `*.tmp` files, which the
// next backup sweeps away.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readFileSync, readSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo, BackupKind } from '../../../shared/contract/backup.js';
import { bookFacts, type BookFacts } from '../db/backup-repo.js';
import { type Db, type DbAccess, openFile } from '../db/driver.js';

export const BACKUPS_DIR = 'backups';
const NAME_RE = /^inyeon-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-(auto|manual|safety)(?:-(\d+))?\.db$/;

export interface Manifest extends BookFacts {
  format: 'inyeon-backup';
  createdAt: string;
  kind: BackupKind;
  bytes: number;
  sha256: string;
  integrity: string;
  appVersion: string;
}

export const backupsDir = (dataDir: string): string => join(dataDir, BACKUPS_DIR);
export const manifestPath = (dbPath: string): string => `${dbPath}.json`;

/** `inyeon-20260302T010000000Z-auto.db`, with `-2`, `-3`… if that name is taken. */
export function backupName(createdAt: string, kind: BackupKind, taken: (name: string) => boolean): string {
  const stamp = createdAt.replace(/[-:.]/g, '');
  for (let i = 1; ; i++) {
    const name = `inyeon-${stamp}-${kind}${i > 1 ? `-${i}` : ''}.db`;
    if (!taken(name)) return name;
  }
}

export function parseBackupName(name: string): { createdAt: string; kind: BackupKind } | null {
  const m = NAME_RE.exec(name);
  if (!m) return null;
  return { createdAt: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`, kind: m[8] as BackupKind };
}

export function readManifest(dbPath: string): Manifest | null {
  try {
    const m = JSON.parse(readFileSync(manifestPath(dbPath), 'utf8')) as Manifest;
    return m.format === 'inyeon-backup' ? m : null;
  } catch {
    return null;
  }
}

export function sha256File(path: string): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    for (let pos = 0, n = 0; (n = readSync(fd, buf, 0, buf.length, pos)) > 0; pos += n) hash.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** Make a rename (or a new file) in `dir` durable. No-op where directories cannot be opened (Windows). */
export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot fsync a directory; NTFS journals the rename itself.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Write a small file (a manifest) and fsync it before it is renamed into place. */
export function writeDurably(path: string, text: string): void {
  const fd = openSync(path, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A read-only connection to a backup or a file to restore (Electron passes its own native build). */
export function openReadOnly(path: string, access: DbAccess): Db {
  return openFile(path, access, { readonly: true, fileMustExist: true });
}

/** Facts of a backup made without a manifest (copied in by hand): read from the file itself. */
function factsFromFile(path: string, access: DbAccess): BookFacts | null {
  let db: Db | undefined;
  try {
    db = openReadOnly(path, access);
    return bookFacts(db);
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

/**
 * Every backup in the folder, newest first. `verified` is cheap here (manifest says ok and the size
 * matches); `latestVerifiedBackup` re-hashes.
 */
export function listBackups(dataDir: string, access: DbAccess = {}): BackupInfo[] {
  const dir = backupsDir(dataDir);
  if (!existsSync(dir)) return [];
  const out: BackupInfo[] = [];
  for (const name of readdirSync(dir)) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const path = join(dir, name);
    let bytes: number;
    try {
      bytes = statSync(path).size;
    } catch {
      continue;
    }
    const m = readManifest(path);
    const facts = m ?? factsFromFile(path, access);
    out.push({
      name, path, kind: parsed.kind, createdAt: m?.createdAt ?? parsed.createdAt, bytes,
      contacts: facts?.contacts ?? 0, touches: facts?.touches ?? 0, schemaVersion: facts?.schemaVersion ?? 0,
      verified: m !== null && m.integrity === 'ok' && m.bytes === bytes,
    });
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/**
 * The newest backup that is still exactly what was verified when it was made (size and SHA-256
 * match its manifest), or null. For the "book is damaged" path at open time: it needs no open book.
 */
export function latestVerifiedBackup(dataDir: string, access: DbAccess = {}): BackupInfo | null {
  for (const b of listBackups(dataDir, access)) {
    if (!b.verified) continue;
    const m = readManifest(b.path);
    if (m && sha256File(b.path) === m.sha256) return b;
  }
  return null;
}
