// A small deterministic address book for search and list tests: a few dozen Korean and English
// contacts whose names, companies, titles, phones and e-mails are chosen so each query class has
// a known, exact answer.
import type { ContactDraft } from '../../shared/contract/index.js';
import type { Backend } from '../../electron/backend/index.js';
import type { Contact } from '../../shared/domain/types.js';

export const BOOK: ContactDraft[] = [
  {
    name: '김철수', company: '한빛생명', title: '과장', department: '영업팀', stage: 'active', tags: ['VIP', '보험박람회'],
    points: [{ kind: 'mobile', value: '010-1234-5678' }, { kind: 'email', value: 'Chulsoo.Kim@Hanbit.co.kr' }],
  },
  { name: '김철민', company: '대성물산', title: '대리', stage: 'prospect', points: [{ kind: 'mobile', value: '010-2222-3333' }] },
  { name: '김철수진', company: '가온건설', title: '사원', stage: 'prospect', points: [{ kind: 'mobile', value: '010-3131-4141' }] },
  { name: '박철수', company: '서울테크', title: '부장', stage: 'new', tags: ['골프'], points: [{ kind: 'mobile', value: '010-9876-1234' }] },
  {
    name: '이영희', company: '한빛생명', title: '팀장', stage: 'loyal', notes: '김철수 과장님 소개로 만남', tags: ['VIP'],
    points: [{ kind: 'mobile', value: '+82 10-5555-6666' }, { kind: 'email', value: 'younghee.lee@naver.com' }],
  },
  { name: '최수진', company: '누리소프트', title: '과장', stage: 'active', points: [{ kind: 'phone', value: '02-312-4567', label: '회사' }] },
  { name: '남궁민수', company: '세움회계법인', title: '이사', stage: 'dormant', points: [{ kind: 'mobile', value: '017-246-9013' }] },
  { name: '정하은', company: '다온물류', title: '차장', stage: 'lost', points: [{ kind: 'email', value: 'haeun@daon.co.kr' }] },
  {
    name: 'James Smith', company: 'Acme Logistics', title: 'Manager', stage: 'prospect', tags: ['Seoul Expo'],
    points: [{ kind: 'mobile', value: '+1 415 555 2671' }, { kind: 'email', value: 'james.smith@acme.com' }],
  },
  { name: 'Jane Doe', company: 'Blue Harbor Capital', title: 'Director', stage: 'new', points: [{ kind: 'email', value: 'jane@blueharbor.com' }] },
  { name: 'Jamal Brown', company: 'Summit Health', title: 'VP Sales', stage: 'active', notes: 'Likes golf' },
  { name: 'Sarah Johnson', company: 'Acme Logistics', title: 'CEO', stage: 'loyal', points: [{ kind: 'email', value: 'sarah@acme.com' }] },
];

// Filler people: distinct names, syllables chosen not to collide with the queries above.
const FILLER_SURNAMES = ['오', '서', '신', '권', '황', '안', '송', '류', '전', '홍', '고', '문'];
const FILLER_GIVEN = ['나연', '태희', '경숙'];
export const FILLER: ContactDraft[] = FILLER_SURNAMES.flatMap((s, i) => FILLER_GIVEN.map((g, j) => ({
  name: `${s}${g}`,
  company: '미래정밀',
  title: '주임',
  stage: (['prospect', 'new', 'active'] as const)[(i + j) % 3],
  points: [{ kind: 'mobile' as const, value: `010-40${String(i).padStart(2, '0')}-90${String(j).padStart(2, '0')}` }],
})));

/** Add the book (named people first, then filler); returns the added contacts by name. */
export async function loadBook(b: Backend, extra: ContactDraft[] = FILLER): Promise<Map<string, Contact>> {
  const out = new Map<string, Contact>();
  for (const d of [...BOOK, ...extra]) out.set(d.name, await b.invoke('contacts.add', d));
  return out;
}
