// Bad input to every contract method (issue 3, Tests): wrong types, missing fields, extra-long
// strings and malformed ids give a typed AppError ('invalid-input' with field paths, or
// 'not-found' for well-formed unknown ids) and change nothing in the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHODS, type Method } from '../../shared/contract/index.js';
import { UNKNOWN_ID, contentHash, expectAppError, openTestBackend, type TestBackend } from '../support/backend.js';

let t: TestBackend;
let contactId = '';
let pointId = '';
let followUpId = '';
beforeAll(async () => {
  t = await openTestBackend('2026-03-02T01:00:00.000Z');
  const c = await t.b.invoke('contacts.add', {
    name: '김철수', company: '한빛생명', tags: ['VIP'],
    points: [{ kind: 'mobile', value: '010-1234-5678' }, { kind: 'email', value: 'kim@hanbit.co.kr' }],
  });
  contactId = c.id;
  pointId = c.points[0]!.id;
  followUpId = c.nextFollowUp!.id;
  t.clock.advanceDays(1);
  await t.b.invoke('touches.log', { contactId, kind: 'call', verifiedPointIds: [pointId] });
  const trashed = await t.b.invoke('contacts.add', { name: '휴지통' });
  await t.b.invoke('contacts.delete', { id: trashed.id });
});
afterAll(() => t.close());

const LONG = (n: number) => 'ㄱ'.repeat(n);
const NOT_AN_ID = ['', 'x', '12345', 'not-a-uuid-at-all-0000-000000000000', `${UNKNOWN_ID}0`, 42, null, {}];
// Inputs that are not even objects: every method refuses them.
const NOT_OBJECTS: unknown[] = ['a string', 42, true, [], [{}]];

