// The browser-mode transport: token, Host and Origin checks, envelopes, static files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/index.js';
import { startServer, type RunningServer } from '../../electron/server/server.js';
import { CONTENT_SECURITY_POLICY } from '../../electron/server/security.js';
import { tempDir } from '../support/temp.js';

interface Reply { status: number; headers: Record<string, string | string[] | undefined>; body: string }

function send(port: number, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

describe('loopback server', () => {
  const dir = tempDir();
  let backend: Backend;
  let server: RunningServer;
  const call = (method: string, params: unknown, headers: Record<string, string> = {}) =>
    send(server.port, `/api/${method}`, {
      method: 'POST',
      headers: { host: `127.0.0.1:${server.port}`, 'content-type': 'application/json', 'x-inyeon-token': server.token, ...headers },
      body: JSON.stringify(params),
    });

  beforeAll(async () => {
    const web = join(dir.path, 'web');
    mkdirSync(join(web, 'assets'), { recursive: true });
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Inyeon</title>');
    writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(dir.path, 'secret.txt'), 'do not serve');
    backend = openBackend({ dataDir: join(dir.path, 'data') });
    server = await startServer({ backend, staticDir: web });
  });
  afterAll(async () => {
    await server.close();
    backend.close();
    dir.remove();
  });

  it('listens on 127.0.0.1 and prints a URL with the token in the fragment', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/#token=[A-Za-z0-9_-]{43}$`));
  });

  it('answers a valid call with an ok envelope', async () => {
    const r = await call('contacts.add', { name: '김철수', points: [{ kind: 'mobile', value: '010-1234-5678' }] });
    expect(r.status).toBe(200);
    const env = JSON.parse(r.body);
    expect(env.ok).toBe(true);
    expect(env.result.name).toBe('김철수');
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a missing or wrong token with 401 and changes nothing', async () => {
    const before = JSON.parse((await call('system.info', {})).body).result.contacts;
    const missing = await call('contacts.add', { name: 'X' }, { 'x-inyeon-token': '' });
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body).error.code).toBe('unauthorized');
    const wrong = await call('contacts.add', { name: 'X' }, { 'x-inyeon-token': 'a'.repeat(43) });
    expect(wrong.status).toBe(401);
    expect(JSON.parse((await call('system.info', {})).body).result.contacts).toBe(before);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin with 403', async () => {
    expect((await call('system.info', {}, { host: 'evil.example:80' })).status).toBe(403);
    expect((await call('system.info', {}, { host: `127.0.0.1:${server.port + 1}` })).status).toBe(403);
    expect((await call('system.info', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await call('system.info', {}, { origin: `http://localhost:${server.port}` })).status).toBe(200);
  });

  it('maps typed errors to statuses with field issues', async () => {
    const bad = await call('contacts.add', { name: '' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error).toMatchObject({ code: 'invalid-input', issues: [{ path: 'name' }] });
    const unknown = await call('contacts.frobnicate', {});
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body).error.code).toBe('unknown-method');
    const notJson = await send(server.port, '/api/system.info', {
      method: 'POST', headers: { host: `127.0.0.1:${server.port}`, 'x-inyeon-token': server.token }, body: '{nope',
    });
    expect(notJson.status).toBe(400);
  });

  it('carries a 20 MB import file as base64 in JSON (issue 5), and refuses a body over the limit', async () => {
    // A CSV of ~20 MB: far above the 8 MB that plain calls need.
    const row = '김철수,인연상사,010-1234-5678,kim@example.com,' + 'x'.repeat(400) + '\r\n';
    const csv = Buffer.from('이름,회사,휴대폰,이메일,메모\r\n' + row.repeat(Math.ceil(20_000_000 / Buffer.byteLength(row))));
    const ok = await call('import.preview', { name: 'big.csv', dataBase64: csv.toString('base64') });
    expect(ok.status, ok.body.slice(0, 200)).toBe(200);
    expect(JSON.parse(ok.body).result).toMatchObject({ format: 'csv', rejected: null, knownHeaderSet: true });
    const tooBig = await call('import.preview', { name: 'huge.csv', dataBase64: 'A'.repeat(49 * 1024 * 1024) });
    expect(tooBig.status).toBe(400);
  }, 120_000);

  it('only accepts POST for the API', async () => {
    const r = await send(server.port, '/api/system.info', { headers: { host: `127.0.0.1:${server.port}`, 'x-inyeon-token': server.token } });
    expect(r.status).toBe(405);
    const opt = await send(server.port, '/api/system.info', { method: 'OPTIONS', headers: { host: `127.0.0.1:${server.port}`, origin: 'http://evil.example' } });
    expect(opt.status).toBe(403);
    expect(opt.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves the renderer with a strict CSP and never outside its folder', async () => {
    const host = { host: `127.0.0.1:${server.port}` };
    const index = await send(server.port, '/', { headers: host });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
    expect((await send(server.port, '/assets/app.js', { headers: host })).headers['content-type']).toMatch(/javascript/);
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
      const r = await send(server.port, p, { headers: host });
      expect(r.body, p).not.toContain('do not serve');
    }
  });
});
