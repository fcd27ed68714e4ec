// Contact points: normalisation on the way in, verification kept or reset on edit (with the
// change recorded), obsolete 2G numbers, and the list's freshness filter as days pass.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../shared/domain/types.js';
import { contentHash, expectAppError, openTestBackend, rows, type TestBackend } from '../support/backend.js';

let t: TestBackend;
beforeEach(async () => { t = await openTestBackend('2026-03-02T01:00:00.000Z'); });
afterEach(() => t.close());

const T0 = '2026-03-02T01:00:00.000Z';
const DAY = 86_400_000;
const history = (id: string) => rows<{ field: string; old_value: string | null; new_value: string | null; by: string }>(t.db,
  'SELECT field, old_value, new_value, by FROM contact_history WHERE contact_id = ? ORDER BY at, id', id);
const draftOf = (c: Contact) => ({
  name: c.name, company: c.company, title: c.title, stage: c.stage, tags: c.tags,
  points: c.points.map((p) => ({ id: p.id, kind: p.kind, value: p.value, label: p.label, primary: p.primary })),
});

describe('adding points', () => {
  it('normalises phones to E.164 and e-mails to lower case, keeping the raw form', async () => {
    const c = await t.b.invoke('contacts.add', {
      name: '김철수',
      points: [
        { kind: 'mobile', value: '010 1234 5678' }, { kind: 'phone', value: '(02) 312-4567', label: '회사' },
        { kind: 'email', value: ' Chulsoo.Kim@Example.COM ' }, { kind: 'address', value: '서울시 중구 세종대로 110' },
        { kind: 'phone', value: '+1 415 555 2671' },
      ],
    });
    expect(c.points.map((p) => [p.kind, p.value, p.normalized, p.label, p.status, p.problem])).toEqual([
      ['mobile', '010 1234 5678', '+821012345678', null, 'unverified', null],
      ['phone', '(02) 312-4567', '+8223124567', '회사', 'unverified', null],
      ['email', 'Chulsoo.Kim@Example.COM', 'chulsoo.kim@example.com', null, 'unverified', null],
      ['address', '서울시 중구 세종대로 110', '서울시 중구 세종대로 110', null, 'unverified', null],
      ['phone', '+1 415 555 2671', '+14155552671', null, 'unverified', null],
    ]);
    // One primary per kind: the first of each.
    expect(c.points.map((p) => p.primary)).toEqual([true, true, true, true, false]);
  });

  it('the point marked primary wins over the first one', async () => {
    const c = await t.b.invoke('contacts.add', { name: 'x', points: [{ kind: 'mobile', value: '010-1111-2222' }, { kind: 'mobile', value: '010-3333-4444', primary: true }] });
    expect(c.points.map((p) => p.primary)).toEqual([false, true]);
    expect((await t.b.invoke('contacts.list', {})).items[0]!.primaryPhone).toBe('010-3333-4444');
  });

  it.each(['011', '016', '017', '018', '019'])('a %s number is stored obsolete, with the reason why', async (prefix) => {
    const c = await t.b.invoke('contacts.add', { name: '옛번호', source: 'card', points: [{ kind: 'mobile', value: `${prefix}-234-5678` }] });
    expect(c.points[0]).toMatchObject({
      status: 'obsolete', freshness: 'obsolete', verifiedAt: null, verifiedVia: null, // a card does not revive a dead number
      problem: { code: 'obsolete-prefix', params: { prefix } },
    });
    expect(c.freshness).toBe('obsolete');
    expect(rows(t.db, 'SELECT status FROM contact_points WHERE id = ?', c.points[0]!.id)).toEqual([{ status: 'obsolete' }]);
  });

  it('a contact with a dead and a live number is as reachable as the live one', async () => {
    const c = await t.b.invoke('contacts.add', { name: 'x', points: [{ kind: 'mobile', value: '011-234-5678' }, { kind: 'mobile', value: '010-2345-6789' }] });
    expect(c.freshness).toBe('unverified');
    t.clock.advanceDays(1);
    await t.b.invoke('touches.log', { contactId: c.id, kind: 'call', verifiedPointIds: [c.points[1]!.id] });
    expect((await t.b.invoke('contacts.get', { id: c.id })).contact.freshness).toBe('fresh');
  });

  it('a phone that parses but is not valid is kept with an invalid-phone problem', async () => {
    const c = await t.b.invoke('contacts.add', { name: 'x', points: [{ kind: 'phone', value: '02-0000-0000' }] });
    expect(c.points[0]!.problem).toEqual({ code: 'invalid-phone', params: {} });
  });

  it.each([
    [{ kind: 'mobile', value: 'call me' }, 'points.0.value'],
    [{ kind: 'mobile', value: 'abc-123' }, 'points.0.value'],
    [{ kind: 'phone', value: '010-12-34' }, 'points.0.value'],
    [{ kind: 'email', value: 'kim@' }, 'points.0.value'],
    [{ kind: 'email', value: 'not an email' }, 'points.0.value'],
  ] as const)('refuses %j at %s, writing nothing', async (pt, path) => {
    await t.b.invoke('contacts.add', { name: 'other' });
    const before = contentHash(t.db);
    const e = await expectAppError(t.b.invoke('contacts.add', { name: 'x', points: [pt] }), 'invalid-input');
    expect(e.issues?.map((i) => i.path)).toEqual([path]);
    expect(contentHash(t.db)).toBe(before);
  });
});

