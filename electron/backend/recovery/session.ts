// Open the book, or — when it cannot be opened — run in a recovery state that still answers the
// contract (issue 8). Transports (the loopback server, Electron IPC) talk to a Session instead of
// a Backend, so the renderer always gets an answer: `system.openState` tells it whether to show
// the app or the recovery screen, and the recovery methods carry the user's choice back here.
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Invoke } from '../../../shared/contract/index.js';
import { OPEN_PROBLEMS, type BackupRef, type OpenProblem, type OpenState, type RecoveryAction, type RecoveryResult } from '../../../shared/contract/recovery.js';
import { AppError, isAppError } from '../../../shared/errors.js';
import { systemClock } from '../context.js';
import { type Backend, type BackendOptions, DB_FILE, openBackend } from '../index.js';
import { bookKey } from '../crypt/book-key.js';
import { type KeyStore, passphraseKeys } from '../crypt/keys.js';
import { parseInput, toAppError } from '../handlers/index.js';
import { keepAside, restoreBackup } from './files.js';
import { acquireOwnerLock, type OwnerLock } from './owner-lock.js';

/**
 * Where the newest verified backup is, if any (the backup module's `latestVerifiedBackup`,
 * wired by whoever starts the session). Backups live in `<dataDir>/backups`.
 */
export type LatestBackup = (backupsDir: string) =>
  | { path: string; at?: string | null | undefined } | null | undefined
  | Promise<{ path: string; at?: string | null | undefined } | null | undefined>;

export interface SessionOptions extends BackendOptions {
  latestBackup?: LatestBackup;
  /**
   * Long-running owners (the app, `inyeon serve`) hold `<dataDir>/inyeon.lock` while the book is
   * open, so a second one is told which process has it (owner-lock.ts). Names what this one is.
   */
  ownerLock?: string;
  /**
   * Where an encrypted book's key may come from, tried in order (the app's keychain, a passphrase
   * from INYEON_PASSPHRASE or a file). Without one that fits, the session asks: `recovery.unlock`.
   */
  keyStores?: KeyStore[];
}

export interface Session {
  /** Call a contract method with untrusted params, in whichever state the session is. */
  dispatch(method: string, params: unknown): Promise<unknown>;
  invoke: Invoke;
  /** The open backend, or undefined while the book could not be opened. */
  backend(): Backend | undefined;
  /** The open error while in the recovery state. */
  problem(): AppError | undefined;
  close(): void;
}

export const backupsDir = (dataDir: string): string => join(dataDir, 'backups');

const ACTIONS: Record<OpenProblem, RecoveryAction[]> = {
  // A damaged book: put it aside and restore the latest backup, or start over (kept aside too).
  'db-corrupt': ['retry', 'restore-backup', 'start-empty'],
  // A newer book is never touched: the way forward is to update the app.
  'db-newer-version': ['retry'],
  'db-locked': ['retry'],
  'read-only': ['retry'],
  'disk-full': ['retry'],
  internal: ['retry'],
  // An encrypted book: the unlock screen asks for the passphrase (a wrong one changes nothing).
  'key-required': ['unlock', 'retry'],
  'wrong-key': ['unlock', 'retry'],
};

