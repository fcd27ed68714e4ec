// Backup, restore and export (issue 5 "Out", issue 8). Backups are whole-book snapshots in
// <data folder>/backups, each verified (integrity_check) before it gets its final name.
import { z } from 'zod';
import type { ApiGroup } from './group.js';

export const BACKUP_KINDS = ['auto', 'manual', 'safety'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export interface BackupInfo {
  /** File name inside the backups folder: what backup.preview/restore take as `file`. */
  name: string;
  path: string;
  kind: BackupKind;
  createdAt: string;
  bytes: number;
  contacts: number;
  touches: number;
  schemaVersion: number;
  /** integrity_check passed when it was made, and the file still has the size and hash it had then. */
  verified: boolean;
}

export interface BackupPreview {
  name: string;
  path: string;
  bytes: number;
  createdAt: string;
  schemaVersion: number;
  contacts: number;
  touches: number;
  newestTouch: string | null;
  verified: boolean;
}

export interface RestoreResult {
  restored: BackupPreview;
  /** The book as it was just before the restore. */
  safetyBackup: BackupInfo;
}

export const EXPORT_FORMATS = ['vcf', 'csv'] as const;
export type ExportFormatName = (typeof EXPORT_FORMATS)[number];

export interface ExportResult {
  fileName: string;
  mime: string;
  content: string;
  count: number;
}

/** A backup's file name in the backups folder, or (CLI) an absolute path to any backup file. */
const BackupFile = z.string().trim().min(1, { message: 'is required' }).max(4096).refine((s) => !s.includes('\u0000'), { message: 'must be a file name' });

export const backupApi = {
  'backup.create': { input: z.object({}).default({}), result: {} as BackupInfo },
  'backup.list': { input: z.object({}).default({}), result: {} as { items: BackupInfo[]; folder: string } },
  'backup.preview': { input: z.object({ file: BackupFile }), result: {} as BackupPreview },
  'backup.restore': { input: z.object({ file: BackupFile }), result: {} as RestoreResult },
  'export.contacts': {
    input: z.object({ format: z.enum(EXPORT_FORMATS), vcardVersion: z.enum(['3.0', '4.0']).default('4.0') }),
    result: {} as ExportResult,
  },
} satisfies ApiGroup;