/** Bad params per method; a method missing here fails the completeness test below. */
const BAD: Record<Method, () => unknown[]> = {
  'contacts.add': () => [
    {}, { name: '' }, { name: '   ' }, { name: 42 }, { name: LONG(201) },
    { name: 'x', stage: 'customer' }, { name: 'x', source: 'web' }, { name: 'x', company: LONG(201) }, { name: 'x', notes: LONG(100_001) },
    { name: 'x', birthday: '2023-02-29' }, { name: 'x', birthday: '--13-01' }, { name: 'x', birthday: 19800502 },
    { name: 'x', tags: 'VIP' }, { name: 'x', tags: [''] }, { name: 'x', tags: [LONG(51)] }, { name: 'x', tags: Array.from({ length: 51 }, (_, i) => `t${i}`) },
    { name: 'x', points: {} }, { name: 'x', points: [{ kind: 'fax', value: '1' }] }, { name: 'x', points: [{ kind: 'mobile' }] },
    { name: 'x', points: [{ kind: 'mobile', value: LONG(501) }] }, { name: 'x', points: Array(51).fill({ kind: 'email', value: 'a@b.co' }) },
    { name: 'x', points: [{ kind: 'mobile', value: 'not a phone' }] }, { name: 'x', points: [{ kind: 'email', value: 'nope' }] },
    { name: 'x', points: [{ id: 'nope', kind: 'email', value: 'a@b.co' }] },
    { name: 'x', points: [{ id: UNKNOWN_ID, kind: 'email', value: 'a@b.co' }] }, // an id must be one of this contact's points
  ],
  'contacts.update': () => [
    {}, { id: contactId }, { draft: { name: 'x' } }, { id: contactId, draft: { name: '' } }, { id: contactId, draft: 'x' },
    ...NOT_AN_ID.map((id) => ({ id, draft: { name: 'x' } })),
    { id: contactId, draft: { name: LONG(201) } }, { id: contactId, draft: { name: 'x', stage: 'boss' } },
    { id: contactId, draft: { name: 'x', points: [{ kind: 'email', value: 'bad' }] } },
  ],
  'contacts.get': () => [{}, ...NOT_AN_ID.map((id) => ({ id }))],
  'contacts.list': () => [
    { limit: 0 }, { limit: 501 }, { limit: 1.5 }, { limit: '10' }, { offset: -1 }, { sort: 'random' }, { stage: 'boss' },
    { tag: '' }, { tag: LONG(51) }, { freshness: 'old' },
  ],
  'contacts.search': () => [{}, { q: 42 }, { q: LONG(201) }, { q: 'x', limit: 0 }, { q: 'x', limit: 501 }, { q: 'x', stage: 'boss' }, { q: 'x', freshness: 'x' }],
  'contacts.setStage': () => [
    {}, { id: contactId }, { id: contactId, stage: 'boss' }, { id: contactId, stage: 'new', reason: LONG(501) },
    ...NOT_AN_ID.map((id) => ({ id, stage: 'new' })),
  ],
  'contacts.delete': () => [{}, ...NOT_AN_ID.map((id) => ({ id }))],
  'contacts.restore': () => [{}, ...NOT_AN_ID.map((id) => ({ id }))],
  'contacts.trash': () => [],
  'contacts.purge': () => [{}, ...NOT_AN_ID.map((id) => ({ id }))],
  'tags.list': () => [],
  'touches.log': () => [
    {}, { contactId }, { kind: 'call' }, { contactId, kind: 'fax' }, { contactId, kind: 'call', outcome: 'great' },
    { contactId, kind: 'call', direction: 'sideways' }, { contactId, kind: 'call', summary: LONG(10_001) },
    { contactId, kind: 'call', occurredAt: 'yesterday' }, { contactId, kind: 'call', occurredAt: '2026-03-02' },
    { contactId, kind: 'call', occurredAt: '2026-03-05T00:00:00.000Z' }, // in the future
    { contactId, kind: 'call', verifiedPointIds: ['nope'] }, { contactId, kind: 'call', verifiedPointIds: pointId },
    { contactId, kind: 'call', verifiedPointIds: [UNKNOWN_ID] }, { contactId, kind: 'call', verifiedPointIds: Array(51).fill(pointId) },
    { contactId, kind: 'call', followUpId: 'nope' }, { contactId, kind: 'call', followUpId: UNKNOWN_ID },
    { contactId, kind: 'call', followUpId: pointId },
    ...NOT_AN_ID.map((id) => ({ contactId: id, kind: 'call' })),
  ],
  'today.get': () => [
    { date: '2026-02-30' }, { date: '2026-3-2' }, { date: 20260302 }, { date: '--03-02' }, { days: -1 }, { days: 91 }, { days: '7' },
    { overdueLimit: -1 }, { overdueLimit: 5001 }, { todayLimit: -1 }, { todayLimit: 5001 },
  ],
  'system.info': () => [],
  'settings.get': () => [],
  'settings.update': () => [
    { locale: 'fr' }, { locale: 1 }, { timeZone: 'Mars/Olympus' }, { timeZone: LONG(5000) }, { staleAfterDays: 0 }, { staleAfterDays: 3651 },
    { agingAfterDays: 2.5 }, { agingAfterDays: 365 }, { staleAfterDays: 100 }, { cadence: { prospect: 0 } }, { cadence: { prospect: '14' } },
    { cadence: { boss: 10 } }, { cadence: 'weekly' }, { referralAsksPerDay: -1 }, { referralAsksPerDay: 501 }, { referralAsksPerDay: 2.5 },
  ],
  'sample.load': () => [{ count: 0 }, { count: 2001 }, { count: '300' }, { count: 1.5 }],
  'sample.remove': () => [],
  'deals.add': () => [
    {}, { contactId }, { title: 'x' }, { contactId, title: '' }, { contactId, title: 'x', status: 'closed' },
    { contactId, title: 'x', amount: -1 }, { contactId, title: 'x', amount: '100' }, { contactId, title: 'x', signedOn: '2026-02-30' },
    { contactId, title: 'x', renewsOn: '--05-01' }, { contactId, title: 'x', expiresOn: 20270101 }, { contactId, title: LONG(201) },
    ...NOT_AN_ID.map((id) => ({ contactId: id, title: 'x' })),
  ],
  'deals.update': () => [{}, { id: contactId, status: 'closed' }, { id: contactId, title: '' }, { id: contactId, signedOn: '2026-13-01' }, ...NOT_AN_ID.map((id) => ({ id }))],
  'deals.list': () => [{}, ...NOT_AN_ID.map((contactId) => ({ contactId }))],
  'deals.delete': () => [{}, ...NOT_AN_ID.map((id) => ({ id }))],
  'deals.restore': () => [{}, ...NOT_AN_ID.map((id) => ({ id }))],
  'followups.list': () => [{}, { contactId, all: 'yes' }, ...NOT_AN_ID.map((id) => ({ contactId: id }))],
  'followups.snooze': () => [{}, { id: contactId }, { id: contactId, until: 'tomorrow' }, { id: contactId, until: '2026-02-30' }, ...NOT_AN_ID.map((id) => ({ id, until: '2026-04-01' }))],
  'followups.unsnooze': () => [{}, { id: followUpId }, { id: followUpId, dueAt: 'yesterday' }, { id: followUpId, dueAt: '2026-13-01T00:00:00Z' }, ...NOT_AN_ID.map((id) => ({ id, dueAt: '2026-03-01T00:00:00Z' }))],
  'followups.skip': () => [{}, ...NOT_AN_ID.map((id) => ({ id }))],
  'followups.unskip': () => [{}, ...NOT_AN_ID.map((id) => ({ id }))],
  'referrals.ask': () => [{}, { contactId, at: 'yesterday' }, ...NOT_AN_ID.map((id) => ({ contactId: id }))],
  'referrals.record': () => [{}, { referrerId: contactId }, { referredId: contactId }, ...NOT_AN_ID.map((id) => ({ referrerId: id, referredId: contactId }))],
  'referrals.list': () => [{}, ...NOT_AN_ID.map((id) => ({ contactId: id }))],
  'referrals.graph': () => [{ limit: 0 }, { limit: 201 }, { offset: -1 }, { depth: 7 }, { childLimit: '5' }],
  'suggestions.list': () => [{ date: '2026-02-30' }, { date: 20260302 }, ...NOT_AN_ID.map((contactId) => ({ contactId })), { cursor: -1 }, { limit: 0 }, { limit: 501 }, { cursor: 1.5 }],
  'suggestions.accept': () => [{}, { contactId, to: 'boss' }, { contactId }, ...NOT_AN_ID.map((id) => ({ contactId: id, to: 'active' }))],
  'suggestions.dismiss': () => [{}, { contactId, to: 'boss' }, ...NOT_AN_ID.map((id) => ({ contactId: id, to: 'active' }))],
  'calendar.ics': () => [{ days: 0 }, { days: 731 }, { days: '7' }],
  'capture.recognize': () => [
    {}, { image: {} }, { image: 'aGVsbG8=' }, { image: { name: 'a.jpg', mime: 'image/jpeg' } },
    { image: { name: '', mime: 'image/jpeg', dataBase64: 'aGVsbG8=' } }, { image: { name: LONG(256), mime: 'image/jpeg', dataBase64: 'aGVsbG8=' } },
    { image: { name: 'a.gif', mime: 'image/gif', dataBase64: 'aGVsbG8=' } }, { image: { name: 'a.jpg', mime: 'image/jpeg', dataBase64: '' } },
    { image: { name: 'a.jpg', mime: 'image/jpeg', dataBase64: 'not base64!' } }, { image: { name: 'a.jpg', mime: 'image/jpeg', dataBase64: 42 } },
  ],
  'dates.add': () => [{}, { contactId, label: '결혼기념일' }, { contactId, date: '--05-02' }, { contactId, label: '', date: '--05-02' },
    { contactId, label: 'x', date: '2026-02-30' }, { contactId, label: 'x', date: '--05-02', kind: 'wedding' }, ...NOT_AN_ID.map((id) => ({ contactId: id, label: 'x', date: '--05-02' }))],
  'dates.list': () => [{}, ...NOT_AN_ID.map((id) => ({ contactId: id }))],
  'dates.remove': () => [{}, ...NOT_AN_ID.map((id) => ({ id }))],
  'backup.create': () => [],
  'backup.list': () => [],
  'backup.preview': () => [{}, { file: '' }, { file: '   ' }, { file: 42 }, { file: 'a\u0000b' }, { file: LONG(4097) }],
  'backup.restore': () => [{}, { file: '' }, { file: 42 }, { file: null }, { file: 'a\u0000b' }],
  'export.contacts': () => [{}, { format: 'xlsx' }, { format: 'vcf', vcardVersion: '2.1' }, { format: 'csv', vcardVersion: 4 }],
  // card capture (issue 6)
  'capture.save': () => [{}, { fields: {} }, { fields: { name: LONG(501) } }, { fields: { name: 'x', email: 'nope' } },
    { fields: { name: 'x', mobile: 'call me' } }, { fields: { name: 'x', mobile: '12', email: 'a@', phone: 'x' } },
    { fields: { name: 'x' }, receivedOn: '2026-02-30' }, { fields: { name: 'x' }, receivedOn: '2027-01-01' },
    { fields: { name: 'x' }, event: LONG(201) }, { fields: { name: 'x' }, ocrText: LONG(20_001) },
    { fields: { name: 'x' }, front: { name: 'card.png', mime: 'image/png', dataBase64: 'AAAA' } }, // base64, but no image
    { fields: { name: 'x' }, front: { name: 'card.svg', mime: 'image/svg+xml', dataBase64: 'AAAA' } },
    ...NOT_AN_ID.filter((id) => id !== null).map((id) => ({ fields: { name: 'x' }, updateContactId: id }))],
  'attachments.list': () => [{}, ...NOT_AN_ID.map((id) => ({ contactId: id }))],
  'attachments.get': () => [{}, ...NOT_AN_ID.map((id) => ({ id }))],
  'capture.drafts.list': () => [],
  'capture.drafts.save': () => [{}, { fields: { name: LONG(501) } }, { fields: {}, id: 'x' }, { fields: {}, front: { name: 'a.png', mime: 'image/gif', dataBase64: 'AAAA' } }],
  'capture.drafts.remove': () => [{}, { ids: [] }, { ids: ['x'] }],
  'consents.list': () => [{}, ...NOT_AN_ID.map((id) => ({ contactId: id }))],
  'consents.grant': () => [{}, { contactId, channel: 'sms' }, { contactId, channel: 'sms', evidence: '' }, { contactId, channel: 'sms', evidence: '   ' },
    { contactId, channel: 'fax', evidence: 'form' }, { contactId, channel: 'sms', purpose: 'spam', evidence: 'form' },
    { contactId, channel: 'sms', evidence: LONG(501) }, { contactId, channel: 'sms', evidence: 'form', at: 'yesterday' },
    { contactId, channel: 'sms', evidence: 'form', at: '2099-01-01T00:00:00Z' }, ...NOT_AN_ID.map((id) => ({ contactId: id, channel: 'sms', evidence: 'form' }))],
  'consents.withdraw': () => [{}, { contactId }, { contactId, channel: 'post' }, { contactId, channel: 'email', evidence: LONG(501) },
    ...NOT_AN_ID.map((id) => ({ contactId: id, channel: 'sms' }))],
  'marketing.check': () => [{}, { contactId }, { contactId, kind: 'fax' }, { contactId, kind: 'sms', at: '10pm' }, ...NOT_AN_ID.map((id) => ({ contactId: id, kind: 'sms' }))],
  'digest.get': () => [],
  'import.preview': () => [{}, { name: 'a.csv' }, { name: '', dataBase64: 'AA==' }, { name: 'a.csv', dataBase64: 'not base64!' },
    { name: 'a.csv', dataBase64: 'AA==', mapping: { 이름: 'nickname' } }, { name: 'a.csv', dataBase64: 'AA==', mapping: 'x' }],
  'import.start': () => [{}, { previewIds: [] }, { previewIds: ['x'] }, ...NOT_AN_ID.map((id) => ({ previewIds: [id] })),
    { previewIds: [UNKNOWN_ID], mapping: { a: 'fax' } }, { previewIds: [UNKNOWN_ID], savedMappingName: '' }, { previewIds: [UNKNOWN_ID], dryRun: 'yes' }],
  'import.status': () => [{}, ...NOT_AN_ID.map((jobId) => ({ jobId }))],
  'import.cancel': () => [{}, ...NOT_AN_ID.map((jobId) => ({ jobId }))],
  'import.batches': () => [],
  'import.undo': () => [{}, ...NOT_AN_ID.map((batchId) => ({ batchId }))],
  'mappings.list': () => [],
  'mappings.save': () => [{}, { name: 'x' }, { name: '', mapping: {} }, { name: LONG(81), mapping: {} }, { name: 'x', mapping: { a: 'boss' } }],
  'mappings.delete': () => [{}, { name: '' }, { name: LONG(81) }],
  'duplicates.list': () => [{ limit: 0 }, { limit: 201 }, { cursor: -1 }, { cursor: 'x' }],
  'duplicates.merge': () => [{}, { keepId: contactId }, ...NOT_AN_ID.map((id) => ({ keepId: contactId, mergeId: id }))],
  'duplicates.undoMerge': () => [{}, ...NOT_AN_ID.map((mergeId) => ({ mergeId }))],
  'duplicates.dismiss': () => [{}, { aId: contactId }, ...NOT_AN_ID.map((id) => ({ aId: contactId, bId: id }))],
  'duplicates.mergeAllExact': () => [],
  'system.openState': () => [],
  'system.start': () => [{}, { today: null }, { today: { days: -1 } }, { today: { date: '2026-02-30' } }, { today: { overdueLimit: 5001 } }],
  'recovery.retry': () => [],
  'recovery.restoreBackup': () => [],
  'recovery.startEmpty': () => [],
  'recovery.unlock': () => [{}, { passphrase: '' }, { passphrase: 5 }],
  'security.status': () => [],
  'security.setEncryption': () => [{}, { on: 'yes' }, { on: true, passphrase: 5 }],
  'security.changePassphrase': () => [{}, { current: 'old passphrase', next: 'short', repeat: 'short' }, { current: 'a', next: 'long enough one', repeat: 'long enough two' }],
  'security.plainBackups': () => [],
  'security.protectBackups': () => [{}, { action: 'shred' }, { action: 'delete', names: [''] }],
};

