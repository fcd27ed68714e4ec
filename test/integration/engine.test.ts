// The relationship engine (issue 4) through the contract, on a real temp database with a fixed
// clock: deals and their reminders, complaints, birthdays, referral asks, lifecycle
// suggestions, snooze/skip, one visit per person and day, and the calendar export.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../shared/domain/types.js';
import { expectAppError, openTestBackend, rows, type TestBackend } from '../support/backend.js';

let t: TestBackend;
beforeEach(async () => { t = await openTestBackend('2026-03-02T01:00:00.000Z'); }); // 10:00, 2 March, Seoul
afterEach(() => t.close());

const add = (name: string, extra: Record<string, unknown> = {}): Promise<Contact> => t.b.invoke('contacts.add', { name, ...extra });
const open = (contactId: string, kind?: string) => rows<{ id: string; kind: string; due_at: string; due_date: string; rule_key: string | null; reason: string }>(t.db,
  `SELECT * FROM follow_ups WHERE contact_id=? AND status='open' ${kind ? 'AND kind=?' : ''} ORDER BY due_at`, ...(kind ? [contactId, kind] : [contactId]));

describe('deals', () => {
  it('winning the first deal moves a prospect to new, by rule, with the reason in words', async () => {
    const c = await add('김철수');
    const r = await t.b.invoke('deals.add', { contactId: c.id, title: '종신보험', status: 'won', amount: 120000, signedOn: '2026-03-02', renewsOn: '2027-03-02' });
    expect(r.stage).toBe('new');
    expect(r.stageChanged).toBe(true);
    expect(r.deal).toMatchObject({ title: '종신보험', status: 'won', amount: 120000, signedOn: '2026-03-02', renewsOn: '2027-03-02', expiresOn: null });
    const history = (await t.b.invoke('contacts.get', { id: c.id })).stageHistory;
    expect(history[0]).toMatchObject({ from: 'prospect', to: 'new', by: 'rule', reason: 'Prospect → New: first contract signed (종신보험)' });
    // The rule's reason is kept structured and read in the reader's language.
    expect(history[0]!.why).toMatchObject({ code: 'lifecycle', params: { rule: 'first-win', deal: '종신보험' } });
    await t.b.invoke('settings.update', { locale: 'ko' });
    expect((await t.b.invoke('contacts.get', { id: c.id })).stageHistory[0]!.reason).toBe('잠재 → 신규: 첫 계약 체결 (종신보험)');
    await t.b.invoke('settings.update', { locale: 'en' });
    // A second won deal does not move the stage again.
    const r2 = await t.b.invoke('deals.add', { contactId: c.id, title: '실손보험', status: 'won', signedOn: '2026-03-02' });
    expect(r2.stageChanged).toBe(false);
    expect((await t.b.invoke('deals.list', { contactId: c.id })).items).toHaveLength(2);
  });

  it('renewal 60/30 days ahead and persistency months 13/25, with offers; one per milestone, no duplicates on re-sync', async () => {
    const c = await add('이영희');
    const r = await t.b.invoke('deals.add', { contactId: c.id, title: '자동차보험', status: 'won', signedOn: '2026-03-02', renewsOn: '2027-03-02' });
    expect(r.reminders.map((f) => [f.kind, f.dueDate, f.why.params])).toEqual([
      ['renewal', '2027-01-01', { deal: '자동차보험', on: '2027-03-02', daysBefore: 60, offer: 'upgrade' }],
      ['renewal', '2027-01-31', { deal: '자동차보험', on: '2027-03-02', daysBefore: 30, offer: 'renewal-review' }],
      ['persistency', '2027-03-02', { deal: '자동차보험', month: 13, signedOn: '2026-03-02', offer: 'coverage-review' }],
      ['persistency', '2028-03-02', { deal: '자동차보험', month: 25, signedOn: '2026-03-02', offer: 'coverage-review' }],
    ]);
    expect(r.reminders[0]!.dueAt).toBe('2027-01-01T00:00:00.000Z'); // 09:00 Seoul
    expect(r.reminders[0]!.reason).toBe('자동차보험 renews on Mar 2, 2027 (60 days ahead) — suggest an upgrade');
    await t.b.invoke('deals.update', { id: r.deal.id, amount: 5 });
    await t.b.invoke('deals.update', { id: r.deal.id, title: '자동차보험' });
    const dealKinds = (id: string) => open(id).filter((f) => ['renewal', 'expiry', 'persistency'].includes(f.kind));
    expect(dealKinds(c.id)).toHaveLength(4);
    // A new renewal date replaces the renewal reminders (old ones closed by rule, not duplicated).
    const moved = await t.b.invoke('deals.update', { id: r.deal.id, renewsOn: '2027-06-01' });
    expect(moved.reminders.filter((f) => f.kind === 'renewal').map((f) => f.dueDate)).toEqual(['2027-04-02', '2027-05-02']);
    expect(open(c.id, 'renewal')).toHaveLength(2);
    // A lost contact's contract reminders close with the contact.
    await t.b.invoke('contacts.setStage', { id: c.id, stage: 'lost' });
    expect(dealKinds(c.id)).toEqual([]);
    await t.b.invoke('contacts.setStage', { id: c.id, stage: 'active' });
    expect(dealKinds(c.id)).toHaveLength(4); // withdrawn by a rule, not handled: they come back
    // Lost: its reminders close.
    await t.b.invoke('deals.update', { id: r.deal.id, status: 'lost' });
    expect(open(c.id).filter((f) => f.kind !== 'check-in')).toEqual([]); // the referral ask went with the win
  });

  it('an open deal has no reminders until won; winning without a date signs it today', async () => {
    const c = await add('박철수');
    const r = await t.b.invoke('deals.add', { contactId: c.id, title: '연금', expiresOn: '2026-06-30' });
    expect(r.reminders).toEqual([]);
    expect(r.stage).toBe('prospect');
    const w = await t.b.invoke('deals.update', { id: r.deal.id, status: 'won' });
    expect(w.deal.signedOn).toBe('2026-03-02');
    expect(w.stage).toBe('new');
    expect(w.reminders.filter((f) => f.kind === 'expiry').map((f) => f.dueDate)).toEqual(['2026-05-01', '2026-05-31']);
  });

  it('refuses deals of a trashed contact', async () => {
    const c = await add('휴지통');
    await t.b.invoke('contacts.delete', { id: c.id });
    await expectAppError(t.b.invoke('deals.add', { contactId: c.id, title: 'x' }), 'conflict');
  });
});

