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
 * A scan's result as it leaves the worker: every item as JSON, UTF-8, one after another, and where
 * each starts. Two ArrayBuffers are handed over without a copy (157k duplicate pairs at 100k
 * contacts took ~0.5 s to structured-clone on the backend's thread), take ~25 MB outside the JS
 * heap instead of an object graph three times that size, and a page decodes only its own items.
 */
export interface EncodedItems { bytes: Uint8Array; offsets: Uint32Array }

export function encodeItems(items: readonly unknown[]): EncodedItems {
  const json = items.map((i) => JSON.stringify(i));
  const offsets = new Uint32Array(json.length + 1);
  for (let i = 0; i < json.length; i++) offsets[i + 1] = offsets[i]! + Buffer.byteLength(json[i]!, 'utf8');
  return { bytes: new TextEncoder().encode(json.join('')), offsets };
}

const decoder = new TextDecoder();

export function sliceEncoded<T>(e: EncodedItems, s?: ScanSlice): SlicedValue<T> {
  const total = e.offsets.length - 1;
  const from = Math.min(s?.cursor ?? 0, total);
  const to = s ? Math.min(total, from + s.limit) : total;
  const items: T[] = [];
  for (let i = from; i < to; i++) items.push(JSON.parse(decoder.decode(e.bytes.subarray(e.offsets[i]!, e.offsets[i + 1]!))) as T);
  return { total, items };
}

/**
 * The messages between book-scans.ts and worker.ts: 'scan' answers the encoded result (its
 * buffers transferred); 'close' lets the worker close its connection and end.
 */
export type ScanRequest = { op: 'scan'; id: number; job: ScanJob } | { op: 'close' };
export type ScanReply = { id: number; ok: true; value: EncodedItems } | { id: number; ok: false; error: string };
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