/** Well-formed ids that name nothing. */
const UNKNOWN: Partial<Record<Method, unknown[]>> = {
  'contacts.update': [{ id: UNKNOWN_ID, draft: { name: 'x' } }],
  'contacts.get': [{ id: UNKNOWN_ID }],
  'contacts.setStage': [{ id: UNKNOWN_ID, stage: 'new' }],
  'contacts.delete': [{ id: UNKNOWN_ID }],
  'contacts.restore': [{ id: UNKNOWN_ID }],
  'contacts.purge': [{ id: UNKNOWN_ID }],
  'touches.log': [{ contactId: UNKNOWN_ID, kind: 'call' }],
  'deals.add': [{ contactId: UNKNOWN_ID, title: 'x' }],
  'deals.update': [{ id: UNKNOWN_ID, title: 'x' }],
  'deals.list': [{ contactId: UNKNOWN_ID }],
  'followups.list': [{ contactId: UNKNOWN_ID }],
  'followups.snooze': [{ id: UNKNOWN_ID, until: '2026-04-01' }],
  'followups.unsnooze': [{ id: UNKNOWN_ID, dueAt: '2026-03-01T00:00:00.000Z' }],
  'followups.skip': [{ id: UNKNOWN_ID }],
  'followups.unskip': [{ id: UNKNOWN_ID }],
  'referrals.ask': [{ contactId: UNKNOWN_ID }],
  'referrals.record': [{ referrerId: UNKNOWN_ID, referredId: UNKNOWN_ID.replace('dead', 'beef') }],
  'referrals.list': [{ contactId: UNKNOWN_ID }],
  'suggestions.accept': [{ contactId: UNKNOWN_ID, to: 'active' }],
  'suggestions.dismiss': [{ contactId: UNKNOWN_ID, to: 'active' }],
  'dates.add': [{ contactId: UNKNOWN_ID, label: 'x', date: '--05-02' }],
  'dates.list': [{ contactId: UNKNOWN_ID }],
  'dates.remove': [{ id: UNKNOWN_ID }],
  'backup.preview': [{ file: 'inyeon-20260101T000000000Z-manual.db' }],
  'backup.restore': [{ file: 'inyeon-20260101T000000000Z-manual.db' }],
  'capture.save': [{ fields: { name: 'x' }, updateContactId: UNKNOWN_ID }],
  'attachments.list': [{ contactId: UNKNOWN_ID }],
  'attachments.get': [{ id: UNKNOWN_ID }],
  'capture.drafts.save': [{ id: UNKNOWN_ID, fields: {} }],
  'consents.list': [{ contactId: UNKNOWN_ID }],
  'consents.grant': [{ contactId: UNKNOWN_ID, channel: 'sms', evidence: 'signed form' }],
  'consents.withdraw': [{ contactId: UNKNOWN_ID, channel: 'sms' }],
  'marketing.check': [{ contactId: UNKNOWN_ID, kind: 'sms' }],
  'import.start': [{ previewIds: [UNKNOWN_ID] }],
  'import.status': [{ jobId: UNKNOWN_ID }],
  'import.cancel': [{ jobId: UNKNOWN_ID }],
  'import.undo': [{ batchId: UNKNOWN_ID }],
  'mappings.delete': [{ name: 'no such mapping' }],
  'duplicates.merge': [{ keepId: UNKNOWN_ID, mergeId: UNKNOWN_ID.replace('dead', 'beef') }],
  'duplicates.undoMerge': [{ mergeId: UNKNOWN_ID }],
  'duplicates.dismiss': [{ aId: UNKNOWN_ID, bId: UNKNOWN_ID.replace('dead', 'beef') }],
};

