// Encryption at rest (issue 8): one switch in Settings. The book is encrypted with SQLCipher under
// a key kept in the OS keychain (the Electron app) or derived from a passphrase (browser mode, the
// CLI, or the app when asked to); turning it on or off re-encrypts a verified copy and swaps it in.
import { z } from 'zod';
import type { BackupInfo } from './backup.js';
import type { ApiGroup } from './group.js';

export type KeyKind = 'safe-storage' | 'passphrase';

export interface SecurityStatus {
  encrypted: boolean;
  /** How the key is kept, while encrypted. */
  keyKind: KeyKind | null;
  /** The OS keychain can keep the key (the Electron app): a passphrase is then optional. */
  keychain: boolean;
}

export const MIN_PASSPHRASE_LENGTH = 8;

export const SetEncryptionInput = z.object({
  on: z.boolean(),
  /** Required to turn it on without a keychain (browser mode); ignored when turning it off. */
  passphrase: z.string().max(1024).optional(),
});

const Passphrase = z.string().max(1024);

/**
 * A new passphrase for an encrypted book: the current one (checked against the key record), the new
 * one twice. The book is re-keyed like turning encryption on (a verified copy swapped in), and its
 * encrypted backups are re-keyed with it, so restore keeps working and the old passphrase opens nothing.
 */
export const ChangePassphraseInput = z.object({
  current: Passphrase,
  next: Passphrase.refine((s) => [...s].length >= MIN_PASSPHRASE_LENGTH, { message: `at least ${MIN_PASSPHRASE_LENGTH} characters` }),
  repeat: Passphrase,
}).superRefine((v, ctx) => {
  if (v.repeat !== v.next) ctx.addIssue({ code: 'custom', path: ['repeat'], message: 'differs from the new passphrase' });
  if (v.next.normalize('NFC') === v.current.normalize('NFC')) ctx.addIssue({ code: 'custom', path: ['next'], message: 'is the same as the current passphrase' });
});

export interface BackupProblem {
  name: string;
  message: string;
}

export interface ChangePassphraseResult {
  status: SecurityStatus;
  /** Encrypted backups re-keyed with the new key; a failed one still opens with the old passphrase only. */
  backupsRekeyed: string[];
  backupsFailed: BackupProblem[];
}

/**
 * Backups made before encryption was turned on are plain files. 'encrypt': each is re-encrypted with
 * the book's key and verified like a backup (integrity_check, every table's row count); 'delete':
 * they are removed. `names` limits it to those backups (default: every plain one).
 */
export const ProtectBackupsInput = z.object({
  action: z.enum(['encrypt', 'delete']),
  names: z.array(z.string().min(1).max(255)).max(10_000).optional(),
});

export interface ProtectBackupsResult {
  encrypted: string[];
  deleted: string[];
  failed: BackupProblem[];
  /** Plain backups still in the folder afterwards. */
  remaining: number;
}

export const securityApi = {
  'security.status': { input: z.object({}).default({}), result: {} as SecurityStatus },
  'security.setEncryption': { input: SetEncryptionInput, result: {} as SecurityStatus },
  'security.changePassphrase': { input: ChangePassphraseInput, result: {} as ChangePassphraseResult },
  /** The backups that are plain files while the book is encrypted (none while it is not). */
  'security.plainBackups': { input: z.object({}).default({}), result: {} as { items: BackupInfo[] } },
  'security.protectBackups': { input: ProtectBackupsInput, result: {} as ProtectBackupsResult },
} satisfies ApiGroup;
