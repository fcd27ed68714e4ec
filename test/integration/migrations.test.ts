// Opening the book: numbered migrations from empty, re-open, refusal of a newer schema (left
// byte-for-byte untouched), a damaged file, connection pragmas and owner-only permissions.
import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/backend/context.js';
import { openDatabase } from '../../electron/backend/db/connection.js';
import { loadMigrations } from '../../electron/backend/db/migrate.js';
import { DB_FILE, openBackend } from '../../electron/backend/index.js';
import { expectAppError, fileHash, tableNames } from '../support/backend.js';
import { tempDir } from '../support/temp.js';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../electron/backend/db/migrations/', import.meta.url));
const MIGRATION_FILES = readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql'));
const clock = () => fixedClock('2026-03-02T01:00:00.000Z');

const cleanups: (() => void)[] = [];
afterEach(() => { while (cleanups.length) cleanups.pop()!(); });
function temp() {
  const t = tempDir();
  cleanups.push(t.remove);
  return t.path;
}
function open(dataDir: string) {
  const b = openBackend({ dataDir, clock: clock() });
  cleanups.push(() => b.close());
  return b;
}

describe('a fresh data folder', () => {
  it('is migrated to the last migration, with every table', async () => {
    const b = open(join(temp(), 'data'));
    const info = await b.invoke('system.info', {});
    expect(MIGRATION_FILES.length).toBeGreaterThanOrEqual(1);
    expect(info.schemaVersion).toBe(MIGRATION_FILES.length);
    expect(b.ctx.db.pragma('user_version', { simple: true })).toBe(MIGRATION_FILES.length);
    expect(info).toMatchObject({ contacts: 0, sampleContacts: 0, now: '2026-03-02T01:00:00.000Z' });
    expect(['pending', 'ok']).toContain(info.integrity); // quick_check runs in the background
    expect(await b.integrity).toBe('ok');
    expect((await b.invoke('system.info', {})).integrity).toBe('ok');
    const tables = tableNames(b.ctx.db);
    for (const t of [
      'contacts', 'contact_points', 'contact_history', 'stage_changes', 'deals', 'interactions', 'follow_ups',
      'cadence_rules', 'referrals', 'consents', 'tags', 'contact_tags', 'attachments', 'settings', 'contact_fts', 'search_keys',
    ]) expect(tables, t).toContain(t);
  });

  it('creates the folder 0700 and the database file 0600 (WAL files too)', async () => {
    const dataDir = join(temp(), 'nested', 'data');
    const b = open(dataDir);
    await b.invoke('contacts.add', { name: '김철수' }); // something in the WAL
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dataDir, DB_FILE)).mode & 0o777).toBe(0o600);
    for (const f of readdirSync(dataDir)) expect(statSync(join(dataDir, f)).mode & 0o777, f).toBe(0o600);
    expect(b.ctx.dataPath).toBe(join(dataDir, DB_FILE));
  });

  it('uses WAL, synchronous=FULL and enforces foreign keys', () => {
    const b = open(temp());
    const db = b.ctx.db;
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() => db.prepare(`INSERT INTO contact_points (id, contact_id, kind, raw_value, normalized, created_at, updated_at)
      VALUES ('p', 'no-such-contact', 'email', 'a@b.co', 'a@b.co', 'x', 'x')`).run()).toThrow(/FOREIGN KEY/);
  });
});

