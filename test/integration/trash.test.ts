// Trash (issue 3 item 9): delete hides everywhere but the trash; restore brings everything
// back; purge is a second deliberate step that leaves no row and no search entry behind.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../shared/domain/types.js';
import { UNKNOWN_ID, contentHash, expectAppError, openTestBackend, rows, type TestBackend } from '../support/backend.js';

let t: TestBackend;
let c: Contact;
let other: Contact;
beforeEach(async () => {
  t = await openTestBackend('2026-03-02T01:00:00.000Z');
  other = await t.b.invoke('contacts.add', { name: '이영희', tags: ['VIP'], points: [{ kind: 'mobile', value: '010-9999-8888' }] });
  c = await t.b.invoke('contacts.add', {
    name: '김철수', company: '한빛생명', title: '과장', tags: ['VIP', '골프회'], notes: '골프 좋아함',
    points: [{ kind: 'mobile', value: '010-1234-5678' }, { kind: 'email', value: 'kim@hanbit.co.kr' }],
  });
  t.clock.set('2026-03-05T03:00:00.000Z');
  await t.b.invoke('touches.log', { contactId: c.id, kind: 'call', verifiedPointIds: [c.points[0]!.id] });
  await t.b.invoke('contacts.update', { id: c.id, draft: { name: '김철수', company: '한빛생명', title: '차장', tags: ['VIP', '골프회'], notes: '골프 좋아함',
    points: c.points.map((p) => ({ id: p.id, kind: p.kind, value: p.value })) } });
});
afterEach(() => t.close());

const ids = (r: { items: { id?: string; contactId?: string }[] }) => r.items.map((i) => i.id ?? i.contactId);
const QUERIES = ['김철수', 'ㄱㅊㅅ', '철수', '5678', '010-1234-5678', 'kim@hanbit', '한빛생명', '골프회'];

async function visibleEverywhere(expected: boolean) {
  expect(ids(await t.b.invoke('contacts.list', {})).includes(c.id)).toBe(expected);
  expect((await t.b.invoke('contacts.list', { tag: 'VIP' })).total).toBe(expected ? 2 : 1);
  for (const q of QUERIES) expect(ids(await t.b.invoke('contacts.search', { q })).includes(c.id), q).toBe(expected);
  expect(ids(await t.b.invoke('today.get', { date: '2026-03-19', days: 0 })).includes(c.id)).toBe(expected);
  expect((await t.b.invoke('tags.list', {})).items).toEqual(expected
    ? [{ name: 'VIP', count: 2 }, { name: '골프회', count: 1 }]
    : [{ name: 'VIP', count: 1 }]);
  expect((await t.b.invoke('system.info', {})).contacts).toBe(expected ? 2 : 1);
}