export function openSession(opts: SessionOptions): Session {
  const dbPath = join(opts.dataDir, DB_FILE);
  const clock = opts.clock ?? systemClock;
  let backend: Backend | undefined;
  let problem: AppError | undefined;
  let lock: OwnerLock | undefined;

  let stores: KeyStore[] = opts.keyStores ?? [];
  let key: Buffer | undefined;

  function tryOpen(): void {
    try {
      if (opts.ownerLock && !lock) {
        mkdirSync(opts.dataDir, { recursive: true, mode: 0o700 });
        lock = acquireOwnerLock(opts.dataDir, opts.ownerLock, new Date(clock.now()).toISOString());
      }
      key = bookKey(opts.dataDir, DB_FILE, stores);
      const opened = openBackend({ ...opts, key });
      backend = opened;
      problem = undefined;
      watchIntegrity(opened);
    } catch (e) {
      backend = undefined;
      problem = asOpenProblem(e);
    }
  }
  /**
   * Opening checks only the header and schema; the full quick_check follows in the background.
   * When it finds damage, the book is closed (no more writes into a damaged file) and the session
   * turns to the recovery state: the next call gets `db-corrupt`, and the renderer, asking
   * `system.openState`, shows the recovery screen with the latest backup.
   */
  function watchIntegrity(opened: Backend): void {
    void opened.integrity.then((verdict) => {
      if (backend !== opened || !isDamage(verdict)) return;
      process.stderr.write(`[inyeon] the background quick_check found damage; closing the book for recovery (${verdict})\n`);
      backend = undefined;
      problem = new AppError('db-corrupt', `The database ${dbPath} is damaged (quick_check: ${verdict}).`);
      void opened.close();
    });
  }

  tryOpen();

  async function latest(): Promise<BackupRef | null> {
    if (!opts.latestBackup) return null;
    try {
      const found = await opts.latestBackup(backupsDir(opts.dataDir));
      if (!found) return null;
      return { path: found.path, at: found.at ?? null, size: statSync(found.path).size };
    } catch {
      return null; // no backup to offer is better than no recovery screen
    }
  }

  async function openState(): Promise<OpenState> {
    if (backend || !problem) return { state: 'ok' };
    const code = problem.code as OpenProblem;
    const backup = code === 'db-corrupt' ? await latest() : null;
    const actions = ACTIONS[code].filter((a) => a !== 'restore-backup' || backup);
    return { state: 'recovery', problem: code, message: problem.message, dataPath: dbPath, backup, actions };
  }

  function requireAction(action: RecoveryAction, state: OpenState): void {
    if (state.state === 'ok') throw new AppError('conflict', 'The book is open; there is nothing to recover.');
    if (!state.actions.includes(action)) {
      throw new AppError('conflict', `"${action}" is not a way forward when ${state.problem}: the book was left as it is.`);
    }
  }

  async function recover(method: string, params: unknown): Promise<RecoveryResult> {
    const before = await openState();
    let keptAs: string | null = null;
    if (method === 'recovery.retry') {
      if (before.state === 'recovery') tryOpen();
    } else if (method === 'recovery.restoreBackup') {
      requireAction('restore-backup', before);
      const backup = before.state === 'recovery' ? before.backup : null;
      keptAs = restoreBackup(backup!.path, dbPath, new Date(clock.now()).toISOString(), { nativeBinding: opts.nativeBinding, key });
      tryOpen();
    } else if (method === 'recovery.unlock') {
      requireAction('unlock', before);
      // The passphrase is tried first, then the stores the session started with; it is kept only
      // as the key store of this session (a later restore or retry needs it again).
      stores = [passphraseKeys((params as { passphrase: string }).passphrase), ...(opts.keyStores ?? [])];
      tryOpen();
    } else {
      requireAction('start-empty', before);
      keptAs = keepAside(dbPath, new Date(clock.now()).toISOString());
      tryOpen();
    }
    return { state: await openState(), keptAs };
  }

  async function dispatch(method: string, params: unknown): Promise<unknown> {
    if (backend) return backend.dispatch(method, params);
    const parsed = parseInput(method, params);
    if (method === 'system.openState') return openState();
    // The start (shared/contract/start.ts): the open state alone, since nothing else can be read.
    if (method === 'system.start') return { open: await openState(), today: null, settings: null, info: null };
    if (method.startsWith('recovery.')) {
      try {
        return await recover(method, parsed);
      } catch (e) {
        throw toAppError(e);
      }
    }
    // Everything else waits for the book: the same typed error the open ended with.
    throw problem!;
  }

  return {
    dispatch,
    invoke: ((method, params) => dispatch(method, params)) as Invoke,
    backend: () => backend,
    problem: () => problem,
    close: () => {
      backend?.close();
      lock?.release();
      lock = undefined;
    },
  };
}

/** A quick_check verdict that means a damaged file (not 'ok', a stopped check, or a check that could not run for another reason). */
export function isDamage(verdict: string): boolean {
  if (verdict === 'ok' || verdict === 'stopped' || verdict === 'pending') return false;
  if (verdict.startsWith('quick_check failed:')) return /malformed|not a database|corrupt|SQLITE_CORRUPT|SQLITE_NOTADB/i.test(verdict);
  return true;
}

function asOpenProblem(e: unknown): AppError {
  if (isAppError(e) && (OPEN_PROBLEMS as readonly string[]).includes(e.code)) return e;
  const message = e instanceof Error ? e.message.split('\n')[0]! : String(e);
  return new AppError('internal', `Inyeon could not open its book: ${message}`);
}
