// Saving a reviewed business card (issue 6, capture.save) and reading its images back
// (attachments.*), on a real temp SQLite file with the real card fixtures and sharp.
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CardSave } from '../../shared/contract/capture.js';
import { contentHash, expectAppError, openTestBackend, rows, type TestBackend } from '../support/backend.js';

const FRONT = readFileSync(new URL('../fixtures/cards/kim-chulsoo-front.png', import.meta.url));
const BACK = readFileSync(new URL('../fixtures/cards/kim-chulsoo-back.png', import.meta.url));
const png = (buf: Buffer, name = 'card.png') => ({ name, mime: 'image/png' as const, dataBase64: buf.toString('base64') });

// 10:00 in Seoul on 2 March 2026.
const T0 = '2026-03-02T01:00:00.000Z';
let t: TestBackend;
beforeEach(async () => { t = await openTestBackend(T0); });
afterEach(() => t.close());

const CARD: CardSave['fields'] = {
  name: '김철수', company: '(주)한빛소프트', department: '영업본부', title: '팀장',
  mobile: '010-1234-5678', phone: '02-312-4567', fax: '02-312-4568', email: 'chulsoo@hanbit.co.kr',
};
const save = (over: Partial<CardSave> = {}) => t.b.invoke('capture.save', { fields: CARD, front: png(FRONT), ocrText: '김철수\n팀장', ...over });

describe('capture.save: a new card', () => {
  it('creates a prospect from the card with every point verified today via the card', async () => {
    const r = await save();
    expect(r.created).toBe(true);
    expect(r.contact).toMatchObject({ name: '김철수', company: '(주)한빛소프트', department: '영업본부', title: '팀장', stage: 'prospect', source: 'card' });
    expect(r.contact.points.map((p) => [p.kind, p.value, p.label, p.status, p.verifiedVia, p.verifiedAt])).toEqual([
      ['mobile', '010-1234-5678', null, 'verified', 'card', T0],
      ['phone', '02-312-4567', null, 'verified', 'card', T0],
      ['phone', '02-312-4568', 'Fax', 'verified', 'card', T0],
      ['email', 'chulsoo@hanbit.co.kr', null, 'verified', 'card', T0],
    ]);
    expect(r.contact.freshness).toBe('fresh');
  });

  it('records the card exchange as a touch (event as its summary) and schedules the thank-you in Today', async () => {
    const r = await save({ event: '2026 서울 국제 보험 박람회' });
    const detail = await t.b.invoke('contacts.get', { id: r.contact.id });
    expect(detail.timeline).toHaveLength(1);
    expect(detail.timeline[0]).toMatchObject({ kind: 'card-exchange', summary: '2026 서울 국제 보험 박람회', occurredAt: T0, direction: 'inbound' });
    expect(detail.timeline[0]!.verifiedPointIds.sort()).toEqual(r.contact.points.map((p) => p.id).sort());

    expect(r.followUp).toMatchObject({ kind: 'custom', status: 'open', dueAt: '2026-03-03T01:00:00.000Z', dueDate: '2026-03-03' });
    expect(r.followUp!.reason).toBe('Card exchanged on Mar 2 at 2026 서울 국제 보험 박람회 — send a thank-you message within 1 day');
    const today = await t.b.invoke('today.get', { days: 7 });
    const mine = today.items.filter((i) => i.contactId === r.contact.id);
    expect(mine.map((i) => [i.kind, i.bucket, i.dueDate])).toEqual([['custom', 'upcoming', '2026-03-03']]);
    // The prospect check-in counts from the card exchange.
    expect(detail.followUps.find((f) => f.kind === 'check-in')).toMatchObject({ dueDate: '2026-03-16', status: 'open' });
    expect(r.contact.nextFollowUp?.kind).toBe('custom');
  });

  it('renders the thank-you in Korean for a Korean reader', async () => {
    await t.b.invoke('settings.update', { locale: 'ko' });
    const r = await save({ event: '박람회' });
    expect(r.followUp!.reason).toBe('3월 2일 박람회에서 명함 교환 — 하루 안에 감사 메시지 보내기');
  });

  it('dates the exchange on receivedOn (noon, local) and skips the thank-you for an old card', async () => {
    const recent = await save({ receivedOn: '2026-02-27' });
    const d = await t.b.invoke('contacts.get', { id: recent.contact.id });
    expect(d.timeline[0]!.occurredAt).toBe('2026-02-27T03:00:00.000Z');
    // A day after the exchange is already past: the thank-you is due now.
    expect(recent.followUp).toMatchObject({ dueAt: T0 });

    const old = await save({ fields: { ...CARD, name: '박영희', mobile: '010-9999-0000', email: null }, receivedOn: '2025-11-01' });
    expect(old.followUp).toBeNull();
    expect((await t.b.invoke('contacts.get', { id: old.contact.id })).timeline[0]!.occurredAt).toBe('2025-11-01T03:00:00.000Z');
  });

  it('keeps the card images downscaled as JPEG, front with its OCR text, back without', async () => {
    const r = await save({ back: png(BACK, 'back.png') });
    const { items } = await t.b.invoke('attachments.list', { contactId: r.contact.id });
    expect(items.map((a) => [a.kind, a.mime])).toEqual([['card-front', 'image/jpeg'], ['card-back', 'image/jpeg']]);
    const front = await t.b.invoke('attachments.get', { id: items[0]!.id });
    const bytes = Buffer.from(front.dataBase64, 'base64');
    expect(bytes.length).toBe(items[0]!.bytes);
    const meta = await sharp(bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1050, 600]);
    expect(rows(t.db, 'SELECT kind, ocr_text FROM attachments ORDER BY kind DESC')).toEqual([
      { kind: 'card-front', ocr_text: '김철수\n팀장' }, { kind: 'card-back', ocr_text: null },
    ]);
  });

  it('downscales a large photo to 1600 px on its long side and turns it upright from EXIF', async () => {
    // A 4000×2400 phone photo stored sideways (EXIF orientation 6 = rotate 90° clockwise to view).
    const photo = await sharp({ create: { width: 4000, height: 2400, channels: 3, background: '#ddeeff' } })
      .jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const r = await save({ front: { name: 'IMG_0001.jpg', mime: 'image/jpeg', dataBase64: photo.toString('base64') } });
    const [a] = (await t.b.invoke('attachments.list', { contactId: r.contact.id })).items;
    const meta = await sharp(Buffer.from((await t.b.invoke('attachments.get', { id: a!.id })).dataBase64, 'base64')).metadata();
    expect([meta.width, meta.height, meta.orientation ?? 1]).toEqual([960, 1600, 1]);
  });

  it('saves a card typed by hand, without any image', async () => {
    const r = await t.b.invoke('capture.save', { fields: { name: '이민호', email: 'minho@example.com' } });
    expect(r.contact.points.map((p) => p.verifiedVia)).toEqual(['card']);
    expect((await t.b.invoke('attachments.list', { contactId: r.contact.id })).items).toEqual([]);
  });

  it('a dead 2G number on a card is stored obsolete, not verified', async () => {
    const r = await save({ fields: { name: '옛번호', mobile: '011-234-5678' }, front: undefined });
    expect(r.contact.points[0]).toMatchObject({ status: 'obsolete', verifiedVia: null });
    expect(rows(t.db, 'SELECT verified_point_ids AS v FROM interactions')).toEqual([{ v: '[]' }]);
  });
});

