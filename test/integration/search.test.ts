// Search classes (issue 3 item 4) on a small book of known people: every class of query has an
// exact answer. Best match first where the order is defined.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact } from '../../shared/domain/types.js';
import { BOOK, FILLER, loadBook } from '../support/book.js';
import { openTestBackend, type TestBackend } from '../support/backend.js';

let t: TestBackend;
let book: Map<string, Contact>;
beforeAll(async () => {
  t = await openTestBackend('2026-03-02T01:00:00.000Z');
  book = await loadBook(t.b);
  // One person in the trash: never found.
  const trashed = await t.b.invoke('contacts.add', {
    name: '김철순', company: '한빛생명', title: '과장', tags: ['VIP'],
    points: [{ kind: 'mobile', value: '010-7777-5678' }, { kind: 'email', value: 'chulsoon@hanbit.co.kr' }],
  });
  await t.b.invoke('contacts.delete', { id: trashed.id });
});
afterAll(() => t.close());

const search = async (q: string, extra: { stage?: 'prospect' | 'new' | 'active' | 'loyal' | 'dormant' | 'lost'; tag?: string; limit?: number } = {}) =>
  (await t.b.invoke('contacts.search', { q, ...extra })).items.map((i) => i.name);
const sorted = (xs: string[]) => [...xs].sort();

describe('the fixture', () => {
  it('holds a few dozen contacts', async () => {
    expect(book.size).toBe(BOOK.length + FILLER.length);
    expect(book.size).toBeGreaterThanOrEqual(40);
    expect((await t.b.invoke('contacts.list', { limit: 500 })).total).toBe(book.size);
  });
});

describe('Korean by syllables', () => {
  it('1 syllable: every name, company, title or department holding it; name prefixes first', async () => {
    const r = await search('김');
    expect(sorted(r)).toEqual(['김철민', '김철수', '김철수진']);
    const su = await search('수');
    expect(sorted(su)).toEqual(['김철수', '김철수진', '남궁민수', '박철수', '최수진']);
  });

  it('2 syllables: name prefix and mid-name', async () => {
    const kim = await search('김철');
    expect(sorted(kim.slice(0, 3))).toEqual(['김철민', '김철수', '김철수진']);
    expect(kim.slice(3)).toEqual(['이영희']); // then a note: "김철수 과장님 소개로 만남"
    const r = await search('철수'); // mid-name in all three
    expect(sorted(r)).toEqual(['김철수', '김철수진', '박철수']);
    expect(await search('민수')).toEqual(['남궁민수']);
    expect(await search('남궁')).toEqual(['남궁민수']);
  });

  it('a name prefix ranks before a mid-name hit', async () => {
    const r = await search('수진'); // 최수진 (mid-name) and 김철수진 (mid-name too)
    expect(sorted(r)).toEqual(['김철수진', '최수진']);
    const filler = await search('오나'); // prefix of 오나연
    expect(filler).toEqual(['오나연']);
  });

  it('full name (trigram): the exact name first, then names starting with it, then other fields', async () => {
    const r = await search('김철수');
    expect(r).toEqual(['김철수', '김철수진', '이영희']); // 이영희's notes mention 김철수
  });

  it('company (1–2 syllables by key, 3+ by trigram)', async () => {
    expect(sorted(await search('한빛'))).toEqual(['김철수', '이영희']);
    expect(sorted(await search('한빛생명'))).toEqual(['김철수', '이영희']);
    expect(await search('세움회계')).toEqual(['남궁민수']);
    expect((await search('미래정밀')).length).toBe(FILLER.length);
  });

  it('title (과장) and department (영업팀)', async () => {
    const manager = await search('과장');
    expect(sorted(manager.slice(0, 2))).toEqual(['김철수', '최수진']);
    expect(manager.slice(2)).toEqual(['이영희']); // "과장님" in a note, after the titles
    expect(await search('영업')).toEqual(['김철수']);
    expect(await search('영업팀')).toEqual(['김철수']);
  });

  it('notes by trigram', async () => {
    expect(await search('소개로')).toEqual(['이영희']);
  });
});

