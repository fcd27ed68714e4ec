// Words for the domain vocabularies, in both languages. Shared because the CLI renders the same
// reasons and stage names as the UI does.
import type {
  FollowUpKind, Freshness, Locale, Outcome, PointKind, Stage, TouchKind, VerifiedVia,
} from '../domain/enums.js';

type Words<K extends string> = Record<Locale, Record<K, string>>;

export const STAGE_LABELS: Words<Stage> = {
  en: { prospect: 'Prospect', new: 'New', active: 'Active', loyal: 'Loyal', dormant: 'Dormant', lost: 'Lost' },
  ko: { prospect: '잠재', new: '신규', active: '기존', loyal: '충성', dormant: '휴면', lost: '이탈' },
};

export const TOUCH_LABELS: Words<TouchKind> = {
  en: {
    meeting: 'Meeting', call: 'Call', sms: 'SMS', email: 'E-mail', messenger: 'Messenger',
    visit: 'Visit', gift: 'Gift', 'card-exchange': 'Card exchange', note: 'Note',
  },
  ko: {
    meeting: '미팅', call: '통화', sms: '문자', email: '이메일', messenger: '메신저',
    visit: '방문', gift: '선물', 'card-exchange': '명함 교환', note: '메모',
  },
};

export const OUTCOME_LABELS: Words<Outcome> = {
  en: { positive: 'Positive', neutral: 'Neutral', negative: 'Negative', complaint: 'Complaint' },
  ko: { positive: '긍정', neutral: '보통', negative: '부정', complaint: '불만' },
};

export const POINT_KIND_LABELS: Words<PointKind> = {
  en: { mobile: 'Mobile', phone: 'Phone', email: 'E-mail', address: 'Address', url: 'Website', messenger: 'Messenger' },
  ko: { mobile: '휴대폰', phone: '전화', email: '이메일', address: '주소', url: '웹사이트', messenger: '메신저' },
};

export const FRESHNESS_LABELS: Words<Freshness> = {
  en: { fresh: 'Fresh', aging: 'Aging', stale: 'Stale', obsolete: 'Obsolete', unverified: 'Unverified', bad: 'Not working' },
  ko: { fresh: '최신', aging: '확인 필요', stale: '오래됨', obsolete: '사용 불가', unverified: '미확인', bad: '연결 안 됨' },
};

export const VERIFIED_VIA_LABELS: Words<VerifiedVia> = {
  en: {
    card: 'business card', call: 'call', 'sms-reply': 'SMS reply', 'email-reply': 'e-mail reply',
    messenger: 'messenger', meeting: 'meeting', import: 'import', manual: 'by hand',
  },
  ko: {
    card: '명함', call: '통화', 'sms-reply': '문자 답장', 'email-reply': '이메일 답장',
    messenger: '메신저', meeting: '만남', import: '가져오기', manual: '직접 입력',
  },
};

export const FOLLOW_UP_LABELS: Words<FollowUpKind> = {
  en: {
    'check-in': 'Check-in', 'referral-ask': 'Referral ask', birthday: 'Birthday', date: 'Date',
    renewal: 'Renewal', expiry: 'Expiry', persistency: 'Persistency check', verification: 'Verify contact info',
    'complaint-response': 'Complaint response', custom: 'Follow-up',
  },
  ko: {
    'check-in': '안부 연락', 'referral-ask': '소개 요청', birthday: '생일', date: '기념일',
    renewal: '갱신', expiry: '만기', persistency: '유지 점검', verification: '연락처 확인',
    'complaint-response': '불만 대응', custom: '후속 조치',
  },
};

/** vCard/CSV TYPE words an import leaves as a point's label ("work", "CELL"), shown in the reader's words. */
const STANDARD_POINT_LABELS: Words<'work' | 'home' | 'cell' | 'fax' | 'other' | 'main' | 'pager'> = {
  en: { work: 'Work', home: 'Home', cell: 'Mobile', fax: 'Fax', other: 'Other', main: 'Main', pager: 'Pager' },
  ko: { work: '회사', home: '집', cell: '휴대폰', fax: '팩스', other: '기타', main: '대표', pager: '호출기' },
};
const LABEL_ALIASES: Record<string, keyof (typeof STANDARD_POINT_LABELS)['en']> = {
  work: 'work', business: 'work', office: 'work', home: 'home', cell: 'cell', mobile: 'cell', iphone: 'cell',
  fax: 'fax', other: 'other', main: 'main', pager: 'pager',
};

/** A point's label for display: a standard TYPE word in the locale, anything the user typed as it is. */
export function pointLabelText(label: string, locale: Locale): string {
  const key = LABEL_ALIASES[label.trim().toLowerCase()];
  return key ? STANDARD_POINT_LABELS[locale][key] : label;
}
