// Changing the passphrase of an encrypted book, and the backups made before encryption was turned
// on (issue 8): the old passphrase no longer opens the book or its backups, the new one does, every
// row is kept; a wrong current passphrase is a typed error and nothing changes. Plain backups can be
// encrypted (each verified like a backup) or deleted.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readManifest, sha256File } from '../../electron/backend/backup/files.js';
import { fixedClock } from '../../electron/backend/context.js';
import { bookKey } from '../../electron/backend/crypt/book-key.js';
import { KEY_FILE, PENDING_KEY_FILE, passphraseKeys, readKeyRecord, safeStorageKeys, writePendingKeyRecord } from '../../electron/backend/crypt/keys.js';
import { fileKind } from '../../electron/backend/db/driver.js';
import { snapshotFile } from '../../electron/backend/db/snapshot.js';
import { DB_FILE, openBackend, type Backend } from '../../electron/backend/index.js';
import { contentHash, expectAppError, fileHash } from '../support/backend.js';
import { runCli } from '../support/cli.js';
import { fakeSafeStorage } from '../support/fake-safe-storage.js';
import { tempDir } from '../support/temp.js';

const NOW = '2026-03-02T01:00:00.000Z';
const OLD = '우리집 강아지 복실이';
const NEW = '새 암호는 더 길고 좋다';
const cleanups: (() => unknown)[] = [];
afterEach(async () => { while (cleanups.length) await cleanups.pop()!(); });

function folder(): string {
  const t = tempDir('inyeon-pass-');
  cleanups.push(t.remove);
  return t.path;
}

async function bookWithPeople(dir: string, opts: Parameters<typeof openBackend>[0] | object = {}): Promise<Backend> {
  const b = openBackend({ dataDir: dir, clock: fixedClock(NOW), ...opts });
  for (const [name, phone] of [['김비밀', '010-2345-6789'], ['이암호', '010-9876-5432'], ['박열쇠', '010-1111-2222']] as const) {
    const c = await b.invoke('contacts.add', { name, company: '한빛생명', points: [{ kind: 'mobile', value: phone }] });
    await b.invoke('touches.log', { contactId: c.id, kind: 'call', outcome: 'positive', summary: `${name} 통화` });
  }
  return b;
}

const open = (dir: string, pass: string) => openBackend({ dataDir: dir, clock: fixedClock(NOW), key: bookKey(dir, DB_FILE, [passphraseKeys(pass)]) });

