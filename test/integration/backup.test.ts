// Backups (issue 5 "Out", issue 8): verified snapshots while the app runs, restore with a safety
// backup first on the same live backend object, refusal of newer-schema and non-Inyeon files
// with the book unchanged, the latest verified backup, and the daily automatic backup.
import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, readdirSync, statSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestVerifiedBackup } from '../../electron/backend/index.js';
import { contentHash, expectAppError, openTestBackend, type TestBackend } from '../support/backend.js';

let t: TestBackend;
beforeEach(async () => {
  t = await openTestBackend('2026-03-02T01:00:00.000Z');
  await t.b.invoke('contacts.add', { name: '김철수', company: '한빛생명', tags: ['VIP'], points: [{ kind: 'mobile', value: '010-1234-5678' }] });
  await t.b.invoke('contacts.add', { name: 'Jane Doe', points: [{ kind: 'email', value: 'jane@example.com' }] });
});
afterEach(() => t.close());

const db = () => t.b.ctx.db;
const backupsDir = () => join(t.dir, 'backups');

describe('backup.create', () => {
  it('makes a verified, owner-only copy with a manifest, and leaves no temp file', async () => {
    const b = await t.b.invoke('backup.create', {});
    expect(b).toMatchObject({ kind: 'manual', contacts: 2, touches: 0, verified: true, createdAt: '2026-03-02T01:00:00.000Z' });
    expect(b.name).toBe('inyeon-20260302T010000000Z-manual.db');
    expect(statSync(b.path).mode & 0o777).toBe(0o600);
    expect(readdirSync(backupsDir()).sort()).toEqual([b.name, `${b.name}.json`]);
    const copy = new Database(b.path, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(contentHash(copy)).toBe(contentHash(db()));
    copy.close();
    const { items } = await t.b.invoke('backup.list', {});
    expect(items).toEqual([b]);
  });

  it('two backups in the same instant get distinct names', async () => {
    const [a, b] = await Promise.all([t.b.invoke('backup.create', {}), t.b.invoke('backup.create', {})]);
    expect(a.name).not.toBe(b.name);
    expect((await t.b.invoke('backup.list', {})).items).toHaveLength(2);
  });

  it('is a consistent snapshot while contacts are being written', async () => {
    const making = t.b.invoke('backup.create', {});
    let written = 0;
    const writing = (async () => {
      for (let i = 0; i < 150; i++) {
        await t.b.invoke('contacts.add', { name: `동시 ${i}`, points: [{ kind: 'mobile', value: `010-5000-${String(i).padStart(4, '0')}` }] });
        written++;
        await new Promise((r) => setImmediate(r));
      }
    })();
    const [b] = await Promise.all([making, writing]);
    expect(b.verified).toBe(true);
    const copy = new Database(b.path, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    const n = (copy.prepare('SELECT count(*) AS n FROM contacts').get() as { n: number }).n;
    // Whole contacts only: every contact in the copy has its point and its search keys.
    const orphans = (copy.prepare(`SELECT count(*) AS n FROM contacts c WHERE c.display_name LIKE '동시 %'
      AND NOT EXISTS (SELECT 1 FROM contact_points p WHERE p.contact_id = c.id)`).get() as { n: number }).n;
    copy.close();
    expect(n).toBeGreaterThanOrEqual(2);
    expect(n).toBeLessThanOrEqual(2 + written);
    expect(orphans).toBe(0);
  });
});

describe('backup.restore', () => {
  it('brings back exactly the backed-up book, after a safety backup of the current one, on the same backend object', async () => {
    const backup = await t.b.invoke('backup.create', {});
    const atBackup = contentHash(db());
    t.clock.advanceDays(1);
    const added = await t.b.invoke('contacts.add', { name: '나중에 추가' });
    await t.b.invoke('touches.log', { contactId: added.id, kind: 'call' });
    const beforeRestore = contentHash(db());

    const r = await t.b.invoke('backup.restore', { file: backup.name });
    expect(r.restored).toMatchObject({ name: backup.name, contacts: 2, touches: 0 });
    expect(r.safetyBackup).toMatchObject({ kind: 'safety', contacts: 3, touches: 1, verified: true });
    expect(contentHash(db())).toBe(atBackup);
    // The safety backup holds the book as it was just before.
    const safety = new Database(r.safetyBackup.path, { readonly: true });
    expect(contentHash(safety)).toBe(beforeRestore);
    safety.close();

    // The same backend keeps working on the restored book.
    await expectAppError(t.b.invoke('contacts.get', { id: added.id }), 'not-found');
    expect((await t.b.invoke('system.info', {})).contacts).toBe(2);
    await t.b.invoke('contacts.add', { name: '복원 후' });
    expect((await t.b.invoke('contacts.search', { q: '복원 후' })).items).toHaveLength(1);
    const { items } = await t.b.invoke('backup.list', {});
    expect(items.map((i) => i.kind).sort()).toEqual(['manual', 'safety']);
    // No leftovers beside the book.
    expect(readdirSync(t.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('restores from a path (the CLI) and survives reopening', async () => {
    const backup = await t.b.invoke('backup.create', {});
    const elsewhere = join(t.dir, 'copy-of-backup.db');
    copyFileSync(backup.path, elsewhere);
    await t.b.invoke('contacts.add', { name: '사라질 사람' });
    await t.b.invoke('backup.restore', { file: elsewhere });
    const atRestore = contentHash(db());
    const again = t.reopen();
    t = again;
    expect(contentHash(db())).toBe(atRestore);
    expect((await t.b.invoke('system.info', {})).contacts).toBe(2);
  });

  it('calls made during a restore wait for it and then see the restored book', async () => {
    const backup = await t.b.invoke('backup.create', {});
    await t.b.invoke('contacts.add', { name: '사라질 사람' });
    const restoring = t.b.invoke('backup.restore', { file: backup.name });
    const info = t.b.invoke('system.info', {});
    await restoring;
    expect((await info).contacts).toBe(2);
  });
});

describe('refused files leave the book unchanged', () => {
  async function refused(file: string, code: 'invalid-input' | 'db-newer-version' | 'db-corrupt' | 'not-found', text: RegExp) {
    const before = contentHash(db());
    const backupsBefore = (await t.b.invoke('backup.list', {})).items.length;
    const e1 = await expectAppError(t.b.invoke('backup.preview', { file }), code);
    expect(e1.message).toMatch(text);
    await expectAppError(t.b.invoke('backup.restore', { file }), code);
    expect(contentHash(db())).toBe(before);
    // Refused before anything was done: no safety backup either.
    expect((await t.b.invoke('backup.list', {})).items).toHaveLength(backupsBefore);
  }

  it('a backup from a newer Inyeon', async () => {
    const b = await t.b.invoke('backup.create', {});
    const newer = join(t.dir, 'newer.db');
    copyFileSync(b.path, newer);
    const w = new Database(newer);
    w.pragma('user_version = 999');
    w.close();
    await refused(newer, 'db-newer-version', /newer version of Inyeon/);
  });

  it('garbage, an empty file, another program\'s SQLite file, a damaged backup, a missing file', async () => {
    const garbage = join(t.dir, 'garbage.db');
    writeFileSync(garbage, Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)));
    await refused(garbage, 'invalid-input', /not an Inyeon backup/);
    const empty = join(t.dir, 'empty.db');
    writeFileSync(empty, '');
    await refused(empty, 'invalid-input', /not an Inyeon backup/);
    const other = join(t.dir, 'other.db');
    const o = new Database(other);
    o.exec('CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES (1)');
    o.close();
    await refused(other, 'invalid-input', /not an Inyeon book/);
    const b = await t.b.invoke('backup.create', {});
    const damaged = join(t.dir, 'damaged.db');
    copyFileSync(b.path, damaged);
    const fd = openSync(damaged, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xff), 0, 4096, 4096 * 2); // a page of the tables, overwritten
    closeSync(fd);
    await refused(damaged, 'db-corrupt', /damaged|cannot be read/);
    await refused(join(t.dir, 'nope.db'), 'not-found', /no backup file/);
    await refused('inyeon-20200101T000000000Z-manual.db', 'not-found', /no backup file/);
  });
});

describe('latest verified backup (for a damaged book at open)', () => {
  it('is the newest backup whose bytes still match its manifest', async () => {
    expect(latestVerifiedBackup(t.dir)).toBeNull();
    const older = await t.b.invoke('backup.create', {});
    t.clock.advanceDays(1);
    const newer = await t.b.invoke('backup.create', {});
    expect(latestVerifiedBackup(t.dir)?.name).toBe(newer.name);
    // One byte changed inside the newest (same size): it is no longer what was verified.
    const fd = openSync(newer.path, 'r+');
    writeSync(fd, Buffer.from([0x42]), 0, 1, 200);
    closeSync(fd);
    expect(latestVerifiedBackup(t.dir)?.name).toBe(older.name);
  });
});

describe('automatic daily backup and rotation', () => {
  it('once per local day; after 24 days 7 daily + 4 weekly remain, manual ones untouched', async () => {
    const manual = await t.b.invoke('backup.create', {});
    const first = await t.b.services.backup.autoBackupIfDue();
    expect(first?.kind).toBe('auto');
    expect(await t.b.services.backup.autoBackupIfDue()).toBeNull();
    for (let d = 1; d < 24; d++) {
      t.clock.advanceDays(1);
      expect(await t.b.services.backup.autoBackupIfDue()).not.toBeNull();
    }
    const { items } = await t.b.invoke('backup.list', {});
    const autos = items.filter((i) => i.kind === 'auto');
    expect(autos.length).toBeGreaterThanOrEqual(8);
    expect(autos.length).toBeLessThanOrEqual(11);
    expect(items.find((i) => i.name === manual.name)).toBeDefined();
    // Every remaining backup still has its manifest; removed ones left nothing behind.
    const files = readdirSync(backupsDir());
    expect(files.filter((f) => f.endsWith('.db')).length * 2).toBe(files.length);
  });
});
