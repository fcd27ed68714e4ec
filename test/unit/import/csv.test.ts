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

  it('the headers Korean HR and sales sheets use (직급, 소속, 이메일주소, 휴대전화번호, 부서명, 회사전화…) map without asking', () => {
    const bytes = iconv.encode('성명,소속,부서명,직급,휴대전화번호,회사 전화,이메일주소,생년월일,특이사항\r\n'
      + '박민수,한빛생명,법인영업팀,차장,010-2222-3333,02-555-6666,park@hanbit.kr,1980-05-02,골프 좋아함\r\n', 'cp949');
    const d = detectFile(bytes);
    expect(d).toMatchObject({ kind: 'csv', encoding: 'cp949' });
    const [r] = parsed((d as { text: string }).text);
    expect(r).toMatchObject({ draft: { name: '박민수', company: '한빛생명', department: '법인영업팀', title: '차장', birthday: '1980-05-02', notes: '골프 좋아함' } });
    expect('draft' in r! && r.draft.points.map((p) => [p.kind, p.value])).toEqual([['mobile', '010-2222-3333'], ['phone', '02-555-6666'], ['email', 'park@hanbit.kr']]);
    for (const [headers, field] of [['직위', 'title'], ['회사명', 'company'], ['전자우편', 'email'], ['핸드폰', 'mobile'], ['메모', 'notes']] as const) {
      const [x] = parsed(`이름,${headers}\r\n김,${field === 'email' ? 'k@a.kr' : field === 'mobile' ? '010-1111-2222' : 'v'}\r\n`);
      expect(x).toMatchObject({ draft: field === 'email' || field === 'mobile' ? { points: [{ kind: field }] } : { [field]: 'v' } });
    }
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
