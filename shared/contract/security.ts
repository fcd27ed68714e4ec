// Encryption at rest (issue 8): one switch in Settings. The book is encrypted with SQLCipher under
// a key kept in the OS keychain (the Electron app) or derived from a passphrase (browser mode, the
// CLI, or the app when asked to); turning it on or off re-encrypts a verified copy and swaps it in.
import { z } from 'zod';
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

export const securityApi = {
  'security.status': { input: z.object({}).default({}), result: {} as SecurityStatus },
  'security.setEncryption': { input: SetEncryptionInput, result: {} as SecurityStatus },
} satisfies ApiGroup;
