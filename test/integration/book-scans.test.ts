// Whole-book scans off the request path (issue 7): duplicate pairs and lifecycle suggestions read in
// a worker thread on its own read-only connection, while the backend keeps answering; a result
// is never served for a book that has changed since it was asked for; an encrypted book works too.
import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/backend/context.js';
import { bookKey } from '../../electron/backend/crypt/book-key.js';
import { passphraseKeys } from '../../electron/backend/crypt/keys.js';
import { DB_FILE, openBackend, type Backend } from '../../electron/backend/index.js';
import { openTestBackend, type TestBackend } from '../support/backend.js';

const NOW = '2026-03-02T01:00:00.000Z';
const opened: (TestBackend | Backend)[] = [];
afterEach(async () => { for (const t of opened.splice(0)) await t.close(); });

async function backend(scans: 'worker' | 'inline' | 'auto'): Promise<TestBackend> {
  const t = await openTestBackend(NOW, { scans });
  opened.push(t);
  return t;
}

/** Two exact pairs, one suggested pair, and people the lifecycle rule has something to say about. */
async function seed(b: Backend): Promise<void> {
  await b.invoke('contacts.add', { name: '김철수', company: '한빛생명', points: [{ kind: 'mobile', value: '010-1234-5678' }] });
  await b.invoke('contacts.add', { name: 'Kim Chulsoo', points: [{ kind: 'mobile', value: '+82 10 1234 5678' }] });
  await b.invoke('contacts.add', { name: '박영수', points: [{ kind: 'email', value: 'park@in.kr' }] });
  await b.invoke('contacts.add', { name: 'Park Youngsoo', points: [{ kind: 'email', value: 'PARK@in.kr' }] });
  await b.invoke('contacts.add', { name: '이영희', company: '인연 상사' });
  await b.invoke('contacts.add', { name: '이영희 ', company: '인연상사' });
  for (const name of ['최민수', '정하나']) {
    const c = await b.invoke('contacts.add', { name });
    await b.invoke('deals.add', { contactId: c.id, title: '종신보험', status: 'won', signedOn: '2025-09-01' });
  }
}

