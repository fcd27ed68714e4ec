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
    expect(renderReason(REASONS[2]!, 'ko')).toBe('자동차보험 2027-03-02 갱신 (60일 전) — 업그레이드 제안');
    expect(renderReason(REASONS[6]!, 'en')).toBe('Contract signed on 2026-03-02 — a good moment to ask for a referral');
    expect(renderReason(REASONS[8]!, 'ko')).toBe('신규 → 기존: 첫 계약 후 90일 경과');
  });
});