describe('초성', () => {
  it('2–3 initials of a name', async () => {
    expect(sorted(await search('ㄱㅊㅅ'))).toEqual(['김철수', '김철수진']);
    expect(sorted(await search('ㄱㅊ'))).toEqual(['김철민', '김철수', '김철수진']);
    expect(sorted(await search('ㅊㅅ'))).toEqual(['김철수', '김철수진', '박철수', '최수진']);
    expect(await search('ㄴㄱㅁㅅ')).toEqual(['남궁민수']);
    expect(await search('ㅇㅇㅎ')).toEqual(['이영희']);
  });

  it('a single initial only as the name prefix', async () => {
    const r = await search('ㄴ');
    expect(r).toContain('남궁민수');
    expect(r).not.toContain('오나연'); // ㄴ inside the name, not at its start
  });

  it('the initials of a company', async () => {
    expect(sorted(await search('ㅎㅂㅅㅁ'))).toEqual(['김철수', '이영희']);
  });

  it('with spaces between initials', async () => {
    expect(sorted(await search('ㄱ ㅊ ㅅ'))).toEqual(['김철수', '김철수진']);
  });
});

describe('phone digits', () => {
  it('4 digits anywhere in the number', async () => {
    expect(await search('5678')).toEqual(['김철수']);
    expect(sorted(await search('1234'))).toEqual(['김철수', '박철수']);
    expect(await search('6666')).toEqual(['이영희']); // stored as +82 10-5555-6666
  });

  it('the full number with dashes, spaces, without, and in +82 form', async () => {
    for (const q of ['010-1234-5678', '010 1234 5678', '01012345678', '+82 10-1234-5678', '+821012345678', '821012345678', '1234-5678']) {
      expect(await search(q), q).toEqual(['김철수']);
    }
    for (const q of ['010-5555-6666', '+82 10 5555 6666']) expect(await search(q), q).toEqual(['이영희']);
  });

  it('a landline and an obsolete number', async () => {
    expect(await search('02-312-4567')).toEqual(['최수진']);
    expect(await search('312-4567')).toEqual(['최수진']);
    expect(await search('017-246-9013')).toEqual(['남궁민수']);
  });

  it('a foreign number by its national digits and with +1', async () => {
    expect(await search('415-555-2671')).toEqual(['James Smith']);
    expect(await search('+1 415 555 2671')).toEqual(['James Smith']);
  });
});

describe('e-mail', () => {
  it('a fragment, case-insensitive', async () => {
    expect(await search('chulsoo.kim')).toEqual(['김철수']);
    expect(await search('CHULSOO.KIM@HANBIT')).toEqual(['김철수']);
    expect(await search('younghee.lee@naver.com')).toEqual(['이영희']);
    expect(sorted(await search('acme.com'))).toEqual(['James Smith', 'Sarah Johnson']);
    expect(await search('@daon')).toEqual(['정하은']);
  });
});

describe('Latin names', () => {
  it('1–2 letters: word prefixes, first names first', async () => {
    expect(sorted(await search('ja'))).toEqual(['Jamal Brown', 'James Smith', 'Jane Doe']);
    const j = await search('J');
    expect(sorted(j.slice(0, 3))).toEqual(['Jamal Brown', 'James Smith', 'Jane Doe']); // rank 0 before Sarah Johnson (rank 1)
    expect(j).toContain('Sarah Johnson');
    expect(await search('sm')).toEqual(['James Smith']);
  });

  it('3+ letters by trigram, case-insensitive', async () => {
    expect(sorted(await search('jam'))).toEqual(['Jamal Brown', 'James Smith']);
    expect(await search('JAMES')).toEqual(['James Smith']);
    expect(await search('james smith')).toEqual(['James Smith']);
    expect(await search('johnson')).toEqual(['Sarah Johnson']);
  });

  it('Latin company and title', async () => {
    expect(sorted(await search('Acme'))).toEqual(['James Smith', 'Sarah Johnson']);
    expect(await search('Blue Harbor')).toEqual(['Jane Doe']);
    expect(await search('VP Sales')).toEqual(['Jamal Brown']);
  });
});

describe('tags', () => {
  it('a tag name finds its contacts', async () => {
    expect(sorted(await search('VIP'))).toEqual(['김철수', '이영희']);
    expect(await search('Seoul Expo')).toEqual(['James Smith']);
    expect(await search('보험박람회')).toEqual(['김철수']);
  });

  // Tags have their own 1–2 syllable keys: the trigram index cannot find 골프.
  it('a 2-syllable Korean tag (골프) finds its contact', async () => {
    expect(await search('골프')).toEqual(['박철수']);
  });
});

