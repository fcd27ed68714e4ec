// Reasons are stored structured ({code, params}) and rendered in the reader's language, so a
// follow-up created while the app was in English reads in Korean after a switch.
import type { Locale, PointKind, Stage, TouchKind } from '../domain/enums.js';
import type { MarketingVia } from '../rules/marketing.js';
import type { VerificationOffer, VerificationResolution, VerificationVia } from '../rules/verification.js';
import { withJosa } from './josa.js';
import { POINT_KIND_LABELS, STAGE_LABELS, TOUCH_LABELS } from './labels.js';

export type Reason =
  | { code: 'check-in'; params: { stage: Stage; days: number; since: 'added' | 'card' | 'import' | 'touch'; touch?: TouchKind } }
  | { code: 'obsolete-prefix'; params: { prefix: string } }
  | { code: 'invalid-phone'; params: Record<string, never> }
  | { code: 'custom'; params: { text: string } }
  | { code: 'card-thanks'; params: { on: string; event: string | null } }
  | { code: 'birthday'; params: { on: string; offer: 'gift-coupon'; via?: MarketingVia } }
  | { code: 'date'; params: { label: string; kind: 'anniversary' | 'custom'; on: string; offer: 'gift-coupon'; via?: MarketingVia } }
  | { code: 'renewal' | 'expiry'; params: { deal: string; on: string; daysBefore: number; offer: 'renewal-review' | 'upgrade' | 'retention' } }
  | { code: 'persistency'; params: { deal: string; month: number; signedOn: string; offer: 'coverage-review' } }
  | { code: 'complaint'; params: { at: string; summary: string | null } }
  | { code: 'referral-ask'; params: { trigger: 'positive-touch' | 'won-deal'; since: string; via?: MarketingVia } }
  | { code: 'verification'; params: { kind: PointKind; value: string; problem: 'obsolete' | 'stale'; prefix: string | null; via: VerificationVia; offer: VerificationOffer; resolved?: VerificationResolution } }
  | { code: 'referral-blocked'; params: { block: 'stage' | 'dormant' | 'complaint' | 'asked-recently' | 'not-warm' } }
  | { code: 'lifecycle'; params: { from: Stage; to: Stage; rule: 'first-win' | 'settled' | 'second-win' | 'gave-referral' | 'long-tenure' | 'no-touch'; days?: number; deal?: string } };

const SINCE_EN = { added: 'added', card: 'the card exchange', import: 'import' } as const;
const SINCE_KO = { added: '등록', card: '명함 교환', import: '가져오기' } as const;

const STAGE_CHECKIN_EN: Record<Stage, string> = {
  prospect: 'prospect check-in', new: 'new-customer check-in', active: 'customer check-in',
  loyal: 'loyal-customer check-in', dormant: 'reconnect with a dormant contact', lost: 'check-in',
};
const STAGE_CHECKIN_KO: Record<Stage, string> = {
  prospect: '잠재 고객 안부 연락', new: '신규 고객 안부 연락', active: '기존 고객 안부 연락',
  loyal: '충성 고객 안부 연락', dormant: '휴면 고객 재연결', lost: '안부 연락',
};

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A calendar date inside a reason, in the locale's short form: 11월 27일 / Nov 27, with the year
 * when it is not `today`'s (a renewal next March) — never the ISO form, which reads as data.
 */
export function reasonDate(date: string, locale: Locale, today?: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  const withYear = today !== undefined && !today.startsWith(y);
  return locale === 'ko'
    ? `${withYear ? `${y}년 ` : ''}${Number(mo)}월 ${Number(d)}일`
    : `${MONTHS_EN[Number(mo) - 1]} ${Number(d)}${withYear ? `, ${y}` : ''}`;
}

/** `today` (the reader's calendar date) lets dates in other years carry their year. */
export function renderReason(reason: Reason, locale: Locale, today?: string): string {
  const day = (d: string) => reasonDate(d, locale, today);
  switch (reason.code) {
    case 'check-in': {
      const { stage, days, since, touch } = reason.params;
      if (locale === 'ko') {
        const what = since === 'touch' && touch ? `마지막 ${TOUCH_LABELS.ko[touch]}` : SINCE_KO[since === 'touch' ? 'added' : since];
        return `${what} 후 ${days}일 — ${STAGE_CHECKIN_KO[stage]}`;
      }
      const what = since === 'touch' && touch
        ? `the last ${touch === 'messenger' ? 'messenger message' : lowerWord(TOUCH_LABELS.en[touch])}`
        : SINCE_EN[since === 'touch' ? 'added' : since];
      return `${days} days since ${what} — ${STAGE_CHECKIN_EN[stage]}`;
    }
    case 'obsolete-prefix':
      return locale === 'ko'
        ? `${reason.params.prefix} 번호는 2G 서비스 종료로 더 이상 연결되지 않습니다`
        : `Old ${reason.params.prefix} mobile number: Korea moved every mobile to 010 when 2G service ended`;
    case 'invalid-phone':
      return locale === 'ko' ? '올바른 전화번호 형식이 아닙니다' : 'Not a valid phone number';
    case 'custom':
      return reason.params.text;
    case 'card-thanks': {
      // The card exchange (issue 6): a short thank-you within a day is how the relationship starts.
      const { on, event } = reason.params;
      return locale === 'ko'
        ? `${day(on)}${event ? ` ${event}에서` : ''} 명함 교환 — 하루 안에 감사 메시지 보내기`
        : `Card exchanged on ${day(on)}${event ? ` at ${event}` : ''} — send a thank-you message within 1 day`;
    }
    default:
      return renderEngineReason(reason, locale, day);
  }
}

