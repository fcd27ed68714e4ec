// Reasons are stored structured and rendered in the reader's language (shared/i18n/reasons.ts).
import { describe, expect, it } from 'vitest';
import { STAGES, TOUCH_KINDS } from '../../../shared/domain/enums.js';
import { renderReason, stageLabel, type Reason } from '../../../shared/i18n/reasons.js';

const checkIn = (params: Extract<Reason, { code: 'check-in' }>['params']): Reason => ({ code: 'check-in', params });

describe('renderReason — check-in', () => {
  it.each([
    ['prospect', 14, '14 days since added — prospect check-in', '등록 후 14일 — 잠재 고객 안부 연락'],
    ['new', 30, '30 days since added — new-customer check-in', '등록 후 30일 — 신규 고객 안부 연락'],
    ['active', 90, '90 days since added — customer check-in', '등록 후 90일 — 기존 고객 안부 연락'],
    ['loyal', 60, '60 days since added — loyal-customer check-in', '등록 후 60일 — 충성 고객 안부 연락'],
    ['dormant', 180, '180 days since added — reconnect with a dormant contact', '등록 후 180일 — 휴면 고객 재연결'],
    ['lost', 365, '365 days since added — check-in', '등록 후 365일 — 안부 연락'],
  ] as const)('%s, since added', (stage, days, en, ko) => {
    const r = checkIn({ stage, days, since: 'added' });
    expect(renderReason(r, 'en')).toBe(en);
    expect(renderReason(r, 'ko')).toBe(ko);
  });

  it('since the card exchange and since import', () => {
    expect(renderReason(checkIn({ stage: 'prospect', days: 14, since: 'card' }), 'en')).toBe('14 days since the card exchange — prospect check-in');
    expect(renderReason(checkIn({ stage: 'prospect', days: 14, since: 'card' }), 'ko')).toBe('명함 교환 후 14일 — 잠재 고객 안부 연락');
    expect(renderReason(checkIn({ stage: 'active', days: 90, since: 'import' }), 'en')).toBe('90 days since import — customer check-in');
    expect(renderReason(checkIn({ stage: 'active', days: 90, since: 'import' }), 'ko')).toBe('가져오기 후 90일 — 기존 고객 안부 연락');
  });

  it.each([
    ['meeting', 'the last meeting', '마지막 미팅'],
    ['call', 'the last call', '마지막 통화'],
    ['sms', 'the last SMS', '마지막 문자'],
    ['email', 'the last e-mail', '마지막 이메일'],
    ['messenger', 'the last messenger message', '마지막 메신저'],
    ['visit', 'the last visit', '마지막 방문'],
    ['gift', 'the last gift', '마지막 선물'],
    ['card-exchange', 'the last card exchange', '마지막 명함 교환'],
    ['note', 'the last note', '마지막 메모'],
  ] as const)('since the last %s', (touch, en, ko) => {
    const r = checkIn({ stage: 'prospect', days: 14, since: 'touch', touch });
    expect(renderReason(r, 'en')).toBe(`14 days since ${en} — prospect check-in`);
    expect(renderReason(r, 'ko')).toBe(`${ko} 후 14일 — 잠재 고객 안부 연락`);
  });

  it('since a touch of unknown kind falls back to "added"', () => {
    const r = checkIn({ stage: 'new', days: 30, since: 'touch' });
    expect(renderReason(r, 'en')).toBe('30 days since added — new-customer check-in');
    expect(renderReason(r, 'ko')).toBe('등록 후 30일 — 신규 고객 안부 연락');
  });

  it('every stage × touch kind renders without "undefined" in both languages', () => {
    for (const stage of STAGES) {
      for (const touch of TOUCH_KINDS) {
        for (const locale of ['ko', 'en'] as const) {
          const text = renderReason(checkIn({ stage, days: 7, since: 'touch', touch }), locale);
          expect(text).not.toMatch(/undefined|null|NaN/);
          expect(text).toContain('7');
        }
      }
    }
  });
});

describe('renderReason — other codes', () => {
  it('obsolete-prefix', () => {
    const r: Reason = { code: 'obsolete-prefix', params: { prefix: '011' } };
    expect(renderReason(r, 'en')).toBe('Old 011 mobile number: Korea moved every mobile to 010 when 2G service ended');
    expect(renderReason(r, 'ko')).toBe('011 번호는 2G 서비스 종료로 더 이상 연결되지 않습니다');
  });
  it('invalid-phone', () => {
    const r: Reason = { code: 'invalid-phone', params: {} };
    expect(renderReason(r, 'en')).toBe('Not a valid phone number');
    expect(renderReason(r, 'ko')).toBe('올바른 전화번호 형식이 아닙니다');
  });
  it('custom text is shown as written in both languages', () => {
    const r: Reason = { code: 'custom', params: { text: '견적서 보내기 — send the quote' } };
    expect(renderReason(r, 'en')).toBe('견적서 보내기 — send the quote');
    expect(renderReason(r, 'ko')).toBe('견적서 보내기 — send the quote');
  });
});

describe('stageLabel', () => {
  it.each([
    ['prospect', 'Prospect', '잠재'], ['new', 'New', '신규'], ['active', 'Active', '기존'],
    ['loyal', 'Loyal', '충성'], ['dormant', 'Dormant', '휴면'], ['lost', 'Lost', '이탈'],
  ] as const)('%s → %s / %s', (stage, en, ko) => {
    expect(stageLabel(stage, 'en')).toBe(en);
    expect(stageLabel(stage, 'ko')).toBe(ko);
  });
});
