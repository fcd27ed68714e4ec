// Stage changes (issue 3 item 8): recorded with their reason; the check-in follows the new
// stage's cadence from the last touch; lost closes it; coming back recreates it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash, expectAppError, openTestBackend, rows, type TestBackend } from '../support/backend.js';

let t: TestBackend;
beforeEach(async () => { t = await openTestBackend('2026-03-02T01:00:00.000Z'); });
afterEach(() => t.close());

const openCheckIns = (id: string) => rows<{ id: string; due_at: string; status: string }>(t.db,
  `SELECT id, due_at, status FROM follow_ups WHERE contact_id = ? AND kind = 'check-in' AND status = 'open'`, id);
const stageRows = (id: string) => rows<{ from_stage: string | null; to_stage: string; at: string; reason: string | null; by: string }>(t.db,
  'SELECT from_stage, to_stage, at, reason, by FROM stage_changes WHERE contact_id = ? ORDER BY at, id', id);

describe('contacts.setStage', () => {
  it('records the change with its reason and reschedules from the last touch with the new interval', async () => {
    const c = await t.b.invoke('contacts.add', { name: '김철수' });
    t.clock.set('2026-03-05T03:00:00.000Z');
    await t.b.invoke('touches.log', { contactId: c.id, kind: 'meeting' }); // last touch: 5 March
    t.clock.set('2026-03-09T06:00:00.000Z');
    const moved = await t.b.invoke('contacts.setStage', { id: c.id, stage: 'new', reason: '첫 계약 체결' });

    expect(moved.stage).toBe('new');
    expect(moved.stageChangedAt).toBe('2026-03-09T06:00:00.000Z');
    expect(moved.nextFollowUp).toMatchObject({
      kind: 'check-in', dueAt: '2026-04-04T00:00:00.000Z', dueDate: '2026-04-04', // 5 March + 30
      reason: '30 days since the last meeting — new-customer check-in',
    });
    expect(openCheckIns(c.id)).toHaveLength(1);
    expect(stageRows(c.id)).toEqual([
      { from_stage: null, to_stage: 'prospect', at: '2026-03-02T01:00:00.000Z', reason: null, by: 'manual' },
      { from_stage: 'prospect', to_stage: 'new', at: '2026-03-09T06:00:00.000Z', reason: '첫 계약 체결', by: 'manual' },
    ]);
    const detail = await t.b.invoke('contacts.get', { id: c.id });
    expect(detail.stageHistory.map((s) => [s.from, s.to, s.reason])).toEqual([['prospect', 'new', '첫 계약 체결'], [null, 'prospect', null]]);
  });

  it('without any touch, the new interval counts from when the contact was added', async () => {
    const c = await t.b.invoke('contacts.add', { name: '김철수' });
    t.clock.advanceDays(3);
    const moved = await t.b.invoke('contacts.setStage', { id: c.id, stage: 'active' });
    expect(moved.nextFollowUp).toMatchObject({ dueAt: '2026-05-31T00:00:00.000Z', reason: '90 days since added — customer check-in' });
    expect(openCheckIns(c.id).map((f) => f.id)).toEqual([c.nextFollowUp!.id]); // moved, not replaced
  });

  it.each([
    ['prospect', '2026-03-16'], ['new', '2026-04-01'], ['active', '2026-05-31'], ['loyal', '2026-05-01'], ['dormant', '2026-08-29'],
  ] as const)('→ %s: due %s', async (stage, date) => {
    const c = await t.b.invoke('contacts.add', { name: '김철수', stage: stage === 'prospect' ? 'new' : 'prospect' });
    const moved = await t.b.invoke('contacts.setStage', { id: c.id, stage });
    expect(moved.nextFollowUp?.dueDate).toBe(date);
  });

  it('lost closes the open check-in; coming back recreates it from the last touch', async () => {
    const c = await t.b.invoke('contacts.add', { name: '김철수', stage: 'active' });
    t.clock.set('2026-03-04T03:00:00.000Z');
    await t.b.invoke('touches.log', { contactId: c.id, kind: 'call' });
    t.clock.set('2026-03-10T03:00:00.000Z');
    const lost = await t.b.invoke('contacts.setStage', { id: c.id, stage: 'lost', reason: '타사로 이동' });
    expect(lost.nextFollowUp).toBeNull();
    expect(openCheckIns(c.id)).toEqual([]);
    expect(rows(t.db, `SELECT status FROM follow_ups WHERE contact_id = ? ORDER BY created_at, id`, c.id).map((r) => r.status)).toEqual(['done', 'skipped']);
    expect((await t.b.invoke('today.get', { date: '2026-06-10', days: 90 })).items).toEqual([]);
    expect((await t.b.invoke('contacts.list', {})).items[0]!.nextDueAt).toBeNull();

    // Touching a lost contact schedules nothing.
    t.clock.set('2026-03-12T03:00:00.000Z');
    expect((await t.b.invoke('touches.log', { contactId: c.id, kind: 'call' })).next).toBeNull();
    expect(openCheckIns(c.id)).toEqual([]);

    t.clock.set('2026-04-01T03:00:00.000Z');
    const back = await t.b.invoke('contacts.setStage', { id: c.id, stage: 'loyal', reason: '재계약' });
    expect(back.nextFollowUp).toMatchObject({ dueAt: '2026-05-11T00:00:00.000Z', reason: '60 days since the last call — loyal-customer check-in' }); // 12 March + 60
    expect(openCheckIns(c.id)).toHaveLength(1);
    expect(stageRows(c.id).map((s) => [s.from_stage, s.to_stage, s.reason])).toEqual([
      [null, 'active', null], ['active', 'lost', '타사로 이동'], ['lost', 'loyal', '재계약'],
    ]);
  });

  it('a contact added as lost has no check-in but has its stage recorded', async () => {
    const c = await t.b.invoke('contacts.add', { name: '이탈자', stage: 'lost' });
    expect(c.nextFollowUp).toBeNull();
    expect(openCheckIns(c.id)).toEqual([]);
    expect(stageRows(c.id)).toHaveLength(1);
  });

  it('setting the same stage again records nothing', async () => {
    const c = await t.b.invoke('contacts.add', { name: '김철수' });
    const before = contentHash(t.db);
    await t.b.invoke('contacts.setStage', { id: c.id, stage: 'prospect', reason: 'again' });
    expect(contentHash(t.db)).toBe(before);
  });

  it('refuses unknown ids, unknown stages and trashed contacts, writing nothing', async () => {
    const c = await t.b.invoke('contacts.add', { name: '김철수' });
    await t.b.invoke('contacts.delete', { id: c.id });
    const before = contentHash(t.db);
    await expectAppError(t.b.invoke('contacts.setStage', { id: '01900000-0000-7000-8000-00000000dead', stage: 'new' }), 'not-found');
    await expectAppError(t.b.dispatch('contacts.setStage', { id: c.id, stage: 'customer' }), 'invalid-input');
    await expectAppError(t.b.invoke('contacts.setStage', { id: c.id, stage: 'new' }), 'conflict');
    expect(contentHash(t.db)).toBe(before);
  });
});

