// The closed loop (DESIGN §1, §4; issue 3 item 7), exact to the minute: a contact's check-in,
// a touch that completes it and verifies a point, the next one scheduled from the stage's
// cadence, and Today's buckets around Seoul midnight.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../shared/domain/types.js';
import { contentHash, expectAppError, openTestBackend, rowCounts, rows, type TestBackend } from '../support/backend.js';

let t: TestBackend;
beforeEach(async () => { t = await openTestBackend('2026-03-02T01:00:00.000Z'); }); // 10:00 on 2 March in Seoul
afterEach(() => t.close());

const openCheckIns = (contactId: string) =>
  rows<{ id: string; due_at: string; due_date: string; status: string }>(t.db,
    `SELECT * FROM follow_ups WHERE contact_id = ? AND kind = 'check-in' AND status = 'open'`, contactId);

async function addProspect(name = '김철수'): Promise<Contact> {
  return t.b.invoke('contacts.add', {
    name, stage: 'prospect',
    points: [{ kind: 'mobile', value: '010-1234-5678' }, { kind: 'email', value: 'chulsoo@example.com' }],
  });
}

describe('adding a prospect', () => {
  it('schedules exactly one check-in: created date + 14, 09:00 Seoul, with its reason', async () => {
    const c = await addProspect();
    expect(c.nextFollowUp).toEqual({
      id: expect.any(String), kind: 'check-in', dueAt: '2026-03-16T00:00:00.000Z', dueDate: '2026-03-16',
      reason: '14 days since added — prospect check-in',
      why: { code: 'check-in', params: { stage: 'prospect', days: 14, since: 'added' } },
    });
    const open = openCheckIns(c.id);
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ id: c.nextFollowUp!.id, due_at: '2026-03-16T00:00:00.000Z', due_date: '2026-03-16' });
    expect(c.lastTouchAt).toBeNull();
    expect(c.points.map((p) => [p.kind, p.status, p.verifiedAt])).toEqual([['mobile', 'unverified', null], ['email', 'unverified', null]]);
  });

  it('late in the Seoul evening (23:30 = 14:30 UTC) counts on that Seoul date; 00:30 on the next', async () => {
    t.clock.set('2026-03-02T14:30:00.000Z');
    const late = await addProspect('늦은밤');
    expect(late.nextFollowUp?.dueAt).toBe('2026-03-16T00:00:00.000Z');
    t.clock.set('2026-03-02T15:30:00.000Z');
    const early = await addProspect('새벽');
    expect(early.nextFollowUp?.dueAt).toBe('2026-03-17T00:00:00.000Z');
  });

  it('a card exchange says so in the reason', async () => {
    const c = await t.b.invoke('contacts.add', { name: '명함씨', source: 'card', points: [{ kind: 'mobile', value: '010-1111-2222' }] });
    expect(c.nextFollowUp?.reason).toBe('14 days since the card exchange — prospect check-in');
    // A card proves the number at the moment of the exchange.
    expect(c.points[0]).toMatchObject({ status: 'verified', verifiedVia: 'card', verifiedAt: '2026-03-02T01:00:00.000Z', freshness: 'fresh' });
  });
});

