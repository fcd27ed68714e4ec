// Two simulated years, day by day, on a small book (issue 4 "Correctness, tested"). A seeded
// random agent logs touches (some positive, some complaints), wins deals, asks for and records
// referrals, snoozes and skips; every day the invariants of the engine are checked:
//   - every live contact that is not lost has exactly one open check-in;
//   - every open follow-up due before today is in Today's overdue;
//   - no referral ask is open while a complaint is open;
//   - every stage change after creation has a reason;
//   - no marketing suggestion breaks the marketing limit (counting logged marketing touches),
//     lands in quiet hours, or proposes a channel the person's consent does not allow;
//   - every open verification follow-up refers to a stale or obsolete point.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact } from '../../shared/domain/types.js';
import { localHour, isQuietHour, MARKETING_KINDS } from '../../shared/rules/limits.js';
import { channelAllowed, channelOfVia, type MarketingVia } from '../../shared/rules/marketing.js';
import { pointFreshness } from '../../shared/rules/freshness.js';
import { addDays, daysBetween, localDate } from '../../shared/rules/time.js';
import { rng } from '../../electron/backend/services/sample-book.js';
import { openTestBackend, rows, type TestBackend } from '../support/backend.js';

/** The most events in any 30-day window [s, s+29] that contains `day`. */
function busiestWindow(days: string[], day: string): number {
  let most = 0;
  for (let k = 0; k < 30; k++) {
    const start = addDays(day, -k);
    most = Math.max(most, days.filter((d) => daysBetween(start, d) >= 0 && daysBetween(start, d) < 30).length);
  }
  return most;
}

let t: TestBackend;
beforeAll(async () => { t = await openTestBackend('2026-01-01T01:00:00.000Z'); });
afterAll(() => t.close());