describe('re-opening', () => {
  it('keeps the data and does not run migrations again', async () => {
    const dir = temp();
    const first = openBackend({ dataDir: dir, clock: clock() });
    const c = await first.invoke('contacts.add', { name: '김철수', tags: ['VIP'] });
    await first.invoke('settings.update', { locale: 'ko' });
    first.close();

    const path = join(dir, DB_FILE);
    const again = openDatabase(path);
    cleanups.push(() => again.db.close());
    expect(again.migratedFrom).toBe(MIGRATION_FILES.length);
    expect(again.schemaVersion).toBe(MIGRATION_FILES.length);
    again.db.close();

    const b = open(dir);
    const got = await b.invoke('contacts.get', { id: c.id });
    expect(got.contact).toMatchObject({ name: '김철수', tags: ['VIP'] });
    expect(got.contact.nextFollowUp?.reason).toBe('등록 후 14일 — 잠재 고객 안부 연락');
    expect((await b.invoke('settings.get', {})).locale).toBe('ko');
    expect((await b.invoke('contacts.search', { q: 'ㄱㅊㅅ' })).items.map((i) => i.id)).toEqual([c.id]);
  });

  it('applies only the migrations it has not applied yet, each in one transaction', () => {
    const path = join(temp(), DB_FILE);
    const base = loadMigrations();
    openDatabase(path, { migrations: base }).db.close();

    // A later migration that fails half-way leaves the database exactly at the previous version.
    const broken = [...base, { version: base.length + 1, name: 'broken.sql', sql: 'CREATE TABLE half_done (a); INSERT INTO no_such_table VALUES (1);' }];
    expect(() => openDatabase(path, { migrations: broken })).toThrow();
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(base.length);
    expect(tableNames(raw)).not.toContain('half_done');
    raw.close();

    // A good one is applied once, and user_version follows.
    const good = [...base, { version: base.length + 1, name: 'good.sql', sql: 'CREATE TABLE later_table (a);' }];
    const r = openDatabase(path, { migrations: good });
    expect(r.migratedFrom).toBe(base.length);
    expect(r.schemaVersion).toBe(base.length + 1);
    expect(tableNames(r.db)).toContain('later_table');
    r.db.close();
    const r2 = openDatabase(path, { migrations: good }); // would fail on "table exists" if re-run
    expect(r2.migratedFrom).toBe(base.length + 1);
    r2.db.close();
  });

  it('refuses migration files out of sequence', () => {
    const dir = temp();
    writeFileSync(join(dir, '0001-init.sql'), 'CREATE TABLE a (x);');
    writeFileSync(join(dir, '0003-skip.sql'), 'CREATE TABLE b (x);');
    expect(() => loadMigrations(dir)).toThrow(/out of sequence/);
  });
});

