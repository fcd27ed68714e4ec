// The `inyeon` command as scripts and support use it: one JSON document on stdout with --json,
// typed errors on stderr, stable exit codes, and the closed loop from the command line.
import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cliIn, runCli } from '../support/cli.js';
import { tempDir } from '../support/temp.js';
import { loadMigrations } from '../../electron/backend/db/migrate.js';

// Every test here runs the CLI as child processes, several in a row: seconds each on a loaded
// machine, so these files get more than the project's 30 s per test.
vi.setConfig({ testTimeout: 120_000 });

/** The schema version of a fresh book: one per migration file. */
const MIGRATIONS = readdirSync('electron/backend/db/migrations').filter((f) => f.endsWith('.sql')).length;

describe('inyeon CLI', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());
  const cli = cliIn(dir.path);

  it('doctor reports a fresh, healthy book', () => {
    const r = cli('doctor');
    expect(r.status).toBe(0);
    expect(r.json()).toMatchObject({ ok: true, schemaVersion: loadMigrations().length, contacts: 0, integrity: 'ok' });
    expect(r.json().path).toBe(`${dir.path}/inyeon.db`);
  });

  let id = '';
  it('adds a contact with normalised and obsolete numbers', () => {
    const r = cli('--now', '2026-03-02T01:00:00Z', 'contact', 'add', '--name', '김철수', '--company', '한빛생명', '--title', '과장',
      '--phone', '010-1234-5678', '--phone', '017-555-1234', '--email', 'Chulsoo.Kim@Example.com', '--birthday', '--05-02', '--tag', 'VIP');
    expect(r.status, r.stderr).toBe(0);
    const c = r.json();
    id = c.id;
    expect(c).toMatchObject({ name: '김철수', company: '한빛생명', stage: 'prospect', birthday: '--05-02', tags: ['VIP'] });
    expect(c.points.map((p: any) => [p.kind, p.normalized, p.status])).toEqual([
      ['mobile', '+821012345678', 'unverified'],
      ['mobile', '+82175551234', 'obsolete'],
      ['email', 'chulsoo.kim@example.com', 'unverified'],
    ]);
    expect(c.nextFollowUp).toMatchObject({ kind: 'check-in', dueAt: '2026-03-16T00:00:00.000Z', reason: '14 days since added — prospect check-in' });
  });

  it('finds the contact by 초성, phone digits with and without dashes, and e-mail fragment', () => {
    for (const q of ['ㄱㅊㅅ', '철수', '5678', '010-1234-5678', '01012345678', 'chulsoo.k', '한빛생명']) {
      const r = cli('search', q);
      expect(r.status, q).toBe(0);
      expect(r.json().items.map((i: any) => i.id), q).toEqual([id]);
    }
    expect(cli('search', 'ㅎㅎㅎ').json().items).toEqual([]);
  });

  it('closes the loop: touch completes the check-in, verifies the mobile and schedules the next', () => {
    const r = cli('--now', '2026-03-20T03:00:00Z', 'touch', id, '--kind', 'call', '--outcome', 'positive', '--verified', 'mobile', '--summary', '안부 통화');
    expect(r.status, r.stderr).toBe(0);
    const t = r.json();
    expect(t.completed).toMatchObject({ kind: 'check-in', status: 'done', completedBy: t.interaction.id });
    expect(t.next).toMatchObject({ kind: 'check-in', dueAt: '2026-04-03T00:00:00.000Z', status: 'open' });
    const shown = cli('--now', '2026-03-20T03:00:00Z', 'contact', 'show', id).json();
    const mobile = shown.points.find((p: any) => p.normalized === '+821012345678');
    expect(mobile).toMatchObject({ status: 'verified', verifiedVia: 'call', verifiedAt: '2026-03-20T03:00:00.000Z', freshness: 'fresh' });
    expect(shown.timeline).toHaveLength(1);
    expect(shown.nextFollowUp.reason).toBe('14 days since the last call — prospect check-in');
  });

  it('today buckets by the Seoul calendar date', () => {
    const upcoming = cli('--now', '2026-03-30T00:00:00Z', 'today', '--days', '7').json();
    expect(upcoming.items).toEqual([expect.objectContaining({ contactId: id, bucket: 'upcoming', dueDate: '2026-04-03' })]);
    expect(cli('today', '--date', '2026-04-03', '--days', '0').json().items[0].bucket).toBe('today');
    expect(cli('today', '--date', '2026-04-04', '--days', '0').json().items[0].bucket).toBe('overdue');
    expect(cli('today', '--date', '2026-03-26', '--days', '7').json().items).toEqual([]);
  });

  it('changes stage with a reason and follows the new cadence', () => {
    const c = cli('--now', '2026-03-21T00:00:00Z', 'contact', 'stage', id, 'active', '--reason', '첫 계약').json();
    expect(c.stage).toBe('active');
    // Engine follow-ups (a referral ask after the positive call, the birthday) may come first now;
    // the check-in follows the new cadence.
    expect(c.nextFollowUp.dueDate <= '2026-06-18').toBe(true);
    const checkIn = cli('followup', 'list', id).json().items.find((f: any) => f.kind === 'check-in');
    expect(checkIn.dueDate).toBe('2026-06-18'); // last touch 2026-03-20 + 90 days
    const shown = cli('contact', 'show', id).json();
    expect(shown.stageHistory[0]).toMatchObject({ from: 'prospect', to: 'active', reason: '첫 계약', by: 'manual' });
  });

  it('lists with filters and moves to the trash and back', () => {
    expect(cli('contact', 'list', '--stage', 'active').json()).toMatchObject({ total: 1 });
    expect(cli('contact', 'list', '--stage', 'prospect').json()).toMatchObject({ total: 0, items: [] });
    expect(cli('contact', 'list', '--tag', 'vip').json().total).toBe(1);
    expect(cli('contact', 'delete', id).status).toBe(0);
    expect(cli('search', '김철수').json().items).toEqual([]);
    expect(cli('today', '--date', '2026-06-18').json().items).toEqual([]);
    expect(cli('contact', 'restore', id).json().deletedAt).toBeNull();
    expect(cli('search', '김철수').json().items).toHaveLength(1);
  });

  it('reports errors as JSON on stderr with distinct exit codes', () => {
    const missing = cli('contact', 'show', '01900000-0000-7000-8000-000000000000');
    expect(missing.status).toBe(4);
    expect(missing.stdout).toBe('');
    expect(JSON.parse(missing.stderr).error.code).toBe('not-found');
    const bad = cli('contact', 'add', '--name', 'X', '--email', 'not-an-email');
    expect(bad.status).toBe(2);
    expect(JSON.parse(bad.stderr).error).toMatchObject({ code: 'invalid-input', issues: [{ path: 'points.0.value' }] });
    const usage = cli('contact', 'add', '--nmae', 'X');
    expect(usage.status).toBe(2);
    expect(JSON.parse(usage.stderr).error.message).toMatch(/nmae/);
    expect(cli('contact', 'list').json().total).toBe(1); // nothing was added by the failures
  });

  it('prints readable text without --json', () => {
    const r = runCli(['--data-dir', dir.path, 'search', 'ㄱㅊㅅ']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('김철수');
    expect(r.stdout).toContain('Obsolete');
  });
});
