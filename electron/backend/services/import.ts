// Import (issue 5): files → one batch. Reading and preparing (decoding, normalising, photos) runs
// in chunks with the event loop free, reporting progress and honouring Cancel; the write is one
// transaction, so a cancelled, failed or dry run leaves the book exactly as it was. Undo removes
// what the batch added and reverts what it merged.
//
// The write is deliberately not interruptible: better-sqlite3 runs it synchronously, and a
// transaction left open across event-loop turns would take in the writes of every other request
// served meanwhile (one connection), which a Cancel would then roll back too. So Cancel applies
// while reading; the job reports `writing` before the write starts and the UI disables Cancel.
// At ~4,000 rows/s the write of a 10,000-row file holds the backend for a few seconds.
import type {
  ImportBatch, ImportFileReport, ImportFormat, ImportJobStatus, ImportPreview, ImportRecordError, ImportReport, ImportSampleRow, SavedMapping,
} from '../../../shared/contract/import.js';
import { AppError } from '../../../shared/errors.js';
import { uuidv7 } from '../../../shared/uuid.js';
import { readImportFile, type ColumnMapping, type FileParse, type RecordResult } from '../import/index.js';
import { downscalePhoto } from '../import/photo.js';
import { batchContacts, contactsWithPoint, getBatch, insertBatch, listBatches, markBatchUndone, mergesOfBatch, purgeContact } from '../db/import-repo.js';
import { getContactRow, setDeletedAt } from '../db/contacts-repo.js';
import { readSetting, writeSetting } from '../db/settings-repo.js';
import { pruneFieldKeys, unindexContact, type FieldValue } from '../db/search-repo.js';
import { pruneUnusedTags } from '../db/tags-repo.js';
import type { Context } from '../context.js';
import type { ImportWriter, PreparedFile, PreparedRecord } from './import-writer.js';
import type { MergeService } from './merge.js';
import { normalizePoint, type NormalizedPoint } from './points.js';
import { fieldValues } from './search-doc.js';

export interface ImportFileInput {
  name: string;
  bytes: Uint8Array;
  mapping?: ColumnMapping | undefined;
}

export interface ImportOptions {
  dryRun?: boolean;
  /** While a file is read: its records parsed so far. */
  onReading?: (file: string, done: number, total: number) => void;
  onProgress?: (done: number, total: number) => void;
  isCancelled?: () => boolean;
  /** Called once, just before the (uninterruptible) write; the write waits for its promise. */
  onWriting?: () => Promise<void>;
}

const MAPPINGS_KEY = 'import.mappings';
const SAMPLE_ROWS = 20;
const CHUNK = 1000;
const MAX_PREVIEWS = 20;
const MAX_PREVIEW_BYTES = 160 * 1024 * 1024;
const MAX_JOBS = 50;
const ERRORS_SHOWN = 1000;

class Cancelled extends Error {}
class DryRun extends Error {}

/** The contract's ColumnMappingField has checked every target already. */
const asMapping = (m: Record<string, string> | undefined): ColumnMapping | undefined => m as ColumnMapping | undefined;

const IMPORT_CACHE_KIB = 256 * 1024;

