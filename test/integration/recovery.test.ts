// Open-time problems (issue 8): a truncated or garbled book, a book from a newer version, a
// read-only data folder, a book locked by another process, a full disk. Each ends in a typed
// error and, through the session, in a recovery state whose ways forward really work.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { chmodSync, chownSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/backend/context.js';
import { DB_FILE, openBackend } from '../../electron/backend/index.js';
import { newestUsableBackup } from '../../electron/backend/recovery/latest-backup.js';
import { backupsDir, openSession, type Session } from '../../electron/backend/recovery/session.js';
import type { OpenState, RecoveryResult, StartResult } from '../../shared/contract/index.js';
import { contentHash, expectAppError, fileHash } from '../support/backend.js';
import { BIN } from '../support/cli.js';
import { tempDir } from '../support/temp.js';

const require = createRequire(import.meta.url);
const NOW = '2026-03-02T01:00:00.000Z';
const cleanups: (() => void)[] = [];
afterEach(() => { while (cleanups.length) cleanups.pop()!(); });

function folder(): string {
  const t = tempDir('inyeon-recovery-');
  cleanups.push(t.remove);
  return t.path;
}

/** A book with two people in `dir`, closed (WAL checkpointed). Returns its path. */
async function book(dir: string, names = ['김철수', '이영희']): Promise<string> {
  const b = openBackend({ dataDir: dir, clock: fixedClock(NOW) });
  for (const name of names) await b.invoke('contacts.add', { name, company: '한빛생명' });
  b.close();
  return join(dir, DB_FILE);
}

/** A verified backup the way the backup module makes them: VACUUM INTO <dataDir>/backups. */
function backupOf(dir: string): string {
  mkdirSync(backupsDir(dir), { recursive: true });
  const path = join(backupsDir(dir), 'inyeon-2026-03-01.db');
  const db = new Database(join(dir, DB_FILE), { readonly: true });
  db.prepare('VACUUM INTO ?').run(path);
  db.close();
  return path;
}

function session(dir: string): Session {
  const s = openSession({ dataDir: dir, clock: fixedClock(NOW), latestBackup: newestUsableBackup });
  cleanups.push(() => s.close());
  return s;
}

const names = async (s: Session) => ((await s.dispatch('contacts.list', {})) as { items: { name: string }[] }).items.map((c) => c.name).sort();

