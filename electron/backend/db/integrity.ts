// The full `PRAGMA quick_check` reads every page (~9 ms per MB here: seconds for a 100k book),
// so opening the book no longer waits for it (DESIGN §6: open ≤ 500 ms). It runs right after
// open on its own read-only connection in a worker thread — a reader, so the single-writer rule
// holds — and its verdict is reported through system.info (`integrity`: 'pending' → 'ok' or the
// problem). `inyeon doctor` still runs it synchronously (connection.ts, integrity: 'sync').
import { Worker } from 'node:worker_threads';
import { type DbAccess, driverModulePath, keyPragmas } from './driver.js';

// Plain CommonJS evaluated in the worker: no TypeScript loader or bundler entry is needed, so the
// same code runs under tsx, vitest and the Electron bundle. better-sqlite3 is passed in by path.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
let db;
try {
  db = new Database(workerData.path, { readonly: true, fileMustExist: true,
    ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}) });
  for (const p of workerData.keyPragmas) db.pragma(p);
  // quick_check reads each page once: a large page cache (16 MB in this build) would only grow
  // this thread's malloc arena, which glibc keeps after the thread ends.
  db.pragma('cache_size = -2048');
  const rows = db.pragma('quick_check(20)');
  parentPort.postMessage(rows.map((r) => r.quick_check).join('; '));
} catch (e) {
  parentPort.postMessage('quick_check failed: ' + (e && e.message ? e.message : String(e)));
} finally {
  if (db) db.close();
}
`;

export interface IntegrityCheck {
  /** 'pending' until the check finishes, then 'ok' or what quick_check found. */
  current(): string;
  /** Resolves with the verdict (also when the check was stopped: 'stopped'). */
  done: Promise<string>;
  stop(): void;
}

export function settled(result: string): IntegrityCheck {
  return { current: () => result, done: Promise.resolve(result), stop: () => undefined };
}

export function checkInBackground(path: string, access: DbAccess, onProblem?: (result: string) => void): IntegrityCheck {
  let result = 'pending';
  const workerData = { path, module: driverModulePath(), nativeBinding: access.nativeBinding, keyPragmas: access.key ? keyPragmas(access.key.toString('hex')) : [] };
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
  // A short-lived process (a CLI command) must not wait for the check to exit.
  worker.unref();
  const done = new Promise<string>((resolve) => {
    const finish = (r: string) => {
      if (result !== 'pending') return;
      result = r;
      if (r !== 'ok' && r !== 'stopped') onProblem?.(r);
      resolve(r);
    };
    worker.once('message', (m: string) => finish(m));
    worker.once('error', (e) => finish(`quick_check failed: ${e.message}`));
    worker.once('exit', () => finish('stopped'));
  });
  return {
    current: () => result,
    done,
    stop: () => { void worker.terminate(); },
  };
}
