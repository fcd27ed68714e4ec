// Browser mode: the same contract handlers behind `POST /api/<method>` on 127.0.0.1, plus the
// built renderer. Used by `inyeon serve`, by `npm start` when Electron cannot run, and by E2E.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HTTP_API_PREFIX, HTTP_TOKEN_HEADER, type Envelope } from '../../shared/contract/transport.js';
import { AppError, type ErrorCode } from '../../shared/errors.js';
import type { Backend } from '../backend/index.js';
import { toAppError } from '../backend/handlers/index.js';
import { SECURITY_HEADERS, hostAllowed, newToken, originAllowed, tokenMatches } from './security.js';
import { readStatic } from './static.js';

// Import files (≤ 30 MB) and card photos (capture.recognize: up to 40 MB) arrive as base64 in JSON.
const MAX_BODY = 48 * 1024 * 1024;

const STATUS: Record<ErrorCode, number> = {
  'invalid-input': 400, unauthorized: 401, 'not-found': 404, 'unknown-method': 404, conflict: 409,
  'db-newer-version': 503, 'db-corrupt': 503, 'db-locked': 503, 'disk-full': 507, 'read-only': 503, internal: 500,
  'marketing-blocked': 409, 'merge-blocked': 409,
  'unreadable-image': 422, 'ocr-unavailable': 503, 'ocr-timeout': 504,
  'key-required': 401, 'wrong-key': 401,
};

export interface ServerOptions {
  /** The open backend, or a recovery session (recovery/session.ts) that answers while the book cannot be opened. */
  backend: Pick<Backend, 'dispatch'>;
  staticDir: string;
  port?: number;
  token?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const token = opts.token ?? newToken();
  let port = opts.port ?? 0;

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => sendEnvelope(res, { ok: false, error: toAppError(e).toPayload() }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req.headers.host, port) || !originAllowed(req.headers.origin, port)) {
      return sendPlain(res, 403, 'Forbidden');
    }
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path.startsWith(HTTP_API_PREFIX)) {
      if (req.method !== 'POST') return sendPlain(res, 405, 'Method Not Allowed', { allow: 'POST' });
      const given = req.headers[HTTP_TOKEN_HEADER];
      if (!tokenMatches(Array.isArray(given) ? given[0] : given, token)) {
        return sendEnvelope(res, { ok: false, error: new AppError('unauthorized', 'Missing or wrong token.').toPayload() });
      }
      const method = decodeURIComponent(path.slice(HTTP_API_PREFIX.length));
      const params = await readJson(req);
      const result = await opts.backend.dispatch(method, params);
      return sendEnvelope(res, { ok: true, result });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendPlain(res, 405, 'Method Not Allowed', { allow: 'GET, HEAD' });
    const file = await readStatic(opts.staticDir, path);
    if (!file) return sendPlain(res, 404, 'Not Found');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': file.type,
      'cache-control': file.type.startsWith('text/html') ? 'no-store' : 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new AppError('invalid-input', 'Request body is too large.');
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new AppError('invalid-input', 'Request body is not valid JSON.');
  }
}

function sendEnvelope(res: ServerResponse, env: Envelope): void {
  const status = env.ok ? 200 : STATUS[env.error.code] ?? 500;
  const body = JSON.stringify(env);
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
}

function sendPlain(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8', ...extra });
  res.end(text);
}