describe('contacts.update changing the stage', () => {
  it('records the change (no reason) and reschedules', async () => {
    const c = await t.b.invoke('contacts.add', { name: '김철수', company: '한빛생명' });
    t.clock.advanceDays(2);
    const u = await t.b.invoke('contacts.update', { id: c.id, draft: { name: '김철수', company: '한빛생명', stage: 'new' } });
    expect(u.stage).toBe('new');
    expect(u.nextFollowUp?.dueAt).toBe('2026-04-01T00:00:00.000Z');
    expect(stageRows(c.id).map((s) => [s.from_stage, s.to_stage, s.reason, s.by, s.at])).toEqual([
      [null, 'prospect', null, 'manual', '2026-03-02T01:00:00.000Z'],
      ['prospect', 'new', null, 'manual', '2026-03-04T01:00:00.000Z'],
    ]);
    expect(openCheckIns(c.id)).toHaveLength(1);
  });

  it('to lost closes the check-in', async () => {
    const c = await t.b.invoke('contacts.add', { name: '김철수' });
    const u = await t.b.invoke('contacts.update', { id: c.id, draft: { name: '김철수', stage: 'lost' } });
    expect(u.nextFollowUp).toBeNull();
    expect(openCheckIns(c.id)).toEqual([]);
  });
});
