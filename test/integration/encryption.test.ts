// Encryption at rest (issue 8): the encrypted book holds no readable names, a wrong passphrase is a
// typed error that leaves the file untouched, on → off keeps every row, backups of an encrypted
// book are encrypted too, and the CLI and the session unlock with the passphrase.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/backend/context.js';
import { fileKind } from '../../electron/backend/db/driver.js';
import { keyRecordPath, readKeyRecord } from '../../electron/backend/crypt/keys.js';
import { DB_FILE, openBackend, type Backend } from '../../electron/backend/index.js';
import { openSession } from '../../electron/backend/recovery/session.js';
import { passphraseKeys, safeStorageKeys } from '../../electron/backend/crypt/keys.js';
import { bookKey } from '../../electron/backend/crypt/book-key.js';
import { contentHash, expectAppError, fileHash } from '../support/backend.js';
import { runCli } from '../support/cli.js';
import { fakeSafeStorage } from '../support/fake-safe-storage.js';
import { tempDir } from '../support/temp.js';

const NOW = '2026-03-02T01:00:00.000Z';
const PASS = '우리집 강아지 복실이';
const PEOPLE = [
  { name: '김비밀', company: '한빛생명', phone: '010-2345-6789', email: 'secret.kim@hanbit.example' },
  { name: '이암호', company: '청솔상사', phone: '010-9876-5432', email: 'lee.cipher@cheongsol.example' },
];
const cleanups: (() => unknown)[] = [];
afterEach(async () => { while (cleanups.length) await cleanups.pop()!(); });

function folder(): string {
  const t = tempDir('inyeon-crypt-');
  cleanups.push(t.remove);
  return t.path;
}

async function bookWithPeople(dir: string): Promise<Backend> {
  const b = openBackend({ dataDir: dir, clock: fixedClock(NOW) });
  for (const p of PEOPLE) {
    await b.invoke('contacts.add', { name: p.name, company: p.company, notes: `${p.name}의 메모`, points: [{ kind: 'mobile', value: p.phone }, { kind: 'email', value: p.email }] });
  }
  return b;
}

/** Every byte the data folder holds for the book (main file, WAL, backups). */
function allBytes(dir: string): Buffer {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (!e.name.endsWith('.json')) files.push(join(d, e.name));
    }
  };
  walk(dir);
  return Buffer.concat(files.map((f) => readFileSync(f)));
}

function needles(): Buffer[] {
  return PEOPLE.flatMap((p) => [p.name, p.company, p.phone.replace(/-/g, '').slice(3), 'secret.kim', 'cheongsol', '메모'].map((s) => Buffer.from(s, 'utf8')));
}

describe('turning encryption on', () => {
  it('leaves no name, company, phone or e-mail readable in the book, its WAL or its backups', async () => {
    const dir = folder();
    const b = await bookWithPeople(dir);
    // Plain before: the test can fail.
    expect(needles().some((n) => allBytes(dir).includes(n))).toBe(true);
    const status = await b.invoke('security.setEncryption', { on: true, passphrase: PASS });
    expect(status).toEqual({ encrypted: true, keyKind: 'passphrase', keychain: false });
    // Writes after the switch (into the WAL) and a backup are encrypted too.
    await b.invoke('contacts.add', { name: '박새사람', company: '한빛생명', points: [{ kind: 'mobile', value: '010-5555-1234' }] });
    await b.invoke('backup.create', {});
    expect((await b.invoke('contacts.search', { q: '김비밀' })).items.map((c) => c.name)).toEqual(['김비밀']);
    const bytes = allBytes(dir);
    for (const n of [...needles(), Buffer.from('박새사람')]) expect(bytes.includes(n), `"${n.toString()}" is readable`).toBe(false);
    await b.close();
    expect(fileKind(join(dir, DB_FILE))).toBe('encrypted');
    // Nothing left over from the swap.
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    // The key record holds a salt and a check value, never the key or the passphrase.
    const record = readFileSync(keyRecordPath(dir), 'utf8');
    expect(record).not.toContain(PASS);
    expect(readKeyRecord(dir)).toMatchObject({ kind: 'passphrase' });
  });

  it('asks for a passphrase when there is no keychain, and refuses a short one, changing nothing', async () => {
    const dir = folder();
    const b = await bookWithPeople(dir);
    cleanups.push(() => b.close());
    const before = fileHash(join(dir, DB_FILE));
    expect((await expectAppError(b.invoke('security.setEncryption', { on: true }), 'invalid-input')).issues?.[0]?.path).toBe('passphrase');
    await expectAppError(b.invoke('security.setEncryption', { on: true, passphrase: 'short' }), 'invalid-input');
    expect(fileKind(join(dir, DB_FILE))).toBe('plain');
    expect(fileHash(join(dir, DB_FILE))).toBe(before);
  });
});

