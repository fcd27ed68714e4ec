// The engine's CLI commands (issue 4 §10) as support and scripts use them, with --json and --now.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cliIn, okJson } from '../support/cli.js';
import { tempDir } from '../support/temp.js';

// Every test here runs the CLI as child processes, several in a row: seconds each on a loaded
// machine, so these files get more than the project's 30 s per test.
vi.setConfig({ testTimeout: 120_000 });

describe('inyeon CLI: deals, follow-ups, referrals, suggestions, calendar', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());
  const NOW = '2026-03-02T01:00:00Z';
  const cli = cliIn(dir.path, NOW);
  const ok = okJson;

  let id = '';
  let friend = '';
  let dealId = '';
  it('deal add → the deal and the contact stage after it; deal list; deal update', () => {
    id = ok(cli('contact', 'add', '--name', '김철수', '--birthday', '--03-20')).id;
    friend = ok(cli('contact', 'add', '--name', '이영희')).id;
    const r = ok(cli('deal', 'add', id, '--title', '종신보험', '--status', 'won', '--amount', '1,200,000', '--signed-on', '2026-03-02', '--renews-on', '2027-03-02'));
    dealId = r.deal.id;
    expect(r).toMatchObject({ stage: 'new', stageChanged: true, deal: { title: '종신보험', amount: 1200000, status: 'won' } });
    expect(r.reminders.map((f: any) => f.kind)).toEqual(['renewal', 'renewal', 'persistency', 'persistency']);
    expect(ok(cli('deal', 'list', id)).items.map((d: any) => d.id)).toEqual([dealId]);
    const u = ok(cli('deal', 'update', dealId, '--renews-on', 'none'));
    expect(u.deal.renewsOn).toBeNull();
    expect(u.reminders.map((f: any) => f.kind)).toEqual(['persistency', 'persistency']);
    expect(cli('deal', 'add', id, '--title', 'x', '--status', 'closed').status).toBe(2);
  });

  it('followup list / snooze / skip', () => {
    const l = ok(cli('followup', 'list', id));
    expect(Object.keys(l.items[0]).sort()).toEqual(['dueAt', 'dueDate', 'id', 'kind', 'reason', 'status']);
    const checkIn = l.items.find((f: any) => f.kind === 'check-in');
    const s = ok(cli('followup', 'snooze', checkIn.id, '--until', '2026-04-10'));
    expect(s.dueAt).toBe('2026-04-10T00:00:00.000Z');
    const birthday = l.items.find((f: any) => f.kind === 'birthday');
    expect(ok(cli('followup', 'skip', birthday.id)).skipped.status).toBe('skipped');
    expect(ok(cli('followup', 'list', id, '--all')).items.some((f: any) => f.status === 'skipped')).toBe(true);
  });

  it('referral ask / record; suggestions', () => {
    expect(ok(cli('referral', 'ask', id)).referral).toMatchObject({ referrerId: id, outcome: 'asked' });
    const r = ok(cli('referral', 'record', id, friend));
    expect(r).toMatchObject({ referred: { id: friend }, credit: { referred: 1, won: 0 } });
    const s = ok(cli('suggestions', '--date', '2026-03-03'));
    expect(s.items).toEqual([expect.objectContaining({ contactId: id, from: 'new', to: 'loyal' })]);
  });

  it('date add / list / remove (yearless dates too)', () => {
    const d = ok(cli('date', 'add', id, '--label', '창립기념일', '--on', '--04-01'));
    expect(d).toMatchObject({ label: '창립기념일', date: '--04-01', kind: 'custom' });
    expect(ok(cli('date', 'list', id)).items.map((x: any) => x.id)).toEqual([d.id]);
    expect(ok(cli('followup', 'list', id)).items.some((f: any) => f.kind === 'date' && f.dueDate === '2026-03-29')).toBe(true);
    expect(ok(cli('date', 'remove', d.id))).toEqual({ id: d.id });
  });

  it('today shows every rule; export-ics writes an RFC 5545 file', () => {
    const t = ok(cli('today', '--date', '2026-03-02', '--days', '30'));
    expect(t.items.length).toBeGreaterThan(0);
    const out = join(dir.path, 'follow-ups.ics');
    const r = ok(cli('export-ics', '--out', out, '--days', '730'));
    expect(r.count).toBeGreaterThan(2);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(r.count);
  });

  it('referral graph; deal delete withdraws its reminders and deal restore brings them back', () => {
    const g = ok(cli('referral', 'graph', '--limit', '5'));
    expect(g.totals).toMatchObject({ referrers: 1, referred: 1 });
    expect(g.roots[0]).toMatchObject({ id, referred: 1, children: [expect.objectContaining({ id: friend })] });
    expect(cli('referral', 'graph', '--limit', 'many').status).toBe(2);
    expect(ok(cli('deal', 'delete', dealId))).toEqual({ id: dealId, contactId: id });
    expect(ok(cli('followup', 'list', id)).items.some((f: any) => f.kind === 'persistency')).toBe(false);
    expect(ok(cli('deal', 'restore', dealId)).reminders.map((f: any) => f.kind)).toEqual(['persistency', 'persistency']);
    expect(cli('deal', 'delete', '01890000-0000-7000-8000-000000000000').status).toBe(4);
  }, 120_000); // eight CLI processes; a loaded 2-core machine takes several seconds for each
});
