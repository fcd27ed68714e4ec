// A generated sample book: realistic Korean and English contacts with a few years of history,
// deterministic from a seed, so a first-time user sees what Inyeon does with a real book.
// Every row is flagged `sample` and can be removed in one action.
import type { Outcome, Stage, TouchKind } from '../../../shared/domain/enums.js';

export function rng(seed: number): () => number {
  // mulberry32: small, fast, good enough for plausible test data
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
function weighted<T>(r: Rand, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [v, w] of table) if ((x -= w) < 0) return v;
  return table[table.length - 1]![0];
}

// Surname shares from the 2015 Korean census (top names; the rest folded into the tail).
const SURNAMES = [
  ['김', 21.5], ['이', 14.7], ['박', 8.4], ['최', 4.7], ['정', 4.3], ['강', 2.4], ['조', 2.1], ['윤', 2.1],
  ['장', 2.0], ['임', 1.7], ['한', 1.5], ['오', 1.5], ['서', 1.5], ['신', 1.5], ['권', 1.4], ['황', 1.4],
  ['안', 1.4], ['송', 1.3], ['류', 1.2], ['전', 1.1], ['홍', 1.1], ['고', 0.9], ['문', 0.9], ['양', 0.9], ['손', 0.9],
] as const;
const GIVEN_KO = [
  '민준', '서준', '도윤', '예준', '시우', '하준', '지호', '주원', '지후', '준우', '현우', '건우', '우진', '선우', '철수',
  '서연', '서윤', '지우', '하은', '민서', '하윤', '윤서', '지민', '채원', '수아', '지아', '영희', '은지', '미경', '정훈',
  '성민', '상철', '동현', '재형', '혜진', '수빈', '경숙', '영수', '태희', '나연',
] as const;
const ROMAN: Record<string, string> = {
  김: 'kim', 이: 'lee', 박: 'park', 최: 'choi', 정: 'jung', 강: 'kang', 조: 'cho', 윤: 'yoon', 장: 'jang', 임: 'lim',
  한: 'han', 오: 'oh', 서: 'seo', 신: 'shin', 권: 'kwon', 황: 'hwang', 안: 'ahn', 송: 'song', 류: 'ryu', 전: 'jeon',
  홍: 'hong', 고: 'ko', 문: 'moon', 양: 'yang', 손: 'son',
};
const FIRST_EN = ['James', 'Emily', 'Michael', 'Sarah', 'David', 'Olivia', 'Daniel', 'Grace', 'Ryan', 'Hannah', 'Chris', 'Laura'] as const;
const LAST_EN = ['Smith', 'Johnson', 'Brown', 'Miller', 'Wilson', 'Taylor', 'Clark', 'Walker', 'Young', 'Allen'] as const;

const COMPANIES_KO = [
  '한빛생명', '대성물산', '서울테크', '누리소프트', '가온건설', '세움회계법인', '다온물류', '하나로푸드', '미래정밀',
  '동방의료기', '새봄교육', '청솔디자인', '태양에너지', '바른법무법인', '온누리약품', '(주)케이앤씨', '㈜신세계통상',
] as const;
const COMPANIES_EN = ['Northwind Trading', 'Blue Harbor Capital', 'Acme Logistics', 'Summit Health', 'Brightline Media'] as const;
// An English reader's sample has ~250 English names: drawn from longer lists, or the same few
// names repeat and Duplicates fills up with people who only share a name.
const MORE_FIRST_EN = [...FIRST_EN, 'Anna', 'Ben', 'Claire', 'Ethan', 'Fiona', 'George', 'Helen', 'Ian', 'Julia', 'Kevin', 'Lucy', 'Mark',
  'Nina', 'Oscar', 'Paul', 'Rachel', 'Sam', 'Tara', 'Victor', 'Wendy', 'Adam', 'Beth', 'Carl', 'Diana', 'Eric', 'Holly', 'Jack', 'Megan'] as const;
const MORE_LAST_EN = [...LAST_EN, 'Hall', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Adams', 'Nelson', 'Hill', 'Campbell', 'Mitchell',
  'Roberts', 'Carter', 'Phillips', 'Evans', 'Turner', 'Parker', 'Collins', 'Edwards', 'Stewart', 'Morris', 'Murphy', 'Cook', 'Rogers',
  'Reed', 'Cooper', 'Bell', 'Ward', 'Brooks', 'Foster'] as const;
