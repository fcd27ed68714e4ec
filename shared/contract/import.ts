// Import (issue 5): files in (vCard, CSV, Excel .xlsx), each import one undoable batch, and
// duplicates found on import and across the whole book. Files reach the backend as base64 in
// JSON, over IPC and HTTP alike; long work runs as a job the renderer polls for progress.
import { z } from 'zod';
import { POINT_KINDS, type Stage } from '../domain/enums.js';
import { Id, noControl, requiredText } from './fields.js';
import type { ApiGroup } from './group.js';

/** 30 MB of file is more than any phone book export; base64 makes it 4/3 as long. */
export const MAX_IMPORT_BASE64 = 41_000_000;

export const IMPORT_FIELD_TARGETS = ['name', 'familyName', 'givenName', 'middleName', 'company', 'department', 'title', 'birthday', 'notes', 'tags'] as const;

/**
 * What one CSV/xlsx column holds: a contact field, a point kind (optionally with a label after a
 * colon: `phone:회사`), or `ignore`. Keyed by the header text exactly as in the file.
 */
export const ColumnTargetField = z.string().max(60).refine((t) => {
  if (t === 'ignore' || (IMPORT_FIELD_TARGETS as readonly string[]).includes(t)) return true;
  const [kind, ...label] = t.split(':');
  return (POINT_KINDS as readonly string[]).includes(kind!) && label.join(':').length <= 40 && noControl(t);
}, { message: 'must be a field, a point kind (optionally kind:label) or ignore' });
export const ColumnMappingField = z.record(z.string().max(200), ColumnTargetField);
export type ColumnMappingInput = z.input<typeof ColumnMappingField>;

export type ImportFormat = 'vcard' | 'csv' | 'xlsx';

/** One record of a file that was skipped, with where it is and why (in English; the UI shows it as is). */
export interface ImportRecordError {
  record: number;
  line: number;
  reason: string;
}

/** A record as it will be imported, for the preview table. */
export interface ImportSampleRow {
  record: number;
  line: number;
  name: string;
  company: string | null;
  title: string | null;
  phones: string[];
  emails: string[];
  warnings: string[];
}

export interface ImportPreview {
  previewId: string;
  file: string;
  format: ImportFormat | null;
  encoding: string | null;
  /** Records found (good and bad); 0 when the file is rejected or needs a mapping. */
  records: number;
  /** Set when the whole file is refused (nothing from it would be stored). */
  rejected: string | null;
  /** CSV/xlsx: the header row; null for vCard. */
  headers: string[] | null;
  /** CSV/xlsx: the mapping in use (the one given, or the suggestion). */
  suggestedMapping: Record<string, string> | null;
  /** False when some header is unknown: the user must confirm a mapping before starting. */
  knownHeaderSet: boolean;
  /** Raw first rows (CSV/xlsx) for the mapping screen. */
  rawRows: string[][] | null;
  /** The first records as they would be imported. */
  sample: ImportSampleRow[];
  errors: ImportRecordError[];
  /** How many records already match someone in the book by mobile or e-mail (would be merged). */
  wouldMerge: number;
}

/** The single-valued fields a merge keeps as stored when the file says otherwise. */
export const KEPT_FIELDS = ['name', 'company', 'department', 'title', 'birthday'] as const;
export type KeptField = (typeof KEPT_FIELDS)[number];

/** A field the file had differently from the person it was merged into: the stored value stays. */
export interface ImportFieldDifference {
  field: KeptField;
  kept: string;
  file: string;
}

/**
 * A record merged into someone: a person already in the book (`into: 'book'`) or an earlier
 * record of the same import (`'import'`). Where fields differed, the file's values were added to
 * that person's notes (`notedInNotes`), so nothing the file said is lost and Undo removes it too.
 */
export interface ImportMergedRecord {
  record: number;
  line: number;
  /** The record's name as in the file. */
  name: string;
  into: 'book' | 'import';
  /** The person it was merged into (in a dry run: who it would have been; nothing is stored). */
  contactId: string;
  /** That person's name as kept. */
  keptName: string;
  differences: ImportFieldDifference[];
  notedInNotes: boolean;
}

export interface ImportFileReport {
  file: string;
  format: ImportFormat | null;
  encoding: string | null;
  records: number;
  imported: number;
  merged: number;
  skipped: number;
  rejected: string | null;
  errors: ImportRecordError[];
  warnings: ImportRecordError[];
  /** Every merged record (first 1,000), with the fields that differed and what was kept. */
  mergedRecords: ImportMergedRecord[];
}

export interface ImportReport {
  files: ImportFileReport[];
  imported: number;
  merged: number;
  skipped: number;
  /** null when nothing was written (dry run, everything rejected, cancelled). */
  batchId: string | null;
  dryRun: boolean;
}

export type ImportJobState = 'running' | 'done' | 'cancelled' | 'failed';

