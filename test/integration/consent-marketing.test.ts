// Consent, marketing limits, verification follow-ups and the digest, on a real temp book
// (issue 4, second half).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash, expectAppError, openTestBackend, rows, type TestBackend } from '../support/backend.js';

let t: TestBackend;
beforeEach(async () => { t = await openTestBackend('2026-03-02T01:00:00.000Z'); }); // 10:00 Seoul
afterEach(() => t.close());

const add = (name: string, extra: Record<string, unknown> = {}) => t.b.invoke('contacts.add', {
  name, points: [{ kind: 'mobile', value: '010-1234-5678' }, { kind: 'email', value: 'kim@example.com' }], ...extra,
});

describe('consent', () => {
  it('starts with none; grant needs evidence; withdraw is recorded; history is append-only, newest first', async () => {
    const c = await add('김철수');
    const none = await t.b.invoke('consents.list', { contactId: c.id });
    expect(none.current.map((x) => [x.channel, x.marketing.state, x.nightTime.state])).toEqual([
      ['sms', 'none', 'none'], ['email', 'none', 'none'], ['phone', 'none', 'none'], ['messenger', 'none', 'none'],
    ]);
    await expectAppError(t.b.invoke('consents.grant', { contactId: c.id, channel: 'sms', evidence: '  ' }), 'invalid-input');
    const granted = await t.b.invoke('consents.grant', { contactId: c.id, channel: 'sms', evidence: 'signed form 2026-03-02' });
    expect(granted.current[0]!.marketing).toMatchObject({ state: 'granted', evidence: 'signed form 2026-03-02', since: '2026-03-02T01:00:00.000Z' });
    t.clock.advanceDays(1);
    const withdrawn = await t.b.invoke('consents.withdraw', { contactId: c.id, channel: 'sms', evidence: 'replied 거부' });
    expect(withdrawn.current[0]!.marketing.state).toBe('withdrawn');
    expect(withdrawn.history.map((h) => h.granted)).toEqual([false, true]);
    expect(rows(t.db, 'SELECT count(*) AS n FROM consents')).toEqual([{ n: 2 }]);
  });

  it('a grant expires after two years (re-consent)', async () => {
    const c = await add('이영희');
    await t.b.invoke('consents.grant', { contactId: c.id, channel: 'sms', evidence: 'form' });
    t.clock.advanceDays(731);
    expect((await t.b.invoke('consents.list', { contactId: c.id })).current[0]!.marketing.state).toBe('expired');
  });
});