describe('complaints', () => {
  it('open a response due within 24 h, urgent and first in Today; block referral asks; a later touch resolves it', async () => {
    const c = await add('최수진', { birthday: '--03-10' });
    expect(open(c.id, 'birthday')).toHaveLength(1);
    await t.b.invoke('deals.add', { contactId: c.id, title: '화재보험', status: 'won', signedOn: '2026-03-01' });
    const other = await add('가나다', { stage: 'active' });
    await t.b.invoke('touches.log', { contactId: other.id, kind: 'call' });
    expect(open(c.id, 'referral-ask')).toHaveLength(1);

    t.clock.set('2026-03-02T05:00:00.000Z'); // 14:00 Seoul
    await t.b.invoke('touches.log', { contactId: c.id, kind: 'call', outcome: 'complaint', summary: '보험금 지급 지연' });
    const [resp] = open(c.id, 'complaint-response');
    expect(open(c.id, 'birthday')).toEqual([]); // no birthday coupon while the complaint is open
    expect(resp).toMatchObject({ due_at: '2026-03-03T05:00:00.000Z' });
    expect(open(c.id, 'referral-ask')).toEqual([]);
    await expectAppError(t.b.invoke('referrals.ask', { contactId: c.id }), 'conflict');
    expect((await t.b.invoke('referrals.list', { contactId: c.id })).eligibility).toMatchObject({ eligible: false, why: { params: { block: 'complaint' } } });

    const today = await t.b.invoke('today.get', { date: '2026-03-02', days: 7 });
    expect(today.items[0]).toMatchObject({ kind: 'complaint-response', priority: 'urgent', contactId: c.id });
    expect(today.items[0]!.reason).toBe('Complaint — respond within 24 hours: 보험금 지급 지연');

    // A second complaint does not stack a second response.
    t.clock.set('2026-03-02T06:00:00.000Z');
    await t.b.invoke('touches.log', { contactId: c.id, kind: 'sms', outcome: 'complaint' });
    expect(open(c.id, 'complaint-response')).toHaveLength(1);

    t.clock.set('2026-03-02T08:00:00.000Z');
    const fix = await t.b.invoke('touches.log', { contactId: c.id, kind: 'call', outcome: 'neutral', summary: '처리 완료' });
    expect(open(c.id, 'complaint-response')).toEqual([]);
    const done = rows<{ status: string; completed_by: string }>(t.db, `SELECT * FROM follow_ups WHERE id=?`, resp!.id)[0];
    expect(done).toMatchObject({ status: 'done', completed_by: fix.interaction.id });
    expect(open(c.id, 'birthday')).toHaveLength(1); // the birthday reminder is back
  });

  it("names the complaint, not the stage: the referral box of a complaining prospect, and what comes next after logging it", async () => {
    const c = await add('신규문의'); // a prospect
    t.clock.set('2026-03-02T05:00:00.000Z'); // 14:00 Seoul
    const r = await t.b.invoke('touches.log', { contactId: c.id, kind: 'call', outcome: 'complaint' });
    expect(r.urgent).toMatchObject({ kind: 'complaint-response', dueAt: '2026-03-03T05:00:00.000Z', status: 'open' });
    expect(r.next).toMatchObject({ kind: 'check-in' }); // the cadence still runs, but it is not what comes next
    await t.b.invoke('settings.update', { locale: 'ko' });
    expect((await t.b.invoke('referrals.list', { contactId: c.id })).eligibility).toMatchObject({
      eligible: false, reason: '소개 요청 보류: 처리 중인 불만이 있음',
    });
    t.clock.set('2026-03-02T07:00:00.000Z');
    const after = await t.b.invoke('touches.log', { contactId: c.id, kind: 'call', outcome: 'neutral' });
    expect(after.urgent).toBeNull(); // answered
  });

  it('a complaint late at night is due by 20:00 the next evening, never in quiet hours', async () => {
    const c = await add('늦은밤');
    t.clock.set('2026-03-02T13:30:00.000Z'); // 22:30 Seoul
    await t.b.invoke('touches.log', { contactId: c.id, kind: 'call', outcome: 'complaint' });
    expect(open(c.id, 'complaint-response')[0]).toMatchObject({ due_at: '2026-03-03T11:00:00.000Z' }); // 20:00 Seoul on the 3rd
  });
});

