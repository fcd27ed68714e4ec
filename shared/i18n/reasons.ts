// Reasons are stored structured ({code, params}) and rendered in the reader's language, so a
// follow-up created while the app was in English reads in Korean after a switch.
import type { Locale, Stage, TouchKind } from '../domain/enums.js';
import { STAGE_LABELS, TOUCH_LABELS } from './labels.js';

export type Reason =
  | { code: 'check-in'; params: { stage: Stage; days: number; since: 'added' | 'card' | 'import' | 'touch'; touch?: TouchKind } }
  | { code: 'obsolete-prefix'; params: { prefix: string } }
  | { code: 'invalid-phone'; params: Record<string, never> }
  | { code: 'custom'; params: { text: string } };

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

export function renderReason(reason: Reason, locale: Locale): string {
  switch (reason.code) {
    case 'check-in': {
      const { stage, days, since, touch } = reason.params;
      if (locale === 'ko') {
        const what = since === 'touch' && touch ? `마지막 ${TOUCH_LABELS.ko[touch]}` : SINCE_KO[since === 'touch' ? 'added' : since];
        return `${what} 후 ${days}일 — ${STAGE_CHECKIN_KO[stage]}`;
      }
      const what = since === 'touch' && touch
        ? `the last ${lowerWord(TOUCH_LABELS.en[touch])}`
        : SINCE_EN[since === 'touch' ? 'added' : since];
      return `${days} days since ${what} — ${STAGE_CHECKIN_EN[stage]}`;
    }
    case 'obsolete-prefix':
      return locale === 'ko'
        ? `${reason.params.prefix} 번호는 2G 서비스 종료로 더 이상 연결되지 않습니다`
        : `${reason.params.prefix} numbers stopped working when 2G service ended`;
    case 'invalid-phone':
      return locale === 'ko' ? '올바른 전화번호 형식이 아닙니다' : 'Not a valid phone number';
    case 'custom':
      return reason.params.text;
  }
}

/** Lower-case a label for mid-sentence use, but keep acronyms (SMS) as they are. */
const lowerWord = (label: string): string => (/^[A-Z]{2,}$/.test(label) ? label : label.toLowerCase());

export const stageLabel = (stage: Stage, locale: Locale): string => STAGE_LABELS[locale][stage];
