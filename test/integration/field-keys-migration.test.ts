// Migration 0009 (field_keys) on a book made by the old schema: every person's keys were in
// search_keys, name, company, title, department and tags alike, at the best rank per key. After
// the migration and the upgrade step at open (services/search-upgrade.ts), the book holds exactly
// what the new code writes for the same people, and every query finds the same people in the
// same order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations } from '../../electron/backend/db/migrate.js';
import { FIELD_KEYS_PENDING } from '../../electron/backend/services/search-upgrade.js';
import { fieldKeys, tagKeys, type SearchKey } from '../../shared/rules/search-keys.js';
import { openTestBackend, rows, type TestBackend } from '../support/backend.js';

const FIELD_KEYS_VERSION = loadMigrations().find((m) => m.name.endsWith('-field-keys.sql'))!.version;

const QUERIES = ['김', '철수', 'ㄱㅊㅅ', 'ㄱ', 'ㅎㅂ', '한빛', '생명', '과장', '영업', '골프', 'vi', 'k', 'ki', 'ac', '인연', '수', 'zz'];

let t: TestBackend;
const search = async (q: string, extra: object = {}) =>
  (await t.b.invoke('contacts.search', { q, limit: 50, ...extra } as never)).items.map((i) => i.name);

/**
 * Both key tables, with rowids as names. field_keys: the values live people hold (the new code
 * also keeps a trashed person's values until a purge; the old book had no keys for them).
 */
function keyTables() {
  const nameOf = new Map(rows<{ num: number; display_name: string }>(t.db, 'SELECT num, display_name FROM contacts').map((r) => [r.num, r.display_name]));
  return {
    own: rows<{ key: string; rank: number; sort_name: string; contact_rowid: number }>(t.db, 'SELECT * FROM search_keys')
      .map((k) => `${k.key} ${k.rank} ${k.sort_name} ${nameOf.get(k.contact_rowid)}`).sort(),
    fields: rows<{ key: string; rank: number; value: string }>(t.db, `SELECT * FROM field_keys v WHERE EXISTS (SELECT 1 FROM contacts c
      WHERE c.deleted_at IS NULL AND (CASE WHEN v.rank < 2 THEN c.sort_name WHEN v.rank = 2 THEN c.company WHEN v.rank = 3 THEN c.title ELSE c.department END) = v.value)`)
      .map((k) => `${k.key} ${k.rank} ${k.value}`),
  };
}

async function answers() {
  const out: Record<string, string[]> = {};
  for (const q of QUERIES) {
    out[q] = await search(q);
    out[`${q} (new)`] = await search(q, { stage: 'new' });
    out[`${q} (골프)`] = await search(q, { tag: '골프' });
  }
  return out;
}

/** What the old code wrote for a person: all their keys in one map, the best rank per key. */
function oldKeys(p: { display_name: string; company: string | null; title: string | null; department: string | null; tags: string[] }): SearchKey[] {
  const best = new Map<string, number>();
  const add = (k: SearchKey) => { if (!((best.get(k.key) ?? 99) <= k.rank)) best.set(k.key, k.rank); };
  fieldKeys('name', p.display_name).forEach(add);
  if (p.company) fieldKeys('company', p.company).forEach(add);
  if (p.title) fieldKeys('title', p.title).forEach(add);
  if (p.department) fieldKeys('department', p.department).forEach(add);
  tagKeys(p.tags).forEach(add);
  return [...best].map(([key, rank]) => ({ key, rank }));
}

