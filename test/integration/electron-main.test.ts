// The real main-process bundle (out/main/index.mjs, built by scripts/build-electron.mjs) run in
// plain Node against a stand-in `electron` module (test/unit/electron/support/fake-electron.mjs):
// the backend opens a real SQLite book, IPC answers real contract calls, app:// serves real files.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp.js';

const SUPPORT = resolve('test/unit/electron/support');
const MIGRATIONS = readdirSync('electron/backend/db/migrations').filter((f) => f.endsWith('.sql')).length;
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const app = tempDir('inyeon-main-');
const bundle = join(app.path, 'out/main/index.mjs');

beforeAll(() => {
  const r = spawnSync(process.execPath, ['scripts/build-electron.mjs', '--out', join(app.path, 'out')], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  // The bundle resolves better-sqlite3 from node_modules beside it, as in the real tree.
  symlinkSync(resolve('node_modules'), join(app.path, 'node_modules'), 'dir');
  copyFileSync('package.json', join(app.path, 'package.json'));
  mkdirSync(join(app.path, 'out/renderer/assets'), { recursive: true });
  writeFileSync(join(app.path, 'out/renderer/index.html'), '<!doctype html><title>Inyeon</title>');
  writeFileSync(join(app.path, 'out/renderer/assets/app.js'), 'console.log(1)');
  writeFileSync(join(app.path, 'out/secret.txt'), 'not for the page');
}, 60_000);
afterAll(() => app.remove());

function runMain(env: Record<string, string>) {
  const r = spawnSync(process.execPath, ['--import', join(SUPPORT, 'electron-loader.mjs'), join(SUPPORT, 'run-main.mjs')], {
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, BUNDLE: bundle, INYEON_NATIVE_BINDING: '', INYEON_DATA_DIR: '', INYEON_MIGRATIONS_DIR: '', ...env },
  });
  const line = r.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  expect(line, `${r.stdout}\n${r.stderr}`).toBeDefined();
  return { ...JSON.parse(line!.slice('RESULT '.length)), stderr: r.stderr };
}

