// The scan worker thread: its own read-only connection to the book (a reader, so the one-writer
// rule holds; WAL lets it read while the writer writes) answers one whole-book scan at a time, so
// the backend's thread stays free for Today, search and the rest while it reads (issue 7).
// Each scan is one read transaction: it sees the book as committed when the scan started. The
// result goes back encoded (jobs.ts) and nothing is kept here: the backend ends this thread when
// it has nothing more to ask, so the heap a scan grew (~150 MB at 100k) goes with it.
import { readlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { encodeItems, runScan, type ScanReply, type ScanRequest, type ScanWorkerData } from './jobs.js';

const data = workerData as ScanWorkerData;

// The scans are background work: on Linux this thread (a task of its own there) drops to the lowest
// CPU priority, so on a busy machine it yields to the thread answering the user. Elsewhere the
// call would move the whole process, so it is left alone.
if (process.platform === 'linux') {
  try {
    setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 19);
  } catch {
    // Not allowed or not there (a container without /proc): the scans run at normal priority.
  }
}
let db: BetterSqlite3.Database | null = null;

function open(): BetterSqlite3.Database {
  const Database = createRequire(import.meta.url)(data.module) as typeof BetterSqlite3;
  const conn = new Database(data.path, { readonly: true, fileMustExist: true, ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}) });
  try {
    for (const p of data.keyPragmas) conn.pragma(p);
    conn.pragma('busy_timeout = 5000');
    // A scan reads each page about once: SQLite's page cache (16 MB in this build) would only
    // grow this thread's malloc arena, which outlives the thread (glibc keeps it for the next one).
    conn.pragma(`cache_size = -${SCAN_CACHE_KIB}`);
  } catch (e) {
    conn.close();
    throw e;
  }
  return conn;
}

const SCAN_CACHE_KIB = 2048;

parentPort!.on('message', (req: ScanRequest) => {
  if (req.op === 'close') {
    db?.close();
    // Ends this thread only (not the process), whatever else (a loader) it has running.
    process.exit(0);
  }
  let reply: ScanReply;
  try {
    db ??= open();
    const conn = db;
    // One read transaction: every query of the scan sees the same committed book.
    const all: unknown[] = conn.transaction(() => runScan(conn, req.job))();
    reply = { id: req.id, ok: true, value: encodeItems(all) };
  } catch (e) {
    reply = { id: req.id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(reply, reply.ok ? [reply.value.bytes.buffer as ArrayBuffer, reply.value.offsets.buffer as ArrayBuffer] : []);
});