describe('marketing touches', () => {
  it('a marketing SMS without consent is refused with marketing-blocked naming the reason, changing nothing; service never is', async () => {
    const c = await add('박민준');
    const before = contentHash(t.db);
    const e = await expectAppError(t.b.invoke('touches.log', { contactId: c.id, kind: 'sms', purpose: 'marketing' }), 'marketing-blocked');
    expect(e.issues).toEqual([{ path: 'purpose', message: 'no-consent' }]);
    expect(contentHash(t.db)).toBe(before);
    await t.b.invoke('touches.log', { contactId: c.id, kind: 'sms' }); // service
    expect((await t.b.invoke('marketing.check', { contactId: c.id, kind: 'meeting' })).blocks).toEqual([]); // in person
  });

  it('needs night-time consent between 21:00 and 08:00 (not for e-mail)', async () => {
    const c = await add('최서연');
    await t.b.invoke('consents.grant', { contactId: c.id, channel: 'sms', evidence: 'form' });
    const night = '2026-03-02T13:30:00.000Z'; // 22:30 Seoul
    t.clock.set('2026-03-02T14:00:00.000Z');
    expect((await t.b.invoke('marketing.check', { contactId: c.id, kind: 'sms', at: night })).blocks).toEqual(['quiet-hours']);
    expect((await t.b.invoke('marketing.check', { contactId: c.id, kind: 'email', at: night })).blocks).toEqual([]);
    await t.b.invoke('consents.grant', { contactId: c.id, channel: 'sms', purpose: 'night-time', evidence: 'form, night box ticked', at: '2026-03-02T12:00:00.000Z' });
    await t.b.invoke('touches.log', { contactId: c.id, kind: 'sms', purpose: 'marketing', occurredAt: night });
  });

  it('at most 2 marketing touches per 30 days, counting logged touches; an open complaint blocks', async () => {
    const c = await add('정우진');
    await t.b.invoke('touches.log', { contactId: c.id, kind: 'email', purpose: 'marketing' });
    t.clock.advanceDays(5);
    await t.b.invoke('touches.log', { contactId: c.id, kind: 'meeting', purpose: 'marketing' });
    t.clock.advanceDays(5);
    const e = await expectAppError(t.b.invoke('touches.log', { contactId: c.id, kind: 'email', purpose: 'marketing' }), 'marketing-blocked');
    expect(e.issues).toEqual([{ path: 'purpose', message: 'limit' }]);
    t.clock.advanceDays(21); // 31 days after the first
    await t.b.invoke('touches.log', { contactId: c.id, kind: 'email', purpose: 'marketing' });
    await t.b.invoke('touches.log', { contactId: c.id, kind: 'call', outcome: 'complaint' });
    const check = await t.b.invoke('marketing.check', { contactId: c.id, kind: 'email' });
    expect(check.blocks).toEqual(['complaint', 'limit']);
  });

  it('a birthday coupon proposes a channel the consent allows, and moves within the limit', async () => {
    const c = await add('강하은', { birthday: '--03-20' });
    const reason = () => rows<{ reason: string; due_date: string }>(t.db, `SELECT reason, due_date FROM follow_ups WHERE kind='birthday' AND status='open'`)[0];
    expect(JSON.parse(reason()!.reason).params.via).toBe('email'); // opt-out e-mail: allowed until withdrawn
    await t.b.invoke('consents.withdraw', { contactId: c.id, channel: 'email', evidence: 'unsubscribed' });
    expect(JSON.parse(reason()!.reason).params.via).toBe('in-person');
    await t.b.invoke('consents.grant', { contactId: c.id, channel: 'sms', evidence: 'form' });
    expect(JSON.parse(reason()!.reason).params.via).toBe('sms');
    expect(reason()!.due_date).toBe('2026-03-17');
    // Two logged marketing touches fill the window: the reminder waits for the first free day.
    t.clock.set('2026-02-20T01:00:00.000Z');
    await t.b.invoke('touches.log', { contactId: c.id, kind: 'gift', purpose: 'marketing', occurredAt: '2026-02-17T01:00:00.000Z' });
    await t.b.invoke('touches.log', { contactId: c.id, kind: 'visit', purpose: 'marketing', occurredAt: '2026-02-18T01:00:00.000Z' });
    expect(reason()!.due_date).toBe('2026-03-19');
  });
});

