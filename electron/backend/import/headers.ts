// CSV header → what the column holds. Known header sets (Google Contacts old and new, Outlook
// en/ko, Korean Excel sheets) map automatically; a header that is none of these makes the file
// need a mapping from the user (issue 5), so no column is silently dropped.
import { POINT_KINDS, type PointKind } from '../../../shared/domain/enums.js';

export const FIELD_TARGETS = ['name', 'familyName', 'givenName', 'middleName', 'company', 'department', 'title', 'birthday', 'notes', 'tags'] as const;
export type FieldTarget = (typeof FIELD_TARGETS)[number];

/** A saved/explicit mapping value: a field, a point kind (optionally `kind:label`), or `ignore`. */
export type ColumnTarget = FieldTarget | PointKind | `${PointKind}:${string}` | 'ignore';
export type ColumnMapping = Record<string, ColumnTarget>;

export type ColumnSpec =
  | { kind: 'field'; field: FieldTarget }
  | { kind: 'point'; point: PointKind; label: string | null; group: string | null }
  | { kind: 'label'; group: string }
  | { kind: 'ignore' };

const norm = (h: string) => h.trim().toLowerCase().replace(/\s+/g, ' ');

const FIELDS: Record<string, FieldTarget> = {
  // Google (old "Name"/"Given Name", new "First Name"/"Last Name") and Outlook.
  name: 'name', 'display name': 'name', 'full name': 'name',
  'given name': 'givenName', 'first name': 'givenName', 'additional name': 'middleName', 'middle name': 'middleName',
  'family name': 'familyName', 'last name': 'familyName',
  'organization 1 - name': 'company', 'organization name': 'company', company: 'company',
  'organization 1 - department': 'department', 'organization department': 'department', department: 'department',
  'organization 1 - title': 'title', 'organization title': 'title', 'job title': 'title',
  birthday: 'birthday', notes: 'notes', note: 'notes', 'group membership': 'tags', labels: 'tags', categories: 'tags',
  // Korean Excel sheets and Korean Outlook.
  이름: 'name', 성명: 'name', 고객명: 'name', 성: 'familyName', 회사: 'company', 회사명: 'company', 직장: 'company',
  부서: 'department', 직책: 'title', 직함: 'title', 직위: 'title', 생일: 'birthday', 생년월일: 'birthday',
  메모: 'notes', 비고: 'notes', 그룹: 'tags', 범주: 'tags',
  // What Korean HR/sales sheets call them (keys without spaces: "부서 명" matches 부서명 too).
  // 소속 is the company in most sheets ("소속: 한빛생명"); a department column is usually 부서.
  직급: 'title', 소속: 'company', 소속회사: 'company', 회사이름: 'company', 직장명: 'company', 기업명: 'company',
  부서명: 'department', 소속부서: 'department', 특이사항: 'notes', 그룹명: 'tags', 분류: 'tags',
};

const POINTS: Record<string, [PointKind, string | null]> = {
  'mobile phone': ['mobile', null], 'business phone': ['phone', 'work'], 'business phone 2': ['phone', 'work'], 'home phone': ['phone', 'home'],
  'other phone': ['phone', null], 'primary phone': ['phone', null], 'company main phone': ['phone', 'work'], 'business fax': ['phone', 'fax'],
  'e-mail address': ['email', null], 'e-mail 2 address': ['email', null], 'e-mail 3 address': ['email', null],
  'web page': ['url', null], 'home address': ['address', 'home'], 'business address': ['address', 'work'],
  휴대폰: ['mobile', null], 핸드폰: ['mobile', null], 휴대전화: ['mobile', null], 휴대폰번호: ['mobile', null], 전화: ['phone', null],
  전화번호: ['phone', null], 회사전화: ['phone', '회사'], '회사 전화': ['phone', '회사'], 집전화: ['phone', '집'], '집 전화': ['phone', '집'], 팩스: ['phone', '팩스'],
  이메일: ['email', null], 메일: ['email', null], 'e-mail': ['email', null], email: ['email', null], '전자 메일 주소': ['email', null],
  주소: ['address', null], 회사주소: ['address', '회사'], 집주소: ['address', '집'], 홈페이지: ['url', null],
  핸드폰번호: ['mobile', null], 휴대전화번호: ['mobile', null], 휴대번호: ['mobile', null], 이동전화: ['mobile', null],
  회사전화번호: ['phone', '회사'], 사무실전화: ['phone', '회사'], 직장전화: ['phone', '회사'], 집전화번호: ['phone', '집'], 팩스번호: ['phone', '팩스'],
  이메일주소: ['email', null], 메일주소: ['email', null], 전자우편: ['email', null], 전자우편주소: ['email', null], 전자메일: ['email', null],
  전자메일주소: ['email', null], 'e-mail주소': ['email', null], 홈페이지주소: ['url', null], 웹사이트: ['url', null],
};

