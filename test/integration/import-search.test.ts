// The bulk import indexes people exactly as contacts.add does (issue 5): the same search keys and
// FTS rows, so every query class finds imported people.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestBackend, rows, type TestBackend } from '../support/backend.js';

const CSV = [
  '이름,회사,부서,직책,휴대폰,전화,이메일,메모,그룹',
  '김철수,한빛생명,영업부,과장,010-1234-5678,02-333-4444,chulsoo.kim@hanbit.co.kr,VIP 고객,골프',
  'Kim Chulsoo,ACME Korea,,Manager,010-9876-5432,,ck@acme.example,,',
  '이영희,인연상사,,,011-234-5678,,,,',
  '박민수,,,,,,park@mail.kr,연간보험료 문의,골프',
].join('\r\n');

let imported: TestBackend;
let added: TestBackend;
beforeAll(async () => {
  imported = await openTestBackend('2026-03-02T01:00:00.000Z');
  added = await openTestBackend('2026-03-02T01:00:00.000Z');
  await imported.b.services.imports.importFiles([{ name: 'book.csv', bytes: Buffer.from(CSV) }]);
  // The same people through contacts.add, the way the file's drafts read.
  await added.b.invoke('contacts.add', { name: '김철수', company: '한빛생명', department: '영업부', title: '과장', notes: 'VIP 고객', tags: ['골프'], source: 'import',
    points: [{ kind: 'mobile', value: '010-1234-5678', primary: true }, { kind: 'phone', value: '02-333-4444', primary: true }, { kind: 'email', value: 'chulsoo.kim@hanbit.co.kr', primary: true }] });
  await added.b.invoke('contacts.add', { name: 'Kim Chulsoo', company: 'ACME Korea', title: 'Manager', source: 'import',
    points: [{ kind: 'mobile', value: '010-9876-5432', primary: true }, { kind: 'email', value: 'ck@acme.example', primary: true }] });
  await added.b.invoke('contacts.add', { name: '이영희', company: '인연상사', source: 'import', points: [{ kind: 'mobile', value: '011-234-5678', primary: true }] });
  await added.b.invoke('contacts.add', { name: '박민수', notes: '연간보험료 문의', tags: ['골프'], source: 'import', points: [{ kind: 'email', value: 'park@mail.kr', primary: true }] });
});
afterAll(() => { imported.close(); added.close(); });

/** Search rows keyed by the person's name instead of rowids and tag ids, which differ between books. */
function index(t: TestBackend) {
  const tagName = new Map(rows<{ id: string; name: string }>(t.db, 'SELECT id, name FROM tags').map((r) => [r.id, r.name]));
  const nameOf = new Map(rows<{ num: number; display_name: string }>(t.db, 'SELECT num, display_name FROM contacts').map((r) => [r.num, r.display_name]));
  const keys = rows<{ key: string; rank: number; sort_name: string; contact_rowid: number }>(t.db, 'SELECT * FROM search_keys')
    .map((k) => `${nameOf.get(k.contact_rowid)} ${k.key.startsWith('t:') ? `t:${tagName.get(k.key.slice(2))}` : k.key} ${k.rank} ${k.sort_name}`).sort();
  const fieldKeys = rows<{ key: string; rank: number; value: string }>(t.db, 'SELECT * FROM field_keys').map((k) => `${k.key} ${k.rank} ${k.value}`);
  const fts = rows<{ rowid: number }>(t.db, 'SELECT rowid, name, org, notes, points, digits FROM contact_fts')
    .map(({ rowid, ...doc }) => ({ who: nameOf.get(rowid), ...doc })).sort((a, b) => String(a.who).localeCompare(String(b.who)));
  const people = rows(t.db, `SELECT display_name, reach_state, best_verified_at, next_due_at, stage, source FROM contacts ORDER BY display_name`);
  const followUps = rows(t.db, `SELECT c.display_name, f.kind, f.due_at, f.reason FROM follow_ups f JOIN contacts c ON c.id = f.contact_id ORDER BY 1, 2`);
  return { keys, fieldKeys, fts, people, followUps };
}

describe('import indexes like contacts.add', () => {
  it('writes the same search keys, FTS rows, derived columns and check-ins', () => {
    const a = index(imported), b = index(added);
    expect(a.keys).toEqual(b.keys);
    expect(a.fieldKeys).toEqual(b.fieldKeys);
    expect(a.fieldKeys.length).toBeGreaterThan(50);
    expect(a.fts).toEqual(b.fts);
    expect(a.people).toEqual(b.people);
    expect(a.followUps).toEqual(b.followUps);
  });

  it.each([
    ['1 syllable', '김', '김철수'], ['2 syllables', '철수', '김철수'], ['초성', 'ㄱㅊㅅ', '김철수'], ['phone digits', '5678', '김철수'],
    ['dashed digits', '9876-5432', 'Kim Chulsoo'], ['e-mail fragment', 'hanbit.co', '김철수'], ['company', '인연상사', '이영희'],
    ['latin prefix', 'ki', 'Kim Chulsoo'], ['notes', '보험료', '박민수'], ['tag', '골프', '박민수'], ['landline', '333-4444', '김철수'],
  ])('%s: %s finds %s', async (_label, q, who) => {
    const r = await imported.b.invoke('contacts.search', { q });
    expect(r.items.map((i) => i.name)).toContain(who);
  });
});
