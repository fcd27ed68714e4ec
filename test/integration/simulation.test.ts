// Two simulated years, day by day, on a small book (issue 4 "Correctness, tested"). A seeded
// random agent logs touches (some positive, some complaints), wins deals, asks for and records
// referrals, snoozes and skips; every day the invariants of the engine are checked:
//   - every live contact that is not lost has exactly one open check-in;
//   - every open follow-up due before today is in Today's overdue;
//   - no referral ask is open while a complaint is open;
//   - every stage change after creation has a reason;
//   - no referral ask breaks the marketing limit or lands in quiet hours.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact } from '../../shared/domain/types.js';
import { localHour, isQuietHour, MARKETING_KINDS } from '../../shared/rules/limits.js';
import { daysBetween } from '../../shared/rules/time.js';
import { openTestBackend, rows, type TestBackend } from '../support/backend.js';

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

let t: TestBackend;
beforeAll(async () => { t = await openTestBackend('2026-01-01T01:00:00.000Z'); });
afterAll(() => t.close());

describe('two simulated years', () => {
  it('keep every invariant every day', async () => {
    const rnd = mulberry32(4);
    const pick = <T,>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    await t.b.invoke('settings.update', { autoApplyLifecycle: true });
    const people: Contact[] = [];
    const names = ['김철수', '이영희', '박민준', '최서연', '정우진', '강하은', '조지호', '윤수아', 'James Smith', '한가람'];
    for (const [i, name] of names.entries()) {
      people.push(await t.b.invoke('contacts.add', {
        name, stage: i < 6 ? 'prospect' : 'active', birthday: i % 3 === 0 ? '--02-29' : i % 3 === 1 ? `--${String((i % 12) + 1).padStart(2, '0')}-15` : null,
      }));
    }
    const checks = { days: 0, overdueSeen: 0, complaints: 0, asks: 0, stageChanges: 0 };
    for (let day = 0; day < 730; day++) {
      t.clock.set(Date.parse('2026-01-01T01:00:00.000Z') + day * 86_400_000 + Math.floor(rnd() * 10) * 3_600_000);
      // The agent's day: a few touches, sometimes a deal, a referral, a snooze or a skip.
      for (let k = 0; k < 2; k++) {
        if (rnd() > 0.35) continue;
        const c = pick(people);
        const r = rnd();
        const outcome = r < 0.06 ? 'complaint' : r < 0.4 ? 'positive' : 'neutral';
        await t.b.invoke('touches.log', { contactId: c.id, kind: pick(['call', 'meeting', 'sms', 'email', 'note'] as const), outcome });
      }
      if (rnd() < 0.02) {
        const c = pick(people);
        await t.b.invoke('deals.add', { contactId: c.id, title: `계약${day}`, status: 'won', renewsOn: null, expiresOn: rnd() < 0.5 ? null : '2027-12-31' });
      }
      if (rnd() < 0.01) {
        const [a, b] = [pick(people), pick(people)];
        if (a.id !== b.id) await t.b.invoke('referrals.record', { referrerId: a.id, referredId: b.id });
      }
      const open = rows<{ id: string; contact_id: string; kind: string }>(t.db, `SELECT id, contact_id, kind FROM follow_ups WHERE status='open'`);
      if (rnd() < 0.05 && open.length) await t.b.invoke('followups.skip', { id: pick(open).id });
      if (rnd() < 0.03 && open.length) await t.b.invoke('followups.snooze', { id: pick(open).id, until: new Date(t.clock.now() + 5 * 86_400_000).toISOString().slice(0, 10) });

      const today = await t.b.invoke('today.get', { days: 0, overdueLimit: 5000 });
      // Invariant: one open check-in per live, non-lost contact.
      const counts = rows<{ id: string; stage: string; n: number }>(t.db, `SELECT c.id, c.stage,
        (SELECT count(*) FROM follow_ups f WHERE f.contact_id=c.id AND f.kind='check-in' AND f.status='open') AS n
        FROM contacts c WHERE c.deleted_at IS NULL`);
      for (const c of counts) expect(c.n, `day ${day} ${c.id} ${c.stage}`).toBe(c.stage === 'lost' ? 0 : 1);
      // Invariant: nothing due in the past is missing from Today's overdue.
      const shown = new Set(today.items.flatMap((i) => [i.followUpId, ...(i.also ?? []).map((a) => a.followUpId)]));
      const past = rows<{ id: string }>(t.db, `SELECT f.id FROM follow_ups f JOIN contacts c ON c.id=f.contact_id
        WHERE f.status='open' AND c.deleted_at IS NULL AND f.due_date < ?`, today.date);
      for (const p of past) expect(shown.has(p.id), `day ${day}: overdue ${p.id} not in Today`).toBe(true);
      expect(today.counts.overdue).toBe(past.length);
      checks.overdueSeen += past.length;
      // Invariant: no referral ask while a complaint is open.
      const clash = rows(t.db, `SELECT a.id FROM follow_ups a JOIN follow_ups b ON a.contact_id=b.contact_id
        WHERE a.kind='referral-ask' AND a.status='open' AND b.kind='complaint-response' AND b.status='open'`);
      expect(clash, `day ${day}`).toEqual([]);
      // Invariant: complaints first in Today.
      const firstNormal = today.items.findIndex((i) => i.priority !== 'urgent');
      if (firstNormal >= 0) expect(today.items.slice(firstNormal).some((i) => i.priority === 'urgent')).toBe(false);
      // Invariant: referral asks respect the 30-day marketing limit and quiet hours.
      const marketing = rows<{ contact_id: string; kind: string; due_date: string; due_at: string; status: string }>(t.db,
        `SELECT contact_id, kind, due_date, due_at, status FROM follow_ups WHERE kind IN (SELECT value FROM json_each(?)) AND status IN ('open','done')`,
        JSON.stringify([...MARKETING_KINDS]));
      for (const a of marketing.filter((m) => m.kind === 'referral-ask' && m.status === 'open')) {
        checks.asks++;
        expect(isQuietHour(localHour(a.due_at, 'Asia/Seoul'))).toBe(false);
        const near = marketing.filter((m) => m.contact_id === a.contact_id && Math.abs(daysBetween(m.due_date, a.due_date)) < 30);
        expect(near.length, `day ${day}: marketing limit`).toBeLessThanOrEqual(2);
      }
      checks.complaints += rows(t.db, `SELECT id FROM follow_ups WHERE kind='complaint-response' AND status='open'`).length;
      checks.days++;
    }
    // Invariant: every stage change after creation has a reason.
    const changes = rows<{ reason: string | null; by: string }>(t.db, `SELECT reason, by FROM stage_changes WHERE from_stage IS NOT NULL`);
    for (const c of changes) expect(c.reason, JSON.stringify(c)).toBeTruthy();
    checks.stageChanges = changes.length;
    // The walk exercised the rules it checks.
    expect(checks.days).toBe(730);
    expect(checks.complaints).toBeGreaterThan(0);
    expect(checks.asks).toBeGreaterThan(0);
    expect(checks.stageChanges).toBeGreaterThan(3);
  }, 120_000);
});
