import { describe, expect, it } from 'vitest';
import { renderReason, type Reason } from '../../../shared/i18n/reasons.js';

const REASONS: Reason[] = [
  { code: 'birthday', params: { on: '2026-05-02', offer: 'gift-coupon' } },
  { code: 'date', params: { label: '결혼기념일', kind: 'anniversary', on: '2026-05-02', offer: 'gift-coupon' } },
  { code: 'renewal', params: { deal: '자동차보험', on: '2027-03-02', daysBefore: 60, offer: 'upgrade' } },
  { code: 'expiry', params: { deal: '자동차보험', on: '2027-03-02', daysBefore: 30, offer: 'retention' } },
  { code: 'persistency', params: { deal: '종신', month: 13, signedOn: '2026-03-02', offer: 'coverage-review' } },
  { code: 'complaint', params: { at: '2026-03-02T05:00:00.000Z', summary: '지연' } },
  { code: 'referral-ask', params: { trigger: 'won-deal', since: '2026-03-02' } },
  { code: 'referral-blocked', params: { block: 'complaint' } },
  { code: 'lifecycle', params: { from: 'new', to: 'active', rule: 'settled', days: 90 } },
];

describe('engine reasons', () => {
  it('show dates in the locale\'s short form, with the year only when it is not this year', () => {
    expect(renderReason(REASONS[0]!, 'ko', '2026-04-30')).toBe('5월 2일 생일 — 기프티콘 선물 제안');
    expect(renderReason(REASONS[0]!, 'en', '2026-04-30')).toBe('Birthday on May 2 — send a gift coupon');
    expect(renderReason(REASONS[2]!, 'ko', '2026-11-01')).toBe('자동차보험 2027년 3월 2일 갱신 (60일 전) — 업그레이드 제안');
    expect(renderReason(REASONS[2]!, 'en', '2026-11-01')).toBe('자동차보험 renews on Mar 2, 2027 (60 days ahead) — suggest an upgrade');
    expect(renderReason(REASONS[4]!, 'ko', '2027-03-01')).toBe('종신 계약 13회차 유지 점검 (2026년 3월 2일 계약) — 보장 점검 제안');
    expect(renderReason(REASONS[6]!, 'ko', '2026-03-02')).toBe('3월 2일 계약 체결 — 지인 소개를 부탁할 좋은 때');
    for (const r of REASONS) expect(`${renderReason(r, 'ko', '2026-03-02')} ${renderReason(r, 'en', '2026-03-02')}`).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('render in both languages, differently, without placeholders', () => {
    for (const r of REASONS) {
      const ko = renderReason(r, 'ko');
      const en = renderReason(r, 'en');
      expect(ko.length, r.code).toBeGreaterThan(5);
      expect(en.length, r.code).toBeGreaterThan(5);
      expect(ko).not.toBe(en);
      expect(`${ko}${en}`).not.toMatch(/undefined|\[object/);
    }
  });
  it('say what to offer and why', () => {
    expect(renderReason(REASONS[2]!, 'ko')).toBe('자동차보험 3월 2일 갱신 (60일 전) — 업그레이드 제안');
    expect(renderReason(REASONS[6]!, 'en')).toBe('Contract signed on Mar 2 — a good moment to ask for a referral');
    expect(renderReason(REASONS[8]!, 'ko')).toBe('신규 → 기존: 첫 계약 후 90일 경과');
  });
});