describe('main process (bundle, fake electron)', () => {
  const data = tempDir('inyeon-userdata-');
  afterAll(() => data.remove());
  let out: any;
  beforeAll(() => {
    out = runMain({ SCENARIO: 'run', FAKE_USER_DATA: data.path, FAKE_LOCALE: 'ko-KR' });
  }, 40_000);

  it('registers app:// as privileged and sandboxes every renderer', () => {
    expect(out.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, bypassCSP: false }) }]);
    expect(out.sandbox).toBe(true);
  });

  it('opens one hidden-until-ready window on app://inyeon with the secure preferences', () => {
    expect(out.windows).toHaveLength(1);
    const w = out.windows[0];
    expect(w.url).toBe('app://inyeon/index.html');
    expect(w.show).toBe(false);
    expect(w.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, devTools: true });
    expect(w.webPreferences.preload).toBe(join(app.path, 'out/preload/index.cjs'));
  });

  it('opens the book in userData, owner-only', () => {
    const mode = statSync(join(data.path, 'inyeon.db')).mode & 0o777;
    expect(mode).toBe(0o600);
    expect(out.ipc.info).toMatchObject({ ok: true, result: expect.objectContaining({ dataPath: join(data.path, 'inyeon.db'), schemaVersion: MIGRATIONS, version: VERSION }) });
  });

  it('answers contract calls over IPC with envelopes, through the real backend', () => {
    expect(out.ipc.added).toMatchObject({ ok: true, result: { name: '김철수' } });
    expect(out.ipc.search.ok).toBe(true);
    expect(out.ipc.search.result.items.map((c: { name: string }) => c.name)).toContain('김철수');
    expect(out.ipc.invalid).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(out.ipc.unknown).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('refuses IPC from file://, foreign pages, vanished frames and other web contents', () => {
    for (const k of ['fileSender', 'foreignSender', 'noFrame', 'otherContents']) {
      expect(out.ipc[k], k).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
  });

  it('serves the renderer over app:// with the CSP, and nothing outside it', () => {
    expect(out.protocol.index).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', body: '<!doctype html><title>Inyeon</title>' });
    expect(out.protocol.index.csp).toMatch(/default-src 'self'/);
    expect(out.protocol.asset).toMatchObject({ status: 200, type: expect.stringMatching(/javascript/) });
    expect(out.protocol.missing.status).toBe(404);
    for (const k of ['traversal', 'encoded', 'secret', 'foreignHost', 'post']) {
      expect(out.protocol[k].status, k).toBeGreaterThanOrEqual(400);
      expect(out.protocol[k].body, k).toBe('');
      expect(out.protocol[k].csp, k).toMatch(/default-src/);
    }
  });

  it('keeps the window on our pages and asks before sending links to the browser', () => {
    expect(out.navigation).toEqual({ own: false, file: true, web: true });
    expect(out.windowOpen).toEqual({ action: 'deny' });
    expect(out.externalPrompts).toBe(2);
    expect(out.opened).toEqual([]); // the fake user pressed Cancel
  });

  it('denies permissions and remote requests, except the camera (video only) for our own page', () => {
    // notifications; camera for app://; camera + microphone; camera for a remote page
    expect(out.permissions).toEqual({ requests: [false, true, false, false], check: false });
    expect(out.requests).toEqual({ remote: true, own: false });
  });

  it('shows a Korean menu to a Korean system', () => {
    expect(out.menu).toEqual(expect.arrayContaining(['편집', '보기', '창']));
  });

  it('shows the daily digest once when its time comes, and a click opens Today in the focused window', () => {
    expect(out.digest.planned.length).toBeGreaterThan(0);
    expect(Math.max(...out.digest.planned)).toBeLessThanOrEqual(10 * 60_000);
    expect(out.digest.shown).toHaveLength(1);
    expect(out.digest.shown[0]).toMatchObject({ shown: true, title: expect.stringMatching(/^(인연 — 오늘|Inyeon — Today)$/) });
    expect(out.digest.shown[0].body).toMatch(/to contact today|연락할 사람|Nobody|없습니다/);
    expect(out.digest.clickedUrl).toBe('app://inyeon/index.html#/today');
    expect(out.digest.focused).toBe(true);
  });

  it('focuses the window on a second launch and closes the book on quit', () => {
    expect(out.focusedOnSecondLaunch).toBe(true);
    expect(out.afterQuit).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('main process refusing to open a book', () => {
  it('opens the recovery screen for a book from a newer version and leaves the book untouched', () => {
    const data = tempDir('inyeon-newer-');
    try {
      const db = new Database(join(data.path, 'inyeon.db'));
      db.pragma('user_version = 999');
      db.close();
      const out = runMain({ SCENARIO: 'refuse', FAKE_USER_DATA: data.path, FAKE_LOCALE: 'en-US' });
      // The window opens on the recovery screen (same contract as browser mode), no dialog, no exit.
      expect(out.windows).toHaveLength(1);
      expect(out.exitCode).toBeNull();
      expect(out.ipc.openState).toMatchObject({ ok: true, result: { state: 'recovery', problem: 'db-newer-version', actions: ['retry'] } });
      expect(out.ipc.info).toMatchObject({ ok: false, error: { code: 'db-newer-version' } });
      expect(out.ipc.info.error.message).not.toMatch(/\n\s+at /);
      const again = new Database(join(data.path, 'inyeon.db'), { readonly: true });
      expect(again.pragma('user_version', { simple: true })).toBe(999);
      again.close();
    } finally {
      data.remove();
    }
  });

  it('takes --data-dir over userData', () => {
    const data = tempDir('inyeon-flag-');
    const user = tempDir('inyeon-user-');
    try {
      const r = spawnSync(process.execPath, ['--import', join(SUPPORT, 'electron-loader.mjs'), join(SUPPORT, 'run-main.mjs'), `--data-dir=${data.path}`], {
        encoding: 'utf8', timeout: 30_000, env: { ...process.env, BUNDLE: bundle, SCENARIO: 'refuse', FAKE_USER_DATA: user.path, INYEON_NATIVE_BINDING: '', INYEON_DATA_DIR: '' },
      });
      expect(r.stdout).toContain('RESULT ');
      expect(statSync(join(data.path, 'inyeon.db')).isFile()).toBe(true);
      expect(() => statSync(join(user.path, 'inyeon.db'))).toThrow();
    } finally {
      data.remove();
      user.remove();
    }
  });

  it('a second instance quits at once and leaves the book to the first', () => {
    const data = tempDir('inyeon-second-');
    try {
      const out = runMain({ SCENARIO: 'refuse', FAKE_USER_DATA: data.path, FAKE_LOCK: '0' });
      expect(out.quit).toBe(true);
      expect(out.windows).toEqual([]);
      expect(() => statSync(join(data.path, 'inyeon.db'))).toThrow();
    } finally {
      data.remove();
    }
  });
});
