// Privacy basics (issue 8): "delete forever" removes a person everywhere, down to the bytes of the
// file; the book and its companions are owner-only; errors and logs never carry contact data.
import { spawn } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSession } from '../../electron/backend/recovery/session.js';
import { fixedClock } from '../../electron/backend/context.js';
import { openTestBackend, rows, tableNames } from '../support/backend.js';
import { BIN, runCli } from '../support/cli.js';
import { tempDir } from '../support/temp.js';

// Distinctive enough that no other byte sequence in the file matches by chance.
const NAME = '퀵스잡홍길동Qzxj';
const EMAIL = 'qzxj.unique@example.org';
const PHONE = '010-9753-1864';
const NOTE = 'Qzxj 비밀 메모 — 이 사람만의 이야기';

const includes = (buf: Buffer, text: string) => buf.includes(Buffer.from(text, 'utf8'));

describe('delete forever', () => {
  it('removes the person from every table, the search index and the file bytes, clears referred_by, and leaves one audit line', async () => {
    const t = await openTestBackend('2026-03-02T01:00:00.000Z');
    try {
      const b = t.b;
      const p = await b.invoke('contacts.add', {
        name: NAME, company: 'Qzxj상사', notes: NOTE, tags: ['Qzxj전용태그', 'VIP'],
        points: [{ kind: 'mobile', value: PHONE }, { kind: 'email', value: EMAIL }],
      });
      const other = await b.invoke('contacts.add', { name: '이영희', tags: ['VIP'] });
      await b.invoke('touches.log', { contactId: p.id, kind: 'meeting', outcome: 'positive', summary: `${NAME}와 점심` });
      await b.invoke('deals.add', { contactId: p.id, title: 'Qzxj 종신보험', status: 'won', signedOn: '2026-02-01' });
      await b.invoke('dates.add', { contactId: p.id, label: 'Qzxj 결혼기념일', date: '--05-02' });
      await b.invoke('referrals.record', { referrerId: p.id, referredId: other.id });
      t.db.prepare(`INSERT INTO attachments (id, contact_id, kind, mime, data, ocr_text, created_at) VALUES ('a1', ?, 'card-front', 'image/png', ?, ?, '2026-03-02')`)
        .run(p.id, Buffer.from(`png ${NAME}`), `${NAME} ${PHONE}`);
      expect((await b.invoke('contacts.search', { q: 'Qzxj' })).items.map((c) => c.id)).toEqual([p.id]);
      expect(rows(t.db, 'SELECT referred_by FROM contacts WHERE id = ?', other.id)).toEqual([{ referred_by: p.id }]);

      const path = join(t.dir, 'inyeon.db');
      await b.integrity; // the background reader is done, so the checkpoint can empty the WAL
      t.db.pragma('wal_checkpoint(TRUNCATE)');
      // The check can fail: before the purge the name is in the file.
      expect(includes(readFileSync(path), NAME)).toBe(true);

      await b.invoke('contacts.delete', { id: p.id });
      await b.invoke('contacts.purge', { id: p.id });

      // No row anywhere refers to them.
      for (const table of tableNames(t.db)) {
        const cols = (t.db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name);
        for (const col of cols.filter((c) => /(^|_)(contact_id|referrer_id|referred_id|referred_by)$/.test(c))) {
          if (table === 'audit_log') continue;
          expect(rows(t.db, `SELECT 1 FROM "${table}" WHERE "${col}" = ?`, p.id), `${table}.${col}`).toEqual([]);
        }
      }
      expect(rows(t.db, 'SELECT referred_by FROM contacts WHERE id = ?', other.id)).toEqual([{ referred_by: null }]);
      expect((await b.invoke('contacts.search', { q: 'Qzxj' })).items).toEqual([]);
      expect((await b.invoke('contacts.search', { q: '9753' })).items).toEqual([]);
      expect((await b.invoke('tags.list', {})).items.map((tag) => tag.name)).toEqual(['VIP']);
      expect(rows(t.db, 'SELECT at, action, contact_id FROM audit_log')).toEqual([{ at: '2026-03-02T01:00:00.000Z', action: 'contact.purged', contact_id: p.id }]);

      // …and not in the bytes: secure_delete zeroed them, the checkpoint emptied the WAL.
      t.db.pragma('wal_checkpoint(TRUNCATE)');
      const bytes = readFileSync(path);
      for (const text of [NAME, EMAIL, '01097531864', 'Qzxj 비밀', 'Qzxj전용태그', 'Qzxj 종신보험', 'Qzxj 결혼기념일']) {
        expect(includes(bytes, text), text).toBe(false);
      }
      expect(statSync(`${path}-wal`).size).toBe(0);
    } finally {
      t.close();
    }
  });
});