/** Turn the book back into what the schema before 0009 held. */
function downgrade(): void {
  const db = t.db;
  db.transaction(() => {
    db.exec(`DELETE FROM search_keys WHERE NOT (key >= 't:' AND key < 't;');
      DROP TABLE field_keys; DROP INDEX contacts_live_company; DROP INDEX contacts_live_title; DROP INDEX contacts_live_department;
      -- and what the migrations after 0009 made, which run again
      DROP TABLE IF EXISTS capture_drafts; DROP TABLE IF EXISTS note_words;`);
    db.prepare('DELETE FROM settings WHERE key = ?').run(FIELD_KEYS_PENDING);
    const people = rows<{ num: number; display_name: string; sort_name: string; company: string | null; title: string | null; department: string | null; tags: string }>(db, `
      SELECT c.num, c.display_name, c.sort_name, c.company, c.title, c.department,
        (SELECT json_group_array(t.name) FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = c.id) AS tags
      FROM contacts c WHERE c.deleted_at IS NULL`);
    const ins = db.prepare('INSERT INTO search_keys (key, rank, sort_name, contact_rowid) VALUES (?, ?, ?, ?)');
    for (const p of people) for (const k of oldKeys({ ...p, tags: JSON.parse(p.tags) as string[] })) ins.run(k.key, k.rank, p.sort_name, p.num);
    db.pragma(`user_version = ${FIELD_KEYS_VERSION - 1}`);
  })();
}

let goneId = '';
let before: { tables: ReturnType<typeof keyTables>; answers: Record<string, string[]> };
beforeAll(async () => {
  t = await openTestBackend('2026-03-02T01:00:00.000Z');
  const add = (draft: object) => t.b.invoke('contacts.add', { source: 'card', ...draft } as never);
  await add({ name: '김철수', company: '한빛생명', title: '과장', department: '영업부', tags: ['골프', 'VIP'], stage: 'new' });
  await add({ name: '김철순', company: '한빛생명', title: '대리' });
  await add({ name: '이수진', company: '인연상사', title: '과장', tags: ['골프'] });
  await add({ name: '박한빛', company: 'ACME Korea', department: '영업팀' });
  await add({ name: 'Kim Chulsoo', company: 'ACME Korea', title: 'Manager', tags: ['vip'] });
  await add({ name: '김 철수', company: '한빛 생명', stage: 'new' });
  await add({ name: '최과장', company: '과장상회' });
  const gone = await add({ name: '정하늘', company: '하늘물산', title: '과장' });
  goneId = (gone as { id: string }).id;
  await t.b.invoke('contacts.delete', { id: goneId });
  before = { tables: keyTables(), answers: await answers() };
  downgrade();
  t = t.reopen();
});
afterAll(() => t.close());

describe('migration 0009 on a book made by the old schema', () => {
  it('ends with exactly the key tables the new code writes, and no pending marker', () => {
    expect(t.db.pragma('user_version', { simple: true })).toBe(loadMigrations().length);
    expect(keyTables()).toEqual(before.tables);
    expect(rows(t.db, 'SELECT value FROM settings WHERE key = ?', FIELD_KEYS_PENDING)).toEqual([]);
  });

  it('every query finds the same people in the same order (filters included)', async () => {
    expect(await answers()).toEqual(before.answers);
    expect(before.answers['김']!.slice(0, 3)).toEqual(['김 철수', '김철수', '김철순']);
    expect(before.answers['과장']).toEqual(['최과장', '김철수', '이수진']);
  });

  it('an upgrade interrupted before its commit is simply done again at the next open', async () => {
    t.db.prepare("INSERT INTO settings (key, value) VALUES (?, 'true')").run(FIELD_KEYS_PENDING);
    t = t.reopen();
    expect(keyTables()).toEqual(before.tables);
    expect(await answers()).toEqual(before.answers);
  });
});

describe('a value\'s keys and its holders', () => {
  it('purging the last holder of a name or company removes their keys; values others hold keep theirs', async () => {
    const values = () => new Set(rows<{ value: string }>(t.db, 'SELECT DISTINCT value FROM field_keys').map((r) => r.value));
    await t.b.invoke('contacts.restore', { id: goneId });
    expect(values()).toContain('하늘물산');
    expect(await search('하늘')).toEqual(['정하늘']); // by name (rank 1) and company (2): once
    await t.b.invoke('contacts.delete', { id: goneId });
    await t.b.invoke('contacts.purge', { id: goneId });
    const left = values();
    expect(left).not.toContain('하늘물산');
    expect(left).not.toContain('정하늘');
    expect(left).toContain('과장');
    expect(left).toContain('한빛생명');
  });
});
