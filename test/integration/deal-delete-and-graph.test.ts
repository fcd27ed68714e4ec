// Deleting a deal (with Undo) and the referral graph of the Referrals view, through the
// contract on a real temp database with a fixed clock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../shared/domain/types.js';
import { expectAppError, openTestBackend, rows, type TestBackend } from '../support/backend.js';

let t: TestBackend;
beforeEach(async () => { t = await openTestBackend('2026-03-02T01:00:00.000Z'); });
afterEach(() => t.close());

const add = (name: string, extra: Record<string, unknown> = {}): Promise<Contact> => t.b.invoke('contacts.add', { name, ...extra });
const openDealReminders = (contactId: string) => rows<{ kind: string }>(t.db,
  `SELECT kind FROM follow_ups WHERE contact_id=? AND status='open' AND kind IN ('renewal','expiry','persistency')`, contactId);

describe('deals.delete / deals.restore', () => {
  it('withdraws the deal\'s reminders, hides it from the list, and Undo brings both back', async () => {
    const c = await add('김철수');
    const r = await t.b.invoke('deals.add', { contactId: c.id, title: '종신보험', status: 'won', signedOn: '2026-03-02', renewsOn: '2027-03-02' });
    expect(openDealReminders(c.id)).toHaveLength(4);
    expect(await t.b.invoke('deals.delete', { id: r.deal.id })).toEqual({ id: r.deal.id, contactId: c.id });
    expect((await t.b.invoke('deals.list', { contactId: c.id })).items).toEqual([]);
    expect(openDealReminders(c.id)).toEqual([]);
    // The stage it moved is history and stays.
    expect((await t.b.invoke('contacts.get', { id: c.id })).contact.stage).toBe('new');
    await expectAppError(t.b.invoke('deals.delete', { id: r.deal.id }), 'not-found');
    const back = await t.b.invoke('deals.restore', { id: r.deal.id });
    expect(back.deal.title).toBe('종신보험');
    expect(back.reminders).toHaveLength(4);
    expect((await t.b.invoke('deals.list', { contactId: c.id })).items).toHaveLength(1);
    await expectAppError(t.b.invoke('deals.restore', { id: r.deal.id }), 'not-found');
  });
});

describe('referrals.graph', () => {
  it('nests referred people under top referrers with counts and conversion, a page at a time', async () => {
    const a = await add('가나다');
    const b = await add('나비');
    const c = await add('다람쥐');
    const d = await add('라면');
    const e = await add('마루');
    const solo = await add('바다');
    const x = await add('사과');
    await t.b.invoke('referrals.record', { referrerId: a.id, referredId: b.id });
    await t.b.invoke('referrals.record', { referrerId: a.id, referredId: c.id });
    await t.b.invoke('referrals.record', { referrerId: b.id, referredId: d.id });
    await t.b.invoke('referrals.record', { referrerId: solo.id, referredId: x.id });
    await t.b.invoke('deals.add', { contactId: b.id, title: '실손', status: 'won' });
    await t.b.invoke('deals.add', { contactId: d.id, title: '연금', status: 'won' });

    const g = await t.b.invoke('referrals.graph', {});
    expect(g.totals).toEqual({ referrers: 3, referred: 4, won: 2, conversion: 0.5 });
    expect(g.rootCount).toBe(2);
    expect(g.roots.map((r) => [r.name, r.referred, r.referredWon])).toEqual([['가나다', 2, 1], ['바다', 1, 0]]);
    const [top] = g.roots;
    expect(top!.children.map((n) => [n.name, n.won, n.referred])).toEqual([['나비', true, 1], ['다람쥐', false, 0]]);
    expect(top!.children[0]!.children.map((n) => [n.name, n.won])).toEqual([['라면', true]]);
    expect(g.roots.some((r) => r.id === e.id)).toBe(false);

    const page2 = await t.b.invoke('referrals.graph', { limit: 1, offset: 1 });
    expect(page2.roots.map((r) => r.name)).toEqual(['바다']);
    const shallow = await t.b.invoke('referrals.graph', { depth: 1 });
    expect(shallow.roots[0]!.children).toEqual([]);

    // A referrer in the trash is no longer a root: the people they referred become the top of their own trees.
    await t.b.invoke('contacts.delete', { id: a.id });
    const after = await t.b.invoke('referrals.graph', {});
    expect(after.roots.map((r) => r.name)).toEqual(['나비', '바다']);
  });

  it('an empty book has an empty graph', async () => {
    expect(await t.b.invoke('referrals.graph', {})).toEqual({ roots: [], rootCount: 0, totals: { referrers: 0, referred: 0, won: 0, conversion: 0 } });
  });
});
