// Encoding, file detection, dates and the vCard pre-pass (electron/backend/import).
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseImportDate } from '../../../electron/backend/import/dates.js';
import { detectFile } from '../../../electron/backend/import/detect.js';
import { decodeBytes, decodeWithCharset } from '../../../electron/backend/import/encoding.js';
import { decodeQuotedPrintable, normalizeRecord, splitRecords } from '../../../electron/backend/import/vcard-prepass.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  it('strips a UTF-8 BOM', () => expect(decodeBytes(utf8('\uFEFF이름,회사'))).toMatchObject({ text: '이름,회사', encoding: 'utf-8', bom: true }));
  it('reads strict UTF-8', () => expect(decodeBytes(utf8('김철수'))).toMatchObject({ text: '김철수', encoding: 'utf-8', bom: false, replaced: 0 }));
  it('falls back to CP949 without mojibake', () => {
    const d = decodeBytes(iconv.encode('이름,회사\r\n김철수,삼성전자', 'cp949'));
    expect(d).toMatchObject({ text: '이름,회사\r\n김철수,삼성전자', encoding: 'cp949', replaced: 0 });
  });
  it('decodes ks_c_5601-1987 and UTF-8 charsets', () => {
    expect(decodeWithCharset(iconv.encode('홍길동', 'cp949'), 'ks_c_5601-1987')).toBe('홍길동');
    expect(decodeWithCharset(utf8('홍길동'), 'UTF-8')).toBe('홍길동');
    expect(decodeWithCharset(iconv.encode('홍길동', 'cp949'), 'UTF-8')).toBe('홍길동'); // mislabelled
  });
});

describe('detectFile', () => {
  it('rejects empty and whitespace-only files', () => {
    expect(detectFile(new Uint8Array())).toEqual({ kind: 'unreadable', reason: 'The file is empty.' });
    expect(detectFile(utf8('  \r\n'))).toEqual({ kind: 'unreadable', reason: 'The file is empty.' });
  });
  it('rejects binary garbage with a reason', () => {
    const bytes = Uint8Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256);
    expect(detectFile(bytes).kind).toBe('unreadable');
  });
  it('recognises vCard, CSV and xlsx', () => {
    expect(detectFile(utf8('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:a\r\nEND:VCARD')).kind).toBe('vcard');
    expect(detectFile(utf8('이름,회사\n김,삼성')).kind).toBe('csv');
    expect(detectFile(Uint8Array.from([0x50, 0x4b, 3, 4, ...utf8('[Content_Types].xml xl/')])).kind).toBe('xlsx');
    expect(detectFile(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2])).kind).toBe('unreadable');
    expect(detectFile(utf8('just some prose')).kind).toBe('unreadable');
  });
});

describe('parseImportDate', () => {
  it.each([
    ['1982-11-03', '1982-11-03'], ['19821103', '1982-11-03'], ['--05-02', '--05-02'], ['--0502', '--05-02'],
    ['1979/12/30', '1979-12-30'], ['1979.12.30', '1979-12-30'], ['1979. 12. 30.', '1979-12-30'], ['11/3/1982', '1982-11-03'],
    ['1982-11-03T00:00:00Z', '1982-11-03'], ['1979년 12월 30일', '1979-12-30'],
  ])('%s → %s', (raw, want) => expect(parseImportDate(raw)).toEqual({ value: want }));
  it('treats Outlook 0/0/00 and empty as none, without a warning', () => {
    expect(parseImportDate('0/0/00')).toEqual({ value: null });
    expect(parseImportDate('')).toEqual({ value: null });
  });
  it('warns on impossible or unknown dates', () => {
    expect(parseImportDate('1982-02-30')).toMatchObject({ value: null, warning: expect.any(String) });
    expect(parseImportDate('next tuesday')).toMatchObject({ value: null, warning: expect.any(String) });
  });
});

describe('vCard pre-pass', () => {
  it('decodes quoted-printable with soft line breaks and a charset', () => {
    const text = ['BEGIN:VCARD', 'VERSION:2.1', 'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=EA=B9=80;=EC=B2=A0=', '=EC=88=98;;;', 'TEL;CELL;PREF:010-1234-5678', 'END:VCARD'].join('\r\n');
    const { records } = splitRecords(text);
    expect(records).toHaveLength(1);
    const { text: out } = normalizeRecord(records[0]!);
    expect(out).toContain('N:김;철수;;;');
    expect(out).toContain('TEL;TYPE=CELL;TYPE=PREF:010-1234-5678');
    expect(out).toContain('VERSION:3.0');
  });
  it('decodes raw QP bytes', () => expect(Buffer.from(decodeQuotedPrintable('a=3Db=0D=0A')).toString()).toBe('a=b\r\n'));
  it('never merges a record missing END into the next one', () => {
    const { records } = splitRecords('BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\nBEGIN:VCARD\nFN:C');
    expect(records.map((r) => [r.record, r.line, r.lines.map((l) => l.value)])).toEqual([[1, 1, ['A']], [2, 3, ['B']], [3, 6, ['C']]]);
    expect(records[0]!.warnings[0]).toMatch(/END:VCARD missing/);
    expect(records[2]!.warnings[0]).toMatch(/END:VCARD missing/);
  });
  it('unfolds RFC folded lines', () => {
    const { records } = splitRecords('BEGIN:VCARD\r\nNOTE:abc\r\n def\r\nEND:VCARD');
    expect(records[0]!.lines[0]!.value).toBe('abcdef');
  });
});
