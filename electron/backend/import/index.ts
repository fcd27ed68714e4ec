// The one entry point the import service calls: bytes (+ an optional CSV column mapping) → what
// the file is, how it was decoded, and one result per record. Never throws on file content.
import { parseCsvSteps, type CsvParse } from './csv.js';
import { detectFile } from './detect.js';
import type { RecordResult } from './draft.js';
import type { TextEncodingName } from './encoding.js';
import type { ColumnMapping } from './headers.js';
import { runAsync, runSync, type Progress, type Steps } from './steps.js';
import { parseVcardsSteps } from './vcard.js';
import { parseXlsx } from './xlsx.js';

export type { ContactDraftData, ImportExtras, ImportPhoto, RecordResult } from './draft.js';
export type { ColumnMapping, ColumnTarget } from './headers.js';
export type { Progress } from './steps.js';

export type FileParse =
  | { status: 'parsed'; format: 'vcard' | 'csv' | 'xlsx'; encoding: TextEncodingName | null; records: RecordResult[]; warnings: string[] }
  | { status: 'needsMapping'; format: 'csv' | 'xlsx'; encoding: TextEncodingName | null; headers: string[]; preview: string[][]; suggested: ColumnMapping; unknown: string[] }
  | { status: 'rejected'; format: 'vcard' | 'csv' | 'xlsx' | null; reason: string };

export const parseImportFile = (bytes: Uint8Array, opts: { mapping?: ColumnMapping } = {}): FileParse => runSync(parseImportFileSteps(bytes, opts));

function* parseImportFileSteps(bytes: Uint8Array, opts: { mapping?: ColumnMapping }): Steps<FileParse> {
  try {
    const d = detectFile(bytes);
    if (d.kind === 'unreadable') return { status: 'rejected', format: null, reason: d.reason };
    if (d.kind === 'xlsx') return { status: 'rejected', format: 'xlsx', reason: 'Excel .xlsx import is not available yet; save the sheet as CSV.' };
    if (d.kind === 'vcard') {
      const { records, warnings } = yield* parseVcardsSteps(d.text);
      if (records.length === 0) return { status: 'rejected', format: 'vcard', reason: 'The vCard file contains no BEGIN:VCARD record.' };
      return { status: 'parsed', format: 'vcard', encoding: d.encoding, records, warnings };
    }
    const r: CsvParse = yield* parseCsvSteps(d.text, opts.mapping);
    if (r.status === 'needsMapping') return { ...r, format: 'csv', encoding: d.encoding };
    return { status: 'parsed', format: 'csv', encoding: d.encoding, records: r.records, warnings: r.warnings };
  } catch (e) {
    // A parser bug must not take the app down; the file is rejected whole, nothing half-read.
    return { status: 'rejected', format: null, reason: `The file could not be read: ${(e as Error).message}` };
  }
}

/**
 * parseImportFile, with Excel workbooks read too (reading a zip is asynchronous). With `onStep`
 * the records are parsed a step at a time, `onStep` awaited between steps (progress, Cancel).
 */
export async function readImportFile(
  bytes: Uint8Array, opts: { mapping?: ColumnMapping } = {}, onStep?: (p: Progress) => Promise<void>,
): Promise<FileParse> {
  const steps = parseImportFileSteps(bytes, opts);
  const first = onStep ? await runAsync(steps, onStep) : runSync(steps);
  if (first.status !== 'rejected' || first.format !== 'xlsx') return first;
  const r = await parseXlsx(bytes, opts.mapping);
  if (r.status === 'rejected') return { status: 'rejected', format: 'xlsx', reason: r.reason };
  if (r.status === 'needsMapping') return { ...r, format: 'xlsx', encoding: null };
  return { status: 'parsed', format: 'xlsx', encoding: null, records: r.records, warnings: r.warnings };
}
