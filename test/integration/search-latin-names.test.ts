// Latin names with an apostrophe, a hyphen or a dot (0012): "obrien" finds O'Brien as "o'brien"
// does, for people added, edited and imported, and for a book made before the change.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestBackend, type TestBackend } from '../support/backend.js';

const MIGRATION_0012 = new URL('../../electron/backend/db/migrations/0012-latin-compact-names.sql', import.meta.url);

let t: TestBackend;
beforeEach(async () => { t = await openTestBackend('2026-03-02T01:00:00.000Z'); });
afterEach(() => t.close());

const names = async (q: string) => (await t.b.invoke('contacts.search', { q, limit: 50 })).items.map((i) => i.name).sort();

describe('Latin names without their marks', () => {
  it('finds O\'Brien by obrien, Jean-Luc by jeanluc, J.P. Morgan by jp morgan; the marked spelling still works', async () => {
    await t.b.invoke('contacts.add', { name: "Sean O'Brien", company: 'Daehan Trading' });
    await t.b.invoke('contacts.add', { name: 'Jean-Luc Martin' });
    await t.b.invoke('contacts.add', { name: 'J.P. Morgan' });
    await t.b.invoke('contacts.add', { name: 'Obi Brien' }); // no mark: found by its own letters only
    expect(await names('obrien')).toEqual(["Sean O'Brien"]);
    expect(await names("o'brien")).toEqual(["Sean O'Brien"]);
    expect(await names('jeanluc')).toEqual(['Jean-Luc Martin']);
    expect(await names('jean-luc')).toEqual(['Jean-Luc Martin']);
    expect(await names('jp morgan')).toEqual(['J.P. Morgan']);
    expect(await names('obi')).toEqual(['Obi Brien']);
  });

  it('follows an edit and an import', async () => {
    const c = await t.b.invoke('contacts.add', { name: 'Sean Brien' });
    expect(await names('obrien')).toEqual([]);
    await t.b.invoke('contacts.update', { id: c.id, draft: { name: "Sean O'Brien" } });
    expect(await names('obrien')).toEqual(["Sean O'Brien"]);
    const csv = "Name,E-mail 1 - Value\nMary O'Neil,mary@example.com\n";
    await t.b.services.imports.importFiles([{ name: 'people.csv', bytes: Buffer.from(csv, 'utf8') }]);
    expect(await names('oneil')).toEqual(["Mary O'Neil"]);
  });

  it('0012 gives a book made before it the same: its SQL adds the form to existing names', async () => {
    const c = await t.b.invoke('contacts.add', { name: "Sean O'Brien" });
    await t.b.invoke('contacts.add', { name: '김철수' });
    // The document as the code before 0012 wrote it.
    t.db.prepare("UPDATE contact_fts SET name = 'Sean O''Brien' WHERE rowid = (SELECT num FROM contacts WHERE id = ?)").run(c.id);
    expect(await names('obrien')).toEqual([]);
    t.db.exec(readFileSync(MIGRATION_0012, 'utf8'));
    expect(await names('obrien')).toEqual(["Sean O'Brien"]);
    expect(await names('김철수')).toEqual(['김철수']);
  });
});
