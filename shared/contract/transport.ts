// What travels over a transport. Both Electron IPC and the loopback HTTP server carry this
// envelope (IPC would otherwise drop an Error's fields, HTTP its type).
import type { ErrorPayload } from '../errors.js';

export type Envelope<T = unknown> = { ok: true; result: T } | { ok: false; error: ErrorPayload };

/** The IPC channel the preload uses; the main process listens on it and nothing else. */
export const IPC_CHANNEL = 'inyeon:call';

/** HTTP: `POST ${HTTP_API_PREFIX}<method>` with the params as JSON body and the token header. */
export const HTTP_API_PREFIX = '/api/';
export const HTTP_TOKEN_HEADER = 'x-inyeon-token';

/**
 * What the Electron preload puts on `window.inyeon`: one function per contract method, and
 * nothing else (never ipcRenderer itself).
 */
export type Bridge = Record<string, (params: unknown) => Promise<Envelope>>;