describe('the app with a keychain', () => {
  it('encrypts without a passphrase, keeps the key wrapped by the keychain, and reopens from it', async () => {
    const dir = folder();
    const keychain = safeStorageKeys(fakeSafeStorage('me'));
    const b = await bookWithPeople(dir);
    await b.close();
    const app = openBackend({ dataDir: dir, clock: fixedClock(NOW), keyStore: keychain });
    expect(await app.invoke('security.status', {})).toEqual({ encrypted: false, keyKind: null, keychain: true });
    expect(await app.invoke('security.setEncryption', { on: true })).toEqual({ encrypted: true, keyKind: 'safe-storage', keychain: true });
    await app.close();
    expect(needles().some((n) => allBytes(dir).includes(n))).toBe(false);
    const s = openSession({ dataDir: dir, clock: fixedClock(NOW), keyStore: keychain, keyStores: [keychain] });
    cleanups.push(() => s.close());
    expect(await s.dispatch('system.openState', {})).toEqual({ state: 'ok' });
    // Another account's keychain cannot: the unlock screen, and a passphrase does not help either.
    s.close();
    const other = openSession({ dataDir: dir, clock: fixedClock(NOW), keyStores: [safeStorageKeys(fakeSafeStorage('someone-else'))] });
    cleanups.push(() => other.close());
    expect(await other.dispatch('system.openState', {})).toMatchObject({ state: 'recovery', problem: 'wrong-key' });
  });
});

