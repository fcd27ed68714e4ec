// Who has the book open (issue 8: a second instance). Electron has its own single-instance lock;
// browser mode has none, and SQLite in WAL mode lets a second process open the same book as a
// second writer (DESIGN §3 wants exactly one). So the long-running owners — the Electron shell and
// `inyeon serve` — leave `<dataDir>/inyeon.lock` naming their process, and a second one is told
// which process has the book instead of silently sharing it. A lock whose process is gone (a
// crash, kill -9) is stale and taken over.
import { closeSync, existsSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors.js';

export const LOCK_FILE = 'inyeon.lock';

export interface LockOwner {
  pid: number;
  /** What kind of Inyeon holds it: 'browser mode (inyeon serve)', 'the Inyeon app'… */
  kind: string;
  since: string;
}

export interface OwnerLock {
  release(): void;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
};

function readOwner(path: string): LockOwner | null {
  try {
    const o = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    return typeof o.pid === 'number' ? { pid: o.pid, kind: String(o.kind ?? 'Inyeon'), since: String(o.since ?? '') } : null;
  } catch {
    return null; // unreadable or half-written: treated as stale
  }
}

/** Take the book's owner lock, or throw db-locked naming the live process that has it. */
export function acquireOwnerLock(dataDir: string, kind: string, nowIso: string): OwnerLock {
  const path = join(dataDir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, kind, since: nowIso };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600); // exclusive create: two starting at once cannot both win
      try {
        writeSync(fd, JSON.stringify(me));
      } finally {
        closeSync(fd);
      }
      return {
        release: () => {
          if (readOwner(path)?.pid === process.pid && existsSync(path)) unlinkSync(path);
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = readOwner(path);
      if (owner && owner.pid !== process.pid && alive(owner.pid)) {
        throw new AppError('db-locked', `The book is in use by another Inyeon: ${owner.kind}, process ${owner.pid}${owner.since ? `, since ${owner.since}` : ''}. Close it, or use it instead.`);
      }
      unlinkSync(path); // stale: its process is gone
    }
  }
  throw new AppError('db-locked', 'The book is being opened by another Inyeon at this moment. Try again.');
}