describe('filters, limits and misses', () => {
  it('no-hit queries return nothing', async () => {
    for (const q of ['없는사람', 'ㅋㅋㅋ', '0000', 'zz', 'nobody@nowhere', '힣']) expect(await search(q), q).toEqual([]);
  });

  it('an empty or blank query lists everyone by name', async () => {
    const all = await search('', { limit: 500 });
    expect(all).toHaveLength(book.size);
    expect(await search('   ', { limit: 500 })).toEqual(all);
  });

  it('stage filter', async () => {
    expect(sorted(await search('철수', { stage: 'prospect' }))).toEqual(['김철수진']);
    expect(await search('철수', { stage: 'new' })).toEqual(['박철수']);
    expect(await search('ㄱㅊㅅ', { stage: 'active' })).toEqual(['김철수']);
    expect(await search('5678', { stage: 'lost' })).toEqual([]);
    expect(await search('acme', { stage: 'loyal' })).toEqual(['Sarah Johnson']);
  });

  it('tag filter (case-insensitive tag name; unknown tag → nothing)', async () => {
    expect(sorted(await search('한빛', { tag: 'vip' }))).toEqual(['김철수', '이영희']);
    expect(sorted(await search('한빛', { tag: 'VIP' }))).toEqual(['김철수', '이영희']);
    expect(await search('철수', { tag: '골프' })).toEqual(['박철수']);
    expect(await search('철수', { tag: 'no-such-tag' })).toEqual([]);
    expect(await search('', { tag: 'Seoul Expo' })).toEqual(['James Smith']);
  });

  it('limit', async () => {
    expect(await search('미래정밀', { limit: 5 })).toHaveLength(5);
    expect(await search('ㅈ', { limit: 1 })).toHaveLength(1);
  });

  it('trashed contacts never appear, by any class of query', async () => {
    for (const q of ['김철순', '철순', 'ㄱㅊㅅ', '7777', '010-7777-5678', 'chulsoon', '한빛생명', '과장', 'VIP', '']) {
      expect(await search(q, { limit: 500 }), q).not.toContain('김철순');
    }
    expect(await search('5678')).toEqual(['김철수']);
  });

  it('edits are searchable at once, old values no longer', async () => {
    const c = book.get('정하은')!;
    await t.b.invoke('contacts.update', { id: c.id, draft: { name: '정하늘', company: '다온물류', title: '차장', stage: 'lost', points: [{ kind: 'mobile', value: '010-8080-7070' }] } });
    expect(await search('하늘')).toEqual(['정하늘']);
    expect(await search('하은')).toEqual([]);
    expect(await search('8080')).toEqual(['정하늘']);
    expect(await search('haeun@daon')).toEqual([]);
  });
});

describe('queries that look like FTS syntax or are odd', () => {
  it('are taken literally and never fail', async () => {
    const odd = ['"', "'", '*', '(', ')', 'AND', 'OR', 'NOT', 'NEAR(a b)', 'a"b', '%', '_', '\\', '100%', 'col:val', '^abc',
      'name:김철수', '{name}: x', '김*', '-', '+', '+82', '010-', '😀', '😀😀😀', 'ㄱ'.repeat(200), '\u0000abc', 'abc\u0000', '\u0000'];
    for (const q of odd) {
      const r = await t.b.invoke('contacts.search', { q });
      expect(Array.isArray(r.items), JSON.stringify(q)).toBe(true);
    }
    expect(await search('chulsoo\u0000.kim')).toEqual(['김철수']);
  });
});

describe('names written with a space (김 철수)', () => {
  it('are found by syllables, 초성 and the spelling as stored', async () => {
    const c = await t.b.invoke('contacts.add', { name: '남 도일', company: '가온건설' });
    expect(await search('도일')).toEqual(['남 도일']);
    expect(await search('남도')).toEqual(['남 도일']);
    expect(await search('ㄴㄷㅇ')).toEqual(['남 도일']);
    expect(await search('남 도일')).toEqual(['남 도일']);
    expect(c.name).toBe('남 도일');
  });

  // Hangul text with spaces is also indexed space-free, and Hangul queries are looked up
  // space-free, so either spelling finds either.
  it('are found by the full name typed without the space', async () => {
    expect(await search('남도일')).toEqual(['남 도일']);
  });
  it('a stored 김철수 is found by "김 철수" typed with a space', async () => {
    expect(await search('김 철수')).toContain('김철수');
  });
});
