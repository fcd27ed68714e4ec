// CSV → drafts: Google, Outlook and Korean Excel exports; unknown headers ask for a mapping.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../electron/backend/import/csv.js';
import { detectFile } from '../../../electron/backend/import/detect.js';

const parsed = (text: string, mapping?: Record<string, string>) => {
  const r = parseCsv(text, mapping as never);
  if (r.status !== 'parsed') throw new Error(`needs mapping: ${r.unknown.join(', ')}`);
  return r.records;
};

describe('parseCsv', () => {
  it('Google Contacts export: BOM, numbered columns, ::: multi-values, multi-line quoted notes', () => {
    const text = '\uFEFFName,Given Name,Family Name,Birthday,Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Name\r\n'
      + 'Kim Chulsoo,Chulsoo,Kim,--05-02,"line 1\r\nline 2, ""quoted""",* myContacts ::: VIP,* Work,kim@a.com ::: kim@b.com,Mobile,010-1234-5678,ACME\r\n'
      + 'Lee,,,,,,,,Work,02-555-0000,\r\n';
    const d = detectFile(new TextEncoder().encode(text));
    expect(d).toMatchObject({ kind: 'csv', encoding: 'utf-8' });
    const [a, b] = parsed((d as { text: string }).text);
    expect(a).toMatchObject({ record: 1, line: 2, draft: { name: 'Kim Chulsoo', birthday: '--05-02', notes: 'line 1\nline 2, "quoted"', tags: ['VIP'], company: 'ACME' } });
    expect('draft' in a! && a.draft.points).toEqual([
      { kind: 'email', label: 'Work', value: 'kim@a.com', primary: true },
      { kind: 'email', label: 'Work', value: 'kim@b.com', primary: false },
      { kind: 'mobile', label: null, value: '010-1234-5678', primary: true },
    ]);
    expect(b).toMatchObject({ record: 2, line: 4, draft: { name: 'Lee', points: [{ kind: 'phone', label: 'Work', value: '02-555-0000', primary: true }] } });
  });

  it('Outlook export: Job Title vs honorific Title, 0/0/00 birthday', () => {
    const [r] = parsed('First Name,Middle Name,Last Name,Title,Company,Department,Job Title,Mobile Phone,Business Phone,E-mail Address,Birthday,Notes,Categories\r\n'
      + 'John,Q,Smith,Mr.,Contoso,Sales,Manager,016-123-4567,02-1234-5678,j@contoso.com,0/0/00,,A;B\r\n');
    expect(r).toMatchObject({ draft: { name: 'John Q Smith', title: 'Manager', company: 'Contoso', department: 'Sales', birthday: null, tags: ['A', 'B'] } });
    expect('draft' in r! && r.draft.points.map((p) => [p.kind, p.value])).toEqual([['mobile', '016-123-4567'], ['phone', '02-1234-5678'], ['email', 'j@contoso.com']]);
  });

  it('Korean Excel CSV in CP949 with Korean headers', () => {
    const bytes = iconv.encode('이름,회사,부서,직책,핸드폰,전화,이메일,생일,주소,메모\r\n김철수,인연상사,영업부,과장,010-1111-2222,02-333-4444,kim@in.kr,1979.12.30,서울시 중구,VIP 고객\r\n,,,,,,,,,\r\n', 'cp949');
    const d = detectFile(bytes);
    expect(d).toMatchObject({ kind: 'csv', encoding: 'cp949' });
    const records = parsed((d as { text: string }).text);
    expect(records).toHaveLength(1); // the blank row is skipped
    expect(records[0]).toMatchObject({ draft: { name: '김철수', company: '인연상사', department: '영업부', title: '과장', birthday: '1979-12-30', notes: 'VIP 고객' } });
  });

  it('unknown headers → needsMapping with a preview; an explicit mapping then parses', () => {
    const text = '고객,연락처,등급\r\n박영수,010-9999-8888,A\r\n';
    const r = parseCsv(text);
    expect(r).toMatchObject({ status: 'needsMapping', headers: ['고객', '연락처', '등급'], preview: [['박영수', '010-9999-8888', 'A']], unknown: ['고객', '연락처', '등급'] });
    const [rec] = parsed(text, { 고객: 'name', 연락처: 'mobile', 등급: 'ignore' });
    expect(rec).toMatchObject({ draft: { name: '박영수', points: [{ kind: 'mobile', value: '010-9999-8888' }] } });
  });

  it('a row with nothing usable is reported with its record number and line', () => {
    const records = parsed('이름,메모\r\n김,ok\r\n,only a note\r\n');
    expect(records[1]).toEqual({ record: 2, line: 3, error: expect.stringMatching(/^name:/) });
  });
});

describe('numbers that lost their leading 0 in Excel', () => {
  it('mends 9–10 digit Korean numbers only', async () => {
    const { restoreLeadingZero } = await import('../../../electron/backend/import/csv.js');
    expect(restoreLeadingZero('1012345678')).toBe('01012345678');
    expect(restoreLeadingZero('212345678')).toBe('0212345678');
    expect(restoreLeadingZero('01012345678')).toBe('01012345678');
    expect(restoreLeadingZero('12345')).toBe('12345');
    expect(restoreLeadingZero('821012345678')).toBe('821012345678');
    expect(restoreLeadingZero('910-1234')).toBe('910-1234');
  });
});
