import { describe, expect, it } from 'vitest';
import type { ConsentEvent } from '../../../shared/rules/consent.js';
import { marketingBlocks, marketingVia, smsMarketingDraft } from '../../../shared/rules/marketing.js';
import { verificationPlan, verificationResolution } from '../../../shared/rules/verification.js';
import { renderReason } from '../../../shared/i18n/reasons.js';
import { digestText } from '../../../shared/i18n/digest.js';

const SEOUL = 'Asia/Seoul';
const grant = (channel: ConsentEvent['channel'], purpose: ConsentEvent['purpose'] = 'marketing', at = '2026-01-01T00:00:00.000Z'): ConsentEvent =>
  ({ channel, purpose, granted: true, at, evidence: 'form' });
const base = { channel: 'sms' as const, at: '2026-03-02T01:00:00.000Z', tz: SEOUL, consents: [] as ConsentEvent[], taken: [] as string[], max: 2, openComplaint: false };

describe('marketing blocks', () => {
  it('SMS/phone/messenger need consent; e-mail is opt-out; in person needs none', () => {
    expect(marketingBlocks(base)).toEqual(['no-consent']);
    expect(marketingBlocks({ ...base, consents: [grant('sms')] })).toEqual([]);
    expect(marketingBlocks({ ...base, channel: 'phone', consents: [grant('sms')] })).toEqual(['no-consent']);
    expect(marketingBlocks({ ...base, channel: 'email' })).toEqual([]);
    expect(marketingBlocks({ ...base, channel: 'email', consents: [{ ...grant('email'), granted: false }] })).toEqual(['no-consent']);
    expect(marketingBlocks({ ...base, channel: null })).toEqual([]);
  });
  it('at night SMS needs night-time consent too; e-mail does not', () => {
    const night = '2026-03-02T13:00:00.000Z'; // 22:00 Seoul
    expect(marketingBlocks({ ...base, at: night, consents: [grant('sms')] })).toEqual(['quiet-hours']);
    expect(marketingBlocks({ ...base, at: night, consents: [grant('sms'), grant('sms', 'night-time')] })).toEqual([]);
    expect(marketingBlocks({ ...base, at: night, channel: 'email' })).toEqual([]);
  });
  it('the limit and an open complaint', () => {
    expect(marketingBlocks({ ...base, channel: null, taken: ['2026-02-10', '2026-02-20'] })).toEqual(['limit']);
    expect(marketingBlocks({ ...base, channel: null, taken: ['2026-01-10', '2026-02-20'] })).toEqual([]);
    expect(marketingBlocks({ ...base, openComplaint: true })).toEqual(['complaint', 'no-consent']);
  });
  it('a suggestion proposes SMS when consented, else e-mail, else in person', () => {
    const pts = [{ kind: 'mobile' as const, usable: true }, { kind: 'email' as const, usable: true }];
    expect(marketingVia([grant('sms')], pts, base.at)).toBe('sms');
    expect(marketingVia([], pts, base.at)).toBe('email');
    expect(marketingVia([], [pts[0]!], base.at)).toBe('in-person');
  });
});

describe('SMS advertisement draft', () => {
  it('starts with (광고) and the sender, ends with the free opt-out line', () => {
    const d = smsMarketingDraft({ sender: '한빛생명 김설계', body: '생신 축하드립니다! 작은 선물을 보내드려요.', optOutNumber: '080-123-4567' });
    expect(d.text).toBe('(광고)한빛생명 김설계\n생신 축하드립니다! 작은 선물을 보내드려요.\n무료수신거부 080-123-4567');
    expect(d.missing).toEqual([]);
  });
  it('says what is missing and never doubles the prefix', () => {
    const d = smsMarketingDraft({ sender: '', body: '(광고) 안내', optOutNumber: '' });
    expect(d.text.startsWith('(광고)')).toBe(true);
    expect(d.text.match(/\(광고\)/g)).toHaveLength(1);
    expect(d.missing).toEqual(['sender', 'optOutNumber']);
  });
});

describe('verification plan', () => {
  const now = Date.parse('2026-03-02T01:00:00.000Z');
  const p = (id: string, kind: 'mobile' | 'email', value: string, status: 'obsolete' | 'verified' | 'unverified', verifiedAt: string | null) =>
    ({ id, kind, value, normalized: value, status, verifiedAt });
  it('a dead 017 number is asked about by e-mail', () => {
    const plan = verificationPlan([p('a', 'mobile', '017-234-5678', 'obsolete', null), p('b', 'email', 'k@x.kr', 'unverified', null)], now)!;
    expect(plan).toMatchObject({ problem: 'obsolete', prefix: '017', via: 'email', offer: 'ask-new-number', key: 'verification@a@obsolete' });
    const why = { code: 'verification' as const, params: { kind: plan.point.kind, value: plan.point.value, problem: plan.problem, prefix: plan.prefix, via: plan.via, offer: plan.offer } };
    expect(renderReason(why, 'en')).toBe('Old 017 mobile number (Korea moved to 010): ask for the new mobile number by e-mail');
    expect(renderReason(why, 'ko')).toBe('017 번호는 더 이상 연결되지 않음: 이메일로 새 휴대폰 번호 문의');
  });
  it('a stale e-mail is proved through itself; fresh points need nothing', () => {
    expect(verificationPlan([p('b', 'email', 'k@x.kr', 'verified', '2024-01-01T00:00:00.000Z')], now)).toMatchObject({ problem: 'stale', via: 'email', key: 'verification@b@2024-01-01' });
    expect(verificationPlan([p('b', 'email', 'k@x.kr', 'verified', '2026-01-01T00:00:00.000Z')], now)).toBeNull();
  });
  it('a dead number beside a current mobile needs nothing; the open task says how it was answered', () => {
    const dead = p('a', 'mobile', '017-234-5678', 'obsolete', null);
    const key = 'verification@a@obsolete';
    expect(verificationPlan([dead, p('c', 'mobile', '01034567890', 'unverified', null)], now)).toBeNull();
    expect(verificationResolution(key, [dead, p('c', 'mobile', '01034567890', 'unverified', null)], now)).toEqual({ by: 'new-mobile', value: '010-3456-7890' });
    expect(verificationResolution(key, [dead, p('b', 'email', 'k@x.kr', 'unverified', null)], now)).toBeNull(); // an e-mail is no new number
    expect(verificationResolution(key, [{ ...dead, status: 'wrong' as const }], now)).toEqual({ by: 'marked', value: null });
    expect(verificationResolution(key, [], now)).toEqual({ by: 'removed', value: null });
    expect(verificationResolution(key, [p('a', 'mobile', '010-1111-2222', 'unverified', null)], now)).toEqual({ by: 'replaced', value: '010-1111-2222' });
    const why = { code: 'verification' as const, params: { kind: 'mobile' as const, value: dead.value, problem: 'obsolete' as const, prefix: '017', via: 'meeting' as const, offer: 'ask-new-number' as const, resolved: { by: 'replaced' as const, value: '010-1111-2222' } } };
    expect(renderReason(why, 'ko')).toBe('017 번호는 더 이상 연결되지 않음: 직접 만나서 새 휴대폰 번호 문의 — 완료: 010-1111-2222로 수정');
  });
});

describe('digest text', () => {
  it('in both languages', () => {
    expect(digestText(3, 2, 'en').body).toBe('3 people to contact today, 2 overdue');
    expect(digestText(3, 2, 'ko').body).toBe('오늘 연락할 사람 3명, 밀린 연락 2명');
    expect(digestText(0, 0, 'en').body).toBe('Nobody to contact today');
  });
});
