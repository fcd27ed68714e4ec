// Whole-book read-only scans (duplicate pairs, lifecycle suggestions) off the request path
// (issue 7). The backend answers every request on one thread with one writer connection, so a
// scan of seconds at 100k contacts used to hold up Today, search and the page itself. A large book
// is scanned in a worker thread on its own read-only connection (worker.ts); a small one (a scan
// of tens of ms, less than a message round trip to a fresh worker costs) in line on the writer.
//
// Freshness: a result is kept under the book's stamp (total_changes + data_version, statements.ts)
// at the moment it was asked for. The worker reads in a transaction begun after that moment, so
// its snapshot holds every write up to the stamp (and maybe later ones); a call made after any
// later write has another stamp and never gets it. Inside an open transaction the writer's own
// uncommitted rows are invisible to the worker: callers there use `now`, which reads in line and
// keeps nothing (a rolled-back write does not move total_changes back).
//
// Memory (issue 7, backend RSS ≤ 300 MB): a scan at 100k grows its thread's heap to ~150 MB, and
// a thread kept alive keeps that heap. So the worker lives only while scans are asked for (Today's
// suggestions and the sidebar's duplicate count come together and share one): it hands each
// result back encoded (jobs.ts, ~25 MB for 157k pairs, outside the JS heap) and ends when nothing
// more is queued. The result is kept here, and dropped once the book has changed.
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { countContacts } from '../db/contacts-repo.js';
import { type DbAccess, driverModulePath, fileKind, keyPragmas } from '../db/driver.js';
import { bookStamp, cachedUntilWrite, type DB } from '../db/statements.js';
import { type EncodedItems, runScan, sliceEncoded, sliceOf, type ScanJob, type ScanReply, type ScanRequest, type ScanSlice, type ScanValue, type ScanWorkerData, type SlicedValue } from './jobs.js';

/** 'auto': the worker from WORKER_FROM_CONTACTS people on; 'worker' / 'inline' always (tests, the bench). */
export type ScanMode = 'auto' | 'worker' | 'inline';

/** Below this many people both scans take under ~50 ms in line here: less than the worker costs to start. */
export const WORKER_FROM_CONTACTS = 5_000;

type Item<J extends ScanJob> = ScanValue<J>[number];

export interface BookScans {
  /**
   * A window on the scan's result for the book as it is now (all of it without `slice`): from the
   * result kept for this stamp, from the worker, or read in line.
   */
  get<J extends ScanJob>(job: J, slice?: ScanSlice): Promise<SlicedValue<Item<J>>>;
  /** Read in line on the writer and keep nothing: inside a transaction, or for a caller that cannot wait. */
  now<J extends ScanJob>(job: J): ScanValue<J>;
  /** Where the last scan ran (tests check that the worker really answered). */
  lastRanIn(): 'worker' | 'inline' | null;
  /** Whether a scan worker is running now (it ends once nothing more is queued). */
  workerRunning(): boolean;
  close(): Promise<void>;
}

/** A scan's result as kept here: items read in line, or the worker's encoded ones. */
interface Source { slice(s?: ScanSlice): Promise<SlicedValue<unknown>> }

