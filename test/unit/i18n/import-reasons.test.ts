// Import reasons are English sentences from the parsers; the UI shows them in Korean too
// (shared/i18n/import-reasons.ts). Every sentence the parsers produce on the fixture files must
// be recognised — a new sentence in a parser fails here until it has its Korean reading.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importReasonText } from '../../../shared/i18n/import-reasons.js';
import { readImportFile } from '../../../electron/backend/import/index.js';

const FIXTURES = 'test/fixtures/import';
const hangul = /[가-힣]/;

describe('importReasonText', () => {
  it('leaves English as written', () => {
    expect(importReasonText('The file is empty.', 'en')).toBe('The file is empty.');
  });

  it.each([
    ['The file is empty.', '파일이 비어 있습니다.'],
    ['The file is not readable text in UTF-8 or CP949 (12 undecodable characters); it may be binary or in another encoding.', 'UTF-8이나 CP949로 읽을 수 없는 텍스트입니다(해석할 수 없는 문자 12개). 바이너리이거나 다른 인코딩일 수 있습니다.'],
    ['name: the record has no name, company, phone number or e-mail', '이름: 이름, 회사, 전화번호, 이메일이 하나도 없습니다'],
    ['notes: truncated from 120000 to 100000 characters', '메모: 120000자에서 100000자로 잘랐습니다'],
    ['birthday: "13/45/99" is not a date this importer understands', '생일: "13/45/99"는 알 수 없는 날짜 형식입니다'],
    ['mobile: not a phone number, not imported', '휴대폰: 전화번호 형식이 아닙니다 (가져오지 않음)'],
    ['email label: control characters removed', '이메일 라벨: 제어 문자를 지웠습니다'],
    ['photo: larger than 4 MB, not imported', '사진: 4MB보다 큽니다 (가져오지 않음)'],
    ['END:VCARD missing at the end of the file (the file may be cut short)', '파일 끝에 END:VCARD가 없습니다(파일이 중간에 잘렸을 수 있습니다)'],
    ['The columns need a mapping before import: unknown column(s) "등급".', '가져오기 전에 열 매핑이 필요합니다. 알 수 없는 열: "등급"'],
  ])('%s', (en, ko) => {
    expect(importReasonText(en, 'ko')).toBe(ko);
  });

  it('shows an unknown sentence as written rather than losing it', () => {
    expect(importReasonText('Something new happened', 'ko')).toBe('Something new happened');
  });

  it('knows every reason and warning the parsers give on the fixtures', async () => {
    const reasons = new Set<string>();
    for (const name of readdirSync(FIXTURES).filter((n) => !n.endsWith('.ts'))) {
      const r = await readImportFile(new Uint8Array(readFileSync(join(FIXTURES, name))));
      if (r.status === 'rejected') reasons.add(r.reason);
      if (r.status === 'parsed') {
        r.warnings.forEach((w) => reasons.add(w));
        for (const rec of r.records) {
          if ('error' in rec) reasons.add(rec.error);
          else rec.warnings.forEach((w) => reasons.add(w));
        }
      }
    }
    expect(reasons.size).toBeGreaterThan(2);
    for (const reason of reasons) {
      const ko = importReasonText(reason, 'ko');
      expect(ko, reason).toMatch(hangul);
    }
  });
});
