// The recovery methods on an open book: the session (recovery/session.ts) answers them itself
// while the book cannot be opened; once it is open there is nothing to recover.
import type { recoveryApi } from '../../../shared/contract/recovery.js';
import { AppError } from '../../../shared/errors.js';
import type { Handlers } from './types.js';

const nothingToRecover = (): never => {
  throw new AppError('conflict', 'The book is open; there is nothing to recover.');
};

export const recoveryHandlers: Handlers<typeof recoveryApi> = {
  'system.openState': () => ({ state: 'ok' }),
  'recovery.retry': () => ({ state: { state: 'ok' }, keptAs: null }),
  'recovery.restoreBackup': nothingToRecover,
  'recovery.startEmpty': nothingToRecover,
  'recovery.unlock': nothingToRecover,
};
