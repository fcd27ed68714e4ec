// What the scan worker can be asked to do, and how any connection does it: the same function runs
// in the worker (worker.ts) and, for small books or inside a transaction, on the writer (book-scans.ts).
import type { LifecycleSuggestionItem } from '../../../shared/domain/types.js';
import type { DB } from '../db/statements.js';
import { findDuplicatePairs, type DuplicateCandidate } from './duplicate-pairs.js';
import { findLifecycleSuggestions, type LifecycleScanParams } from './lifecycle-suggestions.js';

export type ScanJob = { kind: 'duplicates' } | { kind: 'lifecycle'; params: LifecycleScanParams };

export type ScanValue<J extends ScanJob> = J extends { kind: 'duplicates' } ? DuplicateCandidate[] : LifecycleSuggestionItem[];

export function runScan<J extends ScanJob>(db: DB, job: J): ScanValue<J> {
  switch (job.kind) {
    case 'duplicates': return findDuplicatePairs(db) as ScanValue<J>;
    case 'lifecycle': return findLifecycleSuggestions(db, job.params) as ScanValue<J>;
  }
  throw new Error(`unknown scan ${(job as { kind: string }).kind}`);
}

/** A window on a scan's result: `items` from `cursor`, at most `limit` (all of them without a slice). */
export interface ScanSlice { cursor: number; limit: number }
export interface SlicedValue<T> { total: number; items: T[] }

export const sliceOf = <T>(all: T[], s?: ScanSlice): SlicedValue<T> => ({ total: all.length, items: s ? all.slice(s.cursor, s.cursor + s.limit) : all });

/**
 * The messages between book-scans.ts and worker.ts. A result stays in the worker (114k pairs at
 * 100k contacts take ~0.5 s to copy between threads, on the backend's thread): 'scan' keeps it
 * under its id and answers its size, 'slice' answers a window of it, 'drop' forgets it.
 */
export type ScanRequest =
  | { op: 'scan'; id: number; job: ScanJob }
  | { op: 'slice'; id: number; scanId: number; slice?: ScanSlice | undefined }
  | { op: 'drop'; scanId: number };
export type ScanReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };
export interface ScanWorkerData {
  /** The book file, opened read-only. */
  path: string;
  /** The SQLite driver's entry, required by path (a bundled worker resolves no packages of its own). */
  module: string;
  nativeBinding?: string | undefined;
  /** An encrypted book's key pragmas (driver.ts keyPragmas), empty for a plain file. */
  keyPragmas: string[];
  /** Source runs only: the TypeScript entry tsx-worker.mjs imports once tsx is registered. */
  entry?: string;
}