describe('birthdays', () => {
  it('reminder 3 days before with a gift suggestion; one open; re-synced on change; rolled after it passes', async () => {
    const c = await add('생일자', { birthday: '--03-20' });
    expect(open(c.id, 'birthday').map((f) => f.due_at)).toEqual(['2026-03-17T00:00:00.000Z']);
    expect(JSON.parse(open(c.id, 'birthday')[0]!.reason)).toEqual({ code: 'birthday', params: { on: '2026-03-20', offer: 'gift-coupon', via: 'in-person' } });
    await t.b.invoke('contacts.update', { id: c.id, draft: { name: '생일자', birthday: '1980-04-10' } });
    expect(open(c.id, 'birthday').map((f) => f.due_date)).toEqual(['2026-04-07']);
    // Answered from Today: next year's comes next.
    t.clock.set('2026-04-07T02:00:00.000Z');
    const f = open(c.id, 'birthday')[0]!;
    await t.b.invoke('touches.log', { contactId: c.id, kind: 'gift', followUpId: f.id });
    expect(open(c.id, 'birthday').map((x) => x.due_date)).toEqual(['2027-04-07']);
  });

  it('an unanswered reminder rolls to next year once the birthday is past (daily pass)', async () => {
    const c = await add('잊은생일', { birthday: '--03-05' });
    expect(open(c.id, 'birthday').map((f) => f.due_date)).toEqual(['2026-03-02']); // 3 days before is today
    t.clock.set('2026-03-06T01:00:00.000Z');
    await t.b.invoke('today.get', {});
    expect(open(c.id, 'birthday').map((f) => f.due_date)).toEqual(['2027-03-02']);
  });

  it('29 February in a common year is remembered on 28 February', async () => {
    t.clock.set('2027-02-01T01:00:00.000Z');
    const c = await add('윤년생', { birthday: '--02-29' });
    expect(JSON.parse(open(c.id, 'birthday')[0]!.reason).params.on).toBe('2027-02-28');
    expect(open(c.id, 'birthday')[0]!.due_date).toBe('2027-02-25');
  });
});