const OFFER: Record<Locale, Record<string, string>> = {
  en: {
    'gift-coupon': 'send a gift coupon', 'renewal-review': 'offer a renewal review', upgrade: 'suggest an upgrade',
    retention: 'offer a retention check', 'coverage-review': 'offer a coverage review',
  },
  ko: {
    'gift-coupon': '기프티콘 선물 제안', 'renewal-review': '갱신 상담 제안', upgrade: '업그레이드 제안',
    retention: '유지 상담 제안', 'coverage-review': '보장 점검 제안',
  },
};

const BLOCK: Record<Locale, Record<string, string>> = {
  en: {
    stage: 'not a customer yet', dormant: 'dormant or lost', complaint: 'a complaint is open',
    'asked-recently': 'asked within the last 90 days', 'not-warm': 'no positive touch or signed deal in the last 30 days',
  },
  ko: {
    stage: '아직 고객이 아님', dormant: '휴면 또는 이탈 고객', complaint: '처리 중인 불만이 있음',
    'asked-recently': '최근 90일 안에 이미 요청함', 'not-warm': '최근 30일 안에 긍정적 접촉이나 계약이 없음',
  },
};

const LIFECYCLE: Record<Locale, Record<string, (d: number | undefined, deal: string | undefined) => string>> = {
  en: {
    'first-win': (_d, deal) => `first contract signed${deal ? ` (${deal})` : ''}`,
    settled: (d) => `customer for ${d ?? 90} days since the first contract`,
    'second-win': () => 'a second contract signed',
    'gave-referral': () => 'referred someone',
    'long-tenure': () => 'customer for 3 years or more',
    'no-touch': (d) => `no contact for ${d ?? 365} days`,
  },
  ko: {
    'first-win': (_d, deal) => `첫 계약 체결${deal ? ` (${deal})` : ''}`,
    settled: (d) => `첫 계약 후 ${d ?? 90}일 경과`,
    'second-win': () => '두 번째 계약 체결',
    'gave-referral': () => '지인을 소개함',
    'long-tenure': () => '3년 이상 고객',
    'no-touch': (d) => `${d ?? 365}일 동안 연락 없음`,
  },
};

type EngineReason = Exclude<Reason, { code: 'check-in' | 'obsolete-prefix' | 'invalid-phone' | 'custom' | 'card-thanks' }>;

function renderEngineReason(reason: EngineReason, locale: Locale, day: (d: string) => string): string {
  const ko = locale === 'ko';
  switch (reason.code) {
    case 'birthday':
      return (ko ? `${day(reason.params.on)} 생일 — ${OFFER.ko[reason.params.offer]}` : `Birthday on ${day(reason.params.on)} — ${OFFER.en[reason.params.offer]}`)
        + viaText(reason.params.via, locale);
    case 'date': {
      const { label, on, offer } = reason.params;
      return (ko ? `${day(on)} ${label} — ${OFFER.ko[offer]}` : `${label} on ${day(on)} — ${OFFER.en[offer]}`) + viaText(reason.params.via, locale);
    }
    case 'renewal':
    case 'expiry': {
      const { deal, on, daysBefore, offer } = reason.params;
      const what = reason.code === 'renewal' ? (ko ? '갱신' : 'renews') : (ko ? '만기' : 'expires');
      return ko
        ? `${deal} ${day(on)} ${what} (${daysBefore}일 전) — ${OFFER.ko[offer]}`
        : `${deal} ${what} on ${day(on)} (${daysBefore} days ahead) — ${OFFER.en[offer]}`;
    }
    case 'persistency': {
      const { deal, month, signedOn, offer } = reason.params;
      return ko
        ? `${deal} 계약 ${month}회차 유지 점검 (${day(signedOn)} 계약) — ${OFFER.ko[offer]}`
        : `${deal}: month ${month} persistency check-in (signed ${day(signedOn)}) — ${OFFER.en[offer]}`;
    }
    case 'complaint': {
      const s = reason.params.summary ? `: ${reason.params.summary}` : '';
      return ko ? `불만 접수 — 24시간 안에 응대${s}` : `Complaint — respond within 24 hours${s}`;
    }
    case 'referral-ask': {
      const { trigger, since } = reason.params;
      if (ko) return `${day(since)} ${trigger === 'won-deal' ? '계약 체결' : '긍정적인 만남'} — 지인 소개를 부탁할 좋은 때${viaText(reason.params.via, locale)}`;
      return `${trigger === 'won-deal' ? 'Contract signed' : 'Positive touch'} on ${day(since)} — a good moment to ask for a referral${viaText(reason.params.via, locale)}`;
    }
    case 'verification':
      return verificationText(reason.params, locale);
    case 'referral-blocked':
      return ko ? `소개 요청 보류: ${BLOCK.ko[reason.params.block]}` : `No referral ask: ${BLOCK.en[reason.params.block]}`;
    case 'lifecycle': {
      const { from, to, rule, days, deal } = reason.params;
      const why = LIFECYCLE[locale][rule]!(days, deal);
      return ko
        ? `${STAGE_LABELS.ko[from]} → ${STAGE_LABELS.ko[to]}: ${why}`
        : `${STAGE_LABELS.en[from]} → ${STAGE_LABELS.en[to]}: ${why}`;
    }
  }
}

