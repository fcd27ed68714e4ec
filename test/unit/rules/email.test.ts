// E-mail (shared/rules/email.ts): shape only, compared case-insensitively.
import { describe, expect, it } from 'vitest';
import { isEmailShaped, normalizeEmail } from '../../../shared/rules/email.js';

describe('normalizeEmail', () => {
  it.each([
    ['Kim@Example.com', 'kim@example.com'],
    ['  CHULSOO.KIM@NAVER.COM ', 'chulsoo.kim@naver.com'],
    ['a.b+tag@Sub.Example.co.kr', 'a.b+tag@sub.example.co.kr'],
    ['already@lower.case', 'already@lower.case'],
  ])('%j → %j', (raw, out) => {
    expect(normalizeEmail(raw)).toBe(out);
  });
});

describe('isEmailShaped', () => {
  it.each(['kim@example.com', 'Kim@Example.COM', ' kim@example.com ', 'a.b+tag@sub.example.co.kr', '김철수@회사.한국', 'x@y.z'])('%j is e-mail shaped', (s) => {
    expect(isEmailShaped(s)).toBe(true);
  });
  it.each(['', ' ', 'kim', 'kim@', '@example.com', 'kim@example', 'kim example@x.com', 'kim@exa mple.com', 'kim@@example.com', 'kim@example.', 'kim@.com'])(
    '%j is not',
    (s) => {
      expect(isEmailShaped(s)).toBe(false);
    },
  );
});