describe('other yearly dates', () => {
  it('an anniversary is reminded 3 days ahead, rolled once handled, and gone when removed', async () => {
    const c = await add('기념일');
    const d = await t.b.invoke('dates.add', { contactId: c.id, label: '결혼기념일', date: '2015-03-15', kind: 'anniversary' });
    expect((await t.b.invoke('dates.list', { contactId: c.id })).items).toEqual([d]);
    const [f] = open(c.id, 'date');
    expect(f).toMatchObject({ due_date: '2026-03-12' });
    expect((await t.b.invoke('followups.list', { contactId: c.id })).items.find((x) => x.kind === 'date')!.reason)
      .toBe('결혼기념일 on Mar 15 — send a gift coupon (in person)');
    t.clock.set('2026-03-12T02:00:00.000Z');
    await t.b.invoke('touches.log', { contactId: c.id, kind: 'gift', followUpId: f!.id });
    expect(open(c.id, 'date').map((x) => x.due_date)).toEqual(['2027-03-12']);
    await t.b.invoke('dates.remove', { id: d.id });
    expect(open(c.id, 'date')).toEqual([]);
    expect((await t.b.invoke('dates.list', { contactId: c.id })).items).toEqual([]);
  });
});

describe('referrals', () => {
  it('proposes an ask after a won deal, records the ask, then is quiet for 90 days', async () => {
    const c = await add('소개자');
    await t.b.invoke('deals.add', { contactId: c.id, title: '종신', status: 'won', signedOn: '2026-03-02' });
    const [ask] = open(c.id, 'referral-ask');
    expect(ask).toMatchObject({ due_date: '2026-03-03' });
    const r = await t.b.invoke('referrals.ask', { contactId: c.id });
    expect(r.completed?.id).toBe(ask!.id);
    expect(open(c.id, 'referral-ask')).toEqual([]);
    expect((await t.b.invoke('referrals.list', { contactId: c.id })).eligibility).toMatchObject({ eligible: false, why: { params: { block: 'asked-recently' } } });
  });

  it('records who referred whom, fills the pending ask, credits the referrer, and suggests loyal', async () => {
    const a = await add('추천인', { stage: 'active' });
    const b = await add('피추천인');
    await t.b.invoke('referrals.ask', { contactId: a.id });
    const r = await t.b.invoke('referrals.record', { referrerId: a.id, referredId: b.id });
    expect(r.referred.id).toBe(b.id);
    expect(r.referral).toMatchObject({ referrerId: a.id, referredId: b.id, outcome: 'received' });
    expect(r.credit).toEqual({ referred: 1, won: 0 });
    await t.b.invoke('deals.add', { contactId: b.id, title: '연금', status: 'won' });
    const list = await t.b.invoke('referrals.list', { contactId: a.id });
    expect(list.referred).toEqual([{ id: b.id, name: '피추천인', stage: 'new', won: true }]);
    expect(list.credit).toEqual({ referred: 1, won: 1 });
    expect(list.asks).toHaveLength(1);
    expect((await t.b.invoke('referrals.list', { contactId: b.id })).referredBy).toEqual({ id: a.id, name: '추천인', stage: 'active' });
    const s = await t.b.invoke('suggestions.list', {});
    expect(s.items.find((i) => i.contactId === a.id)).toMatchObject({ from: 'active', to: 'loyal', reason: 'Active → Loyal: referred someone' });
    await expectAppError(t.b.invoke('referrals.record', { referrerId: a.id, referredId: a.id }), 'invalid-input');
  });

  it('no ask for prospects, or after the 30 warm days', async () => {
    const p = await add('잠재');
    await t.b.invoke('touches.log', { contactId: p.id, kind: 'meeting', outcome: 'positive' });
    expect(open(p.id, 'referral-ask')).toEqual([]);
    const c = await add('따뜻함', { stage: 'active' });
    await t.b.invoke('touches.log', { contactId: c.id, kind: 'meeting', outcome: 'positive' });
    expect(open(c.id, 'referral-ask').map((f) => f.due_date)).toEqual(['2026-03-03']);
    t.clock.set('2026-04-02T01:00:00.000Z');
    await t.b.invoke('today.get', {});
    expect(open(c.id, 'referral-ask')).toEqual([]);
  });
});

