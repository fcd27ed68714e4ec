// What an app://inyeon/… request may read: a file under the renderer build and nothing else.
// Pure (node:path only) so traversal attempts are tested without Electron.
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME, SECURITY_HEADERS } from './security-policy.js';

export type ResolvedRequest = { ok: true; path: string } | { ok: false; status: 400 | 403 | 404 | 405 };

const INDEX = 'index.html';

/**
 * Map a request URL to a file inside `rootDir`. Refuses other schemes/hosts (403), malformed or
 * suspicious paths — `..` segments in any encoding, backslashes, NUL (400) — and anything whose
 * resolved path would leave the root (403). `method` other than GET/HEAD is 405.
 */
export function resolveAppRequest(url: string, rootDir: string, method = 'GET'): ResolvedRequest {
  if (method !== 'GET' && method !== 'HEAD') return { ok: false, status: 405 };
  // Check the raw text before the URL parser normalises `..` away: a request that tried to climb
  // is refused outright rather than quietly served some other file.
  const raw = rawPath(url);
  if (raw === null) return { ok: false, status: 400 };
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { ok: false, status: 400 };
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST || u.username || u.password) return { ok: false, status: 403 };

  let decoded: string;
  try {
    // Decode repeatedly so %252e%252e is seen for what it tries to be.
    decoded = raw;
    for (let i = 0; i < 3 && /%[0-9a-f]{2}/i.test(decoded); i++) decoded = decodeURIComponent(decoded);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { ok: false, status: 400 };
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.')) return { ok: false, status: 400 };

  const rel = segments.length === 0 ? INDEX : segments.join('/');
  const root = resolve(rootDir);
  const target = resolve(root, rel);
  const back = relative(root, target);
  if (back === '' || back.startsWith('..') || isAbsolute(back) || back.split(sep).includes('..')) return { ok: false, status: 403 };
  return { ok: true, path: target };
}

/** The path part of the URL exactly as written (no normalisation), or null when there is none to find. */
function rawPath(url: string): string | null {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(url);
  if (!m) return null;
  return m[1] ?? '';
}

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export const contentType = (path: string): string => MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';

/** Headers for a served file: its type plus the security headers (CSP on every response, not only HTML). */
export function responseHeaders(path: string): Record<string, string> {
  return { 'content-type': contentType(path), 'cache-control': 'no-cache', ...SECURITY_HEADERS };
}

/** Headers for an error response: still carries the CSP so an error page cannot run anything. */
export function errorHeaders(): Record<string, string> {
  return { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS };
}
