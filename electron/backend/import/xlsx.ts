// Excel .xlsx → the same table path as CSV (first sheet, header row first). Real Excel dates
// become YYYY-MM-DD; numbers become their plain digits (phones that lost their 0 are mended in
// csv.ts#restoreLeadingZero, where the column is known to hold phones).
import { readSheet } from 'read-excel-file/node';
import { parseTable, type CsvParse } from './csv.js';
import type { ColumnMapping } from './headers.js';

/** Rows beyond this are refused with the file, not read half. */
export const MAX_XLSX_ROWS = 200_000;

export type XlsxParse = CsvParse | { status: 'rejected'; reason: string };

export async function parseXlsx(bytes: Uint8Array, mapping?: ColumnMapping): Promise<XlsxParse> {
  let data: unknown[][];
  try {
    data = (await readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))) as unknown[][];
  } catch (e) {
    return { status: 'rejected', reason: `The Excel workbook could not be read: ${(e as Error).message}` };
  }
  if (data.length > MAX_XLSX_ROWS) return { status: 'rejected', reason: `The sheet has ${data.length} rows; at most ${MAX_XLSX_ROWS} can be imported at once.` };
  const rows = data
    .map((cells, i) => ({ cells: cells.map(cellText), line: i + 1 }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (rows.length === 0) return { status: 'rejected', reason: 'The first sheet of the workbook is empty.' };
  return parseTable(rows, mapping);
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(v);
  return String(v);
}