export interface ImportJobStatus {
  jobId: string;
  state: ImportJobState;
  /** Records processed so far, of `total` (while `reading`: of the file being read). */
  done: number;
  total: number;
  /**
   * True while a file is being read (parsed), `file` naming it; a large file takes seconds, and
   * Cancel applies. Then the records are prepared (done/total over every file) and written.
   */
  reading: boolean;
  file: string | null;
  /**
   * True once every record is read and the batch is being written: that one transaction is not
   * interruptible (it blocks the backend until it commits), so Cancel no longer applies.
   */
  writing: boolean;
  report: ImportReport | null;
  /** When failed: why, in English. */
  error: string | null;
}

export interface ImportBatch {
  id: string;
  at: string;
  files: string[];
  imported: number;
  merged: number;
  /** Set once undone; an undone batch cannot be undone again. */
  undoneAt: string | null;
}

export interface SavedMapping {
  name: string;
  mapping: Record<string, string>;
  savedAt: string;
}

/** One side of a duplicate pair, with what the user needs to decide. */
export interface DuplicateSide {
  id: string;
  name: string;
  stage: Stage;
  company: string | null;
  title: string | null;
  phones: string[];
  emails: string[];
  /** Postal addresses as written (optional: the UI shows them when the backend sends them). */
  addresses?: string[];
  createdAt: string;
  /** The last real touch, for "who has the history" (optional, as above). */
  lastTouchAt?: string | null;
}

export type DuplicateWhy = 'mobile' | 'email' | 'name-company';

export interface DuplicatePair {
  a: DuplicateSide;
  b: DuplicateSide;
  /** exact: same mobile or e-mail (merged on import, `--merge-all-exact`); suggested: similar names at the same company. */
  kind: 'exact' | 'suggested';
  why: DuplicateWhy[];
  /** The shared value that matched (number, e-mail or company), for the sentence in the UI. */
  matched: string;
}

export interface MergeRecord {
  mergeId: string;
  keptId: string;
  mergedId: string;
  at: string;
  undoneAt: string | null;
}

const FileInput = z.object({
  name: requiredText(255),
  dataBase64: z.string().max(MAX_IMPORT_BASE64).regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'must be base64' }),
});

export const importApi = {
  /** Reads a file without storing anything; keeps it in memory under `previewId` for `import.start`. */
  'import.preview': {
    input: FileInput.extend({ mapping: ColumnMappingField.optional() }),
    result: {} as ImportPreview,
  },
  /** Starts importing previewed files (one batch, one transaction); poll `import.status`. */
  'import.start': {
    input: z.object({
      previewIds: z.array(Id).min(1).max(50),
      /** Applies to every CSV/xlsx file of the batch (else each file's own mapping from preview). */
      mapping: ColumnMappingField.optional(),
      /** Also save `mapping` under this name for next time. */
      savedMappingName: requiredText(80).optional(),
      dryRun: z.boolean().default(false),
    }),
    result: {} as { jobId: string },
  },
  'import.status': { input: z.object({ jobId: Id }), result: {} as ImportJobStatus },
  /** Cancels a running job while it reads: nothing from it stays. Once `writing`, the job runs to its end. */
  'import.cancel': { input: z.object({ jobId: Id }), result: {} as ImportJobStatus },
  'import.batches': { input: z.object({}).default({}), result: {} as { items: ImportBatch[] } },
  /** Removes exactly what the batch added and reverts what it merged into existing people. */
  /**
   * Refused with `merge-blocked` (issues name the merges) when its people were merged with others
   * since; `withMerges` undoes those merges first, in the same transaction.
   */
  'import.undo': {
    input: z.object({ batchId: Id, withMerges: z.boolean().optional() }),
    result: {} as { batchId: string; removed: number; reverted: number; unmerged: number },
  },
  'mappings.list': { input: z.object({}).default({}), result: {} as { items: SavedMapping[] } },
  'mappings.save': { input: z.object({ name: requiredText(80), mapping: ColumnMappingField }), result: {} as SavedMapping },
  'mappings.delete': { input: z.object({ name: requiredText(80) }), result: {} as { name: string } },
} satisfies ApiGroup;

export const duplicatesApi = {
  /** Pairs across the whole book, exact first; dismissed pairs are left out. */
  'duplicates.list': {
    input: z.object({ cursor: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(200).default(50) }),
    result: {} as { items: DuplicatePair[]; total: number; nextCursor: number | null },
  },
  /** Merges `mergeId` into `keepId` (recorded in contact history, undoable). */
  'duplicates.merge': { input: z.object({ keepId: Id, mergeId: Id }), result: {} as MergeRecord },
  'duplicates.undoMerge': { input: z.object({ mergeId: Id }), result: {} as MergeRecord },
  /** "Not the same person": the pair is never suggested again. */
  'duplicates.dismiss': { input: z.object({ aId: Id, bId: Id }), result: {} as { aId: string; bId: string } },
  /** Merges every exact pair (same mobile or e-mail); returns the merges made. */
  'duplicates.mergeAllExact': { input: z.object({}).default({}), result: {} as { items: MergeRecord[] } },
} satisfies ApiGroup;
