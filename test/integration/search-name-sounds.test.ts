// Korean names found by their Latin spelling (name-sounds.ts, migration 0014): "Kim Chulsoo",
// "chulsoo kim" and "Gim Cheolsu" find 김철수, "lee" the 이s, for people added, edited and
// imported, and for a book made before the change; English words and other families stay out.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { finishSearchUpgrade, NAME_SOUNDS_PENDING } from '../../electron/backend/services/search-upgrade.js';
import { openTestBackend, type TestBackend } from '../support/backend.js';

let t: TestBackend;
beforeEach(async () => { t = await openTestBackend('2026-03-02T01:00:00.000Z'); });
afterEach(() => t.close());

const names = async (q: string) => (await t.b.invoke('contacts.search', { q, limit: 50 })).items.map((i) => i.name);
const add = (name: string, company: string | null = null) => t.b.invoke('contacts.add', { name, company });

describe('a Korean name by its Latin spelling', () => {
  beforeEach(async () => {
    for (const [name, company] of [['김철수', '한빛생명'], ['이민준', null], ['임민준', null], ['조민준', null], ['박도윤', null], ['John Kim', 'ACME'], ['Alice Park', 'Park Hyatt']] as const) {
      await add(name, company);
    }
  });

  it('finds the person in either order, in common or Revised Romanization spelling, with or without a hyphen', async () => {
    for (const q of ['Kim Chulsoo', 'chulsoo kim', 'Gim Cheolsu', 'kim chul-soo', 'Chul Soo Kim']) expect(await names(q), q).toEqual(['김철수']);
    expect(await names('lee minjun')).toEqual(['이민준']);
    expect(await names('yi min-jun')).toEqual(['이민준']);
    expect(await names('lim minjun')).toEqual(['임민준']);
  });

  it('a family name alone finds that family after the Latin names and companies that contain it', async () => {
    expect(await names('kim')).toEqual(['John Kim', '김철수']);
    expect(await names('park')).toEqual(['Alice Park', '박도윤']);
    expect(await names('lee')).toEqual(['이민준']); // not 임 (Lim) nor 류 (Ryu), whose letters are alike
  });

  it('leaves English words alone', async () => {
    expect(await names('acme')).toEqual(['John Kim']); // not 조민준, whose consonants are c-m-n-c-n
    expect(await names('minjun')).toEqual([]); // a given name alone names no family: nothing to spell
  });

  it('follows an edit and an import', async () => {
    const c = await add('최영희');
    expect(await names('choi younghee')).toEqual(['최영희']);
    await t.b.invoke('contacts.update', { id: c.id, draft: { name: '최민수' } });
    expect(await names('choi younghee')).toEqual([]);
    expect(await names('choi minsoo')).toEqual(['최민수']);
    await t.b.services.imports.importFiles([{ name: 'people.csv', bytes: Buffer.from('이름,휴대폰\n정지성,010-1234-5678\n', 'utf8') }]);
    expect(await names('jung jisung')).toEqual(['정지성']);
    expect(await names('Chung Ji-seong')).toEqual(['정지성']);
  });

  it('0014 gives a book made before it the same at its next open', async () => {
    // The documents as the code before 0014 wrote them, and the marker the migration leaves.
    t.db.exec("UPDATE contact_fts SET name = replace(name, substr(name, instr(name, ' ~~')), '') WHERE name LIKE '% ~~%'");
    expect(await names('kim chulsoo')).toEqual([]);
    t.db.prepare("INSERT INTO settings (key, value) VALUES (?, 'true')").run(NAME_SOUNDS_PENDING);
    expect(finishSearchUpgrade(t.db)).toBe(true);
    expect(await names('kim chulsoo')).toEqual(['김철수']);
    expect(await names('김철수')).toEqual(['김철수']);
    expect(await names('acme')).toEqual(['John Kim']);
    expect(finishSearchUpgrade(t.db)).toBe(false); // done once
  });
});
