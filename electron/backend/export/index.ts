// Export the live book as vCard or Google CSV, page by page: each page of contacts is read,
// written to `sink` and dropped, so a 100k book never sits in memory as rows *and* text.
import { countLiveContacts, exportPage, maxPointGroups } from '../db/export-repo.js';
import type { DB } from '../db/statements.js';
import { collectWhenIdle } from '../idle-gc.js';
import { BOM, csvHeader, csvLine, csvRow } from './csv.js';
import { vcardOf, type VcardVersion } from './vcard.js';

export type ExportFormat = 'vcf' | 'csv';
export type { VcardVersion } from './vcard.js';

export interface ExportOptions {
  format: ExportFormat;
  vcardVersion?: VcardVersion;
}

const PAGE = 1000;

export const exportMime = (format: ExportFormat): string => (format === 'vcf' ? 'text/vcard;charset=utf-8' : 'text/csv;charset=utf-8');

/**
 * `inyeon-contacts-2026-03-02.csv`, `inyeon-contacts-2026-03-02-vcard4.vcf`: the vCard version is in
 * the name, so a 4.0 and a 3.0 export of the same day do not overwrite each other in Downloads.
 */
export const exportFileName = (format: ExportFormat, date: string, vcardVersion?: VcardVersion): string =>
  `inyeon-contacts-${date}${format === 'vcf' ? `-vcard${(vcardVersion ?? '4.0').split('.')[0]}` : ''}.${format}`;

/**
 * Write every live contact to `sink` in chunks (one per page). Reads in one transaction so the
 * file is one consistent moment of the book even if a write lands between pages.
 */
export function exportContacts(db: DB, opts: ExportOptions, sink: (chunk: string) => void): { count: number } {
  let count = 0;
  db.transaction(() => {
    if (opts.format === 'csv') {
      const layout = maxPointGroups(db);
      sink(BOM + csvLine(csvHeader(layout)));
      for (let after = 0, page = exportPage(db, after, PAGE); page.length; after = page.at(-1)!.num, page = exportPage(db, after, PAGE)) {
        sink(page.map((c) => csvLine(csvRow(c, layout))).join(''));
        count += page.length;
      }
    } else {
      const v = opts.vcardVersion ?? '4.0';
      for (let after = 0, page = exportPage(db, after, PAGE); page.length; after = page.at(-1)!.num, page = exportPage(db, after, PAGE)) {
        sink(page.map((c) => vcardOf(c, v)).join(''));
        count += page.length;
      }
    }
  }).deferred();
  collectWhenIdle();
  return { count };
}

/** The whole export as one string (what the contract returns to the renderer). */
export function exportToString(db: DB, opts: ExportOptions): { content: string; count: number } {
  const chunks: string[] = [];
  const { count } = exportContacts(db, opts, (c) => chunks.push(c));
  return { content: chunks.join(''), count };
}

export { countLiveContacts };
