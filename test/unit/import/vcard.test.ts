// vCard → drafts: the exporters' quirks (issue 5), each record on its own.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectFile } from '../../../electron/backend/import/detect.js';
import { parseVcards } from '../../../electron/backend/import/vcard.js';

const ok = (text: string) => {
  const r = parseVcards(text).records;
  for (const x of r) if ('error' in x) throw new Error(x.error);
  return r as Extract<(typeof r)[number], { draft: unknown }>[];
};

describe('parseVcards', () => {
  it('Android 2.1 quoted-printable UTF-8 with soft breaks and a multi-line note', () => {
    const [r] = ok(['BEGIN:VCARD', 'VERSION:2.1', 'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=EA=B9=80;=EC=B2=A0=EC=88=98;;;',
      'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=EA=B9=80=EC=B2=A0=', '=EC=88=98', 'TEL;CELL;PREF:011-234-5678',
      'NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:line1=0D=0Aline2, with comma', 'END:VCARD'].join('\r\n'));
    expect(r!.draft).toMatchObject({ name: '김철수', familyName: '김', givenName: '철수', source: 'import', stage: 'prospect', notes: 'line1\nline2, with comma' });
    expect(r!.draft.points).toEqual([{ kind: 'mobile', label: null, value: '011-234-5678', primary: true }]);
  });

  it('a 3.0 NOTE with unescaped commas (as many phones export it) is kept whole', () => {
    const [r] = ok(['BEGIN:VCARD', 'VERSION:3.0', 'FN:Kate O\'Brien', 'NOTE:Met at Web Summit 2025, interested in fleet tracking, call in Q1', 'END:VCARD'].join('\r\n'));
    expect(r!.draft.notes).toBe('Met at Web Summit 2025, interested in fleet tracking, call in Q1');
  });

  it('Korean Outlook 2.1 in CP949 (ks_c_5601-1987 or no charset)', () => {
    const text = ['BEGIN:VCARD', 'VERSION:2.1', 'N;CHARSET=ks_c_5601-1987:홍;길동', 'FN:홍길동', 'ORG:인연상사;영업부', 'TITLE:과장', 'TEL;WORK;VOICE:02-123-4567', 'EMAIL;PREF;INTERNET:hong@example.kr', 'END:VCARD'].join('\r\n');
    const d = detectFile(iconv.encode(text, 'cp949'));
    expect(d).toMatchObject({ kind: 'vcard', encoding: 'cp949' });
    const [r] = ok((d as { text: string }).text);
    expect(r!.draft).toMatchObject({ name: '홍길동', company: '인연상사', department: '영업부', title: '과장' });
    expect(r!.draft.points).toEqual([
      { kind: 'phone', label: 'work', value: '02-123-4567', primary: false },
      { kind: 'email', label: null, value: 'hong@example.kr', primary: true },
    ]);
  });

  it('iPhone 3.0: item groups with X-ABLabel, escapes, folded lines, base64 photo, yearless BDAY', () => {
    const [r] = ok(['BEGIN:VCARD', 'VERSION:3.0', 'N:Kim;Chulsoo;;;', 'FN:Kim Chulsoo', 'ORG:ACME\\, Inc.;Sales', 'item1.TEL;type=pref:010-1234-5678',
      'item1.X-ABLabel:_$!<Mobile>!$_', 'item2.EMAIL;type=INTERNET:kim@ex', ' ample.com', 'item2.X-ABLabel:회사', 'NOTE:a\\nb\\; c\\, d',
      'BDAY;VALUE=date:--0502', 'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ', 'REV:2020-01-02T03:04:05Z', 'END:VCARD'].join('\r\n'));
    expect(r!.draft).toMatchObject({ name: 'Kim Chulsoo', company: 'ACME, Inc.', department: 'Sales', notes: 'a\nb; c, d', birthday: '--05-02' });
    expect(r!.draft.points).toEqual([
      { kind: 'mobile', label: 'Mobile', value: '010-1234-5678', primary: true },
      { kind: 'email', label: '회사', value: 'kim@example.com', primary: false },
    ]);
    expect(r!.extras.photo?.mediaType).toBe('image/jpeg');
    expect(r!.extras.photo?.bytes.slice(0, 3)).toEqual(Uint8Array.from([0xff, 0xd8, 0xff]));
    expect(r!.extras.rev).toBe('2020-01-02T03:04:05.000Z');
  });

  it('4.0: tel: URIs, quoted TYPE lists, PREF, ANNIVERSARY, RELATED, X-SOCIALPROFILE', () => {
    const [r] = ok(['BEGIN:VCARD', 'VERSION:4.0', 'FN:이영희', 'TEL;VALUE=uri;TYPE="cell,voice";PREF=1:tel:+82-10-9876-5432', 'TEL;VALUE=uri;TYPE=work:tel:+82-2-555-0000;ext=12',
      'BDAY:19821103', 'ANNIVERSARY:20090808', 'RELATED;TYPE=spouse:urn:uuid:03a0e51f-d1aa-4385-8a53-e29025acd8af', 'X-SOCIALPROFILE;TYPE=linkedin:https://linkedin.com/in/lee', 'END:VCARD'].join('\r\n'));
    expect(r!.draft.birthday).toBe('1982-11-03');
    expect(r!.draft.points).toEqual([
      { kind: 'mobile', label: null, value: '+82-10-9876-5432', primary: true },
      { kind: 'phone', label: 'work', value: '+82-2-555-0000 ext. 12', primary: false },
      { kind: 'url', label: 'linkedin', value: 'https://linkedin.com/in/lee', primary: false },
    ]);
    expect(r!.extras).toMatchObject({ anniversary: '2009-08-08', related: [{ type: 'spouse', value: 'urn:uuid:03a0e51f-d1aa-4385-8a53-e29025acd8af' }] });
  });

  it('reports a record without any name or point, keeps the others, and never merges a missing END', () => {
    const { records } = parseVcards('BEGIN:VCARD\nVERSION:3.0\nFN:A\nBEGIN:VCARD\nVERSION:3.0\nNOTE:nobody\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:C\nEND:VCARD\n');
    expect(records.map((r) => ('error' in r ? `${r.record}@${r.line}: error` : `${r.record}@${r.line}: ${r.draft.name}`))).toEqual(['1@1: A', '2@4: error', '3@8: C']);
    expect(records[0]).toMatchObject({ warnings: [expect.stringMatching(/END:VCARD missing/)] });
  });

  it('truncates a huge note with a warning and drops an over-cap photo quickly', () => {
    const big = 'x'.repeat(150_000);
    const photo = 'A'.repeat(17 * 1024 * 1024 * 4 / 3);
    const t0 = Date.now();
    const [r] = ok(`BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big\r\nNOTE:${big}\r\nPHOTO;ENCODING=b:${photo}\r\nEND:VCARD`);
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(r!.draft.notes).toHaveLength(100_000);
    expect(r!.extras.photo).toBeUndefined();
    expect(r!.warnings.join(' ')).toMatch(/photo: larger.*notes: truncated/);
  });
});
