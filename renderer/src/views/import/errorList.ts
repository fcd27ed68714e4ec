// The report's skipped records as one flat list, in the user's language, and the two ways to take
// it away: the clipboard (tab-separated, pastes into a sheet) and a CSV file (with a BOM, so
// Korean Excel opens it as UTF-8).
import type { ImportReport } from '../../../../shared/contract/import';
import { importReasonText } from '../../../../shared/i18n/import-reasons';
import type { I18n } from '../../i18n';

export interface ErrorRow {
  file: string;
  record: number;
  line: number;
  reason: string;
}

export function errorRows(report: ImportReport, i18n: I18n): ErrorRow[] {
  const rows: ErrorRow[] = [];
  for (const f of report.files) {
    if (f.rejected) rows.push({ file: f.file, record: 0, line: 0, reason: importReasonText(f.rejected, i18n.locale) });
    for (const e of f.errors) rows.push({ file: f.file, record: e.record, line: e.line, reason: importReasonText(e.reason, i18n.locale) });
  }
  return rows;
}

function header(i18n: I18n): string[] {
  return [i18n.t('import.col.file'), i18n.t('import.col.record'), i18n.t('import.col.line'), i18n.t('import.col.reason')];
}

const cells = (r: ErrorRow): string[] => [r.file, r.record ? String(r.record) : '', r.line ? String(r.line) : '', r.reason];

export function errorsAsTsv(rows: ErrorRow[], i18n: I18n): string {
  const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
  return [header(i18n), ...rows.map(cells)].map((r) => r.map(clean).join('\t')).join('\n');
}

export function errorsAsCsv(rows: ErrorRow[], i18n: I18n): string {
  const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return '\uFEFF' + [header(i18n), ...rows.map(cells)].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** Hands a text file to the browser's (or Electron's) save flow. */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
