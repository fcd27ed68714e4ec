// Search keys and query plans (shared/rules/search-keys.ts): what the trigram index cannot do —
// 1–2 Korean syllables, 초성, 1–2 Latin letters — gets precomputed keys with a rank
// (0 = name prefix, 1 = elsewhere in the name, 2 company, 3 title, 4 department).
import { describe, expect, it } from 'vitest';
import { fieldKeys, KEYED_FIELDS, normalizeQuery, planQuery, tagKeys } from '../../../shared/rules/search-keys.js';

type Person = { name: string; company?: string; title?: string; department?: string; tags?: string[] };

/** Every key a person is found by, at its best rank: their fields' keys and their tags' (what search reads). */
function keyMap(f: Person): Map<string, number> {
  const m = new Map<string, number>();
  const add = (k: { key: string; rank: number }) => { if (!((m.get(k.key) ?? 99) <= k.rank)) m.set(k.key, k.rank); };
  for (const field of KEYED_FIELDS) {
    const value = f[field];
    if (value) fieldKeys(field, value).forEach(add);
  }
  tagKeys(f.tags ?? []).forEach(add);
  return m;
}

describe('fieldKeys and tagKeys — who holds which key', () => {
  const keys = (field: Parameters<typeof fieldKeys>[0], value: string) => fieldKeys(field, value).map((k) => `${k.key} ${k.rank}`);
  it('a value\'s keys: a name 0–1, a company 2 (초성 up to 4), a title 3 and a department 4 (syllables only)', () => {
    expect(keys('name', '김철수')).toEqual(expect.arrayContaining(['h:김 0', 'c:ㄱㅊㅅ 0', 'h:철수 1']));
    expect(keys('company', '삼성전자')).toEqual(expect.arrayContaining(['h:삼성 2', 'c:ㅅㅅㅈㅈ 2']));
    expect(keys('title', '과장')).toEqual(['h:과 3', 'h:과장 3', 'h:장 3']);
    expect(keys('department', '영업팀')).toEqual(expect.arrayContaining(['h:영업 4', 'h:팀 4']));
  });
  it('a person\'s own keys are their tags\' (rank 3)', () => {
    expect(tagKeys(['골프', 'VIP']).map((k) => `${k.key} ${k.rank}`)).toEqual(['h:골 3', 'h:골프 3', 'h:프 3', 'l:v 3', 'l:vi 3']);
  });
  it('the same value always gives the same keys, however it is spaced or cased', () => {
    expect(fieldKeys('company', ' 삼성  전자 ')).toEqual(fieldKeys('company', '삼성전자'));
    expect(fieldKeys('company', 'ACME Korea')).toEqual(fieldKeys('company', 'acme korea'));
    // A name is keyed by its sort_name (NFC, trimmed, lower case): the same keys as the name.
    expect(fieldKeys('name', 'Kim Chulsoo')).toEqual(fieldKeys('name', 'kim chulsoo'));
  });
});