describe('several bad points', () => {
  it('are all reported at once, each with its path, and nothing is written', async () => {
    const before = contentHash(t.db);
    const e = await expectAppError(t.b.invoke('contacts.add', {
      name: 'x',
      points: [{ kind: 'mobile', value: 'abc' }, { kind: 'mobile', value: '010-1234-5678' }, { kind: 'email', value: 'nope' }],
    }), 'invalid-input');
    expect(e.issues?.map((i) => i.path)).toEqual(['points.0.value', 'points.2.value']);
    expect(contentHash(t.db)).toBe(before);
  });
});

describe('editing points', () => {
  async function verifiedContact() {
    const c = await t.b.invoke('contacts.add', { name: '김철수', company: '한빛생명', points: [{ kind: 'mobile', value: '010-1234-5678' }, { kind: 'email', value: 'kim@hanbit.co.kr' }] });
    t.clock.set('2026-03-05T03:00:00.000Z');
    await t.b.invoke('touches.log', { contactId: c.id, kind: 'call', verifiedPointIds: [c.points[0]!.id] });
    await t.b.invoke('touches.log', { contactId: c.id, kind: 'email', verifiedPointIds: [c.points[1]!.id] });
    t.clock.set('2026-03-10T03:00:00.000Z');
    return (await t.b.invoke('contacts.get', { id: c.id })).contact;
  }

  it('a changed value resets its verification and records the change', async () => {
    const c = await verifiedContact();
    const d = draftOf(c);
    d.points[0]!.value = '010-9999-0000';
    const u = await t.b.invoke('contacts.update', { id: c.id, draft: d });
    expect(u.points[0]).toMatchObject({ id: c.points[0]!.id, value: '010-9999-0000', normalized: '+821099990000', status: 'unverified', verifiedAt: null, verifiedVia: null });
    expect(u.points[1]).toMatchObject({ id: c.points[1]!.id, status: 'verified', verifiedAt: '2026-03-05T03:00:00.000Z', verifiedVia: 'email-reply' });
    expect(history(c.id)).toEqual([{ field: 'point.mobile', old_value: '010-1234-5678', new_value: '010-9999-0000', by: 'user' }]);
    // Search follows the new number.
    expect((await t.b.invoke('contacts.search', { q: '9999' })).items.map((i) => i.id)).toEqual([c.id]);
    expect((await t.b.invoke('contacts.search', { q: '5678' })).items).toEqual([]);
  });

  it('an unchanged point (even written differently) keeps its verification, and nothing is recorded', async () => {
    const c = await verifiedContact();
    const d = draftOf(c);
    d.points[0]!.value = '01012345678';
    d.points[1]!.value = 'KIM@HANBIT.CO.KR';
    const u = await t.b.invoke('contacts.update', { id: c.id, draft: d });
    expect(u.points.map((p) => [p.value, p.status, p.verifiedAt, p.verifiedVia])).toEqual([
      ['01012345678', 'verified', '2026-03-05T03:00:00.000Z', 'call'],
      ['KIM@HANBIT.CO.KR', 'verified', '2026-03-05T03:00:00.000Z', 'email-reply'],
    ]);
    expect(history(c.id)).toEqual([]);
  });

  it('a point left out is removed (tombstoned) and the removal recorded; a new one starts unverified', async () => {
    const c = await verifiedContact();
    const d = draftOf(c);
    d.points = [d.points[0]!, { kind: 'email', value: 'new@hanbit.co.kr' } as (typeof d.points)[number]];
    const u = await t.b.invoke('contacts.update', { id: c.id, draft: d });
    expect(u.points.map((p) => [p.value, p.status])).toEqual([['010-1234-5678', 'verified'], ['new@hanbit.co.kr', 'unverified']]);
    expect(history(c.id)).toEqual([{ field: 'point.email', old_value: 'kim@hanbit.co.kr', new_value: null, by: 'user' }]);
    expect(rows(t.db, 'SELECT deleted_at FROM contact_points WHERE id = ?', c.points[1]!.id)).toEqual([{ deleted_at: '2026-03-10T03:00:00.000Z' }]);
  });

  it('field edits are recorded field by field (a job change is kept)', async () => {
    const c = await verifiedContact();
    const d = { ...draftOf(c), company: '대성물산', title: '부장' };
    await t.b.invoke('contacts.update', { id: c.id, draft: d });
    expect(history(c.id)).toEqual([
      { field: 'company', old_value: '한빛생명', new_value: '대성물산', by: 'user' },
      { field: 'title', old_value: null, new_value: '부장', by: 'user' },
    ]);
  });

  it("a point id of another contact is refused, writing nothing", async () => {
    const a = await verifiedContact();
    const b = await t.b.invoke('contacts.add', { name: 'b', points: [{ kind: 'mobile', value: '010-5555-6666' }] });
    const before = contentHash(t.db);
    const d = draftOf(a);
    d.points[0]!.id = b.points[0]!.id;
    const e = await expectAppError(t.b.invoke('contacts.update', { id: a.id, draft: d }), 'invalid-input');
    expect(e.issues?.map((i) => i.path)).toEqual(['points.0.id']);
    expect(contentHash(t.db)).toBe(before);
  });
});

