// Two-syllable words inside notes (note_words, 0011): "골프" finds a note "골프를 좋아함" (Korean
// particles are suffixes), says it matched the note, and follows edits, trash, purge and import.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestBackend, rows, type TestBackend } from '../support/backend.js';

let t: TestBackend;
beforeEach(async () => { t = await openTestBackend('2026-03-02T01:00:00.000Z'); });
afterEach(() => t.close());

const search = async (q: string) => (await t.b.invoke('contacts.search', { q, limit: 50 })).items;
const names = async (q: string) => (await search(q)).map((i) => i.name);

describe('notes by a two-syllable word', () => {
  it('finds the word with its particle, after name and company hits, and says the note matched', async () => {
    const golfer = await t.b.invoke('contacts.add', { name: '박민수', company: '한빛생명', notes: '주말마다 라운딩. 골프를 좋아함, 핸디 12' });
    await t.b.invoke('contacts.add', { name: '골프왕', company: '스크린골프', notes: null });
    await t.b.invoke('contacts.add', { name: '이등산', notes: '등산 모임 총무' });
    expect(await names('골프')).toEqual(['골프왕', '박민수']); // the name key first, then the note
    const [, hit] = await search('골프');
    expect(hit!.matched).toEqual({ field: 'notes', snippet: '주말마다 라운딩. 골프를 좋아함, 핸디 12' });
    expect((await search('골프'))[0]!.matched).toBeUndefined(); // its name shows why
    expect(await names('좋아')).toEqual(['박민수']);
    expect(await names('핸디')).toEqual(['박민수']);
    expect(await names('라운')).toEqual(['박민수']);
    // Longer queries (trigram) say so too.
    expect((await search('골프를'))[0]!.matched?.snippet).toContain('골프를 좋아함');

    await t.b.invoke('contacts.update', { id: golfer.id, draft: { name: '박민수', company: '한빛생명', notes: '테니스 동호회' } });
    expect(await names('골프')).toEqual(['골프왕']);
    expect(await names('테니')).toEqual(['박민수']);
    await t.b.invoke('contacts.delete', { id: golfer.id });
    expect(await names('테니')).toEqual([]);
    await t.b.invoke('contacts.restore', { id: golfer.id });
    expect(await names('테니')).toEqual(['박민수']);
    await t.b.invoke('contacts.delete', { id: golfer.id });
    await t.b.invoke('contacts.purge', { id: golfer.id });
    expect(rows(t.db, `SELECT rowid FROM note_words WHERE note_words MATCH '"테니"*'`)).toEqual([]);
  });

  it('finds imported notes', async () => {
    const csv = 'Name,Notes\n최영업,"부부 모두 골프를 침"\n';
    await t.b.services.imports.importFiles([{ name: 'notes.csv', bytes: Buffer.from(csv, 'utf8') }]);
    expect(await names('골프')).toEqual(['최영업']);
  });
});