describe('whole-book scans in a worker thread', () => {
  it('give the same pairs and suggestions as in line, while Today and search answer first', async () => {
    const w = await backend('worker');
    await seed(w.b);
    const order: string[] = [];
    const pairs = w.b.invoke('duplicates.list', {}).then((r) => { order.push('duplicates'); return r; });
    const sug = w.b.invoke('suggestions.list', {}).then((r) => { order.push('suggestions'); return r; });
    await Promise.all([
      w.b.invoke('today.get', {}).then(() => order.push('today')),
      w.b.invoke('contacts.search', { q: '김' }).then(() => order.push('search')),
    ]);
    // The scans are still in the worker when the other calls have answered.
    expect(order).toEqual(['today', 'search']);
    const [p, s] = await Promise.all([pairs, sug]);
    expect(w.b.services.scans.lastRanIn()).toBe('worker');
    expect(p.total).toBe(3);
    expect(s.items.length).toBeGreaterThan(0);

    // The same answers read in line (the small-book path) from the same book.
    const dir = w.dir;
    await w.b.close();
    opened.splice(opened.indexOf(w), 1);
    const i = openBackend({ dataDir: dir, clock: fixedClock(NOW), scans: 'inline' });
    opened.push(i);
    expect(await i.invoke('duplicates.list', {})).toEqual(p);
    expect(await i.invoke('suggestions.list', {})).toEqual(s);
    expect(i.services.scans.lastRanIn()).toBe('inline');
  });

  it('pages the pairs from the worker', async () => {
    const w = await backend('worker');
    await seed(w.b);
    const all = await w.b.invoke('duplicates.list', {});
    const pages = [await w.b.invoke('duplicates.list', { cursor: 0, limit: 2 }), await w.b.invoke('duplicates.list', { cursor: 2, limit: 2 })];
    expect(pages.map((x) => x.nextCursor)).toEqual([2, null]);
    expect(pages.flatMap((x) => x.items)).toEqual(all.items);
  });

  it('the worker ends once nothing more is queued; the kept result still serves every page', async () => {
    const w = await backend('worker');
    await seed(w.b);
    // Asked for together (as the app does at start): one worker answers both, then ends.
    const [pairs, sug] = await Promise.all([w.b.invoke('duplicates.list', { cursor: 0, limit: 1 }), w.b.invoke('suggestions.list', { cursor: 0, limit: 1 })]);
    expect(pairs.total).toBe(3);
    expect(sug.total).toBeGreaterThan(1);
    await expect.poll(() => w.b.services.scans.workerRunning(), { timeout: 10_000 }).toBe(false);
    // The next pages come from the result kept in the backend: no worker starts for them.
    const rest = await w.b.invoke('duplicates.list', { cursor: 1, limit: 10 });
    const sugRest = await w.b.invoke('suggestions.list', { cursor: 1, limit: 100 });
    expect(w.b.services.scans.workerRunning()).toBe(false);
    expect([...pairs.items, ...rest.items]).toEqual((await w.b.invoke('duplicates.list', { cursor: 0, limit: 50 })).items);
    expect(sugRest.items).toHaveLength(sug.total - 1);
    expect(sugRest.nextCursor).toBeNull();
    // After a write the scan runs again, in a new worker.
    await w.b.invoke('contacts.add', { name: '새사람' });
    const again = w.b.invoke('duplicates.list', {});
    expect(w.b.services.scans.workerRunning()).toBe(true);
    expect((await again).total).toBe(3);
    expect(w.b.services.scans.lastRanIn()).toBe('worker');
  });

  it('never serves a result for a book that has changed since: a write, or a commit by another connection', async () => {
    const w = await backend('worker');
    const kim = await w.b.invoke('contacts.add', { name: '김철수', points: [{ kind: 'mobile', value: '010-1234-5678' }] });
    expect((await w.b.invoke('duplicates.list', {})).total).toBe(0);
    // Asked for before the write and still running while it happens: the call after the write
    // gets a scan of its own.
    const before = w.b.invoke('duplicates.list', {});
    const twin = await w.b.invoke('contacts.add', { name: 'Kim Chulsoo', points: [{ kind: 'mobile', value: '01012345678' }] });
    const after = await w.b.invoke('duplicates.list', {});
    expect(after.items.map((x) => [x.a.id, x.b.id])).toEqual([[kim.id, twin.id]]);
    await before;
    expect((await w.b.invoke('duplicates.list', {})).total).toBe(1);

    // Another process (the CLI) says "not the same person" on the same book.
    const other = new Database(join(w.dir, DB_FILE));
    const [a, b] = kim.id < twin.id ? [kim.id, twin.id] : [twin.id, kim.id];
    other.prepare('INSERT INTO duplicate_dismissals (a_id, b_id, at) VALUES (?, ?, ?)').run(a, b, NOW);
    other.close();
    expect((await w.b.invoke('duplicates.list', {})).total).toBe(0);
    expect(w.b.services.scans.lastRanIn()).toBe('worker');
  });

  it('read an encrypted book with its key', async () => {
    const w = await backend('worker');
    await seed(w.b);
    await w.b.invoke('security.setEncryption', { on: true, passphrase: '우리집 강아지 복실이' });
    const dir = w.dir;
    await w.b.close();
    opened.splice(opened.indexOf(w), 1);
    const e = openBackend({ dataDir: dir, clock: fixedClock(NOW), scans: 'worker', key: bookKey(dir, DB_FILE, [passphraseKeys('우리집 강아지 복실이')]) });
    opened.push(e);
    expect((await e.invoke('duplicates.list', {})).total).toBe(3);
    expect((await e.invoke('suggestions.list', {})).items.length).toBeGreaterThan(0);
    expect(e.services.scans.lastRanIn()).toBe('worker');
  });

  it('a small book is scanned in line (cheaper than starting a worker)', async () => {
    const t = await backend('auto');
    await seed(t.b);
    expect((await t.b.invoke('duplicates.list', {})).total).toBe(3);
    expect(t.b.services.scans.lastRanIn()).toBe('inline');
  });
});
