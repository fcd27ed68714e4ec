// The backend as one object: open the book, build the services, answer contract calls.
// Node only — never imports electron — so tests, the CLI and browser mode run it as is.
//
// The object stays the same across a restore: `ctx` and `services` are read through getters
// because a restore closes the one writer connection, swaps the file and rebuilds both on the
// restored book (replaceBook below). Transports hold the Backend, never a service.
import { chmodSync, copyFileSync, linkSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Invoke } from '../../shared/contract/index.js';
import { AppError } from '../../shared/errors.js';
import type { BookHost } from './backup/service.js';
import { fsyncDir } from './backup/files.js';
import type { KeyStore } from './crypt/keys.js';
import { openDatabase } from './db/connection.js';
import { type DbAccess, fileKind } from './db/driver.js';
import { checkInBackground, type IntegrityCheck, settled } from './db/integrity.js';
import { loadMigrations } from './db/migrate.js';
import { type Clock, type Context, createContext, systemClock } from './context.js';
import { dispatch } from './handlers/index.js';
import type { ScanMode } from './scans/book-scans.js';
import { createServices, type Services } from './services/index.js';
import { finishSearchUpgrade } from './services/search-upgrade.js';

export const DB_FILE = 'inyeon.db';
export { latestVerifiedBackup } from './backup/files.js';

export interface BackendOptions {
  dataDir: string;
  clock?: Clock;
  /** better_sqlite3.node for Electron's ABI (the Electron shell only). */
  nativeBinding?: string;
  /** The book's key when it is encrypted (crypt/book-key.ts finds it before opening). */
  key?: Buffer | undefined;
  /** Where a new key is kept when encryption is turned on without a passphrase (the app: safeStorage). */
  keyStore?: KeyStore | undefined;
  /**
   * 'background' (default): open without waiting for quick_check; it runs in a worker right
   * after and system.info reports 'pending' until then. 'sync': check before returning (doctor).
   */
  integrityCheck?: 'sync' | 'background';
  /**
   * The daily automatic backup (the app and `inyeon serve`, not one-shot CLI commands or tests):
   * a minute after open, then checked every hour; made when today has none.
   */
  autoBackup?: boolean;
  /**
   * Where the whole-book scans (duplicates, lifecycle suggestions) run: 'auto' (default) in a
   * worker thread from a few thousand people on; 'worker' / 'inline' always (tests, the bench).
   */
  scans?: ScanMode;
}

export interface Backend {
  readonly ctx: Context;
  readonly services: Services;
  /** Call a contract method by name with untrusted params (what transports do). */
  dispatch(method: string, params: unknown): Promise<unknown>;
  /** The same, typed: for tests and in-process callers. */
  invoke: Invoke;
  /** quick_check's verdict once known ('ok' or the problem found). */
  readonly integrity: Promise<string>;
  /** Closes the book and stops the OCR worker; the promise settles when the worker is gone. */
  close(): Promise<void>;
}

// Not in the first minute: opening the app has its own work (quick_check, the daily pass, first screens).
const AUTO_BACKUP_DELAY_MS = 60_000;
const AUTO_BACKUP_EVERY_MS = 3_600_000;

interface Book {
  ctx: Context;
  services: Services;
  check: IntegrityCheck;
  close(): Promise<void>;
}

