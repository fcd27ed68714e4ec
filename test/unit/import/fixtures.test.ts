// Every fixture in test/fixtures/import through the one entry point the import service calls.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseImportFile, type FileParse } from '../../../electron/backend/import/index.js';

const dir = join(import.meta.dirname, '../../fixtures/import');
const parse = (name: string): FileParse => parseImportFile(readFileSync(join(dir, name)));
const names = (r: FileParse) => (r.status === 'parsed' ? r.records.map((x) => ('draft' in x ? x.draft.name : `error: ${x.error}`)) : r.status);

describe('import fixtures', () => {
  it.each([
    ['android-21-qp.vcf', 'vcard', 'utf-8', ['김철수']],
    ['outlook-ko-21.vcf', 'vcard', 'cp949', ['홍길동']],
    ['iphone-30.vcf', 'vcard', 'utf-8', ['Kim Chulsoo']],
    ['v40.vcf', 'vcard', 'utf-8', ['이영희']],
    ['missing-end.vcf', 'vcard', 'utf-8', ['First', 'Second']],
    ['truncated.vcf', 'vcard', 'utf-8', ['Whole', 'Cut sho']],
    ['google.csv', 'csv', 'utf-8', ['Kim Chulsoo']],
    ['outlook.csv', 'csv', 'utf-8', ['John Smith', 'Jane Doe']],
    ['excel-ko-cp949.csv', 'csv', 'cp949', ['김철수', '이민호']],
  ])('%s → %s in %s', (file, format, encoding, people) => {
    const r = parse(file);
    expect(r).toMatchObject({ status: 'parsed', format, encoding });
    expect(names(r)).toEqual(people);
  });

  it('keeps details the exporters wrote', () => {
    const a = parse('android-21-qp.vcf');
    expect(a.status === 'parsed' && a.records[0]).toMatchObject({ draft: { notes: '첫 줄\n둘째 줄', points: [{ kind: 'mobile', value: '011-234-5678', primary: true }, { kind: 'phone', label: 'home' }] } });
    const o = parse('outlook-ko-21.vcf');
    expect(o.status === 'parsed' && o.records[0]).toMatchObject({ draft: { company: '인연상사', birthday: '1979-12-30' }, extras: { rev: '2023-04-05T01:02:03.000Z' } });
    const v = parse('v40.vcf');
    expect(v.status === 'parsed' && v.records[0]).toMatchObject({ draft: { birthday: '--11-03', familyName: '이', givenName: '영희' }, extras: { anniversary: '2009-08-08' } });
    const t = parse('truncated.vcf');
    expect(t.status === 'parsed' && t.records[1]).toMatchObject({ warnings: [expect.stringMatching(/cut short/)] });
    const x = parse('outlook.csv');
    expect(x.status === 'parsed' && x.records[1]).toMatchObject({ draft: { birthday: '1982-11-03' } });
  });

  it('rejects garbage and empty files with a reason', () => {
    expect(parse('garbage.bin')).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/binary|not readable/) });
    expect(parse('empty.vcf')).toEqual({ status: 'rejected', format: null, reason: 'The file is empty.' });
  });
});