describe('Today', () => {
  it('buckets a check-in as upcoming, today, then overdue on specific dates', async () => {
    const c = await addProspect();
    const on = async (date: string, days = 7) => (await t.b.invoke('today.get', { date, days }));
    expect((await on('2026-03-02')).items).toEqual([]); // 14 days out: beyond the 7-day window
    expect((await on('2026-03-08')).items).toEqual([]);
    const upcoming = await on('2026-03-09');
    expect(upcoming.items).toEqual([{
      followUpId: c.nextFollowUp!.id, contactId: c.id, name: '김철수', company: null, stage: 'prospect', kind: 'check-in',
      dueAt: '2026-03-16T00:00:00.000Z', dueDate: '2026-03-16', reason: '14 days since added — prospect check-in',
      why: { code: 'check-in', params: { stage: 'prospect', days: 14, since: 'added' } }, bucket: 'upcoming',
    }]);
    expect(upcoming.counts).toEqual({ overdue: 0, today: 0, upcoming: 1 });
    const today = await on('2026-03-16');
    expect(today.items.map((i) => i.bucket)).toEqual(['today']);
    expect(today.counts).toEqual({ overdue: 0, today: 1, upcoming: 0 });
    const overdue = await on('2026-04-30', 0);
    expect(overdue.items.map((i) => i.bucket)).toEqual(['overdue']);
    expect(overdue.counts).toEqual({ overdue: 1, today: 0, upcoming: 0 });
    expect((await on('2026-03-02', 14)).items.map((i) => i.bucket)).toEqual(['upcoming']);
  });

  it('uses the clock in Seoul time when no date is given: the day turns at 15:00 UTC', async () => {
    await addProspect();
    t.clock.set('2026-03-15T14:59:59.999Z'); // 23:59:59.999 on 15 March in Seoul
    let r = await t.b.invoke('today.get', {});
    expect(r.date).toBe('2026-03-15');
    expect(r.items.map((i) => i.bucket)).toEqual(['upcoming']);
    t.clock.set('2026-03-15T15:00:00.000Z'); // 00:00 on 16 March in Seoul
    r = await t.b.invoke('today.get', {});
    expect(r.date).toBe('2026-03-16');
    expect(r.items.map((i) => i.bucket)).toEqual(['today']);
    t.clock.set('2026-03-16T14:59:59.999Z');
    expect((await t.b.invoke('today.get', {})).items.map((i) => i.bucket)).toEqual(['today']);
    t.clock.set('2026-03-16T15:00:00.000Z');
    r = await t.b.invoke('today.get', {});
    expect(r.date).toBe('2026-03-17');
    expect(r.items.map((i) => i.bucket)).toEqual(['overdue']);
  });

  it('bounds the overdue list but counts all of it, most recently due kept', async () => {
    for (let i = 0; i < 5; i++) {
      t.clock.set(`2026-03-0${i + 1}T01:00:00.000Z`);
      await addProspect(`연체${i}`);
    }
    const r = await t.b.invoke('today.get', { date: '2026-06-01', days: 0, overdueLimit: 2 });
    expect(r.counts.overdue).toBe(5);
    expect(r.items.map((i) => i.name)).toEqual(['연체3', '연체4']);
    expect(r.items.map((i) => i.dueDate)).toEqual(['2026-03-18', '2026-03-19']);
  });

  it('bounds the upcoming list but counts all of it, earliest due kept', async () => {
    for (let i = 0; i < 5; i++) {
      t.clock.set(`2026-03-0${i + 1}T01:00:00.000Z`);
      await addProspect(`다가옴${i}`);
    }
    // Prospects added on 03-01..03-05 are due 14 days later: 03-15..03-19.
    const r = await t.b.invoke('today.get', { date: '2026-03-14', days: 7, upcomingLimit: 2 });
    expect(r.counts.upcoming).toBe(5);
    expect(r.items.map((i) => [i.name, i.bucket])).toEqual([['다가옴0', 'upcoming'], ['다가옴1', 'upcoming']]);
  });

  it('orders items by due date and lists several contacts', async () => {
    const a = await addProspect('가나다');
    t.clock.advanceDays(1);
    const b = await t.b.invoke('contacts.add', { name: '라마바', stage: 'new' });
    const r = await t.b.invoke('today.get', { date: '2026-03-16', days: 30 });
    expect(r.items.map((i) => [i.contactId, i.dueDate, i.bucket])).toEqual([
      [a.id, '2026-03-16', 'today'],
      [b.id, '2026-04-02', 'upcoming'],
    ]);
  });
});