export function createBookScans(db: DB, path: string, access: () => DbAccess, mode: ScanMode = 'auto'): BookScans {
  const kept = new Map<ScanJob['kind'], { stamp: string; source: Source }>();
  let thread: ScanThread | null = null;
  /** Worker threads not yet exited (one closing while the next starts makes two). */
  let live = 0;
  let ranIn: 'worker' | 'inline' | null = null;
  let broken = false;
  let closed = false;

  const inWorker = (): boolean => !broken && (mode === 'worker'
    || (mode === 'auto' && cachedUntilWrite(db, 'scans:contacts', () => countContacts(db).live) >= WORKER_FROM_CONTACTS));

  function inline<J extends ScanJob>(job: J): ScanValue<J> {
    ranIn = 'inline';
    return runScan(db, job);
  }

  const local = (all: unknown[]): Source => ({ slice: (s) => Promise.resolve(sliceOf(all, s)) });

  function remote(job: ScanJob): Source {
    // A worker that cannot open the book or start at all (a broken install) must not cost the user
    // the feature: the scan is read in line, as before issue 7, and the problem said once.
    const fallback = (e: unknown): Source => {
      if (closed) throw e;
      if (!broken) process.stderr.write(`[inyeon] the scan worker failed (${(e as Error).message}); scanning in line\n`);
      broken = true;
      return local(inline(job) as unknown[]);
    };
    let t: ScanThread;
    try {
      if (!thread) {
        live++;
        thread = startThread(path, access(), () => { if (thread === t) thread = null; }, () => { live--; });
      }
      t = thread;
    } catch (e) {
      return fallback(e);
    }
    const result: Promise<Source> = t.scan(job).then((encoded) => {
      ranIn = 'worker';
      return { slice: (s) => Promise.resolve(sliceEncoded(encoded, s)) };
    }, fallback);
    return { slice: async (s) => (await result).slice(s) };
  }

  return {
    get(job, slice) {
      type V = SlicedValue<Item<typeof job>>;
      if (db.inTransaction) return Promise.resolve(sliceOf(inline(job) as unknown[], slice) as V);
      const book = bookStamp(db);
      const stamp = `${book} ${JSON.stringify(job)}`;
      // Results of a book that has changed since are never served again: let them go now.
      for (const [kind, e] of kept) if (!e.stamp.startsWith(`${book} `)) kept.delete(kind);
      let entry = kept.get(job.kind);
      if (entry?.stamp !== stamp) {
        let source: Source;
        try {
          source = inWorker() ? remote(job) : local(inline(job) as unknown[]);
        } catch (e) {
          return Promise.reject(e as Error);
        }
        kept.set(job.kind, (entry = { stamp, source }));
      }
      const mine = entry;
      const value = mine.source.slice(slice) as Promise<V>;
      // A failed scan is not kept: the next call tries again.
      value.catch(() => { if (kept.get(job.kind) === mine) kept.delete(job.kind); });
      return value;
    },
    now: inline,
    lastRanIn: () => ranIn,
    workerRunning: () => live > 0,
    async close() {
      closed = true;
      kept.clear();
      const t = thread;
      thread = null;
      await t?.stop();
    },
  };
}

interface ScanThread {
  scan(job: ScanJob): Promise<EncodedItems>;
  stop(): Promise<void>;
}

/**
 * The worker's entry: the bundled scan-worker.mjs beside the main bundle in a built app (unpacked
 * from app.asar: a worker thread cannot start inside it), else the TypeScript source through tsx.
 */
function workerEntry(): { file: string; entry?: string } {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return { file: fileURLToPath(new URL('./tsx-worker.mjs', here)), entry: new URL('./worker.ts', here).href };
  return { file: fileURLToPath(new URL('./scan-worker.mjs', here)).replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2') };
}

/**
 * A worker for as long as scans are queued: when the last answer arrives it is told to close its
 * connection and end (`onGone` then lets the next scan start a fresh one).
 */
function startThread(path: string, access: DbAccess, onGone: () => void, onExit: () => void): ScanThread {
  const { file, entry } = workerEntry();
  const workerData: ScanWorkerData = {
    path, module: driverModulePath(), nativeBinding: access.nativeBinding,
    // A plain file (an unencrypted book) is read without the key, as driver.ts openFile does.
    keyPragmas: access.key && fileKind(path) !== 'plain' ? keyPragmas(access.key.toString('hex')) : [],
    ...(entry ? { entry } : {}),
  };
  const worker = new Worker(file, { workerData });
  const pending = new Map<number, { resolve(v: EncodedItems): void; reject(e: Error): void }>();
  let next = 0;
  let gone = false;
  const fail = (e: Error) => {
    if (gone) return;
    gone = true;
    onGone();
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  worker.on('message', (r: ScanReply) => {
    const p = pending.get(r.id);
    if (!p) return;
    pending.delete(r.id);
    if (pending.size === 0) {
      // Nothing more queued: this worker ends, and its heap with it.
      gone = true;
      onGone();
      worker.postMessage({ op: 'close' } satisfies ScanRequest);
      worker.unref();
    }
    if (r.ok) p.resolve(r.value);
    else p.reject(new Error(r.error));
  });
  worker.on('error', (e) => fail(e));
  worker.on('exit', (code) => {
    onExit();
    fail(new Error(`the scan worker stopped (exit ${code})`));
  });
  return {
    scan(job) {
      if (gone) return Promise.reject(new Error('the scan worker has stopped'));
      const id = ++next;
      return new Promise<EncodedItems>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ op: 'scan', id, job } satisfies ScanRequest);
      });
    },
    async stop() {
      fail(new Error('the book was closed'));
      await worker.terminate();
    },
  };
}
