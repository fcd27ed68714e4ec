// Export → import into an empty book gives the same people (issue 5): vCard 4.0, vCard 3.0 and
// CSV written by our exporters, read back through the whole import service (parse, normalise,
// dedupe, write), compared person by person through contacts.get.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportToString } from '../../electron/backend/export/index.js';
import type { ContactDraft } from '../../shared/contract/index.js';
import type { Contact } from '../../shared/domain/types.js';
import { openTestBackend, type TestBackend } from '../support/backend.js';

const PEOPLE: ContactDraft[] = [
  {
    name: '김철수', familyName: '김', givenName: '철수', company: '한빛생명, 강남지점', department: '영업1팀', title: '과장',
    birthday: '1982-03-15', notes: '첫 줄, 쉼표; 세미콜론\n둘째 줄 😀',
    points: [
      { kind: 'mobile', value: '010-1234-5678', primary: true },
      { kind: 'phone', value: '02-312-4567', label: '회사' },
      { kind: 'email', value: 'chulsoo.kim@hanbit.co.kr', primary: true },
      { kind: 'email', value: 'kim@example.com' },
    ],
  },
  {
    name: 'James O\'Brien', familyName: 'O\'Brien', givenName: 'James', company: 'Acme; Logistics, Inc.', title: 'VP, Sales',
    birthday: '--05-02', notes: 'Met at "Seoul Expo"; likes golf',
    points: [{ kind: 'mobile', value: '+1 415 555 2671' }, { kind: 'email', value: 'james@acme.com' }],
  },
  { name: '이영희', company: '누리소프트', birthday: '--02-29', points: [{ kind: 'mobile', value: '010-5555-6666' }, { kind: 'mobile', value: '010-7777-8888' }] },
  { name: '박민수', title: '대리', notes: '메모만 있는 사람' },
];

/** What must survive, comparably: names, phones and e-mails (by normalised value), company, title, birthday, notes. */
function shape(c: Contact) {
  return {
    name: c.name, company: c.company, title: c.title, birthday: c.birthday, notes: c.notes,
    phones: c.points.filter((p) => p.kind === 'mobile' || p.kind === 'phone').map((p) => p.normalized).sort(),
    emails: c.points.filter((p) => p.kind === 'email').map((p) => p.normalized).sort(),
  };
}

async function everyone(t: TestBackend) {
  const { items } = await t.b.invoke('contacts.list', { limit: 500 });
  const out = [];
  for (const s of items) out.push(shape((await t.b.invoke('contacts.get', { id: s.id })).contact));
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

describe('export → import into an empty book', () => {
  let from: TestBackend;
  let to: TestBackend;
  beforeEach(async () => {
    from = await openTestBackend();
    for (const d of PEOPLE) await from.b.invoke('contacts.add', d);
    to = await openTestBackend();
  });
  afterEach(async () => { await from.close(); await to.close(); });

  for (const [label, opts, ext] of [
    ['vCard 4.0', { format: 'vcf', vcardVersion: '4.0' }, 'vcf'],
    ['vCard 3.0', { format: 'vcf', vcardVersion: '3.0' }, 'vcf'],
    ['CSV', { format: 'csv' }, 'csv'],
  ] as const) {
    it(`${label} gives the same people`, async () => {
      const { content, count } = exportToString(from.db, opts);
      expect(count).toBe(PEOPLE.length);
      const r = await to.b.services.imports.importFiles([{ name: `book.${ext}`, bytes: Buffer.from(content, 'utf8') }]);
      expect(r).toMatchObject({ imported: PEOPLE.length, merged: 0, skipped: 0 });
      const want = await everyone(from);
      const got = await everyone(to);
      expect(got).toEqual(want);
      // A name's parts survive where the format carries them (vCard N; the CSV's given/family columns).
      const kim = (await to.b.invoke('contacts.search', { q: '김철수' })).items[0]!;
      expect((await to.b.invoke('contacts.get', { id: kim.id })).contact).toMatchObject({ familyName: '김', givenName: '철수', department: '영업1팀' });
    });
  }
});
