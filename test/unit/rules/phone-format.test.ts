// Phones are shown in one form however they were typed (shared/rules/phone-format.ts).
import { describe, expect, it } from 'vitest';
import { formatPhone, pointText } from '../../../shared/rules/phone-format.js';

describe('formatPhone', () => {
  it('shows Korean numbers in the national form', () => {
    expect(formatPhone('01098761234')).toBe('010-9876-1234');
    expect(formatPhone('010 5555 1212')).toBe('010-5555-1212');
    expect(formatPhone('+82 10-2222-3333')).toBe('010-2222-3333');
    expect(formatPhone('+821055551212')).toBe('010-5555-1212');
    expect(formatPhone('0212345678')).toBe('02-1234-5678');
    expect(formatPhone('031 8765 4321')).toBe('031-8765-4321');
  });
  it('shows foreign numbers internationally, and what is not a number as typed', () => {
    expect(formatPhone('+1 212 555 0100')).toBe('+1 212 555 0100');
    expect(formatPhone(' abc-123 ')).toBe('abc-123');
    expect(formatPhone('010-12-34')).toBe('010-12-34');
  });
  it('formats only phone points', () => {
    expect(pointText('mobile', '01098761234')).toBe('010-9876-1234');
    expect(pointText('email', 'a@b.kr')).toBe('a@b.kr');
  });
});
