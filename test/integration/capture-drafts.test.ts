// Unsaved cards (capture.drafts.*): kept in the book across a restart, images at stored size,
// updated field by field, and gone once the card is saved (same transaction) or discarded.
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_CAPTURE_DRAFTS } from '../../shared/contract/capture-drafts.js';
import { expectAppError, openTestBackend, rows, type TestBackend } from '../support/backend.js';

const FRONT = readFileSync(new URL('../fixtures/cards/kim-chulsoo-front.png', import.meta.url));
const BACK = readFileSync(new URL('../fixtures/cards/kim-chulsoo-back.png', import.meta.url));
const png = (buf: Buffer, name = 'card.png') => ({ name, mime: 'image/png' as const, dataBase64: buf.toString('base64') });
const EMPTY = { name: '', company: '', department: '', title: '', mobile: '', phone: '', fax: '', email: '', url: '', address: '' };

let t: TestBackend;
beforeEach(async () => { t = await openTestBackend('2026-03-02T01:00:00.000Z'); });
afterEach(() => t.close());

describe('capture drafts', () => {
  it('survive a restart with the fields and a stored-size JPEG of each side; later edits keep the images', async () => {
    const { id } = await t.b.invoke('capture.drafts.save', {
      name: 'kim.png', fields: { ...EMPTY, name: '김철수', mobile: '010-1234-5678' }, front: png(FRONT), back: png(BACK), ocrText: '김철수\n팀장',
    });
    t = t.reopen();
    const [d] = (await t.b.invoke('capture.drafts.list', {})).items;
    expect(d).toMatchObject({ id, name: 'kim.png', fields: { name: '김철수', mobile: '010-1234-5678' }, ocrText: '김철수\n팀장' });
    const meta = await sharp(Buffer.from(d!.front!.dataBase64, 'base64')).metadata();
    expect(meta.format).toBe('jpeg');
    expect(Math.max(meta.width!, meta.height!)).toBeLessThanOrEqual(1600);
    expect(d!.back).not.toBeNull();

    await t.b.invoke('capture.drafts.save', { id, fields: { ...EMPTY, name: '김철수', title: '팀장' }, dropBack: true });
    const [again] = (await t.b.invoke('capture.drafts.list', {})).items;
    expect(again).toMatchObject({ fields: { name: '김철수', title: '팀장', mobile: '' }, back: null });
    expect(again!.front!.dataBase64).toBe(d!.front!.dataBase64);
  });

  it('saving the card deletes its draft in the same write; discarding removes it; a bad save keeps it', async () => {
    const a = await t.b.invoke('capture.drafts.save', { fields: { ...EMPTY, name: '이영희' } });
    const b = await t.b.invoke('capture.drafts.save', { fields: { ...EMPTY, name: '박민수' } });
    await expectAppError(t.b.invoke('capture.save', { fields: { ...EMPTY, name: '이영희', email: 'not an e-mail' }, draftId: a.id }), 'invalid-input');
    expect(rows(t.db, 'SELECT count(*) AS n FROM capture_drafts')).toEqual([{ n: 2 }]);
    await t.b.invoke('capture.save', { fields: { ...EMPTY, name: '이영희' }, draftId: a.id });
    expect((await t.b.invoke('capture.drafts.list', {})).items.map((d) => d.fields.name)).toEqual(['박민수']);
    expect(await t.b.invoke('capture.drafts.remove', { ids: [b.id] })).toEqual({ removed: 1 });
    expect((await t.b.invoke('capture.drafts.list', {})).items).toEqual([]);
    await expectAppError(t.b.invoke('capture.drafts.save', { id: b.id, fields: EMPTY }), 'not-found');
  });

  it(`keep at most ${MAX_CAPTURE_DRAFTS}, dropping the oldest`, async () => {
    for (let i = 0; i <= MAX_CAPTURE_DRAFTS; i++) await t.b.invoke('capture.drafts.save', { fields: { ...EMPTY, name: `카드${i}` } });
    const names = (await t.b.invoke('capture.drafts.list', {})).items.map((d) => d.fields.name);
    expect(names).toHaveLength(MAX_CAPTURE_DRAFTS);
    expect(names[0]).toBe('카드1');
  });
});