describe('changing the passphrase', () => {
  it('re-keys the book and its encrypted backups: the old passphrase opens nothing, the new one everything, every row kept', async () => {
    const dir = folder();
    const b = await bookWithPeople(dir);
    await b.invoke('security.setEncryption', { on: true, passphrase: OLD });
    const backup = await b.invoke('backup.create', {});
    const hash = contentHash(b.ctx.db);
    const saltBefore = readKeyRecord(dir);

    const r = await b.invoke('security.changePassphrase', { current: OLD, next: NEW, repeat: NEW });
    expect(r.status).toEqual({ encrypted: true, keyKind: 'passphrase', keychain: false });
    expect(r.backupsRekeyed).toEqual([backup.name]);
    expect(r.backupsFailed).toEqual([]);
    expect(contentHash(b.ctx.db)).toBe(hash);
    // The book keeps working after the swap, and a backup made now is under the new key.
    await b.invoke('contacts.add', { name: '나중사람' });
    expect((await b.invoke('contacts.search', { q: 'ㄱㅂㅁ' })).items.map((c) => c.name)).toEqual(['김비밀']);
    await b.close();

    expect(readKeyRecord(dir)).not.toEqual(saltBefore);
    expect(existsSync(join(dir, PENDING_KEY_FILE))).toBe(false);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await expectAppError(() => bookKey(dir, DB_FILE, [passphraseKeys(OLD)]), 'wrong-key');
    const again = open(dir, NEW);
    cleanups.push(() => again.close());
    expect((await again.invoke('contacts.list', {})).items.map((c) => c.name).sort()).toEqual(['김비밀', '나중사람', '박열쇠', '이암호']);
    expect(await again.integrity).toBe('ok');
    // The re-keyed backup: verified (manifest matches the new bytes), readable with the new key, restorable.
    const listed = (await again.invoke('backup.list', {})).items.find((x) => x.name === backup.name)!;
    expect(listed.verified).toBe(true);
    expect(readManifest(backup.path)!.sha256).toBe(sha256File(backup.path));
    expect(await again.invoke('backup.preview', { file: backup.name })).toMatchObject({ contacts: 3, touches: 3 });
    await again.invoke('backup.restore', { file: backup.name });
    expect((await again.invoke('contacts.list', {})).items).toHaveLength(3);
    // And the old key no longer reads that backup.
    const probe = join(folder(), 'probe.db');
    await expect(snapshotFile(backup.path, probe, { key: passphraseKeys(OLD).unlock(saltBefore!) })).rejects.toThrow();
  });

  it('a wrong current passphrase is wrong-key on "current", and nothing changes', async () => {
    const dir = folder();
    const b = await bookWithPeople(dir);
    cleanups.push(() => b.close());
    await b.invoke('security.setEncryption', { on: true, passphrase: OLD });
    const backup = await b.invoke('backup.create', {});
    const record = readFileSync(join(dir, KEY_FILE), 'utf8');
    const book = fileHash(join(dir, DB_FILE));
    const backupHash = fileHash(backup.path);
    const err = await expectAppError(b.invoke('security.changePassphrase', { current: '틀린 비밀번호입니다', next: NEW, repeat: NEW }), 'wrong-key');
    expect(err.issues?.[0]?.path).toBe('current');
    // Typed refusals of the input itself: the new one twice, long enough, not the same.
    const mismatch = await expectAppError(b.invoke('security.changePassphrase', { current: OLD, next: NEW, repeat: `${NEW}!` }), 'invalid-input');
    expect(mismatch.issues?.[0]?.path).toBe('repeat');
    expect((await expectAppError(b.invoke('security.changePassphrase', { current: OLD, next: 'short', repeat: 'short' }), 'invalid-input')).issues?.[0]?.path).toBe('next');
    expect((await expectAppError(b.invoke('security.changePassphrase', { current: OLD, next: OLD, repeat: OLD }), 'invalid-input')).issues?.[0]?.path).toBe('next');
    expect(readFileSync(join(dir, KEY_FILE), 'utf8')).toBe(record);
    expect(fileHash(join(dir, DB_FILE))).toBe(book);
    expect(fileHash(backup.path)).toBe(backupHash);
    expect((await b.invoke('contacts.list', {})).items).toHaveLength(3);
  });

  it('is refused for a plain book and for a key in the keychain', async () => {
    const dir = folder();
    const keychain = safeStorageKeys(fakeSafeStorage('me'));
    const b = await bookWithPeople(dir, { keyStore: keychain });
    cleanups.push(() => b.close());
    await expectAppError(b.invoke('security.changePassphrase', { current: OLD, next: NEW, repeat: NEW }), 'conflict');
    await b.invoke('security.setEncryption', { on: true });
    await expectAppError(b.invoke('security.changePassphrase', { current: OLD, next: NEW, repeat: NEW }), 'conflict');
  });

  it('a change cut short between the two renames is settled at the next open, by the book itself', async () => {
    const dir = folder();
    const b = await bookWithPeople(dir);
    await b.invoke('security.setEncryption', { on: true, passphrase: OLD });
    await b.close();
    const current = readKeyRecord(dir)!;
    // The pending record of a re-keyed copy that never took the book's name: forgotten.
    const fresh = passphraseKeys(NEW).create();
    const copy = join(dir, 'crypt-1-1.db.tmp');
    await snapshotFile(join(dir, DB_FILE), copy, { key: passphraseKeys(OLD).unlock(current) }, { rekeyTo: fresh.key });
    writePendingKeyRecord(dir, fresh.record, copy);
    expect(bookKey(dir, DB_FILE, [passphraseKeys(OLD)])).toBeInstanceOf(Buffer);
    expect(existsSync(join(dir, PENDING_KEY_FILE))).toBe(false);
    expect(readKeyRecord(dir)).toEqual(current);
    // The same, but the copy did take the book's name (kill before the record's rename): promoted.
    writePendingKeyRecord(dir, fresh.record, copy);
    const { renameSync } = await import('node:fs');
    renameSync(copy, join(dir, DB_FILE));
    await expectAppError(() => bookKey(dir, DB_FILE, [passphraseKeys(OLD)]), 'wrong-key');
    expect(existsSync(join(dir, PENDING_KEY_FILE))).toBe(false);
    const again = open(dir, NEW);
    cleanups.push(() => again.close());
    expect((await again.invoke('contacts.list', {})).items).toHaveLength(3);
  });
});