describe('searchKeys — Korean names', () => {
  it('김철수: 초성 ㄱㅊㅅ, ㄱㅊ, ㄱ (prefix) and ㅊㅅ; syllables 김, 김철, 철, 철수, 수', () => {
    expect(Object.fromEntries(keyMap({ name: '김철수' }))).toEqual({
      'h:김': 0, 'h:김철': 0, 'h:철': 1, 'h:철수': 1, 'h:수': 1,
      'c:ㄱ': 0, 'c:ㄱㅊ': 0, 'c:ㄱㅊㅅ': 0, 'c:ㅊㅅ': 1,
    });
  });

  it('a single initial is a key only as the name prefix (ㄱ, never ㅊ or ㅅ alone)', () => {
    const keys = keyMap({ name: '김철수' });
    expect(keys.get('c:ㄱ')).toBe(0);
    expect(keys.has('c:ㅊ')).toBe(false);
    expect(keys.has('c:ㅅ')).toBe(false);
  });

  it('no 3-syllable h: keys (those go to the trigram index)', () => {
    expect([...keyMap({ name: '김철수' }).keys()].filter((k) => k.startsWith('h:') && k.length > 4)).toEqual([]);
  });

  it('"김 철수" with a space gives the same keys as 김철수', () => {
    expect(keyMap({ name: '김 철수' })).toEqual(keyMap({ name: '김철수' }));
    expect(keyMap({ name: '  김   철수 ' })).toEqual(keyMap({ name: '김철수' }));
  });

  it('four-syllable names (남궁민수) get 초성 of every length from the start, and inner runs', () => {
    const keys = keyMap({ name: '남궁민수' });
    for (const k of ['c:ㄴ', 'c:ㄴㄱ', 'c:ㄴㄱㅁ', 'c:ㄴㄱㅁㅅ']) expect(keys.get(k)).toBe(0);
    for (const k of ['c:ㄱㅁ', 'c:ㄱㅁㅅ', 'c:ㅁㅅ', 'h:민수', 'h:궁민']) expect(keys.get(k)).toBe(1);
    expect(keys.get('h:남궁')).toBe(0);
  });

  it('keeps the best (lowest) rank when a key appears twice', () => {
    // 수 is inside the name (rank 1) and starts the company (rank 2): rank 1 wins.
    expect(keyMap({ name: '김철수', company: '수원상사' }).get('h:수')).toBe(1);
    // 김 is the name prefix (0) and also in the title (3): 0 wins.
    expect(keyMap({ name: '김철수', title: '김과장' }).get('h:김')).toBe(0);
  });

  it('composes decomposed (NFD) input before keying', () => {
    expect(keyMap({ name: '김철수'.normalize('NFD') })).toEqual(keyMap({ name: '김철수' }));
  });
});

describe('searchKeys — company, title, department', () => {
  const keys = keyMap({ name: '김철수', company: '삼성전자', title: '과장', department: '영업팀' });

  it('company: 1–2 syllables and 초성 (rank 2)', () => {
    for (const k of ['h:삼', 'h:삼성', 'h:성전', 'h:전자', 'h:자', 'c:ㅅ', 'c:ㅅㅅ', 'c:ㅅㅅㅈ', 'c:ㅅㅅㅈㅈ', 'c:ㅈㅈ']) expect(keys.get(k), k).toBe(2);
  });
  it('title: syllables only (rank 3)', () => {
    expect(keys.get('h:과장')).toBe(3);
    expect(keys.get('h:과')).toBe(3);
    expect(keys.has('c:ㄱㅈ')).toBe(false);
  });
  it('department: syllables only (rank 4)', () => {
    expect(keys.get('h:영업')).toBe(4);
    expect(keys.get('h:팀')).toBe(4);
  });
});

describe('searchKeys — Latin', () => {
  it('1–2 letter prefixes of each word; the first word ranks 0, later words 1', () => {
    expect(Object.fromEntries(keyMap({ name: 'James Smith' }))).toEqual({ 'l:j': 0, 'l:ja': 0, 'l:s': 1, 'l:sm': 1 });
  });
  it('is case-insensitive', () => {
    expect(keyMap({ name: 'JAMES smith' })).toEqual(keyMap({ name: 'james SMITH' }));
  });
  it('one-letter words give one key', () => {
    expect(Object.fromEntries(keyMap({ name: 'J Kim' }))).toEqual({ 'l:j': 0, 'l:k': 1, 'l:ki': 1 });
  });
  it('company words get Latin prefixes at rank 2', () => {
    const keys = keyMap({ name: 'James Smith', company: 'Acme Logistics' });
    expect(keys.get('l:ac')).toBe(2);
    expect(keys.get('l:lo')).toBe(2);
    expect(keys.get('l:ja')).toBe(0);
  });
  it('mixed Hangul and Latin names get both kinds of key', () => {
    const keys = keyMap({ name: '김철수 Kim' });
    expect(keys.get('c:ㄱㅊㅅ')).toBe(0);
    expect(keys.has('l:ki')).toBe(true);
    expect(keys.has('l:k')).toBe(true);
  });
});

