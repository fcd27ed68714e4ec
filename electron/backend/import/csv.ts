// CSV → contact drafts with papaparse. Header row first; each later row is one record whose
// `line` is the physical line it starts on (a quoted multi-line note spans several).
import Papa from 'papaparse';
import { parseImportDate } from './dates.js';
import { emptyRaw, finishRecord, type RecordResult } from './draft.js';
import { autoSpec, specFromTarget, suggestMapping, type ColumnMapping, type ColumnSpec } from './headers.js';
import { runSync, STEP, type Steps } from './steps.js';

export type CsvParse =
  | { status: 'parsed'; records: RecordResult[]; warnings: string[] }
  | { status: 'needsMapping'; headers: string[]; preview: string[][]; suggested: ColumnMapping; unknown: string[] };

const PREVIEW_ROWS = 5;
/** Google joins several values in one cell with " ::: ". */
const MULTI = / ::: /;

export const parseCsv = (text: string, mapping?: ColumnMapping): CsvParse => runSync(parseCsvSteps(text, mapping));

/** parseCsv in steps: the rows are split in one go (fast), then turned into records a step at a time. */
export function* parseCsvSteps(text: string, mapping?: ColumnMapping): Steps<CsvParse> {
  const rows: { cells: string[]; line: number }[] = [];
  let lineAt = 1;
  let consumed = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step: (res) => {
      const end = res.meta.cursor;
      const start = consumed;
      // Line number of this row: newlines before its first character (skipping blank lines).
      let i = start;
      while (i < end && (text[i] === '\n' || text[i] === '\r')) {
        if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) lineAt++;
        i++;
      }
      rows.push({ cells: res.data, line: lineAt });
      for (; i < end; i++) if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) lineAt++;
      consumed = end;
    },
  });
  return yield* parseTableSteps(rows, mapping);
}

/** A table (CSV rows or an Excel sheet): header row first, then one record per row. */
export const parseTable = (rows: { cells: string[]; line: number }[], mapping?: ColumnMapping): CsvParse => runSync(parseTableSteps(rows, mapping));

function* parseTableSteps(rows: { cells: string[]; line: number }[], mapping?: ColumnMapping): Steps<CsvParse> {
  rows = rows.slice();
  const header = rows.shift();
  if (!header) return { status: 'parsed', records: [], warnings: ['the file has no rows'] };
  const headers = header.cells.map((h) => h.trim());
  let specs: ColumnSpec[];
  if (mapping) {
    specs = headers.map((h) => (mapping[h] ? specFromTarget(mapping[h]) : { kind: 'ignore' }));
  } else {
    const auto = headers.map(autoSpec);
    const unknown = headers.filter((_, i) => auto[i] === null);
    const hasName = auto.some((s) => s?.kind === 'field' && ['name', 'familyName', 'givenName', 'company'].includes(s.field));
    if (unknown.length > 0 || !hasName) {
      return { status: 'needsMapping', headers, preview: rows.slice(0, PREVIEW_ROWS).map((r) => r.cells), suggested: suggestMapping(headers), unknown };
    }
    specs = auto as ColumnSpec[];
  }
  const records: RecordResult[] = [];
  for (let idx = 0; idx < rows.length; idx++) {
    if (idx % STEP === 0) yield { done: idx, total: rows.length };
    records.push(toRecord(idx + 1, rows[idx]!.line, rows[idx]!.cells, specs));
  }
  return { status: 'parsed', records, warnings: [] };
}

function toRecord(record: number, line: number, cells: string[], specs: ColumnSpec[]): RecordResult {
  const raw = emptyRaw();
  const warnings: string[] = [];
  const labels = new Map<string, string>();
  specs.forEach((s, i) => {
    if (s.kind === 'label' && cells[i]?.trim()) labels.set(s.group, cells[i]!.trim().replace(/^\* /, ''));
  });
  let middle: string | null = null;
  specs.forEach((s, i) => {
    const v = (cells[i] ?? '').trim();
    if (!v || s.kind === 'ignore' || s.kind === 'label') return;
    if (s.kind === 'point') {
      const label = s.label ?? (s.group ? labels.get(s.group) ?? null : null);
      const isMobile = s.point === 'phone' && /mobile|cell|휴대|핸드폰/i.test(label ?? '');
      for (const part of v.split(MULTI)) {
        const value = s.point === 'mobile' || s.point === 'phone' ? restoreLeadingZero(part) : part;
        raw.points.push({ kind: isMobile ? 'mobile' : s.point, label: label && !/^(mobile|cell)$/i.test(label) ? label : null, value, primary: false });
      }
      return;
    }
    switch (s.field) {
      case 'birthday': {
        const d = parseImportDate(v);
        if (d.warning) warnings.push(`birthday: ${d.warning}`);
        raw.birthday = d.value;
        break;
      }
      case 'tags':
        // Google: "* myContacts ::: Friends"; Outlook: "A;B". System groups are not tags.
        raw.tags.push(...v.split(/ ::: |;/).map((t) => t.trim().replace(/^\* /, '')).filter((t) => t && t !== 'myContacts' && t !== 'starred'));
        break;
      case 'middleName':
        middle = v;
        break;
      default:
        raw[s.field] = raw[s.field] ? `${raw[s.field]}\n${v}` : v;
    }
  });
  if (middle) raw.givenName = [raw.givenName, middle].filter(Boolean).join(' ');
  // The first mobile (else phone, e-mail) is primary: spreadsheets list the main one first.
  for (const kind of ['mobile', 'phone', 'email'] as const) {
    const p = raw.points.find((x) => x.kind === kind);
    if (p) p.primary = true;
  }
  return finishRecord(record, line, raw, {}, warnings);
}

/**
 * Excel turns 010-1234-5678 typed without dashes into the number 1012345678, and keeps it so
 * in CSV exports: a Korean number of 9–10 bare digits not starting with 0 lost its leading 0.
 */
export function restoreLeadingZero(v: string): string {
  const t = v.trim();
  return /^[1-9]\d{8,9}$/.test(t) && /^(1[016789]|[2-6])/.test(t) ? `0${t}` : v;
}
