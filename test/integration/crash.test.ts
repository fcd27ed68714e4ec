// Crash safety (issue 8): operations killed with SIGKILL at random moments (test/support/crash.ts).
// After every kill the book passes integrity_check and is at a whole state: a migration either
// applied or not (each migration is one transaction), a restore either done or not (never no book),
// a large write all there or not at all. 50 runs in CI; CRASH_RUNS scales each scenario.
// Also covered: an import batch, and turning encryption on or off (issue 8).
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/connection.js';
import { loadMigrations } from '../../electron/backend/db/migrate.js';
import { DB_FILE, openBackend } from '../../electron/backend/index.js';
import { applyKey, fileKind } from '../../electron/backend/db/driver.js';
import { bookKey } from '../../electron/backend/crypt/book-key.js';
import { keyRecordPath, passphraseKeys } from '../../electron/backend/crypt/keys.js';
import { fileHash } from '../support/backend.js';
import { buildCrashChild, runCrashes } from '../support/crash.js';
import { tempDir } from '../support/temp.js';

const SCALE = Number(process.env.CRASH_RUNS ?? 1);
const SEED = Number(process.env.CRASH_SEED ?? 8);
const MIGRATIONS = loadMigrations();
const LATEST = MIGRATIONS.length;
const FROM = 2; // the template book's version: every later migration runs under the knife
const PEOPLE = 8_000;

const root = tempDir('inyeon-crash-');
let child = '';
let n = 0;
const newDir = () => {
  const d = join(root.path, `run-${n++}`);
  mkdirSync(d);
  return d;
};
const template = join(root.path, 'template-v2.db');
const latestBook = join(root.path, 'latest.db');
/** The schema (sqlite_master) at each version, from an undisturbed migration. */
const schemaAt = new Map<number, string>();

const schemaOf = (db: Database.Database) =>
  JSON.stringify(db.prepare(`SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name`).all());

beforeAll(async () => {
  child = await buildCrashChild();
  // A version-2 book with 8,000 people and their short search keys, built with plain SQL.
  const db = openDatabase(template, { migrations: MIGRATIONS.slice(0, FROM) }).db;
  const addPerson = db.prepare(`INSERT INTO contacts (num, id, display_name, stage_changed_at, sort_name, created_at, updated_at)
    VALUES (?, ?, ?, '2026-01-01T00:00:00.000Z', ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`);
  const addKey = db.prepare('INSERT OR IGNORE INTO search_keys (key, rank, contact_rowid) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (let i = 1; i <= PEOPLE; i++) {
      const name = `김${String.fromCharCode(0xac00 + (i % 11172))}${i}`;
      addPerson.run(i, `01900000-0000-7000-8000-${String(i).padStart(12, '0')}`, name, name);
      addKey.run(name.slice(0, 1), 0, i);
      addKey.run(name.slice(0, 2), 0, i);
      addKey.run('ㄱ', 1, i);
    }
  })();
  db.close();
  for (let v = FROM; v <= LATEST; v++) {
    const copy = join(root.path, `ref-${v}.db`);
    copyFileSync(template, copy);
    const r = openDatabase(copy, { migrations: MIGRATIONS.slice(0, v) }).db;
    schemaAt.set(v, schemaOf(r));
    r.close();
    if (v === LATEST) copyFileSync(copy, latestBook);
  }
}, 120_000);
afterAll(() => root.remove());

function integrity(db: Database.Database): void {
  const check = db.pragma('integrity_check', { simple: true });
  if (check !== 'ok') throw new Error(`integrity_check: ${String(check)}`);
}