describe('owner-only files', () => {
  it.skipIf(process.platform === 'win32')('the data folder is 0700; the book, its -wal and -shm, and a restored book are 0600', async () => {
    const dir = tempDir('inyeon-perm-');
    try {
      const s = openSession({ dataDir: join(dir.path, 'data'), clock: fixedClock('2026-03-02T01:00:00.000Z') });
      await s.dispatch('contacts.add', { name: '김철수' });
      const data = join(dir.path, 'data');
      expect(statSync(data).mode & 0o777).toBe(0o700);
      for (const f of ['inyeon.db', 'inyeon.db-wal', 'inyeon.db-shm']) expect(statSync(join(data, f)).mode & 0o777, f).toBe(0o600);
      s.close();
    } finally {
      dir.remove();
    }
  });
});

describe('no contact data in errors and logs', () => {
  it('CLI errors and the browser-mode server log never repeat a name, number or e-mail', async () => {
    const dir = tempDir('inyeon-logs-');
    try {
      const d = ['--data-dir', dir.path];
      const outputs: string[] = [];
      const cli = (...args: string[]) => { const r = runCli([...d, ...args]); outputs.push(r.stdout, r.stderr); return r; };
      const cliJson = (...args: string[]) => { const r = runCli([...d, '--json', ...args]); outputs.push(r.stderr); return r; };
      cli('contact', 'add', '--name', NAME, '--phone', `${NAME}-phone`, '--email', `${NAME}@@`, '--birthday', NAME);
      cli('contact', 'add', '--name', NAME, '--tag', `${'x'.repeat(60)}${NAME}`);
      cliJson('contact', 'add', '--name', NAME, '--stage', NAME);
      cli('contact', 'stage', '01900000-0000-7000-8000-00000000dead', 'active', '--reason', NAME);
      cli('touch', NAME, '--kind', 'call', '--summary', NAME);
      cli('contact', 'get', NAME);
      const added = runCli([...d, '--json', 'contact', 'add', '--name', NAME, '--phone', PHONE, '--email', EMAIL]).json<{ id: string }>();
      cli('contact', 'purge', added.id); // not in the trash: conflict
      cliJson('touch', added.id, '--kind', 'call', '--occurred-at', 'yesterday', '--summary', NAME);

      // The server: bad calls carrying the name, and a log that must stay clean.
      writeFileSync(join(dir.path, 'index.html'), '<!doctype html><title>Inyeon</title>');
      const server = spawn(process.execPath, [BIN, ...d, '--json', 'serve', '--no-open', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, INYEON_RENDERER_DIR: dir.path } });
      let log = '';
      server.stderr.on('data', (c) => (log += String(c)));
      server.stdout.on('data', (c) => (log += String(c)));
      await new Promise<void>((resolve, reject) => {
        server.stdout.once('data', () => resolve());
        server.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${log}`)));
      });
      const { port, token } = JSON.parse(log.split('\n')[0]!) as { port: number; token: string };
      const post = async (method: string, body: unknown) => {
        const r = await fetch(`http://127.0.0.1:${port}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-inyeon-token': token }, body: JSON.stringify(body) });
        return r.text();
      };
      outputs.push(await post('contacts.add', { name: NAME, points: [{ kind: 'mobile', value: `${NAME}!` }] }));
      outputs.push(await post('contacts.update', { id: added.id, draft: { name: NAME, birthday: NAME } }));
      outputs.push(await post('touches.log', { contactId: added.id, kind: NAME }));
      outputs.push(await post('contacts.search', { q: NAME.repeat(50) }));
      outputs.push(await post('contacts.drop', { name: NAME }));
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
      outputs.push(log.split('\n').slice(1).join('\n'));

      const all = outputs.join('\n');
      expect(all.length).toBeGreaterThan(200); // the errors were produced
      expect(all).toMatch(/invalid-input|Invalid input/);
      for (const secret of ['퀵스잡', 'Qzxj', PHONE, EMAIL]) expect(all, secret).not.toContain(secret);
    } finally {
      dir.remove();
    }
  }, 120_000);
});