describe('trash', () => {
  it('delete hides the contact from list, search, Today and tag counts, and shows it in the trash', async () => {
    await visibleEverywhere(true);
    t.clock.set('2026-03-06T03:00:00.000Z');
    const r = await t.b.invoke('contacts.delete', { id: c.id });
    expect(r).toEqual({ id: c.id, deletedAt: '2026-03-06T03:00:00.000Z' });
    await visibleEverywhere(false);
    const trash = await t.b.invoke('contacts.trash', {});
    expect(trash.items.map((i) => [i.id, i.deletedAt])).toEqual([[c.id, '2026-03-06T03:00:00.000Z']]);
    // Still readable (the trash view opens it), with no next follow-up offered.
    const got = await t.b.invoke('contacts.get', { id: c.id });
    expect(got.contact.deletedAt).toBe('2026-03-06T03:00:00.000Z');
    expect(got.contact.nextFollowUp).toBeNull();
    expect(got.timeline).toHaveLength(1);
    // Nothing of it is in the search index while it is in the trash.
    const rowid = rows<{ rowid: number }>(t.db, 'SELECT rowid FROM contacts WHERE id = ?', c.id)[0]!.rowid;
    expect(rows(t.db, 'SELECT count(*) AS n FROM search_keys WHERE contact_rowid = ?', rowid)).toEqual([{ n: 0 }]);
    expect(rows(t.db, 'SELECT count(*) AS n FROM contact_fts WHERE rowid = ?', rowid)).toEqual([{ n: 0 }]);
  });

  it('restore brings everything back and reschedules', async () => {
    await t.b.invoke('contacts.delete', { id: c.id });
    t.clock.set('2026-04-01T03:00:00.000Z');
    const back = await t.b.invoke('contacts.restore', { id: c.id });
    expect(back.deletedAt).toBeNull();
    expect(back.title).toBe('차장');
    expect(back.tags).toEqual(['VIP', '골프회']);
    expect(back.points.map((p) => [p.kind, p.status])).toEqual([['mobile', 'verified'], ['email', 'unverified']]);
    // From the last touch (5 March) + 14: overdue now, and shown so.
    expect(back.nextFollowUp).toMatchObject({ dueAt: '2026-03-19T00:00:00.000Z', reason: '14 days since the last call — prospect check-in' });
    expect(rows(t.db, `SELECT count(*) AS n FROM follow_ups WHERE contact_id = ? AND status = 'open'`, c.id)).toEqual([{ n: 1 }]);
    await visibleEverywhere(true);
    expect((await t.b.invoke('today.get', {})).items.map((i) => [i.contactId, i.bucket])).toContainEqual([c.id, 'overdue']);
    expect((await t.b.invoke('contacts.trash', {})).items).toEqual([]);
  });

  it('purge only from the trash, and it removes every row and search entry of the contact', async () => {
    const before = contentHash(t.db);
    const e = await expectAppError(t.b.invoke('contacts.purge', { id: c.id }), 'conflict');
    expect(e.message).toMatch(/trash/);
    expect(contentHash(t.db)).toBe(before);

    const rowid = rows<{ rowid: number }>(t.db, 'SELECT rowid FROM contacts WHERE id = ?', c.id)[0]!.rowid;
    const perContact = ['contact_points', 'contact_history', 'stage_changes', 'interactions', 'follow_ups', 'contact_tags'];
    for (const table of perContact) expect(rows<{ n: number }>(t.db, `SELECT count(*) AS n FROM ${table} WHERE contact_id = ?`, c.id)[0]!.n, table).toBeGreaterThan(0);
    const otherCounts = Object.fromEntries(perContact.map((tb) => [tb, rows<{ n: number }>(t.db, `SELECT count(*) AS n FROM ${tb} WHERE contact_id = ?`, other.id)[0]!.n]));

    await t.b.invoke('contacts.delete', { id: c.id });
    expect(await t.b.invoke('contacts.purge', { id: c.id })).toEqual({ id: c.id });

    expect(rows(t.db, 'SELECT count(*) AS n FROM contacts WHERE id = ?', c.id)).toEqual([{ n: 0 }]);
    for (const table of perContact) expect(rows(t.db, `SELECT count(*) AS n FROM ${table} WHERE contact_id = ?`, c.id), table).toEqual([{ n: 0 }]);
    expect(rows(t.db, 'SELECT count(*) AS n FROM search_keys WHERE contact_rowid = ?', rowid)).toEqual([{ n: 0 }]);
    expect(rows(t.db, 'SELECT count(*) AS n FROM contact_fts WHERE rowid = ?', rowid)).toEqual([{ n: 0 }]);
    expect(rows(t.db, 'PRAGMA foreign_key_check')).toEqual([]);
    // The other contact is untouched.
    for (const tb of perContact) expect(rows<{ n: number }>(t.db, `SELECT count(*) AS n FROM ${tb} WHERE contact_id = ?`, other.id)[0]!.n, tb).toBe(otherCounts[tb]);
    expect(ids(await t.b.invoke('contacts.search', { q: '9888' }))).toEqual([other.id]);

    await expectAppError(t.b.invoke('contacts.get', { id: c.id }), 'not-found');
    await expectAppError(t.b.invoke('contacts.purge', { id: c.id }), 'not-found');
    await expectAppError(t.b.invoke('contacts.restore', { id: c.id }), 'not-found');
    expect((await t.b.invoke('contacts.trash', {})).items).toEqual([]);
  });

  it('a trashed contact cannot be edited, re-staged, touched or trashed again (conflict, nothing written)', async () => {
    await t.b.invoke('contacts.delete', { id: c.id });
    const before = contentHash(t.db);
    await expectAppError(t.b.invoke('contacts.update', { id: c.id, draft: { name: '김철수 수정' } }), 'conflict');
    await expectAppError(t.b.invoke('contacts.setStage', { id: c.id, stage: 'new' }), 'conflict');
    await expectAppError(t.b.invoke('touches.log', { contactId: c.id, kind: 'call' }), 'conflict');
    await expectAppError(t.b.invoke('contacts.delete', { id: c.id }), 'conflict');
    expect(contentHash(t.db)).toBe(before);
  });

  it('restoring a live contact is a conflict; unknown ids are not-found', async () => {
    const before = contentHash(t.db);
    await expectAppError(t.b.invoke('contacts.restore', { id: c.id }), 'conflict');
    for (const m of ['contacts.delete', 'contacts.restore', 'contacts.purge'] as const) {
      await expectAppError(t.b.invoke(m, { id: UNKNOWN_ID }), 'not-found');
    }
    expect(contentHash(t.db)).toBe(before);
  });

  it('the trash lists the most recently deleted first', async () => {
    t.clock.set('2026-03-06T03:00:00.000Z');
    await t.b.invoke('contacts.delete', { id: c.id });
    t.clock.set('2026-03-07T03:00:00.000Z');
    await t.b.invoke('contacts.delete', { id: other.id });
    expect(ids(await t.b.invoke('contacts.trash', {}))).toEqual([other.id, c.id]);
    expect((await t.b.invoke('contacts.list', {})).total).toBe(0);
    expect((await t.b.invoke('contacts.search', { q: '' })).items).toEqual([]);
  });
  it('a person merged into another is not in the trash (restoring would bring the duplicate back); undoing the merge brings them back live', async () => {
    const twin = await t.b.invoke('contacts.add', { name: '김철수', company: '한빛생명', points: [{ kind: 'mobile', value: '010-1234-5678' }] });
    const m = await t.b.invoke('duplicates.merge', { keepId: c.id, mergeId: twin.id });
    await t.b.invoke('contacts.delete', { id: other.id });
    expect((await t.b.invoke('contacts.trash', {})).items.map((x) => x.id)).toEqual([other.id]);
    await expectAppError(t.b.invoke('contacts.restore', { id: twin.id }), 'conflict');
    await t.b.invoke('duplicates.undoMerge', { mergeId: m.mergeId });
    expect((await t.b.invoke('contacts.trash', {})).items.map((x) => x.id)).toEqual([other.id]);
    expect((await t.b.invoke('contacts.get', { id: twin.id })).contact.deletedAt).toBeNull();
  });
});
