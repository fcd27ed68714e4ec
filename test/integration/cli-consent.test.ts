// The CLI's consent, marketing and digest commands, as support and scripts use them.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cliIn, okJson, runCli } from '../support/cli.js';
import { tempDir } from '../support/temp.js';

// Every test here runs the CLI as child processes, several in a row: seconds each on a loaded
// machine, so these files get more than the project's 30 s per test.
vi.setConfig({ testTimeout: 120_000 });

describe('inyeon CLI: consent, marketing touches, digest', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());
  const NOW = '2026-03-02T01:00:00Z';
  const cli = cliIn(dir.path, NOW);
  const ok = okJson;

  it('consent grant needs --evidence; list shows the current state and history; a blocked marketing touch exits 5', () => {
    const id = ok(cli('contact', 'add', '--name', '김철수', '--phone', '010-1234-5678')).id;
    expect(cli('consent', 'grant', id, 'sms').status).toBe(2);
    expect(cli('consent', 'grant', id, 'fax', '--evidence', 'x').status).toBe(2);
    const blocked = cli('touch', id, '--kind', 'sms', '--marketing');
    expect(blocked.status).toBe(5);
    expect(JSON.parse(blocked.stderr).error).toMatchObject({ code: 'marketing-blocked', issues: [{ path: 'purpose', message: 'no-consent' }] });
    const g = ok(cli('consent', 'grant', id, 'sms', '--evidence', '동의서 서명 2026-03-02'));
    expect(g.current.find((c: any) => c.channel === 'sms').marketing.state).toBe('granted');
    expect(ok(cli('marketing', 'check', id, '--kind', 'sms')).blocks).toEqual([]);
    expect(ok(cli('touch', id, '--kind', 'sms', '--marketing')).interaction.purpose).toBe('marketing');
    const w = ok(cli('consent', 'withdraw', id, 'sms'));
    expect(w.history.map((h: any) => h.granted)).toEqual([false, true]);
    const human = runCli(['--data-dir', dir.path, '--now', NOW, 'consent', 'list', id]);
    expect(human.stdout).toMatch(/sms\s+marketing: withdrawn 2026-03-02/);
  }, 240_000);

  it('digest prints the counts and the text', () => {
    const d = ok(cli('digest'));
    expect(d).toMatchObject({ date: '2026-03-02', today: expect.any(Number), overdue: expect.any(Number) });
    expect(typeof d.body).toBe('string');
  });
});