const MORE_COMPANIES_EN = [...COMPANIES_EN, 'Harbor Freight Lines', 'Keystone Foods', 'Redwood Analytics', 'Crescent Bank', 'Pioneer Tools'] as const;
const TITLES_KO = ['사원', '주임', '대리', '과장', '차장', '부장', '팀장', '이사', '상무', '대표'] as const;
const TITLES_EN = ['Manager', 'Director', 'Sales Lead', 'VP Sales', 'Account Executive', 'CEO'] as const;
const DEPTS_KO = ['영업팀', '인사팀', '재무팀', '마케팅팀', '개발팀', '구매팀', '총무팀'] as const;
const TAGS = ['VIP', '2025 보험박람회', '골프', '법인', '자녀보험', '소개받음', 'Seoul Expo'] as const;
const STAGE_TABLE = [['prospect', 40], ['new', 15], ['active', 25], ['loyal', 8], ['dormant', 10], ['lost', 2]] as const;
const TOUCH_TABLE = [['call', 30], ['sms', 20], ['meeting', 15], ['messenger', 15], ['email', 10], ['visit', 5], ['gift', 3], ['note', 2]] as const;
const OUTCOME_TABLE = [['positive', 35], ['neutral', 50], ['negative', 12], ['complaint', 3]] as const;
const SUMMARIES_KO = ['안부 통화, 가족 모두 잘 지냄', '보장 분석 자료 전달', '점심 미팅 — 자녀 보험 관심', '명절 인사 문자', '견적서 요청', '갱신 관련 문의'] as const;
const SUMMARIES_EN = ['Quick catch-up call', 'Sent the proposal', 'Lunch meeting, interested in a renewal', 'Holiday greeting', 'Asked for a quote'] as const;

export interface SampleTouch {
  kind: TouchKind;
  outcome: Outcome;
  summary: string;
  /** Whole days before today (at least 1). */
  daysAgo: number;
  /** Time of day in UTC hours, 0–9: 09:00–18:00 in Seoul, when people call and meet. */
  hourUtc: number;
  verify: ('mobile' | 'email')[];
}

/** How often a careful agent touches each stage (the default cadence, with lost never). */
const RHYTHM: Record<Stage, number> = { prospect: 14, new: 30, active: 90, loyal: 60, dormant: 180, lost: 120 };


export interface SamplePerson {
  name: string;
  company: string | null;
  department: string | null;
  title: string | null;
  stage: Stage;
  birthday: string | null;
  notes: string | null;
  tags: string[];
  points: { kind: 'mobile' | 'phone' | 'email'; value: string; label: string | null }[];
  /** Days before today the person entered the book. */
  daysAgo: number;
  touches: SampleTouch[];
}

