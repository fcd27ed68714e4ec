// Hostile text stays text (issue 8): markup, scripts, direction marks, zero-width characters,
// emoji and a 100 KB note are stored exactly as typed and found by search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestBackend, type TestBackend } from '../support/backend.js';

export const HOSTILE_PEOPLE = [
  { name: '<script>window.__pwned=1</script>김철수', notes: '<img src=x onerror="window.__pwned=2">메모', find: 'script' },
  { name: '\u202Eأحمد\u202C 이영희', notes: 'RTL \u202E!olleh\u202C 끝', find: '이영희' },
  { name: '박\u200B철\u200D수', notes: 'zero\u200Bwi\uFEFFdth 끝', find: '박' },
  { name: '👨‍👩‍👧‍👦 가족 🇰🇷', notes: '🎂 생일 🎉', find: '가족' },
  { name: '"><b>굵게</b> & 최수진', notes: `${'긴 메모 '.repeat(20_000).slice(0, 99_990)} 마지막말`, find: '최수진' },
];

let t: TestBackend;
beforeAll(async () => {
  t = await openTestBackend('2026-03-02T01:00:00.000Z');
});
afterAll(() => t.close());

describe('hostile text', () => {
  it('is stored exactly as typed and read back unchanged', async () => {
    for (const p of HOSTILE_PEOPLE) {
      const c = await t.b.invoke('contacts.add', { name: p.name, notes: p.notes, company: p.name.slice(0, 20) });
      const back = (await t.b.invoke('contacts.get', { id: c.id })).contact;
      expect(back.name).toBe(p.name.normalize('NFC'));
      expect(back.notes).toBe(p.notes.normalize('NFC'));
      expect(new TextEncoder().encode(back.notes ?? '').length).toBe(new TextEncoder().encode(p.notes.normalize('NFC')).length);
    }
  });

  it('is found by search, by a fragment of the name or of the note', async () => {
    for (const p of HOSTILE_PEOPLE) {
      const items = (await t.b.invoke('contacts.search', { q: p.find })).items.map((c) => c.name);
      expect(items, p.find).toContain(p.name.normalize('NFC'));
    }
    expect((await t.b.invoke('contacts.search', { q: '마지막말' })).items).toHaveLength(1);
    expect((await t.b.invoke('contacts.search', { q: 'onerror' })).items).toHaveLength(1);
    expect((await t.b.invoke('contacts.search', { q: '👨‍👩‍👧‍👦' })).items).toHaveLength(1);
    expect((await t.b.invoke('contacts.search', { q: '‮أحمد' })).items).toHaveLength(1);
  });
});