describe('logging a touch', () => {
  it('completes the check-in, verifies the ticked point and schedules the next one from the touch date', async () => {
    const c = await addProspect();
    const checkIn = c.nextFollowUp!;
    const mobile = c.points.find((p) => p.kind === 'mobile')!;
    const email = c.points.find((p) => p.kind === 'email')!;

    t.clock.set('2026-03-20T05:00:00.000Z'); // 14:00 on 20 March in Seoul, four days overdue
    const r = await t.b.invoke('touches.log', { contactId: c.id, kind: 'call', outcome: 'positive', summary: '안부 통화', verifiedPointIds: [mobile.id] });

    expect(r.interaction).toMatchObject({
      contactId: c.id, kind: 'call', outcome: 'positive', direction: 'outbound', summary: '안부 통화',
      occurredAt: '2026-03-20T05:00:00.000Z', verifiedPointIds: [mobile.id], completedFollowUpId: checkIn.id,
    });
    expect(r.completed).toMatchObject({
      id: checkIn.id, status: 'done', completedBy: r.interaction.id, completedAt: '2026-03-20T05:00:00.000Z',
      dueAt: '2026-03-16T00:00:00.000Z',
    });
    expect(r.next).toMatchObject({
      kind: 'check-in', status: 'open', dueAt: '2026-04-03T00:00:00.000Z', dueDate: '2026-04-03',
      reason: '14 days since the last call — prospect check-in',
      why: { code: 'check-in', params: { stage: 'prospect', days: 14, since: 'touch', touch: 'call' } },
    });
    expect(r.next!.id).not.toBe(checkIn.id);

    // What is stored agrees with what was returned.
    const done = rows(t.db, 'SELECT status, completed_by, completed_at FROM follow_ups WHERE id = ?', checkIn.id);
    expect(done).toEqual([{ status: 'done', completed_by: r.interaction.id, completed_at: '2026-03-20T05:00:00.000Z' }]);
    expect(openCheckIns(c.id).map((f) => [f.id, f.due_at])).toEqual([[r.next!.id, '2026-04-03T00:00:00.000Z']]);
    expect(rows(t.db, 'SELECT completed_follow_up_id FROM interactions WHERE id = ?', r.interaction.id)).toEqual([{ completed_follow_up_id: checkIn.id }]);

    const { contact, timeline } = await t.b.invoke('contacts.get', { id: c.id });
    expect(contact.points.find((p) => p.id === mobile.id)).toMatchObject({
      status: 'verified', verifiedVia: 'call', verifiedAt: '2026-03-20T05:00:00.000Z', freshness: 'fresh',
    });
    expect(contact.points.find((p) => p.id === email.id)).toMatchObject({ status: 'unverified', verifiedAt: null, verifiedVia: null, freshness: 'unverified' });
    expect(contact.freshness).toBe('fresh');
    expect(contact.lastTouchAt).toBe('2026-03-20T05:00:00.000Z');
    expect(contact.nextFollowUp).toMatchObject({ id: r.next!.id, dueAt: '2026-04-03T00:00:00.000Z' });
    expect(timeline.map((i) => i.id)).toEqual([r.interaction.id]);

    // Today changes at once: nothing overdue any more, the next one upcoming in its window.
    expect((await t.b.invoke('today.get', {})).items).toEqual([]);
    expect((await t.b.invoke('today.get', { date: '2026-03-27' })).items.map((i) => [i.followUpId, i.bucket])).toEqual([[r.next!.id, 'upcoming']]);
  });

  it('a touch at 23:30 Seoul counts on that date, at 00:30 on the next', async () => {
    const a = await addProspect('가');
    const b = await addProspect('나');
    t.clock.set('2026-03-10T16:00:00.000Z');
    const late = await t.b.invoke('touches.log', { contactId: a.id, kind: 'sms', occurredAt: '2026-03-10T14:30:00.000Z' }); // 23:30 on 10 March
    const early = await t.b.invoke('touches.log', { contactId: b.id, kind: 'sms', occurredAt: '2026-03-10T15:30:00.000Z' }); // 00:30 on 11 March
    expect(late.next?.dueAt).toBe('2026-03-24T00:00:00.000Z');
    expect(early.next?.dueAt).toBe('2026-03-25T00:00:00.000Z');
    expect(late.next?.reason).toBe('14 days since the last SMS — prospect check-in');
  });

  it('accepts an occurredAt with an offset and stores it in UTC', async () => {
    const c = await addProspect();
    t.clock.set('2026-03-05T01:00:00.000Z');
    const r = await t.b.invoke('touches.log', { contactId: c.id, kind: 'meeting', occurredAt: '2026-03-04T23:30:00+09:00' });
    expect(r.interaction.occurredAt).toBe('2026-03-04T14:30:00.000Z');
    expect(r.next?.dueDate).toBe('2026-03-18');
  });

  it('from Today with followUpId completes exactly that follow-up', async () => {
    const a = await addProspect('가');
    const b = await addProspect('나');
    t.clock.set('2026-03-16T02:00:00.000Z');
    const today = await t.b.invoke('today.get', {});
    const item = today.items.find((i) => i.contactId === b.id)!;
    expect(item.bucket).toBe('today');
    const r = await t.b.invoke('touches.log', { contactId: b.id, kind: 'visit', followUpId: item.followUpId });
    expect(r.completed?.id).toBe(item.followUpId);
    expect(r.interaction.completedFollowUpId).toBe(item.followUpId);
    expect(r.next?.dueAt).toBe('2026-03-30T00:00:00.000Z');
    // The other contact's check-in is untouched.
    expect(openCheckIns(a.id).map((f) => f.id)).toEqual([a.nextFollowUp!.id]);
    const after = await t.b.invoke('today.get', {});
    expect(after.items.map((i) => i.contactId)).toEqual([a.id]);

    // The same follow-up cannot be completed twice.
    await expectAppError(t.b.invoke('touches.log', { contactId: b.id, kind: 'call', followUpId: item.followUpId }), 'conflict');
  });

  it('refuses a followUpId of another contact, writing nothing', async () => {
    const a = await addProspect('가');
    const b = await addProspect('나');
    const before = contentHash(t.db);
    const e = await expectAppError(t.b.invoke('touches.log', { contactId: b.id, kind: 'call', followUpId: a.nextFollowUp!.id }), 'invalid-input');
    expect(e.issues?.map((i) => i.path)).toEqual(['followUpId']);
    expect(contentHash(t.db)).toBe(before);
  });

  it('a touch logged late, before the latest one, neither moves the schedule back nor completes the check-in', async () => {
    const c = await addProspect();
    const mobile = c.points[0]!;
    t.clock.set('2026-03-10T03:00:00.000Z');
    const first = await t.b.invoke('touches.log', { contactId: c.id, kind: 'call', verifiedPointIds: [mobile.id] });
    expect(first.next?.dueAt).toBe('2026-03-24T00:00:00.000Z');

    t.clock.set('2026-03-12T03:00:00.000Z');
    const late = await t.b.invoke('touches.log', {
      contactId: c.id, kind: 'meeting', occurredAt: '2026-03-05T03:00:00.000Z', verifiedPointIds: [mobile.id],
    });
    expect(late.completed).toBeNull();
    expect(late.interaction.completedFollowUpId).toBeNull();
    expect(late.next).toMatchObject({ id: first.next!.id, dueAt: '2026-03-24T00:00:00.000Z', status: 'open', reason: '14 days since the last call — prospect check-in' });
    expect(openCheckIns(c.id).map((f) => f.id)).toEqual([first.next!.id]);

    const { contact, timeline } = await t.b.invoke('contacts.get', { id: c.id });
    expect(contact.lastTouchAt).toBe('2026-03-10T03:00:00.000Z');
    // The point keeps its newest proof (the call), not the older meeting.
    expect(contact.points[0]).toMatchObject({ verifiedAt: '2026-03-10T03:00:00.000Z', verifiedVia: 'call' });
    expect(timeline.map((i) => i.kind)).toEqual(['call', 'meeting']); // newest first
  });

  it('a note is not contact: it neither completes nor reschedules the check-in', async () => {
    const c = await addProspect();
    t.clock.set('2026-03-10T03:00:00.000Z');
    const r = await t.b.invoke('touches.log', { contactId: c.id, kind: 'note', summary: '다음 주 전화하기', verifiedPointIds: [c.points[0]!.id] });
    expect(r.completed).toBeNull();
    expect(r.next).toMatchObject({ id: c.nextFollowUp!.id, dueAt: '2026-03-16T00:00:00.000Z', reason: '14 days since added — prospect check-in' });
    const { contact, timeline } = await t.b.invoke('contacts.get', { id: c.id });
    expect(contact.lastTouchAt).toBeNull();
    expect(contact.points[0]).toMatchObject({ status: 'unverified', verifiedAt: null }); // a note proves nothing
    expect(timeline.map((i) => i.kind)).toEqual(['note']);
  });

  it('a note cannot complete a follow-up from Today (refused, nothing written)', async () => {
    const c = await addProspect();
    const before = contentHash(t.db);
    const e = await expectAppError(t.b.invoke('touches.log', { contactId: c.id, kind: 'note', followUpId: c.nextFollowUp!.id }), 'invalid-input');
    expect(e.issues?.map((i) => i.path)).toEqual(['followUpId']);
    expect(contentHash(t.db)).toBe(before);
  });

  it('every kind of real touch verifies through its own channel', async () => {
    const expected = { meeting: 'meeting', visit: 'meeting', 'card-exchange': 'card', call: 'call', sms: 'sms-reply', email: 'email-reply', messenger: 'messenger', gift: 'manual' } as const;
    for (const [kind, via] of Object.entries(expected)) {
      const c = await addProspect(`채널${kind}`);
      t.clock.advanceDays(1);
      await t.b.invoke('touches.log', { contactId: c.id, kind: kind as keyof typeof expected, verifiedPointIds: [c.points[0]!.id] });
      const p = (await t.b.invoke('contacts.get', { id: c.id })).contact.points[0]!;
      expect([kind, p.verifiedVia, p.status]).toEqual([kind, via, 'verified']);
    }
  });

  it('a future occurredAt is rejected and nothing is written', async () => {
    const c = await addProspect();
    const before = contentHash(t.db);
    for (const occurredAt of ['2026-03-03T01:00:00.000Z', '2026-03-02T01:02:00.000Z']) {
      const e = await expectAppError(t.b.invoke('touches.log', { contactId: c.id, kind: 'call', occurredAt }), 'invalid-input');
      expect(e.issues?.map((i) => i.path)).toEqual(['occurredAt']);
    }
    expect(contentHash(t.db)).toBe(before);
  });

  it("refuses another contact's point ids and writes nothing", async () => {
    const a = await addProspect('가');
    const b = await addProspect('나');
    const before = contentHash(t.db);
    const counts = rowCounts(t.db);
    const e = await expectAppError(t.b.invoke('touches.log', {
      contactId: a.id, kind: 'call', verifiedPointIds: [a.points[0]!.id, b.points[0]!.id],
    }), 'invalid-input');
    expect(e.issues?.map((i) => i.path)).toEqual(['verifiedPointIds.1']);
    expect(rowCounts(t.db).interactions).toBe(counts.interactions);
    expect(contentHash(t.db)).toBe(before);
    // And the point of b was not verified by a's touch.
    expect((await t.b.invoke('contacts.get', { id: b.id })).contact.points[0]!.verifiedAt).toBeNull();
  });

  it('refuses an unknown contact (not-found) and a trashed one (conflict), writing nothing', async () => {
    const c = await addProspect();
    await t.b.invoke('contacts.delete', { id: c.id });
    const before = contentHash(t.db);
    await expectAppError(t.b.invoke('touches.log', { contactId: '01900000-0000-7000-8000-00000000dead', kind: 'call' }), 'not-found');
    await expectAppError(t.b.invoke('touches.log', { contactId: c.id, kind: 'call' }), 'conflict');
    expect(contentHash(t.db)).toBe(before);
  });

  it('a long sequence of touches keeps exactly one open check-in, always from the latest touch', async () => {
    const c = await addProspect();
    let day = Date.parse('2026-03-02T01:00:00.000Z');
    for (let i = 0; i < 12; i++) {
      day += (3 + (i % 5)) * 86_400_000;
      t.clock.set(day);
      const r = await t.b.invoke('touches.log', { contactId: c.id, kind: i % 3 === 0 ? 'note' : 'call' });
      expect(openCheckIns(c.id)).toHaveLength(1);
      const last = rows<{ o: string }>(t.db, `SELECT max(occurred_at) AS o FROM interactions WHERE contact_id = ? AND kind <> 'note'`, c.id)[0]!.o;
      const base = last ?? c.createdAt;
      const expectDate = new Date(Date.parse(base) + 9 * 3_600_000 + 14 * 86_400_000).toISOString().slice(0, 10);
      expect(r.next?.dueDate).toBe(expectDate);
    }
    expect(rows(t.db, `SELECT count(*) AS n FROM follow_ups WHERE contact_id = ? AND status = 'done'`, c.id)).toEqual([{ n: 8 }]);
  });
});
