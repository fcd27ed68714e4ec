// Today a page at a time (issue 7): each bucket sends at most its limit (the renderer asks again
// with a bigger page for more) and says how many it holds in all; open complaint responses come
// whatever the pages; people in the trash are neither listed nor counted.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestBackend, type TestBackend } from '../support/backend.js';

let t: TestBackend;
beforeEach(async () => { t = await openTestBackend('2026-03-02T01:00:00.000Z'); }); // 10:00, 2 March, Seoul
afterEach(() => t.close());

// Prospects added on 2 March have their check-in due on 16 March (14 days), all at 09:00.
const DAY = '2026-03-16';

async function busyDay(n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await t.b.invoke('contacts.add', { name: `고객${String(n - i).padStart(3, '0')}` })).id);
  return ids;
}

describe('today.get pages', () => {
  it('sends the first page of a busy day, by name, with the full count; a bigger page shows more', async () => {
    await busyDay(40);
    const first = await t.b.invoke('today.get', { date: DAY, days: 0, todayLimit: 10 });
    expect(first.counts.today).toBe(40);
    expect(first.items.map((i) => i.name)).toEqual(Array.from({ length: 10 }, (_, k) => `고객${String(k + 1).padStart(3, '0')}`));
    const more = await t.b.invoke('today.get', { date: DAY, days: 0, todayLimit: 25 });
    expect(more.items.map((i) => i.name).slice(0, 10)).toEqual(first.items.map((i) => i.name));
    expect(more.items).toHaveLength(25);
    // The default page is 300: the whole of this day.
    expect((await t.b.invoke('today.get', { date: DAY, days: 0 })).items).toHaveLength(40);
  });

  it('overdue keeps the most recently due, upcoming the earliest; each counted in full', async () => {
    const ids = await busyDay(12);
    // Snooze four check-ins to the 17th…20th, so the book spans several days.
    for (const [k, id] of ids.slice(0, 4).entries()) {
      const [open] = (await t.b.invoke('followups.list', { contactId: id })).items;
      await t.b.invoke('followups.snooze', { id: open!.id, until: `2026-03-${17 + k}T00:00:00.000Z` });
    }
    const later = await t.b.invoke('today.get', { date: '2026-03-20', days: 0, overdueLimit: 3 });
    expect(later.counts.overdue).toBe(11);
    expect(later.items.map((i) => [i.dueDate, i.bucket])).toEqual([
      ['2026-03-17', 'overdue'], ['2026-03-18', 'overdue'], ['2026-03-19', 'overdue'], ['2026-03-20', 'today'],
    ]);
    const before = await t.b.invoke('today.get', { date: '2026-03-15', days: 7, upcomingLimit: 2 });
    expect(before.counts.upcoming).toBe(12);
    expect(before.items.map((i) => i.dueDate)).toEqual([DAY, DAY]);
  });

  it('an open complaint response comes beyond every page, first; the trash is neither listed nor counted', async () => {
    const ids = await busyDay(20);
    await t.b.invoke('touches.log', { contactId: ids[0]!, kind: 'call', outcome: 'complaint' }); // 고객020, due within 24 h
    await t.b.invoke('contacts.delete', { id: ids[1]! });
    const r = await t.b.invoke('today.get', { date: DAY, days: 0, overdueLimit: 0, todayLimit: 5 });
    expect(r.items[0]).toMatchObject({ name: '고객020', kind: 'complaint-response', priority: 'urgent', bucket: 'overdue' });
    expect(r.items).toHaveLength(6);
    expect(r.counts).toEqual({ overdue: 1, today: 19, upcoming: 0 });
    expect(r.items.map((i) => i.name)).not.toContain('고객019');
  });
});
