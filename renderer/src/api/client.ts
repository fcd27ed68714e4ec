// The renderer's one way to the backend. Inside Electron the preload's `window.inyeon` bridge
// carries calls over IPC; in browser mode they go to the loopback server with the per-launch
// token that came in the URL fragment. Views never call this directly: stores do.
import type { Invoke, Method, Params, Result } from '../../../shared/contract/index.js';
import { type Bridge, type Envelope, HTTP_API_PREFIX, HTTP_TOKEN_HEADER } from '../../../shared/contract/transport.js';
import { AppError } from '../../../shared/errors.js';

declare global {
  interface Window {
    inyeon?: Bridge;
  }
}

const TOKEN_KEY = 'inyeon.token';

/**
 * Take the token from `#token=…` once, keep it for this tab, and wipe it from the address bar.
 * Keeping and wiping wait for the next task: the first use of sessionStorage (and a history
 * change) waits on the browser process, and at start-up that wait would come before the first
 * requests leave (issue 7); in the next task it overlaps their answers instead.
 */
function browserToken(): string {
  const m = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  const token = m?.[1];
  if (!token) return sessionStorage.getItem(TOKEN_KEY) ?? '';
  setTimeout(() => {
    sessionStorage.setItem(TOKEN_KEY, token);
    if (window.location.hash.includes(`token=${token}`)) history.replaceState(null, '', window.location.pathname + window.location.search);
  }, 0);
  return token;
}

function unwrap<T>(env: Envelope<T>): T {
  if (env.ok) return env.result;
  throw AppError.fromPayload(env.error);
}

function httpInvoke(): Invoke {
  const token = browserToken();
  return async <M extends Method>(method: M, params: Params<M>): Promise<Result<M>> => {
    let res: Response;
    try {
      res = await fetch(`${HTTP_API_PREFIX}${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: token },
        body: JSON.stringify(params ?? {}),
      });
    } catch {
      throw new AppError('internal', 'Inyeon is not running (the local server did not answer).');
    }
    return unwrap((await res.json()) as Envelope<Result<M>>);
  };
}

function ipcInvoke(bridge: Bridge): Invoke {
  return async <M extends Method>(method: M, params: Params<M>): Promise<Result<M>> => {
    const fn = bridge[method];
    if (!fn) throw new AppError('unknown-method', `Unknown method: ${method}`);
    return unwrap((await fn(params ?? {})) as Envelope<Result<M>>);
  };
}

const transport: Invoke = window.inyeon ? ipcInvoke(window.inyeon) : httpInvoke();

type BookProblemListener = (e: AppError) => void;
const bookProblemListeners = new Set<BookProblemListener>();

/**
 * Called when a call finds the book damaged (`db-corrupt`: the background quick_check closed it).
 * The app listens to show the recovery screen, whichever screen made the call.
 */
export function onBookProblem(listener: BookProblemListener): () => void {
  bookProblemListeners.add(listener);
  return () => bookProblemListeners.delete(listener);
}

/**
 * Requests sent before the app's bundle has run (`early.ts`), each taken by the first call with
 * the same method and parameters — so the app's own boot needs no knowledge of them — and only
 * while fresh: one left untaken (the app took another path) is never served later.
 */
const prefetched = new Map<string, { answer: Promise<unknown>; sent: number }>();
const PREFETCH_FRESH_MS = 5_000;
const prefetchKey = (method: string, params: unknown): string => `${method} ${JSON.stringify(params ?? {})}`;

function takePrefetched(method: string, params: unknown): Promise<unknown> | null {
  const key = prefetchKey(method, params);
  const hit = prefetched.get(key);
  if (!hit) return null;
  prefetched.delete(key);
  return performance.now() - hit.sent <= PREFETCH_FRESH_MS ? hit.answer : null;
}

/** Whether the app has made a call of its own: from then on an early request would come too late. */
let appAsked = false;

/**
 * Send a call now and keep its answer for the app's first identical call (see above) — unless
 * the app has already asked (its bundle ran before the early script did): then nothing is sent,
 * and no answer is left over for a later call (after a restore, say) to take.
 */
export function prefetch<M extends Method>(method: M, params: Params<M>): void {
  if (appAsked) return;
  const answer = call(method, params);
  prefetched.set(prefetchKey(method, params), { answer, sent: performance.now() });
  answer.catch(() => undefined); // its taker sees the error; untaken, it is nobody's
}

export const invoke: Invoke = async (method, params) => {
  appAsked = true;
  const early = takePrefetched(method, params);
  if (early) return early as Promise<Result<typeof method>>;
  return call(method, params);
};

async function call<M extends Method>(method: M, params: Params<M>): Promise<Result<M>> {
  try {
    return await transport(method, params);
  } catch (e) {
    if (e instanceof AppError && e.code === 'db-corrupt' && !method.startsWith('recovery.') && method !== 'backup.preview' && method !== 'backup.restore') {
      for (const l of bookProblemListeners) l(e);
    }
    throw e;
  }
}
export const transportKind: 'ipc' | 'http' = window.inyeon ? 'ipc' : 'http';