function withCache<T>(db: Context['db'], fn: () => T): T {
  const before = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
  try {
    return fn();
  } finally {
    db.pragma(`cache_size = ${before}`);
  }
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * How long a job waits, before its write, for someone to read its status and learn it is
 * `writing` (the UI polls every 150 ms; the write then blocks every request until it commits).
 */
const WRITING_NOTICE_MS = 1000;

export function createImportService(ctx: Context, writer: ImportWriter, merge: MergeService) {
  const db = ctx.db;
  const previews = new Map<string, { name: string; bytes: Uint8Array; mapping: ColumnMapping | undefined }>();
  const jobs = new Map<string, ImportJobStatus & { cancel: boolean; seen: boolean }>();

  // ── reading ──────────────────────────────────────────────────────────────────────────────

  async function preview(name: string, bytes: Uint8Array, mappingIn?: Record<string, string>): Promise<ImportPreview> {
    const mapping = asMapping(mappingIn);
    const parse = await readImportFile(bytes, mapping ? { mapping } : {}, tick); // the backend keeps answering meanwhile
    const previewId = uuidv7(ctx.clock.now());
    previews.set(previewId, { name, bytes, mapping });
    // Files wait in memory for import.start: the oldest go first beyond a count or a total size.
    const total = () => [...previews.values()].reduce((s, p) => s + p.bytes.length, 0);
    while (previews.size > 1 && (previews.size > MAX_PREVIEWS || total() > MAX_PREVIEW_BYTES)) previews.delete(previews.keys().next().value!);
    const base = { previewId, file: name, format: parse.format as ImportFormat | null, encoding: parse.status === 'rejected' ? null : parse.encoding };
    if (parse.status === 'rejected') {
      return { ...base, records: 0, rejected: parse.reason, headers: null, suggestedMapping: null, knownHeaderSet: false, rawRows: null, sample: [], errors: [], wouldMerge: 0 };
    }
    if (parse.status === 'needsMapping') {
      return {
        ...base, records: 0, rejected: null, headers: parse.headers, suggestedMapping: parse.suggested, knownHeaderSet: false,
        rawRows: parse.preview, sample: [], errors: [], wouldMerge: 0,
      };
    }
    const good = parse.records.filter((r): r is Extract<RecordResult, { draft: unknown }> => 'draft' in r);
    let wouldMerge = 0;
    for (const r of good.slice(0, 20_000)) {
      if (r.draft.points.some((p) => (p.kind === 'mobile' || p.kind === 'email') && matchesBook(p.kind, p.value))) wouldMerge++;
    }
    return {
      ...base, records: parse.records.length, rejected: null, headers: null, suggestedMapping: mapping ?? null, knownHeaderSet: true, rawRows: null,
      sample: good.slice(0, SAMPLE_ROWS).map((r): ImportSampleRow => ({
        record: r.record, line: r.line, name: r.draft.name, company: r.draft.company, title: r.draft.title,
        phones: r.draft.points.filter((p) => p.kind === 'mobile' || p.kind === 'phone').map((p) => p.value),
        emails: r.draft.points.filter((p) => p.kind === 'email').map((p) => p.value), warnings: r.warnings,
      })),
      errors: parse.records.flatMap((r) => ('error' in r ? [{ record: r.record, line: r.line, reason: r.error }] : [])).slice(0, ERRORS_SHOWN),
      wouldMerge,
    };
  }

  function matchesBook(kind: 'mobile' | 'email', value: string): boolean {
    try {
      return contactsWithPoint(db, kind, normalizePoint(kind, value, 'value').normalized).length > 0;
    } catch {
      return false;
    }
  }

  /** Good records → prepared ones: points normalised (a bad one dropped with a warning), photos downscaled. */
  async function prepare(file: string, parse: Extract<FileParse, { status: 'parsed' }>, report: ImportFileReport, step: () => Promise<void>): Promise<PreparedFile> {
    const entries: PreparedRecord[] = [];
    const warnings: ImportRecordError[] = parse.warnings.map((w) => ({ record: 0, line: 0, reason: w }));
    let n = 0;
    for (const r of parse.records) {
      if (++n % CHUNK === 0) await step();
      if ('error' in r) {
        report.errors.push({ record: r.record, line: r.line, reason: r.error });
        continue;
      }
      const warn = (reason: string) => warnings.push({ record: r.record, line: r.line, reason });
      r.warnings.forEach(warn);
      const points: typeof r.draft.points = [];
      const normalized: NormalizedPoint[] = [];
      r.draft.points.forEach((p, i) => {
        try {
          const n = normalizePoint(p.kind, p.value, `points.${i}.value`, { lenient: true });
          if (n.malformed) warn(`${p.kind}: is not a phone number (${n.malformed === 'letters' ? 'letters' : 'too few digits'}), kept as written`);
          normalized.push(n);
          points.push(p);
        } catch (e) {
          warn(`${p.kind}: ${(e as Error).message.replace(/^points\.\d+\.value: /, '')}, not imported`);
        }
      });
      let photo: PreparedRecord['photo'] = null;
      if (r.extras.photo) {
        const ph = await downscalePhoto(r.extras.photo.bytes);
        if ('error' in ph) warn(ph.error);
        else photo = ph;
      }
      entries.push({ record: r.record, line: r.line, draft: { ...r.draft, points }, normalized, rev: r.extras.rev ?? null, photo });
    }
    return { file, entries, imported: 0, merged: 0, warnings, mergedRecords: [] };
  }

  // ── the batch ────────────────────────────────────────────────────────────────────────────

  /** Imports files as one batch. Rejected files and bad records are reported; the good ones are imported. */
  async function importFiles(files: ImportFileInput[], opts: ImportOptions = {}): Promise<ImportReport> {
    const reports: ImportFileReport[] = [];
    const parsed: { parse: Extract<FileParse, { status: 'parsed' }>; report: ImportFileReport }[] = [];
    const step = async () => {
      await tick();
      if (opts.isCancelled?.()) throw new Cancelled();
    };
    for (const f of files) {
      const parse = await readImportFile(f.bytes, f.mapping ? { mapping: f.mapping } : {}, async (p) => {
        opts.onReading?.(f.name, p.done, p.total);
        await step();
      });
      const report: ImportFileReport = {
        file: f.name, format: parse.format as ImportFormat | null, encoding: parse.status === 'rejected' ? null : parse.encoding,
        records: parse.status === 'parsed' ? parse.records.length : 0, imported: 0, merged: 0, skipped: 0, rejected: null, errors: [], warnings: [], mergedRecords: [],
      };
      if (parse.status === 'rejected') report.rejected = parse.reason;
      else if (parse.status === 'needsMapping') {
        report.rejected = `The columns need a mapping before import: ${parse.unknown.length ? `unknown column(s) ${parse.unknown.map((h) => `"${h}"`).join(', ')}` : 'no name column'}.`;
      } else parsed.push({ parse, report });
      reports.push(report);
    }
    const total = parsed.reduce((s, p) => s + p.parse.records.length, 0);
    let done = 0;
    const prepared: PreparedFile[] = [];
    for (const p of parsed) {
      const before = done;
      const pf = await prepare(p.report.file, p.parse, p.report, async () => {
        opts.onProgress?.(Math.min(total, before + CHUNK * Math.ceil((done - before + 1) / CHUNK)), total);
        await step();
      });
      done += p.parse.records.length;
      opts.onProgress?.(done, total);
      prepared.push(pf);
    }
    if (opts.isCancelled?.()) throw new Cancelled();
    await opts.onWriting?.();
    if (opts.isCancelled?.()) throw new Cancelled();
    const batchId = uuidv7(ctx.clock.now());
    const at = ctx.nowIso();
    const anything = prepared.some((p) => p.entries.length > 0);
    try {
      if (anything) {
        // A large batch touches more pages than the default 2 MB cache holds; spilling them to the
        // WAL mid-transaction would make the import I/O-bound.
        withCache(db, () => db.transaction(() => {
          writer.write(prepared, batchId, at);
          const imported = prepared.reduce((s, p) => s + p.imported, 0);
          const merged = prepared.reduce((s, p) => s + p.merged, 0);
          insertBatch(db, { id: batchId, at, files: parsed.map((p) => p.report.file), imported, merged });
          if (opts.dryRun) throw new DryRun();
        })());
      }
    } catch (e) {
      if (!(e instanceof DryRun)) throw e;
    }
    parsed.forEach((p, i) => {
      const pf = prepared[i]!;
      p.report.imported = pf.imported;
      p.report.merged = pf.merged;
      p.report.warnings = pf.warnings.slice(0, ERRORS_SHOWN);
      p.report.mergedRecords = pf.mergedRecords.slice(0, ERRORS_SHOWN);
    });
    for (const r of reports) {
      r.skipped = r.errors.length;
      r.errors = r.errors.slice(0, ERRORS_SHOWN);
    }
    const sum = (k: 'imported' | 'merged' | 'skipped') => reports.reduce((s, r) => s + r[k], 0);
    return { files: reports, imported: sum('imported'), merged: sum('merged'), skipped: sum('skipped'), batchId: anything && !opts.dryRun ? batchId : null, dryRun: !!opts.dryRun };
  }

  // ── jobs (the UI polls) ──────────────────────────────────────────────────────────────────

  function start(previewIds: string[], mappingIn: Record<string, string> | undefined, savedMappingName: string | undefined, dryRun: boolean): { jobId: string } {
    const mapping = asMapping(mappingIn);
    const files = previewIds.map((id) => {
      const p = previews.get(id);
      if (!p) throw new AppError('not-found', `No previewed file with id ${id}; preview it again.`);
      return { name: p.name, bytes: p.bytes, mapping: mapping ?? p.mapping };
    });
    if (savedMappingName && mapping) saveMapping(savedMappingName, mapping);
    const jobId = uuidv7(ctx.clock.now());
    const job: ImportJobStatus & { cancel: boolean; seen: boolean } = {
      jobId, state: 'running', done: 0, total: 0, reading: true, file: files[0]?.name ?? null, writing: false, report: null, error: null, cancel: false, seen: false,
    };
    jobs.set(jobId, job);
    for (const [id, j] of jobs) if (jobs.size > MAX_JOBS && j.state !== 'running') jobs.delete(id);
    void importFiles(files, {
      dryRun,
      onReading: (file, done, total) => { Object.assign(job, { reading: true, file, done, total }); },
      onProgress: (done, total) => { Object.assign(job, { reading: false, file: null, done, total }); },
      isCancelled: () => job.cancel,
      onWriting: async () => {
        job.writing = true;
        job.seen = false;
        for (const t0 = Date.now(); !job.seen && Date.now() - t0 < WRITING_NOTICE_MS;) await sleep(10);
      },
    }).then((report) => {
      job.state = 'done';
      job.writing = false;
      job.reading = false;
      job.report = report;
      for (const id of previewIds) previews.delete(id);
    }, (e: unknown) => {
      job.writing = false;
      job.reading = false;
      if (e instanceof Cancelled) job.state = 'cancelled';
      else {
        job.state = 'failed';
        job.error = e instanceof AppError ? e.message : 'The import failed; nothing was changed.';
        if (!(e instanceof AppError)) console.error('[inyeon] import failed:', e);
      }
    });
    return { jobId };
  }

  function requireJob(jobId: string) {
    const job = jobs.get(jobId);
    if (!job) throw new AppError('not-found', `No import job with id ${jobId}`);
    return job;
  }

  const publicJob = ({ cancel: _c, seen: _s, ...s }: ImportJobStatus & { cancel: boolean; seen: boolean }): ImportJobStatus => ({ ...s });

  function status(jobId: string): ImportJobStatus {
    const job = requireJob(jobId);
    job.seen = true;
    return publicJob(job);
  }

  function cancel(jobId: string): ImportJobStatus {
    const job = requireJob(jobId);
    // Once writing, the batch is committed as a whole: a late Cancel is not a silent no-op, the
    // answer says `writing` and the job ends `done` (Undo removes it).
    if (job.state === 'running' && !job.writing) job.cancel = true;
    return publicJob(job);
  }

  // ── batches and undo ─────────────────────────────────────────────────────────────────────

  const batches = (): { items: ImportBatch[] } => ({ items: listBatches(db) });

  /**
   * Removes a batch. When people from it (or people it merged into) were merged with others since,
   * it is refused with `merge-blocked` naming those merges, unless `withMerges`: then they are
   * undone first, newest first, in the same transaction (the user confirmed the list).
   */
  function undo(batchId: string, withMerges = false): { batchId: string; removed: number; reverted: number; unmerged: number } {
    const b = getBatch(db, batchId);
    if (!b) throw new AppError('not-found', `No import with id ${batchId}`);
    if (b.undoneAt) throw new AppError('conflict', 'This import was already undone.');
    const at = ctx.nowIso();
    let removed = 0, reverted = 0, unmerged = 0;
    db.transaction(() => {
      const people = batchContacts(db, batchId);
      const later = merge.laterMerges([
        ...people.map((c): [string, string] => [c.id, '']),
        ...mergesOfBatch(db, batchId).filter((m) => !m.undone_at).map((m): [string, string] => [m.kept_id, m.id]),
      ], (m) => m.batch_id === batchId);
      if (later.some((m) => m.batch_id)) {
        throw new AppError('conflict', 'A later import merged into someone from this import; undo that import first.');
      }
      if (later.length && !withMerges) throw merge.blockedBy(later);
      for (const m of later) { merge.undoMerge(m.id); unmerged++; }
      // Values the merges brought to people already in the book (a company filled in): their
      // keys go too if the undo leaves nobody holding them.
      const mergedValues: FieldValue[] = [];
      for (const m of mergesOfBatch(db, batchId)) {
        if (m.undone_at) continue;
        const kept = getContactRow(db, m.kept_id);
        if (kept) mergedValues.push(...fieldValues(kept));
        merge.undoMerge(m.id, true);
        reverted++;
      }
      for (const c of people) {
        unindexContact(db, c.num);
        // Someone the user has since called or sold to is kept in the trash, not destroyed.
        if (c.touched) setDeletedAt(db, c.id, at, at);
        else purgeContact(db, c.id);
        removed++;
      }
      pruneUnusedTags(db);
      pruneFieldKeys(db, [...mergedValues, ...people.filter((c) => !c.touched).flatMap(fieldValues)]);
      markBatchUndone(db, batchId, at);
    })();
    return { batchId, removed, reverted, unmerged };
  }

  // ── saved mappings ───────────────────────────────────────────────────────────────────────

  const mappings = (): SavedMapping[] => readSetting<SavedMapping[]>(db, MAPPINGS_KEY) ?? [];

  function saveMapping(name: string, mapping: Record<string, string>): SavedMapping {
    const m: SavedMapping = { name, mapping, savedAt: ctx.nowIso() };
    writeSetting(db, MAPPINGS_KEY, [...mappings().filter((x) => x.name !== name), m].sort((a, b) => a.name.localeCompare(b.name)));
    return m;
  }

  function deleteMapping(name: string): { name: string } {
    const all = mappings();
    if (!all.some((m) => m.name === name)) throw new AppError('not-found', `No saved mapping named ${name}`);
    writeSetting(db, MAPPINGS_KEY, all.filter((m) => m.name !== name));
    return { name };
  }

  return {
    preview, importFiles, start, status, cancel, batches, undo,
    mappings: () => ({ items: mappings() }), saveMapping, deleteMapping,
  };
}

export type ImportService = ReturnType<typeof createImportService>;