describe('a damaged book', () => {
  it('truncated: db-corrupt, a recovery state offering the latest backup, and a restore that keeps the damaged file aside', async () => {
    const dir = folder();
    const path = await book(dir);
    const backup = backupOf(dir);
    // Written after the backup: lost with the damaged file, but kept in it.
    const b = openBackend({ dataDir: dir, clock: fixedClock(NOW) });
    await b.invoke('contacts.add', { name: '박철수' });
    b.close();
    truncateSync(path, 3000);
    const damaged = readFileSync(path);

    await expectAppError(() => openBackend({ dataDir: dir }), 'db-corrupt');
    const s = session(dir);
    const state = await s.dispatch('system.openState', {}) as OpenState;
    expect(state).toMatchObject({ state: 'recovery', problem: 'db-corrupt', dataPath: path, actions: ['retry', 'restore-backup', 'start-empty'] });
    expect(state.state === 'recovery' && state.backup?.path).toBe(backup);
    // The app's start says the same, and reads nothing else.
    const start = await s.dispatch('system.start', { today: {} }) as StartResult;
    expect(start).toEqual({ open: state, today: null, settings: null, info: null });
    // Everything else answers with the same typed error, never a stack trace.
    const e = await expectAppError(s.dispatch('contacts.list', {}), 'db-corrupt');
    expect(e.message).not.toMatch(/\n\s+at /);
    // Retrying changes nothing.
    expect(((await s.dispatch('recovery.retry', {})) as RecoveryResult).state.state).toBe('recovery');

    const r = await s.dispatch('recovery.restoreBackup', {}) as RecoveryResult;
    expect(r.state).toEqual({ state: 'ok' });
    expect(r.keptAs).toBe(`${path}.damaged-2026-03-02T01-00-00Z`);
    expect(readFileSync(r.keptAs!)).toEqual(damaged);
    expect(await names(s)).toEqual(['김철수', '이영희']);
    // The restored book is a normal, writable book.
    await s.dispatch('contacts.add', { name: '최수진' });
    expect(await names(s)).toHaveLength(3);
    expect(await s.dispatch('system.openState', {})).toEqual({ state: 'ok' });
    // And the start now brings the first screen: Today as today.get gives it, the settings, the counts.
    const opened = await s.dispatch('system.start', { today: { days: 7, overdueLimit: 100 } }) as StartResult;
    expect(opened.open).toEqual({ state: 'ok' });
    expect(opened.today).toEqual(await s.dispatch('today.get', { days: 7, overdueLimit: 100 }));
    expect(opened.settings).toEqual(await s.dispatch('settings.get', {}));
    expect(opened.info?.contacts).toBe(3);
  });

  it('garbled schema page: db-corrupt; without a backup the ways forward are retry and start empty', async () => {
    const dir = folder();
    const path = await book(dir);
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(4096 - 100, 0x5a), 0, 4096 - 100, 100); // keep the header, garble the schema
    closeSync(fd);
    const s = session(dir);
    const state = await s.dispatch('system.openState', {}) as OpenState;
    expect(state).toMatchObject({ state: 'recovery', problem: 'db-corrupt', backup: null, actions: ['retry', 'start-empty'] });
    await expectAppError(s.dispatch('recovery.restoreBackup', {}), 'conflict');
    expect(readdirSync(dir)).toEqual([DB_FILE]);
  });

  it('start empty: the damaged file and its -wal/-shm are kept aside together, the new book works', async () => {
    const dir = folder();
    const path = await book(dir);
    writeFileBytes(path, 'this is not a database at all '.repeat(200));
    writeFileBytes(`${path}-wal`, 'wal bytes');
    writeFileBytes(`${path}-shm`, 'shm bytes');
    const s = session(dir);
    const r = await s.dispatch('recovery.startEmpty', {}) as RecoveryResult;
    expect(r.state).toEqual({ state: 'ok' });
    const kept = `${path}.damaged-2026-03-02T01-00-00Z`;
    expect(r.keptAs).toBe(kept);
    expect(readFileSync(kept, 'utf8')).toMatch(/^this is not a database/);
    expect(readFileSync(`${kept}-wal`, 'utf8')).toBe('wal bytes');
    expect(existsSync(`${kept}-shm`)).toBe(true); // SQLite's scratch index: moved too, content its own
    expect(await names(s)).toEqual([]);
    await s.dispatch('contacts.add', { name: '새사람' });
    expect(await names(s)).toEqual(['새사람']);
  });

  it('a damaged backup is refused and the damaged book stays where it was', async () => {
    const dir = folder();
    const path = await book(dir);
    const backup = backupOf(dir);
    truncateSync(path, 2000);
    const before = fileHash(path);
    const s = openSession({ dataDir: dir, clock: fixedClock(NOW), latestBackup: () => ({ path: backup }) });
    cleanups.push(() => s.close());
    truncateSync(backup, 5000); // damaged after it was found
    await expectAppError(s.dispatch('recovery.restoreBackup', {}), 'db-corrupt');
    expect(fileHash(path)).toBe(before);
    expect(readdirSync(dir).filter((f) => /damaged|restoring/.test(f))).toEqual([]);
  });
});