describe('freshness filter of contacts.list as days pass', () => {
  const names = async (freshness?: 'fresh' | 'aging' | 'stale' | 'unverified' | 'obsolete' | 'bad') =>
    (await t.b.invoke('contacts.list', freshness ? { freshness } : {})).items.map((i) => i.name).sort();
  const summaryFreshness = async () =>
    Object.fromEntries((await t.b.invoke('contacts.list', {})).items.map((i) => [i.name, i.freshness]));

  it('agrees with each contact\'s own freshness at 0, 179, 180, 364, 365 days', async () => {
    const v = await t.b.invoke('contacts.add', { name: '확인됨', points: [{ kind: 'mobile', value: '010-1111-1111' }, { kind: 'address', value: '서울' }] });
    await t.b.invoke('contacts.add', { name: '미확인', points: [{ kind: 'mobile', value: '010-2222-2222' }] });
    await t.b.invoke('contacts.add', { name: '번호없음', points: [{ kind: 'address', value: '부산' }] });
    await t.b.invoke('contacts.add', { name: '옛번호', points: [{ kind: 'mobile', value: '016-333-3333' }] });
    await t.b.invoke('touches.log', { contactId: v.id, kind: 'call', verifiedPointIds: [v.points[0]!.id] }); // verified at T0

    const at = async (days: number, expected: string) => {
      t.clock.set(Date.parse(T0) + days * DAY);
      expect((await summaryFreshness())['확인됨'], `day ${days}`).toBe(expected);
      for (const f of ['fresh', 'aging', 'stale'] as const) {
        expect(await names(f), `day ${days}, filter ${f}`).toEqual(f === expected ? ['확인됨'] : []);
      }
      expect(await names('unverified')).toEqual(['미확인', '번호없음']);
      expect(await names('obsolete')).toEqual(['옛번호']);
      expect(await names('bad')).toEqual([]);
    };
    await at(0, 'fresh');
    await at(179, 'fresh');
    await at(180 - 1 / 86_400_000, 'fresh'); // one millisecond before the boundary
    await at(180, 'aging');
    await at(364, 'aging');
    await at(365, 'stale');
    await at(800, 'stale');
  });

  it('follows the thresholds in settings', async () => {
    const v = await t.b.invoke('contacts.add', { name: '확인됨', points: [{ kind: 'email', value: 'a@b.co' }] });
    await t.b.invoke('touches.log', { contactId: v.id, kind: 'email', verifiedPointIds: [v.points[0]!.id] });
    t.clock.set(Date.parse(T0) + 40 * DAY);
    expect(await names('fresh')).toEqual(['확인됨']);
    await t.b.invoke('settings.update', { agingAfterDays: 30, staleAfterDays: 60 });
    expect(await names('fresh')).toEqual([]);
    expect(await names('aging')).toEqual(['확인됨']);
    t.clock.set(Date.parse(T0) + 60 * DAY);
    expect(await names('stale')).toEqual(['확인됨']);
    expect((await t.b.invoke('contacts.get', { id: v.id })).contact.points[0]!.freshness).toBe('stale');
  });

  it('search filters by freshness before the limit', async () => {
    for (const n of ['김가', '김나', '김다']) await t.b.invoke('contacts.add', { name: n, points: [{ kind: 'mobile', value: '010-1000-0000' }] });
    for (const n of ['김라', '김마']) {
      const c = await t.b.invoke('contacts.add', { name: n, points: [{ kind: 'mobile', value: '010-2000-0000' }] });
      await t.b.invoke('touches.log', { contactId: c.id, kind: 'call', verifiedPointIds: [c.points[0]!.id] });
    }
    expect((await t.b.invoke('contacts.search', { q: '김', freshness: 'fresh', limit: 2 })).items.map((i) => i.name)).toEqual(['김라', '김마']);
    expect((await t.b.invoke('contacts.search', { q: '1000', freshness: 'fresh', limit: 2 })).items).toEqual([]);
    expect((await t.b.invoke('contacts.search', { q: '2000', freshness: 'fresh', limit: 1 })).items).toHaveLength(1);
  });

  it('search applies the same freshness filter', async () => {
    const v = await t.b.invoke('contacts.add', { name: '김확인', points: [{ kind: 'mobile', value: '010-1111-1111' }] });
    await t.b.invoke('contacts.add', { name: '김미확인', points: [{ kind: 'mobile', value: '010-2222-2222' }] });
    await t.b.invoke('touches.log', { contactId: v.id, kind: 'call', verifiedPointIds: [v.points[0]!.id] });
    const s = async (freshness: 'fresh' | 'unverified' | 'aging') => (await t.b.invoke('contacts.search', { q: '김', freshness })).items.map((i) => i.name);
    expect(await s('fresh')).toEqual(['김확인']);
    expect(await s('unverified')).toEqual(['김미확인']);
    t.clock.set(Date.parse(T0) + 200 * DAY);
    expect(await s('fresh')).toEqual([]);
    expect(await s('aging')).toEqual(['김확인']);
  });
});