describe('normalizeQuery', () => {
  it('trims, collapses spaces, lower-cases and composes', () => {
    expect(normalizeQuery('  Kim   Chul  ')).toBe('kim chul');
    expect(normalizeQuery('김철수'.normalize('NFD'))).toBe('김철수');
  });
});

describe('planQuery', () => {
  it.each([
    // 1 and 2 Korean syllables → key lookup
    ['김', { kind: 'keys', key: 'h:김' }],
    ['철수', { kind: 'keys', key: 'h:철수', notes: '철수' }],
    [' 과장 ', { kind: 'keys', key: 'h:과장', notes: '과장' }],
    // 초성
    ['ㄱ', { kind: 'keys', key: 'c:ㄱ' }],
    ['ㄱㅊ', { kind: 'keys', key: 'c:ㄱㅊ' }],
    ['ㄱㅊㅅ', { kind: 'keys', key: 'c:ㄱㅊㅅ' }],
    ['ㄱ ㅊ ㅅ', { kind: 'keys', key: 'c:ㄱㅊㅅ' }],
    ['ㄱㅊㅅㅇㅁㄴㅇ', { kind: 'keys', key: 'c:ㄱㅊㅅㅇㅁㄴ' }],
    // phone digits
    ['5678', { kind: 'digits', digits: '5678' }],
    ['010', { kind: 'digits', digits: '010' }],
    ['010-1234-5678', { kind: 'digits', digits: '01012345678' }],
    ['010 1234 5678', { kind: 'digits', digits: '01012345678' }],
    ['+82 10-1234-5678', { kind: 'digits', digits: '01012345678' }],
    ['+821012345678', { kind: 'digits', digits: '01012345678' }],
    ['(02) 123-4567', { kind: 'digits', digits: '021234567' }],
    // e-mail fragment, company, 3+ syllable names → trigram
    ['kim@ex', { kind: 'fts', text: 'kim@ex', sounds: [] }],
    ['Kim@Example.COM', { kind: 'fts', text: 'kim@example.com', sounds: [] }],
    ['삼성전자', { kind: 'fts', text: '삼성전자', sounds: [] }],
    ['Acme Logistics', { kind: 'fts', text: 'acme logistics', sounds: [] }],
    ['Kim Chulsoo', { kind: 'fts', text: 'kim chulsoo', sounds: ['~~김cls'] }],
    ['김철수', { kind: 'fts', text: '김철수', sounds: [] }],
    ['jam', { kind: 'fts', text: 'jam', sounds: [] }],
    // Latin 1–2 letters → key lookup
    ['j', { kind: 'keys', key: 'l:j' }],
    ['Ja', { kind: 'keys', key: 'l:ja' }],
    // nothing
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['\t\n', { kind: 'empty' }],
  ] as const)('%j → %j', (q, plan) => {
    expect(planQuery(q)).toEqual(plan);
  });

  it('short digit strings (1–2 digits) are not phone searches', () => {
    expect(planQuery('12').kind).not.toBe('digits');
    expect(planQuery('1').kind).not.toBe('digits');
  });

  it('every key a plan asks for is one a matching contact is found by', () => {
    const keys = keyMap({ name: '김철수', company: '삼성전자', title: '과장' });
    for (const q of ['김', '철수', '김철', 'ㄱ', 'ㄱㅊ', 'ㄱㅊㅅ', 'ㅊㅅ', '삼성', '과장', 'ㅅㅅㅈㅈ']) {
      const plan = planQuery(q);
      expect(plan.kind, q).toBe('keys');
      if (plan.kind === 'keys') expect(keys.has(plan.key), q).toBe(true);
    }
    const latin = keyMap({ name: 'James Smith' });
    for (const q of ['j', 'ja', 'S', 'Sm']) {
      const plan = planQuery(q);
      if (plan.kind !== 'keys') throw new Error(`expected keys for ${q}`);
      expect(latin.has(plan.key), q).toBe(true);
    }
  });
});