const VIA: Record<Locale, Record<MarketingVia | VerificationVia, string>> = {
  en: { sms: 'by text message', messenger: 'by messenger', email: 'by e-mail', 'in-person': 'in person', phone: 'by phone', meeting: 'in person' },
  ko: { sms: '문자로', messenger: '메신저로', email: '이메일로', 'in-person': '직접 만나서', phone: '전화로', meeting: '직접 만나서' },
};

/** How a marketing suggestion proposes to reach the person (the channel their consent allows). */
const viaText = (via: MarketingVia | undefined, locale: Locale): string => (via ? ` (${VIA[locale][via]})` : '');

function verificationText(p: Extract<Reason, { code: 'verification' }>['params'], locale: Locale): string {
  const task = verificationTask(p, locale);
  return p.resolved ? `${task} — ${resolvedText(p.resolved, locale)}` : task;
}

/** Why a verification task closed without a touch (kept with the task, so the history says so). */
function resolvedText(r: VerificationResolution, locale: Locale): string {
  if (locale === 'ko') {
    switch (r.by) {
      case 'new-mobile': return `완료: 새 휴대폰 ${r.value} 등록`;
      case 'replaced': return `완료: ${withJosa(r.value, '으로/로')} 수정`;
      case 'verified': return `완료: ${r.value} 확인됨`;
      case 'removed': return '완료: 번호 삭제';
      case 'marked': return '완료: 사용 불가로 표시';
    }
  }
  switch (r.by) {
    case 'new-mobile': return `done: new mobile ${r.value} added`;
    case 'replaced': return `done: corrected to ${r.value}`;
    case 'verified': return `done: ${r.value} verified`;
    case 'removed': return 'done: removed';
    case 'marked': return 'done: marked as not working';
  }
}

function verificationTask(p: Extract<Reason, { code: 'verification' }>['params'], locale: Locale): string {
  const what = POINT_KIND_LABELS[locale][p.kind];
  const via = VIA[locale][p.via];
  if (locale === 'ko') {
    if (p.problem === 'obsolete') {
      const dead = p.prefix ? `${p.prefix} 번호는 더 이상 연결되지 않음` : `${what} ${p.value} 사용 불가`;
      return `${dead}: ${via} 새 ${p.offer === 'ask-new-email' ? '이메일 주소' : '휴대폰 번호'} 문의`;
    }
    return `${what} ${p.value} 오랫동안 미확인: ${via} 안부 인사 — 답장이 오면 확인 완료`;
  }
  if (p.problem === 'obsolete') {
    // A reader outside Korea does not know the 011/016/017/018/019 prefixes were retired for 010.
    const dead = p.prefix ? `Old ${p.prefix} mobile number (Korea moved to 010)` : `${what} ${p.value} no longer works`;
    return `${dead}: ask for the new ${p.offer === 'ask-new-email' ? 'e-mail address' : 'mobile number'} ${via}`;
  }
  return `${what} ${p.value} not verified for a long time: send a short greeting ${via} — a reply confirms it`;
}

/** Lower-case a label for mid-sentence use, but keep acronyms (SMS) as they are. */
const lowerWord = (label: string): string => (/^[A-Z]{2,}$/.test(label) ? label : label.toLowerCase());

/** A reason stored as JSON text (stage changes made by a rule), or null for plain text. */
export function storedReason(text: string | null): Reason | null {
  if (!text?.startsWith('{"code":')) return null;
  try {
    const r = JSON.parse(text) as Reason;
    return typeof r.code === 'string' && typeof r.params === 'object' ? r : null;
  } catch {
    return null;
  }
}

export const stageLabel = (stage: Stage, locale: Locale): string => STAGE_LABELS[locale][stage];
