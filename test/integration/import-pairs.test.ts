// One person written two ways (issue 5): 김철수 from a Korean phone and Chulsoo Kim from an
// English one (real vCard fixtures, 3.0 and 4.0) share only a mobile number spelled differently.
// On import they become one person; already in the book as two, the Duplicates screen pairs them,
// side by side with addresses and the last touch.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestBackend, rows, type TestBackend } from '../support/backend.js';

const FIX = join(import.meta.dirname, '../fixtures/import');
const file = (name: string) => ({ name, bytes: readFileSync(join(FIX, name)) });

let t: TestBackend;
beforeEach(async () => { t = await openTestBackend('2026-03-02T01:00:00.000Z'); });
afterEach(() => t.close());

describe('Hangul and Latin spellings of one person', () => {
  it('are one person when imported together, and the second file merges into the first later', async () => {
    const both = await t.b.services.imports.importFiles([file('pair-kim-ko.vcf'), file('pair-kim-en.vcf')]);
    expect(both).toMatchObject({ imported: 1, merged: 1 });
    const [kim] = rows<{ id: string; display_name: string }>(t.db, 'SELECT id, display_name FROM contacts');
    expect(kim!.display_name).toBe('김철수');
    const d = (await t.b.invoke('contacts.get', { id: kim!.id })).contact;
    expect(d.points.map((p) => `${p.kind} ${p.normalized}`).sort()).toEqual([
      'address 서울 테헤란로 123 (06234)', 'email chulsoo.kim@hanbit.kr', 'email ckim1980@gmail.com', 'mobile +821043218765',
    ]);
    // The other spelling finds the person.
    expect((await t.b.invoke('contacts.search', { q: 'ckim1980' })).items.map((i) => i.id)).toEqual([kim!.id]);
    t.b.services.imports.undo(both.batchId!);

    const first = await t.b.services.imports.importFiles([file('pair-kim-ko.vcf')]);
    const second = await t.b.services.imports.importFiles([file('pair-kim-en.vcf')]);
    expect([first.imported, second.imported, second.merged]).toEqual([1, 0, 1]);
    expect(rows(t.db, 'SELECT id FROM contacts WHERE deleted_at IS NULL').length).toBe(1);
    expect((await t.b.invoke('duplicates.list', {})).total).toBe(0);
  });

  it('in the book as two people they are an exact pair, shown with addresses and last touch', async () => {
    const ko = await t.b.invoke('contacts.add', {
      name: '김철수', company: '한빛생명', title: '과장',
      points: [{ kind: 'mobile', value: '010-4321-8765' }, { kind: 'address', value: '서울 테헤란로 123' }],
    });
    t.clock.advanceDays(1);
    const en = await t.b.invoke('contacts.add', { name: 'Chulsoo Kim', company: 'Hanbit Life', points: [{ kind: 'mobile', value: '+82 10 4321 8765' }] });
    await t.b.invoke('touches.log', { contactId: en.id, kind: 'call', direction: 'outbound', summary: '통화' });
    const l = await t.b.invoke('duplicates.list', {});
    expect(l.items.map((p) => [p.kind, p.why, p.a.id, p.b.id])).toEqual([['exact', ['mobile'], ko.id, en.id]]);
    const [pair] = l.items;
    expect(pair!.a).toMatchObject({ addresses: ['서울 테헤란로 123'], lastTouchAt: null });
    expect(pair!.b).toMatchObject({ addresses: [], lastTouchAt: expect.stringMatching(/^2026-03-03T/) });
  });

  it('similar names at the same company are suggested, Hangul beside Latin too; the same name elsewhere is not', async () => {
    const a = await t.b.invoke('contacts.add', { name: 'Chulsoo Kim', company: 'Hanbit Life' });
    const b = await t.b.invoke('contacts.add', { name: 'Kim Chulsoo', company: 'hanbit life' });
    await t.b.invoke('contacts.add', { name: 'Kim Chulsoo', company: 'Acme' });
    // Hangul and Latin spellings at one company, with no number or e-mail in common: a suggestion.
    const ko = await t.b.invoke('contacts.add', { name: '김철수', company: 'Nuri Soft' });
    const en = await t.b.invoke('contacts.add', { name: 'Chul-soo Kim', company: 'nurisoft' });
    await t.b.invoke('contacts.add', { name: 'Kim Minjun', company: 'Nuri Soft' });
    const l = await t.b.invoke('duplicates.list', {});
    expect(l.items.map((p) => [p.kind, p.why, p.a.id, p.b.id]).sort()).toEqual([
      ['suggested', ['name-company'], ko.id, en.id],
      ['suggested', ['name-company'], a.id, b.id],
    ].sort());
  });
});