describe('a database from a newer Inyeon', () => {
  it('is refused with db-newer-version, a clear message, and its bytes unchanged', async () => {
    const dir = temp();
    const first = openBackend({ dataDir: dir, clock: clock() });
    await first.invoke('contacts.add', { name: '김철수' });
    first.close();
    const path = join(dir, DB_FILE);
    const raw = new Database(path);
    raw.pragma(`user_version = ${MIGRATION_FILES.length + 5}`);
    raw.close();
    const before = fileHash(path);
    const mtime = statSync(path).mtimeMs;

    const e = await expectAppError(() => openBackend({ dataDir: dir, clock: clock() }), 'db-newer-version');
    expect(e.message).toContain('newer version of Inyeon');
    expect(e.message).toContain(`schema ${MIGRATION_FILES.length + 5}`);
    expect(e.message).toContain('untouched');
    expect(e.message).toContain(path);

    expect(fileHash(path)).toBe(before);
    expect(statSync(path).mtimeMs).toBe(mtime);
    // Still the newer version, still holding its data.
    const check = new Database(path, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(MIGRATION_FILES.length + 5);
    expect((check.prepare('SELECT display_name FROM contacts').get() as { display_name: string }).display_name).toBe('김철수');
    check.close();
  });

  it('is refused without checkpointing a WAL the newer version left behind (main file and WAL unchanged)', async () => {
    // The newer Inyeon wrote its last changes to the WAL and was killed before checkpointing.
    const src = temp();
    openBackend({ dataDir: src, clock: clock() }).close();
    const writer = new Database(join(src, DB_FILE));
    writer.pragma('wal_autocheckpoint = 0');
    writer.pragma(`user_version = ${MIGRATION_FILES.length + 1}`);
    writer.exec('CREATE TABLE future_thing (x); INSERT INTO future_thing VALUES (1);');
    const dir = temp();
    copyFileSync(join(src, DB_FILE), join(dir, DB_FILE));
    copyFileSync(join(src, `${DB_FILE}-wal`), join(dir, `${DB_FILE}-wal`));
    writer.close();
    const path = join(dir, DB_FILE);
    const before = [fileHash(path), fileHash(`${path}-wal`)];

    await expectAppError(() => openBackend({ dataDir: dir, clock: clock() }), 'db-newer-version');
    expect(existsSync(`${path}-wal`)).toBe(true);
    expect([fileHash(path), fileHash(`${path}-wal`)]).toEqual(before);
  });

  it('is refused even when it is a rollback-journal database with no tables of ours', async () => {
    const dir = temp();
    const path = join(dir, DB_FILE);
    const raw = new Database(path);
    raw.exec('CREATE TABLE future_thing (x); INSERT INTO future_thing VALUES (1);');
    raw.pragma('user_version = 999');
    raw.close();
    const before = fileHash(path);
    await expectAppError(() => openBackend({ dataDir: dir, clock: clock() }), 'db-newer-version');
    expect(fileHash(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });
});

describe('a damaged file', () => {
  it('garbage named inyeon.db → db-corrupt, file left as it was', async () => {
    const dir = temp();
    const path = join(dir, DB_FILE);
    writeFileSync(path, Buffer.from('this is not a database, just some text that happens to be here\n'.repeat(200)));
    const before = fileHash(path);
    const e = await expectAppError(() => openBackend({ dataDir: dir, clock: clock() }), 'db-corrupt');
    expect(e.message).toContain(path);
    expect(fileHash(path)).toBe(before);
  });

  it('a SQLite header followed by garbage → db-corrupt', async () => {
    const dir = temp();
    const path = join(dir, DB_FILE);
    const buf = Buffer.alloc(8192, 0xab);
    Buffer.from('SQLite format 3\0').copy(buf, 0);
    writeFileSync(path, buf);
    await expectAppError(() => openBackend({ dataDir: dir, clock: clock() }), 'db-corrupt');
  });

  it('an empty inyeon.db (a crash right after creating it) is simply a new book', async () => {
    const dir = temp();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, DB_FILE), '');
    const b = open(dir);
    expect((await b.invoke('system.info', {})).schemaVersion).toBe(MIGRATION_FILES.length);
  });

  // A book whose header and schema are fine but whose data pages are not: the cheap check on open
  // lets it through, the background quick_check must still find it, and doctor (sync) refuses it.
  function damagedPages(): string {
    const dir = temp();
    const b = openBackend({ dataDir: dir, clock: clock(), integrityCheck: 'sync' });
    const ins = b.ctx.db.prepare(`INSERT INTO settings (key, value) VALUES (?, ?)`);
    b.ctx.db.transaction(() => { for (let i = 0; i < 3000; i++) ins.run(`filler.${i}`, JSON.stringify('x'.repeat(200))); })();
    b.close(); // checkpoints the WAL into the main file
    const path = join(dir, DB_FILE);
    const buf = readFileSync(path);
    const pageSize = buf.readUInt16BE(16);
    const pages = buf.length / pageSize;
    // Scribble over a page of the settings table near the end of the file (not the schema, page 1).
    buf.fill(0xab, (pages - 3) * pageSize + 8, (pages - 2) * pageSize);
    writeFileSync(path, buf);
    return dir;
  }

  it('damaged data pages: open still succeeds fast, the background check reports the damage', async () => {
    const b = open(damagedPages());
    expect((await b.invoke('system.info', {})).integrity).toMatch(/pending|page|corrupt|malformed|tree/i);
    const verdict = await b.integrity;
    expect(verdict).not.toBe('ok');
    expect((await b.invoke('system.info', {})).integrity).toBe(verdict);
  });

  it('damaged data pages: the synchronous check (doctor) refuses the book', async () => {
    const dir = damagedPages();
    await expectAppError(() => openBackend({ dataDir: dir, clock: clock(), integrityCheck: 'sync' }), 'db-corrupt');
    expect(() => openDatabase(join(dir, DB_FILE))).toThrow(/damaged/);
  });
});