describe('two simulated years', () => {
  it('keep every invariant every day', async () => {
    const rnd = rng(4);
    const pick = <T,>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    await t.b.invoke('settings.update', { autoApplyLifecycle: true });
    const people: Contact[] = [];
    const names = ['김철수', '이영희', '박민준', '최서연', '정우진', '강하은', '조지호', '윤수아', 'James Smith', '한가람'];
    for (const [i, name] of names.entries()) {
      people.push(await t.b.invoke('contacts.add', {
        name, stage: i < 6 ? 'prospect' : 'active', birthday: i % 3 === 0 ? '--02-29' : i % 3 === 1 ? `--${String((i % 12) + 1).padStart(2, '0')}-15` : null,
        // Some still carry a dead 2G number; all have a mobile and most an e-mail (verified by touches, stale a year later).
        points: [
          { kind: 'mobile', value: i % 4 === 0 ? `017-300-00${10 + i}` : `010-3000-00${10 + i}` },
          ...(i % 5 === 4 ? [] : [{ kind: 'email' as const, value: `p${i}@example.com` }]),
        ],
      }));
    }
    const checks = { days: 0, overdueSeen: 0, complaints: 0, asks: 0, stageChanges: 0, marketing: 0, refused: 0, verifications: 0, consents: 0 };
    for (let day = 0; day < 730; day++) {
      t.clock.set(Date.parse('2026-01-01T01:00:00.000Z') + day * 86_400_000 + Math.floor(rnd() * 10) * 3_600_000);
      // The agent's day: a few touches, sometimes a deal, a referral, a snooze or a skip.
      for (let k = 0; k < 2; k++) {
        if (rnd() > 0.35) continue;
        const c = pick(people);
        const r = rnd();
        const outcome = r < 0.06 ? 'complaint' : r < 0.4 ? 'positive' : 'neutral';
        const kind = pick(['call', 'meeting', 'sms', 'email', 'note'] as const);
        const detail = await t.b.invoke('contacts.get', { id: c.id });
        const verified = rnd() < 0.3 ? detail.contact.points.filter((p) => p.status !== 'obsolete').slice(0, 1).map((p) => p.id) : [];
        await t.b.invoke('touches.log', { contactId: c.id, kind, outcome, verifiedPointIds: kind === 'note' ? [] : verified });
      }
      // Marketing touches: attempted often, refused whenever consent, night or the limit says no.
      if (rnd() < 0.25) {
        const c = pick(people);
        const kind = pick(['sms', 'email', 'call', 'visit'] as const);
        const at = new Date(t.clock.now() - Math.floor(rnd() * 12) * 3_600_000).toISOString();
        try {
          await t.b.invoke('touches.log', { contactId: c.id, kind, purpose: 'marketing', occurredAt: at });
          checks.marketing++;
        } catch (e) {
          expect((e as { code: string }).code).toBe('marketing-blocked');
          checks.refused++;
        }
      }
      // Consent comes and goes.
      if (rnd() < 0.04) {
        const c = pick(people);
        const channel = pick(['sms', 'email', 'phone'] as const);
        const purpose = rnd() < 0.7 ? 'marketing' as const : 'night-time' as const;
        if (rnd() < 0.7) await t.b.invoke('consents.grant', { contactId: c.id, channel, purpose, evidence: `form day ${day}` });
        else await t.b.invoke('consents.withdraw', { contactId: c.id, channel, purpose });
        checks.consents++;
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
      // Invariant: marketing suggestions respect the 30-day limit (logged marketing touches
      // included), quiet hours, and propose only a channel the person's consent allows.
      const marketing = rows<{ contact_id: string; kind: string; due_date: string; due_at: string; status: string; reason: string; mt: number }>(t.db,
        `SELECT f.contact_id, f.kind, f.due_date, f.due_at, f.status, f.reason,
           EXISTS (SELECT 1 FROM interactions i WHERE i.id = f.completed_by AND i.purpose = 'marketing') AS mt
         FROM follow_ups f WHERE f.kind IN (SELECT value FROM json_each(?)) AND f.status IN ('open','done')`,
        JSON.stringify([...MARKETING_KINDS]));
      const touches = rows<{ contact_id: string; occurred_at: string }>(t.db, `SELECT contact_id, occurred_at FROM interactions WHERE purpose='marketing'`);
      for (const a of marketing.filter((m) => m.status === 'open' && m.due_date >= today.date)) {
        if (a.kind === 'referral-ask') checks.asks++;
        expect(isQuietHour(localHour(a.due_at, 'Asia/Seoul')), `day ${day}: ${a.kind} in quiet hours`).toBe(false);
        const taken = [
          ...marketing.filter((m) => m !== a && m.contact_id === a.contact_id && !m.mt).map((m) => m.due_date),
          ...touches.filter((x) => x.contact_id === a.contact_id).map((x) => localDate(x.occurred_at, 'Asia/Seoul')),
        ];
        expect(busiestWindow([...taken, a.due_date], a.due_date), `day ${day}: ${a.kind} over the marketing limit`).toBeLessThanOrEqual(2);
        const via = (JSON.parse(a.reason) as { params: { via?: MarketingVia } }).params.via;
        expect(via, `day ${day}: ${a.kind} without a channel`).toBeDefined();
        const channel = channelOfVia(via!);
        const consents = rows<{ channel: 'sms' | 'email' | 'phone' | 'messenger'; purpose: 'marketing' | 'night-time'; granted: number; at: string; evidence: string | null }>(t.db,
          'SELECT channel, purpose, granted, at, evidence FROM consents WHERE contact_id=?', a.contact_id).map((r) => ({ ...r, granted: r.granted === 1 }));
        if (channel) expect(channelAllowed(channel, consents, a.due_at), `day ${day}: ${a.kind} by ${via} without consent`).toBe(true);
      }
      // Invariant: no open verification without a stale or obsolete point behind it.
      const verifications = rows<{ rule_key: string; contact_id: string }>(t.db, `SELECT rule_key, contact_id FROM follow_ups WHERE kind='verification' AND status='open'`);
      for (const v of verifications) {
        checks.verifications++;
        const pointId = v.rule_key.split('@')[1]!;
        const p = rows<{ status: 'verified' | 'unverified' | 'obsolete' | 'bounced' | 'wrong'; verified_at: string | null; deleted_at: string | null }>(t.db,
          'SELECT status, verified_at, deleted_at FROM contact_points WHERE id=?', pointId)[0];
        expect(p, `day ${day}: verification of a missing point`).toBeDefined();
        expect(p!.deleted_at).toBeNull();
        expect(['stale', 'obsolete'], `day ${day}: verification of a ${JSON.stringify(p)}`).toContain(pointFreshness({ status: p!.status, verifiedAt: p!.verified_at }, t.clock.now()));
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
    expect(checks.marketing).toBeGreaterThan(10);
    expect(checks.refused).toBeGreaterThan(10);
    expect(checks.verifications).toBeGreaterThan(0);
    expect(checks.consents).toBeGreaterThan(5);
  }, 120_000);
});