const digits = (r: Rand, n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');

/**
 * `koreanShare`: the share of people with Korean names, notes and titles. An agent's book in
 * Korea is mostly Korean (0.85, also the bench's book); an English reader's sample is mostly
 * Latin names (0.15) so its notes, titles and Today read in their language. The random stream is
 * the same either way.
 */
export function samplePeople(count: number, seed = 20261123, koreanShare = 0.85): SamplePerson[] {
  const r = rng(seed);
  const people: SamplePerson[] = [];
  // The bench's mostly Korean book keeps its short lists (and so its names); see MORE_FIRST_EN.
  const english = koreanShare < 0.5
    ? { first: MORE_FIRST_EN, last: MORE_LAST_EN, companies: MORE_COMPANIES_EN }
    : { first: FIRST_EN, last: LAST_EN, companies: COMPANIES_EN };
  for (let i = 0; i < count; i++) {
    const korean = r() < koreanShare;
    const surname = weighted(r, SURNAMES);
    const given = pick(r, GIVEN_KO);
    const name = korean ? `${surname}${given}` : `${pick(r, english.first)} ${pick(r, english.last)}`;
    const local = korean ? `${ROMAN[surname]}.${given.length}${digits(r, 3)}` : name.toLowerCase().replace(' ', '.');
    const company = r() < 0.9 ? (korean ? pick(r, COMPANIES_KO) : pick(r, english.companies)) : null;
    const points: SamplePerson['points'] = [];
    const oldPhone = r() < 0.08;
    points.push({ kind: 'mobile', value: oldPhone ? `${pick(r, ['011', '016', '017', '019'])}-${digits(r, 3)}-${digits(r, 4)}` : `010-${digits(r, 4)}-${digits(r, 4)}`, label: null });
    if (oldPhone && r() < 0.5) points.push({ kind: 'mobile', value: `010-${digits(r, 4)}-${digits(r, 4)}`, label: null });
    if (company && r() < 0.5) points.push({ kind: 'phone', value: `02-${digits(r, 3 + Math.floor(r() * 2))}-${digits(r, 4)}`, label: korean ? '회사' : 'Work' });
    if (r() < 0.7) points.push({ kind: 'email', value: `${local}@${r() < 0.5 ? 'naver.com' : r() < 0.5 ? 'gmail.com' : 'example.co.kr'}`, label: null });
    const stage = weighted(r, STAGE_TABLE);
    const rhythm = RHYTHM[stage];
    // Most of the book is on schedule; about one in eight is a little behind. Dormant people
    // were last reached long ago, prospects are recent card exchanges.
    const behind = r() < 0.12;
    let last = stage === 'dormant' ? 120 + r() * 55 : behind ? rhythm * (1 + r() * 0.6) : rhythm * r() * 0.95;
    const touchCount = stage === 'prospect' ? Math.floor(r() * 3) : 1 + Math.floor(r() * 8);
    const touches: SampleTouch[] = [];
    for (let t = 0; t < touchCount; t++) {
      const kind = weighted(r, TOUCH_TABLE);
      touches.push({
        kind, outcome: weighted(r, OUTCOME_TABLE), daysAgo: Math.floor(last) + 1, hourUtc: r() * 9,
        summary: korean ? pick(r, SUMMARIES_KO) : pick(r, SUMMARIES_EN),
        verify: kind === 'call' || kind === 'sms' ? ['mobile'] : kind === 'email' ? ['email'] : [],
      });
      last += rhythm * (0.6 + r() * 0.8);
    }
    // Added before the first touch (a prospect with no touch yet was added within its rhythm).
    const daysAgo = touchCount ? last + r() * rhythm : 1 + r() * (rhythm - 1);
    touches.reverse(); // oldest first, as they happened
    const year = 1960 + Math.floor(r() * 40);
    const md = `${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
    const b = r();
    people.push({
      name, company, stage, points, daysAgo, touches,
      department: company && korean && r() < 0.6 ? pick(r, DEPTS_KO) : null,
      title: company ? (korean ? pick(r, TITLES_KO) : pick(r, TITLES_EN)) : null,
      birthday: b < 0.6 ? `${year}-${md}` : b < 0.7 ? `--${md}` : null,
      notes: r() < 0.25 ? (korean ? '자녀 둘, 골프 좋아함' : 'Prefers e-mail before calls') : null,
      tags: r() < 0.4 ? [pick(r, TAGS)] : [],
    });
  }
  return people;
}

// ── what the app's sample shows ─────────────────────────────────────────────────────────────
// samplePeople is also the bench's book and stays as generated; the app's sample is then made
// believable on top of it, with its own random stream: notes that fit the touch and its outcome,
// one or two open complaints (recent, on active customers; a generated complaint elsewhere would
// sit open for months, in red on Today), one complaint in the past already answered, and a few
// referral links so the Referrals view has a small tree.

type Group = 'talk' | 'text' | 'gift' | 'note';
const GROUP: Record<TouchKind, Group> = {
  call: 'talk', meeting: 'talk', visit: 'talk', 'card-exchange': 'talk', sms: 'text', messenger: 'text', email: 'text', gift: 'gift', note: 'note',
};

/** [Korean, English] notes per outcome and kind of touch. */
const NOTES: Record<Outcome, Record<Group, [readonly string[], readonly string[]]>> = {
  positive: {
    talk: [['안부 통화, 가족 모두 잘 지냄', '점심 미팅 — 자녀 보험에 관심', '갱신하겠다고 함', '보장 분석 설명, 반응 좋음'],
      ['Quick catch-up call, all well', 'Lunch meeting, interested in a renewal', 'Happy with the cover, will renew']],
    text: [['명절 인사 문자에 감사 답장', '보장 분석 자료 보냄, 잘 받았다고 회신'], ['Holiday greeting, a warm reply', 'Sent the proposal; they liked it']],
    gift: [['명절 선물 전달, 고맙다고 연락 옴'], ['Holiday gift; they called to say thanks']],
    note: [['다음 달 이사 예정이라고 함'], ['Moving house next month']],
  },
  neutral: {
    talk: [['안부 통화', '갱신 관련 문의 전화', '상품 안내, 자료 보내기로 함'], ['Catch-up call', 'Asked about the renewal', 'Went through the options']],
    text: [['명절 인사 문자', '견적서 보냄', '일정 확인 문자'], ['Holiday greeting', 'Sent a quote', 'Confirmed the meeting time']],
    gift: [['생일 선물 발송'], ['Sent a birthday gift']],
    note: [['자녀 둘, 골프 좋아함'], ['Prefers e-mail before calls']],
  },
  negative: {
    talk: [['보험료 부담으로 당분간 보류', '추가 가입 생각 없다고 함'], ['Not now: the premium is too high', 'No interest in more cover for now']],
    text: [['견적 검토 후 보류하겠다고 회신', '답장 없음'], ['Reviewed the quote, holding off', 'No reply']],
    gift: [['선물 반송됨(주소 변경)'], ['Gift returned: moved house']],
    note: [['회사 사정이 어렵다고 함'], ['Their company is cutting costs']],
  },
  complaint: {
    talk: [['보험금 청구 처리가 늦다고 항의', '설명 없이 보험료가 올랐다고 불만'], ['Complained the claim payout is late', 'Upset: the premium went up without a word']],
    text: [['청구 서류를 두 번 냈는데 연락이 없다고 항의'], ['Complaint: sent the claim papers twice, heard nothing']],
    gift: [['선물이 파손되어 도착했다고 불만'], ['The gift arrived broken']],
    note: [['상담 약속을 잊었다고 불만'], ['Upset we missed the appointment']],
  },
};

/** How many open complaints the app's sample shows. */
const OPEN_COMPLAINTS = 2;

export interface BelievableSample {
  people: SamplePerson[];
  /** [referrer index, referred index] in `people`, referrers before the people they referred. */
  referrals: [number, number][];
}

const isKorean = (p: SamplePerson) => /[\uAC00-\uD7A3]/.test(p.name);
/** The generated tags, as an English-speaking owner would have named them. */
const TAGS_EN: Record<string, string> = { '2025 보험박람회': '2025 Insurance Expo', 골프: 'Golf', 법인: 'Corporate', 자녀보험: 'Kids cover', 소개받음: 'Referred' };
const isCustomer = (p: SamplePerson) => p.stage === 'active' || p.stage === 'loyal';

export function believableSample(generated: SamplePerson[], seed = 20261124): BelievableSample {
  const r = rng(seed);
  const people = generated.map((p) => ({ ...p, touches: p.touches.map((t) => ({ ...t })) }));
  // Complaints only where they are meant: the rest of the generated ones become plain negatives.
  for (const p of people) for (const t of p.touches) if (t.outcome === 'complaint') t.outcome = 'negative';
  const customers = people.filter((p) => isCustomer(p) && p.touches.length >= 2);
  customers.slice(0, OPEN_COMPLAINTS).forEach((p, i) => {
    // Yesterday's call: its response is due today, at the top of Today.
    Object.assign(p.touches.at(-1)!, { kind: 'call', outcome: 'complaint', daysAgo: 1, hourUtc: 5 + i * 2, verify: ['mobile'] });
  });
  const answered = customers.slice(OPEN_COMPLAINTS).find((p) => p.touches.length >= 3);
  if (answered) Object.assign(answered.touches.at(-2)!, { outcome: 'complaint' }); // the later touch resolved it
  for (const p of people) {
    for (const t of p.touches) t.summary = pick(r, NOTES[t.outcome][GROUP[t.kind]][isKorean(p) ? 0 : 1]);
    if (!isKorean(p)) p.tags = p.tags.map((tag) => TAGS_EN[tag] ?? tag);
  }
  // The two open complaints say different things.
  customers.slice(0, OPEN_COMPLAINTS).forEach((p, i) => {
    const notes = NOTES.complaint.talk[isKorean(p) ? 0 : 1];
    p.touches.at(-1)!.summary = notes[i % notes.length]!;
  });
  return { people, referrals: referralTree(people) };
}

/**
 * Three customers who referred people added after them: two or three each, and one of those
 * (a new customer) referred one more — a small tree of three levels.
 */
function referralTree(people: SamplePerson[]): [number, number][] {
  const idx = people.map((p, i) => ({ p, i }));
  const referrers = idx.filter(({ p }) => p.stage === 'loyal' || p.stage === 'active').sort((a, b) => b.p.daysAgo - a.p.daysAgo).slice(0, 3);
  const taken = new Set(referrers.map((x) => x.i));
  const out: [number, number][] = [];
  const refer = (from: { p: SamplePerson; i: number }, n: number, stages: readonly Stage[]) => {
    const picked = idx.filter(({ p, i }) => !taken.has(i) && stages.includes(p.stage) && p.daysAgo < from.p.daysAgo).slice(0, n);
    for (const x of picked) { taken.add(x.i); out.push([from.i, x.i]); }
    return picked;
  };
  referrers.forEach((from, k) => {
    const [first] = refer(from, 1, ['new']);
    refer(from, k === 0 ? 2 : 1, ['prospect', 'active']);
    if (k === 0 && first) refer(first, 1, ['prospect']);
  });
  return out;
}