describe('lifecycle suggestions', () => {
  it('are paged in name order: cursor, limit, total and nextCursor', async () => {
    for (const name of ['다섯', '가나', '라마', '나다', '마바']) {
      const c = await add(name);
      await t.b.invoke('deals.add', { contactId: c.id, title: '보험', status: 'won', signedOn: '2026-03-02' });
    }
    t.clock.set('2026-06-01T01:00:00.000Z');
    const first = await t.b.invoke('suggestions.list', { limit: 2 });
    const second = await t.b.invoke('suggestions.list', { cursor: first.nextCursor!, limit: 2 });
    const last = await t.b.invoke('suggestions.list', { cursor: second.nextCursor!, limit: 2 });
    expect([first, second, last].map((p) => [p.total, p.nextCursor, p.items.length])).toEqual([[5, 2, 2], [5, 4, 2], [5, null, 1]]);
    expect([...first.items, ...second.items, ...last.items].map((i) => i.name)).toEqual(['가나', '나다', '다섯', '라마', '마바']);
    expect((await t.b.invoke('suggestions.list', {})).items.map((i) => i.name)).toEqual(['가나', '나다', '다섯', '라마', '마바']);
    expect(await t.b.invoke('suggestions.list', { cursor: 10 })).toMatchObject({ items: [], total: 5, nextCursor: null });
  });

  it('new → active after 90 days; accept records the rule and reason; dismiss hides it', async () => {
    const c = await add('신규고객');
    await t.b.invoke('deals.add', { contactId: c.id, title: '보험', status: 'won', signedOn: '2026-03-02' });
    expect((await t.b.invoke('suggestions.list', { date: '2026-05-30' })).items).toEqual([]);
    t.clock.set('2026-06-01T01:00:00.000Z');
    const s = await t.b.invoke('suggestions.list', {});
    expect(s.items).toEqual([expect.objectContaining({ contactId: c.id, from: 'new', to: 'active', reason: 'New → Active: customer for 91 days since the first contract' })]);
    await t.b.invoke('suggestions.dismiss', { contactId: c.id, to: 'active' });
    expect((await t.b.invoke('suggestions.list', {})).items).toEqual([]);
    await expectAppError(t.b.invoke('suggestions.accept', { contactId: c.id, to: 'loyal' }), 'conflict');
    const after = await t.b.invoke('suggestions.accept', { contactId: c.id, to: 'active' });
    expect(after.stage).toBe('active');
    expect((await t.b.invoke('contacts.get', { id: c.id })).stageHistory[0]).toMatchObject({ by: 'rule', to: 'active', reason: expect.stringContaining('91 days') });
  });

  it('autoApplyLifecycle applies suggestions in the daily pass', async () => {
    const c = await add('조용한사람', { stage: 'active' });
    await t.b.invoke('settings.update', { autoApplyLifecycle: true });
    t.clock.set('2027-03-03T01:00:00.000Z');
    await t.b.invoke('today.get', {});
    const d = await t.b.invoke('contacts.get', { id: c.id });
    expect(d.contact.stage).toBe('dormant');
    expect(d.stageHistory[0]).toMatchObject({ by: 'rule', reason: 'Active → Dormant: no contact for 366 days' });
  });
});