describe('kill -9 at random moments', () => {
  it('a migration leaves the book at a whole version, which opens and finishes migrating', async () => {
    const r = await runCrashes(child, {
      op: 'migrate',
      prepare: (dir) => { copyFileSync(template, join(dir, DB_FILE)); return []; },
      verify: (dir) => {
        const path = join(dir, DB_FILE);
        const db = new Database(path);
        let v: number;
        try {
          integrity(db);
          v = db.pragma('user_version', { simple: true }) as number;
          if (!schemaAt.has(v)) throw new Error(`user_version ${v} is not a version this test knows`);
          if (schemaOf(db) !== schemaAt.get(v)) throw new Error(`the schema at version ${v} is not that version's schema (half a migration?)`);
          const people = (db.prepare('SELECT count(*) AS n FROM contacts').get() as { n: number }).n;
          if (people !== PEOPLE) throw new Error(`${people} people instead of ${PEOPLE}`);
        } finally {
          db.close();
        }
        if (v < LATEST) {
          const reopened = openDatabase(path).db; // the next start finishes the job
          const after = reopened.pragma('user_version', { simple: true });
          reopened.close();
          if (after !== LATEST) throw new Error(`reopening left version ${String(after)}`);
        }
        return v === FROM ? 'untouched' : v === LATEST ? 'migrated' : `at version ${v}`;
      },
    }, 20 * SCALE, SEED, newDir);
    console.log('migrate', JSON.stringify(r));
    expect(r.interrupted, JSON.stringify(r)).toBeGreaterThan(0);
    expect(Object.values(r.outcomes).reduce((a, b) => a + b, 0)).toBe(20 * SCALE);
  }, 300_000 * SCALE);

  it('a restore from backup leaves the damaged book or the restored one, and the damaged bytes are never lost', async () => {
    const damaged = randomBytes(256 * 1024);
    const damagedHash = (() => { const p = join(root.path, 'damaged.bin'); writeFileSync(p, damaged); return fileHash(p); })();
    const backupHash = fileHash(latestBook);
    const r = await runCrashes(child, {
      op: 'restore',
      prepare: (dir) => {
        writeFileSync(join(dir, DB_FILE), damaged);
        writeFileSync(join(dir, `${DB_FILE}-wal`), randomBytes(4096));
        mkdirSync(join(dir, 'backups'));
        copyFileSync(latestBook, join(dir, 'backups', 'b.db'));
        return [join(dir, 'backups', 'b.db')];
      },
      verify: (dir) => {
        const path = join(dir, DB_FILE);
        if (!existsSync(path)) throw new Error('no book at all: the next start would create an empty one');
        const now = fileHash(path);
        const kept = readdirSync(dir).filter((f) => /^inyeon\.db\.damaged-[^-]+(-\d+)?$/.test(f) || /^inyeon\.db\.damaged-.*Z$/.test(f));
        if (now === backupHash) {
          if (!kept.some((f) => fileHash(join(dir, f)) === damagedHash)) throw new Error('restored, but the damaged book was not kept');
          if (existsSync(`${path}-wal`)) {
            const db = new Database(path);
            try { integrity(db); } finally { db.close(); }
          }
          return 'restored';
        }
        if (now !== damagedHash) throw new Error('the book is neither the damaged one nor the backup');
        return 'untouched';
      },
    }, 15 * SCALE, SEED + 1, newDir);
    console.log('restore', JSON.stringify(r));
    expect(Object.keys(r.outcomes).length, JSON.stringify(r)).toBeGreaterThan(0);
  }, 300_000 * SCALE);

  it('turning encryption on or off leaves the old book or the new one, whole and openable with the passphrase', async () => {
    const PASS = 'crash test passphrase';
    // An encrypted copy of the latest book, made once the way the app makes it.
    const encDir = newDir();
    copyFileSync(latestBook, join(encDir, DB_FILE));
    const enc = openBackend({ dataDir: encDir });
    await enc.invoke('security.setEncryption', { on: true, passphrase: PASS });
    await enc.close();
    const openable = (dir: string): string => {
      const path = join(dir, DB_FILE);
      if (!existsSync(path)) throw new Error('no book at all: the next start would create an empty one');
      const kind = fileKind(path);
      const db = new Database(path);
      try {
        if (kind === 'encrypted') applyKey(db, bookKey(dir, DB_FILE, [passphraseKeys(PASS)]));
        integrity(db);
        const people = (db.prepare('SELECT count(*) AS n FROM contacts').get() as { n: number }).n;
        if (people !== PEOPLE) throw new Error(`${people} people instead of ${PEOPLE}`);
      } finally {
        db.close();
      }
      return kind;
    };
    for (const direction of ['on', 'off'] as const) {
      const r = await runCrashes(child, {
        op: 'crypt',
        prepare: (dir) => {
          copyFileSync(direction === 'on' ? latestBook : join(encDir, DB_FILE), join(dir, DB_FILE));
          if (direction === 'off') copyFileSync(keyRecordPath(encDir), keyRecordPath(dir));
          return [direction, PASS];
        },
        verify: (dir) => openable(dir),
      }, 8 * SCALE, SEED + 3 + (direction === 'on' ? 0 : 1), newDir);
      console.log(`encrypt ${direction}`, JSON.stringify(r));
      expect(r.interrupted, JSON.stringify(r)).toBeGreaterThan(0);
    }
  }, 300_000 * SCALE);

  it('changing the passphrase leaves the book under the old passphrase or the new one, whole, with its record', async () => {
    const OLD = 'crash test passphrase';
    const NEW = 'the new crash passphrase';
    const encDir = newDir();
    copyFileSync(latestBook, join(encDir, DB_FILE));
    const enc = openBackend({ dataDir: encDir });
    await enc.invoke('security.setEncryption', { on: true, passphrase: OLD });
    await enc.close();
    const r = await runCrashes(child, {
      op: 'rekey',
      prepare: (dir) => {
        copyFileSync(join(encDir, DB_FILE), join(dir, DB_FILE));
        copyFileSync(keyRecordPath(encDir), keyRecordPath(dir));
        return [OLD, NEW];
      },
      verify: (dir) => {
        // Exactly one of the two opens it (the key record and the book agree after the next open).
        let which = '';
        for (const [name, pass] of [['old', OLD], ['new', NEW]] as const) {
          try {
            const key = bookKey(dir, DB_FILE, [passphraseKeys(pass)]);
            which = which ? `${which}+${name}` : name;
            const db = new Database(join(dir, DB_FILE));
            try {
              applyKey(db, key);
              integrity(db);
              const people = (db.prepare('SELECT count(*) AS n FROM contacts').get() as { n: number }).n;
              if (people !== PEOPLE) throw new Error(`${people} people instead of ${PEOPLE}`);
            } finally {
              db.close();
            }
          } catch (e) {
            if (!(e instanceof Error && /passphrase is wrong/.test(e.message))) throw e;
          }
        }
        if (which !== 'old' && which !== 'new') throw new Error(`opened by: ${which || 'neither passphrase'}`);
        return which;
      },
    }, 8 * SCALE, SEED + 5, newDir);
    console.log('passphrase change', JSON.stringify(r));
    expect(r.interrupted, JSON.stringify(r)).toBeGreaterThan(0);
  }, 300_000 * SCALE);

  it('an import batch is all there or not there at all', async () => {
    const ROWS = 2_000;
    const csv = join(root.path, 'people.csv');
    const lines = ['이름,회사,휴대폰,이메일'];
    for (let i = 0; i < ROWS; i++) lines.push(`가져옴${i},회사${i % 97},010-${String(2000 + (i % 7000)).padStart(4, '0')}-${String(i % 10000).padStart(4, '0')},p${i}@import.example`);
    writeFileSync(csv, lines.join('\r\n'));
    const r = await runCrashes(child, {
      op: 'import',
      prepare: () => [csv],
      verify: (dir) => {
        const db = new Database(join(dir, DB_FILE));
        try {
          integrity(db);
          const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
          const people = count('SELECT count(*) AS n FROM contacts');
          const points = count('SELECT count(*) AS n FROM contact_points');
          const batches = count('SELECT count(*) AS n FROM import_batches');
          if (people === 0 && points === 0 && batches === 0) return 'nothing';
          const recorded = count('SELECT coalesce(sum(imported), 0) AS n FROM import_batches');
          if (people === ROWS && points === ROWS * 2 && batches === 1 && recorded === ROWS) return 'all';
          throw new Error(`half an import: ${people} people, ${points} points, ${batches} batches (${recorded} recorded)`);
        } finally {
          db.close();
        }
      },
    }, 10 * SCALE, SEED + 5, newDir);
    console.log('import', JSON.stringify(r));
    expect(r.interrupted, JSON.stringify(r)).toBeGreaterThan(0);
  }, 300_000 * SCALE);

  it('a large write (the sample book) is all there or not at all', async () => {
    const COUNT = 30;
    const r = await runCrashes(child, {
      op: 'sample-load',
      prepare: () => [String(COUNT)],
      verify: (dir) => {
        const db = new Database(join(dir, DB_FILE));
        try {
          integrity(db);
          const sample = (db.prepare('SELECT count(*) AS n FROM contacts WHERE sample = 1').get() as { n: number }).n;
          const touches = (db.prepare('SELECT count(*) AS n FROM interactions').get() as { n: number }).n;
          if (sample === 0 && touches === 0) return 'nothing';
          if (sample === COUNT && touches > 0) return 'all';
          throw new Error(`half a sample book: ${sample} people, ${touches} touches`);
        } finally {
          db.close();
        }
      },
    }, 15 * SCALE, SEED + 2, newDir);
    console.log('sample-load', JSON.stringify(r));
    expect(r.interrupted, JSON.stringify(r)).toBeGreaterThan(0);
  }, 300_000 * SCALE);
});
