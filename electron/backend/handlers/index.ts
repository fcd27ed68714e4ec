// The contract implemented. `dispatch` is what every transport calls: it refuses unknown
// methods, validates input with the method's schema, runs the handler, and turns anything
// thrown into a typed AppError (never a stack trace across the boundary).
import { api, isMethod, type Method, type Result } from '../../../shared/contract/index.js';
import { AppError, type FieldIssue } from '../../../shared/errors.js';
import type { Services } from '../services/index.js';
import { backupHandlers } from './backup.js';
import { captureRecognizeHandlers } from './capture-recognize.js';
import { captureSaveHandlers } from './capture-save.js';
import { captureDraftsHandlers } from './capture-drafts.js';
import { consentHandlers } from './consent.js';
import { contactsHandlers } from './contacts.js';
import { engineHandlers } from './engine.js';
import { duplicatesHandlers, importHandlers } from './import.js';
import { recoveryHandlers } from './recovery.js';
import { securityHandlers } from './security.js';
import { startHandlers } from './start.js';
import { systemHandlers } from './system.js';
import { touchesHandlers } from './touches.js';
import type { Handler } from './types.js';

// One spread per line: each feature adds its own line.
export const handlers: { [M in Method]: Handler<M> } = {
  ...contactsHandlers,
  ...touchesHandlers,
  ...systemHandlers,
  ...engineHandlers,
  ...backupHandlers,
  ...captureRecognizeHandlers,
  ...captureSaveHandlers,
  ...captureDraftsHandlers,
  ...consentHandlers,
  ...importHandlers,
  ...duplicatesHandlers,
  ...recoveryHandlers,
  ...securityHandlers,
  ...startHandlers,
};

export async function dispatch(services: Services, method: string, params: unknown): Promise<unknown> {
  const input = parseInput(method, params);
  try {
    return await (handlers[method as Method] as (input: unknown, s: Services) => Result<Method> | Promise<Result<Method>>)(input, services);
  } catch (e) {
    throw toAppError(e);
  }
}

/** The method's input, validated by its contract schema; typed errors for unknown methods and bad input. */
export function parseInput(method: string, params: unknown): unknown {
  if (!isMethod(method)) throw new AppError('unknown-method', `Unknown method: ${method}`);
  const parsed = api[method].input.safeParse(params ?? {});
  if (!parsed.success) {
    const issues: FieldIssue[] = parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(input)', message: i.message }));
    // The message names the first few fields; the issues list carries them all (a hostile payload can have thousands).
    const named = issues.slice(0, 5).map((i) => `${i.path.slice(0, 100)} ${i.message.slice(0, 200)}`).join('; ');
    const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
    throw new AppError('invalid-input', `Invalid input for ${method}: ${named}${more}`, issues);
  }
  return parsed.data;
}

export function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  const code = (e as { code?: string }).code;
  if (code === 'SQLITE_FULL') return new AppError('disk-full', 'The disk is full: nothing was changed. Free some space and try again.');
  if (code?.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'EROFS') {
    return new AppError('read-only', 'The data folder cannot be written to: nothing was changed.');
  }
  // Messages from SQLite or our code may quote user data; they stay in this process's log.
  console.error('[inyeon] internal error:', e instanceof Error ? e.stack : e);
  return new AppError('internal', 'Something went wrong inside Inyeon; nothing was changed.');
}