export function openBackend(opts: BackendOptions): Backend {
  const path = join(opts.dataDir, DB_FILE);
  const clock = opts.clock ?? systemClock;
  const latestSchema = loadMigrations().length;
  // Calls wait here while a restore swaps the book.
  let gate: Promise<unknown> | null = null;

  // The key changes when encryption is turned on or off; every connection reads it from here.
  let access: DbAccess = { nativeBinding: opts.nativeBinding, key: opts.key };
  const host: BookHost = {
    dataDir: opts.dataDir,
    access: () => access,
    keyStore: opts.keyStore,
    latestSchema,
    async exclusive(fn) {
      const run = fn();
      gate = run.catch(() => undefined);
      try {
        return await run;
      } finally {
        gate = null;
      }
    },
    replaceBook(staged, key) {
      // Closing the last connection checkpoints the WAL into the file and removes it (synchronously;
      // the promise is only the OCR worker winding down, which the new book does not need).
      void book.close();
      // A WAL or journal left beside the old file would be replayed into the new one.
      for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
      // The old book stays as a second name until the new one has opened; the rename over the book
      // is atomic, so a kill at any moment leaves the old book or the new one in place, never none.
      const aside = `${path}.before-restore.tmp`;
      rmSync(aside, { force: true });
      try {
        linkSync(path, aside);
      } catch {
        copyFileSync(path, aside);
      }
      const before = access;
      chmodSync(staged, 0o600);
      renameSync(staged, path);
      fsyncDir(opts.dataDir);
      if (key !== undefined) access = { ...access, key: key ?? undefined };
      try {
        // The staged copy passed integrity_check a moment ago; the usual background check follows.
        book = openBook(access, path, clock, host, 'background', opts.scans);
      } catch (e) {
        // The new file would not open (it passed its checks, so this is unexpected): put the
        // book back as it was and say so; the safety backup exists as well.
        renameSync(aside, path);
        fsyncDir(opts.dataDir);
        access = before;
        book = openBook(access, path, clock, host, 'background', opts.scans);
        throw new AppError('internal', `The new book could not be opened (${(e as Error).message}); the previous book was kept.`);
      }
      rmSync(aside, { force: true });
    },
  };

  // A swap killed before its last step leaves the previous book's second name behind (after turning
  // encryption on, a plain copy): the book in place is whole (renamed in atomically), so it goes.
  if (fileKind(path) !== 'empty') rmSync(`${path}.before-restore.tmp`, { force: true });
  let book = openBook(access, path, clock, host, opts.integrityCheck === 'sync' ? 'sync' : 'background', opts.scans);
  const call = async (method: string, params: unknown) => {
    while (gate) await gate;
    return dispatch(book.services, method, params);
  };

  const timers: NodeJS.Timeout[] = [];
  if (opts.autoBackup) {
    const tick = () => {
      book.services.backup.autoBackupIfDue().catch((e: unknown) => {
        process.stderr.write(`[inyeon] automatic backup failed: ${(e as Error).message}\n`);
      });
    };
    timers.push(setTimeout(tick, AUTO_BACKUP_DELAY_MS), setInterval(tick, AUTO_BACKUP_EVERY_MS));
    for (const t of timers) t.unref();
  }

  return {
    get ctx() { return book.ctx; },
    get services() { return book.services; },
    dispatch: call,
    invoke: ((method, params) => call(method, params)) as Invoke,
    get integrity() { return book.check.done; },
    close: () => {
      for (const t of timers) clearTimeout(t);
      return book.close();
    },
  };
}

function openBook(access: DbAccess, path: string, clock: Clock, host: BookHost, integrity: 'sync' | 'background', scans?: ScanMode): Book {
  const sync = integrity === 'sync';
  const opened = openDatabase(path, { ...access, integrity: sync ? 'sync' : 'deferred' });
  const check = sync ? settled(opened.integrity) : checkInBackground(path, access, (problem) => {
    process.stderr.write(`[inyeon] the database ${path} is damaged (quick_check: ${problem})\n`);
  });
  finishSearchUpgrade(opened.db);
  const ctx = createContext(opened.db, clock, path, appVersion());
  const services = createServices(ctx, check.current, host, scans ? { scans } : {});
  return {
    ctx, services, check,
    close: () => {
      check.stop();
      const scansStopped = services.scans.close();
      if (opened.db.open) opened.db.close();
      return Promise.all([scansStopped, services.recognizer.close()]).then(() => undefined);
    },
  };
}

let version: string | undefined;
export function appVersion(): string {
  if (version) return version;
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    version = pkg.version;
  } catch {
    version = process.env.INYEON_VERSION ?? '0.0.0';
  }
  return version;
}
