// Export → parse with the importer gives the same people (issue 5): names, company, title,
// department, phones, e-mails, addresses, birthdays (incl. yearless), notes and tags, for a book
// with Korean, English, emoji and commas/semicolons/newlines/quotes in its fields.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportToString } from '../../electron/backend/export/index.js';
import { parseImportFile, type RecordResult } from '../../electron/backend/import/index.js';
import type { ContactDraft } from '../../shared/contract/index.js';
import { openTestBackend, type TestBackend } from '../support/backend.js';

const TRICKY: ContactDraft[] = [
  {
    name: '김철수', familyName: '김', givenName: '철수', company: '한빛생명, 강남지점', department: '영업1팀; 법인영업', title: '과장 "팀장대행"',
    birthday: '1982-03-15', notes: '첫 줄, 쉼표; 세미콜론\\백슬래시\n둘째 줄 😀\n\n셋째 줄', tags: ['VIP', '보험박람회 2026', '🎯 목표'],
    points: [
      { kind: 'mobile', value: '010-1234-5678', primary: true },
      { kind: 'phone', value: '02-312-4567', label: '회사' },
      { kind: 'phone', value: '02-312-4568', label: '팩스' },
      { kind: 'email', value: 'chulsoo.kim@hanbit.co.kr', primary: true },
      { kind: 'email', value: 'kim@example.com', label: 'home' },
      { kind: 'address', value: '서울특별시 강남구 테헤란로 123, 4층 (역삼동)', label: '회사' },
    ],
  },
  {
    name: 'James O\'Brien', familyName: 'O\'Brien', givenName: 'James', company: 'Acme; Logistics, Inc.', title: 'VP, Sales',
    birthday: '--05-02', notes: 'Met at "Seoul Expo"; likes golf,\r\ntennis', tags: ['Seoul Expo'],
    points: [
      { kind: 'mobile', value: '+1 415 555 2671' },
      { kind: 'email', value: 'james@acme.com' },
      { kind: 'address', value: '1 Market St, Suite 200, San Francisco, CA 94105' },
    ],
  },
  { name: '이영희', company: '누리소프트', birthday: '--02-29', points: [{ kind: 'mobile', value: '010-5555-6666' }, { kind: 'mobile', value: '010-7777-8888' }] },
  { name: '🌸 Flower Shop 꽃집', notes: 'a'.repeat(500) + '한'.repeat(300) },
];

/** What must survive the round trip, in a comparable shape. */
function person(d: { name: string; familyName?: string | null; givenName?: string | null; company?: string | null; department?: string | null; title?: string | null; birthday?: string | null; notes?: string | null; tags?: string[]; points?: { kind: string; value: string }[] }, opts: { splitNames: boolean }) {
  return {
    name: d.name,
    // Parts are compared where the contact has them; a display-name-only contact gets a derived N.
    ...(opts.splitNames && (d.familyName || d.givenName) ? { familyName: d.familyName ?? null, givenName: d.givenName ?? null } : {}),
    company: d.company ?? null, department: d.department ?? null, title: d.title ?? null, birthday: d.birthday ?? null,
    notes: d.notes ? d.notes.replace(/\r\n?/g, '\n') : null,
    tags: [...(d.tags ?? [])].sort(),
    points: (d.points ?? []).map((p) => `${p.kind}:${p.value}`).sort(),
  };
}

function drafts(records: RecordResult[]) {
  return records.map((r) => {
    if ('error' in r) throw new Error(`record ${r.record}: ${r.error}`);
    return r.draft;
  });
}

describe('export round trip through the importer', () => {
  let t: TestBackend;
  beforeEach(async () => {
    t = await openTestBackend();
    for (const d of TRICKY) await t.b.invoke('contacts.add', d);
    // A trashed contact is not exported.
    const gone = await t.b.invoke('contacts.add', { name: '삭제된 사람' });
    await t.b.invoke('contacts.delete', { id: gone.id });
  });
  afterEach(() => t.close());

  const expected = (splitNames: boolean) => TRICKY.map((d) => person(d, { splitNames })).sort((a, b) => a.name.localeCompare(b.name));

  for (const v of ['4.0', '3.0'] as const) {
    it(`vCard ${v}`, () => {
      const { content, count } = exportToString(t.b.ctx.db, { format: 'vcf', vcardVersion: v });
      expect(count).toBe(TRICKY.length);
      for (const line of content.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      const parsed = parseImportFile(Buffer.from(content, 'utf8'));
      expect(parsed.status).toBe('parsed');
      if (parsed.status !== 'parsed') return;
      expect(parsed.format).toBe('vcard');
      const byName = new Map(TRICKY.map((d) => [d.name, d]));
      const got = drafts(parsed.records).map((d) => person({ ...d, ...(byName.get(d.name)?.familyName ? {} : { familyName: null, givenName: null }) }, { splitNames: true }))
        .sort((a, b) => a.name.localeCompare(b.name));
      expect(got).toEqual(expected(true));
      // A name-only contact comes back with the N a phone needs: 이영희 → 이 + 영희.
      expect(drafts(parsed.records).find((d) => d.name === '이영희')).toMatchObject({ familyName: '이', givenName: '영희' });
      // Labels travel too: 회사 as TYPE=work, 팩스 as fax, a custom one as an item label.
      const kim = drafts(parsed.records).find((d) => d.name === '김철수')!;
      expect(kim.points.find((p) => p.value === '010-1234-5678')).toMatchObject({ kind: 'mobile', primary: true });
      expect(kim.points.find((p) => p.value === 'chulsoo.kim@hanbit.co.kr')).toMatchObject({ primary: true });
    });
  }

  it('vCard UID is the contact id, stable across exports', async () => {
    const a = exportToString(t.b.ctx.db, { format: 'vcf' }).content;
    const b = exportToString(t.b.ctx.db, { format: 'vcf' }).content;
    const uids = (s: string) => [...s.matchAll(/^UID:urn:uuid:(.+)$/gm)].map((m) => m[1]!.trim());
    expect(uids(a)).toEqual(uids(b));
    const list = await t.b.invoke('contacts.list', { limit: 50 });
    expect(uids(a).sort()).toEqual(list.items.map((i) => i.id).sort());
  });

  it('Google CSV (UTF-8 with BOM)', () => {
    const { content, count } = exportToString(t.b.ctx.db, { format: 'csv' });
    expect(count).toBe(TRICKY.length);
    const bytes = Buffer.from(content, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = parseImportFile(bytes);
    expect(parsed.status, JSON.stringify(parsed).slice(0, 500)).toBe('parsed');
    if (parsed.status !== 'parsed') return;
    expect(parsed.format).toBe('csv');
    expect(parsed.encoding).toBe('utf-8');
    // CSV has no display-name column: a name without parts comes back as the given name.
    const got = drafts(parsed.records).map((d) => person(d, { splitNames: false })).sort((a, b) => a.name.localeCompare(b.name));
    expect(got).toEqual(expected(false));
  });

  it('an empty book exports an empty file that is still well-formed', async () => {
    const e = await openTestBackend();
    try {
      expect(exportToString(e.b.ctx.db, { format: 'vcf' })).toEqual({ content: '', count: 0 });
      const csv = exportToString(e.b.ctx.db, { format: 'csv' });
      expect(csv.count).toBe(0);
      expect(csv.content.startsWith('\uFEFFFirst Name,')).toBe(true);
    } finally {
      e.close();
    }
  });
});
