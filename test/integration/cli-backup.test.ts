// `inyeon export`, `backup`, `restore` as child processes: files that parse, verified backups,
// restore printing its preview and the safety backup, refusals with exit codes — and a backup
// killed with SIGKILL at any moment leaves no file under a backup's final name that is not whole.
import Database from 'better-sqlite3-multiple-ciphers';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parseImportFile } from '../../electron/backend/import/index.js';
import { BIN, cliIn, runCli } from '../support/cli.js';
import { tempDir } from '../support/temp.js';

// Every test here runs the CLI as child processes, several in a row: seconds each on a loaded
// machine, so these files get more than the project's 30 s per test.
vi.setConfig({ testTimeout: 120_000 });

describe('inyeon export / backup / restore', { timeout: 120_000 }, () => {
  const dir = tempDir();
  afterAll(() => dir.remove());
  const cli = cliIn(dir.path);

  it('exports vCard 4.0, 3.0 and Google CSV files that the importer reads back', () => {
    expect(cli('contact', 'add', '--name', '김철수', '--company', '한빛생명, 강남', '--phone', '010-1234-5678', '--birthday', '--05-02', '--tag', 'VIP').status).toBe(0);
    expect(cli('contact', 'add', '--name', 'Jane Doe', '--email', 'jane@example.com', '--note', 'line 1\nline 2; "quoted"').status).toBe(0);
    for (const [format, version] of [['vcf', '4.0'], ['vcf', '3.0'], ['csv', null]] as const) {
      const out = join(dir.path, `out-${format}-${version ?? ''}.${format}`);
      const r = cli('export', '--format', format, ...(version ? ['--vcard-version', version] : []), '--out', out);
      expect(r.status, r.stderr).toBe(0);
      expect(r.json()).toMatchObject({ file: out, format, count: 2 });
      expect(existsSync(`${out}.tmp`)).toBe(false);
      const parsed = parseImportFile(readFileSync(out));
      expect(parsed.status).toBe('parsed');
      if (parsed.status !== 'parsed') continue;
      const drafts = parsed.records.map((x) => ('draft' in x ? x.draft : null));
      expect(drafts.map((d) => d?.name).sort()).toEqual(['Jane Doe', '김철수']);
      expect(drafts.find((d) => d?.name === '김철수')).toMatchObject({ company: '한빛생명, 강남', birthday: '--05-02', tags: ['VIP'] });
      expect(drafts.find((d) => d?.name === 'Jane Doe')?.notes).toBe('line 1\nline 2; "quoted"');
    }
  });

  it('refuses a bad format or a vCard version for CSV (usage, exit 2)', () => {
    expect(cli('export', '--format', 'xlsx').status).toBe(2);
    expect(cli('export', '--format', 'csv', '--vcard-version', '3.0').status).toBe(2);
    expect(cli('export', '--format', 'vcf', '--vcard-version', '2.1').status).toBe(2);
  });

  let backupFile = '';
  it('backup --out writes a verified copy; backup list shows it', () => {
    backupFile = join(dir.path, 'my-backup.db');
    const r = cli('backup', '--out', backupFile);
    expect(r.status, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ path: backupFile, contacts: 2, verified: true });
    const db = new Database(backupFile, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    const list = cli('backup', 'list').json();
    expect(list.items).toHaveLength(1);
    expect(list.folder).toBe(join(dir.path, 'backups'));
  });

  it('restore prints the preview and the safety backup; the added contact is gone', () => {
    expect(cli('contact', 'add', '--name', '나중 사람').status).toBe(0);
    const r = cli('restore', backupFile);
    expect(r.status, r.stderr).toBe(0);
    const out = r.json();
    expect(out.restored).toMatchObject({ path: backupFile, contacts: 2, schemaVersion: expect.any(Number) });
    expect(out.safetyBackup).toMatchObject({ kind: 'safety', contacts: 3, verified: true });
    expect(existsSync(out.safetyBackup.path)).toBe(true);
    expect(cli('doctor').json()).toMatchObject({ ok: true, contacts: 2 });
    const human = runCli(['--data-dir', dir.path, 'restore', out.safetyBackup.name]);
    expect(human.status, human.stderr).toBe(0);
    expect(human.stdout).toMatch(/Restored .*: 3 contacts/);
    expect(human.stdout).toMatch(/saved as .*-safety\.db/);
  });

  it('refuses garbage with exit 2 and a newer book with exit 6, leaving the book as it was', () => {
    const garbage = join(dir.path, 'garbage.db');
    writeFileSync(garbage, 'this is not a database');
    const g = cli('restore', garbage);
    expect(g.status).toBe(2);
    expect(JSON.parse(g.stderr).error.message).toMatch(/not an Inyeon backup/);
    const newer = join(dir.path, 'newer.db');
    const src = new Database(backupFile, { readonly: true });
    src.prepare('VACUUM INTO ?').run(newer);
    src.close();
    const w = new Database(newer);
    w.pragma('user_version = 99');
    w.close();
    expect(cli('restore', newer).status).toBe(6);
    expect(cli('doctor').json()).toMatchObject({ ok: true, contacts: 3 });
  });
});

describe('a backup killed at any moment', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());

  it('leaves only whole, verified backups under final names (SIGKILL at staggered times)', async () => {
    const seed = runCli(['--data-dir', dir.path, '--json', 'sample', 'load', '--count', '300']);
    expect(seed.status, seed.stderr).toBe(0);
    for (const delay of [300, 1200, 2500, 4000]) {
      const child = spawn(process.execPath, [BIN, '--data-dir', dir.path, 'backup'], { stdio: 'ignore' });
      const exited = new Promise((r) => child.once('exit', r));
      await new Promise((r) => setTimeout(r, delay));
      // On a fast machine the backup may already be done: then there is nothing left to kill.
      child.kill('SIGKILL');
      await exited;
    }
    const folder = join(dir.path, 'backups');
    const finals = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.db')) : [];
    for (const f of finals) {
      const db = new Database(join(folder, f), { readonly: true });
      expect(db.pragma('integrity_check', { simple: true }), f).toBe('ok');
      db.close();
      expect(existsSync(join(folder, `${f}.json`)), `${f} has its manifest`).toBe(true);
    }
    // The next backup sweeps the leftovers of the killed ones and lists only verified backups.
    const r = runCli(['--data-dir', dir.path, '--json', 'backup']);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const list = runCli(['--data-dir', dir.path, '--json', 'backup', 'list']).json();
    expect(list.items.every((i: { verified: boolean }) => i.verified)).toBe(true);
  }, 120_000);
});
