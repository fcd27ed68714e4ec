// A consistent copy of a database file, made off the main thread: a worker opens the source
// read-only (a reader, so the single-writer rule holds), runs `VACUUM INTO` a temp file (one
// snapshot of a single read transaction, however busy the writer is), switches the copy to a
// rollback journal (a backup is one self-contained file), runs the full integrity_check on it,
// fsyncs it and hashes it. The caller renames it into place only after all of that succeeded.
//
// An encrypted source gives an encrypted copy under the same key (SQLite3 Multiple Ciphers keys a
// VACUUM INTO target like its source). With `rekeyTo`, the copy is then re-encrypted (or decrypted,
// with no key) before it is checked — how encryption is turned on and off (crypt/convert.ts) — and
// the worker compares every table's row count between the source and the copy.
import { Worker } from 'node:worker_threads';
import { type DbAccess, driverModulePath, fileKind, keyPragmas } from './driver.js';

// Plain CommonJS evaluated in the worker (like integrity.ts): runs the same under tsx, vitest and
// the Electron bundle. The driver is passed in by path, keys as pragma lists.
//
// Where the time goes at 100k (924 MB, measured in CPU seconds on these 2 cores): VACUUM INTO ~4,
// integrity_check ~27 with SQLite's default 2 MB page cache, fsync ~0, hash ~1. The check walks
// every row of every table and looks each one up in each of its indexes (2.9M search keys, 1M
// touches): served from a memory map of the copy instead of a pread and a copy into the cache
// per page, it costs ~18. The hash runs in a second worker meanwhile (the file is final once the
// journal switch is done, and the check only reads it), so it adds nothing on two free cores.
const WORKER_SOURCE = `
const { parentPort, workerData, Worker } = require('node:worker_threads');
const fs = require('node:fs');
const Database = require(workerData.module);
const native = workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {};
const open = (path, readonly, pragmas) => {
  const db = new Database(path, { readonly, fileMustExist: true, ...native });
  for (const p of pragmas) db.pragma(p);
  return db;
};
// The connection that checks the copy (only this worker has it, so nothing can shrink the file
// under the map): mapped (SQLite3 Multiple Ciphers reads an encrypted file through its cache
// instead, whatever this says), with a cache big enough for the indexes the check looks rows up in.
const checker = (path, pragmas) => {
  const db = open(path, true, pragmas);
  db.pragma('mmap_size = ' + workerData.mmapBytes);
  db.pragma('cache_size = -' + workerData.cacheKiB);
  return db;
};
const counts = (db) => {
  const out = {};
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'").pluck().all();
  for (const t of tables) out[t] = db.prepare('SELECT count(*) FROM "' + t.replace(/"/g, '""') + '"').pluck().get();
  return out;
};
// fsync, then SHA-256 of the bytes on disk, in a worker of its own.
const hashInBackground = (path) => {
  const worker = new Worker(workerData.hashSource, { eval: true, workerData: { path } });
  const done = new Promise((resolve, reject) => {
    worker.once('message', (m) => m.ok ? resolve(m) : reject(Object.assign(new Error(m.error), { code: m.code })));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error('the hashing worker stopped (exit ' + code + ')')));
  });
  done.catch(() => undefined); // awaited below, unless the check failed first
  return { done, stop: () => worker.terminate() };
};
let src, out, hashing;
(async () => {
  try {
    let before = null;
    if (workerData.mode === 'copy') {
      fs.copyFileSync(workerData.source, workerData.target);
    } else {
      src = open(workerData.source, true, workerData.sourceKey);
      if (workerData.rekeyTo) before = counts(src);
      src.prepare('VACUUM INTO ?').run(workerData.target);
      src.close(); src = undefined;
    }
    out = open(workerData.target, false, workerData.sourceKey);
    out.pragma('journal_mode = DELETE');
    let key = workerData.sourceKey;
    if (workerData.rekeyTo) {
      // rekey rewrites every page; SQLite3 Multiple Ciphers does it in rollback-journal mode only.
      if (workerData.rekeyTo.length) out.pragma("cipher = 'sqlcipher'");
      out.pragma(workerData.rekeyTo.length ? workerData.rekeyTo[1].replace(/^key/, 'rekey') : "rekey = ''");
      key = workerData.rekeyTo;
    }
    out.close(); out = undefined;
    // From here on nothing writes the file: hash it while it is checked.
    hashing = hashInBackground(workerData.target);
    out = checker(workerData.target, key);
    const integrity = out.pragma('integrity_check(20)').map((r) => r.integrity_check).join('; ');
    if (before) {
      const after = counts(out);
      for (const t of Object.keys(before)) {
        if (after[t] !== before[t]) throw Object.assign(new Error('the copy has ' + after[t] + ' rows in ' + t + ', the book ' + before[t]), { code: 'COUNT_MISMATCH' });
      }
    }
    out.close(); out = undefined;
    const { bytes, sha256 } = await hashing.done;
    hashing = undefined;
    parentPort.postMessage({ ok: true, integrity, bytes, sha256 });
  } catch (e) {
    if (hashing) await hashing.stop();
    parentPort.postMessage({ ok: false, error: e && e.message ? e.message : String(e), code: e && e.code });
  } finally {
    if (src) src.close();
    if (out) out.close();
  }
})();
`;