describe('backups made before encryption was turned on', () => {
  async function encryptedWithPlainBackups(): Promise<{ dir: string; b: Backend; plain: string[] }> {
    const dir = folder();
    const b = await bookWithPeople(dir);
    cleanups.push(() => b.close());
    const first = await b.invoke('backup.create', {});
    const second = await b.invoke('backup.create', {});
    expect(await b.invoke('security.plainBackups', {})).toEqual({ items: [] });
    await b.invoke('security.setEncryption', { on: true, passphrase: OLD });
    const encrypted = await b.invoke('backup.create', {});
    const plain = (await b.invoke('security.plainBackups', {})).items.map((x) => x.name).sort();
    expect(plain).toEqual([first.name, second.name].sort());
    expect(plain).not.toContain(encrypted.name);
    return { dir, b, plain };
  }

  it('are encrypted with the book’s key, each verified, and stay restorable', async () => {
    const { dir, b, plain } = await encryptedWithPlainBackups();
    const names = Buffer.from('김비밀');
    expect(readFileSync(join(dir, 'backups', plain[0]!)).includes(names)).toBe(true);
    const r = await b.invoke('security.protectBackups', { action: 'encrypt' });
    expect({ ...r, encrypted: [...r.encrypted].sort() }).toEqual({ encrypted: plain, deleted: [], failed: [], remaining: 0 });
    for (const name of plain) {
      const path = join(dir, 'backups', name);
      expect(fileKind(path)).toBe('encrypted');
      expect(readFileSync(path).includes(names)).toBe(false);
      const m = readManifest(path)!;
      expect(m).toMatchObject({ kind: 'manual', integrity: 'ok', contacts: 3, touches: 3 });
      expect(m.sha256).toBe(sha256File(path));
    }
    expect((await b.invoke('backup.list', {})).items.every((x) => x.verified)).toBe(true);
    await b.invoke('contacts.add', { name: '나중사람' });
    await b.invoke('backup.restore', { file: plain[0]! });
    expect((await b.invoke('contacts.list', {})).items).toHaveLength(3);
  });

  it('are deleted on request, only those named; an unknown name changes nothing', async () => {
    const { dir, b, plain } = await encryptedWithPlainBackups();
    await expectAppError(b.invoke('security.protectBackups', { action: 'delete', names: ['inyeon-20990101T000000000Z-manual.db'] }), 'not-found');
    expect((await b.invoke('security.plainBackups', {})).items).toHaveLength(2);
    const r = await b.invoke('security.protectBackups', { action: 'delete', names: [plain[0]!] });
    expect(r).toEqual({ encrypted: [], deleted: [plain[0]], failed: [], remaining: 1 });
    expect(existsSync(join(dir, 'backups', plain[0]!))).toBe(false);
    expect(existsSync(join(dir, 'backups', `${plain[0]!}.json`))).toBe(false);
    expect((await b.invoke('backup.list', {})).items).toHaveLength(2);
  });

  it('a backup that fails its check is reported by name and left as it was; the others are encrypted', async () => {
    const { dir, b, plain } = await encryptedWithPlainBackups();
    const broken = join(dir, 'backups', plain[0]!);
    // Damage a page in the middle of the file (the header still says SQLite, so it is "plain").
    const bytes = readFileSync(broken);
    bytes.fill(0x5a, 4096 * 2, 4096 * 3);
    writeFileSync(broken, bytes);
    const before = fileHash(broken);
    const r = await b.invoke('security.protectBackups', { action: 'encrypt' });
    expect(r.encrypted).toEqual([plain[1]]);
    expect(r.failed.map((f) => f.name)).toEqual([plain[0]]);
    expect(r.remaining).toBe(1);
    expect(fileHash(broken)).toBe(before);
  });

  it('the CLI: encrypt on --backups encrypt, encrypt backups, encrypt passphrase', async () => {
    const dir = folder();
    const b = await bookWithPeople(dir);
    await b.invoke('backup.create', {});
    await b.close();
    const secrets = folder();
    const passFile = join(secrets, 'old.txt');
    const newFile = join(secrets, 'new.txt');
    writeFileSync(passFile, `${OLD}\n`, { mode: 0o600 });
    writeFileSync(newFile, `${NEW}\n`, { mode: 0o600 });
    const cli = (args: string[], env: NodeJS.ProcessEnv = {}) => runCli(['--data-dir', dir, '--json', ...args], env);

    const on = cli(['--passphrase-file', passFile, 'encrypt', 'on', '--backups', 'encrypt']);
    expect(on.status, on.stderr).toBe(0);
    expect(on.json()).toMatchObject({ encrypted: true, backups: { failed: [], remaining: 0 } });
    expect(on.json().backups.encrypted).toHaveLength(1);
    expect(cli(['encrypt', 'backups'], { INYEON_PASSPHRASE: OLD }).json()).toEqual({ items: [] });

    const noNew = cli(['encrypt', 'passphrase'], { INYEON_PASSPHRASE: OLD });
    expect(noNew.status).toBe(2);
    const wrong = cli(['--passphrase-file', newFile, 'encrypt', 'passphrase', '--new-passphrase-file', newFile]);
    expect(JSON.parse(wrong.stderr).error.code).toBe('wrong-key');
    const changed = cli(['--passphrase-file', passFile, 'encrypt', 'passphrase', '--new-passphrase-file', newFile]);
    expect(changed.status, changed.stderr).toBe(0);
    expect(changed.json()).toMatchObject({ status: { encrypted: true }, backupsFailed: [] });
    expect(changed.json().backupsRekeyed).toHaveLength(1);
    expect(JSON.parse(cli(['contact', 'list'], { INYEON_PASSPHRASE: OLD }).stderr).error.code).toBe('wrong-key');
    const list = cli(['contact', 'list'], { INYEON_PASSPHRASE: NEW });
    expect(list.status, list.stderr).toBe(0);
    expect(list.json().items).toHaveLength(3);
  }, 180_000); // seven CLI runs, each a fresh process
});
