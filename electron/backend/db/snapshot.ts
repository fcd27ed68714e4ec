// A consistent copy of a database file, made off the main thread: a worker opens the source
// read-only (a reader, so the single-writer rule holds), runs `VACUUM INTO` a temp file (one
// snapshot of a single read transaction, however busy the writer is), switches the copy to a
// rollback journal (a backup is one self-contained file), runs the full integrity_check on it,
// hashes it and fsyncs it. The caller renames it into place only after all of that succeeded.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// Plain CommonJS evaluated in the worker (like integrity.ts): runs the same under tsx, vitest and
// the Electron bundle. better-sqlite3 is passed in by path.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
const Database = require(workerData.module);
const native = workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {};
let src, out;
try {
  if (workerData.mode === 'copy') {
    fs.copyFileSync(workerData.source, workerData.target);
  } else {
    src = new Database(workerData.source, { readonly: true, fileMustExist: true, ...native });
    src.prepare('VACUUM INTO ?').run(workerData.target);
    src.close(); src = undefined;
  }
  out = new Database(workerData.target, { fileMustExist: true, ...native });
  out.pragma('journal_mode = DELETE');
  const integrity = out.pragma('integrity_check(20)').map((r) => r.integrity_check).join('; ');
  out.close(); out = undefined;
  const fd = fs.openSync(workerData.target, 'r+');
  fs.fsyncSync(fd);
  const hash = crypto.createHash('sha256');
  const buf = Buffer.allocUnsafe(1 << 20);
  let n, bytes = 0;
  while ((n = fs.readSync(fd, buf, 0, buf.length, bytes)) > 0) { hash.update(buf.subarray(0, n)); bytes += n; }
  fs.closeSync(fd);
  parentPort.postMessage({ ok: true, integrity, bytes, sha256: hash.digest('hex') });
} catch (e) {
  parentPort.postMessage({ ok: false, error: e && e.message ? e.message : String(e), code: e && e.code });
} finally {
  if (src) src.close();
  if (out) out.close();
}
`;

export interface Snapshot {
  /** integrity_check's verdict on the copy: 'ok' or the problems found. */
  integrity: string;
  bytes: number;
  sha256: string;
}

export class SnapshotError extends Error {
  constructor(message: string, readonly code?: string) {
    super(message);
  }
}

/**
 * Copy `source` into `target` (which must not exist) and verify the copy; rejects on any failure.
 * 'vacuum' (a live book): VACUUM INTO, one consistent snapshot however busy the writer is.
 * 'copy' (a backup file nobody writes, with no -wal beside it): the bytes as they are, which
 * skips rebuilding every index — restore stages its file this way.
 */
export function snapshotFile(source: string, target: string, nativeBinding?: string, mode: 'vacuum' | 'copy' = 'vacuum'): Promise<Snapshot> {
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { source, target, module, nativeBinding, mode } });
  return new Promise<Snapshot>((resolve, reject) => {
    worker.once('message', (m: { ok: true } & Snapshot | { ok: false; error: string; code?: string }) => {
      if (m.ok) resolve({ integrity: m.integrity, bytes: m.bytes, sha256: m.sha256 });
      else reject(new SnapshotError(m.error, m.code));
    });
    worker.once('error', (e) => reject(new SnapshotError(e.message)));
    worker.once('exit', (code) => reject(new SnapshotError(`the backup worker stopped (exit ${code})`)));
  });
}
