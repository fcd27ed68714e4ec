// The import service on real fixture files into a real temp book (issue 5): what is stored,
// dedupe against the book and within a file, rejected files change nothing, undo, cancel, jobs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppError } from '../../shared/errors.js';
import { importReasonText } from '../../shared/i18n/import-reasons.js';
import { contentHash, expectAppError, openTestBackend, isSearchIndexTable, rows, searchIndexContent, tableNames, type TestBackend } from '../support/backend.js';

const FIX = join(import.meta.dirname, '../fixtures/import');
const file = (name: string) => ({ name, bytes: readFileSync(join(FIX, name)) });
const utf8 = (name: string, text: string) => ({ name, bytes: Buffer.from(text, 'utf8') });

let t: TestBackend;
beforeEach(async () => { t = await openTestBackend('2026-03-02T01:00:00.000Z'); });
afterEach(() => t.close());

const svc = () => t.b.services.imports;

describe('import', () => {
  it('imports every fixture: people as prospects from import, points unverified via import, no marketing consent', async () => {
    const r = await svc().importFiles(['android-21-qp.vcf', 'outlook-ko-21.vcf', 'iphone-30.vcf', 'v40.vcf', 'google.csv', 'outlook.csv', 'excel-ko-cp949.csv'].map(file));
    expect(r.files.every((f) => f.rejected === null)).toBe(true);
    expect(r.batchId).not.toBeNull();
    // iphone-30 (Kim Chulsoo, 010-1234-5678) and google.csv (Kim Chulsoo, same mobile) are one person.
    expect(r.merged).toBeGreaterThanOrEqual(1);
    const people = rows<{ id: string; display_name: string; stage: string; source: string }>(t.db, 'SELECT id, display_name, stage, source FROM contacts');
    expect(people.length).toBe(r.imported);
    expect(new Set(people.map((p) => p.stage))).toEqual(new Set(['prospect']));
    expect(new Set(people.map((p) => p.source))).toEqual(new Set(['import']));
    const points = rows<{ verified_via: string; status: string }>(t.db, 'SELECT verified_via, status FROM contact_points');
    expect(points.every((p) => p.verified_via === 'import' && (p.status === 'unverified' || p.status === 'obsolete'))).toBe(true);
    expect(rows(t.db, 'SELECT * FROM consents')).toEqual([]);
    // The REV date is kept as the last-known date of the points.
    const hong = rows<{ verified_at: string | null }>(t.db, `SELECT p.verified_at FROM contact_points p JOIN contacts c ON c.id = p.contact_id WHERE c.display_name = '홍길동'`);
    expect(hong.every((p) => p.verified_at === '2023-04-05T01:02:03.000Z')).toBe(true);
    // Each new person has the prospect check-in, from the import.
    const checkIns = rows<{ n: number }>(t.db, `SELECT count(*) AS n FROM follow_ups WHERE kind = 'check-in' AND status = 'open'`)[0]!.n;
    expect(checkIns).toBe(r.imported);
    // The photo is an attachment, a JPEG.
    expect(rows<{ kind: string; mime: string }>(t.db, 'SELECT kind, mime FROM attachments')).toEqual([{ kind: 'photo', mime: 'image/jpeg' }].slice(0, rows(t.db, 'SELECT 1 FROM attachments').length));
  });

  it('a rejected file stores nothing and says why; the good file of the batch is imported', async () => {
    const before = contentHash(t.db);
    const bad = await svc().importFiles([file('garbage.bin'), file('empty.vcf')]);
    expect(bad.files.map((f) => f.rejected)).toEqual([expect.stringMatching(/binary|not readable/), expect.stringMatching(/empty/)]);
    expect(bad.batchId).toBeNull();
    expect(contentHash(t.db)).toBe(before);
    const mixed = await svc().importFiles([file('garbage.bin'), file('v40.vcf')]);
    expect(mixed.files[0]!.rejected).not.toBeNull();
    expect(mixed.imported).toBe(1);
  });

  it('bad records are skipped with record, line and reason; a missing END is never merged into the next', async () => {
    const r = await svc().importFiles([utf8('mixed.csv', '이름,휴대폰,이메일,메모\r\n김철수,010-1111-2222,kim@a.kr,\r\n,,,메모만\r\n이영희,010-3333-4444,lee@a.kr,\r\n')]);
    expect(r.imported).toBe(2);
    expect(r.skipped).toBe(1);
    expect(r.files[0]!.errors[0]).toMatchObject({ record: 2, line: 3, reason: expect.stringMatching(/name/) });
    const m = await svc().importFiles([file('missing-end.vcf')]);
    const names = rows<{ display_name: string }>(t.db, `SELECT display_name FROM contacts WHERE display_name IN ('First', 'Second') ORDER BY 1`).map((x) => x.display_name);
    expect(names.length + m.skipped).toBe(2);
    expect(names).toContain('Second');
  });

  it('merges a record into the person already in the book with that mobile (Hangul and Latin spellings), and undo reverts it', async () => {
    const kim = await t.b.invoke('contacts.add', { name: '김철수', company: '한빛생명', points: [{ kind: 'mobile', value: '010-1234-5678' }], notes: '기존 메모' });
    // Every table, and the FTS index by its content (its shadow tables' layout changes with any rewrite).
    const snapshot = () => Object.fromEntries([
      ...tableNames(t.db).filter((tb) => !isSearchIndexTable(tb)).map((tb) => [tb, rows(t.db, `SELECT * FROM "${tb}" ORDER BY 1`)]),
      ['search', searchIndexContent(t.db)],
    ]);
    const was = snapshot();
    t.clock.advanceDays(1);
    const r = await svc().importFiles([file('iphone-30.vcf')]);
    expect(r).toMatchObject({ imported: 0, merged: 1 });
    const d = await t.b.invoke('contacts.get', { id: kim.id });
    expect(d.contact.company).toBe('한빛생명'); // the user's own value is kept
    expect(d.contact.points.map((p) => p.value)).toEqual(['010-1234-5678', 'kim@example.com']);
    expect(d.contact.notes).toContain('기존 메모');
    expect(d.contact.notes).toContain('first\nsecond');
    expect(rows(t.db, `SELECT field FROM contact_history WHERE contact_id = ? AND by = 'import'`, kim.id).length).toBeGreaterThan(0);
    // Search finds the merged e-mail.
    expect((await t.b.invoke('contacts.search', { q: 'kim@example' })).items.map((i) => i.id)).toEqual([kim.id]);
    const u = svc().undo(r.batchId!);
    expect(u).toMatchObject({ removed: 0, reverted: 1 });
    const after = await t.b.invoke('contacts.get', { id: kim.id });
    expect(after.contact.points.map((p) => p.value)).toEqual(['010-1234-5678']);
    expect(after.contact.notes).toBe('기존 메모');
    expect((await t.b.invoke('contacts.search', { q: 'kim@example' })).items).toEqual([]);
    // Apart from the batch's own record and the merge log, the book is as it was.
    const strip = () => { t.db.exec('DELETE FROM import_batches; DELETE FROM merges; DELETE FROM undo_log'); };
    strip();
    expect(snapshot()).toEqual(was);
  });

  it('a merge that keeps the stored company and title says so: the report lists what differed, the file\'s values go to the notes (in the book\'s language), undo takes them back', async () => {
    await t.b.invoke('settings.update', { locale: 'ko' });
    const kim = await t.b.invoke('contacts.add', { name: '김철수', company: '한빛생명', title: '과장', points: [{ kind: 'mobile', value: '010-1234-5678' }] });
    const r = await svc().importFiles([utf8('명단.csv', '이름,회사,직책,부서,휴대폰\r\n김철수,대한물산,부장,영업1팀,010-1234-5678\r\n이영희,한빛생명,과장,,010-9999-0000\r\n이영희,한빛 생명,대리,,010-9999-0000\r\n')]);
    expect(r).toMatchObject({ imported: 1, merged: 2 });
    const lee = rows<{ id: string }>(t.db, "SELECT id FROM contacts WHERE display_name = '이영희'")[0]!.id;
    expect(r.files[0]!.mergedRecords).toEqual([
      {
        record: 1, line: 2, name: '김철수', into: 'book', contactId: kim.id, keptName: '김철수', notedInNotes: true,
        differences: [{ field: 'company', kept: '한빛생명', file: '대한물산' }, { field: 'title', kept: '과장', file: '부장' }],
      },
      // Spacing does not make a company different; the title does.
      { record: 3, line: 4, name: '이영희', into: 'import', contactId: lee, keptName: '이영희', notedInNotes: true, differences: [{ field: 'title', kept: '과장', file: '대리' }] },
    ]);
    const d = (await t.b.invoke('contacts.get', { id: kim.id })).contact;
    expect(d).toMatchObject({ company: '한빛생명', title: '과장', department: '영업1팀' }); // kept; the empty department filled in
    expect(d.notes).toMatch(/^\[가져오기 \d{4}-\d\d-\d\d · 명단\.csv\] 파일의 다른 값 — 회사: 대한물산 \(기존 값 한빛생명 유지\); 직책: 부장 \(기존 값 과장 유지\)$/);
    // The file's company is still findable: the notes are searched.
    expect((await t.b.invoke('contacts.search', { q: '대한물산' })).items.map((i) => i.id)).toEqual([kim.id]);
    svc().undo(r.batchId!);
    const after = (await t.b.invoke('contacts.get', { id: kim.id })).contact;
    expect(after).toMatchObject({ company: '한빛생명', title: '과장', department: null, notes: null });
    expect((await t.b.invoke('contacts.search', { q: '대한물산' })).items).toEqual([]);
  });

  it('a merge with nothing different reports the record with no differences and leaves the notes alone', async () => {
    const kim = await t.b.invoke('contacts.add', { name: '김철수', company: 'ACME Korea', points: [{ kind: 'mobile', value: '010-1234-5678' }] });
    const r = await svc().importFiles([utf8('same.csv', '이름,회사,휴대폰\r\n김철수,acme  korea,010-1234-5678\r\n')]);
    expect(r.files[0]!.mergedRecords).toEqual([{ record: 1, line: 2, name: '김철수', into: 'book', contactId: kim.id, keptName: '김철수', differences: [], notedInNotes: false }]);
    expect((await t.b.invoke('contacts.get', { id: kim.id })).contact.notes).toBeNull();
  });

  it('undo of an import removes exactly the people it added', async () => {
    const mine = await t.b.invoke('contacts.add', { name: '내 사람' });
    const r = await svc().importFiles([file('excel-ko-cp949.csv'), file('outlook.csv')]);
    expect(r.imported).toBe(4);
    expect((await t.b.invoke('contacts.search', { q: '김철수' })).items.length).toBe(1);
    await expectAppError(async () => svc().undo('01900000-0000-7000-8000-00000000dead'), 'not-found');
    expect(svc().undo(r.batchId!)).toMatchObject({ removed: 4, reverted: 0 });
    expect(rows<{ id: string }>(t.db, 'SELECT id FROM contacts').map((x) => x.id)).toEqual([mine.id]);
    expect((await t.b.invoke('contacts.search', { q: '김철수' })).items).toEqual([]);
    expect(rows(t.db, 'SELECT * FROM contact_fts')).toHaveLength(1);
    expect((await t.b.invoke('import.batches', {})).items[0]).toMatchObject({ id: r.batchId, undoneAt: expect.any(String) });
    await expectAppError(async () => svc().undo(r.batchId!), 'conflict');
  });

  it('undo after a merge: refused with merge-blocked naming the merge, then undone together with it when asked', async () => {
    const kim = await t.b.invoke('contacts.add', { name: '김철수', company: '한빛생명', points: [{ kind: 'mobile', value: '010-1234-5678' }] });
    const twin = await t.b.invoke('contacts.add', { name: '김철수', company: '한빛생명', points: [{ kind: 'email', value: 'chulsoo@hb.kr' }] });
    t.clock.advanceDays(1);
    // The import merges into 김철수 (same mobile) and adds 이영희; then the user merges the twin into
    // 김철수 and 이영희 into a hand-made 이영희 from the Duplicates screen.
    const r = await svc().importFiles([utf8('a.csv', '이름,휴대폰,이메일\r\nKim Chulsoo,010-1234-5678,kim@example.com\r\n이영희,010-3333-4444,\r\n')]);
    expect(r).toMatchObject({ imported: 1, merged: 1 });
    const lee = rows<{ id: string }>(t.db, `SELECT id FROM contacts WHERE display_name = '이영희'`)[0]!.id;
    const lee2 = await t.b.invoke('contacts.add', { name: '이영희', points: [{ kind: 'mobile', value: '010-3333-4444' }] });
    t.clock.advanceDays(1);
    const m1 = await t.b.invoke('duplicates.merge', { keepId: kim.id, mergeId: twin.id });
    const m2 = await t.b.invoke('duplicates.merge', { keepId: lee2.id, mergeId: lee });
    const err = await t.b.invoke('import.undo', { batchId: r.batchId! }).then(() => null, (e: unknown) => e as AppError);
    expect(err).toMatchObject({ code: 'merge-blocked' });
    expect(err!.issues).toEqual(expect.arrayContaining([
      { path: `merges.${m1.mergeId}`, message: '김철수 → 김철수' },
      { path: `merges.${m2.mergeId}`, message: '이영희 → 이영희' },
    ]));
    expect(err!.issues).toHaveLength(2);
    // Nothing changed by the refusal.
    expect((await t.b.invoke('import.batches', {})).items[0]!.undoneAt).toBeNull();
    const u = await t.b.invoke('import.undo', { batchId: r.batchId!, withMerges: true });
    expect(u).toMatchObject({ removed: 1, reverted: 1, unmerged: 2 });
    expect(rows(t.db, 'SELECT id FROM merges WHERE undone_at IS NULL')).toEqual([]);
    const back = await t.b.invoke('contacts.get', { id: twin.id });
    expect(back.contact.deletedAt).toBeNull();
    expect((await t.b.invoke('contacts.get', { id: kim.id })).contact.points.map((p) => p.value)).toEqual(['010-1234-5678']);
    expect(rows(t.db, 'SELECT id FROM contacts WHERE id = ?', lee)).toEqual([]);
    // A merge undone from its toast after a later one is refused the same way, naming the later one.
    const m3 = await t.b.invoke('duplicates.merge', { keepId: kim.id, mergeId: twin.id });
    const third = await t.b.invoke('contacts.add', { name: '김철수', company: '한빛생명' });
    const m4 = await t.b.invoke('duplicates.merge', { keepId: third.id, mergeId: kim.id });
    const e2 = await t.b.invoke('duplicates.undoMerge', { mergeId: m3.mergeId }).then(() => null, (e: unknown) => e as AppError);
    expect(e2).toMatchObject({ code: 'merge-blocked', issues: [{ path: `merges.${m4.mergeId}`, message: '김철수 → 김철수' }] });
  });

  it('a phone number with letters or too few digits is kept as written, with a note; a bad e-mail is dropped with one', async () => {
    const r = await svc().importFiles([utf8('p.csv', '이름,휴대폰,전화,이메일\r\n김철수,010-12-34,abc-123,kim@\r\n')]);
    expect(r.imported).toBe(1);
    expect(r.files[0]!.warnings.map((w) => [w.line, w.reason])).toEqual([
      [2, 'mobile: is not a phone number (too few digits), kept as written'],
      [2, 'phone: is not a phone number (letters), kept as written'],
      [2, 'email: is not an e-mail address, not imported'],
    ]);
    const kim = rows<{ kind: string; raw_value: string; status: string }>(t.db, 'SELECT kind, raw_value, status FROM contact_points ORDER BY position');
    expect(kim).toEqual([{ kind: 'mobile', raw_value: '010-12-34', status: 'unverified' }, { kind: 'phone', raw_value: 'abc-123', status: 'unverified' }]);
    expect(importReasonText(r.files[0]!.warnings[0]!.reason, 'ko')).toBe('휴대폰: 전화번호의 자릿수가 모자랍니다 (입력된 그대로 가져옴)');
  });

  it('two records of one person in a file become one person; a dry run changes nothing', async () => {
    const csv = utf8('dup.csv', '이름,회사,휴대폰,이메일,메모\r\n김철수,인연상사,010-1111-2222,,첫째\r\nKim Chulsoo,,010 1111 2222,kim@in.kr,둘째\r\n박영수,인연상사,,KIM@IN.KR,\r\n');
    const before = contentHash(t.db);
    const dry = await svc().importFiles([csv], { dryRun: true });
    expect(dry).toMatchObject({ imported: 1, merged: 2, batchId: null, dryRun: true });
    expect(contentHash(t.db)).toBe(before);
    const r = await svc().importFiles([csv]);
    expect(r).toMatchObject({ imported: 1, merged: 2 });
    const [c] = (await t.b.invoke('contacts.list', {})).items;
    const d = await t.b.invoke('contacts.get', { id: c!.id });
    expect(d.contact.name).toBe('김철수');
    expect(d.contact.points.map((p) => p.value)).toEqual(['010-1111-2222', 'kim@in.kr']);
    // The later records' other names are not dropped silently: the report and a note say so.
    expect(d.contact.notes).toMatch(/^첫째\n\n둘째\n\n\[Import \d{4}-\d\d-\d\d · dup\.csv\] The file had other values — Name: Kim Chulsoo \(kept 김철수\)/);
    expect(r.files[0]!.mergedRecords).toEqual([
      { record: 2, line: 3, name: 'Kim Chulsoo', into: 'import', contactId: c!.id, keptName: '김철수', differences: [{ field: 'name', kept: '김철수', file: 'Kim Chulsoo' }], notedInNotes: true },
      { record: 3, line: 4, name: '박영수', into: 'import', contactId: c!.id, keptName: '김철수', differences: [{ field: 'name', kept: '김철수', file: '박영수' }], notedInNotes: true },
    ]);
  });

  it('a CSV with unknown columns is refused until mapped', async () => {
    const csv = utf8('odd.csv', '고객,연락처\r\n김철수,010-1111-2222\r\n');
    const r = await svc().importFiles([csv]);
    expect(r.files[0]!.rejected).toMatch(/mapping/);
    const p = await t.b.invoke('import.preview', { name: 'odd.csv', dataBase64: csv.bytes.toString('base64') });
    expect(p).toMatchObject({ knownHeaderSet: false, headers: ['고객', '연락처'], rawRows: [['김철수', '010-1111-2222']] });
    const mapped = await t.b.invoke('import.preview', { name: 'odd.csv', dataBase64: csv.bytes.toString('base64'), mapping: { 고객: 'name', 연락처: 'mobile' } });
    expect(mapped).toMatchObject({ knownHeaderSet: true, records: 1, sample: [{ name: '김철수', phones: ['010-1111-2222'] }] });
    const { jobId } = await t.b.invoke('import.start', { previewIds: [mapped.previewId], savedMappingName: '내 엑셀', mapping: { 고객: 'name', 연락처: 'mobile' } });
    const s = await waitJob(jobId);
    expect(s).toMatchObject({ state: 'done', report: { imported: 1 } });
    expect((await t.b.invoke('mappings.list', {})).items.map((m) => m.name)).toEqual(['내 엑셀']);
  });

  it('cancel leaves nothing half-imported', async () => {
    const lines = ['이름,휴대폰'];
    for (let i = 0; i < 5000; i++) lines.push(`사람${i},010-${String(1000 + (i % 9000)).padStart(4, '0')}-${String(i).padStart(4, '0')}`);
    const before = contentHash(t.db);
    const p = await t.b.invoke('import.preview', { name: 'big.csv', dataBase64: Buffer.from(lines.join('\r\n')).toString('base64') });
    const { jobId } = await t.b.invoke('import.start', { previewIds: [p.previewId] });
    await t.b.invoke('import.cancel', { jobId });
    const s = await waitJob(jobId);
    expect(s.state).toBe('cancelled');
    expect(contentHash(t.db)).toBe(before);
  });

  it('a large file is read in steps: the job reports reading with the file and its records, and a Cancel while reading leaves nothing', async () => {
    const lines = ['이름,휴대폰'];
    for (let i = 0; i < 6000; i++) lines.push(`사람${i},010-${String(3000 + (i % 6000)).padStart(4, '0')}-${String(i).padStart(4, '0')}`);
    const before = contentHash(t.db);
    const p = await t.b.invoke('import.preview', { name: 'big.csv', dataBase64: Buffer.from(lines.join('\r\n')).toString('base64') });
    const { jobId } = await t.b.invoke('import.start', { previewIds: [p.previewId] });
    // Reading runs a step at a time with the backend free in between: several readings are seen.
    const seen: { done: number; total: number }[] = [];
    let s = await t.b.invoke('import.status', { jobId });
    expect(s).toMatchObject({ reading: true, file: 'big.csv', writing: false });
    while (s.state === 'running' && s.reading && seen.length < 3) {
      if (s.total > 0) seen.push({ done: s.done, total: s.total });
      await new Promise((r) => setImmediate(r));
      s = await t.b.invoke('import.status', { jobId });
    }
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen.every((x) => x.total === 6000 && x.done < 6000)).toBe(true);
    expect(seen.at(-1)!.done).toBeGreaterThan(seen[0]!.done);
    await t.b.invoke('import.cancel', { jobId });
    expect(await waitJob(jobId)).toMatchObject({ state: 'cancelled', reading: false });
    expect(contentHash(t.db)).toBe(before);
  });

  it('once every record is read the job says writing, and a Cancel then no longer applies: the batch is whole', async () => {
    const lines = ['이름,휴대폰'];
    for (let i = 0; i < 3000; i++) lines.push(`사람${i},010-${String(2000 + (i % 7000)).padStart(4, '0')}-${String(i).padStart(4, '0')}`);
    const p = await t.b.invoke('import.preview', { name: 'big.csv', dataBase64: Buffer.from(lines.join('\r\n')).toString('base64') });
    const { jobId } = await t.b.invoke('import.start', { previewIds: [p.previewId] });
    let s = await t.b.invoke('import.status', { jobId });
    expect(s.writing).toBe(false);
    // Poll as the UI does; the write blocks the backend, so the status seen before it is `writing`.
    while (s.state === 'running' && !s.writing) {
      await new Promise((r) => setImmediate(r));
      s = await t.b.invoke('import.status', { jobId });
    }
    if (s.state === 'running') {
      expect(s).toMatchObject({ writing: true, reading: false, file: null, done: 3000, total: 3000 });
      expect((await t.b.invoke('import.cancel', { jobId })).writing).toBe(true);
    }
    const end = await waitJob(jobId);
    expect(end).toMatchObject({ state: 'done', writing: false, report: { imported: 3000 } });
    expect(rows(t.db, 'SELECT id FROM contacts').length).toBe(3000);
  });

  it('a batch larger than the book is written with its tables\' indexes rebuilt after: same schema, same rows and answers, nothing on a dry run', async () => {
    const schema = () => rows(t.db, "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name");
    const before = schema();
    const kept = await t.b.invoke('contacts.add', { name: '원래 있던 사람', company: '대량상사', points: [{ kind: 'mobile', value: '010-4000-0001' }] });
    const lines = ['이름,회사,휴대폰,이메일'];
    for (let i = 0; i < 5200; i++) lines.push(`대량${i},대량상사,010-4000-${String(i).padStart(4, '0')},b${i}@bulk.kr`);
    const bytes = Buffer.from(lines.join('\r\n'));
    const hash = contentHash(t.db);
    expect(await svc().importFiles([{ name: 'bulk.csv', bytes }], { dryRun: true })).toMatchObject({ imported: 5199, merged: 1, dryRun: true });
    expect(contentHash(t.db)).toBe(hash);
    const r = await svc().importFiles([{ name: 'bulk.csv', bytes }]);
    expect(r).toMatchObject({ imported: 5199, merged: 1 });
    expect(schema()).toEqual(before);
    expect(t.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // The rebuilt indexes answer: by name, by company key, by number, by stage and due date.
    expect((await t.b.invoke('contacts.search', { q: '대량5199' })).items.map((i) => i.name)).toEqual(['대량5199']);
    expect((await t.b.invoke('contacts.search', { q: '대량', limit: 3 })).items.map((i) => i.name)).toEqual(['대량0', '대량10', '대량100']); // 대량1 was merged into the person already there
    expect((await t.b.invoke('contacts.search', { q: '010-4000-0001' })).items.map((i) => i.id)).toEqual([kept.id]);
    expect((await t.b.invoke('contacts.list', { sort: 'name', stage: 'prospect', offset: 0, limit: 2 })).total).toBe(5200);
    expect(rows(t.db, "SELECT count(*) AS n FROM follow_ups INDEXED BY follow_ups_agenda WHERE status = 'open' AND due_date > ''")).toEqual([{ n: 5200 }]);
  }, 120_000); // two imports of 5,200 rows on a shared machine

  it('a large batch finds the book\'s people from one read of their numbers and e-mails: the oldest holder gets the merge', async () => {
    const older = await t.b.invoke('contacts.add', { name: '먼저 온 사람', points: [{ kind: 'mobile', value: '010-3000-0007' }] });
    t.clock.advanceDays(1);
    const newer = await t.b.invoke('contacts.add', { name: '나중 사람', points: [{ kind: 'mobile', value: '010-3000-0007' }, { kind: 'email', value: 'p5@x.kr' }] });
    const gone = await t.b.invoke('contacts.add', { name: '지운 사람', points: [{ kind: 'email', value: 'p9@x.kr' }] });
    await t.b.invoke('contacts.delete', { id: gone.id });
    const lines = ['이름,휴대폰,이메일'];
    for (let i = 0; i < 2500; i++) lines.push(`사람${i},010-3000-${String(i).padStart(4, '0')},p${i}@x.kr`);
    const r = await svc().importFiles([utf8('big.csv', lines.join('\r\n'))]);
    // 0007 → the older holder of that number; p5@x.kr → the only holder; p9 is in the trash: a new person.
    expect(r).toMatchObject({ imported: 2498, merged: 2 });
    const mergedInto = rows<{ kept_id: string }>(t.db, 'SELECT kept_id FROM merges ORDER BY kept_id').map((m) => m.kept_id);
    expect(mergedInto.sort()).toEqual([older.id, newer.id].sort());
  });
});

async function waitJob(jobId: string) {
  for (let i = 0; i < 600; i++) {
    const s = await t.b.invoke('import.status', { jobId });
    if (s.state !== 'running') return s;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('job did not finish');
}
