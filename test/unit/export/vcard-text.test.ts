// vCard text layer and writers: escaping, 75-octet folding, yearless birthdays, Google CSV cells.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeText, foldLine, structured } from '../../../electron/backend/export/vcard-text.js';
import { splitName, vcardOf } from '../../../electron/backend/export/vcard.js';
import { csvCell, csvHeader, csvRow } from '../../../electron/backend/export/csv.js';
import type { ExportContact } from '../../../electron/backend/db/export-repo.js';

const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');
const octets = (s: string) => Buffer.byteLength(s, 'utf8');

const person = (over: Partial<ExportContact> = {}): ExportContact => ({
  num: 1, id: '01900000-0000-7000-8000-000000000001', name: '김철수', familyName: '김', givenName: '철수',
  company: '한빛생명', department: '영업1팀', title: '과장', birthday: '1982-03-15', notes: null,
  updatedAt: '2026-03-02T01:00:00.000Z', tags: [], points: [], ...over,
});

describe('escapeText', () => {
  it('escapes backslash, comma, semicolon and every kind of line break', () => {
    expect(escapeText('a\\b,c;d\ne\r\nf\rg')).toBe('a\\\\b\\,c\\;d\\ne\\nf\\ng');
  });
  it('structured values escape each component and join with ;', () => {
    expect(structured(['김', '철;수', null, 'a,b'])).toBe('김;철\\;수;;a\\,b');
  });
});

describe('foldLine', () => {
  it('leaves a short line alone', () => {
    expect(foldLine('FN:김철수')).toBe('FN:김철수');
  });
  it('never exceeds 75 octets per physical line and unfolds to the original (Korean, emoji, ASCII)', () => {
    fc.assert(fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('가', '😀', '👨‍👩‍👧', 'a', ' ', 'é'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), maxLength: 400 }), (s) => {
      const line = `NOTE:${s.replace(/[\r\n]/g, "")}`; // content lines hold no raw line breaks (escaped)
      const folded = foldLine(line);
      const physical = folded.split('\r\n');
      // Every line fits, unfolding gives the line back, and no break falls inside a surrogate pair.
      return physical.every((l) => octets(l) <= 75) && unfold(folded) === line && physical.every((l) => !/^[\uDC00-\uDFFF]/.test(l.slice(1)));
    }), { numRuns: 150 });
  });
  it('breaks a Korean line at 75 octets exactly where the next character would not fit', () => {
    const folded = foldLine(`NOTE:${'가'.repeat(40)}`);
    const [first, second] = folded.split('\r\n');
    expect(octets(first!)).toBe(5 + 23 * 3); // 74: a 24th syllable would make 77
    expect(second!.startsWith(' 가')).toBe(true);
  });
});

