import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentType, errorHeaders, resolveAppRequest, responseHeaders } from '../../../electron/main/protocol-policy.js';

const ROOT = resolve('/srv/inyeon/out/renderer');

describe('resolveAppRequest', () => {
  it('serves index.html for the root', () => {
    expect(resolveAppRequest('app://inyeon/', ROOT)).toEqual({ ok: true, path: join(ROOT, 'index.html') });
    expect(resolveAppRequest('app://inyeon', ROOT)).toEqual({ ok: true, path: join(ROOT, 'index.html') });
  });

  it('maps paths under the renderer build, ignoring query and fragment', () => {
    expect(resolveAppRequest('app://inyeon/assets/index-abc.js?v=2#x', ROOT)).toEqual({ ok: true, path: join(ROOT, 'assets/index-abc.js') });
    expect(resolveAppRequest('app://inyeon/assets/%ED%95%9C.png', ROOT)).toEqual({ ok: true, path: join(ROOT, 'assets/한.png') });
  });

  it.each([
    'app://inyeon/../../etc/passwd',
    'app://inyeon/assets/../../../etc/passwd',
    'app://inyeon/%2e%2e/%2e%2e/etc/passwd',
    'app://inyeon/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    'app://inyeon/..%2f..%2fetc%2fpasswd',
    'app://inyeon/%252e%252e/%252e%252e/etc/passwd',
    'app://inyeon/..%5c..%5cetc%5cpasswd',
    'app://inyeon/assets\\..\\..\\etc\\passwd',
    'app://inyeon/./index.html',
    'app://inyeon/index.html%00.png',
    'app://inyeon/%E0%A4%A',
  ])('refuses %s', (url) => {
    const r = resolveAppRequest(url, ROOT);
    expect(r.ok).toBe(false);
    if (!r.ok) expect([400, 403]).toContain(r.status);
  });

  it.each(['app://evil/index.html', 'file:///etc/passwd', 'https://inyeon/index.html', 'app://user:pw@inyeon/index.html'])('refuses other origins: %s', (url) => {
    expect(resolveAppRequest(url, ROOT)).toEqual({ ok: false, status: 403 });
  });

  it('refuses absolute-looking paths that would leave the root', () => {
    const r = resolveAppRequest('app://inyeon//etc/passwd', ROOT);
    // Empty segments collapse: this is ROOT/etc/passwd, still inside the root.
    expect(r).toEqual({ ok: true, path: join(ROOT, 'etc/passwd') });
  });

  it('only answers GET and HEAD', () => {
    expect(resolveAppRequest('app://inyeon/index.html', ROOT, 'POST')).toEqual({ ok: false, status: 405 });
    expect(resolveAppRequest('app://inyeon/index.html', ROOT, 'HEAD').ok).toBe(true);
  });

  it('every accepted path is inside the root', () => {
    const samples = ['a', 'a/b', 'a/../b', '%2e', '.hidden', '...', '..a', 'a..', '%c0%ae%c0%ae/x'];
    for (const s of samples) {
      const r = resolveAppRequest(`app://inyeon/${s}`, ROOT);
      if (r.ok) expect(r.path.startsWith(ROOT + '/')).toBe(true);
    }
  });
});

describe('response headers', () => {
  it('sets the type and the CSP on every file', () => {
    const h = responseHeaders('/x/index.html');
    expect(h['content-type']).toBe('text/html; charset=utf-8');
    expect(h['content-security-policy']).toMatch(/default-src 'self'/);
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(responseHeaders('/x/app.js')['content-security-policy']).toBeDefined();
    expect(errorHeaders()['content-security-policy']).toBeDefined();
  });

  it('knows the renderer build types and falls back to octet-stream', () => {
    expect(contentType('a.js')).toMatch(/^text\/javascript/);
    expect(contentType('a.CSS')).toMatch(/^text\/css/);
    expect(contentType('a.svg')).toBe('image/svg+xml');
    expect(contentType('a.woff2')).toBe('font/woff2');
    expect(contentType('a.exe')).toBe('application/octet-stream');
  });
});
