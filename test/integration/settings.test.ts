// Settings: cadence changes move open check-ins at once; freshness thresholds stay ordered;
// the locale changes how reasons read; the time zone moves 09:00 and the local dates.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash, expectAppError, openTestBackend, rows, type TestBackend } from '../support/backend.js';

let t: TestBackend;
beforeEach(async () => { t = await openTestBackend('2026-03-02T01:00:00.000Z'); });
afterEach(() => t.close());

const openDue = () => new Map(rows<{ name: string; due_at: string }>(t.db,
  `SELECT c.display_name AS name, f.due_at FROM follow_ups f JOIN contacts c ON c.id = f.contact_id WHERE f.status = 'open' AND f.kind = 'check-in'`)
  .map((r) => [r.name, r.due_at]));

describe('settings', () => {
  it('start from the defaults', async () => {
    expect(await t.b.invoke('settings.get', {})).toEqual({
      locale: 'en', timeZone: 'Asia/Seoul', staleAfterDays: 365, agingAfterDays: 180,
      cadence: { prospect: 14, new: 30, active: 90, loyal: 60, dormant: 180, lost: null },
      autoApplyLifecycle: false, maxMarketingPer30Days: 2, dormantAfterDays: 365,
      marketingSender: '', optOutNumber: '', digestEnabled: true, digestTime: '08:30', verificationsPerDay: 10, referralAsksPerDay: 10,
    });
  });

  it('a cadence change moves the open check-ins of that stage, and only those', async () => {
    await t.b.invoke('contacts.add', { name: '잠재1' });
    await t.b.invoke('contacts.add', { name: '잠재2' });
    const p3 = await t.b.invoke('contacts.add', { name: '잠재3' });
    await t.b.invoke('contacts.add', { name: '기존1', stage: 'active' });
    t.clock.set('2026-03-04T03:00:00.000Z');
    await t.b.invoke('touches.log', { contactId: p3.id, kind: 'call' });
    const trashed = await t.b.invoke('contacts.add', { name: '휴지통' });
    await t.b.invoke('contacts.delete', { id: trashed.id });

    const s = await t.b.invoke('settings.update', { cadence: { prospect: 7 } });
    expect(s.cadence).toEqual({ prospect: 7, new: 30, active: 90, loyal: 60, dormant: 180, lost: null });
    const due = openDue();
    expect(due.get('잠재1')).toBe('2026-03-09T00:00:00.000Z');
    expect(due.get('잠재2')).toBe('2026-03-09T00:00:00.000Z');
    expect(due.get('잠재3')).toBe('2026-03-11T00:00:00.000Z'); // from the touch on 4 March
    expect(due.get('기존1')).toBe('2026-05-31T00:00:00.000Z'); // untouched
    expect((await t.b.invoke('contacts.get', { id: p3.id })).contact.nextFollowUp?.reason).toBe('7 days since the last call — prospect check-in');
    // Trash is not rescheduled until restored; on restore it follows the new cadence.
    const restored = await t.b.invoke('contacts.restore', { id: trashed.id });
    expect(restored.nextFollowUp?.dueAt).toBe('2026-03-11T00:00:00.000Z');
  });

  it('a cadence of null stops check-ins for that stage; setting one again brings them back', async () => {
    const d = await t.b.invoke('contacts.add', { name: '휴면', stage: 'dormant' });
    await t.b.invoke('settings.update', { cadence: { dormant: null } });
    expect((await t.b.invoke('contacts.get', { id: d.id })).contact.nextFollowUp).toBeNull();
    await t.b.invoke('settings.update', { cadence: { dormant: 30 } });
    expect((await t.b.invoke('contacts.get', { id: d.id })).contact.nextFollowUp?.dueAt).toBe('2026-04-01T00:00:00.000Z');
    // And lost may be given a cadence too.
    const l = await t.b.invoke('contacts.add', { name: '이탈', stage: 'lost' });
    await t.b.invoke('settings.update', { cadence: { lost: 365 } });
    expect((await t.b.invoke('contacts.get', { id: l.id })).contact.nextFollowUp?.dueDate).toBe('2027-03-02');
  });

  it('refuses agingAfterDays ≥ staleAfterDays, changing nothing', async () => {
    await t.b.invoke('contacts.add', { name: '김철수' });
    const before = contentHash(t.db);
    let e = await expectAppError(t.b.invoke('settings.update', { agingAfterDays: 365 }), 'invalid-input');
    expect(e.issues?.map((i) => i.path)).toEqual(['agingAfterDays']);
    e = await expectAppError(t.b.invoke('settings.update', { staleAfterDays: 100 }), 'invalid-input');
    await expectAppError(t.b.invoke('settings.update', { agingAfterDays: 400, staleAfterDays: 300, cadence: { prospect: 1 } }), 'invalid-input');
    expect(contentHash(t.db)).toBe(before);
    expect((await t.b.invoke('settings.get', {})).agingAfterDays).toBe(180);
    // Both together, in order, are fine.
    const s = await t.b.invoke('settings.update', { agingAfterDays: 400, staleAfterDays: 500 });
    expect([s.agingAfterDays, s.staleAfterDays]).toEqual([400, 500]);
  });

  it('switching the locale changes how stored reasons read', async () => {
    const c = await t.b.invoke('contacts.add', { name: '김철수' });
    expect(c.nextFollowUp?.reason).toBe('14 days since added — prospect check-in');
    await t.b.invoke('settings.update', { locale: 'ko' });
    expect((await t.b.invoke('contacts.get', { id: c.id })).contact.nextFollowUp?.reason).toBe('등록 후 14일 — 잠재 고객 안부 연락');
    expect((await t.b.invoke('today.get', { date: '2026-03-16' })).items[0]?.reason).toBe('등록 후 14일 — 잠재 고객 안부 연락');
    t.clock.set('2026-03-05T03:00:00.000Z');
    const r = await t.b.invoke('touches.log', { contactId: c.id, kind: 'call' });
    expect(r.next?.reason).toBe('마지막 통화 후 14일 — 잠재 고객 안부 연락');
    expect(r.completed?.reason).toBe('등록 후 14일 — 잠재 고객 안부 연락');
    await t.b.invoke('settings.update', { locale: 'en' });
    expect((await t.b.invoke('contacts.get', { id: c.id })).followUps.map((f) => f.reason)).toEqual([
      '14 days since the last call — prospect check-in', '14 days since added — prospect check-in',
    ]);
  });

  it('changing the time zone moves open check-ins to 09:00 on the local date there', async () => {
    const c = await t.b.invoke('contacts.add', { name: 'Kim' }); // 2 March 10:00 in Seoul = 1 March 20:00 in New York
    expect(c.nextFollowUp?.dueAt).toBe('2026-03-16T00:00:00.000Z');
    await t.b.invoke('settings.update', { timeZone: 'America/New_York' });
    const moved = (await t.b.invoke('contacts.get', { id: c.id })).contact.nextFollowUp;
    expect(moved).toMatchObject({ dueDate: '2026-03-15', dueAt: '2026-03-15T13:00:00.000Z' }); // 09:00 EDT
    t.clock.set('2026-03-15T12:00:00.000Z'); // 08:00 on 15 March in New York
    const today = await t.b.invoke('today.get', {});
    expect(today.date).toBe('2026-03-15');
    expect(today.items.map((i) => i.bucket)).toEqual(['today']);
  });

  it('persist across a reopen', async () => {
    await t.b.invoke('settings.update', { locale: 'ko', timeZone: 'Europe/London', cadence: { loyal: 45 }, staleAfterDays: 400 });
    t = t.reopen();
    expect(await t.b.invoke('settings.get', {})).toEqual({
      locale: 'ko', timeZone: 'Europe/London', staleAfterDays: 400, agingAfterDays: 180,
      cadence: { prospect: 14, new: 30, active: 90, loyal: 45, dormant: 180, lost: null },
      autoApplyLifecycle: false, maxMarketingPer30Days: 2, dormantAfterDays: 365,
      marketingSender: '', optOutNumber: '', digestEnabled: true, digestTime: '08:30', verificationsPerDay: 10, referralAsksPerDay: 10,
    });
  });
});
