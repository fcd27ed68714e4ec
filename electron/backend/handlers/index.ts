// The contract implemented. `dispatch` is what every transport calls: it refuses unknown
// methods, validates input with the method's schema, runs the handler, and turns anything
// thrown into a typed AppError (never a stack trace across the boundary).
import { api, isMethod, type Method, type Result } from '../../../shared/contract/index.js';
import { AppError, type FieldIssue } from '../../../shared/errors.js';
import type { Services } from '../services/index.js';
import { captureRecognizeHandlers } from './capture-recognize.js';
import { contactsHandlers } from './contacts.js';
import { engineHandlers } from './engine.js';
import { systemHandlers } from './system.js';
import { touchesHandlers } from './touches.js';
import type { Handler } from './types.js';

export const handlers: { [M in Method]: Handler<M> } = {
  ...contactsHandlers, ...touchesHandlers, ...systemHandlers, ...engineHandlers, ...captureRecognizeHandlers,
};

export async function dispatch(services: Services, method: string, params: unknown): Promise<unknown> {
  if (!isMethod(method)) throw new AppError('unknown-method', `Unknown method: ${method}`);
  const parsed = api[method].input.safeParse(params ?? {});
  if (!parsed.success) {
    const issues: FieldIssue[] = parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(input)', message: i.message }));
    throw new AppError('invalid-input', `Invalid input for ${method}: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`, issues);
  }
  try {
    return await (handlers[method] as (input: unknown, s: Services) => Result<Method> | Promise<Result<Method>>)(parsed.data, services);
  } catch (e) {
    throw toAppError(e);
  }
}

export function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  const code = (e as { code?: string }).code;
  if (code === 'SQLITE_FULL') return new AppError('internal', 'The disk is full: nothing was changed.');
  if (code === 'SQLITE_READONLY') return new AppError('internal', 'The data folder is read-only: nothing was changed.');
  // Messages from SQLite or our code may quote user data; they stay in this process's log.
  console.error('[inyeon] internal error:', e instanceof Error ? e.stack : e);
  return new AppError('internal', 'Something went wrong inside Inyeon; nothing was changed.');
}
