// Fuzz: random bytes, truncations and byte flips of valid files → detectFile + parseVcards never
// throw and always give records or a clear rejection (issue 5: ≥ 1,000 cases).
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectFile } from '../../../electron/backend/import/detect.js';
import { parseCsv } from '../../../electron/backend/import/csv.js';
import { parseVcards } from '../../../electron/backend/import/vcard.js';

// A fixed-seed generator so a failure reproduces.
function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

const VALID = [
  new TextEncoder().encode(['BEGIN:VCARD', 'VERSION:2.1', 'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=EA=B9=80;=EC=B2=A0=', '=EC=88=98;;;', 'TEL;CELL:011-234-5678', 'END:VCARD', 'BEGIN:VCARD', 'VERSION:3.0', 'FN:Kim', 'item1.TEL:010-1', 'item1.X-ABLabel:_$!<Mobile>!$_', 'BDAY:--0502', 'END:VCARD'].join('\r\n')),
  iconv.encode('이름,회사,핸드폰,생일,메모\r\n김철수,인연,010-1111-2222,1979.12.30,"a\r\nb"\r\n', 'cp949'),
  new TextEncoder().encode('\uFEFFName,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Value\r\nKim,* Work,a@b.c ::: d@e.f,010-1\r\n'),
  iconv.encode(['BEGIN:VCARD', 'VERSION:2.1', 'N:홍;길동', 'ORG:인연;영업', 'EMAIL;PREF:h@x.kr', 'END:VCARD'].join('\r\n'), 'cp949'),
  new TextEncoder().encode(['BEGIN:VCARD', 'VERSION:4.0', 'FN:이영희', 'TEL;VALUE=uri;TYPE="cell,voice";PREF=1:tel:+82-10-9876-5432', 'ANNIVERSARY:20090808', 'PHOTO:data:image/png;base64,iVBORw0KGgo=', 'END:VCARD'].join('\r\n')),
];

function check(bytes: Uint8Array) {
  const d = detectFile(bytes);
  if (d.kind === 'unreadable') {
    expect(d.reason.length).toBeGreaterThan(5);
    return;
  }
  if (d.kind === 'xlsx') return;
  const parsed = d.kind === 'vcard' ? parseVcards(d.text) : parseCsv(d.text);
  if ('status' in parsed && parsed.status === 'needsMapping') {
    expect(Array.isArray(parsed.headers)).toBe(true);
    return;
  }
  const { records } = parsed as { records: ReturnType<typeof parseVcards>['records'] };
  for (const r of records) {
    expect(r.record).toBeGreaterThan(0);
    if ('error' in r) expect(r.error).toMatch(/\w/);
    else expect(r.draft.name.length).toBeGreaterThan(0);
  }
}

describe('import fuzz', () => {
  const rand = rng(20261123);
  it('survives 400 random byte strings', () => {
    for (let i = 0; i < 400; i++) check(Uint8Array.from({ length: Math.floor(rand() * 600) }, () => Math.floor(rand() * 256)));
  });
  it('survives 400 truncations of valid files', () => {
    for (let i = 0; i < 400; i++) {
      const v = VALID[i % VALID.length]!;
      check(v.subarray(0, Math.floor(rand() * v.length)));
    }
  });
  it('survives 600 byte-flipped valid files', () => {
    for (let i = 0; i < 600; i++) {
      const v = Uint8Array.from(VALID[i % VALID.length]!);
      const flips = 1 + Math.floor(rand() * 8);
      for (let f = 0; f < flips; f++) v[Math.floor(rand() * v.length)] = Math.floor(rand() * 256);
      check(v);
    }
  });
});
