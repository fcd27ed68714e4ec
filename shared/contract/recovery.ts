// What the app says when its book could not be opened, and the ways forward (issue 8). In a
// healthy session `system.openState` answers `{state: 'ok'}` and the recovery methods refuse;
// when opening failed, the backend runs in a recovery state that answers only these methods, so
// the renderer can show a clear screen instead of a stack trace.
import { z } from 'zod';
import type { ApiGroup } from './group.js';

/** Why the book is not open: the error codes opening can end with. */
export const OPEN_PROBLEMS = ['db-corrupt', 'db-newer-version', 'db-locked', 'read-only', 'disk-full', 'internal', 'key-required', 'wrong-key'] as const;
export type OpenProblem = (typeof OPEN_PROBLEMS)[number];

export interface BackupRef {
  path: string;
  /** When the backup was taken (ISO-8601), when known. */
  at: string | null;
  size: number;
}

export type OpenState =
  | { state: 'ok' }
  | {
      state: 'recovery';
      problem: OpenProblem;
      /** The backend's words (English, for support); the screen shows its own per problem. */
      message: string;
      dataPath: string;
      /** The latest verified backup, offered for restore when the book is damaged. */
      backup: BackupRef | null;
      /** Which ways forward make sense for this problem (a newer book is never touched). */
      actions: RecoveryAction[];
    };

/** 'unlock': an encrypted book asks for its passphrase (recovery.unlock). */
export type RecoveryAction = 'retry' | 'restore-backup' | 'start-empty' | 'unlock';

export interface RecoveryResult {
  state: OpenState;
  /** Where the damaged file was put aside (`inyeon.db.damaged-<timestamp>`), when it was. */
  keptAs: string | null;
}

const Empty = z.object({}).default({});

export const recoveryApi = {
  'system.openState': { input: Empty, result: {} as OpenState },
  'recovery.retry': { input: Empty, result: {} as RecoveryResult },
  'recovery.restoreBackup': { input: Empty, result: {} as RecoveryResult },
  'recovery.startEmpty': { input: Empty, result: {} as RecoveryResult },
  'recovery.unlock': { input: z.object({ passphrase: z.string().min(1).max(1024) }), result: {} as RecoveryResult },
} satisfies ApiGroup;
