// The app://inyeon/ scheme: our renderer build served from disk (or from app.asar) with the CSP
// on every response. Preferred over file://, where every local file would share the page's origin.
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { errorHeaders, resolveAppRequest, responseHeaders } from './protocol-policy.js';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from './security-policy.js';

/** Must run before the app is ready (Electron only accepts privileged schemes then). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const resolved = resolveAppRequest(request.url, rendererDir, request.method);
    if (!resolved.ok) return new Response(null, { status: resolved.status, headers: errorHeaders() });
    try {
      const body = await readFile(resolved.path);
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: responseHeaders(resolved.path) });
    } catch {
      return new Response(null, { status: 404, headers: errorHeaders() });
    }
  });
}