describe('a book from a newer version', () => {
  it('is refused untouched: only retry is offered, restore and start-empty refuse', async () => {
    const dir = folder();
    const path = await book(dir);
    const db = new Database(path);
    db.pragma('user_version = 999');
    db.close();
    backupOf(dir);
    const before = snapshot(dir);
    const s = session(dir);
    expect(await s.dispatch('system.openState', {})).toMatchObject({ state: 'recovery', problem: 'db-newer-version', backup: null, actions: ['retry'] });
    await expectAppError(s.dispatch('contacts.list', {}), 'db-newer-version');
    await expectAppError(s.dispatch('recovery.startEmpty', {}), 'conflict');
    await expectAppError(s.dispatch('recovery.restoreBackup', {}), 'conflict');
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('damage found by the background quick_check', () => {
  it('closes the book and turns the session to recovery (db-corrupt, with the latest backup)', async () => {
    const dir = folder();
    const b = openBackend({ dataDir: dir, clock: fixedClock(NOW) });
    for (let i = 0; i < 400; i++) await b.invoke('contacts.add', { name: `사람${i}`, notes: '메모 '.repeat(120) });
    await b.close();
    const backup = backupOf(dir);
    // Garbage over one page in the middle of the file: the header and schema still read, so the
    // (deferred) open succeeds, and only the full check finds it.
    const path = join(dir, DB_FILE);
    const size = readFileSync(path).length;
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, Math.floor(size / 2 / 4096) * 4096);
    closeSync(fd);

    const s = session(dir);
    expect(await s.dispatch('system.openState', {})).toEqual({ state: 'ok' });
    const verdict = await s.backend()!.integrity;
    expect(verdict).not.toBe('ok');
    const state = await s.dispatch('system.openState', {}) as OpenState;
    expect(state).toMatchObject({ state: 'recovery', problem: 'db-corrupt', actions: ['retry', 'restore-backup', 'start-empty'] });
    expect(state.state === 'recovery' && state.backup?.path).toBe(backup);
    await expectAppError(s.dispatch('contacts.add', { name: '손상 후' }), 'db-corrupt');
    const r = await s.dispatch('recovery.restoreBackup', {}) as RecoveryResult;
    expect(r.state).toEqual({ state: 'ok' });
    expect(await s.backend()!.integrity).toBe('ok');
    expect(((await s.dispatch('contacts.list', { limit: 500 })) as { items: unknown[] }).items).toHaveLength(400);
  });
});

describe('a book in use by another process', () => {
  it('db-locked while another process holds an exclusive lock; retry opens it once the lock is gone', async () => {
    const dir = folder();
    const path = await book(dir);
    const holder = spawn(process.execPath, ['-e', `
      const Database = require(${JSON.stringify(require.resolve('better-sqlite3-multiple-ciphers'))});
      const db = new Database(${JSON.stringify(path)});
      db.pragma('locking_mode = EXCLUSIVE');
      db.exec('BEGIN EXCLUSIVE');
      console.log('locked');
      setInterval(() => {}, 1000);`], { stdio: ['ignore', 'pipe', 'inherit'] });
    cleanups.push(() => holder.kill('SIGKILL'));
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    const s = session(dir);
    expect(await s.dispatch('system.openState', {})).toMatchObject({ state: 'recovery', problem: 'db-locked', actions: ['retry'] });
    await expectAppError(s.dispatch('contacts.list', {}), 'db-locked');
    const exited = new Promise((r) => holder.once('exit', r));
    holder.kill('SIGKILL');
    await exited;
    expect(((await s.dispatch('recovery.retry', {})) as RecoveryResult).state).toEqual({ state: 'ok' });
    expect(await names(s)).toEqual(['김철수', '이영희']);
  }, 30_000);
});

describe('a second Inyeon on the same book', () => {
  it('browser mode holds the book: a second owner is told which process has it, and takes over once it is gone (even after kill -9)', async () => {
    const dir = folder();
    await book(dir);
    const web = folder();
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Inyeon</title>');
    const startServe = async () => {
      const p = spawn(process.execPath, [BIN, '--data-dir', dir, '--json', 'serve', '--no-open', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, INYEON_RENDERER_DIR: web } });
      cleanups.push(() => p.kill('SIGKILL'));
      await new Promise<void>((resolve, reject) => { p.stdout.once('data', () => resolve()); p.once('exit', (c) => reject(new Error(`serve exited ${c}`))); });
      return p;
    };
    const first = await startServe();
    const s = openSession({ dataDir: dir, clock: fixedClock(NOW), ownerLock: 'test' });
    cleanups.push(() => s.close());
    const state = await s.dispatch('system.openState', {}) as OpenState;
    expect(state).toMatchObject({ state: 'recovery', problem: 'db-locked', actions: ['retry'] });
    expect(state.state === 'recovery' && state.message).toContain(`browser mode (inyeon serve), process ${first.pid}`);
    // A clean stop releases it.
    const stopped = new Promise((r) => first.once('exit', r));
    first.kill('SIGTERM');
    await stopped;
    expect(((await s.dispatch('recovery.retry', {})) as RecoveryResult).state).toEqual({ state: 'ok' });
    s.close();
    // A killed owner leaves a stale lock, taken over by the next one.
    const second = await startServe();
    const gone = new Promise((r) => second.once('exit', r));
    second.kill('SIGKILL');
    await gone;
    expect(existsSync(join(dir, 'inyeon.lock'))).toBe(true);
    const s2 = openSession({ dataDir: dir, clock: fixedClock(NOW), ownerLock: 'test' });
    cleanups.push(() => s2.close());
    expect(await s2.dispatch('system.openState', {})).toEqual({ state: 'ok' });
    s2.close();
    expect(existsSync(join(dir, 'inyeon.lock'))).toBe(false);
  }, 60_000);
});

describe('a read-only data folder', () => {
  // Root ignores file modes, so the CLI runs as `nobody` when the tests run as root.
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  it.skipIf(process.platform === 'win32')('the CLI says read-only (exit 7) and the book is unchanged', async () => {
    const dir = folder();
    const path = await book(dir);
    if ('uid' in asUser) { chownSync(dir, 65534, 65534); chownSync(path, 65534, 65534); }
    chmodSync(dir, 0o500);
    cleanups.push(() => chmodSync(dir, 0o700));
    const before = fileHash(path);
    for (const args of [['search', '김'], ['contact', 'add', '--name', '박철수']]) {
      const r = spawnSync(process.execPath, [BIN, '--data-dir', dir, '--json', ...args], { ...asUser, encoding: 'utf8', env: { ...process.env, HOME: '/tmp' } });
      expect(r.status, r.stderr).toBe(7);
      expect(JSON.parse(r.stderr)).toMatchObject({ error: { code: 'read-only' } });
    }
    expect(fileHash(path)).toBe(before);
  }, 30_000);
});

describe('a full disk', () => {
  it('a write that does not fit fails with disk-full and changes nothing', async () => {
    const dir = folder();
    await book(dir);
    const b = openBackend({ dataDir: dir, clock: fixedClock(NOW) });
    cleanups.push(() => b.close());
    const before = contentHash(b.ctx.db);
    // SQLITE_FULL exactly as a full disk gives it: the file may not grow beyond its current pages.
    const pages = b.ctx.db.pragma('page_count', { simple: true }) as number;
    b.ctx.db.pragma(`max_page_count = ${pages}`);
    const e = await expectAppError(b.dispatch('contacts.add', { name: '박철수', notes: '메모 '.repeat(30_000) }), 'disk-full');
    expect(e.message).toMatch(/nothing was changed/);
    expect(contentHash(b.ctx.db)).toBe(before);
    // Once there is room again, the same write succeeds.
    b.ctx.db.pragma('max_page_count = 1073741823');
    await b.dispatch('contacts.add', { name: '박철수', notes: '메모 '.repeat(30_000) });
  });
});

/** Every file of the folder (not its backups) with its hash: equal means untouched. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).filter((f) => f !== 'backups' && !f.endsWith('-shm')).map((f) => [f, fileHash(join(dir, f))]));
}

function writeFileBytes(path: string, text: string): void {
  const fd = openSync(path, 'w');
  writeSync(fd, text);
  closeSync(fd);
}