const HASH_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
let fd;
try {
  fd = fs.openSync(workerData.path, 'r+');
  fs.fsyncSync(fd);
  const hash = crypto.createHash('sha256');
  const buf = Buffer.allocUnsafe(1 << 20);
  let n, bytes = 0;
  while ((n = fs.readSync(fd, buf, 0, buf.length, bytes)) > 0) { hash.update(buf.subarray(0, n)); bytes += n; }
  parentPort.postMessage({ ok: true, bytes, sha256: hash.digest('hex') });
} catch (e) {
  parentPort.postMessage({ ok: false, error: e && e.message ? e.message : String(e), code: e && e.code });
} finally {
  if (fd !== undefined) fs.closeSync(fd);
}
`;

/** The check's page cache (KiB), for encrypted files, which are not memory-mapped. */
const CHECK_CACHE_KIB = 128 * 1024;
/** Map up to this much of a file (SQLite's own ceiling is just under 2 GiB). */
const MMAP_BYTES = 2 ** 31 - 2 ** 16;

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

export interface SnapshotOptions {
  /**
   * 'vacuum' (a live book): VACUUM INTO, one consistent snapshot however busy the writer is.
   * 'copy' (a backup file nobody writes, with no -wal beside it): the bytes as they are, which
   * skips rebuilding every index — restore stages its file this way.
   */
  mode?: 'vacuum' | 'copy';
  /** Re-encrypt the copy with this key (null: decrypt it), and check row counts against the source. */
  rekeyTo?: Buffer | null;
}

/** Copy `source` into `target` (which must not exist) and verify the copy; rejects on any failure. */
export function snapshotFile(source: string, target: string, access: DbAccess, opts: SnapshotOptions = {}): Promise<Snapshot> {
  const hex = (k: Buffer | undefined | null) => (k ? keyPragmas(k.toString('hex')) : []);
  const workerData = {
    source, target, module: driverModulePath(), nativeBinding: access.nativeBinding, mode: opts.mode ?? 'vacuum',
    hashSource: HASH_SOURCE, mmapBytes: MMAP_BYTES, cacheKiB: CHECK_CACHE_KIB,
    // A plain file (a backup from before encryption) is read without the key.
    sourceKey: fileKind(source) === 'plain' ? [] : hex(access.key),
    rekeyTo: opts.rekeyTo === undefined ? undefined : hex(opts.rekeyTo),
  };
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
  return new Promise<Snapshot>((resolve, reject) => {
    worker.once('message', (m: { ok: true } & Snapshot | { ok: false; error: string; code?: string }) => {
      if (m.ok) resolve({ integrity: m.integrity, bytes: m.bytes, sha256: m.sha256 });
      else reject(new SnapshotError(m.error, m.code));
    });
    worker.once('error', (e) => reject(new SnapshotError(e.message)));
    worker.once('exit', (code) => reject(new SnapshotError(`the backup worker stopped (exit ${code})`)));
  });
}