describe('vcardOf', () => {
  it('4.0: UID, N/FN/ORG/TITLE, types, PREF, basic dates, REV, CRLF', () => {
    const text = vcardOf(person({
      points: [
        { kind: 'mobile', label: null, value: '010-1234-5678', primary: true },
        { kind: 'phone', label: '회사', value: '02-312-4567', primary: false },
        { kind: 'phone', label: '팩스', value: '02-312-4568', primary: false },
        { kind: 'email', label: null, value: 'kim@example.com', primary: true },
        { kind: 'phone', label: '비서', value: '02-312-0000', primary: false },
      ],
      tags: ['VIP', '보험박람회'], notes: '첫 줄, 둘째; 셋째\n다음 줄',
    }));
    const lines = unfold(text).split('\r\n');
    expect(text.endsWith('END:VCARD\r\n')).toBe(true);
    expect(lines).toEqual(expect.arrayContaining([
      'VERSION:4.0', 'UID:urn:uuid:01900000-0000-7000-8000-000000000001', 'FN:김철수', 'N:김;철수;;;', 'ORG:한빛생명;영업1팀',
      'TITLE:과장', 'TEL;TYPE=cell;PREF=1:010-1234-5678', 'TEL;TYPE=work,voice:02-312-4567', 'TEL;TYPE=fax,work:02-312-4568',
      'EMAIL;PREF=1:kim@example.com', 'item1.TEL;TYPE=voice:02-312-0000', 'item1.X-ABLabel:비서',
      'BDAY:19820315', 'NOTE:첫 줄\\, 둘째\\; 셋째\\n다음 줄', 'CATEGORIES:VIP,보험박람회', 'REV:20260302T010000Z',
    ]));
    // ical.js, which the importer uses, reads it as one vcard component.
    expect(new ICAL.Component(ICAL.parse(text) as never).name).toBe('vcard');
  });
  it('yearless birthdays: 4.0 --MMDD, 3.0 the iPhone convention', () => {
    expect(vcardOf(person({ birthday: '--05-02' }), '4.0')).toContain('\r\nBDAY:--0502\r\n');
    const v3 = vcardOf(person({ birthday: '--05-02' }), '3.0');
    expect(v3).toContain('\r\nBDAY;X-APPLE-OMIT-YEAR=1604:1604-05-02\r\n');
    expect(v3).toContain('\r\nVERSION:3.0\r\n');
    expect(v3).toContain('\r\nUID:01900000-0000-7000-8000-000000000001\r\n');
    expect(vcardOf(person(), '3.0')).toContain('\r\nBDAY:1982-03-15\r\n');
  });
  it('3.0 spells types in upper case with INTERNET and PREF', () => {
    const v3 = vcardOf(person({ points: [{ kind: 'mobile', label: null, value: '010-1', primary: true }, { kind: 'email', label: 'work', value: 'a@b.c', primary: false }] }), '3.0');
    expect(v3).toContain('TEL;TYPE=CELL,PREF:010-1');
    expect(v3).toContain('EMAIL;TYPE=INTERNET,WORK:a@b.c');
  });
});

describe('splitName (N for display-name-only contacts)', () => {
  it('splits Korean names after the surname, Latin names before the last word', () => {
    expect(splitName('김철수')).toEqual(['김', '철수']);
    expect(splitName('남궁민수')).toEqual(['남궁', '민수']);
    expect(splitName('James Smith')).toEqual(['Smith', 'James']);
    expect(splitName('Mary Ann O\'Neil')).toEqual(['O\'Neil', 'Mary Ann']);
    expect(splitName('🌸 Flower Shop 꽃집')).toEqual(['', '🌸 Flower Shop 꽃집']);
    expect(splitName('한빛생명 김철수 과장')).toEqual(['', '한빛생명 김철수 과장']);
  });
});

describe('Google CSV', () => {
  it('quotes cells with quotes, commas and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
  });
  it('numbered groups follow the busiest contact; several values of one label share a cell', () => {
    const header = csvHeader({ phone: 2, email: 1, address: 0, url: 0, messenger: 0 });
    expect(header.slice(0, 3)).toEqual(['First Name', 'Middle Name', 'Last Name']);
    expect(header).toEqual(expect.arrayContaining(['E-mail 1 - Label', 'E-mail 1 - Value', 'Phone 2 - Label', 'Phone 2 - Value']));
    expect(header).not.toContain('Address 1 - Formatted');
    const row = csvRow(person({
      tags: ['VIP'],
      points: [
        { kind: 'mobile', label: null, value: '010-1', primary: true }, { kind: 'mobile', label: null, value: '010-2', primary: false },
        { kind: 'phone', label: '회사', value: '02-3', primary: false }, { kind: 'email', label: null, value: 'a@b.c', primary: false },
      ],
    }), { phone: 2, email: 1, address: 0, url: 0, messenger: 0 });
    const cell = (h: string) => row[header.indexOf(h)];
    expect(cell('Labels')).toBe('* myContacts ::: VIP');
    expect(cell('Phone 1 - Label')).toBe('Mobile');
    expect(cell('Phone 1 - Value')).toBe('010-1 ::: 010-2');
    expect(cell('Phone 2 - Label')).toBe('회사');
    expect(cell('Birthday')).toBe('1982-03-15');
    expect(cell('First Name')).toBe('철수');
    expect(cell('Last Name')).toBe('김');
  });
});