describe('capture.save: bad input writes nothing', () => {
  it('names every bad field at once: a missing name, a bad phone and e-mail, a future date', async () => {
    const before = contentHash(t.db);
    const e = await expectAppError(t.b.invoke('capture.save', {
      fields: { name: '', mobile: '전화주세요', email: 'chulsoo@', fax: '02-312-4568' }, receivedOn: '2026-03-05', front: png(FRONT),
    }), 'invalid-input');
    expect(e.issues!.map((i) => i.path).sort()).toEqual(['fields.email', 'fields.mobile', 'fields.name', 'receivedOn']);
    expect(contentHash(t.db)).toBe(before);
  });

  it('refuses an image that cannot be decoded, naming which side, and writes nothing', async () => {
    const before = contentHash(t.db);
    const e = await expectAppError(save({ back: { name: 'back.png', mime: 'image/png', dataBase64: Buffer.from('not an image at all').toString('base64') } }), 'invalid-input');
    expect(e.issues).toEqual([{ path: 'back.dataBase64', message: 'is not an image that can be read' }]);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>').toString('base64');
    const e2 = await expectAppError(save({ front: { name: 'x.png', mime: 'image/png', dataBase64: svg } }), 'invalid-input');
    expect(e2.issues![0]!.path).toBe('front.dataBase64');
    expect(contentHash(t.db)).toBe(before);
  });

  it('a failure inside the transaction leaves nothing half-written', async () => {
    const before = contentHash(t.db);
    // A trashed contact cannot take a card: the conflict is found after the images were decoded.
    const victim = await t.b.invoke('contacts.add', { name: '휴지통' });
    await t.b.invoke('contacts.delete', { id: victim.id });
    const mid = contentHash(t.db);
    expect(mid).not.toBe(before);
    await expectAppError(save({ updateContactId: victim.id }), 'conflict');
    expect(contentHash(t.db)).toBe(mid);
  });
});