describe('verification follow-ups', () => {
  it('an obsolete 017 number → one follow-up asking for the new mobile by e-mail, closed when a touch verifies', async () => {
    const c = await t.b.invoke('contacts.add', { name: '한가람', points: [{ kind: 'mobile', value: '017-234-5678' }, { kind: 'email', value: 'han@example.com' }] });
    await t.b.invoke('today.get', {});
    const open = rows<{ id: string; reason: string; rule_key: string }>(t.db, `SELECT id, reason, rule_key FROM follow_ups WHERE kind='verification' AND status='open'`);
    expect(open).toHaveLength(1);
    expect(JSON.parse(open[0]!.reason)).toMatchObject({ code: 'verification', params: { problem: 'obsolete', prefix: '017', via: 'email', offer: 'ask-new-number' } });
    const today = await t.b.invoke('today.get', {});
    const item = today.items.find((i) => i.contactId === c.id)!;
    expect([item.reason, ...(item.also ?? []).map((a) => a.reason)].join(' | ')).toContain('Old 017 mobile number (Korea moved to 010): ask for the new mobile number by e-mail');
    const email = c.points.find((p) => p.kind === 'email')!;
    await t.b.invoke('touches.log', { contactId: c.id, kind: 'email', verifiedPointIds: [email.id] });
    expect(rows(t.db, `SELECT status FROM follow_ups WHERE id=?`, open[0]!.id)).toEqual([{ status: 'done' }]);
    t.clock.advanceDays(1);
    await t.b.invoke('today.get', {});
    expect(rows(t.db, `SELECT id FROM follow_ups WHERE kind='verification' AND status='open'`)).toEqual([]); // handled: not raised again
  });

  it('creates at most verificationsPerDay a day, oldest first; fixing the point closes it', async () => {
    await t.b.invoke('settings.update', { verificationsPerDay: 2 });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await t.b.invoke('contacts.add', { name: `구번호${i}`, points: [{ kind: 'mobile', value: `011-200-000${i}` }] })).id);
    await t.b.invoke('today.get', {});
    expect(rows(t.db, `SELECT count(*) AS n FROM follow_ups WHERE kind='verification' AND status='open'`)).toEqual([{ n: 2 }]);
    t.clock.advanceDays(1);
    await t.b.invoke('today.get', {});
    expect(rows(t.db, `SELECT count(*) AS n FROM follow_ups WHERE kind='verification' AND status='open'`)).toEqual([{ n: 4 }]);
    const first = rows<{ contact_id: string }>(t.db, `SELECT contact_id FROM follow_ups WHERE kind='verification' AND status='open' ORDER BY created_at LIMIT 1`)[0]!;
    await t.b.invoke('contacts.update', { id: first.contact_id, draft: { name: '새번호', points: [{ kind: 'mobile', value: '010-9999-0000' }] } });
    expect(rows(t.db, `SELECT status, skipped_by FROM follow_ups WHERE kind='verification' AND contact_id=?`, first.contact_id)).toEqual([{ status: 'done', skipped_by: null }]);
  });

  describe('a dead 017 mobile', () => {
    const dead = () => t.b.invoke('contacts.add', { name: '한가람', points: [{ kind: 'mobile', value: '017-234-5678' }] });
    const task = (contactId: string) => rows<{ status: string; reason: string }>(t.db, `SELECT status, reason FROM follow_ups WHERE kind='verification' AND contact_id=?`, contactId);
    const historyOf = async (contactId: string) => (await t.b.invoke('contacts.get', { id: contactId })).followUps.filter((f) => f.kind === 'verification').map((f) => [f.status, f.reason]);

    it('is answered by a new 010 mobile added in the contact form: done, saying so in ko and en, and gone from Today', async () => {
      const c = await dead();
      await t.b.invoke('today.get', {});
      expect(task(c.id).map((r) => r.status)).toEqual(['open']);
      const old = c.points[0]!;
      await t.b.invoke('contacts.update', { id: c.id, draft: { name: '한가람', points: [{ id: old.id, kind: 'mobile', value: old.value }, { kind: 'mobile', value: '010-3456-7890' }] } });
      expect(await historyOf(c.id)).toEqual([['done', 'Old 017 mobile number (Korea moved to 010): ask for the new mobile number in person — done: new mobile 010-3456-7890 added']]);
      await t.b.invoke('settings.update', { locale: 'ko' });
      expect(await historyOf(c.id)).toEqual([['done', '017 번호는 더 이상 연결되지 않음: 직접 만나서 새 휴대폰 번호 문의 — 완료: 새 휴대폰 010-3456-7890 등록']]);
      const today = await t.b.invoke('today.get', {});
      expect(today.items.filter((i) => i.kind === 'verification' || i.also?.some((a) => a.kind === 'verification'))).toEqual([]);
      t.clock.advanceDays(1);
      await t.b.invoke('today.get', {});
      expect(task(c.id).map((r) => r.status)).toEqual(['done']); // not raised again while the 010 is there
    });

    it('is answered when the dead number is removed', async () => {
      const c = await dead();
      await t.b.invoke('today.get', {});
      await t.b.invoke('contacts.update', { id: c.id, draft: { name: '한가람', points: [] } });
      expect(await historyOf(c.id)).toEqual([['done', 'Old 017 mobile number (Korea moved to 010): ask for the new mobile number in person — done: removed']]);
    });

    it('is answered by a 010 mobile merged in from an import (matched by e-mail)', async () => {
      const c = await t.b.invoke('contacts.add', { name: '한가람', points: [{ kind: 'mobile', value: '017-234-5678' }, { kind: 'email', value: 'han@example.com' }] });
      await t.b.invoke('today.get', {});
      const csv = 'Name,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value\n한가람,han@example.com,Mobile,010-3456-7890\n';
      const r = await t.b.services.imports.importFiles([{ name: 'new-numbers.csv', bytes: Buffer.from(csv, 'utf8') }]);
      expect(r).toMatchObject({ imported: 0, merged: 1 });
      expect((await historyOf(c.id)).map(([status, reason]) => [status, reason!.split(' — ')[1]])).toEqual([['done', 'done: new mobile 010-3456-7890 added']]);
    });
  });
});

describe('daily digest', () => {
  it('counts people, not follow-ups, in the user language', async () => {
    await add('오늘', { stage: 'prospect' });
    t.clock.advanceDays(14);
    const d = await t.b.invoke('digest.get', {});
    expect(d).toMatchObject({ today: 1, overdue: 0, body: '1 person to contact today, 0 overdue' });
    await t.b.invoke('settings.update', { locale: 'ko' });
    expect((await t.b.invoke('digest.get', {})).body).toBe('오늘 연락할 사람 1명, 밀린 연락 0명');
  });
});
