// One IPC call, start to finish, without Electron: check the method name, run the backend, and
// always answer with an Envelope. Nothing is thrown across IPC — Electron would strip an error to
// its message and the renderer could not tell a validation error from a crash.
import { isMethod } from '../../shared/contract/index.js';
import type { Envelope } from '../../shared/contract/transport.js';
import { isAppError } from '../../shared/errors.js';
import type { SenderCheck } from './sender.js';

export type Dispatch = (method: string, params: unknown) => Promise<unknown>;

export async function handleCall(
  dispatch: Dispatch,
  sender: SenderCheck,
  method: unknown,
  params: unknown,
  log: (line: string) => void = (line) => console.error(line),
): Promise<Envelope> {
  if (!sender.ok) {
    // Logged without the params: they may hold someone's personal data.
    log(`[ipc] refused a call from an untrusted sender (${sender.reason})`);
    return { ok: false, error: { code: 'unauthorized', message: 'This page may not call Inyeon.' } };
  }
  if (typeof method !== 'string' || !isMethod(method)) {
    return { ok: false, error: { code: 'unknown-method', message: `Unknown method: ${String(method).slice(0, 100)}` } };
  }
  try {
    return { ok: true, result: await dispatch(method, params) };
  } catch (e) {
    if (isAppError(e)) return { ok: false, error: e.toPayload() };
    // A bug, not a user error: keep the details in the log, give the renderer a plain message.
    log(`[ipc] ${method} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return { ok: false, error: { code: 'internal', message: 'Something went wrong inside Inyeon. Please try again.' } };
  }
}