describe('bad input to every contract method', () => {
  it('covers every method of the contract', () => {
    expect(Object.keys(BAD).sort()).toEqual([...METHODS].sort());
  });

  describe.each([...METHODS])('%s', (method) => {
    it('refuses malformed params with invalid-input and field paths, changing nothing', async () => {
      const before = contentHash(t.db);
      for (const params of [...NOT_OBJECTS, ...BAD[method]()]) {
        const label = `${method} ${JSON.stringify(params)?.slice(0, 120)}`;
        let err: unknown;
        try {
          await t.b.dispatch(method, params);
        } catch (e) {
          err = e;
        }
        expect(err, `${label} succeeded`).toBeDefined();
        const e = err as { code?: string; issues?: { path: string; message: string }[]; message: string };
        expect(e.code, `${label}: ${e.message}`).toBe('invalid-input');
        expect(e.issues?.length, label).toBeGreaterThan(0);
        for (const i of e.issues ?? []) {
          expect(typeof i.path, label).toBe('string');
          expect(i.message.length, label).toBeGreaterThan(0);
        }
        expect(contentHash(t.db), `${label} changed the database`).toBe(before);
      }
    });

    if (UNKNOWN[method]) {
      it('answers not-found for a well-formed unknown id, changing nothing', async () => {
        const before = contentHash(t.db);
        for (const params of UNKNOWN[method]!) await expectAppError(t.b.dispatch(method, params), 'not-found');
        expect(contentHash(t.db)).toBe(before);
      });
    }
  });

  it('names the offending field', async () => {
    const e = await expectAppError(t.b.dispatch('contacts.add', { name: '', points: [{ kind: 'fax', value: '1' }] }), 'invalid-input');
    expect(e.issues?.map((i) => i.path).sort()).toEqual(['name', 'points.0.kind']);
    const e2 = await expectAppError(t.b.dispatch('touches.log', { contactId, kind: 'call', verifiedPointIds: [pointId, 'x'] }), 'invalid-input');
    expect(e2.issues?.map((i) => i.path)).toEqual(['verifiedPointIds.1']);
    const e3 = await expectAppError(t.b.dispatch('system.info', 'x'), 'invalid-input');
    expect(e3.issues?.map((i) => i.path)).toEqual(['(input)']);
  });

  it('unknown methods → unknown-method, including prototype names', async () => {
    const before = contentHash(t.db);
    for (const m of ['contacts.drop', 'contacts', '', 'toString', '__proto__', 'constructor', 'hasOwnProperty', 'CONTACTS.ADD', ' contacts.add']) {
      await expectAppError(t.b.dispatch(m, {}), 'unknown-method');
    }
    expect(contentHash(t.db)).toBe(before);
  });

  it('extra fields are ignored, never written (no mass assignment)', async () => {
    const c = await t.b.dispatch('contacts.add', {
      name: '추가필드', id: UNKNOWN_ID, sample: true, deletedAt: '2026-01-01T00:00:00.000Z', createdAt: '2000-01-01T00:00:00.000Z',
      points: [{ kind: 'mobile', value: '010-4444-5555', status: 'verified', verifiedAt: '2026-01-01T00:00:00.000Z', verifiedVia: 'call' }],
    }) as { id: string; sample: boolean; deletedAt: string | null; createdAt: string; points: { status: string; verifiedAt: string | null }[] };
    expect(c.id).not.toBe(UNKNOWN_ID);
    expect(c.sample).toBe(false);
    expect(c.deletedAt).toBeNull();
    expect(c.createdAt).toBe('2026-03-03T01:00:00.000Z');
    expect(c.points[0]).toMatchObject({ status: 'unverified', verifiedAt: null });
    await t.b.dispatch('contacts.delete', { id: c.id });
    await t.b.dispatch('contacts.purge', { id: c.id });
  });

  it('null or missing params mean "no params" for methods that need none', async () => {
    for (const m of ['system.info', 'settings.get', 'contacts.trash', 'tags.list', 'contacts.list', 'today.get'] as const) {
      await expect(t.b.dispatch(m, undefined)).resolves.toBeDefined();
      await expect(t.b.dispatch(m, null)).resolves.toBeDefined();
    }
  });
});