describe('snooze and skip', () => {
  it('snooze moves a follow-up (a date means 09:00; a night time moves to 09:00) and rules keep it there', async () => {
    const c = await add('미루기');
    const f = c.nextFollowUp!;
    const s = await t.b.invoke('followups.snooze', { id: f.id, until: '2026-03-20' });
    expect(s).toMatchObject({ dueAt: '2026-03-20T00:00:00.000Z', snoozedUntil: '2026-03-20T00:00:00.000Z', status: 'open' });
    await t.b.invoke('contacts.update', { id: c.id, draft: { name: '미루기2' } });
    expect(open(c.id, 'check-in')[0]!.due_at).toBe('2026-03-20T00:00:00.000Z');
    const night = await t.b.invoke('followups.snooze', { id: f.id, until: '2026-03-21T14:00:00.000Z' }); // 23:00 Seoul
    expect(night.dueAt).toBe('2026-03-22T00:00:00.000Z');
    await expectAppError(t.b.invoke('followups.snooze', { id: f.id, until: '2026-03-01' }), 'invalid-input');
  });

  it('undo of a snooze makes an overdue follow-up overdue again, and Today counts it there', async () => {
    const c = await add('되미루기');
    const f = c.nextFollowUp!;
    t.clock.advanceDays(20); // the check-in (due 16 March) is overdue
    const before = await t.b.invoke('today.get', {});
    expect(before.items.some((i) => i.followUpId === f.id)).toBe(true);
    const snoozed = await t.b.invoke('followups.snooze', { id: f.id, until: '2026-03-30' });
    expect((await t.b.invoke('today.get', {})).counts.overdue).toBe(before.counts.overdue - 1);
    const back = await t.b.invoke('followups.unsnooze', { id: f.id, dueAt: f.dueAt });
    expect(back).toMatchObject({ dueAt: f.dueAt, dueDate: f.dueDate, status: 'open', snoozedUntil: null });
    expect((await t.b.invoke('today.get', {})).counts).toEqual(before.counts);
    expect(rows<{ next_due_at: string }>(t.db, 'SELECT next_due_at FROM contacts WHERE id = ?', c.id)[0]!.next_due_at).toBe(f.dueAt);
    // Undo of a reschedule to an earlier day moves it later again; a closed follow-up stays closed.
    await t.b.invoke('followups.unsnooze', { id: f.id, dueAt: snoozed.dueAt });
    expect(open(c.id, 'check-in')[0]!.due_at).toBe(snoozed.dueAt);
    await t.b.invoke('followups.skip', { id: f.id });
    await expectAppError(t.b.invoke('followups.unsnooze', { id: f.id, dueAt: f.dueAt }), 'conflict');
  });

  it('skip keeps the record and the cadence continues from the last real touch', async () => {
    const c = await add('건너뛰기');
    const r = await t.b.invoke('followups.skip', { id: c.nextFollowUp!.id });
    expect(r.skipped.status).toBe('skipped');
    expect(r.next).toMatchObject({ dueDate: '2026-03-30', why: { params: { days: 28, since: 'added' } } });
    const all = await t.b.invoke('followups.list', { contactId: c.id, all: true });
    expect(all.items.map((i) => i.status).sort()).toEqual(['open', 'skipped']);
    expect((await t.b.invoke('followups.list', { contactId: c.id })).items).toHaveLength(1);
    await expectAppError(t.b.invoke('followups.skip', { id: c.nextFollowUp!.id }), 'conflict');
  });

  it('undo of a skip opens the follow-up again and withdraws the check-in the skip had made', async () => {
    const c = await add('되돌리기', { birthday: '--03-05' });
    const checkIn = open(c.id, 'check-in')[0]!;
    const r = await t.b.invoke('followups.skip', { id: checkIn.id });
    expect(r.next?.dueAt).not.toBe(checkIn.due_at);
    const back = await t.b.invoke('followups.unskip', { id: checkIn.id });
    expect(back).toMatchObject({ id: checkIn.id, status: 'open', dueAt: checkIn.due_at });
    expect(open(c.id, 'check-in').map((f) => f.id)).toEqual([checkIn.id]);
    const all = await t.b.invoke('followups.list', { contactId: c.id, all: true });
    expect(all.items.find((f) => f.id === r.next!.id)?.status).toBe('skipped');
    await expectAppError(t.b.invoke('followups.unskip', { id: checkIn.id }), 'conflict');
    // A rule reminder (the birthday) comes back under its own key.
    const birthday = open(c.id, 'birthday')[0]!;
    await t.b.invoke('followups.skip', { id: birthday.id });
    expect(open(c.id, 'birthday').map((f) => f.id)).not.toContain(birthday.id);
    await t.b.invoke('followups.unskip', { id: birthday.id });
    expect(open(c.id, 'birthday').map((f) => f.id)).toEqual([birthday.id]);
  });
});

describe('one visit per person and day; calendar', () => {
  it('merges follow-ups of one person on one day into one Today item with every reason', async () => {
    const c = await add('겹침', { birthday: '--03-19' }); // birthday reminder 03-16 = check-in day
    const today = await t.b.invoke('today.get', { date: '2026-03-16', days: 0 });
    const mine = today.items.filter((i) => i.contactId === c.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.kind).toBe('birthday');
    expect(mine[0]!.also?.map((a) => a.kind)).toEqual(['check-in']);
  });

  it('exports open follow-ups as RFC 5545 with stable UIDs', async () => {
    const c = await add('달력');
    const a = await t.b.invoke('calendar.ics', { days: 30 });
    expect(a.count).toBe(1);
    expect(a.ics).toContain(`UID:${c.nextFollowUp!.id}@inyeon\r\n`);
    expect(a.ics).toContain('DTSTART:20260316T000000Z\r\n');
    const b = await t.b.invoke('calendar.ics', { days: 30 });
    expect(b.ics.match(/UID:.*/g)).toEqual(a.ics.match(/UID:.*/g));
    expect((await t.b.invoke('calendar.ics', { days: 7 })).count).toBe(0);
  });
});
