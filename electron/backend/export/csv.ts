// Google Contacts CSV (the "Google CSV" of contacts.google.com's export, 2024 header set):
// UTF-8 with a BOM so Excel shows Korean, CRLF rows, RFC 4180 quoting (multi-line notes stay one
// cell), several values of one label in one cell joined by " ::: ", tags in "Labels" after
// Google's "* myContacts".
import type { CsvColumnKind, ExportContact, ExportPoint } from '../db/export-repo.js';

export const BOM = '\uFEFF';

const NAME_HEADERS = [
  'First Name', 'Middle Name', 'Last Name', 'Phonetic First Name', 'Phonetic Middle Name', 'Phonetic Last Name',
  'Name Prefix', 'Name Suffix', 'Nickname', 'File As', 'Organization Name', 'Organization Title',
  'Organization Department', 'Birthday', 'Notes', 'Photo', 'Labels',
] as const;

/** Google's numbered column groups, in its order, with the part after "N - ". */
const GROUPS: { kind: CsvColumnKind; prefix: string; value: string }[] = [
  { kind: 'email', prefix: 'E-mail', value: 'Value' },
  { kind: 'phone', prefix: 'Phone', value: 'Value' },
  { kind: 'address', prefix: 'Address', value: 'Formatted' },
  { kind: 'url', prefix: 'Website', value: 'Value' },
  { kind: 'messenger', prefix: 'IM', value: 'Value' },
];

export type CsvLayout = Record<CsvColumnKind, number>;

/** The header row for a book whose busiest contact has `layout[kind]` label groups of a kind. */
export function csvHeader(layout: CsvLayout): string[] {
  const out: string[] = [...NAME_HEADERS];
  for (const g of GROUPS) {
    // Google always writes at least one e-mail and one phone pair.
    const n = Math.max(layout[g.kind], g.kind === 'email' || g.kind === 'phone' ? 1 : 0);
    for (let i = 1; i <= n; i++) out.push(`${g.prefix} ${i} - Label`, `${g.prefix} ${i} - ${g.value}`);
  }
  return out;
}

/** RFC 4180: quote a cell holding a quote, comma or line break; double the quotes inside. */
export function csvCell(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (cells: string[]): string => `${cells.map(csvCell).join(',')}\r\n`;

const KIND_OF: Record<ExportPoint['kind'], CsvColumnKind> = {
  mobile: 'phone', phone: 'phone', email: 'email', address: 'address', url: 'url', messenger: 'messenger',
};

/** The label Google shows: "Mobile" for a mobile (that is how its importer and ours know it). */
const labelOf = (p: ExportPoint): string => (p.kind === 'mobile' ? 'Mobile' : p.label ?? '');

/** Points of one column kind grouped by label, in first-seen order. */
function groups(points: ExportPoint[], kind: CsvColumnKind): { label: string; values: string[] }[] {
  const out: { label: string; values: string[] }[] = [];
  for (const p of points) {
    if (KIND_OF[p.kind] !== kind) continue;
    const label = labelOf(p);
    const g = out.find((x) => x.label === label);
    if (g) g.values.push(p.value);
    else out.push({ label, values: [p.value] });
  }
  return out;
}

export function csvRow(c: ExportContact, layout: CsvLayout): string[] {
  // A name without family/given parts goes whole into First Name, as Google does for one-word names.
  const split = c.familyName !== null || c.givenName !== null;
  const cells: string[] = [
    split ? c.givenName ?? '' : c.name, '', split ? c.familyName ?? '' : '', '', '', '',
    '', '', '', '', c.company ?? '', c.title ?? '',
    c.department ?? '', c.birthday ?? '', (c.notes ?? '').replace(/\r\n?/g, '\n'), '', ['* myContacts', ...c.tags].join(' ::: '),
  ];
  for (const g of GROUPS) {
    const n = Math.max(layout[g.kind], g.kind === 'email' || g.kind === 'phone' ? 1 : 0);
    const gs = groups(c.points, g.kind);
    for (let i = 0; i < n; i++) cells.push(gs[i]?.label ?? '', gs[i]?.values.join(' ::: ') ?? '');
  }
  return cells;
}
