// Why an import skipped a record or refused a file, in the reader's language. The parsers report
// reasons in English (they are also the CLI's and the log's words); the Korean reading is
// recognised here, sentence by sentence. A sentence not known yet is shown as written, never
// dropped: the user still learns where and why, only in English.
import type { Locale, PointKind } from '../domain/enums.js';
import { particle } from './josa.js';
import { POINT_KIND_LABELS } from './labels.js';

const FIELD_KO: Record<string, string> = {
  name: '이름', familyName: '성', givenName: '이름(名)', middleName: '중간 이름', company: '회사', department: '부서',
  title: '직책', birthday: '생일', anniversary: '기념일', notes: '메모', tags: '태그', photo: '사진', record: '레코드',
  points: '연락처 항목', label: '라벨',
};

function fieldKo(path: string): string {
  // `points.2.value`, `mobile label`, `familyName`
  const [head, ...rest] = path.split(/[.\s]/);
  const kind = head as PointKind;
  const base = FIELD_KO[head!] ?? POINT_KIND_LABELS.ko[kind] ?? head!;
  return rest.includes('label') ? `${base} 라벨` : base;
}

type Rule = [RegExp, (m: RegExpExecArray) => string];

const WHOLE_KO: Rule[] = [
  [/^The file is empty\.?$/i, () => '파일이 비어 있습니다.'],
  [/^The file is a zip archive/i, () => '압축(zip) 파일입니다. 연락처 파일이나 Excel 통합 문서가 아닙니다.'],
  [/^The file is an old Excel 97.2003 \(\.xls\) workbook/i, () => '예전 Excel 97–2003(.xls) 파일입니다. .xlsx나 CSV로 저장한 뒤 가져오세요.'],
  [/^The file contains binary data/i, () => '텍스트가 아닌 바이너리 데이터라서 vCard나 CSV 파일로 읽을 수 없습니다.'],
  [/^The file is not readable text in UTF-8 or CP949 \((\d+) undecodable/i,
    (m) => `UTF-8이나 CP949로 읽을 수 없는 텍스트입니다(해석할 수 없는 문자 ${m[1]}개). 바이너리이거나 다른 인코딩일 수 있습니다.`],
  [/^The file is text but neither a vCard/i, () => '텍스트 파일이지만 vCard(BEGIN:VCARD 없음)도, 머리글 행이 있는 CSV 표도 아닙니다.'],
  [/^Excel \.xlsx import is not available/i, () => 'Excel .xlsx 가져오기는 아직 지원하지 않습니다. CSV로 저장해 주세요.'],
  [/^The vCard file contains no BEGIN:VCARD record/i, () => 'vCard 파일에 BEGIN:VCARD 레코드가 하나도 없습니다.'],
  [/^The file could not be read: (.*)$/is, (m) => `파일을 읽을 수 없습니다: ${m[1]}`],
  [/^unreadable vCard record: (.*)$/is, (m) => `읽을 수 없는 vCard 레코드입니다: ${m[1]}`],
  [/^Someone from this import was merged with another person since; undo that merge first\.?$/i,
    () => '이 가져오기로 들어온 사람이 그 뒤 다른 사람과 합쳐졌습니다. 먼저 그 합치기를 되돌리세요.'],
  [/^This import was already undone\.?$/i, () => '이미 되돌린 가져오기입니다.'],
  [/^A later import merged into someone from this import; undo that import first\.?$/i,
    () => '나중의 가져오기가 이 가져오기의 사람에게 합쳐졌습니다. 먼저 그 가져오기를 되돌리세요.'],
  [/^the file has no rows$/i, () => '파일에 행이 없습니다.'],
  [/^END:VCARD missing; the record ends where the next one begins$/i, () => 'END:VCARD가 없어 다음 레코드가 시작하는 곳에서 끝난 것으로 봤습니다'],
  [/^END:VCARD missing at the end of the file/i, () => '파일 끝에 END:VCARD가 없습니다(파일이 중간에 잘렸을 수 있습니다)'],
  [/^line (\d+): not a vCard property, skipped$/i, (m) => `${m[1]}행: vCard 속성이 아니어서 건너뛰었습니다`],
  [/^(\d+) line\(s\) outside BEGIN:VCARD … END:VCARD ignored$/i, (m) => `BEGIN:VCARD … END:VCARD 밖의 ${m[1]}행은 무시했습니다`],
  [/^The Excel workbook could not be read: (.*)$/is, (m) => `Excel 통합 문서를 읽을 수 없습니다: ${m[1]}`],
  [/^The sheet has (\d+) rows; at most (\d+) can be imported at once\.?$/i, (m) => `시트에 ${m[1]}행이 있습니다. 한 번에 ${m[2]}행까지만 가져올 수 있습니다.`],
  [/^The first sheet of the workbook is empty\.?$/i, () => '통합 문서의 첫 시트가 비어 있습니다.'],
  [/^The columns need a mapping before import: unknown column\(s\) (.*)\.$/is, (m) => `가져오기 전에 열 매핑이 필요합니다. 알 수 없는 열: ${m[1]}`],
  [/^The columns need a mapping before import: no name column\.$/i, () => '가져오기 전에 열 매핑이 필요합니다. 이름 열이 없습니다.'],
  [/^only the first (\d+) of (\d+) phone numbers, e-mails and addresses kept$/i, (m) => `전화번호·이메일·주소 ${m[2]}개 중 처음 ${m[1]}개만 가져왔습니다`],
];

/** The part after `field: ` — the zod messages of the contract and the parsers' own. */
const DETAIL_KO: Rule[] = [
  [/^the record has no name, company, phone number or e-mail$/i, () => '이름, 회사, 전화번호, 이메일이 하나도 없습니다'],
  [/^missing, the company, e-mail or number is used instead$/i, () => '없어서 회사, 이메일 또는 번호를 대신 썼습니다'],
  [/^control characters removed$/i, () => '제어 문자를 지웠습니다'],
  [/^truncated from (\d+) to (\d+) characters$/i, (m) => `${m[1]}자에서 ${m[2]}자로 잘랐습니다`],
  [/^only the first (\d+) of (\d+) kept$/i, (m) => `${m[2]}개 중 처음 ${m[1]}개만 가져왔습니다`],
  [/^"(.*)" is not a date this importer understands$/is, (m) => `"${m[1]}"${particle(m[1]!, '은/는')} 알 수 없는 날짜 형식입니다`],
  [/^larger than ([\d.]+) MB$/i, (m) => `${m[1]}MB보다 큽니다`],
  [/^not a readable image \((.*)\)$/is, (m) => `읽을 수 없는 이미지입니다(${m[1]})`],
  [/^is not a phone number \(letters\)$/i, () => '전화번호에 문자가 들어 있습니다'],
  [/^is not a phone number \(too few digits\)$/i, () => '전화번호의 자릿수가 모자랍니다'],
  [/not a phone number/i, () => '전화번호 형식이 아닙니다'],
  [/not an e-mail/i, () => '이메일 주소 형식이 아닙니다'],
  [/YYYY-MM-DD|--MM-DD/, () => '올바른 날짜가 아닙니다'],
  [/is required|is empty|too_small|at least 1/i, () => '비어 있습니다'],
  [/at most (\d+)/i, (m) => `너무 깁니다(최대 ${m[1]}자)`],
  [/^is invalid$/i, () => '올바르지 않습니다'],
];

function firstMatch(rules: Rule[], text: string): string | null {
  for (const [re, render] of rules) {
    const m = re.exec(text);
    if (m) return render(m);
  }
  return null;
}

/** One reason (or warning) from an import report, in `locale`. */
export function importReasonText(reason: string, locale: Locale): string {
  if (locale === 'en') return reason;
  const whole = firstMatch(WHOLE_KO, reason);
  if (whole) return whole;
  const m = /^([A-Za-z][\w.]*(?: label)?): (.*?)(, not imported|, kept as written)?$/s.exec(reason);
  if (m) {
    const detail = firstMatch(DETAIL_KO, m[2]!);
    const tail = m[3] === ', not imported' ? ' (가져오지 않음)' : m[3] ? ' (입력된 그대로 가져옴)' : '';
    return `${fieldKo(m[1]!)}: ${detail ?? m[2]}${tail}`;
  }
  return firstMatch(DETAIL_KO, reason) ?? reason;
}
