// Duplicates across the book (issue 5): exact pairs by mobile or e-mail, suggested pairs by
// similar names at one company, merge keeping everything, undo of a merge, "not the same person".
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectAppError, openTestBackend, isSearchIndexTable, rows, searchIndexContent, tableNames, type TestBackend } from '../support/backend.js';

let t: TestBackend;
beforeEach(async () => { t = await openTestBackend('2026-03-02T01:00:00.000Z'); });
afterEach(() => t.close());

function snapshot() {
  return Object.fromEntries([
    ...tableNames(t.db).filter((n) => !isSearchIndexTable(n) && !['merges', 'undo_log'].includes(n)).map((n) => [n, rows(t.db, `SELECT * FROM "${n}" ORDER BY 1, 2`)]),
    ['search', searchIndexContent(t.db)],
  ]);
}

describe('duplicates', () => {
  it('lists exact pairs first, then similar names at the same company; dismissed pairs stay away', async () => {
    const kim = await t.b.invoke('contacts.add', { name: '김철수', company: '한빛생명', points: [{ kind: 'mobile', value: '010-1234-5678' }] });
    const kimEn = await t.b.invoke('contacts.add', { name: 'Kim Chulsoo', points: [{ kind: 'mobile', value: '+82 10 1234 5678' }] });
    const lee = await t.b.invoke('contacts.add', { name: '이영희', company: '인연 상사' });
    const lee2 = await t.b.invoke('contacts.add', { name: '이영희 ', company: '인연상사', points: [{ kind: 'email', value: 'lee@in.kr' }] });
    await t.b.invoke('contacts.add', { name: '박민수', company: '인연상사' });
    const l = await t.b.invoke('duplicates.list', {});
    expect(l.total).toBe(2);
    expect(l.items.map((p) => [p.kind, p.why, p.a.id, p.b.id])).toEqual([
      ['exact', ['mobile'], kim.id, kimEn.id],
      ['suggested', ['name-company'], lee.id, lee2.id],
    ]);
    expect(l.items[0]!.a).toMatchObject({ name: '김철수', phones: ['010-1234-5678'], company: '한빛생명' });
    // The company is named as written, not by the key it matched on ("인연상사" for "인연 상사").
    expect(l.items[1]!.matched).toBe('인연 상사');
    await t.b.invoke('duplicates.dismiss', { aId: lee2.id, bId: lee.id });
    expect((await t.b.invoke('duplicates.list', {})).items.map((p) => p.kind)).toEqual(['exact']);
    await expectAppError(t.b.invoke('duplicates.dismiss', { aId: lee.id, bId: lee.id }), 'invalid-input');
  });

  it('a list read again after any change to the book shows that change (the scan is kept only until a write)', async () => {
    const kim = await t.b.invoke('contacts.add', { name: '김철수', points: [{ kind: 'mobile', value: '010-1234-5678' }] });
    expect((await t.b.invoke('duplicates.list', {})).total).toBe(0);
    expect((await t.b.invoke('duplicates.list', {})).total).toBe(0);
    const twin = await t.b.invoke('contacts.add', { name: 'Kim Chulsoo', points: [{ kind: 'mobile', value: '01012345678' }] });
    expect((await t.b.invoke('duplicates.list', {})).items.map((p) => [p.a.id, p.b.id])).toEqual([[kim.id, twin.id]]);
    await t.b.invoke('contacts.delete', { id: twin.id });
    expect((await t.b.invoke('duplicates.list', {})).total).toBe(0);
  });

  it('merge keeps every point, note, tag, touch and deal, the earliest created date; undo restores both people exactly', async () => {
    const older = await t.b.invoke('contacts.add', { name: 'Kim Chulsoo', notes: 'met at expo', tags: ['expo'], points: [{ kind: 'email', value: 'KIM@example.com' }, { kind: 'mobile', value: '010-1234-5678' }] });
    t.clock.advanceDays(10);
    const keep = await t.b.invoke('contacts.add', { name: '김철수', company: '한빛생명', notes: '과장 승진', birthday: '1980-05-02', tags: ['VIP'],
      points: [{ kind: 'mobile', value: '010-1234-5678' }, { kind: 'address', value: '서울 중구' }] });
    t.clock.advanceDays(1);
    const mobileOfOlder = older.points.find((p) => p.kind === 'mobile')!.id;
    await t.b.invoke('touches.log', { contactId: older.id, kind: 'call', outcome: 'positive', verifiedPointIds: [mobileOfOlder] });
    await t.b.invoke('deals.add', { contactId: older.id, title: '종신보험', status: 'won', signedOn: '2026-03-01' });
    const before = snapshot();
    t.clock.advanceDays(1);
    const m = await t.b.invoke('duplicates.merge', { keepId: keep.id, mergeId: older.id });
    expect(m).toMatchObject({ keptId: keep.id, mergedId: older.id, undoneAt: null });
    const d = await t.b.invoke('contacts.get', { id: keep.id });
    expect(d.contact.points.map((p) => p.value).sort()).toEqual(['010-1234-5678', 'KIM@example.com', '서울 중구']);
    // The call proved the mobile on the merged record: the latest verification wins.
    expect(d.contact.points.find((p) => p.kind === 'mobile')!.verifiedVia).toBe('call');
    expect(d.contact.notes).toBe('과장 승진\n\nmet at expo');
    expect(d.contact.tags.sort()).toEqual(['VIP', 'expo']);
    expect(d.contact.createdAt).toBe(older.createdAt);
    expect(d.timeline.map((i) => i.kind)).toEqual(['call']);
    expect(d.contact.lastTouchAt).not.toBeNull();
    expect((await t.b.invoke('deals.list', { contactId: keep.id })).items.map((x) => x.title)).toEqual(['종신보험']);
    expect((await t.b.invoke('contacts.get', { id: older.id })).contact.deletedAt).not.toBeNull();
    expect(rows(t.db, `SELECT field FROM contact_history WHERE contact_id = ? AND by = 'merge'`, keep.id).map((r: any) => r.field)).toContain('merged');
    expect((await t.b.invoke('contacts.search', { q: 'kim@exa' })).items.map((i) => i.id)).toEqual([keep.id]);
    expect((await t.b.invoke('duplicates.list', {})).total).toBe(0);
    await expectAppError(t.b.invoke('duplicates.merge', { keepId: keep.id, mergeId: older.id }), 'conflict');

    await t.b.invoke('duplicates.undoMerge', { mergeId: m.mergeId });
    expect(snapshot()).toEqual(before);
    await expectAppError(t.b.invoke('duplicates.undoMerge', { mergeId: m.mergeId }), 'conflict');
  });

  it('mergeAllExact merges every exact pair and leaves suggestions', async () => {
    await t.b.invoke('contacts.add', { name: 'A', points: [{ kind: 'email', value: 'a@x.kr' }] });
    await t.b.invoke('contacts.add', { name: 'A2', points: [{ kind: 'email', value: 'A@X.KR' }, { kind: 'mobile', value: '010-9999-0000' }] });
    await t.b.invoke('contacts.add', { name: 'A3', points: [{ kind: 'mobile', value: '01099990000' }] });
    await t.b.invoke('contacts.add', { name: '정수진', company: '새봄' });
    await t.b.invoke('contacts.add', { name: '정수빈', company: '새봄' });
    const r = await t.b.invoke('duplicates.mergeAllExact', {});
    expect(r.items).toHaveLength(2);
    expect((await t.b.invoke('contacts.list', {})).total).toBe(3);
    expect((await t.b.invoke('duplicates.list', {})).items.map((p) => p.kind)).toEqual(['suggested']);
  });
});