/** Google/Outlook columns we know and deliberately do not import (yomi names, file-as…). */
const KNOWN_IGNORED = /^(name prefix|name suffix|title|suffix|initials|nickname|short name|maiden name|file as|yomi name|given name yomi|additional name yomi|family name yomi|phonetic .*|photo|gender|location|billing information|directory server|mileage|occupation|hobby|sensitivity|priority|private|subject|language|(business|home|other) (street|street 2|street 3|city|state|postal code|country\/region|po box)|.*yomi.*)$/;

/** Google's numbered columns: "Phone 1 - Type" / "Phone 1 - Value", "E-mail 2 - Label", "Address 1 - Formatted"… */
const GOOGLE_NUMBERED = /^(phone|e-mail|address|website|im|relation|event|custom field|external id) (\d+) - (.+)$/;
const GOOGLE_KIND: Record<string, PointKind> = { phone: 'phone', 'e-mail': 'email', address: 'address', website: 'url', im: 'messenger' };

export function specFromTarget(t: ColumnTarget): ColumnSpec {
  if (t === 'ignore') return { kind: 'ignore' };
  if ((FIELD_TARGETS as readonly string[]).includes(t)) return { kind: 'field', field: t as FieldTarget };
  const [kind, ...label] = t.split(':');
  if ((POINT_KINDS as readonly string[]).includes(kind!)) return { kind: 'point', point: kind as PointKind, label: label.join(':') || null, group: null };
  return { kind: 'ignore' };
}

/** Automatic mapping; `null` for a header nothing knows. */
export function autoSpec(header: string): ColumnSpec | null {
  const h = norm(header);
  if (h === '') return { kind: 'ignore' };
  const f = FIELDS[h] ?? FIELDS[h.replace(/\s/g, '')];
  if (f) return { kind: 'field', field: f };
  const p = POINTS[h] ?? POINTS[h.replace(/\s/g, '')];
  if (p) return { kind: 'point', point: p[0], label: p[1], group: null };
  const g = GOOGLE_NUMBERED.exec(h);
  if (g) {
    const point = GOOGLE_KIND[g[1]!];
    const group = `${g[1]} ${g[2]}`;
    if (!point) return { kind: 'ignore' };
    if (g[3] === 'type' || g[3] === 'label') return { kind: 'label', group };
    if (g[3] === 'value' || g[3] === 'formatted') return { kind: 'point', point, label: null, group };
    return { kind: 'ignore' }; // address parts: the Formatted column has them all
  }
  if (KNOWN_IGNORED.test(h)) return { kind: 'ignore' };
  return null;
}

/** The mapping a user would start from on the mapping screen: known headers filled in. */
export function suggestMapping(headers: string[]): ColumnMapping {
  const out: ColumnMapping = {};
  for (const h of headers) {
    const s = autoSpec(h);
    out[h] = !s || s.kind === 'ignore' || s.kind === 'label' ? 'ignore'
      : s.kind === 'field' ? s.field : (s.label ? `${s.point}:${s.label}` : s.point);
  }
  return out;
}
