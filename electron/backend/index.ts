// The backend as one object: open the book, build the services, answer contract calls.
// Node only — never imports electron — so tests, the CLI and browser mode run it as is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Invoke } from '../../shared/contract/index.js';
import { openDatabase } from './db/connection.js';
import { checkInBackground, settled } from './db/integrity.js';
import { type Clock, type Context, createContext, systemClock } from './context.js';
import { dispatch } from './handlers/index.js';
import { createServices, type Services } from './services/index.js';

export const DB_FILE = 'inyeon.db';

export interface BackendOptions {
  dataDir: string;
  clock?: Clock;
  /** better_sqlite3.node for Electron's ABI (the Electron shell only). */
  nativeBinding?: string;
  /**
   * 'background' (default): open without waiting for quick_check; it runs in a worker right
   * after and system.info reports 'pending' until then. 'sync': check before returning (doctor).
   */
  integrityCheck?: 'sync' | 'background';
}

export interface Backend {
  ctx: Context;
  services: Services;
  /** Call a contract method by name with untrusted params (what transports do). */
  dispatch(method: string, params: unknown): Promise<unknown>;
  /** The same, typed: for tests and in-process callers. */
  invoke: Invoke;
  /** quick_check's verdict once known ('ok' or the problem found). */
  integrity: Promise<string>;
  /** Closes the book and stops the OCR worker; the promise settles when the worker is gone. */
  close(): Promise<void>;
}

export function openBackend(opts: BackendOptions): Backend {
  const path = join(opts.dataDir, DB_FILE);
  const sync = opts.integrityCheck === 'sync';
  const opened = openDatabase(path, { ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}), integrity: sync ? 'sync' : 'deferred' });
  const check = sync ? settled(opened.integrity) : checkInBackground(path, opts.nativeBinding, (problem) => {
    process.stderr.write(`[inyeon] the database ${path} is damaged (quick_check: ${problem})\n`);
  });
  const ctx = createContext(opened.db, opts.clock ?? systemClock, path, appVersion());
  const services = createServices(ctx, check.current);
  const call = (method: string, params: unknown) => dispatch(services, method, params);
  return {
    ctx,
    services,
    dispatch: call,
    invoke: ((method, params) => call(method, params)) as Invoke,
    integrity: check.done,
    close: () => {
      check.stop();
      if (opened.db.open) opened.db.close();
      return services.capture.close();
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
