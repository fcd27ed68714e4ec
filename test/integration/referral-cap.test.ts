// The daily cap on new referral asks (issue 7): a big book can hold thousands of warm customers
// on one morning (7,600 asks for one day at 100k), so at most `referralAsksPerDay` (default 10)
// are newly proposed a day, the best first; the rest stay eligible and come on later days.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestBackend, rows, type TestBackend } from '../support/backend.js';

let t: TestBackend;
beforeEach(async () => { t = await openTestBackend('2026-03-02T01:00:00.000Z'); }); // 10:00, 2 March, Seoul
afterEach(() => t.close());

const DAY = 86_400_000;
const at = (days: number) => new Date(Date.parse('2026-03-02T01:00:00.000Z') + days * DAY).toISOString();
const openAsks = () => rows<{ name: string; due_date: string }>(t.db, `SELECT c.display_name AS name, f.due_date FROM follow_ups f
  JOIN contacts c ON c.id = f.contact_id WHERE f.kind = 'referral-ask' AND f.status = 'open' ORDER BY c.display_name`).map((r) => r.name);
const sweepOn = async (days: number) => {
  t.clock.set(at(days));
  return t.b.invoke('today.get', { days: 7 });
};

/**
 * 50 eligible customers, built with the cap at 0 so none is proposed yet: 10 loyal, 20 active
 * and 20 new, each with one positive touch 1–20 days ago (the number in the name: 1 = warmest).
 */
async function fiftyEligible(): Promise<void> {
  await t.b.invoke('settings.update', { referralAsksPerDay: 0 });
  const groups = [['loyal', 10], ['active', 20], ['new', 20]] as const;
  for (const [stage, n] of groups) {
    for (let i = 1; i <= n; i++) {
      const c = await t.b.invoke('contacts.add', { name: `${stage}-${String(i).padStart(2, '0')}`, stage });
      await t.b.invoke('touches.log', { contactId: c.id, kind: 'meeting', outcome: 'positive', occurredAt: at(-i) });
    }
  }
  expect(openAsks()).toEqual([]);
  await t.b.invoke('settings.update', { referralAsksPerDay: 10 });
}

const names = (stage: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, k) => `${stage}-${String(from + k).padStart(2, '0')}`);

describe('daily cap on referral asks', () => {
  it('50 eligible: 10 proposed today, 10 more tomorrow, best first (loyal, then the warmest)', async () => {
    await fiftyEligible();
    const day0 = await sweepOn(0);
    expect(openAsks()).toEqual(names('loyal', 1, 10));
    expect(day0.items.filter((i) => i.kind === 'referral-ask' || i.also?.some((a) => a.kind === 'referral-ask'))).toHaveLength(10);
    // Reading Today again the same day proposes nothing more.
    await t.b.invoke('today.get', { days: 7 });
    expect(openAsks()).toHaveLength(10);

    // The next day: the ten asks still open are not counted again; ten new, the warmest actives.
    await sweepOn(1);
    expect(openAsks()).toEqual([...names('active', 1, 10), ...names('loyal', 1, 10)]);
    await sweepOn(2);
    expect(openAsks()).toEqual([...names('active', 1, 20), ...names('loyal', 1, 10)]);
    // New customers come last; the warmest of them first.
    await sweepOn(3);
    expect(openAsks()).toEqual([...names('active', 1, 20), ...names('loyal', 1, 10), ...names('new', 1, 10)]);
  });

  it('the cap holds for asks proposed by a touch too; a touch proposes at once while the day has room', async () => {
    await t.b.invoke('settings.update', { referralAsksPerDay: 2 });
    const people = [];
    for (let i = 0; i < 4; i++) people.push(await t.b.invoke('contacts.add', { name: `고객${i}`, stage: 'active' }));
    for (const p of people) await t.b.invoke('touches.log', { contactId: p.id, kind: 'meeting', outcome: 'positive' });
    expect(openAsks()).toEqual(['고객0', '고객1']);
    // Another positive touch for someone whose ask is open moves nothing past the cap.
    await t.b.invoke('touches.log', { contactId: people[0]!.id, kind: 'call', outcome: 'positive' });
    expect(openAsks()).toEqual(['고객0', '고객1']);
    await sweepOn(1);
    expect(openAsks()).toEqual(['고객0', '고객1', '고객2', '고객3']);
  });

  it('0 turns new proposals off; the rules still withdraw an open ask (a complaint)', async () => {
    const c = await t.b.invoke('contacts.add', { name: '불만', stage: 'active' });
    await t.b.invoke('touches.log', { contactId: c.id, kind: 'meeting', outcome: 'positive' });
    expect(openAsks()).toEqual(['불만']);
    await t.b.invoke('settings.update', { referralAsksPerDay: 0 });
    const d = await t.b.invoke('contacts.add', { name: '대기', stage: 'loyal' });
    await t.b.invoke('touches.log', { contactId: d.id, kind: 'meeting', outcome: 'positive' });
    await sweepOn(1);
    expect(openAsks()).toEqual(['불만']);
    await t.b.invoke('touches.log', { contactId: c.id, kind: 'call', outcome: 'complaint' });
    expect(openAsks()).toEqual([]);
    // Still eligible: the contact page says it is a good moment even when no ask was proposed.
    expect((await t.b.invoke('referrals.list', { contactId: d.id })).eligibility.eligible).toBe(true);
  });

  it('ties within a stage and day go to the larger won total', async () => {
    await t.b.invoke('settings.update', { referralAsksPerDay: 0 });
    const small = await t.b.invoke('contacts.add', { name: '가-소액', stage: 'active' });
    const big = await t.b.invoke('contacts.add', { name: '나-고액', stage: 'active' });
    await t.b.invoke('deals.add', { contactId: small.id, title: '실손', status: 'won', amount: 100_000, signedOn: '2025-06-01' });
    await t.b.invoke('deals.add', { contactId: big.id, title: '종신', status: 'won', amount: 5_000_000, signedOn: '2025-06-01' });
    for (const p of [small, big]) await t.b.invoke('touches.log', { contactId: p.id, kind: 'meeting', outcome: 'positive', occurredAt: at(-2) });
    await t.b.invoke('settings.update', { referralAsksPerDay: 1 });
    await sweepOn(1);
    expect(openAsks()).toEqual(['나-고액']);
  });
});