describe('capture.save: updating an existing contact', () => {
  it('records the job change in history, adds the new points as primary and verifies the known ones', async () => {
    const old = await t.b.invoke('contacts.add', {
      name: '김철수', company: '한빛생명', title: '과장', stage: 'active', tags: ['VIP'],
      points: [{ kind: 'mobile', value: '010-1234-5678' }, { kind: 'email', value: 'kim@hanbitlife.com' }],
    });
    t.clock.advanceDays(30);
    const r = await save({ updateContactId: old.id, fields: { ...CARD, phone: null, fax: null } });
    expect(r.created).toBe(false);
    expect(r.contact).toMatchObject({ id: old.id, name: '김철수', company: '(주)한빛소프트', title: '팀장', department: '영업본부', stage: 'active', tags: ['VIP'] });
    const now = new Date(t.clock.now()).toISOString();
    expect(r.contact.points.map((p) => [p.kind, p.value, p.primary, p.status, p.verifiedVia, p.verifiedAt])).toEqual([
      ['mobile', '010-1234-5678', true, 'verified', 'card', now], // the same mobile: verified by the card today
      ['email', 'kim@hanbitlife.com', false, 'unverified', null, null], // the old work e-mail is kept
      ['email', 'chulsoo@hanbit.co.kr', true, 'verified', 'card', now], // the new one leads
    ]);
    const history = rows<{ field: string; old_value: string | null; new_value: string | null; by: string }>(t.db,
      'SELECT field, old_value, new_value, by FROM contact_history WHERE contact_id = ? ORDER BY field', old.id);
    expect(history).toEqual([
      { field: 'company', old_value: '한빛생명', new_value: '(주)한빛소프트', by: 'card' },
      { field: 'department', old_value: null, new_value: '영업본부', by: 'card' },
      { field: 'point.email', old_value: null, new_value: 'chulsoo@hanbit.co.kr', by: 'card' },
      { field: 'title', old_value: '과장', new_value: '팀장', by: 'card' },
    ]);
    // The new company is searchable, the old one is history.
    expect((await t.b.invoke('contacts.search', { q: '한빛소프트' })).items.map((c) => c.id)).toEqual([old.id]);
    expect((await t.b.invoke('contacts.search', { q: '한빛생명' })).items).toEqual([]);
  });

  it('an empty card field keeps what the contact has (a card never erases)', async () => {
    const old = await t.b.invoke('contacts.add', { name: '김철수', company: '한빛생명', title: '과장' });
    const r = await t.b.invoke('capture.save', { updateContactId: old.id, fields: { name: null, company: null, title: '부장' } });
    expect(r.contact).toMatchObject({ name: '김철수', company: '한빛생명', title: '부장' });
  });

  it('the card exchange is a touch: a later check-in, and the last touch it set', async () => {
    const old = await t.b.invoke('contacts.add', { name: '김철수', points: [{ kind: 'mobile', value: '010-1234-5678' }] });
    t.clock.advanceDays(10);
    const r = await save({ updateContactId: old.id, fields: { name: '김철수', mobile: '010-1234-5678' }, front: undefined });
    expect(r.contact.lastTouchAt).toBe(new Date(t.clock.now()).toISOString());
    const checkIn = (await t.b.invoke('contacts.get', { id: old.id })).followUps.find((f) => f.kind === 'check-in' && f.status === 'open');
    expect(checkIn?.dueDate).toBe('2026-03-26');
  });
});

describe('attachments', () => {
  it('are listed per contact (never another contact\'s) and go with the contact when it is purged', async () => {
    const a = await save();
    const b = await save({ fields: { ...CARD, name: '박영희', mobile: '010-2222-3333', email: 'park@example.com' }, front: png(BACK) });
    expect((await t.b.invoke('attachments.list', { contactId: a.contact.id })).items).toHaveLength(1);
    const [bf] = (await t.b.invoke('attachments.list', { contactId: b.contact.id })).items;
    expect(bf).toMatchObject({ contactId: b.contact.id, kind: 'card-front' });
    await t.b.invoke('contacts.delete', { id: b.contact.id });
    await t.b.invoke('contacts.purge', { id: b.contact.id });
    await expectAppError(t.b.invoke('attachments.get', { id: bf!.id }), 'not-found');
    expect(rows(t.db, 'SELECT count(*) AS n FROM attachments')).toEqual([{ n: 1 }]);
  });
});
