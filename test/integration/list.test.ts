// The contacts list: sorts, paging with a total, stage and tag filters, tag counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact } from '../../shared/domain/types.js';
import { BOOK, FILLER, loadBook } from '../support/book.js';
import { openTestBackend, type TestBackend } from '../support/backend.js';

let t: TestBackend;
let book: Map<string, Contact>;
beforeAll(async () => {
  t = await openTestBackend('2026-03-02T01:00:00.000Z');
  book = await loadBook(t.b);
  // Touch two people on different days so "recent" has an order.
  t.clock.set('2026-03-03T01:00:00.000Z');
  await t.b.invoke('touches.log', { contactId: book.get('이영희')!.id, kind: 'call' });
  t.clock.set('2026-03-04T01:00:00.000Z');
  await t.b.invoke('touches.log', { contactId: book.get('Jane Doe')!.id, kind: 'email' });
});
afterAll(() => t.close());

const list = (q: Record<string, unknown> = {}) => t.b.invoke('contacts.list', q as never);

describe('contacts.list', () => {
  it('sorts by name by default, case-insensitively, with a total', async () => {
    const r = await list({ limit: 500 });
    expect(r.total).toBe(BOOK.length + FILLER.length);
    const names = r.items.map((i) => i.name);
    expect(names).toEqual([...names].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0)));
    expect(names.slice(0, 4)).toEqual(['Jamal Brown', 'James Smith', 'Jane Doe', 'Sarah Johnson']);
  });

  it('pages with offset and limit without gaps or repeats', async () => {
    const all = (await list({ limit: 500 })).items.map((i) => i.id);
    const paged: string[] = [];
    for (let offset = 0; offset < all.length; offset += 7) {
      const r = await list({ offset, limit: 7 });
      expect(r.total).toBe(all.length);
      paged.push(...r.items.map((i) => i.id));
    }
    expect(paged).toEqual(all);
    expect((await list({ offset: all.length })).items).toEqual([]);
  });

  it('sorts by most recent touch, untouched last', async () => {
    const r = await list({ sort: 'recent', limit: 3 });
    expect(r.items.map((i) => [i.name, i.lastTouchAt])).toEqual([
      ['Jane Doe', '2026-03-04T01:00:00.000Z'], ['이영희', '2026-03-03T01:00:00.000Z'], [expect.any(String), null],
    ]);
  });

  it('sorts by next due date, no follow-up (lost) last', async () => {
    const r = await list({ sort: 'due', limit: 500 });
    const dues = r.items.map((i) => i.nextDueAt);
    const nonNull = dues.filter((d): d is string => d !== null);
    expect(nonNull).toEqual([...nonNull].sort());
    expect(dues.slice(nonNull.length)).toEqual([null]); // 정하은 is lost
    expect(r.items.at(-1)!.name).toBe('정하은');
    expect(r.items[0]!.nextDueAt).toBe('2026-03-16T00:00:00.000Z'); // a prospect added on 2 March
  });

  it('sorts by creation, newest first', async () => {
    const r = await list({ sort: 'created', limit: 500 });
    const created = r.items.map((i) => book.get(i.name)!.createdAt);
    expect(created).toEqual([...created].sort().reverse());
  });

  it('filters by stage and by tag (case-insensitive), with matching totals', async () => {
    const byStage = await list({ stage: 'loyal' });
    expect(byStage.items.map((i) => i.name).sort()).toEqual(['Sarah Johnson', '이영희']);
    expect(byStage.total).toBe(2);
    const byTag = await list({ tag: 'vip' });
    expect(byTag.items.map((i) => i.name)).toEqual(['김철수', '이영희']);
    expect(byTag.total).toBe(2);
    expect((await list({ tag: 'VIP', stage: 'active' })).items.map((i) => i.name)).toEqual(['김철수']);
    expect(await list({ tag: 'nothing-like-this' })).toEqual({ items: [], total: 0 });
  });

  it('list rows carry the primary phone and e-mail, tags and freshness', async () => {
    const r = await list({ tag: 'VIP' });
    expect(r.items[0]).toMatchObject({
      name: '김철수', company: '한빛생명', title: '과장', stage: 'active', tags: ['VIP', '보험박람회'],
      primaryPhone: '010-1234-5678', primaryEmail: 'Chulsoo.Kim@Hanbit.co.kr', freshness: 'unverified', deletedAt: null,
    });
  });

  it('tags.list counts live contacts per tag', async () => {
    expect((await t.b.invoke('tags.list', {})).items).toEqual([
      { name: 'Seoul Expo', count: 1 }, { name: 'VIP', count: 2 }, { name: '골프', count: 1 }, { name: '보험박람회', count: 1 },
    ]);
  });

  it('tags keep their first spelling when reused in another case', async () => {
    const c = await t.b.invoke('contacts.add', { name: '새고객', tags: ['vip', 'Vip'] });
    expect(c.tags).toEqual(['VIP']);
    expect((await t.b.invoke('tags.list', {})).items.find((i) => i.name === 'VIP')?.count).toBe(3);
  });

  it('the tag list (read from its search keys) follows tag edits, trash and restore', async () => {
    const names = async () => (await list({ tag: 'vip' })).items.map((i) => i.name);
    const lee = book.get('이영희')!;
    await t.b.invoke('contacts.delete', { id: lee.id });
    expect(await names()).toEqual(['김철수', '새고객']);
    await t.b.invoke('contacts.restore', { id: lee.id });
    expect(await names()).toEqual(['김철수', '새고객', '이영희']);
    // (Last in this file: the edits below drop 이영희's points and stage.)
    await t.b.invoke('contacts.update', { id: lee.id, draft: { name: '이영희', tags: [] } } as never);
    expect(await names()).toEqual(['김철수', '새고객']);
    await t.b.invoke('contacts.update', { id: lee.id, draft: { name: '이영희', tags: ['VIP'] } } as never);
    expect(await names()).toEqual(['김철수', '새고객', '이영희']);
  });
});