describe('an encrypted book', () => {
  async function encryptedBook(): Promise<{ dir: string; hash: string }> {
    const dir = folder();
    const b = await bookWithPeople(dir);
    await b.invoke('security.setEncryption', { on: true, passphrase: PASS });
    const hash = contentHash(b.ctx.db);
    await b.close();
    return { dir, hash };
  }

  it('opens with the passphrase and keeps every row', async () => {
    const { dir, hash } = await encryptedBook();
    const b = openBackend({ dataDir: dir, clock: fixedClock(NOW), key: bookKey(dir, DB_FILE, [passphraseKeys(PASS)]) });
    cleanups.push(() => b.close());
    expect(contentHash(b.ctx.db)).toBe(hash);
    expect(await b.integrity).toBe('ok');
    // FTS5 trigram search and the Hangul keys work on the encrypted book.
    expect((await b.invoke('contacts.search', { q: 'ㄱㅂㅁ' })).items.map((c) => c.name)).toEqual(['김비밀']);
    expect((await b.invoke('contacts.search', { q: '청솔상' })).items.map((c) => c.name)).toEqual(['이암호']);
  });

  it('wrong passphrase → wrong-key; no passphrase → key-required; the file is untouched either way', async () => {
    const { dir } = await encryptedBook();
    const path = join(dir, DB_FILE);
    const before = fileHash(path);
    await expectAppError(() => bookKey(dir, DB_FILE, [passphraseKeys('not the passphrase')]), 'wrong-key');
    await expectAppError(() => bookKey(dir, DB_FILE, []), 'key-required');
    // Without the key, SQLite sees no database: the session reports it, never a stack trace.
    const s = openSession({ dataDir: dir, clock: fixedClock(NOW) });
    cleanups.push(() => s.close());
    expect(await s.dispatch('system.openState', {})).toMatchObject({ state: 'recovery', problem: 'key-required', actions: ['unlock', 'retry'] });
    await expectAppError(s.dispatch('contacts.list', {}), 'key-required');
    const wrong = await s.dispatch('recovery.unlock', { passphrase: '틀린 비밀번호입니다' });
    expect(wrong).toMatchObject({ state: { state: 'recovery', problem: 'wrong-key' } });
    expect(fileHash(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
    const right = await s.dispatch('recovery.unlock', { passphrase: PASS });
    expect(right).toMatchObject({ state: { state: 'ok' } });
    expect(((await s.dispatch('contacts.list', {})) as { items: { name: string }[] }).items.map((c) => c.name).sort()).toEqual(['김비밀', '이암호']);
  });

  it('on → off gives the same rows back in a plain book, and on again with the same passphrase reuses the key', async () => {
    const { dir, hash } = await encryptedBook();
    const recordBefore = readFileSync(keyRecordPath(dir), 'utf8');
    const b = openBackend({ dataDir: dir, clock: fixedClock(NOW), key: bookKey(dir, DB_FILE, [passphraseKeys(PASS)]) });
    cleanups.push(() => b.close());
    expect(await b.invoke('security.setEncryption', { on: false })).toMatchObject({ encrypted: false, keyKind: null });
    expect(fileKind(join(dir, DB_FILE))).toBe('plain');
    expect(contentHash(b.ctx.db)).toBe(hash);
    await b.invoke('security.setEncryption', { on: true, passphrase: PASS });
    expect(readFileSync(keyRecordPath(dir), 'utf8')).toBe(recordBefore);
    expect(contentHash(b.ctx.db)).toBe(hash);
  });

  it('restores its own encrypted backup, and a plain backup from before comes back encrypted', async () => {
    const dir = folder();
    const b = await bookWithPeople(dir);
    cleanups.push(() => b.close());
    const plain = await b.invoke('backup.create', {});
    await b.invoke('security.setEncryption', { on: true, passphrase: PASS });
    const encrypted = await b.invoke('backup.create', {});
    expect(fileKind(encrypted.path)).toBe('encrypted');
    expect((await b.invoke('backup.preview', { file: encrypted.name })).contacts).toBe(2);
    await b.invoke('contacts.add', { name: '나중사람' });
    await b.invoke('backup.restore', { file: plain.name });
    expect(fileKind(join(dir, DB_FILE))).toBe('encrypted');
    expect((await b.invoke('contacts.list', {})).items).toHaveLength(2);
    await b.invoke('backup.restore', { file: encrypted.name });
    expect((await b.invoke('contacts.list', {})).items).toHaveLength(2);
  });
});

describe('the CLI', () => {
  it('encrypt on|off with --passphrase-file or INYEON_PASSPHRASE; a wrong one exits with wrong-key', async () => {
    const dir = folder();
    await (await bookWithPeople(dir)).close();
    // A key file: the passphrase and a final line break, kept outside the data folder.
    const passFile = join(folder(), 'passphrase.txt');
    writeFileSync(passFile, `${PASS}\n`, { mode: 0o600 });
    const on = runCli(['--data-dir', dir, '--json', '--passphrase-file', passFile, 'encrypt', 'on']);
    expect(on.status, on.stderr).toBe(0);
    expect(JSON.parse(on.stdout)).toMatchObject({ encrypted: true, keyKind: 'passphrase' });
    const list = runCli(['--data-dir', dir, '--json', 'contact', 'list'], { INYEON_PASSPHRASE: PASS });
    expect(list.status, list.stderr).toBe(0);
    const wrong = runCli(['--data-dir', dir, '--json', 'contact', 'list'], { INYEON_PASSPHRASE: 'nope nope nope' });
    expect(JSON.parse(wrong.stderr).error.code).toBe('wrong-key');
    expect(wrong.status).toBe(8);
    const none = runCli(['--data-dir', dir, '--json', 'contact', 'list']);
    expect(JSON.parse(none.stderr).error.code).toBe('key-required');
    const off = runCli(['--data-dir', dir, '--json', 'encrypt', 'off'], { INYEON_PASSPHRASE: PASS });
    expect(off.status, off.stderr).toBe(0);
    expect(fileKind(join(dir, DB_FILE))).toBe('plain');
  }, 120_000); // five CLI runs, each a fresh process
});
